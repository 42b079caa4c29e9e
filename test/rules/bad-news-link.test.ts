import { ruleTable } from '../rule-tester.js'

ruleTable('bad-news-link', {
  valid: [
    '@eva Je bestelling kan niet meer gewijzigd worden, maar je kunt hem gratis retourneren: voorbeeld.nl/retour ^AB',
    '@eva Helaas is de jas uitverkocht. In maat M is hij nog wel te krijgen. ^AB',
    '@eva Helaas is er een storing. Vanaf 21.00 uur werkt alles weer. ^AB',
    '@eva De actie is verlopen; hier vind je de nieuwe acties: voorbeeld.nl/acties ^AB',
    '@eva Je claim is afgewezen. Stuur ons een DM, dan leggen we je uit waarom. ^AB',
    '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    '@eva Helaas kunnen we niet ruilen, maar we bieden je een tegoedbon aan. ^AB',
    '@eva Dit model is niet meer leverbaar; als alternatief raden we de X200 aan. ^AB',
    '@eva Kun je niet inloggen? ^AB',
  ],
  invalid: [
    { text: '@eva Helaas kunnen we je bestelling niet meer wijzigen. ^AB', actual: ['Helaas'] },
    { text: '@eva De jas is uitverkocht. ^AB', actual: ['uitverkocht'] },
    { text: '@eva Dat is niet mogelijk. ^AB', actual: ['niet mogelijk'] },
    { text: '@eva Je claim is afgewezen. ^AB', actual: ['afgewezen'] },
    { text: '@eva Je bestelling is geannuleerd. ^AB', actual: ['geannuleerd'] },
    { text: '@eva Dat kunnen wij niet voor je regelen. ^AB', actual: ['kunnen wij niet'] },
    { text: '@eva Jammer genoeg is de actie voorbij. ^AB', actual: ['Jammer genoeg'] },
    { text: '@eva Je hebt geen recht op een vergoeding. ^AB', actual: ['geen recht op'] },
  ],
})
