import { ruleTable } from '../rule-tester.js'

// In a draft about to be sent, every placeholder is unfilled.
ruleTable('no-placeholder', {
  name: 'no-placeholder in a draft',
  valid: [
    '@eva Hoi Eva, je pakket komt morgen. ^AB',
    '@eva Je ordernummer is 12345; het staat ook in je mail. ^AB',
    '@eva Kijk op voorbeeld.nl/retour voor het label. ^AB',
    '@eva Stuur ons je postcode [in een DM], dan zoeken we het uit. ^AB',
    '@eva Korting van 10% op je volgende bestelling! ^AB',
    '@eva Het artikelnummer (12-345) staat op de doos. ^AB',
    '@eva Dank je :) we regelen het. ^AB',
    '@eva Je krijgt 100% van je geld terug. ^AB',
  ],
  invalid: [
    { text: '@eva Hoi {{first_name}}, je pakket komt morgen. ^AB', actual: ['{{first_name}}'], messageId: 'unfilled', line: 1, column: 10, endLine: 1, endColumn: 24 },
    { text: '@{{handle}} Je pakket komt morgen. ^AB', actual: ['{{handle}}'], messageId: 'unfilled', line: 1, column: 2, endLine: 1, endColumn: 12 },
    { text: '@eva Je pakket komt morgen. ^{{agent_initials}}', actual: ['{{agent_initials}}'], messageId: 'unfilled', line: 1, column: 30, endLine: 1, endColumn: 48 },
    { text: '@eva Je ordernummer is {{ticket.id}}. ^AB', actual: ['{{ticket.id}}'], messageId: 'unfilled', line: 1, column: 24, endLine: 1, endColumn: 37 },
    { text: '@eva Hoi {{user.name|fallback:"daar"}}, welkom! ^AB', actual: ['{{user.name|fallback:"daar"}}'], messageId: 'unfilled', line: 1, column: 10, endLine: 1, endColumn: 39 },
    { text: '@eva Hoi {%customer.firstName,fallback=daar%}! ^AB', actual: ['{%customer.firstName,fallback=daar%}'], messageId: 'unfilled', line: 1, column: 10, endLine: 1, endColumn: 46 },
    { text: '@eva Beste [naam], je pakket komt morgen. ^AB', actual: ['[naam]'], messageId: 'unfilled', line: 1, column: 12, endLine: 1, endColumn: 18 },
    { text: '@eva Hoi %voornaam%, je pakket komt morgen. ^AB', actual: ['%voornaam%'], messageId: 'unfilled', line: 1, column: 10, endLine: 1, endColumn: 20 },
    { text: '@eva Hoi {{first_name, je pakket komt morgen. ^AB', actual: ['{{first_name'], messageId: 'unbalanced', line: 1, column: 10, endLine: 1, endColumn: 22 },
  ],
})

// In a canned response, placeholders are fine when whole and known.
ruleTable('no-placeholder', {
  name: 'no-placeholder in a template',
  config: { placeholders: ['first_name', 'ticket.id', 'agent_initials', 'handle', 'user.name'] },
  valid: [
    { text: '@{{handle}} Hoi {{first_name}}, je pakket komt morgen. ^{{agent_initials}}', template: true },
    { text: '@{{handle}} Je ordernummer is {{ ticket.id }}. ^{{agent_initials}}', template: true },
    { text: '@{{handle}} Hoi {{user.name|fallback:"daar"}}, welkom! ^{{agent_initials}}', template: true },
    { text: '@{{handle}} Hoi {{First_Name}}! ^{{agent_initials}}', template: true },
    { text: '@eva Hoi Eva, je pakket komt morgen. ^AB', template: true },
    { text: '@{{handle}} Korting van 10% op alles, 20% op de rest. ^{{agent_initials}}', template: true },
    { text: '@{{handle}} Dank voor je geduld :) ^{{agent_initials}}', template: true },
    { text: '@{{handle}} Kijk op voorbeeld.nl/{{ticket.id}} voor de status. ^{{agent_initials}}', template: true },
  ],
  invalid: [
    { text: '@{{handle}} Hoi {{firstname}}, welkom! ^{{agent_initials}}', actual: ['{{firstname}}'], template: true, messageId: 'unknown', line: 1, column: 17, endLine: 1, endColumn: 30 },
    { text: '@{{handle}} Hoi {{voornaam}}, welkom! ^{{agent_initials}}', actual: ['{{voornaam}}'], template: true, messageId: 'unknown', line: 1, column: 17, endLine: 1, endColumn: 29 },
    { text: '@{{handle}} Ticket {{ticket.nummer}} is gesloten. ^{{agent_initials}}', actual: ['{{ticket.nummer}}'], template: true, messageId: 'unknown', line: 1, column: 20, endLine: 1, endColumn: 37 },
    { text: '@{{handle}} Hoi {{first_name}, welkom! ^{{agent_initials}}', actual: ['{{first_name}'], template: true, messageId: 'unbalanced', line: 1, column: 17, endLine: 1, endColumn: 30 },
    { text: '@{{handle}} Hoi first_name}}, welkom! ^{{agent_initials}}', actual: ['first_name}}'], template: true, messageId: 'unbalanced', line: 1, column: 17, endLine: 1, endColumn: 29 },
    { text: '@{{handle}} Hoi {{first_name, welkom! ^{{agent_initials}}', actual: ['{{first_name'], template: true, messageId: 'unbalanced', line: 1, column: 17, endLine: 1, endColumn: 29 },
    { text: '@{{handle}} Hoi {%customer.firstName,fallback=daar%}! ^{{agent_initials}}', actual: ['{%customer.firstName,fallback=daar%}'], template: true, messageId: 'unknown', line: 1, column: 17, endLine: 1, endColumn: 53 },
    { text: '@{{klant}} Hoi {{first_name}}! ^{{agent_initials}}', actual: ['{{klant}}'], template: true, messageId: 'unknown', line: 1, column: 2, endLine: 1, endColumn: 11 },
  ],
})
