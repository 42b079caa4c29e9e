// Table-driven rule tests (after ESLint's RuleTester): `valid` replies must stay clean, `invalid` replies
// must fire with the expected offending words.
import retextDutch from 'retext-dutch'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { createChecker, type Checker } from '../src/engine/checker.js'
import { findingsOf, type Rule } from '../src/kit/index.js'
import type { ChannelName, Finding, Thread, TovConfigInput } from '../src/types.js'

export interface ValidCase {
  text: string
  channel?: ChannelName
  thread?: Thread
  /** Check as a canned response (placeholders filled in later). */
  template?: boolean
}

export interface InvalidCase extends ValidCase {
  /** The offending text of each expected finding, in order. */
  actual: string[]
  /** Expected first suggestion of the first finding. */
  suggestion?: string
  /** Expected column of the first finding. */
  column?: number
}

export interface RuleTable {
  valid: Array<string | ValidCase>
  invalid: InvalidCase[]
  /** Extra config (agents, vocabulary, rule options). */
  config?: TovConfigInput
  channel?: ChannelName
  /** A name for the describe block when one rule has several tables. */
  name?: string
  /** Fewest cases each side (default 8: precision matters as much as recall). */
  minimum?: number
}

/**
 * A table for a built-in rule (by id, run by a checker like the CLI's), or for a rule object that is in no
 * registry (a phrase rule read from a file), run as a plugin in a plain retext pipeline.
 */
export function ruleTable(rule: string | Rule, table: RuleTable): void {
  const ruleId = typeof rule === 'string' ? rule : rule.id
  let checker: Checker | undefined
  const getChecker = async () =>
    (checker ??= await createChecker({
      extends: [],
      ...table.config,
      rules: { [ruleId]: 'error', ...table.config?.rules },
    }))

  /** A rule object on its own: retext-dutch and the rule, with the table's brand settings. */
  const runAlone = async (plugin: Rule, testCase: ValidCase, channel: ChannelName): Promise<Finding[]> => {
    const { agents, vocabulary, addressForm } = table.config ?? {}
    const settings = { ...(agents ? { agents } : {}), ...(vocabulary ? { vocabulary } : {}), ...(addressForm ? { addressForm } : {}) }
    const processor = unified().use(retextDutch).use(plugin, { channel, settings, severity: 'error' })
    const file = new VFile({ value: testCase.text, data: { tov: { ...(testCase.thread ? { thread: testCase.thread } : {}), ...(testCase.template ? { template: true } : {}) } } })
    await processor.run(processor.parse(file), file)
    return findingsOf(file)
  }

  const run = async (testCase: ValidCase) => {
    const channel = testCase.channel ?? table.channel ?? 'x'
    if (typeof rule !== 'string') return (await runAlone(rule, testCase, channel)).filter((finding) => finding.ruleId === ruleId)
    const options = {
      channel,
      ...(testCase.thread ? { thread: testCase.thread } : {}),
      ...(testCase.template ? { template: true } : {}),
    }
    const result = await (await getChecker()).check(testCase.text, options)
    return result.findings.filter((finding) => finding.ruleId === ruleId)
  }

  describe(table.name ?? ruleId, () => {
    it(`has at least ${table.minimum ?? 8} valid and invalid cases`, () => {
      expect(table.valid.length).toBeGreaterThanOrEqual(table.minimum ?? 8)
      expect(table.invalid.length).toBeGreaterThanOrEqual(table.minimum ?? 8)
    })
    describe('valid', () => {
      for (const entry of table.valid) {
        const testCase = typeof entry === 'string' ? { text: entry } : entry
        it(testCase.text, async () => {
          expect((await run(testCase)).map((finding) => finding.actual)).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      for (const testCase of table.invalid) {
        it(testCase.text, async () => {
          const findings = await run(testCase)
          expect(findings.map((finding) => finding.actual)).toEqual(testCase.actual)
          if (testCase.suggestion !== undefined) expect(findings[0]?.suggestions[0]).toBe(testCase.suggestion)
          if (testCase.column !== undefined) expect(findings[0]?.column).toBe(testCase.column)
        })
      }
    })
  })
}
