import { ruleTable } from '../rule-tester.js'

ruleTable('no-gendered-address', {
  channel: 'email',
  valid: [
    'Beste Sam Jansen, bedankt voor uw bericht.',
    'Hoi Eva, je pakket komt morgen.',
    'Beste klant, bedankt voor je vraag.',
    'Hallo allemaal, de winkel is zondag open.',
    'De herenfiets is weer op voorraad.',
    'Je vindt de dameskleding op de eerste verdieping.',
    'Onze monteur belt je morgen om 9.00 uur.',
    'Beste Kim, je afspraak staat voor dinsdag 14.00 uur.',
    'Goedemiddag, hoe kan ik je helpen?',
  ],
  invalid: [
    { text: 'Geachte heer Jansen, bedankt voor uw bericht.', actual: ['Geachte heer'], messageId: 'found', line: 1, column: 1, endLine: 1, endColumn: 13 },
    { text: 'Beste mevrouw De Vries, uw pakket komt morgen.', actual: ['mevrouw'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 14 },
    { text: 'Dag meneer, uw pakket komt morgen.', actual: ['meneer'], messageId: 'found', line: 1, column: 5, endLine: 1, endColumn: 11 },
    { text: 'Geachte dames en heren, hierbij onze reactie.', actual: ['Geachte dames'], messageId: 'found', line: 1, column: 1, endLine: 1, endColumn: 14 },
    { text: 'Beste man, je pakket komt morgen.', actual: ['Beste man'], messageId: 'found', line: 1, column: 1, endLine: 1, endColumn: 10 },
    { text: 'Hoi meid, je pakket komt morgen!', actual: ['Hoi meid'], messageId: 'found', line: 1, column: 1, endLine: 1, endColumn: 9 },
    { text: 'Beste dhr. Jansen, uw pakket komt morgen.', actual: ['dhr.'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 11 },
    { text: 'Wij hebben de heer Jansen teruggebeld.', actual: ['de heer'], messageId: 'found', line: 1, column: 12, endLine: 1, endColumn: 19 },
    { text: 'Hé man, top dat je het meldt!', actual: ['Hé man'], messageId: 'found', line: 1, column: 1, endLine: 1, endColumn: 7 },
  ],
})
