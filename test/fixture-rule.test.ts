// A new phrase rule needs nothing but its data and this table: fixtures/rules/no-jargon.yml is in no
// registry, preset or schema, and is read and run as it stands.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPhraseRule } from '../src/config/load-phrase-rule.js'
import { ruleTable } from './rule-tester.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const rule = await loadPhraseRule(join(fixtures, 'rules', 'no-jargon.yml'))

ruleTable(rule, {
  valid: [
    '@eva Ik heb je vraag doorgegeven aan mijn collega van de facturen; zij belt je morgen. ^AB',
    '@eva Je pakket ligt klaar in de winkel aan de Dorpsstraat. ^AB',
    '@eva We hebben de storing in jouw wijk opgelost. ^AB',
    '@eva Wat vervelend dat de ruzie met de buren over de parkeerplaats zo uit de hand is gelopen. ^AB',
    '@eva In welk koffertje zat de lader? Dan zoek ik het voor je uit. ^AB',
    '@eva Je kunt een ticket voor het concert kopen op voorbeeld.nl/tickets. ^AB',
    '@eva Bedankt voor je geduld; je nieuwe pas is onderweg. ^AB',
    '@eva Onze monteur komt donderdag tussen 8.00 en 12.00 uur. ^AB',
  ],
  invalid: [
    { text: '@eva Ik heb je case geëscaleerd naar de backoffice. ^AB', actual: ['je case', 'geëscaleerd', 'backoffice'], messageId: 'found', line: 1, column: 13, endLine: 1, endColumn: 20 },
    { text: '@eva De tweede lijn kijkt er morgen naar. ^AB', actual: ['tweede lijn'], messageId: 'found', line: 1, column: 9, endLine: 1, endColumn: 20 },
    { text: '@eva We escaleren dit naar de afdeling facturen. ^AB', actual: ['escaleren'], messageId: 'found', line: 1, column: 9, endLine: 1, endColumn: 18 },
    { text: '@eva Ik escaleer het meteen. ^AB', actual: ['escaleer'], messageId: 'found', line: 1, column: 9, endLine: 1, endColumn: 17 },
    { text: '@eva Uw ticket staat open bij onze collega\u2019s. ^AB', actual: ['Uw ticket'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 15 },
    { text: '@eva Binnen de SLA van vijf werkdagen hoor je van ons. ^AB', actual: ['SLA'], messageId: 'found', line: 1, column: 16, endLine: 1, endColumn: 19 },
    { text: '@eva Dit incident is doorgezet naar de frontoffice. ^AB', actual: ['Dit incident', 'frontoffice'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 18 },
    { text: '@eva Een eerstelijns medewerker belt je vandaag. ^AB', actual: ['eerstelijns'], messageId: 'found', line: 1, column: 10, endLine: 1, endColumn: 21 },
  ],
})

describe('a phrase rule of data alone', () => {
  it('carries its metadata and runs as a plugin', () => {
    expect({ id: rule.id, checklist: rule.checklist, severity: rule.severity, options: rule.options }).toEqual({ id: 'no-jargon', checklist: 'toon', severity: 'warn', options: {} })
    expect(typeof rule).toBe('function')
  })
})
