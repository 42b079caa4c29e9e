// Writes a canned-response library of N DISTINCT webcare replies (JSON, the shape of make-library.mjs), for
// an honest `npm run bench`: make-library.mjs repeats 52 texts, so tov's caches flatter it. Replies are put
// together from sentence parts (greeting, empathy, facts with order numbers, dates, amounts, a next step, a
// closing, a sign-off fit for the channel), Dutch and Flemish, ~30% with one typo, from a seeded PRNG so a
// run is reproducible: node bench/make-distinct-library.mjs 10000 out.json [seed]
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** mulberry32: small, fast, and good enough to pick sentence parts. */
export function prng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const dutchNames = [
  'Eva', 'Daan', 'Sanne', 'Ahmed', 'Fatima', 'Lotte', 'Bram', 'Noor', 'Jeroen', 'Priya', 'Mohamed', 'Sophie',
  'Thijs', 'Emma', 'Lars', 'Yasmina', 'Kees', 'Ingrid', 'Wouter', 'Femke', 'Joris', 'Anouk', 'Stijn', 'Marieke',
  'Hatice', 'Sven', 'Lieke', 'Pieter', 'Mila', 'Jasper', 'Nadia', 'Ruben', 'Esther', 'Koen', 'Ilse', 'Tom',
  'Fleur', 'Milan', 'Julia', 'Rik', 'Hanneke', 'Bas', 'Zeynep', 'Gijs', 'Roos', 'Wim', 'Annelies', 'Youssef',
  'Maud', 'Dirk', 'Chantal', 'Rachid', 'Inge', 'Martijn', 'Demi', 'Gerrit',
]
const flemishNames = [
  'Jens', 'Lien', 'Wout', 'Elien', 'Arne', 'Hanne', 'Pieterjan', 'Fien', 'Seppe', 'Jonas', 'Ine', 'Tibo',
  'Marthe', 'Bart', 'Griet', 'Kobe', 'Nele', 'Dries', 'Sien', 'Wannes', 'Karolien', 'Brecht',
]
const surnames = [
  'devries', 'jansen', 'bakker', 'visser', 'smit', 'meijer', 'peeters', 'janssens', 'maes', 'claes', 'vandenberg',
  'dekker', 'mulder', 'bos', 'vermeulen', 'dewit', 'hendriks', 'willems', 'goossens', 'wouters', 'dejong', 'kok',
  'yilmaz', 'elamrani', 'vandam', 'desmet', 'verhoeven', 'brouwer',
]
/** The agents who sign the replies (bench/make-export.mjs assigns the replies to them). */
export const agents = [
  'Anna de Boer', 'Kevin Janssen', 'Sanne Mulder', 'Mehmet Yilmaz', 'Lisa van Dam', 'Joost Verhoeven', 'Iris Kok',
  'Ward Peeters', 'Nina Claes', 'Robin de Graaf', 'Esra Aydin', 'Tim Vos', 'Marloes Smit', 'Sem Bakker',
  'Charlotte Wuyts', 'Dennis Hoekstra', 'Laura Maes', 'Youri Bos',
]
const brands = ['Voorbeeld', 'Kabelnet', 'Fietsfabriek', 'Stroomlijn', 'Woonhuis', 'Telecomplus']
const dutchCities = ['Utrecht', 'Zwolle', 'Eindhoven', 'Groningen', 'Haarlem', 'Amersfoort', 'Tilburg', 'Leiden', 'Nijmegen', 'Breda', 'Almere', 'Deventer']
const flemishCities = ['Gent', 'Antwerpen', 'Leuven', 'Hasselt', 'Brugge', 'Mechelen', 'Aalst', 'Kortrijk']
const streets = ['Dorpsstraat', 'Kerkstraat', 'Stationsweg', 'Molenweg', 'Parkweg', 'Hoogstraat', 'Schoolstraat', 'Julianalaan', 'Lindenlaan', 'Steenweg']
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
const weekdays = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
const products = ['wasmachine', 'fiets', 'bank', 'laptop', 'koelkast', 'tuinset', 'matras', 'stofzuiger', 'koffiemachine', 'eettafel']
const counts = ['twee', 'drie', 'vier', 'vijf']

const pick = (random, list) => list[Math.floor(random() * list.length)]
const between = (random, low, high) => low + Math.floor(random() * (high - low + 1))

/**
 * Slot fillers. Values are drawn once per reply (a reply names one order, one date), so its sentences agree.
 */
const slots = {
  order: (r) => String(between(r, 1000000, 9999999)),
  invoice: (r) => `F${between(r, 2023, 2025)}-${String(between(r, 1, 99999)).padStart(5, '0')}`,
  track: (r) => `3S${String.fromCharCode(65 + between(r, 0, 25), 65 + between(r, 0, 25), 65 + between(r, 0, 25))}${between(r, 1000000, 9999999)}`,
  past: (r) => pick(r, ['gisteren', 'vanochtend', 'eergisteren', ...weekdays.slice(0, 5).map((day) => `afgelopen ${day}`)]),
  future: (r) => pick(r, ['morgen', 'overmorgen', ...weekdays, ...weekdays.map((day) => `${day} ${between(r, 1, 28)} ${pick(r, months)}`)]),
  weekday: (r) => pick(r, weekdays),
  date: (r) => `${between(r, 1, 28)} ${pick(r, months)}`,
  month: (r) => pick(r, months),
  time: (r) => `${between(r, 8, 20)}.${pick(r, ['00', '15', '30', '45'])}`,
  window: (r) => {
    const start = between(r, 7, 17)
    return `${start}.00 en ${start + pick(r, [2, 3, 4])}.00 uur`
  },
  amount: (r) => {
    const euros = between(r, 3, 189)
    const cents = pick(r, ['00', '50', '95', '99', '25', String(between(r, 10, 89))])
    return r() < 0.5 ? `€ ${euros},${cents}` : `${euros},${cents} euro`
  },
  n: (r) => pick(r, counts),
  product: (r) => pick(r, products),
  street: (r) => pick(r, streets),
  version: (r) => `${between(r, 4, 9)}.${between(r, 0, 12)}`,
}

// Sentence material: each scenario is one story a reply can tell. `problems` complete "Wat vervelend dat ...";
// `facts` explain it, in order (a reply tells the first one, two or three); `steps` say what happens next,
// in order. {city}, {agent} and {brand} come from the reply's context, the other slots from `slots`.
const scenarios = [
  // Delivery
  {
    problems: ['je bestelling later komt dan we hadden beloofd', 'je nog steeds op je pakket wacht'],
    facts: [
      'Door de drukte in ons distributiecentrum loopt de bezorging in {city} nu {n} dagen vertraging op.',
      'Je bestelling {order} is {past} verstuurd en wordt {future} tussen {window} bezorgd.',
    ],
    steps: [
      'Via de link in je verzendbevestiging kun je het bezorgmoment nog aanpassen.',
      'Is het er {future} nog niet, laat het ons dan weten, dan sturen we een nieuw exemplaar.',
    ],
  },
  {
    problems: ['de bezorger je niet thuis heeft getroffen', 'de bezorging {past} niet is gelukt'],
    facts: [
      'Volgens de track & trace heeft de bezorger {past} om {time} uur bij je aangebeld.',
      'Je pakket ligt nu bij het afhaalpunt aan de {street}.',
    ],
    steps: ['Je kunt het daar tot {future} ophalen met je legitimatie.', 'Liever een nieuwe bezorgpoging? Dan plan ik die voor {future} in.'],
  },
  {
    problems: ['je pakket zonder briefje bij de buren is afgegeven'],
    facts: [
      'De bezorger heeft je pakket afgegeven op nummer {housenumber}, een paar deuren verderop.',
      'Dat had hij met een kaartje in je brievenbus moeten laten weten, en dat is niet gebeurd.',
    ],
    steps: [
      'Ik heb het met het bezorgbedrijf besproken, zodat het een volgende keer beter gaat.',
      'Is het pakket daar niet, laat het me dan weten, dan sturen we je een nieuw exemplaar.',
    ],
  },
  {
    problems: ['je pakket nog niet is bezorgd'],
    facts: ['Je pakket met code {track} is per ongeluk teruggegaan naar ons depot in {city}.', 'Daar is het {past} weer gescand.'],
    steps: ['We sturen het opnieuw naar je op; je hoeft daar zelf niets voor te doen.', 'Je krijgt een nieuwe track & trace zodra het onderweg is.'],
  },
  // Orders
  {
    problems: ['het artikel dat je bestelde niet meer leverbaar is'],
    facts: ['Het artikel uit je bestelling {order} is tijdelijk uitverkocht.', 'We verwachten rond {date} nieuwe voorraad.'],
    steps: ['Zodra het weer binnen is, sturen we het meteen naar je op.', 'Wil je liever je geld terug? Dan regel ik dat meteen voor je.'],
  },
  {
    problems: ['je bestelling niet compleet was'],
    facts: ['Je bestelling {order} is in twee delen verstuurd.', 'Het tweede pakket komt {future} tussen {window}.'],
    steps: ['Je krijgt daarvoor een aparte track & trace per e-mail.'],
  },
  {
    problems: ['er een verkeerd artikel in je pakket zat', 'je de verkeerde maat hebt gekregen'],
    facts: ['Bij het inpakken is er iets misgegaan.', 'Ik heb de juiste maat vandaag nog naar je verstuurd.'],
    steps: ['Het verkeerde artikel kun je gratis terugsturen met het retourlabel in het pakket.'],
  },
  {
    problems: ['je {product} beschadigd is aangekomen'],
    facts: [
      'Ik heb je foto’s van de schade doorgestuurd naar onze afdeling reparaties.',
      'Een monteur komt {future} tussen {window} langs om de {product} te vervangen.',
    ],
    steps: ['Je hoeft de oude {product} niet in te pakken; die neemt hij meteen mee.'],
  },
  {
    problems: ['je bestelling niet meer te annuleren leek'],
    facts: ['Ik heb je bestelling {order} op jouw verzoek geannuleerd.', 'Het bedrag van {amount} krijg je binnen {n} werkdagen terug.'],
    steps: ['Je krijgt binnen een uur een bevestiging per e-mail.'],
  },
  // Invoices
  {
    problems: ['er een bedrag dubbel op je factuur stond', 'de incasso twee keer is afgeschreven'],
    facts: ['Het bedrag van {amount} is in {month} per ongeluk twee keer afgeschreven.', 'Ik heb factuur {invoice} volledig gecrediteerd.'],
    steps: ['Het teveel betaalde bedrag staat binnen {n} werkdagen weer op je rekening.'],
  },
  {
    problems: ['je factuur hoger uitviel dan je had verwacht'],
    facts: ['Op je factuur van {month} staat {amount} voor de installatie, maar die had gratis moeten zijn.', 'Ik heb dat bedrag van je factuur gehaald.'],
    steps: ['De creditnota staat binnen {n} werkdagen in Mijn Account.'],
  },
  {
    problems: ['je factuur hoger uitviel dan je had verwacht', 'je de eerste factuur niet begrijpt'],
    facts: ['Het verschil van {amount} komt doordat je eerste maand naar rato is berekend.', 'Vanaf {month} betaal je het gewone maandbedrag.'],
    steps: ['Je vindt al je facturen onder Mijn facturen in de app.'],
  },
  {
    problems: ['je een herinnering kreeg terwijl je al had betaald'],
    facts: ['Je betaling van {amount} is {past} bij ons binnengekomen.', 'De herinnering en je betaling hebben elkaar gekruist.'],
    steps: ['Je hoeft niets meer te doen; de herinnering kun je negeren.'],
  },
  // Subscriptions
  {
    problems: ['je opzegging niet goed is verwerkt', 'je nog steeds betaalt voor een abonnement dat je had opgezegd'],
    facts: ['Ik heb je opzegging alsnog verwerkt per {date}.', 'De {amount} die je in {month} te veel hebt betaald, storten we terug.'],
    steps: ['Je ontvangt binnen {n} werkdagen een bevestiging per e-mail.'],
  },
  {
    problems: ['je contract zonder bericht is verlengd'],
    facts: [
      'Je contract is in {month} automatisch verlengd, omdat er bij ons geen opzegging bekend was.',
      'Het loopt nu per maand door, dus je kunt het elke maand opzeggen.',
    ],
    steps: ['Opzeggen kan in de app onder Mijn abonnement.', 'Wil je dat ik het nu voor je opzeg? Laat het me dan weten.'],
  },
  {
    problems: ['je nieuwe bundel nog niet actief is'],
    facts: ['Je nieuwe bundel gaat in op {date} en kost {amount} per maand.', 'Tot die tijd gebruik je je oude bundel gewoon verder.'],
    steps: ['Vanaf {date} zie je het nieuwe bedrag op je factuur.'],
  },
  {
    problems: ['je abonnement duurder is geworden'],
    facts: ['Overstappen naar een kleiner abonnement kan altijd, zonder extra kosten.', 'Met het basisabonnement betaal je {amount} per maand.'],
    steps: ['Je kunt je abonnement zelf aanpassen in de app onder Mijn abonnement.'],
  },
  // Outages
  {
    problems: ['je al sinds {past} geen internet hebt'],
    facts: [
      'Er is op dit moment een storing in {city} en omgeving, waardoor internet en tv niet werken.',
      'Onze technici verwachten dat alles rond {time} uur weer werkt.',
    ],
    steps: ['Je krijgt een sms zodra de storing voorbij is.', 'Voor de dagen zonder internet krijg je {amount} terug op je volgende factuur.'],
  },
  {
    problems: ['je wifi elke avond wegvalt', 'je tv-ontvanger steeds uitvalt'],
    facts: ['Op je adres zie ik geen storing, maar wel dat je modem {n} keer opnieuw is opgestart.'],
    steps: [
      'Wil je het modem opnieuw opstarten door de stekker er 30 seconden uit te halen?',
      'Werkt het daarna nog niet, dan plan ik een monteur voor je in.',
    ],
  },
  {
    problems: ['je verbinding steeds wegvalt'],
    facts: ['Bij werkzaamheden aan de {street} is {past} een kabel beschadigd.', 'Een monteur verwacht het vandaag voor {time} uur te herstellen.'],
    steps: ['Je krijgt een sms zodra het weer werkt.'],
  },
  {
    problems: ['je mobiele netwerk in {city} zo slecht werkt'],
    facts: ['De zendmast bij jou in de buurt krijgt tot {date} onderhoud.', 'Tot die tijd kan het bereik binnenshuis wat zwakker zijn.'],
    steps: ['Bellen via wifi helpt; dat zet je aan in de instellingen van je telefoon.'],
  },
  {
    problems: ['je {past} geen tv-beeld had'],
    facts: ['De storing van {past} is inmiddels verholpen.'],
    steps: ['Zie je nog steeds geen beeld, herstart dan je ontvanger.'],
  },
  // Refunds
  {
    problems: ['je nog niets hebt teruggekregen', 'je retour zo lang duurt'],
    facts: ['We hebben je retourzending {past} in goede orde ontvangen.', 'Het bedrag van {amount} is vandaag teruggestort op je rekening.'],
    steps: ['Het kan {n} werkdagen duren voordat je het op je rekening ziet staan.'],
  },
  {
    problems: ['je terugbetaling niet klopt'],
    facts: ['Van de {amount} was het deel voor de verzendkosten nog niet teruggestort.', 'Dat heb ik nu aangepast.'],
    steps: ['Je krijgt vandaag nog een e-mail met de details.'],
  },
  {
    problems: ['je {product} toch niet bevalt'],
    facts: [
      'Je kunt het artikel binnen 30 dagen gratis retourneren met het label uit je account.',
      'Zodra het bij ons binnen is, krijg je het volledige bedrag terug.',
    ],
    steps: ['Doe je de pakbon of je ordernummer in de doos?'],
  },
  // Appointments
  {
    problems: ['de monteur niet is komen opdagen', 'je {past} voor niets thuis bent gebleven'],
    facts: ['Door ziekte kon de monteur {past} helaas niet komen.', 'Ik heb je afspraak verzet naar {weekday} {date} om {time} uur.'],
    steps: [
      'Als compensatie krijg je {amount} korting op je volgende factuur.',
      'Past dit je niet, dan kun je de afspraak zelf verzetten via de link in de bevestigingsmail.',
    ],
  },
  {
    problems: ['je zo lang op een afspraak moet wachten'],
    facts: ['De eerste plek in jouw regio is {future}.', 'De monteur komt dan tussen {window} bij je langs.'],
    steps: ['Je krijgt een dag van tevoren een sms met een preciezer tijdvak.'],
  },
  {
    problems: ['je nog niet wist hoe de installatie zou gaan'],
    facts: ['De monteur komt {future} tussen {window} bij je langs.', 'Voor de installatie heeft hij ongeveer {n} uur nodig.'],
    steps: ['Zorg je dat de meterkast goed bereikbaar is?'],
  },
  // Accounts
  {
    problems: ['je niet meer kunt inloggen'],
    facts: ['Je account was tijdelijk geblokkeerd na {n} mislukte inlogpogingen.', 'Ik heb de blokkade opgeheven.'],
    steps: ['Je kunt een nieuw wachtwoord instellen via Wachtwoord vergeten op de inlogpagina.'],
  },
  {
    problems: ['je de app niet kunt openen sinds de laatste update'],
    facts: ['In versie {version} van de app zat een fout, die we {past} hebben opgelost.'],
    steps: ['Wil je de app bijwerken en het opnieuw proberen?', 'Lukt het daarna nog niet, bel ons dan op werkdagen tussen 8.00 en 20.00 uur.'],
  },
  {
    problems: ['je wachtwoord niet wordt geaccepteerd'],
    facts: ['Je e-mailadres is {past} gewijzigd, waardoor je met het oude adres niet meer kunt inloggen.'],
    steps: ['Log voortaan in met je nieuwe e-mailadres; je wachtwoord blijft hetzelfde.'],
  },
]

const reviewPraise = [
  'Dank je wel voor je mooie review!', 'Wat leuk dat je de moeite neemt om een review te schrijven.',
  'Bedankt voor de vijf sterren!', 'Dank je voor je fijne woorden.',
]
const reviewFacts = [
  'Fijn om te lezen dat {agent} je in onze winkel in {city} zo goed heeft geholpen.',
  'We geven je compliment graag door aan het team in {city}.',
  'Wat fijn dat je nieuwe {product} zo snel is bezorgd.',
  'Goed om te horen dat de monteur alles netjes heeft achtergelaten.',
  'Leuk dat je {product} precies past in je nieuwe huis.',
]
const reviewComplaints = [
  'Jammer dat je bezoek aan onze winkel in {city} niet was wat je ervan verwachtte.',
  'Je hebt langer moeten wachten dan nodig was, en dat spijt ons.',
  'We bespreken je feedback deze week met het team van de vestiging.',
  'Dat je {product} na {n} weken al kapot is, hoort niet zo te gaan.',
]
const reviewSteps = [
  'Wil je ons mailen via klantenservice@{brandlower}.nl? Dan lossen we het samen op.',
  'Je bent altijd welkom om langs te komen, dan kijken we er samen naar.',
  'Bel ons gerust op werkdagen tussen 8.00 en 18.00 uur, dan helpen we je verder.',
]

const thanks = [
  'Bedankt voor je bericht.', 'Dank je wel voor je geduld.', 'Goed dat je het even laat weten.',
  'Fijn dat je contact met ons opneemt.', 'Dank voor je reactie.', 'Bedankt voor je vraag.',
]
const empathy = ['Wat vervelend dat {problem}.', 'Balen dat {problem}.', 'Sorry dat {problem}.', 'Vervelend om te horen dat {problem}.', 'Ik snap dat het frustrerend is dat {problem}.']
const closers = [
  'Fijne dag nog!', 'Fijn weekend!', 'Fijne avond nog!', 'Heb je verder nog vragen, dan hoor ik het graag.',
  'Bedankt voor je geduld.', 'Laat het gerust weten als er nog iets is.',
]
const greetings = ['Hoi {name},', 'Hallo {name},', 'Goedemorgen {name},', 'Goedemiddag {name},', 'Goedenavond {name},', 'Beste {name},']
const flemishGreetings = ['Dag {name},', 'Hallo {name},', 'Hoi {name},', 'Goeiemorgen {name},', 'Beste {name},']

// Flemish wording: "kan je", "pakje", "gsm", "groeten". Applied to the finished text, whole words only.
const flemishWords = [
  [/\bkun je\b/g, 'kan je'], [/\bpakket\b/g, 'pakje'], [/\been sms\b/g, "een sms'je"], [/\bFijne dag nog!/g, 'Nog een fijne dag!'],
  [/\bMet vriendelijke groet,/g, 'Met vriendelijke groeten,'], [/\bmobiele netwerk\b/g, 'gsm-netwerk'],
]

// Channel mix of a real inbox: X and WhatsApp carry most replies, e-mail the longest ones.
const channelMix = [
  ['x', 24], ['instagram', 9], ['instagram-dm', 5], ['facebook', 14], ['facebook-messenger', 5],
  ['whatsapp', 16], ['google-review', 10], ['email', 17],
]
const channelTotal = channelMix.reduce((sum, [, weight]) => sum + weight, 0)

function pickChannel(random) {
  let roll = random() * channelTotal
  for (const [channel, weight] of channelMix) {
    roll -= weight
    if (roll < 0) return channel
  }
  return 'x'
}

// X counts a URL as 23 and most Latin text as 1 a character; these texts hold no URL longer than 23 and no
// emoji, so the character count bounds X's count. A margin keeps the replies clear of the limit.
const xLimit = 270

function fill(template, context) {
  return template.replace(/\{(\w+)\}/g, (_, slot) => {
    if (!(slot in context.values)) {
      const filler = slots[slot]
      if (filler === undefined) throw new Error(`make-distinct-library: unknown slot {${slot}} in "${template}"`)
      context.values[slot] = filler(context.random)
    }
    return context.values[slot]
  })
}

/** A d/t slip (wordt/word, verstuurd/verstuurt), a dropped, swapped or doubled letter. */
function misspell(word, random) {
  const roll = random()
  if (roll < 0.3 && /(dt|[^aeiou]d|[^aeiou]t)$/.test(word)) {
    if (word.endsWith('dt')) return word.slice(0, -1)
    return word.slice(0, -1) + (word.endsWith('d') ? 't' : 'd')
  }
  const at = between(random, 1, word.length - 2)
  if (roll < 0.55) return word.slice(0, at) + word.slice(at + 1)
  if (roll < 0.8 && word[at] !== word[at + 1]) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  return word.slice(0, at) + word[at] + word.slice(at)
}

/** One typo in one ordinary word of the body (not a name, place, number or sign-off). */
function withTypo(sentences, context) {
  const candidates = []
  sentences.forEach((sentence, index) => {
    for (const match of sentence.matchAll(/[A-Za-zÀ-ÿ]{4,}/g)) {
      const before = sentence[match.index - 1] ?? ''
      const after = sentence[match.index + match[0].length] ?? ''
      if (!context.proper.has(match[0]) && !/[@.\d]/.test(before) && after !== '@') candidates.push([index, match])
    }
  })
  if (candidates.length === 0) return sentences
  const [index, match] = pick(context.random, candidates)
  const wrong = misspell(match[0], context.random)
  const sentence = sentences[index]
  return sentences.map((text, at) => (at === index ? sentence.slice(0, match.index) + wrong + sentence.slice(match.index + match[0].length) : text))
}

function makeReply(random, channel) {
  const flemish = random() < 0.25
  const name = pick(random, flemish ? flemishNames : dutchNames)
  const agent = pick(random, agents)
  const agentParts = agent.split(' ')
  const initials = `${agentParts[0][0]}${agentParts.at(-1)[0].toUpperCase()}`
  const brand = pick(random, brands)
  const city = pick(random, flemish ? flemishCities : dutchCities)
  const values = { name, agent: agentParts[0], city, brand, brandlower: brand.toLowerCase(), housenumber: String(between(random, 2, 140)) }
  const context = { random, values, proper: new Set([name, agentParts[0], city, brand, ...streets, ...months]) }

  const sentences = []
  const maxSentences = channel === 'x' || channel === 'instagram' ? 3 : channel === 'email' ? 5 : 4
  const wanted = between(random, 1, maxSentences)
  if (channel === 'google-review') {
    const positive = random() < 0.6
    sentences.push(positive ? pick(random, reviewPraise) : pick(random, empathy).replace('{problem}', 'je ervaring niet goed was'))
    const facts = positive ? reviewFacts : reviewComplaints
    for (const fact of shuffled(random, facts).slice(0, wanted - 1)) sentences.push(fill(fact, context))
    if (!positive && sentences.length < 4 && random() < 0.7) sentences.push(fill(pick(random, reviewSteps), context))
  } else {
    const scenario = pick(random, scenarios)
    const opening = random()
    const opener = opening < 0.45
      ? fill(pick(random, empathy).replace('{problem}', pick(random, scenario.problems)), context)
      : opening < 0.75 ? pick(random, thanks) : undefined
    let factCount = between(random, 1, scenario.facts.length)
    let stepCount = between(random, 0, scenario.steps.length)
    let closer = random() < 0.4 ? pick(random, closers) : undefined
    const total = () => (opener ? 1 : 0) + factCount + stepCount + (closer ? 1 : 0)
    while (total() > wanted && closer) closer = undefined
    while (total() > wanted && stepCount > 0) stepCount--
    while (total() > wanted && factCount > 1) factCount--
    if (opener && total() <= maxSentences) sentences.push(opener)
    for (const fact of scenario.facts.slice(0, factCount)) sentences.push(fill(fact, context))
    for (const step of scenario.steps.slice(0, stepCount)) sentences.push(fill(step, context))
    if (closer) sentences.push(closer)
  }

  const typoed = random() < 0.3 ? withTypo(sentences, context) : sentences
  // After "Hoi Eva," on the same line the reply goes on in lower case, as agents write it.
  const inline = `${typoed[0][0].toLowerCase()}${typoed[0].slice(1)} ${typoed.slice(1).join(' ')}`.trimEnd()
  const greeting = fill(pick(random, flemish ? flemishGreetings : greetings), context)
  const handle = mentionHandle(random, name)
  const signOff = random() < 0.85 ? `^${initials}` : `Groet, ${agentParts[0]}`
  let text
  switch (channel) {
    case 'x':
    case 'instagram':
      text = `@${handle} ${greeting} ${inline} ^${initials}`
      break
    case 'email':
      text = `${greeting}\n\n${typoed.join(' ')}\n\n${flemish ? 'Met vriendelijke groeten,' : 'Met vriendelijke groet,'}\n\n${agent}\nKlantenservice ${brand}`
      break
    case 'facebook':
      text = random() < 0.5 ? `${greeting}\n\n${typoed.join(' ')}\n\n${signOff}` : `${greeting} ${inline} ${signOff}`
      break
    case 'google-review':
      text = `${greeting} ${inline}${random() < 0.6 ? `\n\nTeam ${brand}` : `\n\n${agentParts[0]}, ${brand}`}`
      break
    default:
      text = `${greeting} ${inline} ${signOff}`
  }
  if (flemish) for (const [from, to] of flemishWords) text = text.replace(from, to)
  return text
}

function mentionHandle(random, name) {
  const first = name.toLowerCase()
  const last = pick(random, surnames)
  switch (Math.floor(random() * 4)) {
    case 0: return `${first}_${last}`
    case 1: return `${first}${between(random, 70, 99)}`
    case 2: return `${first}.${last}`
    default: return `${first[0]}${last}`
  }
}

function shuffled(random, list) {
  const copy = [...list]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other], copy[index]]
  }
  return copy
}

/** `count` distinct replies as a JSON array of { id, channel, text }; the same seed gives the same library. */
export function makeDistinctLibrary(count, seed = 1) {
  const random = prng(seed)
  const seen = new Set()
  const entries = []
  for (let index = 0; index < count; index++) {
    const channel = pickChannel(random)
    let text
    for (let attempt = 0; ; attempt++) {
      text = makeReply(random, channel)
      if (!seen.has(text) && (channel !== 'x' || text.length <= xLimit)) break
      if (attempt === 1000) throw new Error(`make-distinct-library: no new ${channel} reply after 1000 tries at entry ${index + 1}`)
    }
    seen.add(text)
    entries.push({ id: `antwoord-${String(index + 1).padStart(6, '0')}`, channel, text })
  }
  if (new Set(entries.map((entry) => entry.text)).size !== count) throw new Error('make-distinct-library: texts are not distinct')
  return `${JSON.stringify(entries, null, 2)}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] ?? 10000)
  writeFileSync(process.argv[3] ?? 'library.json', makeDistinctLibrary(size, Number(process.argv[4] ?? 1)))
}
