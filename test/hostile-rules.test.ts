// Hostile input for --fix, a brand's own phrases, max-length on X and no-diminutive: fixing converges in
// one run at the cost of a few checks, every match is reported, and long words and dot runs are answered
// in linear time, timed against text of the same size (test/time-budget.ts), with messages that stay true.
import { describe, expect, it } from 'vitest'
import { createChecker, type Checker } from '../src/engine/checker.js'
import { fixReply } from '../src/engine/fix-reply.js'
import type { TovConfigInput } from '../src/types.js'
import { benignText, expectLinear } from './time-budget.js'

const phrases: TovConfigInput = {
  agents: { AB: 'Anna de Boer' },
  phrases: [{ id: 'klantenservice', match: 'klantendienst', replace: 'klantenservice' }],
}

const checkers = new Map<string, Promise<Checker>>()
const checkerFor = (config: TovConfigInput): Promise<Checker> => {
  const key = JSON.stringify(config)
  if (!checkers.has(key)) checkers.set(key, createChecker(config))
  return checkers.get(key)!
}

/** `unit` repeated to exactly `length` characters. */
const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

describe('fixReply on many fixes', () => {
  it('fixes sixty substitutions in one run, a second run changes nothing, and it costs a few checks', async () => {
    const checker = await checkerFor(phrases)
    const text = `@eva ${'Bel de klantendienst. '.repeat(60)}^AB`
    const first = await fixReply(checker, text, { channel: 'x' })
    expect(first.text).toBe(`@eva ${'Bel de klantenservice. '.repeat(60)}^AB`)
    expect(first.applied).toHaveLength(60)
    expect(first.result.findings.filter((finding) => finding.ruleId === 'custom/klantenservice')).toEqual([])
    // Each fix changed only its own range of the text it was applied to.
    let replayed = text
    for (const { fix } of first.applied) {
      const [start, end] = fix.range
      expect(replayed.slice(start, end)).toBe('klantendienst')
      replayed = replayed.slice(0, start) + fix.text + replayed.slice(end)
    }
    expect(replayed).toBe(first.text)
    const second = await fixReply(checker, first.text, { channel: 'x' })
    expect(second.applied).toEqual([])
    expect(second.text).toBe(first.text)
    // One check per fix (the code before) costs sixty times a check; one per rule and round a few.
    const draft = (length: number) => `@eva ${repeatTo('Bel de klantendienst. ', length)} ^AB`
    await expectLinear((reply) => fixReply(checker, reply, { channel: 'x' }), draft(8000), {
      benign: `@eva ${benignText(8000)} ^AB`,
    })
  }, 60_000)
})

describe('a brand\'s own phrases', () => {
  it('reports every match in a sentence, and fixReply fixes them all', async () => {
    const checker = await checkerFor(phrases)
    const actual = async (text: string) =>
      (await checker.check(text)).findings.filter((finding) => finding.ruleId === 'custom/klantenservice').map((finding) => [finding.actual, finding.column])
    expect(await actual('@eva Bel de klantendienst of de klantendienst. ^AB')).toEqual([
      ['klantendienst', 13],
      ['klantendienst', 33],
    ])
    expect(await actual('klantendienst klantendienst ')).toEqual([
      ['klantendienst', 1],
      ['klantendienst', 15],
    ])
    const fixed = await fixReply(checker, '@eva Bel de klantendienst of de klantendienst. ^AB')
    expect(fixed.text).toBe('@eva Bel de klantenservice of de klantenservice. ^AB')
    // Thousands of matches in one sentence are found in linear time.
    await expectLinear((text) => checker.check(text), repeatTo('klantendienst ', 100_000))
    const many = await actual(repeatTo('klantendienst ', 14 * 500))
    expect(many).toHaveLength(500)
  }, 60_000)
})

describe('max-length on X', () => {
  const lengthOnly: TovConfigInput = { extends: [], rules: { 'max-length': 'error' } }
  const check = async (text: string) => (await (await checkerFor(lengthOnly)).check(text, { channel: 'x' })).findings

  it('answers dot runs, a draft of "06-" and long words in linear time', async () => {
    const hostile = [
      'a.'.repeat(16_000),
      'www.'.repeat(8_000),
      '1.'.repeat(16_000),
      `${benignText(1_000)} ${'06-'.repeat(5_000)}`,
      // 100 KB of 10,000-character words, with a dot in the text.
      ...['😀', 'é', 'a-'].map((unit) => `Hoi. ${Array.from({ length: 10 }, () => repeatTo(unit, 10_000)).join(' ')}`),
    ]
    for (const text of hostile) await expectLinear(check, text)
  }, 120_000)

  it('says "minstens" when it counted a lower bound, and the bound is true', async () => {
    // No link can hide in "a.a.a…" (".a" is no top-level domain): X counts every character, 32,000.
    const [finding] = await check('a.'.repeat(16_000))
    expect(finding?.message).toMatch(/^Te lang voor X: minstens (\d+)\/280 /)
    const bound = Number(/minstens (\d+)/.exec(finding!.message)![1])
    expect(bound).toBeGreaterThan(280)
    expect(bound).toBeLessThanOrEqual(32_000)
    expect(finding?.message).toContain(`Kort je reactie met minstens ${bound - 280} tekens in`)
    expect(finding?.column).toBe(281)
  })
})

describe('no-diminutive on long words', () => {
  it('looks for a diminutive only at the end of a long word', async () => {
    const checker = await checkerFor({ extends: [], rules: { 'no-diminutive': 'error' } })
    const words = (ending: string) => Array.from({ length: 100 }, () => 'a'.repeat(3_997) + ending).join(' ')
    // The same words, the same parse; only the ending that makes a word worth a look differs.
    await expectLinear((text) => checker.check(text), words('je'), { benign: words('ja') })
    const [found] = (await checker.check('@eva Hier is je bestellinkje. ^AB')).findings
    expect(found?.actual).toBe('bestellinkje')
  }, 60_000)
})

describe('a long run of blanks before a mention or a signature', () => {
  // The fuzzer's case: 40 KB of tabs before "@eva ... ^AB" took 800 ms, all of it in /[ \t]*$/ trying
  // every tab of the run against text that does not end in one.
  it.each([
    ['sign-off, a malformed signature on the line after the blanks', 'sign-off', 'x\n^ ab'],
    ['mention-first, a mention after the blanks', 'mention-first', 'x @eva'],
  ])('%s', async (_name, rule, tail) => {
    const checker = await checkerFor({ extends: [], rules: { [rule]: 'error' } })
    const draft = (blank: string) => `Je pakket komt morgen. ${blank.repeat(40_000)}${tail} dag`
    await expectLinear((text) => checker.check(text, { channel: 'x' }), draft('\t'), { benign: draft('a') })
    expect((await checker.check(draft('\t'), { channel: 'x' })).findings.map((finding) => finding.ruleId)).toContain(rule)
  }, 60_000)
})

describe('spelling on very long words', () => {
  // A run of letters longer than any Dutch word gets no compound reading and no suggestions: the exact
  // one-edit search costs its length squared (a 2,000-letter word took 1.8 s).
  it('answers long runs of letters in linear time, and still reports them', async () => {
    const checker = await checkerFor({ extends: [], rules: { spelling: 'error' } })
    const hostile = Array.from({ length: 20 }, (_, index) => 'a'.repeat(1_999) + String.fromCharCode(98 + index)).join(' ')
    await expectLinear((text) => checker.check(text), hostile)
    const { findings } = await checker.check(hostile)
    expect(findings).toHaveLength(20)
    expect(findings[0]?.suggestions).toEqual([])
  }, 60_000)
})
