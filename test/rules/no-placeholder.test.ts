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
    { text: '@eva Hoi {{first_name}}, je pakket komt morgen. ^AB', actual: ['{{first_name}}'] },
    { text: '@{{handle}} Je pakket komt morgen. ^AB', actual: ['{{handle}}'] },
    { text: '@eva Je pakket komt morgen. ^{{agent_initials}}', actual: ['{{agent_initials}}'] },
    { text: '@eva Je ordernummer is {{ticket.id}}. ^AB', actual: ['{{ticket.id}}'] },
    { text: '@eva Hoi {{user.name|fallback:"daar"}}, welkom! ^AB', actual: ['{{user.name|fallback:"daar"}}'] },
    { text: '@eva Hoi {%customer.firstName,fallback=daar%}! ^AB', actual: ['{%customer.firstName,fallback=daar%}'] },
    { text: '@eva Beste [naam], je pakket komt morgen. ^AB', actual: ['[naam]'] },
    { text: '@eva Hoi %voornaam%, je pakket komt morgen. ^AB', actual: ['%voornaam%'] },
    { text: '@eva Hoi {{first_name, je pakket komt morgen. ^AB', actual: ['{{first_name'] },
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
    { text: '@{{handle}} Hoi {{firstname}}, welkom! ^{{agent_initials}}', actual: ['{{firstname}}'], template: true },
    { text: '@{{handle}} Hoi {{voornaam}}, welkom! ^{{agent_initials}}', actual: ['{{voornaam}}'], template: true },
    { text: '@{{handle}} Ticket {{ticket.nummer}} is gesloten. ^{{agent_initials}}', actual: ['{{ticket.nummer}}'], template: true },
    { text: '@{{handle}} Hoi {{first_name}, welkom! ^{{agent_initials}}', actual: ['{{first_name}'], template: true },
    { text: '@{{handle}} Hoi first_name}}, welkom! ^{{agent_initials}}', actual: ['first_name}}'], template: true },
    { text: '@{{handle}} Hoi {{first_name, welkom! ^{{agent_initials}}', actual: ['{{first_name'], template: true },
    { text: '@{{handle}} Hoi {%customer.firstName,fallback=daar%}! ^{{agent_initials}}', actual: ['{%customer.firstName,fallback=daar%}'], template: true },
    { text: '@{{klant}} Hoi {{first_name}}! ^{{agent_initials}}', actual: ['{{klant}}'], template: true },
  ],
})
