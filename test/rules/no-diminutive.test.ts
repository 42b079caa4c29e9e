import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { longestDiminutive } from '../../rules/no-diminutive.js'
import { ruleTable } from '../rule-tester.js'

ruleTable('no-diminutive', {
  valid: [
    // The pronoun "je" and words that only end like a diminutive.
    '@eva Je krijgt je geld terug; ik zie je bestelling hier staan. ^AB',
    '@eva Het oranje pakket uit Spanje is vandaag bezorgd. ^AB',
    // Lexicalised: the dictionary knows them as words of their own.
    '@eva Wat fijn dat het meisje van de balie je goed heeft geholpen. ^AB',
    '@eva Dat klinkt als een sprookje, maar het klopt echt: morgen is hij er. ^AB',
    '@eva Veel plezier met het etentje zaterdag! ^AB',
    // "een beetje" is hedging, not a diminutive of ours.
    '@eva Er is een beetje vertraging op de lijn. ^AB',
    // Names.
    '@eva Ik heb het doorgegeven aan mijn collega Marietje. ^AB',
    '@eva Ik stuur je een link. Heb je nog een moment? ^AB',
    '@eva Je hoort morgen voor 12.00 uur van ons over je vraag. ^AB',
    // Adverbs that look like plurals, and the name of the ^ sign.
    '@eva We hebben het netjes voor je geregeld en zachtjes afgeleverd. ^AB',
    '@eva Zet je initialen achter het dakje, tussen haakjes staat een voorbeeld. ^AB',
    '@eva Bij je bestelling zat een kopje en een broodje, dat klopt. ^AB',
  ],
  invalid: [
    { text: '@eva Ik stuur je even een linkje. ^AB', actual: ['linkje'], suggestion: 'link', messageId: 'found', line: 1, column: 27, endLine: 1, endColumn: 33 },
    { text: '@eva Heb je nog een momentje? ^AB', actual: ['momentje'], suggestion: 'moment', messageId: 'found', line: 1, column: 21, endLine: 1, endColumn: 29 },
    { text: '@eva Ik heb nog een vraagje over je bestelling. ^AB', actual: ['vraagje'], suggestion: 'vraag', messageId: 'found', line: 1, column: 21, endLine: 1, endColumn: 28 },
    { text: '@eva Stuur ons even een berichtje via DM. ^AB', actual: ['berichtje'], suggestion: 'bericht', messageId: 'found', line: 1, column: 25, endLine: 1, endColumn: 34 },
    { text: '@eva Ik heb je net een mailtje gestuurd. ^AB', actual: ['mailtje'], suggestion: 'mail', messageId: 'found', line: 1, column: 24, endLine: 1, endColumn: 31 },
    { text: '@eva Dat is een klein foutje van ons. ^AB', actual: ['foutje'], messageId: 'foundNoBase', line: 1, column: 23, endLine: 1, endColumn: 29 },
    { text: '@eva De linkjes staan in je mail. ^AB', actual: ['linkjes'], messageId: 'foundNoBase', line: 1, column: 9, endLine: 1, endColumn: 16 },
    { text: '@eva Het pakketje is onderweg. ^AB', actual: ['pakketje'], messageId: 'foundNoBase', line: 1, column: 10, endLine: 1, endColumn: 18 },
    { text: '@eva Klik op het bestellinkje in je mail. ^AB', actual: ['bestellinkje'], messageId: 'foundNoBase', line: 1, column: 18, endLine: 1, endColumn: 30 },
    { text: '@eva Klik op het klantenservicebestellinkje in je mail. ^AB', actual: ['klantenservicebestellinkje'], messageId: 'foundNoBase', line: 1, column: 18, endLine: 1, endColumn: 44 },
    { text: '@eva Momentje, ik zoek het voor je uit. ^AB', actual: ['Momentje'], suggestion: 'Moment', messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 14 },
    { text: '@eva Wacht eventjes, ik kijk het na. ^AB', actual: ['eventjes'], suggestion: 'even', messageId: 'found', line: 1, column: 12, endLine: 1, endColumn: 20 },
    { text: '@eva Dat dingetje regelen we even voor je. ^AB', actual: ['dingetje'], messageId: 'foundNoBase', line: 1, column: 10, endLine: 1, endColumn: 18 },
  ],
})

describe('no-diminutive data', () => {
  it('has no diminutive longer than the rule looks for at the end of a compound', () => {
    const table = readFileSync(join(import.meta.dirname, '../../generated/diminutives.tsv'), 'utf8')
    const longest = Math.max(...table.split('\n').map((line) => [...line.split('\t')[0]!].length))
    expect(longest).toBeGreaterThan(20)
    expect(longest).toBeLessThanOrEqual(longestDiminutive)
  })
})
