import { ruleTable } from '../rule-tester.js'

ruleTable('sign-off', {
  config: { agents: { AB: 'Anna de Boer', KJ: 'Kees Jansen' } },
  valid: [
    '@eva Je pakket komt morgen. ^AB',
    '@eva Je pakket komt morgen. ^KJ\n',
    '@eva Je pakket komt morgen. ^Anna',
    '@eva Je pakket komt morgen.\n\n^AB  ',
    '@eva Fijne dag! ^{{initialen}}',
    '@eva Fijne dag! ^{{ agent.initials }}',
    { text: 'Bedankt voor je review, Eva! Team Voorbeeld', channel: 'google-review' },
    { text: 'Beste Eva,\n\nJe pakket komt morgen.\n\nMet vriendelijke groet,\nAnna', channel: 'email' },
    '@eva Super ^^ Je pakket komt morgen. ^AB',
  ],
  invalid: [
    { text: '@eva Je pakket komt morgen.', actual: ['@eva Je pakket komt morgen.'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 28 },
    { text: '@eva Je pakket komt morgen. Groetjes, Anna', actual: ['@eva Je pakket komt morgen. Groetjes, Anna'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 43 },
    { text: '@eva Je pakket komt morgen. ^ab', actual: ['^ab'], suggestion: '^AB', output: '@eva Je pakket komt morgen. ^AB', messageId: 'malformed', line: 1, column: 29, endLine: 1, endColumn: 32 },
    { text: '@eva Je pakket komt morgen. ^ AB', actual: ['^ AB'], suggestion: '^AB', output: '@eva Je pakket komt morgen. ^AB', messageId: 'malformed', line: 1, column: 29, endLine: 1, endColumn: 33 },
    { text: '@eva Je pakket komt morgen. ^AB Fijne dag!', actual: ['Fijne dag!'], messageId: 'notLast', line: 1, column: 33, endLine: 1, endColumn: 43 },
    { text: '@eva Je pakket komt morgen. ^AB 😊', actual: ['😊'], messageId: 'notLast', line: 1, column: 33, endLine: 1, endColumn: 35 },
    { text: '@eva Je pakket komt morgen. ^XY', actual: ['^XY'], messageId: 'unknownAgent', severity: 'warn', line: 1, column: 29, endColumn: 32, endLine: 1 },
    { text: '@eva Top ^^', actual: ['@eva Top ^^'], messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 12 },
    { text: 'Hoi Eva,\nJe pakket komt morgen.\nGroet', channel: 'whatsapp', actual: ['Groet'], messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 6 },
  ],
})
