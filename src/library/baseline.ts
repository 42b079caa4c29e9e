// A baseline for CI: the findings a team accepts for now (a legacy library), so that a run fails only on
// new ones. A finding is known by a fingerprint of its rule, its entry's id and the words around it in its
// own sentence: editing another sentence of the entry, reordering entries or moving the file keeps it
// matched; editing the words around the finding makes it new. No path is in it, so the fingerprint is the
// same on every machine and in every folder (SARIF's partialFingerprints).
import { readInputFile } from '../read-input-file.js'
import { requireLazily } from '../require-lazily.js'
import { TovError } from '../tov-error.js'
import type { CheckResult, Finding } from '../types.js'
import { writeAtomically } from '../write-atomically.js'
import { withFindings } from './with-findings.js'

export interface BaselineEntry {
  fingerprint: string
  ruleId: string
  entry?: string
  /** The words found, for a person reading the file. */
  actual: string
  /** How many findings of this fingerprint are accepted (the same words twice in one entry). */
  count: number
}

export interface Baseline {
  tool: 'tov'
  version: 1
  findings: BaselineEntry[]
}

/** A result with the text it was checked on: the fingerprints need the words around each finding. */
export interface CheckedText {
  result: CheckResult
  text: string
}

/** A finding a baseline (or a directive) silenced, with the reason. */
export type SuppressedFinding = Finding & { fingerprint: string; reason: string }

/** At most this many characters of context on each side, within the finding's sentence. */
const contextLength = 24

/** The words around [start, end) in their sentence: up to a sentence end or a line break. */
function contextOf(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && start - from < contextLength && !/[.!?\n]/.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && to - end < contextLength && !/[.!?\n]/.test(text[to]!)) to++
  return text.slice(from, to).replace(/\s+/g, ' ').trim()
}

/** Loaded at the first fingerprint: node:crypto costs a few milliseconds at every start otherwise. */
const crypto = requireLazily<typeof import('node:crypto')>('node:crypto')

export function fingerprintOf(finding: Finding, text: string, entry: string | undefined): string {
  const context = contextOf(text, finding.offset, finding.endOffset)
  return crypto().createHash('sha256').update(`${finding.ruleId}\u0000${entry ?? ''}\u0000${context}`).digest('hex').slice(0, 32)
}

/**
 * A baseline built one result at a time, as a run hands them over (buildBaseline without holding every
 * result): memory grows with the distinct findings, not with the results.
 */
export class BaselineRecorder {
  private readonly byFingerprint = new Map<string, BaselineEntry>()

  /** Counts the findings of `checked` into the baseline. */
  record({ result, text }: CheckedText): void {
    for (const finding of result.findings) this.count(finding, fingerprintOf(finding, text, result.entry), result.entry)
  }

  /**
   * Counts the findings of `checked` and returns the result as applyBaseline of the finished baseline
   * shows it (`tov check --update-baseline`): every finding accepted.
   */
  accept({ result, text }: CheckedText): CheckResult & { suppressed: SuppressedFinding[] } {
    const suppressed: SuppressedFinding[] = []
    for (const finding of result.findings) {
      const fingerprint = fingerprintOf(finding, text, result.entry)
      this.count(finding, fingerprint, result.entry)
      suppressed.push({ ...finding, fingerprint, reason: 'baseline' })
    }
    const earlier = (result as { suppressed?: SuppressedFinding[] }).suppressed ?? []
    return { ...withFindings(result, []), suppressed: [...earlier, ...suppressed] }
  }

  /** The baseline so far, sorted, so that the file is the same on every run and machine. */
  baseline(): Baseline {
    const findings = [...this.byFingerprint.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
    return { tool: 'tov', version: 1, findings }
  }

  private count(finding: Finding, fingerprint: string, entry: string | undefined): void {
    const known = this.byFingerprint.get(fingerprint)
    if (known) known.count++
    else this.byFingerprint.set(fingerprint, { fingerprint, ruleId: finding.ruleId, ...(entry !== undefined ? { entry } : {}), actual: finding.actual, count: 1 })
  }
}

/** The baseline of a run: every finding, sorted, so that the file is the same on every run and machine. */
export function buildBaseline(checked: readonly CheckedText[]): Baseline {
  const recorder = new BaselineRecorder()
  for (const item of checked) recorder.record(item)
  return recorder.baseline()
}

/**
 * applyBaseline one result at a time, in the order of the run: each fingerprint's accepted count is used
 * up by the results as they come, so the outcome is that of applyBaseline over all of them.
 */
export function baselineApplier(baseline: Baseline): (checked: CheckedText) => CheckResult & { suppressed: SuppressedFinding[] } {
  const left = new Map(baseline.findings.map((entry) => [entry.fingerprint, entry.count]))
  return ({ result, text }) => {
    const findings: Finding[] = []
    const suppressed: SuppressedFinding[] = []
    for (const finding of result.findings) {
      const fingerprint = fingerprintOf(finding, text, result.entry)
      const count = left.get(fingerprint) ?? 0
      if (count > 0) {
        left.set(fingerprint, count - 1)
        suppressed.push({ ...finding, fingerprint, reason: 'baseline' })
      } else {
        findings.push(finding)
      }
    }
    // What directives silenced stays silenced, before what the baseline accepts.
    const earlier = (result as { suppressed?: SuppressedFinding[] }).suppressed ?? []
    return { ...withFindings(result, findings), suppressed: [...earlier, ...suppressed] }
  }
}

/**
 * The results with the findings the baseline accepts moved to `suppressed` (reason "baseline"), and their
 * summary and checklist as if those findings were not there.
 */
export function applyBaseline(checked: readonly CheckedText[], baseline: Baseline): Array<CheckResult & { suppressed: SuppressedFinding[] }> {
  return checked.map(baselineApplier(baseline))
}

function isBaseline(value: unknown): value is Baseline {
  if (value === null || typeof value !== 'object') return false
  const { tool, version, findings } = value as Record<string, unknown>
  return (
    tool === 'tov' &&
    version === 1 &&
    Array.isArray(findings) &&
    findings.every((entry: unknown) => {
      const { fingerprint, ruleId, count } = (entry ?? {}) as Record<string, unknown>
      return typeof fingerprint === 'string' && typeof ruleId === 'string' && Number.isInteger(count) && (count as number) > 0
    })
  )
}

/** A baseline file; a TovError (CONFIG_INVALID) naming the file when it is missing or not a baseline. */
export async function readBaseline(path: string, shown = path): Promise<Baseline> {
  const bytes = await readInputFile(path, {
    name: shown,
    maxBytes: 64 * 1024 * 1024,
    tooLarge: 'te groot voor een baseline (meer dan 64 MiB).',
    notFound: 'baseline niet gevonden; maak er een met --update-baseline.',
  })
  let data: unknown
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new TovError('CONFIG_INVALID', `${shown}: geen geldige baseline (geen JSON); maak hem opnieuw met --update-baseline.`)
  }
  if (!isBaseline(data)) throw new TovError('CONFIG_INVALID', `${shown}: geen baseline van tov; maak hem opnieuw met --update-baseline.`)
  return data
}

/** Writes a baseline whole or not at all, one finding per line, so that a diff in review reads well. */
export function writeBaseline(path: string, baseline: Baseline): void {
  const lines = baseline.findings.map((entry) => `    ${JSON.stringify(entry)}`)
  writeAtomically(path, `{\n  "tool": "tov",\n  "version": 1,\n  "findings": [\n${lines.join(',\n')}${lines.length > 0 ? '\n' : ''}  ]\n}\n`)
}
