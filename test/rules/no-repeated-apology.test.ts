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
  ],
  invalid: [
    { text: '@eva Sorry voor het ongemak en onze excuses voor de vertraging. ^AB', actual: ['excuses'] },
    { text: '@eva Excuses! Het spijt ons echt dat het zo lang duurt. ^AB', actual: ['spijt'] },
    { text: '@eva Sorry! Nogmaals sorry voor de moeite. ^AB', actual: ['sorry'] },
    { text: '@eva Wij verontschuldigen ons. Sorry dat het misging. ^AB', actual: ['Sorry'] },
    { text: '@eva Excuus voor het wachten. Onze verontschuldigingen voor de overlast. ^AB', actual: ['verontschuldigingen'] },
    { text: '@eva Sorry, sorry, sorry! ^AB', actual: ['sorry', 'sorry'] },
    { text: '@eva Sorry voor het wachten! Je pakket komt morgen. ^AB', thread: apologisedBefore, actual: ['Sorry'] },
    { text: '@eva Nogmaals onze excuses. De monteur komt donderdag. ^AB', thread: apologisedBefore, actual: ['excuses'] },
    { text: '@eva Het spijt me. Je terugbetaling staat klaar. ^AB', thread: apologisedBefore, actual: ['spijt'] },
  ],
})
