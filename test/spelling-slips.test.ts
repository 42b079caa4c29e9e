// Spelling slips the dictionary cannot see: d/t in present-tense verbs, a word typed twice, a compound
// written apart. Sentences come from the real parser, so word order and offsets are the checker's.
import { describe, expect, it } from 'vitest'
import { DutchDictionary } from '../src/spelling/dutch-dictionary.js'
import { findSpellingSlips, type SpellingSlip } from '../src/spelling/verb-form-slips.js'
import { parseSentences } from './parse-reply.js'
import { expectLinear } from './time-budget.js'

const dictionary = new DutchDictionary()
const isKnownWord = (word: string): boolean => dictionary.isKnown(word) || dictionary.isCompound(word)

function slipsOf(text: string): SpellingSlip[] {
  return findSpellingSlips(parseSentences(text), isKnownWord)
}

/** Text, then each expected slip as [actual, replacement, kind]. */
type Invalid = [string, ...Array<[string, string, SpellingSlip['kind']]>]

const invalid: Invalid[] = [
  // d/t: stem + t after a subject.
  ['@sanne Hoi Sanne, je word morgen voor 12.00 uur gebeld door een collega. ^RK', ['word', 'wordt', 'dt']],
  ['Dag meneer Peeters, u word binnen twee werkdagen gecontacteerd.', ['word', 'wordt', 'dt']],
  ['Hoi Kim, als jij het formulier invult, houd je ons op de hoogte. Jij vind het vast fijn.', ['vind', 'vindt', 'dt']],
  ['Hoi Bas, er word hard gewerkt aan de storing in Utrecht.', ['word', 'wordt', 'dt']],
  ['Hoi Noor, je krijg binnen een uur een mail met de retourcode.', ['krijg', 'krijgt', 'dt']],
  ['Beste Ahmed, hierbij ontvang u de factuur van maart.', ['ontvang', 'ontvangt', 'dt']],
  ['Het word een mooie dag, geniet ervan!', ['word', 'wordt', 'dt']],
  // d/t: a noun phrase as subject.
  ['Hoi Eva, je pakket word vandaag tussen 14.00 en 16.00 uur bezorgd.', ['word', 'wordt', 'dt']],
  ['Hoi Mo, de bezorger vind het adres niet, kun je je huisnummer sturen?', ['vind', 'vindt', 'dt']],
  ['Dag Lotte, uw nieuwe bankkaart word deze week verstuurd.', ['word', 'wordt', 'dt']],
  ['Hoi Sem, het systeem meld een storing bij je betaling.', ['meld', 'meldt', 'dt']],
  // d/t: the first person takes the bare stem.
  ['Hoi Tim, ik wordt zelf ook niet blij van zulke wachttijden.', ['wordt', 'word', 'dt']],
  ['Dat vindt ik heel vervelend voor je, Fatma.', ['vindt', 'vind', 'dt']],
  ['Ik houdt je op de hoogte. ^JS', ['houdt', 'houd', 'dt']],
  // d/t: inverted "je" or "jij" drops the t.
  ['Hoi Anouk, wordt je morgen gebeld of wil je liever mailen?', ['wordt', 'word', 'dt']],
  ['Vindt je het fijn als we je terugbellen?', ['Vindt', 'Vind', 'dt']],
  ['Morgen krijgt je een mail met alle details.', ['krijgt', 'krijg', 'dt']],
  ['Hoe vindt jij de nieuwe app?', ['vindt', 'vind', 'dt']],
  ['Wordt je?', ['Wordt', 'Word', 'dt']],
  ['@joost Wordt je morgen teruggebeld? Laat het even weten.', ['Wordt', 'Word', 'dt']],
  ['Hier vindt je alles over retourneren en ruilen.', ['vindt', 'vind', 'dt']],
  ['Wanneer meldt je je aan voor de cursus?', ['meldt', 'meld', 'dt']],
  ['Dit houd in dat je binnen 14 dagen je geld terugkrijgt.', ['houd', 'houdt', 'dt']],
  ['Wat krijg u precies terug van ons?', ['krijg', 'krijgt', 'dt']],
  ['Ge word morgen teruggebeld door een collega.', ['word', 'wordt', 'dt']],
  ['Als je lid word, krijg je 10% korting op je eerste bestelling.', ['word', 'wordt', 'dt']],
  ['Laat het ons weten als je het retourlabel niet vind.', ['vind', 'vindt', 'dt']],
  ['Ik hoop dat je het nieuwe abonnement fijn vind.', ['vind', 'vindt', 'dt']],
  ['Zodra u de bevestiging ontvang, kunt u het pakket ophalen.', ['ontvang', 'ontvangt', 'dt']],
  ['Fijn dat je ons op de hoogte houd!', ['houd', 'houdt', 'dt']],
  ['Daar wordt je vast blij van!', ['wordt', 'word', 'dt']],
  ['Via de app vind u al uw facturen.', ['vind', 'vindt', 'dt']],
  ['Het gebeurd soms dat een pakket een dag later komt.', ['gebeurd', 'gebeurt', 'dt']],
  ['Ik snap goed wat je bedoeld.', ['bedoeld', 'bedoelt', 'dt']],
  // Doubled words.
  ['Dit is de de juiste link naar het formulier.', ['de de', 'de', 'doubled']],
  ['Dat klopt klopt niet helemaal, Marieke.', ['klopt klopt', 'klopt', 'doubled']],
  ['Hoi Daan, de de bezorger komt morgen langs.', ['de de', 'de', 'doubled']],
  ['Kun je ons je ordernummer sturen via een een DM?', ['een een', 'een', 'doubled']],
  ['Het het pakket ligt bij het afhaalpunt.', ['Het het', 'Het', 'doubled']],
  ['We sturen je een nieuwe nieuwe pas toe.', ['nieuwe nieuwe', 'nieuwe', 'doubled']],
  // Compounds written apart.
  ['Bel gerust onze klanten service op 020 123 4567.', ['klanten service', 'klantenservice', 'split-compound']],
  ['We proberen je te helpen, bel anders de klanten service.', ['klanten service', 'klantenservice', 'split-compound']],
  ['Wil je je e-mail adres even controleren?', ['e-mail adres', 'e-mailadres', 'split-compound']],
  ['Vul het retour formulier in en plak het label op de doos.', ['retour formulier', 'retourformulier', 'split-compound']],
  ['Stuur ons je order nummer, dan kijk ik het na.', ['order nummer', 'ordernummer', 'split-compound']],
  ['Pakket nummer en postcode heb ik nodig om te zoeken.', ['Pakket nummer', 'Pakketnummer', 'split-compound']],
  ['De verzend kosten zijn 4,95 euro en de lever tijd is twee dagen.', ['verzend kosten', 'verzendkosten', 'split-compound'], ['lever tijd', 'levertijd', 'split-compound']],
  // Two at once.
  ['je word gebeld op je telefoon nummer.', ['word', 'wordt', 'dt'], ['telefoon nummer', 'telefoonnummer', 'split-compound']],
]

const valid: string[] = [
  // d/t done right, with inversion and possessive "je".
  'Hoi Eva, wordt je pakket morgen bezorgd? Dan hoor ik het graag.',
  'Word je gebeld door een van onze collega\'s?',
  'Dat dat zo lang duurde, spijt ons echt.',
  'Je kunt je bestelling tot 22.00 uur wijzigen.',
  'U wordt morgen tussen 9.00 en 12.00 uur gebeld.',
  'Het wordt een drukke week, maar je pakket komt op tijd.',
  'Vind je het fijn als we je morgen bellen?',
  'Krijg je nog geen bevestiging? Kijk dan even in je spamfolder.',
  'Wordt het pakket vandaag opgehaald, dan zie je dat in de app.',
  'Hoi Sara, je wordt vandaag nog gebeld.',
  'Ik word er ook niet vrolijk van, Bram.',
  'Ik houd je op de hoogte via DM.',
  'Als ik je bestelling vind, laat ik het meteen weten.',
  'De code vind je in de bevestigingsmail.',
  'Het formulier houd ik voor je bij.',
  'Dat vind ik heel vervelend om te horen.',
  'Meld je gerust aan voor de nieuwsbrief.',
  'Meld u aan via het formulier op onze site.',
  'Houd u er rekening mee dat het even kan duren.',
  'Dank je, krijg ik je ordernummer nog?',
  'Vindt je moeder het prettig als we haar bellen?',
  'Wanneer krijgt je collega de nieuwe laptop?',
  'Wordt u liever gebeld of gemaild?',
  'Ontvangt u de factuur per post of per mail?',
  'Heb je Word al geïnstalleerd op je laptop?',
  'In de app vind je je pakketnummer en de bezorgtijd.',
  'De pakketten worden morgen opgehaald.',
  'Op dat moment word je automatisch doorverbonden.',
  'Ge wordt zo snel mogelijk geholpen, Lien.',
  'Hij vindt het prima als je de doos terugstuurt.',
  'De monteur houdt je op de hoogte.',
  'Je antwoord is bij ons goed aangekomen.',
  'Het pakket wordt je morgen toegestuurd.',
  'Morgen wordt je een nieuwe pas toegestuurd.',
  'Er wordt je niets in rekening gebracht.',
  'Wat wordt je gevraagd bij het inloggen?',
  'Welke maat vind je het fijnst?',
  'Fijn dat je het zo vindt, Joke!',
  'Het adres vind je onderaan de mail.',
  'Als je wilt, bied ik je een tegoedbon aan.',
  'Het bedrag krijg je binnen vijf werkdagen terug.',
  'Een collega verbindt je zo door.',
  'Dit leidt helaas tot wat vertraging.',
  'Hoe meld ik me aan voor de app?',
  'Zodra we ze ontvangen, mailen we je.',
  'Wat vindt u van onze nieuwe app?',
  'Dank je wel, krijg ik nog je postcode?',
  'Zo houdt de monteur je op de hoogte.',
  'Als je lid bent word je automatisch op de hoogte gehouden.',
  'Zodra je het hebt ontvang je een mail.',
  'In dat geval meld het ons even via DM.',
  'Als u wilt dat wij uw pakket verzenden, vul dan het formulier in.',
  'Als je wilt meld dan even je ordernummer.',
  'Is het al gebeurd? Het is gisteren gebeurd.',
  'Wat er gebeurd is, vinden we heel vervelend.',
  'Is dit wat u bedoeld had?',
  'Sorry dat dit gebeurd, we lossen het op.',
  'We hopen dat je je pakket snel vindt.',
  'Zo blijf je op de hoogte en word je niet verrast.',
  // Repeats that are right.
  'We vinden het het proberen waard, Iris.',
  'Laat ons ons best doen voor je.',
  'Ik denk dat dat wel lukt voor vrijdag.',
  'De collega die die dag dienst had, belt je terug.',
  'Ja ja, dat snappen we helemaal.',
  'Dat is heel heel vervelend, sorry daarvoor.',
  'We gaan naar Bora Bora, schreef je?',
  'Bedankt, bedankt! Super fijn om te horen.',
  'Je vraag over je je-weet-wel hebben we doorgestuurd.',
  // Compounds and their look-alikes.
  'Onze klantenservice is bereikbaar tot 20.00 uur.',
  'We willen onze klanten service bieden die bij ze past.',
  'Jij bent klant nummer duizend, gefeliciteerd!',
  'Je krijgt pakket nummer 2 morgen en pakket nummer 3 vrijdag.',
  'Je e-mailadres en huisnummer hebben we aangepast.',
  'Stuur het pakket retour met het label uit de doos.',
  'Ik geef onze klanten service met een glimlach.',
  'Via de telefoon gegevens doorgeven is helaas niet veilig.',
  'De Klant Service Desk van de gemeente helpt je verder.',
]

describe('spelling slips', () => {
  it('has enough cases each side', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(20)
    expect(valid.length).toBeGreaterThanOrEqual(25)
  })

  it.each(invalid)('flags: %s', (text, ...expected) => {
    const slips = slipsOf(text)
    expect(slips.map((slip) => [slip.actual, slip.replacement, slip.kind])).toEqual(expected)
    for (const slip of slips) {
      // Offsets point at the offending words, and the message names the fix.
      expect(text.slice(slip.start, slip.end)).toBe(slip.actual)
      expect(slip.message).toContain(slip.replacement)
      // The fixed text is clean.
      const fixed = text.slice(0, slip.start) + slip.replacement + text.slice(slip.end)
      expect(slipsOf(fixed).filter((other) => other.kind === slip.kind && other.start === slip.start)).toEqual([])
    }
  })

  it.each(valid)('stays quiet: %s', (text) => {
    expect(slipsOf(text)).toEqual([])
  })

  it('stays linear on a long run of hard cases, timed against prose of the same length', async () => {
    const text = 'als je het pakket de de klanten service word wordt je '.repeat(4000)
    await expectLinear((reply) => slipsOf(reply), text)
    expect(slipsOf(text).length).toBeGreaterThan(4000)
  }, 60_000)
})

