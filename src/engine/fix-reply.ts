// `tov check --fix`: applies the mechanical fixes of a reply's findings (the @mention first, the sign-off,
// a brand's own substitutions) and keeps a fix only when the rule it fixes then reports less than before.
// The fixes of one rule that do not overlap are applied together and the reply is checked once for them:
// sixty substitutions cost one check, not sixty. When the rule does not report one finding less per fix,
// the fixes whose finding is still there are dropped, then the batch is halved, down to a single fix; a
// fix that does not help alone is set aside until the text changes. Rounds repeat until nothing changes,
// so a second run finds nothing to do.
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

/**
 * A round fixes every rule once (each rule as often as its fixes keep helping); a fix of one rule can give
 * another something to fix (the sign-off after the @mention moved), so a second round may follow. Real
 * replies settle in two; the limit only guards against rules that keep undoing each other.
 */
const maxRounds = 8

const countOf = (findings: readonly Finding[], ruleId: string): number => findings.filter((finding) => finding.ruleId === ruleId).length

type Fix = TextEdit

const isEmpty = (fix: Fix): boolean => fix.range[0] === fix.range[1]

/** The fixes in reading order, without one that overlaps an earlier one (or inserts where it starts or ends). */
function nonOverlapping(fixes: Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const kept: Fix[] = []
  for (const fix of sorted) {
    const last = kept.at(-1)
    if (last && (fix.range[0] < last.range[1] || (fix.range[0] === last.range[1] && (isEmpty(fix) || isEmpty(last))))) continue
    kept.push(fix)
  }
  return kept
}

/** Applies fixes in reading order that do not overlap: from the last to the first, so each keeps its offsets. */
function applyAll(text: string, fixes: Fix[]): string {
  let result = text
  for (let index = fixes.length - 1; index >= 0; index--) result = applyEdit(result, fixes[index]!)
  return result
}

/** Where each fix's new text lies after all of them are applied. */
function placesAfter(fixes: Fix[]): Array<[number, number]> {
  let shift = 0
  return fixes.map((fix) => {
    const start = fix.range[0] + shift
    shift += fix.text.length - (fix.range[1] - fix.range[0])
    return [start, start + fix.text.length]
  })
}

const keyOf = (ruleId: string, fix: Fix): string => `${ruleId}|${fix.range.join('-')}|${fix.text}`

export async function fixReply(checker: Checker, text: string, options: CheckOptions = {}): Promise<FixOutcome> {
  let current = text
  let result = await checker.check(current, options)
  const applied: FixOutcome['applied'] = []
  // Fixes that did not help on the current text.
  let setAside = new Set<string>()

  const pendingOf = (ruleId: string): Fix[] =>
    nonOverlapping(
      result.findings.flatMap((finding) => (finding.ruleId === ruleId && finding.fix && !setAside.has(keyOf(ruleId, finding.fix)) ? [finding.fix] : [])),
    )

  /** Fixes what it can of one rule on the current text; true when the text changed. */
  const fixRule = async (ruleId: string): Promise<boolean> => {
    let changed = false
    let pending = pendingOf(ruleId)
    let size = pending.length
    while (pending.length > 0) {
      const batch = pending.slice(0, size)
      const fixed = applyAll(current, batch)
      const after = await checker.check(fixed, options)
      if (fixed !== current && countOf(after.findings, ruleId) <= countOf(result.findings, ruleId) - batch.length) {
        // Recorded from the last to the first: each in the offsets of the text it was applied to.
        for (let index = batch.length - 1; index >= 0; index--) applied.push({ ruleId, fix: batch[index]! })
        current = fixed
        result = after
        setAside = new Set()
        changed = true
        pending = pendingOf(ruleId)
        size = pending.length
        continue
      }
      // The fixes whose finding is still there did not help; without them the rest may.
      const places = placesAfter(batch)
      const unhelpful = batch.filter((_fix, index) => {
        const [start, end] = places[index]!
        return after.findings.some(
          (finding) => finding.ruleId === ruleId && (start === end ? finding.offset <= end && start <= finding.endOffset : finding.offset < end && start < finding.endOffset),
        )
      })
      if (fixed === current) for (const fix of batch) setAside.add(keyOf(ruleId, fix))
      else if (unhelpful.length > 0) for (const fix of unhelpful) setAside.add(keyOf(ruleId, fix))
      else if (batch.length === 1) setAside.add(keyOf(ruleId, batch[0]!))
      else {
        // Something else went wrong (a fix that adds a finding elsewhere): try the first half alone.
        size = Math.ceil(batch.length / 2)
        continue
      }
      pending = pendingOf(ruleId)
      size = pending.length
    }
    return changed
  }

  for (let round = 0; round < maxRounds; round++) {
    // Rules in the order of their first fixable finding.
    const ruleIds = [...new Set(result.findings.flatMap((finding) => (finding.fix ? [finding.ruleId] : [])))]
    let changed = false
    for (const ruleId of ruleIds) if (await fixRule(ruleId)) changed = true
    if (!changed) break
  }
  return { text: current, applied, result }
}
