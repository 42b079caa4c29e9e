import { ruleTable } from '../rule-tester.js'

ruleTable('spelling', {
  config: { vocabulary: ['Voorbeeld', 'Mijn Voorbeeld', 'bezorgslot'] },
  valid: [
    // Compounds, handles with _, hashtags, URLs, times and ^AB.
    '@eva_de_vries2 Hoi Eva, onze klantenservicemedewerker belt je morgen om 18.00 uur over je bezorgafspraak. Zie voorbeeld.nl/hulp #klantenservice ^AB',
    '@eva Hoi Sanne, je verzendlabel staat klaar in Mijn Voorbeeld. ^AB',
    '@eva Jammer dat de pakketbezorger je niet heeft gevonden. ^AB',
    "@eva Zo'n vertraging is vervelend; 's avonds bezorgen we tot 22.00 uur. ^AB",
    '@eva De klantenservice-medewerker mailt je via info@voorbeeld.nl of {{ticket.link}}. ^AB',
    '@eva Je kunt je bezorgslot tot 17u30 wijzigen; stuur ons een DM met je ordernummer 12345. ^KJ',
    '@eva Goedemorgen Mohammed, je bestelling bij Bol is onderweg. ^AB',
    '@eva Bedankt Fleur! Je ontvangt de bevestiging per e-mail 🙂 ^AB',
    '@eva Wat fijn :) De monteur komt donderdag tussen 8.00 en 12.00 uur. ^AB',
    // A swear word's compound is no-profanity's finding, not an unknown word.
    '@eva Wat een kutservice heb je gehad, sorry daarvoor. ^AB',
    // A word masked with asterisks is no misspelling.
    '@eva Die t**fus wachtrij van ons was geen doen, sorry. ^AB',
    // Right forms of the same verbs: "word je", "wordt u", "je pakket wordt"; "dat dat" is Dutch.
    '@eva Word je liever gebeld, of wordt u liever gemaild? Je pakket wordt morgen bezorgd. ^AB',
    '@eva Ik denk dat dat vandaag nog lukt; vind je dat goed? ^AB',
    // Sentence-final particles and words the parser took for abbreviations ("op.", "zo.", "daarvan.").
    '@eva Neem gerust contact met ons op. ^AB',
    '@eva Dat is zo. ik kijk het voor je na. ^AB',
    // Interjections and everyday loanwords of webcare.
    '@eva Hey Eva! Auw, dat is pech. Je refund staat klaar, okido? ^AB',
  ],
  invalid: [
    { text: '@eva Hoe is dit onstaan? ^AB', actual: ['onstaan'], suggestion: 'ontstaan', messageId: 'unknown', line: 1, column: 17, endLine: 1, endColumn: 24 },
    // Known words in the wrong form or place: d/t, a doubled word, a compound written apart.
    { text: '@eva Je bestelling word vandaag verstuurd. ^AB', actual: ['word'], suggestion: 'wordt', messageId: 'dt', line: 1, column: 20, endLine: 1, endColumn: 24 },
    { text: '@eva Wordt je vandaag nog gebeld? ^AB', actual: ['Wordt'], suggestion: 'Word', messageId: 'dt', line: 1, column: 6, endLine: 1, endColumn: 11 },
    { text: '@eva Je kunt de de retour gratis aanmelden. ^AB', actual: ['de de'], suggestion: 'de', messageId: 'doubled', line: 1, column: 14, endLine: 1, endColumn: 19 },
    { text: '@eva Bel gerust onze klanten service. ^AB', actual: ['klanten service'], suggestion: 'klantenservice', messageId: 'splitCompound', line: 1, column: 22, endLine: 1, endColumn: 37 },
    { text: '@eva Dat is een interresant idee. ^AB', actual: ['interresant'], suggestion: 'interessant', messageId: 'unknown', line: 1, column: 17, endLine: 1, endColumn: 28 },
    { text: '@eva In welke catagorie valt dit product? ^AB', actual: ['catagorie'], suggestion: 'categorie', messageId: 'unknown', line: 1, column: 15, endLine: 1, endColumn: 24 },
    { text: '@eva Dat is heel vervelent voor je. ^AB', actual: ['vervelent'], suggestion: 'vervelend', messageId: 'unknown', line: 1, column: 18, endLine: 1, endColumn: 27 },
    { text: '@eva We hebben je bestelling geanuleerd. ^AB', actual: ['geanuleerd'], suggestion: 'geannuleerd', messageId: 'unknown', line: 1, column: 30, endLine: 1, endColumn: 40 },
    { text: '@eva Misschein kun je het opnieuw proberen. ^AB', actual: ['Misschein'], suggestion: 'Misschien', messageId: 'unknown', line: 1, column: 6, endLine: 1, endColumn: 15 },
    { text: '@eva Bedankt voor je reaktie. ^AB', actual: ['reaktie'], suggestion: 'reactie', messageId: 'unknown', line: 1, column: 22, endLine: 1, endColumn: 29 },
    { text: '@eva De wachtdtijd is nu korter. ^AB', actual: ['wachtdtijd'], suggestion: 'wachttijd', messageId: 'unknown', line: 1, column: 9, endLine: 1, endColumn: 19 },
    { text: '@eva Je krijgt de verzendkostten terug. ^AB', actual: ['verzendkostten'], suggestion: 'verzendkosten', messageId: 'unknown', line: 1, column: 19, endLine: 1, endColumn: 33 },
  ],
})

// A placeholder's fallback is text the customer reads: its words are checked, the variable is not.
ruleTable('spelling', {
  name: 'spelling of placeholder fallbacks',
  minimum: 3,
  valid: [
    { text: '@{{handle}} Hoi {{user.name|fallback:"daar"}}, welkom! ^{{agent}}', template: true },
    { text: '@{{handle}} Hoi {%customer.firstName,fallback=klant%}, welkom! ^{{agent}}', template: true },
    { text: '@{{handle}} Hoi {{ first_name | default: "jij daar" }}! ^{{agent}}', template: true },
  ],
  invalid: [
    { text: '@{{handle}} Hoi {{user.name|fallback:"daarr"}}, welkom! ^{{agent}}', actual: ['daarr'], template: true, messageId: 'unknown', line: 1, column: 39, endLine: 1, endColumn: 44 },
    { text: '@{{handle}} Hoi {%customer.firstName,fallback=klnat%}, welkom! ^{{agent}}', actual: ['klnat'], template: true, messageId: 'unknown', line: 1, column: 47, endLine: 1, endColumn: 52 },
    { text: '@{{handle}} Hoi {{ first_name | default: "beste klnat" }}! ^{{agent}}', actual: ['klnat'], suggestion: 'klant', template: true, messageId: 'unknown', line: 1, column: 49, endLine: 1, endColumn: 54 },
  ],
})

// New compounds of listed words, joined the way Dutch joins them, are words; slips that happen to split
// into words are not (a listed word one edit away, an -s- the listed word does without, a missing -s-
// after -heid, -iteit or -schap).
ruleTable('spelling', {
  name: 'spelling of compounds',
  minimum: 10,
  valid: [
    '@eva Het retourlabel en het retourformulier vind je in je account. ^AB',
    '@eva De retourkosten zijn voor ons; print het retourlabel gewoon uit. ^AB',
    '@eva Zet tweestapsverificatie aan in de app, dan is je account veiliger. ^AB',
    '@eva Ons webteam kijkt ernaar en via de livechat helpen we je verder. ^AB',
    '@eva Veel belplezier met je nieuwe toestel! ^AB',
    '@eva De trackingcode staat in de mail; de trackingscode werkt vanaf morgen. ^AB',
    '@eva Je milieupas haal je op bij de balie, je krijgt een appmelding zodra hij klaar is. ^AB',
    '@eva We sturen je een resetlink en daarna een nieuwe inloglink. ^AB',
    '@eva De netbeheerkosten staan op je termijnfactuur. ^AB',
    '@eva Het retournummer en de retourperiode staan in de bevestiging. ^AB',
  ],
  invalid: [
    { text: '@eva Het retourfomulier staat online. ^AB', actual: ['retourfomulier'], suggestion: 'retourformulier', messageId: 'unknown', line: 1, column: 10, endLine: 1, endColumn: 24 },
    { text: '@eva Ons webtaem kijkt ernaar. ^AB', actual: ['webtaem'], messageId: 'unknown', line: 1, column: 10, endLine: 1, endColumn: 17 },
    { text: '@eva Zet tweestapsverficatie aan in de app. ^AB', actual: ['tweestapsverficatie'], messageId: 'unknownNoSuggestion', line: 1, column: 10, endLine: 1, endColumn: 29 },
    { text: '@eva Dat gaat via de afvalsscheiding. ^AB', actual: ['afvalsscheiding'], suggestion: 'afvalscheiding', messageId: 'unknown', line: 1, column: 22, endLine: 1, endColumn: 37 },
    { text: '@eva Neem je identiteitkaart mee. ^AB', actual: ['identiteitkaart'], suggestion: 'identiteitskaart', messageId: 'unknown', line: 1, column: 14, endLine: 1, endColumn: 29 },
    { text: '@eva Je krijgt de verzendkotsen terug. ^AB', actual: ['verzendkotsen'], suggestion: 'verzendkosten', messageId: 'unknown', line: 1, column: 19, endLine: 1, endColumn: 32 },
    { text: '@eva Wat is je postode? ^AB', actual: ['postode'], messageId: 'unknown', line: 1, column: 16, endLine: 1, endColumn: 23 },
    { text: '@eva Dat is helaas onstaan door een storing. ^AB', actual: ['onstaan'], suggestion: 'ontstaan', messageId: 'unknown', line: 1, column: 20, endLine: 1, endColumn: 27 },
    { text: '@eva Bel gerust met onze klantenservise. ^AB', actual: ['klantenservise'], suggestion: 'klantenservice', messageId: 'unknown', line: 1, column: 26, endLine: 1, endColumn: 40 },
    { text: '@eva De bestelingen zijn onderweg. ^AB', actual: ['bestelingen'], suggestion: 'bestellingen', messageId: 'unknown', line: 1, column: 9, endLine: 1, endColumn: 20 },
  ],
})

// Words beside "&", suspended compounds, apostrophes inside a word, and the odd capital: no alarm.
ruleTable('spelling', {
  name: 'spelling of joined and suspended words',
  minimum: 8,
  valid: [
    '@eva Je volgt je pakket via track & trace. ^AB',
    '@eva De track & trace-code staat in de mail van Track & Trace. ^AB',
    '@eva De verzend- en betaalkosten staan op de factuur. ^AB',
    '@eva Je krijgt één elektriciteits- en gasfactuur, voor bouw- en sloopafval een aparte. ^AB',
    '@eva Je ontvangt twee sms’jes; sms’en naar dit nummer kan ook. ^AB',
    '@eva Je bundel heeft nog 500 MB’s. ^AB',
    '@eva Eén moment, ik kijk het na. ^AB',
    "@eva Hmm, dat klinkt niet goed. ^AB",
    '@eva Je pakket gaat met bpost; identificeer je met itsme. ^AB',
    '@eva Anders komt het pakje terug naar u. ^AB',
    '@eva Dat regelt de Meerlanden, de Wereldpas werkt dan weer. ^AB',
    '@eva Hoi Josephien, Lisanne van het team belt je terug (My bpost app). ^AB',
  ],
  invalid: [
    { text: '@eva Je kunt het inplaats daarvan retourneren. ^AB', actual: ['inplaats'], suggestion: 'in plaats', messageId: 'unknown', line: 1, column: 18, endLine: 1, endColumn: 26 },
    { text: '@eva Je pakket ligt bij Postnl klaar. ^AB', actual: ['Postnl'], suggestion: 'PostNL', messageId: 'unknown', line: 1, column: 25, endLine: 1, endColumn: 31 },
    { text: '@eva Neem contact op met de Klantenservise. ^AB', actual: ['Klantenservise'], suggestion: 'Klantenservice', messageId: 'unknown', line: 1, column: 29, endLine: 1, endColumn: 43 },
    { text: '@eva Het ligt bij de Afhaalpunnt om de hoek. ^AB', actual: ['Afhaalpunnt'], messageId: 'unknown', line: 1, column: 22, endLine: 1, endColumn: 33 },
    { text: '@eva Je kunt dat via track & trace volgen, het pakkt is onderweg. ^AB', actual: ['pakkt'], messageId: 'unknown', line: 1, column: 48, endLine: 1, endColumn: 53 },
    { text: '@eva De verzend- en betaalkostten staan op de factuur. ^AB', actual: ['betaalkostten'], messageId: 'unknown', line: 1, column: 21, endLine: 1, endColumn: 34 },
    { text: '@eva Je ontvangt twee sms’jse. ^AB', actual: ['sms’jse'], messageId: 'unknown', line: 1, column: 23, endLine: 1, endColumn: 30 },
    { text: '@eva Eén moment, ik kijk het nna. ^AB', actual: ['nna'], messageId: 'unknown', line: 1, column: 30, endLine: 1, endColumn: 33 },
  ],
})
