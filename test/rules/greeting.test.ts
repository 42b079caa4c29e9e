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
    { text: '@eva Je pakket komt morgen. ^AB', actual: ['Je'], messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 8 },
    { text: '@eva Sorry dat het zo lang duurde. ^AB', actual: ['Sorry'], messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 11 },
    { text: '@eva Bedankt voor je bericht. ^AB', actual: ['Bedankt'], messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 13 },
    { text: 'Je afspraak staat. ^KJ', channel: 'whatsapp', actual: ['Je'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 3 },
    { text: '@eva, wat fijn dat het gelukt is! ^AB', actual: ['wat'], messageId: 'missing', line: 1, column: 7, endLine: 1, endColumn: 10 },
    { text: '@eva 👋 Je pakket komt morgen. ^AB', actual: ['👋'], messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 8 },
    { text: 'Thomas,\n\nBedankt voor je e-mail.\n\nAnna', channel: 'email', actual: ['Thomas'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7 },
    { text: '@eva Uw pakket komt morgen. ^AB', actual: ['Uw'], messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 8 },
  ],
})
