import { ruleTable } from '../rule-tester.js'

ruleTable('no-slang', {
  valid: [
    '@eva Bedankt voor je bericht! Je pakket komt morgen. ^AB',
    '@eva Fijn dat je het meldt; ik kijk het even voor je na en laat het je vandaag voor 17.00 uur weten. ^AB',
    '@eva Top dat het gelukt is! ^AB',
    '@eva De vetgedrukte regel op je factuur is het totaalbedrag. ^AB',
    '@eva Je kunt de jas kosteloos ruilen. ^AB',
    '@eva Gaaf dat je zo blij bent met de fiets! ^AB',
    '@eva Het pakket is onderweg naar het afhaalpunt. ^AB',
    '@eva Is het probleem daarmee opgelost? ^AB',
  ],
  invalid: [
    { text: '@eva Thx voor je bericht! ^AB', actual: ['Thx'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 9 },
    { text: '@eva Ik check het ff voor je. ^AB', actual: ['ff'], messageId: 'found', line: 1, column: 19, endLine: 1, endColumn: 21 },
    { text: '@eva Btw, je pakket komt morgen. ^AB', actual: ['Btw'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 9 },
    { text: '@eva Haha, dat is echt vet! ^AB', actual: ['Haha', 'echt vet'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 10 },
    { text: '@eva No worries, we regelen het. ^AB', actual: ['No worries'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 16 },
    { text: '@eva Wat kapot leuk dat je langskwam! ^AB', actual: ['kapot leuk'], messageId: 'found', line: 1, column: 10, endLine: 1, endColumn: 20 },
    { text: '@eva Idd, dat klopt. ^AB', actual: ['Idd'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 9 },
    { text: '@eva Chill dat het gelukt is, bro. ^AB', actual: ['Chill', 'bro'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 11 },
  ],
})
