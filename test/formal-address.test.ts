// Suggestions in the reply's own address form: written with je by the rules, given with u and uw, and the
// verb that goes with u, when the reply says u.
import { describe, expect, it } from 'vitest'
import { createChecker } from '../src/engine/checker.js'
import { toFormal } from '../src/kit/formal-address.js'

describe('toFormal', () => {
  it.each([
    ['Jammer dat we je niet naar tevredenheid hebben geholpen', 'Jammer dat we u niet naar tevredenheid hebben geholpen'],
    ['Je hoort uiterlijk <dag> <tijd> van ons', 'U hoort uiterlijk <dag> <tijd> van ons'],
    ['Bedankt voor je bericht', 'Bedankt voor uw bericht'],
    ['<Wat de klant overkwam>, daar word je niet vrolijk van', '<Wat de klant overkwam>, daar wordt u niet vrolijk van'],
    ['Heb je je pakket al ontvangen?', 'Heeft u uw pakket al ontvangen?'],
    ['Kun je jouw ordernummer sturen?', 'Kunt u uw ordernummer sturen?'],
    ['We bellen je morgen', 'We bellen u morgen'],
    ['Dat is voor jou', 'Dat is voor u'],
    ['Je hebt gelijk', 'U hebt gelijk'],
    ['Fijn dat je pakket er is', 'Fijn dat uw pakket er is'],
    // Nothing to change: words that only contain "je".
    ['Een tasje en je', 'Een tasje en u'],
    ['Graag gedaan', 'Graag gedaan'],
  ])('%s', (informal, formal) => {
    expect(toFormal(informal)).toBe(formal)
  })
})

describe('suggestions in a reply that says u', () => {
  const checker = createChecker({})

  it('gives the hint in the u form when the reply says u, and in the je form when it says je', async () => {
    const hint = async (text: string) =>
      (await (await checker).check(text, { channel: 'x' })).findings.find((finding) => finding.ruleId === 'no-hollow-promise')?.suggestions[0]
    expect(await hint('@eva Dank voor uw bericht. Wij laten het u weten. ^AB')).toBe('U hoort uiterlijk <dag> <tijd> van ons')
    expect(await hint('@eva Dank voor je bericht. Wij laten het je weten. ^AB')).toBe('Je hoort uiterlijk <dag> <tijd> van ons')
  })

  it('takes the brand\'s form when the reply says neither', async () => {
    const formalBrand = await createChecker({ addressForm: 'u' })
    const { findings } = await formalBrand.check('@eva Wij laten het weten. ^AB', { channel: 'x' })
    expect(findings.find((finding) => finding.ruleId === 'no-hollow-promise')?.suggestions[0]).toBe('U hoort uiterlijk <dag> <tijd> van ons')
  })
})
