import { ruleTable } from '../rule-tester.js'

const feedback = {
  customer: '@eva',
  messages: [{ from: 'customer' as const, text: '@winkel Tip: zet de openingstijden ook in de app!' }],
}
const praise = {
  customer: '@eva',
  messages: [{ from: 'customer' as const, text: '@winkel Jullie monteur was zo behulpzaam vanochtend, hij heeft alles netjes opgeruimd!' }],
}
const rude = {
  customer: '@eva',
  messages: [{ from: 'customer' as const, text: '@winkel Wat een onbeschofte medewerker aan de telefoon zeg.' }],
}
const question = {
  customer: '@eva',
  messages: [{ from: 'customer' as const, text: '@winkel Waar blijft mijn pakket?' }],
}

ruleTable('appreciation', {
  channel: 'google-review',
  valid: [
    'Bedankt voor je eerlijke review, Eva. Jammer dat we je niet naar tevredenheid hebben geholpen.',
    'Dank je wel voor de vijf sterren!',
    'Wat fijn dat je zo tevreden bent over de monteur!',
    'Fijn om te lezen dat de levering zo snel ging.',
    'We waarderen het dat je de tijd nam om dit te schrijven.',
    'Merci voor je review, Jef!',
    { text: '@eva Je pakket komt morgen voor 12.00 uur. ^AB', channel: 'x', thread: question },
    { text: '@eva Bedankt voor de tip! We geven hem door aan ons app-team. ^AB', channel: 'x', thread: feedback },
    { text: '@eva Je pakket komt morgen voor 12.00 uur. ^AB', channel: 'x' },
    { text: '@eva Wat fijn om te horen! Ik geef je compliment vandaag door aan de monteur. ^AB', channel: 'x', thread: praise },
    { text: '@eva Dank je voor je eerlijke bericht; zo hoort het niet. Ik bel je vandaag om 15.00 uur. ^AB', channel: 'x', thread: rude },
  ],
  invalid: [
    { text: 'Jammer dat we je niet naar tevredenheid hebben geholpen. Ik bel je morgen.', actual: ['Jammer'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7 },
    { text: 'Je klacht is doorgestuurd naar de bedrijfsleider.', actual: ['Je'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 3 },
    { text: 'Hoi Karin, de monteur komt donderdag terug.', actual: ['Hoi'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 4 },
    { text: 'Wij hebben je opmerking gelezen.', actual: ['Wij'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 4 },
    { text: 'Team Voorbeeld', actual: ['Team'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 5 },
    { text: 'Sorry dat het zo lang duurde.', actual: ['Sorry'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 6 },
    { text: '@eva Goed idee, ik geef het door. ^AB', channel: 'x', thread: feedback, actual: ['Goed'], messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 10 },
    { text: '@eva Hoi Eva, de openingstijden staan op de site. ^AB', channel: 'x', thread: feedback, actual: ['Hoi'], messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 9 },
    { text: '@eva Hoi Eva, ik geef het vandaag door aan zijn teamleider. ^AB', channel: 'x', thread: praise, actual: ['Hoi'], messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 9 },
    { text: '@eva Dat is niet de bedoeling. Ik bel je vandaag om 15.00 uur. ^AB', channel: 'x', thread: rude, actual: ['Dat'], messageId: 'missing', line: 1, column: 6, endLine: 1, endColumn: 9 },
  ],
})
