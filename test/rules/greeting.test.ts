import { ruleTable } from '../rule-tester.js'

ruleTable('greeting', {
  valid: [
    '@eva Hoi Eva, je pakket komt morgen. ^AB',
    '@eva Goedemorgen! Je pakket komt morgen. ^AB',
    '@eva @piet Hallo allebei, jullie bestellingen zijn verstuurd. ^AB',
    '@{{handle}} Hoi {{first_name}}, je pakket komt morgen. ^{{initialen}}',
    { text: 'Beste Thomas,\n\nBedankt voor je e-mail.\n\nAnna', channel: 'email' },
    { text: 'Hey Lotte! Je afspraak staat. ^KJ', channel: 'whatsapp' },
    '@eva Goedenavond Eva, de storing is voorbij. ^AB',
    '@eva Dag Eva, je pakket komt morgen. ^AB',
  ],
  invalid: [
    { text: '@eva Je pakket komt morgen. ^AB', actual: ['Je'] },
    { text: '@eva Sorry dat het zo lang duurde. ^AB', actual: ['Sorry'] },
    { text: '@eva Bedankt voor je bericht. ^AB', actual: ['Bedankt'] },
    { text: 'Je afspraak staat. ^KJ', channel: 'whatsapp', actual: ['Je'] },
    { text: '@eva, wat fijn dat het gelukt is! ^AB', actual: ['wat'] },
    { text: '@eva 👋 Je pakket komt morgen. ^AB', actual: ['👋'] },
    { text: 'Thomas,\n\nBedankt voor je e-mail.\n\nAnna', channel: 'email', actual: ['Thomas'] },
    { text: '@eva Uw pakket komt morgen. ^AB', actual: ['Uw'] },
  ],
})
