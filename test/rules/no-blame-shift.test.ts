import { ruleTable } from '../rule-tester.js'

ruleTable('no-blame-shift', {
  channel: 'google-review',
  valid: [
    'Jammer dat we je niet naar tevredenheid hebben geholpen. Ik bel je morgen om het goed te maken.',
    'Dit is niet hoe het hoort te gaan. We sturen vandaag een nieuwe.',
    'Sorry dat je zo lang moest wachten op je bestelling.',
    'Jammer dat de monteur niet op tijd was; we hebben de planning aangepast.',
    'Fijn dat je zo tevreden bent over onze service!',
    'Als je tevreden bent, horen we dat graag in een review.',
    'We hebben het formulier verkeerd verwerkt; je aanvraag is nu goedgekeurd.',
    'Jammer dat we je verwachtingen niet waarmaakten. Je krijgt de bezorgkosten terug.',
    'Het IBAN dat in ons systeem stond was onjuist; we hebben het aangepast.',
  ],
  invalid: [
    { text: 'Jammer dat je niet tevreden bent over onze service.', actual: ['Jammer dat je niet tevreden'], suggestion: 'Jammer dat we je niet naar tevredenheid hebben geholpen' },
    { text: 'Het spijt ons dat u teleurgesteld bent.', actual: ['Het spijt ons dat u teleurgesteld'] },
    { text: 'Sorry als je je gekwetst voelt door onze reactie.', actual: ['Sorry als je je gekwetst'] },
    { text: 'Vervelend dat je het zo hebt ervaren.', actual: ['Vervelend dat je het zo hebt ervaren'] },
    { text: 'Excuses als u ontevreden bent.', actual: ['Excuses als u ontevreden'] },
    { text: 'Wat jammer dat je onze service niet kunt waarderen.', actual: ['Wat jammer dat je onze service niet kunt waarderen'] },
    { text: 'Balen dat je het gevoel hebt dat niemand luistert.', actual: ['Balen dat je het gevoel hebt'] },
    { text: 'Je hebt het formulier verkeerd ingevuld.', actual: ['Je hebt het formulier verkeerd ingevuld'] },
    { text: 'U heeft onze mail niet goed gelezen.', actual: ['U heeft onze mail niet goed gelezen'] },
  ],
})
