// Hostile replies are answered in time linear in their length: never a crash, and never an answer that
// depends on the thread's stack size. Each shape is timed against benign
// Dutch text of the same length in the same run (test/time-budget.ts); each was quadratic before (seconds
// to minutes for 100 KB) or overflowed the stack.
import { describe, expect, it } from 'vitest'
import { createChecker } from '../src/engine/checker.js'
import type { Root } from 'nlcst'
import retextDutch from 'retext-dutch'
import { unified } from 'unified'
import { chunkEnds, maxChunkLength, parseInChunks } from '../src/kit/parse-in-chunks.js'
import { findSyntaxSpans } from '../src/syntax/syntax-spans.js'
import { benignText, expectLinear } from './time-budget.js'

const repeatTo = (piece: string, length: number): string => piece.repeat(Math.ceil(length / piece.length)).slice(0, length)

// Parsing and syntax marking without rules, so that what the parser costs is not hidden behind the rules.
const parseOnly = await createChecker({ extends: [], rules: {} })
const placeholderOnly = await createChecker({ extends: [], rules: { 'no-placeholder': 'error' } })
const full = await createChecker({})
const check = (checker: typeof full) => (text: string) => checker.check(text)

describe('syntax spans: patterns do not re-read what they have read', () => {
  it.each([
    ['an e-mail pattern retried from every letter', 'a'.repeat(100_000) + '@'],
    ['a URL of 50,000 labels without a top-level domain', 'a.'.repeat(50_000)],
    ['a URL label of 100,000 characters ending in a hyphen', 'a-'.repeat(50_000) + '.'],
    ['a URL followed by 100,000 closing parentheses', 'http://a.nl/' + ')'.repeat(100_000)],
  ])('%s (100 KB)', async (_shape, hostile) => {
    await expectLinear(findSyntaxSpans, hostile)
  }, 60_000)

  it('still trims the parentheses a URL did not open', () => {
    const spans = findSyntaxSpans('(zie https://voorbeeld.nl/a_(b)' + ')'.repeat(1_000) + '.')
    expect(spans.map((span) => span.value)).toEqual(['https://voorbeeld.nl/a_(b)'])
  })
})

describe('rules and syntax marking: one pointer per list, not a search per item', () => {
  it('no-placeholder on 110,000 placeholders (1 MB)', async () => {
    const hostile = repeatTo('{{naam}} '.repeat(1_000) + 'Dag. ', 1_000_000)
    await expectLinear(check(placeholderOnly), hostile)
  }, 60_000)

  it('syntax marking of 50,000 sentences with a mention each (500 KB)', async () => {
    await expectLinear(check(parseOnly), repeatTo('Zie @eva. ', 500_000))
  }, 60_000)
})

describe('the sentence parser: a long text is parsed in pieces, in linear time, on any stack', () => {
  it('answers 140 KB and 1 MB of "a." instead of overflowing the stack', async () => {
    for (const text of ['a.'.repeat(70_000), 'a.'.repeat(500_000)]) {
      const result = await full.check(text)
      expect(result.findings.length).toBeGreaterThan(0)
    }
  }, 60_000)

  it.each([
    ['punctuation without spaces (1 MB)', '.,!?;:', 1_000_000],
    ['many short paragraphs without a sentence end', 'Hoi\n\n', 100_000],
    ['a word ending in a hyphen, over and over', 'in- ', 100_000],
    ['lower-case sentences the parser joins (1 MB)', 'Hoi. dag. ', 1_000_000],
    ['abbreviations the parser joins (1 MB)', 'Dhr. Ali. ', 1_000_000],
    ['everyday words the parser takes for abbreviations, split again (1 MB)', 'ma zo. op. t/m zo. ', 1_000_000],
    ['phone numbers in one long stretch (1 MB)', '06-1234567 ', 1_000_000],
    ['short sentences and paragraphs, each with a phone number (1 MB)', 'Zie 06-1234567.\n\n', 1_000_000],
    ['placeholders only (1 MB)', '{{naam}} ', 1_000_000],
  ])('%s', async (_shape, piece, length) => {
    await expectLinear(check(parseOnly), repeatTo(piece, length))
  }, 120_000)

  const parser = unified().use(retextDutch)
  const parse = (text: string) => parser.parse(text) as Root

  it('gives the tree of a whole parse when the pieces end at paragraphs', () => {
    const paragraph = 'Hoi Eva, bedankt voor je bericht. Je pakket ligt bij het afhaalpunt. Bel ons op 020-1234567 (ma. t/m vr.) of mail naar info@voorbeeld.nl. '
    for (const newline of ['\n', '\r\n']) {
      const text = Array.from({ length: 80 }, (_, index) => paragraph.repeat(1 + (index % 5)) + `Groet, ^AB${newline}${newline}`).join('')
      expect(chunkEnds(text).length).toBeGreaterThan(5)
      expect(parseInChunks(text, parse)).toEqual(parse(text))
    }
  })

  it('cuts at a blank line, a line break, a sentence end, white space, and only then anywhere', () => {
    expect(chunkEnds('aaaa\n\nbbbb bbbb', 10)).toEqual([6, 15])
    expect(chunkEnds('aaaa aa\nbbbb bbbb', 10)).toEqual([8, 17])
    expect(chunkEnds('Hoi daar. Dag zeg en', 14)).toEqual([10, 20])
    expect(chunkEnds('aaaaaa bbbbbbbb', 10)).toEqual([7, 15])
    expect(chunkEnds('a'.repeat(25), 10)).toEqual([10, 20, 25])
    const emoji = '😀'.repeat(10)
    expect(chunkEnds(emoji, 5).every((end) => !/[\ud800-\udbff]/.test(emoji[end - 1] ?? ''))).toBe(true)
    for (const text of ['x'.repeat(9_999), repeatTo('Hoi. dag. ', 50_000), repeatTo('a\r\n', 50_000)]) {
      let start = 0
      for (const end of chunkEnds(text)) {
        expect(end - start).toBeLessThanOrEqual(maxChunkLength)
        start = end
      }
    }
  })

  it('puts every finding of a long reply where it is in the text', async () => {
    const text = 'Hoi Eva, bedankt voor je bericht.\nDit is interresant. '.repeat(1_000)
    const result = await full.check(text, { channel: 'email' })
    const spelling = result.findings.filter((finding) => finding.ruleId === 'spelling')
    expect(spelling.length).toBeGreaterThan(500)
    for (const finding of spelling) {
      expect(text.slice(finding.offset, finding.endOffset)).toBe('interresant')
      const before = text.slice(0, finding.offset).split('\n')
      expect([finding.line, finding.column]).toEqual([before.length, before.at(-1)!.length + 1])
    }
  }, 60_000)

  it('accepts a benign reply of 200 KB', async () => {
    await expect(full.check(benignText(200_000))).resolves.toBeDefined()
  }, 60_000)
})
