// Suggestions that are safe to apply. Every `edits` entry of every finding on the labelled dev set
// (../shared/eval/dev.jsonl), applied to the reply, must leave a reply on which that finding is gone and
// no new spelling finding appears; a suggestion with a gap for the agent ("<dag> <tijd>") is a hint, never
// an edit.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createChecker, type Checker } from '../src/engine/checker.js'
import type { ChannelName, Finding, Thread, TovConfigInput } from '../src/types.js'

interface DevCase {
  id: string
  channel: ChannelName
  text: string
  values?: boolean
  thread?: Thread
}

const devFile = join(import.meta.dirname, '../../shared/eval/dev.jsonl')
const cases: DevCase[] = existsSync(devFile)
  ? readFileSync(devFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as DevCase)
  : []

// As ../shared/eval/score.mjs runs them: the brand values and the je-form when a case asks for them.
const plain: TovConfigInput = {}
const withValues: TovConfigInput = { values: ['deskundig', 'vriendelijk', 'onbevooroordeeld'], addressForm: 'je' }
const checkers = new Map<TovConfigInput, Promise<Checker>>()
const checkerFor = (config: TovConfigInput) => {
  if (!checkers.has(config)) checkers.set(config, createChecker(config))
  return checkers.get(config)!
}

/** Whether a finding of the same rule still covers the edited place after the edit. */
function stillThere(findings: Finding[], ruleId: string, start: number, end: number): boolean {
  return findings.some((finding) => finding.ruleId === ruleId && finding.offset < Math.max(end, start + 1) && finding.endOffset > start)
}

describe('edits on the dev set', () => {
  it('has the dev set beside the project', () => {
    expect(cases.length).toBeGreaterThan(50)
  })

  it.each(cases.map((devCase) => [devCase.id, devCase] as const))('%s: every edit removes its finding and adds no misspelling', async (_id, devCase) => {
    const checker = await checkerFor(devCase.values ? withValues : plain)
    const options = { channel: devCase.channel, ...(devCase.thread ? { thread: devCase.thread } : {}) }
    const before = await checker.check(devCase.text, options)
    const misspelt = new Set(before.findings.filter((finding) => finding.ruleId === 'spelling').map((finding) => finding.actual))
    for (const finding of before.findings) {
      for (const edit of finding.edits) {
        const [start, end] = edit.range
        expect(edit.text, `${finding.ruleId}: "${edit.text}" is a hint, not an edit`).not.toMatch(/<[^<>]+>/)
        const text = devCase.text.slice(0, start) + edit.text + devCase.text.slice(end)
        const after = await checker.check(text, options)
        const where = `${finding.ruleId} "${finding.actual}" -> "${edit.text}" in: ${text}`
        expect(stillThere(after.findings, finding.ruleId, start, start + edit.text.length), where).toBe(false)
        const newSpelling = after.findings.filter((other) => other.ruleId === 'spelling' && !misspelt.has(other.actual))
        expect(newSpelling.map((other) => other.actual), where).toEqual([])
      }
    }
  })
})

describe('hints', () => {
  it('keeps a suggestion with a gap out of edits, and in suggestions', async () => {
    const checker = await checkerFor(plain)
    const { findings } = await checker.check('@eva Bedankt voor je melding, we gaan ernaar kijken! ^AB', { channel: 'x' })
    const promise = findings.find((finding) => finding.ruleId === 'no-hollow-promise')!
    // In lower case, as the promise it replaces stands in the middle of the sentence.
    expect(promise.suggestions).toEqual(['je hoort uiterlijk <dag> <tijd> van ons'])
    expect(promise.edits).toEqual([])
  })
})

describe('capitals', () => {
  it.each([
    // A sentence's first word keeps its capital; a phrase in the middle of a sentence takes none.
    ['@eva Bedankt, je hoort nog van ons. ^AB', 'no-hollow-promise', 'je hoort uiterlijk <dag> <tijd> van ons'],
    ['@eva We laten het je weten. ^AB', 'no-hollow-promise', 'Je hoort uiterlijk <dag> <tijd> van ons'],
    ['@eva Hoe is dit onstaan? ^AB', 'spelling', 'ontstaan'],
  ])('%s', async (text, ruleId, suggestion) => {
    const { findings } = await (await checkerFor(plain)).check(text, { channel: 'x' })
    expect(findings.find((finding) => finding.ruleId === ruleId)?.suggestions[0]).toBe(suggestion)
  })
})
