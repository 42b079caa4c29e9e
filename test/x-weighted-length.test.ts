import twitter from 'twitter-text'
import { describe, expect, it } from 'vitest'
import { xLengthUpperBound, xOverflow, xWeightedLength } from '../src/channels/x-weighted-length.js'

const samples = [
  'Hoi Eva, je pakket komt morgen. ^AB',
  'Kijk op https://www.voorbeeld.nl/hulp/router/instellen/stap-voor-stap of a.nl',
  'Emoji 👍🏽 👨‍👩‍👧 🇳🇱 ©️ ® © ™ #️⃣ 1️⃣ ☺',
  'CJK 日本語 en 한국어 en ﬁ ligatuur, “quotes” — en … puntjes',
  'Bel 06-12345678 of mail info@voorbeeld.nl, x.com en t.co/abc',
  'e\u0301 decomposed é and Ａ fullwidth',
]

describe('X weighted length', () => {
  it.each(samples)('upper bound is never below twitter-text: %s', (text) => {
    expect(xLengthUpperBound(text)).toBeGreaterThanOrEqual(twitter.parseTweet(text).weightedLength)
  })

  it('does not count the leading @mentions of a reply', async () => {
    expect(await xWeightedLength('@eva @piet_2 Hoi!')).toBe(4)
    expect(await xWeightedLength('Hoi @eva!')).toBe(9)
  })

  it('counts a URL as 23 and an emoji as 2', async () => {
    expect(await xWeightedLength('https://www.voorbeeld.nl/een/heel/lange/link/die/langer/is/dan/23')).toBe(23)
    expect(await xWeightedLength('👨‍👩‍👧')).toBe(2)
  })

  it('reports where the text runs over a limit', async () => {
    expect(await xOverflow('a'.repeat(280), 280)).toBeNull()
    expect(await xOverflow('a'.repeat(285), 280)).toEqual({ length: 285, countedFrom: 0, overflowAt: 280 })
    expect(await xOverflow(`@eva ${'日'.repeat(60)}`, 100)).toEqual({ length: 120, countedFrom: 5, overflowAt: 55 })
  })
})
