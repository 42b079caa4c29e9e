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
    { text: '@eva Ik stuur je even een linkje. ^AB', actual: ['linkje'], suggestion: 'link' },
    { text: '@eva Heb je nog een momentje? ^AB', actual: ['momentje'], suggestion: 'moment' },
    { text: '@eva Ik heb nog een vraagje over je bestelling. ^AB', actual: ['vraagje'], suggestion: 'vraag' },
    { text: '@eva Stuur ons even een berichtje via DM. ^AB', actual: ['berichtje'], suggestion: 'bericht' },
    { text: '@eva Ik heb je net een mailtje gestuurd. ^AB', actual: ['mailtje'], suggestion: 'mail' },
    { text: '@eva Dat is een klein foutje van ons. ^AB', actual: ['foutje'] },
    { text: '@eva De linkjes staan in je mail. ^AB', actual: ['linkjes'] },
    { text: '@eva Het pakketje is onderweg. ^AB', actual: ['pakketje'] },
    { text: '@eva Klik op het bestellinkje in je mail. ^AB', actual: ['bestellinkje'] },
    { text: '@eva Klik op het klantenservicebestellinkje in je mail. ^AB', actual: ['klantenservicebestellinkje'] },
    { text: '@eva Momentje, ik zoek het voor je uit. ^AB', actual: ['Momentje'], suggestion: 'Moment' },
    { text: '@eva Wacht eventjes, ik kijk het na. ^AB', actual: ['eventjes'], suggestion: 'even' },
    { text: '@eva Dat dingetje regelen we even voor je. ^AB', actual: ['dingetje'] },
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
