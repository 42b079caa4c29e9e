import { ruleTable } from '../rule-tester.js'

ruleTable('no-hollow-promise', {
  valid: [
    '@eva Je krijgt uiterlijk dinsdag 12.00 uur bericht van ons over je terugbetaling. ^AB',
    '@eva Ik heb je melding doorgezet naar onze monteur; hij belt je vandaag voor 17.00 uur. ^AB',
    '@eva Ik heb ernaar gekeken: je pakket ligt sinds vanochtend bij het afhaalpunt aan de Dorpsstraat. ^AB',
    '@eva Kijk even in je spamfolder, daar komt de bevestiging soms terecht. ^AB',
    '@eva Je terugbetaling staat klaar en is binnen twee werkdagen op je rekening. ^AB',
    '@eva Zullen we ernaar kijken als je ons je ordernummer stuurt? ^AB',
    '@eva We kijken er niet naar uit dat de storing langer duurt dan nodig. ^AB',
    '@eva Je bestelling is geannuleerd en het bedrag is teruggestort. ^AB',
    '@eva Neem je bon mee naar de winkel, dan ruilen ze de jas direct om. ^AB',
    '@eva Laat je ons weten of het gelukt is? ^AB',
    '@eva We nemen morgen voor 10.00 uur contact met je op over de reparatie. ^AB',
    '@eva De monteur komt donderdag tussen 8.00 en 12.00 uur. We houden je op de hoogte via sms. ^AB',
    '@eva Geef je nieuwe adres door via Mijn Account, dan passen we het direct aan. ^AB',
    '@eva Ik heb je vraag uitgezocht: de actie geldt ook in onze webshop. ^AB',
  ],
  invalid: [
    { text: '@eva Bedankt voor je melding, we gaan ernaar kijken! ^AB', actual: ['we gaan ernaar kijken'] },
    { text: '@eva Kijken we er even naar voor je. ^AB', actual: ['Kijken we er even naar'] },
    { text: '@eva Ik ga het voor je doorzetten naar de juiste afdeling. ^AB', actual: ['Ik ga het voor je doorzetten'] },
    { text: '@eva Ik zet het door naar onze collega’s. ^AB', actual: ['Ik zet het door'] },
    { text: '@eva Je melding is doorgezet naar de afdeling techniek. ^AB', actual: ['is doorgezet'] },
    { text: '@eva Dank voor je tip, we nemen het mee in onze evaluatie. ^AB', actual: ['we nemen het mee'] },
    { text: '@eva Je hoort nog van ons! ^AB', actual: ['hoort nog van ons'] },
    { text: '@eva We doen er alles aan om dit zo snel mogelijk op te lossen. ^AB', actual: ['We doen er alles'] },
    { text: '@eva We laten het je zo snel mogelijk weten. ^AB', actual: ['We laten het je zo snel mogelijk weten'] },
    { text: '@eva Wij zoeken het voor je uit en komen er zo snel mogelijk op terug. ^AB', actual: ['Wij zoeken het voor je uit', 'komen er zo snel mogelijk op terug'] },
    { text: '@eva Je klacht is in behandeling. ^AB', actual: ['in behandeling'] },
    { text: '@eva Ik houd je op de hoogte. ^AB', actual: ['Ik houd je op de hoogte'] },
  ],
})
