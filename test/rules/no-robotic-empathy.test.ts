import { ruleTable } from '../rule-tester.js'

ruleTable('no-robotic-empathy', {
  valid: [
    '@eva Twee keer thuisblijven voor niets, dat is balen. Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    '@eva Helaas is de actie sinds gisteren voorbij; de nieuwe actie start maandag. ^AB',
    '@eva Helaas, de jas is uitverkocht. In maat M is hij nog wel te krijgen. ^AB',
    '@eva Ik begrijp je vraag: de bezorgkosten staan onderaan je bevestiging. ^AB',
    '@eva Dat de monteur niet kwam opdagen, had niet mogen gebeuren. Hij komt donderdag om 10.00 uur. ^AB',
    '@eva Ik snap dat je de factuur vandaag nodig hebt; je vindt hem nu in Mijn Voorbeeld. ^AB',
    '@eva Je pakket is naar het afhaalpunt gebracht. ^AB',
    '@eva Wat leuk dat je zo blij bent met je nieuwe fiets! ^AB',
    '@eva Vervelend dat de storing je hele avond kostte; sinds 21.00 uur werkt alles weer. ^AB',
  ],
  invalid: [
    { text: '@eva Wat vervelend! Je pakket komt morgen. ^AB', actual: ['Wat vervelend'], suggestion: 'Balen dat <wat er misging>' },
    { text: '@eva Oh, wat ontzettend vervelend voor je. ^AB', actual: ['wat ontzettend vervelend'] },
    { text: '@eva Vervelend om te horen. We sturen een nieuwe. ^AB', actual: ['Vervelend om te horen'] },
    { text: '@eva Dat is erg vervelend om te lezen. ^AB', actual: ['erg vervelend om te lezen'] },
    { text: '@eva We begrijpen je frustratie. ^AB', actual: ['begrijpen je frustratie'] },
    { text: '@eva Ik kan me je ergernis goed voorstellen. ^AB', actual: ['kan me je ergernis goed voorstellen'] },
    { text: '@eva Ik begrijp dat dit erg vervelend is. ^AB', actual: ['begrijp dat dit erg vervelend'] },
    { text: '@eva Dit is natuurlijk niet de bedoeling. ^AB', actual: ['natuurlijk niet de bedoeling'] },
    { text: '@eva Helaas! De actie is voorbij. ^AB', actual: ['Helaas'] },
    { text: '@eva Onze excuses voor het eventuele ongemak. ^AB', actual: ['het eventuele ongemak'] },
  ],
})
