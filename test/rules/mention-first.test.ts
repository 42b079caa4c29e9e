import { ruleTable } from '../rule-tester.js'

const thread = {
  customer: '@eva_2',
  messages: [{ from: 'customer' as const, text: '@winkel Waar blijft mijn pakket?' }],
}

ruleTable('mention-first', {
  valid: [
    '@eva Hoi Eva, je pakket komt morgen. ^AB',
    '@eva_2 Hoi Eva, je pakket komt morgen. ^AB',
    '  @Jan_de_Vries01 Dank je! ^AB',
    '@eva @piet Jullie bestellingen zijn verstuurd. ^AB',
    '@{{handle}} Hoi {{first_name}}, je pakket komt morgen. ^{{initialen}}',
    { text: '@Eva_2 Hoi Eva, je pakket komt morgen. ^AB', thread },
    { text: '@piet @eva_2 Jullie bestellingen zijn verstuurd. ^AB', thread },
    { text: 'Hoi Eva, je pakket komt morgen. ^AB', channel: 'whatsapp' },
    { text: 'Hoi Eva, je pakket komt morgen. ^AB', channel: 'facebook' },
    { text: '@eva.jansen Wat een mooie foto! ^AB', channel: 'instagram' },
  ],
  invalid: [
    { text: 'Hoi Eva, je pakket komt morgen. ^AB', actual: ['Hoi'], column: 1, endColumn: 4, messageId: 'missing', line: 1, endLine: 1 },
    { text: 'Hoi @eva, je pakket komt morgen. ^AB', actual: ['@eva'], column: 5, messageId: 'notFirst', output: '@eva Hoi, je pakket komt morgen. ^AB', line: 1, endLine: 1, endColumn: 9 },
    { text: 'Je pakket komt morgen, @eva! ^AB', actual: ['@eva'], output: '@eva Je pakket komt morgen! ^AB', messageId: 'notFirst', line: 1, column: 24, endLine: 1, endColumn: 28 },
    { text: 'Bedankt voor je vraag. ^AB', actual: ['Bedankt'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 8 },
    { text: '@piet Hoi, je pakket komt morgen. ^AB', thread, actual: ['@piet'], suggestion: '@eva_2', messageId: 'wrongCustomer', line: 1, column: 1, endLine: 1, endColumn: 6 },
    { text: 'Hoi Eva, je pakket komt morgen. ^AB', thread, actual: ['Hoi'], suggestion: '@eva_2 Hoi', messageId: 'missing', output: '@eva_2 Hoi Eva, je pakket komt morgen. ^AB', line: 1, column: 1, endLine: 1, endColumn: 4 },
    { text: 'Wat een mooie foto! ^AB', channel: 'instagram', actual: ['Wat'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 4 },
    { text: 'Mail ons op info@winkel.nl voor je retour. ^AB', actual: ['Mail'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 5 },
    { text: '#klantenservice @eva je pakket komt morgen ^AB', actual: ['@eva'], output: '@eva #klantenservice je pakket komt morgen ^AB', messageId: 'notFirst', line: 1, column: 17, endLine: 1, endColumn: 21 },
  ],
})
