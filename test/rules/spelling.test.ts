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
  ],
  invalid: [
    { text: '@eva Hoe is dit onstaan? ^AB', actual: ['onstaan'], suggestion: 'ontstaan' },
    { text: '@eva Dat is een interresant idee. ^AB', actual: ['interresant'], suggestion: 'interessant' },
    { text: '@eva In welke catagorie valt dit product? ^AB', actual: ['catagorie'], suggestion: 'categorie' },
    { text: '@eva Dat is heel vervelent voor je. ^AB', actual: ['vervelent'], suggestion: 'vervelend' },
    { text: '@eva We hebben je bestelling geanuleerd. ^AB', actual: ['geanuleerd'], suggestion: 'geannuleerd' },
    { text: '@eva Misschein kun je het opnieuw proberen. ^AB', actual: ['Misschein'], suggestion: 'Misschien' },
    { text: '@eva Bedankt voor je reaktie. ^AB', actual: ['reaktie'], suggestion: 'reactie' },
    { text: '@eva De wachtdtijd is nu korter. ^AB', actual: ['wachtdtijd'], suggestion: 'wachttijd' },
    { text: '@eva Je krijgt de verzendkostten terug. ^AB', actual: ['verzendkostten'], suggestion: 'verzendkosten' },
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
    { text: '@{{handle}} Hoi {{user.name|fallback:"daarr"}}, welkom! ^{{agent}}', actual: ['daarr'], template: true },
    { text: '@{{handle}} Hoi {%customer.firstName,fallback=klnat%}, welkom! ^{{agent}}', actual: ['klnat'], template: true },
    { text: '@{{handle}} Hoi {{ first_name | default: "beste klnat" }}! ^{{agent}}', actual: ['klnat'], suggestion: 'klant', template: true },
  ],
})
