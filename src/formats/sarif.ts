// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps): one run, the rules that fired with their Dutch
// description and help, one result per finding at the source file's line and column.
import type { RuleMeta } from '../kit/define-rule.js'
import type { CheckResult, Finding } from '../types.js'

export interface SarifOptions {
  /** Metadata of every rule that may appear in the results (built-in and the config's own). */
  rules: readonly RuleMeta[]
  version: string
  /** A finding's baseline fingerprint (baseline.ts): the same in every folder and on every machine. */
  fingerprintOf?: (result: CheckResult, finding: Finding) => string
  /** The run compared the findings with a baseline: every result is marked new or unchanged. */
  baseline?: boolean
}

/** A result of a run with a baseline: the findings it accepted, apart. */
type WithSuppressed = CheckResult & { suppressed?: Array<Finding & { fingerprint: string; reason: string }> }

const toUri = (file: string): string => encodeURI(file.replace(/\\/g, '/')).replace(/#/g, '%23').replace(/\?/g, '%3F')

/** The rule ids a result's findings (and the ones it silenced) name. */
export function ruleIdsOf(result: CheckResult): string[] {
  return [...result.findings, ...((result as WithSuppressed).suppressed ?? [])].map((finding) => finding.ruleId)
}

/** SARIF's rules array: metadata of the rules `used` names (sorted), in that order. */
export function sarifRules(used: readonly string[], rules: readonly RuleMeta[]): object[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  return used.map((id) => {
    const rule = byId.get(id)
    const help = rule
      ? `${rule.docs.rationale}\n\nFout: ${rule.docs.wrong}\nGoed: ${rule.docs.right}`
      : id
    return {
      id,
      name: id.replace(/(^|[-/])(\w)/g, (_whole, _separator, char: string) => char.toUpperCase()),
      shortDescription: { text: rule?.description ?? id },
      fullDescription: { text: rule?.docs.rationale ?? rule?.description ?? id },
      help: {
        text: help,
        markdown: rule
          ? `${rule.docs.rationale}\n\n- Fout: \`${rule.docs.wrong}\`\n- Goed: \`${rule.docs.right}\``
          : id,
      },
      defaultConfiguration: { level: rule?.severity === 'warn' ? 'warning' : 'error' },
      properties: { tags: ['tone-of-voice', ...(rule ? [`checklist:${rule.checklist}`] : [])] },
    }
  })
}

/**
 * The SARIF results of one tov result, one per finding (and per silenced finding). `ruleIndex` gives a
 * rule's place in the rules array; a streaming writer that does not know it yet passes a stand-in.
 */
export function sarifResultsOf(result: CheckResult, options: Pick<SarifOptions, 'fingerprintOf' | 'baseline'>, ruleIndex: (ruleId: string) => number | string): object[] {
  /** One SARIF result; with a baseline, marked new or unchanged (and then suppressed, as accepted). */
  const toSarif = (finding: Finding, baselined: boolean | undefined, fingerprint: string | undefined, reason?: string) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex(finding.ruleId),
    level: finding.severity === 'error' ? 'error' : 'warning',
    message: {
      text: finding.suggestions.length > 0 && finding.suggestions[0] !== ''
        ? `${finding.message} Voorstel: ${finding.suggestions.slice(0, 3).join(' | ')}`
        : finding.message,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(result.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
        ...(result.entry !== undefined ? { logicalLocations: [{ name: result.entry, kind: 'object' }] } : {}),
      },
    ],
    partialFingerprints: {
      // Stable across runs, folders and machines while the words around the finding stay the same.
      'tovFinding/v2': fingerprint ?? `${result.entry ?? ''}|${finding.ruleId}|${finding.actual}`,
    },
    ...(baselined === undefined ? {} : { baselineState: baselined ? 'unchanged' : 'new' }),
    ...(reason !== undefined ? { suppressions: [{ kind: reason === 'baseline' ? 'external' : 'inSource', justification: reason === 'baseline' ? 'In de baseline (--baseline).' : reason }] } : {}),
    properties: { channel: result.channel, checklist: finding.checklist, ...(result.entry !== undefined ? { entry: result.entry } : {}) },
  })
  const withBaseline = options.baseline === true
  return [
    ...result.findings.map((finding) => toSarif(finding, withBaseline ? false : undefined, options.fingerprintOf?.(result, finding))),
    ...((result as WithSuppressed).suppressed ?? []).map((finding) =>
      toSarif(finding, withBaseline ? finding.reason === 'baseline' : undefined, finding.fingerprint || options.fingerprintOf?.(result, finding), finding.reason),
    ),
  ]
}

/** The SARIF log around its results: one run of tov with `rules`. */
export function sarifLog(rules: object[], results: unknown[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tov',
            version,
            informationUri: 'https://www.npmjs.com/package/tov',
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
}

export function formatSarif(results: readonly CheckResult[], options: SarifOptions): string {
  const used = [...new Set(results.flatMap(ruleIdsOf))].sort()
  const index = new Map(used.map((id, position) => [id, position]))
  const sarifResults = results.flatMap((result) => sarifResultsOf(result, options, (ruleId) => index.get(ruleId)!))
  return JSON.stringify(sarifLog(sarifRules(used, options.rules), sarifResults, options.version), null, 2) + '\n'
}
