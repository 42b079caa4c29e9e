import { ruleTable } from '../rule-tester.js'

ruleTable('no-profanity', {
  valid: [
    '@eva Balen dat je pakket weer niet kwam. Morgen voor 12.00 uur komt een nieuwe. ^AB',
    '@eva Je vergoeding voor het kankeronderzoek staat in je polis. ^AB',
    '@eva Stop de oude kabels in een zak en neem ze mee naar de winkel. ^AB',
    '@eva Het kantoor van de Kuttingstraat is gesloten. ^AB',
    '@eva De tas wordt geleverd in een plastic zak. ^AB',
    '@eva Ik snap dat je boos bent; ik bel je vandaag om 15.00 uur. ^AB',
    '@eva Dat is stom gelopen, sorry. Je krijgt het bedrag terug. ^AB',
    '@eva Bedankt voor je duidelijke uitleg. ^AB',
  ],
  invalid: [
    { text: '@eva Klote dat je pakket weer niet kwam. ^AB', actual: ['Klote'] },
    { text: '@eva Wat een kutzooi, sorry! ^AB', actual: ['kutzooi'] },
    { text: '@eva Shit, dat ging mis. ^AB', actual: ['Shit'] },
    { text: '@eva Die bezorger is echt een sukkel. ^AB', actual: ['sukkel'] },
    { text: '@eva Godverdomme, weer die storing. ^AB', actual: ['Godverdomme'] },
    { text: '@eva Wat een fucking gedoe. ^AB', actual: ['fucking'] },
    { text: '@eva Verdomme, dat is balen. ^AB', actual: ['Verdomme'] },
    { text: '@eva Die klootzak van de vervoerder! ^AB', actual: ['klootzak'] },
  ],
})
