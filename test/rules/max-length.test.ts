import twitter from 'twitter-text'
import { describe, expect, it } from 'vitest'
import { xOverflow } from '../../src/channels/x-weighted-length.js'
import { createChecker } from '../../src/engine/checker.js'
import { ruleTable } from '../rule-tester.js'

const words = (count: number) => Array.from({ length: count }, () => 'pakket').join(' ')
const url = 'https://www.voorbeeld.nl/klantenservice/retourneren/stappenplan/met/een/heel/lange/link'

ruleTable('max-length', {
  valid: [
    `@eva ${'a'.repeat(280)}`,
    // Leading @mentions do not count on X.
    `@eva @piet_de_vries @klantenservice ${'a'.repeat(280)}`,
    // A long URL counts 23.
    `@eva ${'a'.repeat(200)} ${url}`,
    `@eva ${'😀'.repeat(140)}`,
    { text: 'é'.repeat(2048), channel: 'google-review' },
    { text: 'a'.repeat(2200), channel: 'instagram' },
    { text: 'a'.repeat(9000), channel: 'email' },
    { text: words(140), channel: 'facebook' },
    // A placeholder counts 10 (placeholderLength), not its own 32 characters: 260 + 10 fits.
    `@eva ${'a'.repeat(260)} {{ticket.requester.first_name}}`,
    // A link of 400 characters still counts 23.
    `@eva ${'a'.repeat(250)} ${url}/${'x'.repeat(400)}`,
  ],
  invalid: [
    { text: `@eva ${'a'.repeat(281)}`, actual: ['a'], messageId: 'tooLong', line: 1, column: 286, endLine: 1, endColumn: 287 },
    { text: `@eva ${'a'.repeat(290)}`, actual: ['a'.repeat(10)], messageId: 'tooLong', line: 1, column: 286, endLine: 1, endColumn: 296 },
    // An emoji weighs 2 on X: 140 of them are 280, one more is over.
    { text: `@eva ${'😀'.repeat(141)}`, actual: ['😀'], messageId: 'tooLong', line: 1, column: 286, endLine: 1, endColumn: 288 },
    // CJK weighs 2.
    { text: `@eva ${'日'.repeat(141)}`, actual: ['日'], messageId: 'tooLong', line: 1, column: 146, endLine: 1, endColumn: 147 },
    { text: `@eva ${'a'.repeat(260)} ${url}`, actual: [url.slice(0)], column: 267, messageId: 'tooLong', line: 1, endLine: 1, endColumn: 354 },
    { text: `@eva ${'a'.repeat(260)} ${url}/${'x'.repeat(400)}`, actual: [`${url}/${'x'.repeat(400)}`], column: 267, messageId: 'tooLong', line: 1, endLine: 1, endColumn: 755 },
    { text: 'é'.repeat(2049), channel: 'google-review', actual: ['é'], messageId: 'tooLong', line: 1, column: 2049, endLine: 1, endColumn: 2050 },
    { text: 'a'.repeat(2201), channel: 'instagram', actual: ['a'], messageId: 'tooLong', line: 1, column: 2201, endLine: 1, endColumn: 2202 },
    { text: 'a'.repeat(1001), channel: 'instagram-dm', actual: ['a'], messageId: 'tooLong', line: 1, column: 1001, endLine: 1, endColumn: 1002 },
    { text: 'a'.repeat(4097), channel: 'whatsapp', actual: ['a'], messageId: 'tooLong', line: 1, column: 4097, endLine: 1, endColumn: 4098 },
    // 270 + a placeholder of 10 + " b" is 282: the overflow starts after the placeholder.
    { text: `@eva ${'a'.repeat(269)} {{first_name}} b`, actual: [' b'], messageId: 'tooLong', line: 1, column: 290, endLine: 1, endColumn: 292 },
  ],
})

ruleTable('max-length', {
  name: 'max-length (max: 100)',
  minimum: 1,
  config: { rules: { 'max-length': ['error', { max: 100 }] } },
  valid: [`@eva ${'a'.repeat(100)}`],
  invalid: [{ text: `@eva ${'a'.repeat(101)}`, actual: ['a'], messageId: 'tooLong', line: 1, column: 106, endLine: 1, endColumn: 107 }],
})

describe('X\'s count, weighed in pieces', () => {
  // The count and cut of the code before: parseTweet on the whole text, the cut by bisection.
  const wholeText = (text: string, max: number) => {
    const countedFrom = /^(?:\s*@[A-Za-z0-9_]{1,15}\b)+\s*/.exec(text)?.[0].length ?? 0
    const counted = text.slice(countedFrom)
    const length = twitter.parseTweet(counted).weightedLength
    if (length <= max) return null
    const ends = [0]
    for (const character of counted) ends.push(ends.at(-1)! + character.length)
    let low = 0
    let high = ends.length - 1
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (twitter.parseTweet(counted.slice(0, ends[middle])).weightedLength <= max) low = middle
      else high = middle - 1
    }
    return { length, countedFrom, overflowAt: countedFrom + ends[low]! }
  }

  it('counts and cuts ordinary replies exactly as twitter-text does on the whole text', async () => {
    const replies = [
      '@eva Hoi Eva, je pakket komt morgen tussen 9.00 en 12.00 uur. Kijk op https://www.voorbeeld.nl/track?id=123 voor de status. ^AB',
      '@eva @piet Emoji 👍🏽 👨‍👩‍👧 🇳🇱 ©️ ® © ™ #️⃣ 1️⃣ ☺ en CJK 日本語, 한국어 en “quotes” — en … puntjes. ^AB',
      `Bel 06-12345678 of mail info@voorbeeld.nl, x.com en t.co/abc; zie https://a.nl/${'pad/'.repeat(100)}x (lang) en e\u0301 Ａ < \u0338 {x}^y\\z`,
      `@eva ${'a'.repeat(200)} https://www.voorbeeld.nl/${'x'.repeat(400)} en verder`,
    ]
    for (const reply of replies) {
      for (const times of [1, 3, 20]) {
        const text = Array.from({ length: times }, () => reply).join('\n')
        for (const max of [40, 140, 280]) expect(await xOverflow(text, max)).toEqual(wholeText(text, max))
      }
    }
  })

  it('never gives a bound above X\'s count, on long words full of links', async () => {
    let seed = 11
    const pick = <T>(list: readonly T[]): T => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return list[(seed >>> 8) % list.length]!
    }
    const labelCharacters = ['a', 'z', '1', '😀', 'é', '日', 'д', '-', '_']
    const label = () =>
      pick(['a', 'x', '😀', 'é']) + Array.from({ length: pick([0, 1, 3, 7, 70]) }, () => pick(labelCharacters)).join('') + pick(['a', '😀', '-', '_'])
    const link = () =>
      pick(['', '', 'https://', 'http://']) +
      Array.from({ length: pick([1, 2, 3, 40]) }, label).join('.') +
      `.${pick(['nl', 'com', 'co', 'xn--abc', 'nla', 'c', 'рф'])}` +
      pick(['', '', ':8080/x', '/', `/${'pad/'.repeat(pick([1, 5, 300]))}${pick(['x', '(a)', '.', ','])}`, '?q=v'])
    const glue = () => pick(['!', '(', '"', '<', '😀!', ',', '', '.', '-', `${'😀'.repeat(pick([10, 90]))}!`, `${'a.'.repeat(pick([10, 150]))}!`])
    let bounded = 0
    for (let round = 0; round < 150; round++) {
      let text = ''
      const length = pick([2_000, 4_000, 8_000])
      while (text.length < length) text += link() + glue()
      const count = twitter.parseTweet(text).weightedLength
      const overflow = await xOverflow(text, 0)
      if (overflow?.atLeast) {
        bounded++
        expect(overflow.length).toBeLessThanOrEqual(count)
      } else {
        expect(overflow?.length).toBe(count)
      }
    }
    expect(bounded).toBeGreaterThan(50)
  }, 60_000)
})

describe('max-length says what to cut, with its unit', () => {
  it.each([
    ['x', `@eva ${'a'.repeat(281)}`, 'Kort je reactie met 1 teken in;'],
    ['instagram-dm', 'a'.repeat(1159), 'Te lang voor Instagram DM: 1159/1000 tekens. Kort je reactie met 159 tekens in;'],
    // "é" is two bytes in UTF-8: 2049 of them are 4098 bytes, two over.
    ['google-review', 'é'.repeat(2049), 'Te lang voor Google-review: 4098/4096 bytes. Kort je reactie met 2 bytes in;'],
    ['google-review', 'a'.repeat(4097), 'Kort je reactie met 1 byte in;'],
  ])('on %s', async (channel, text, message) => {
    const checker = await createChecker({ extends: [], rules: { 'max-length': 'error' } })
    const [finding] = (await checker.check(text, { channel: channel as 'x' })).findings
    expect(finding?.message).toContain(message)
  })
})
