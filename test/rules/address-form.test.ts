import { ruleTable } from '../rule-tester.js'

ruleTable('address-form', {
  valid: [
    '@eva Hoi Eva, je pakket komt morgen. Heb je nog vragen? ^AB',
    '@eva Goedemorgen, uw pakket komt morgen. Heeft u nog vragen? ^AB',
    '@eva Dag Jef, hebt gij uw pakket al ontvangen? Wij sturen u anders een nieuw. ^AB',
    '@eva Ge kunt uw bestelling ophalen in de winkel. ^AB',
    '@eva Bedankt voor jouw review, jij bent top! ^AB',
    '@eva Het pakket komt morgen. ^AB',
    '@eva Hoi Eva, kun je jezelf aanmelden via de app? ^AB',
    '@eva Jullie bestellingen zijn verstuurd. ^AB',
  ],
  invalid: [
    { text: '@eva Hoi Eva, je pakket komt morgen. Heeft u vragen? ^AB', actual: ['u'], suggestion: 'je', messageId: 'mixed', line: 1, column: 44, endLine: 1, endColumn: 45 },
    { text: '@eva Uw pakket komt morgen, laat je het weten als het er is? ^AB', actual: ['Uw'], messageId: 'mixed', line: 1, column: 6, endLine: 1, endColumn: 8 },
    { text: '@eva Bedankt voor jouw bericht. Uw pakket komt morgen. ^AB', actual: ['Uw'], suggestion: 'Jouw', messageId: 'mixed', line: 1, column: 33, endLine: 1, endColumn: 35 },
    { text: '@eva Hebt gij uw pakket? Je krijgt anders een nieuw. ^AB', actual: ['Je'], messageId: 'mixed', line: 1, column: 26, endLine: 1, endColumn: 28 },
    { text: '@eva Je kunt je pakket ophalen; u hoeft niets te betalen. ^AB', actual: ['u'], messageId: 'mixed', line: 1, column: 33, endLine: 1, endColumn: 34 },
    { text: '@eva Jij krijgt het bedrag terug op uw rekening. ^AB', actual: ['uw'], messageId: 'mixed', line: 1, column: 37, endLine: 1, endColumn: 39 },
    { text: '@eva Hoi, je pakket komt. Wij bellen u morgen en jij krijgt een sms. ^AB', actual: ['u'], messageId: 'mixed', line: 1, column: 38, endLine: 1, endColumn: 39 },
    { text: '@eva Kunt u uzelf aanmelden? Dan krijg je een code. ^AB', actual: ['je'], messageId: 'mixed', line: 1, column: 40, endLine: 1, endColumn: 42 },
  ],
})

ruleTable('address-form', {
  name: 'address-form (enforce, addressForm je)',
  config: { addressForm: 'je', rules: { 'address-form': ['error', { enforce: true }] } },
  minimum: 2,
  valid: ['@eva Hoi Eva, je pakket komt morgen. ^AB', '@eva Het pakket komt morgen. ^AB'],
  invalid: [
    { text: '@eva Goedemorgen, uw pakket komt morgen. ^AB', actual: ['uw'], suggestion: 'jouw', messageId: 'wrongForm', line: 1, column: 19, endLine: 1, endColumn: 21 },
    { text: '@eva Heeft u nog vragen? ^AB', actual: ['u'], suggestion: 'je', messageId: 'wrongForm', line: 1, column: 12, endLine: 1, endColumn: 13 },
  ],
})
