import { ruleTable } from '../rule-tester.js'

const apologisedBefore = {
  customer: '@eva',
  messages: [
    { from: 'customer' as const, text: '@winkel Mijn pakket is nog steeds niet binnen!' },
    { from: 'agent' as const, text: '@eva Sorry dat het zo lang duurt. Mag ik je ordernummer via DM? ^AB' },
    { from: 'customer' as const, text: 'Verstuurd.' },
  ],
}

const noApologyBefore = {
  customer: '@eva',
  messages: [
    { from: 'customer' as const, text: '@winkel Sorry dat ik het vraag, maar waar blijft mijn pakket?' },
    { from: 'agent' as const, text: '@eva Mag ik je ordernummer via DM? ^AB' },
  ],
}

ruleTable('no-repeated-apology', {
  valid: [
    '@eva Sorry voor het ongemak! Je pakket komt morgen voor 12.00 uur. ^AB',
    '@eva Onze excuses voor de vertraging. De monteur komt donderdag. ^AB',
    '@eva Het spijt me dat je zo lang moest wachten. Je bestelling is vandaag verstuurd. ^AB',
    '@eva Dat is geen excuus voor de vertraging, daar heb je gelijk in. We sturen vandaag een nieuwe. ^AB',
    '@eva Je hoeft geen sorry te zeggen, we helpen je graag! ^AB',
    '@eva Bedankt voor je geduld. Je terugbetaling staat klaar. ^AB',
    { text: '@eva Je pakket is onderweg en komt morgen voor 12.00 uur. ^AB', thread: apologisedBefore },
    { text: '@eva Sorry voor het wachten! Je pakket komt morgen. ^AB', thread: noApologyBefore },
    '@eva Sorry, dat was onduidelijk van mij: de winkel is zondag open. ^AB',
    "@eva Excuses voor de late reactie. Het album 'Sorry for Party Rocking' is vanaf vandaag te streamen. ^AB",
    '@eva Sorry dat het zo lang duurde! Het boek “Het spijt me” van Anna Enquist ligt nu voor je klaar. ^AB',
    '@eva Sorry voor de verwarring. Je schreef "excuses voor mijn boze tweet", maar dat is echt niet nodig. ^AB',
    '@eva Onze excuses voor het wachten. De documentaire Sorry Not Sorry staat vanaf vrijdag in de app. ^AB',
    "@lies Dag Lies, sorry voor het wachten. Uw pakje ligt 's avonds klaar in het postpunt; auto's kunnen er gratis parkeren. ^TV",
    { text: '@eva Sorry voor het wachten! Je pakket komt morgen. ^AB', thread: { customer: '@eva', messages: [{ from: 'agent' as const, text: "@eva De film 'Sorry We Missed You' staat in de app. ^AB" }] } },
  ],
  invalid: [
    { text: '@eva Sorry voor het ongemak en onze excuses voor de vertraging. ^AB', actual: ['excuses'], messageId: 'repeated', line: 1, column: 37, endLine: 1, endColumn: 44 },
    { text: '@eva Excuses! Het spijt ons echt dat het zo lang duurt. ^AB', actual: ['spijt'], messageId: 'repeated', line: 1, column: 19, endLine: 1, endColumn: 24 },
    { text: '@eva Sorry! Nogmaals sorry voor de moeite. ^AB', actual: ['sorry'], messageId: 'repeated', line: 1, column: 22, endLine: 1, endColumn: 27 },
    { text: '@eva Wij verontschuldigen ons. Sorry dat het misging. ^AB', actual: ['Sorry'], messageId: 'repeated', line: 1, column: 32, endLine: 1, endColumn: 37 },
    { text: '@eva Excuus voor het wachten. Onze verontschuldigingen voor de overlast. ^AB', actual: ['verontschuldigingen'], messageId: 'repeated', line: 1, column: 36, endLine: 1, endColumn: 55 },
    { text: '@eva Sorry, sorry, sorry! ^AB', actual: ['sorry', 'sorry'], messageId: 'repeated', line: 1, column: 13, endLine: 1, endColumn: 18 },
    { text: '@eva Sorry voor het wachten! Je pakket komt morgen. ^AB', thread: apologisedBefore, actual: ['Sorry'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 11 },
    { text: '@eva Nogmaals onze excuses. De monteur komt donderdag. ^AB', thread: apologisedBefore, actual: ['excuses'], messageId: 'again', line: 1, column: 20, endLine: 1, endColumn: 27 },
    { text: '@eva Het spijt me. Je terugbetaling staat klaar. ^AB', thread: apologisedBefore, actual: ['spijt'], messageId: 'again', line: 1, column: 10, endLine: 1, endColumn: 15 },
    { text: "@eva Sorry voor het wachten! De film 'Sorry We Missed You' staat in de app. Nogmaals excuses. ^AB", actual: ['excuses'], messageId: 'repeated', line: 1, column: 86, endLine: 1, endColumn: 93 },
    { text: '@eva Het spijt ons dat je pas zo laat kwam. Onze verontschuldigingen! ^AB', actual: ['verontschuldigingen'], messageId: 'repeated', line: 1, column: 50, endLine: 1, endColumn: 69 },
    { text: "@eva Sorry dat je moest wachten; 's avonds is het druk. Excuses nogmaals. ^AB", actual: ['Excuses'], messageId: 'repeated', line: 1, column: 57, endLine: 1, endColumn: 64 },
    { text: '@jan Dag Jan, excuseer voor de vertraging van uw pakje. Het spijt ons oprecht. ^SV', actual: ['spijt'], messageId: 'repeated', line: 1, column: 61, endLine: 1, endColumn: 66 },
    { text: '@jan Dag Jan, sorry dat ge zo lang moest wachten. Onze welgemeende excuses! ^SV', actual: ['excuses'], messageId: 'repeated', line: 1, column: 68, endLine: 1, endColumn: 75 },
  ],
})
