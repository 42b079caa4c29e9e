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
    { text: 'Hoi Eva, je pakket komt morgen. ^AB', actual: ['Hoi'], column: 1, endColumn: 4, messageId: 'missing' },
    { text: 'Hoi @eva, je pakket komt morgen. ^AB', actual: ['@eva'], column: 5, messageId: 'notFirst', output: '@eva Hoi, je pakket komt morgen. ^AB' },
    { text: 'Je pakket komt morgen, @eva! ^AB', actual: ['@eva'], output: '@eva Je pakket komt morgen! ^AB' },
    { text: 'Bedankt voor je vraag. ^AB', actual: ['Bedankt'] },
    { text: '@piet Hoi, je pakket komt morgen. ^AB', thread, actual: ['@piet'], suggestion: '@eva_2' },
    { text: 'Hoi Eva, je pakket komt morgen. ^AB', thread, actual: ['Hoi'], suggestion: '@eva_2 Hoi', messageId: 'missing', output: '@eva_2 Hoi Eva, je pakket komt morgen. ^AB' },
    { text: 'Wat een mooie foto! ^AB', channel: 'instagram', actual: ['Wat'] },
    { text: 'Mail ons op info@winkel.nl voor je retour. ^AB', actual: ['Mail'] },
    { text: '#klantenservice @eva je pakket komt morgen ^AB', actual: ['@eva'], output: '@eva #klantenservice je pakket komt morgen ^AB' },
  ],
})
