// `tov check --fix`: applies the mechanical fixes of a reply's findings (the @mention first, the sign-off,
// a brand's own substitutions) one at a time, in reading order, and keeps a fix only when the rule it fixes
// then reports less than before. One at a time means fixes never overlap; keeping only what helped means a
// second run finds nothing to do.
import type { CheckOptions, CheckResult, Finding, TextEdit } from '../types.js'
import type { Checker } from './checker.js'

export interface FixOutcome {
  /** The fixed text (the same text when nothing could be fixed). */
  text: string
  /** The fixes applied, in the order applied, each in the offsets of the text it was applied to. */
  applied: Array<{ ruleId: string; fix: TextEdit }>
  /** The check of the fixed text. */
  result: CheckResult
}

/** Replaces the edit's range; nothing outside it changes. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1])
}

const countOf = (findings: readonly Finding[], ruleId: string): number => findings.filter((finding) => finding.ruleId === ruleId).length

export async function fixReply(checker: Checker, text: string, options: CheckOptions = {}): Promise<FixOutcome> {
  let current = text
  let result = await checker.check(current, options)
  const applied: FixOutcome['applied'] = []
  const rejected = new Set<string>()
  // Each kept fix removes a finding, so this ends; the bound is a guard, not a limit in practice.
  for (let round = 0; round < 50; round++) {
    const candidate = result.findings.find((finding) => finding.fix && !rejected.has(keyOf(current, finding)))
    if (!candidate?.fix) break
    const fixed = applyEdit(current, candidate.fix)
    const after = await checker.check(fixed, options)
    if (fixed !== current && countOf(after.findings, candidate.ruleId) < countOf(result.findings, candidate.ruleId)) {
      applied.push({ ruleId: candidate.ruleId, fix: candidate.fix })
      current = fixed
      result = after
    } else {
      rejected.add(keyOf(current, candidate))
    }
  }
  return { text: current, applied, result }
}

function keyOf(text: string, finding: Finding): string {
  return `${text.length}|${finding.ruleId}|${finding.fix!.range.join('-')}|${finding.fix!.text}`
}
