// Table-driven rule tests (after ESLint's RuleTester): `valid` replies must stay clean, `invalid` replies
// must fire with the expected offending words, message id and place (line, column, end), and where a case
// says so with the expected severity and suggestion. A case whose finding has a fix must say what the text
// becomes.
// Rules run as unified plugins in a plain retext pipeline (retextTov with the table's config), the way
// another tool would use them; messages are read from the file, findings with findingsOf.
import retextDutch from 'retext-dutch'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../src/config/resolve-config.js'
import retextTov from '../src/engine/retext-tov.js'
import { parseThread } from '../src/kit/thread.js'
import { findingOf, type Rule } from '../src/kit/index.js'
import type { ChannelName, Finding, Severity, Thread, TovConfigInput } from '../src/types.js'

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
  /** Expected message id of each finding, in order (or of the first, given as a string). Required, as in ESLint. */
  messageId: string | string[]
  /** Expected place of the first finding (1-based, as in the JSON output). Required: a finding in the wrong place is a wrong finding. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Expected severity of the first finding (a rule may report milder than its own). */
  severity?: Severity
  /** The text after every fix of the rule's findings is applied; required when a finding has a fix. */
  output?: string
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

/** The text with the fixes of the findings applied, from the end backwards. */
function applyFixes(text: string, findings: Finding[]): string {
  const fixes = findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])).sort((a, b) => b.range[0] - a.range[0])
  let result = text
  for (const fix of fixes) result = result.slice(0, fix.range[0]) + fix.text + result.slice(fix.range[1])
  return result
}

type Pipeline = Processor<import('nlcst').Root, import('nlcst').Root, import('nlcst').Root, undefined, undefined>

/**
 * A table for a built-in rule (by id; the table's config turns it on as an error) or for a rule object in
 * no registry (a phrase rule read from a file), run as a plugin in a plain retext pipeline.
 */
export function ruleTable(rule: string | Rule, table: RuleTable): void {
  const ruleId = typeof rule === 'string' ? rule : rule.id
  const pipelines = new Map<ChannelName, Pipeline>()
  const pipelineFor = (channel: ChannelName): Pipeline => {
    let pipeline = pipelines.get(channel)
    if (!pipeline) {
      if (typeof rule === 'string') {
        const config = resolveConfig({ extends: [], ...table.config, channel, rules: { [ruleId]: 'error', ...table.config?.rules } })
        pipeline = unified().use(retextDutch).use(retextTov, config) as unknown as Pipeline
      } else {
        const { agents, vocabulary, addressForm } = table.config ?? {}
        const settings = { ...(agents ? { agents } : {}), ...(vocabulary ? { vocabulary } : {}), ...(addressForm ? { addressForm } : {}) }
        pipeline = unified().use(retextDutch).use(rule, { channel, settings, severity: 'error' }) as unknown as Pipeline
      }
      pipelines.set(channel, pipeline)
    }
    return pipeline
  }

  /** The rule's messages on a case, with their findings. */
  const run = async (testCase: ValidCase): Promise<Array<{ message: VFileMessage; finding: Finding }>> => {
    const processor = pipelineFor(testCase.channel ?? table.channel ?? 'x')
    const data = { ...(testCase.thread ? { thread: parseThread(testCase.thread) } : {}), ...(testCase.template ? { template: true } : {}) }
    const file = new VFile({ value: testCase.text, data: { tov: data } })
    await processor.run(processor.parse(file), file)
    return file.messages
      .filter((message) => message.ruleId === ruleId)
      .map((message) => ({ message, finding: findingOf(message)! }))
      .sort((a, b) => a.finding.offset - b.finding.offset || a.finding.endOffset - b.finding.endOffset)
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
          expect((await run(testCase)).map(({ finding }) => finding.actual)).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      table.invalid.forEach((testCase) => {
        it(testCase.text, async () => {
          const reported = await run(testCase)
          const findings = reported.map(({ finding }) => finding)
          expect(findings.map((finding) => finding.actual)).toEqual(testCase.actual)
          const first = findings[0]
          if (testCase.suggestion !== undefined) expect(first?.suggestions[0]).toBe(testCase.suggestion)
          if (typeof testCase.messageId === 'string') expect(reported[0]?.message.tov?.messageId).toBe(testCase.messageId)
          if (Array.isArray(testCase.messageId)) expect(reported.map(({ message }) => message.tov?.messageId)).toEqual(testCase.messageId)
          for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) expect(first?.[key], key).toBe(testCase[key])
          if (testCase.severity !== undefined) expect(first?.severity).toBe(testCase.severity)
          // A fix is a promise about the text: the table must say what the text becomes.
          if (findings.some((finding) => finding.fix)) {
            expect(testCase.output, 'a finding has a fix: give the text after it as "output"').toBeDefined()
          }
          if (testCase.output !== undefined) expect(applyFixes(testCase.text, findings)).toBe(testCase.output)
        })
      })
    })
  })
}
