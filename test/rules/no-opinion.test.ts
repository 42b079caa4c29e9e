import { ruleTable } from '../rule-tester.js'

ruleTable('no-opinion', {
  valid: [
    '@eva Ik vind het fijn dat je het meldt! Je pakket komt morgen. ^AB',
    '@eva Wat leuk dat je zo blij bent met je fiets. ^AB',
    '@eva De gemeente heeft de regels per 1 maart aangepast; op voorbeeld.nl/regels lees je wat er verandert. ^AB',
    '@eva Ik vond het jammer om te lezen dat de monteur te laat was. Hij komt morgen om 9.00 uur. ^AB',
    '@eva Vind je het goed als ik je even bel? ^AB',
    '@eva Je vindt het formulier op voorbeeld.nl/retour. ^AB',
    '@eva Ik heb je bestelling gevonden: hij is gisteren verstuurd. ^AB',
    '@eva We vinden het heel fijn dat je de moeite neemt om ons te helpen. ^AB',
    '@eva Volgens onze voorwaarden heb je 30 dagen bedenktijd. ^AB',
  ],
  invalid: [
    { text: '@eva Ik vind dat de nieuwe regels nergens op slaan. ^AB', actual: ['Ik vind'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 13 },
    { text: '@eva Persoonlijk vind ik dat de overheid dit moet oplossen. ^AB', actual: ['Persoonlijk vind ik'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 25 },
    { text: '@eva Naar mijn mening is dit een goed besluit. ^AB', actual: ['Naar mijn mening'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 22 },
    { text: '@eva Wij vinden de kritiek van de bond overdreven. ^AB', actual: ['Wij vinden'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 16 },
    { text: '@eva Wat mij betreft is de discussie hiermee gesloten. ^AB', actual: ['Wat mij betreft'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 21 },
    { text: '@eva Ik ben het niet met je eens. ^AB', actual: ['Ik ben het niet met je eens'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 33 },
    { text: '@eva Als je het mij vraagt, is de prijs prima. ^AB', actual: ['Als je het mij vraagt'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 27 },
    { text: '@eva Ik ben van mening dat dit beleid klopt. ^AB', actual: ['Ik ben van mening'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 23 },
    { text: '@eva Dit plan is mijns inziens de beste keuze. ^AB', actual: ['mijns inziens'], messageId: 'found', line: 1, column: 18, endLine: 1, endColumn: 31 },
  ],
})
