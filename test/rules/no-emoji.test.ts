import { ruleTable } from '../rule-tester.js'

ruleTable('no-emoji', {
  valid: [
    '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    '@eva Kijk op voorbeeld.nl/hulp: daar staat het stappenplan. ^AB',
    '@eva Je bestelling (nummer 12345) is verstuurd. ^AB',
    '@eva Het © staat onderaan de pagina. ^AB',
    '@eva Stap 1: log in. Stap 2: kies Retour. ^AB',
    '@eva Bel ons op 088-1234567 of mail naar info@voorbeeld.nl. ^AB',
    '@eva Je krijgt 10% korting op je volgende bestelling. ^AB',
    '@eva Let op: de winkel sluit om 17:00. ^AB',
  ],
  invalid: [
    { text: '@eva Je pakket komt morgen 😊 ^AB', actual: ['😊'], messageId: 'found', line: 1, column: 28, endLine: 1, endColumn: 30 },
    { text: '@eva Top 👍🏽 ^AB', actual: ['👍🏽'], messageId: 'found', line: 1, column: 10, endLine: 1, endColumn: 14 },
    { text: '@eva Fijne dag! :) ^AB', actual: [':)'], messageId: 'found', line: 1, column: 17, endLine: 1, endColumn: 19 },
    { text: '@eva Bedankt <3 ^AB', actual: ['<3'], messageId: 'found', line: 1, column: 14, endLine: 1, endColumn: 16 },
    { text: '@eva Haha :D ^AB', actual: [':D'], messageId: 'found', line: 1, column: 11, endLine: 1, endColumn: 13 },
    { text: '@eva Oeps ;-) ^AB', actual: [';-)'], messageId: 'found', line: 1, column: 11, endLine: 1, endColumn: 14 },
    { text: '@eva Hup 🇳🇱! ^AB', actual: ['🇳🇱'], messageId: 'found', line: 1, column: 10, endLine: 1, endColumn: 14 },
    { text: '@eva Succes 💪 en tot snel 👋 ^AB', actual: ['💪', '👋'], messageId: 'found', line: 1, column: 13, endLine: 1, endColumn: 15 },
  ],
})
