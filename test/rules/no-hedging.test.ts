import { ruleTable } from '../rule-tester.js'

ruleTable('no-hedging', {
  valid: [
    '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    '@eva Dat weet ik nog niet; ik laat het je vandaag voor 17.00 uur weten. ^AB',
    '@eva Probeer het nog eens via voorbeeld.nl/login, de storing is voorbij. ^AB',
    '@eva Het is mogelijk om je bestelling tot 22.00 uur te wijzigen. ^AB',
    '@eva De monteur komt donderdag om 10.00 uur. ^AB',
    '@eva Je krijgt het volledige bedrag terug. ^AB',
    '@eva Wil je het formulier nog een keer versturen? ^AB',
    '@eva We zijn vandaag tot 20.00 uur bereikbaar. ^AB',
    '@eva Zou je ons je ordernummer willen sturen? ^AB',
    '@eva Dit zou niet moeten gebeuren, en we zorgen dat het niet meer gebeurt. ^AB',
  ],
  invalid: [
    { text: '@eva Je pakket komt misschien morgen. ^AB', actual: ['misschien'], messageId: 'found', line: 1, column: 21, endLine: 1, endColumn: 30 },
    { text: '@eva Dat is eigenlijk niet de bedoeling. ^AB', actual: ['eigenlijk'], messageId: 'found', line: 1, column: 13, endLine: 1, endColumn: 22 },
    { text: '@eva Wellicht kun je het opnieuw proberen. ^AB', actual: ['Wellicht'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 14 },
    { text: '@eva Er is een beetje vertraging. ^AB', actual: ['een beetje'], messageId: 'found', line: 1, column: 12, endLine: 1, endColumn: 22 },
    { text: '@eva We proberen het vandaag op te lossen. ^AB', actual: ['We proberen het'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 21 },
    { text: '@eva Als het goed is, komt je pakket morgen. ^AB', actual: ['Als het goed is'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 21 },
    { text: '@eva Volgens mij is je pakket al onderweg. ^AB', actual: ['Volgens mij'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 17 },
    { text: '@eva Je pakket zou morgen moeten aankomen. ^AB', actual: ['zou morgen moeten'], messageId: 'found', line: 1, column: 16, endLine: 1, endColumn: 33 },
    { text: '@eva Hopelijk is het morgen opgelost. ^AB', actual: ['Hopelijk'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 14 },
  ],
})
