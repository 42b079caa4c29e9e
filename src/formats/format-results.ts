// Output formats by name. Each returns the whole text to print; none prints.
import { TovError, shownValue } from '../tov-error.js'
import type { CheckResult, Finding } from '../types.js'
import { builtinRules } from '../../rules/index.js'
import type { RuleMeta } from '../kit/define-rule.js'
import { packageVersion } from '../package-data.js'
import { formatChecklist } from './checklist-format.js'
import { formatGithub } from './github.js'
import { formatSarif } from './sarif.js'
import { formatStylish } from './stylish.js'

export const formatNames = ['stylish', 'json', 'checklist', 'sarif', 'github'] as const
export type FormatName = (typeof formatNames)[number]

export interface FormatOptions {
  color?: boolean
  /** The terminal's width in columns, for stylish output to wrap at (none: no wrapping). */
  width?: number
  /** The text a result was checked on, for stylish's excerpt of where a too-long reply is cut. */
  textOf?: (result: CheckResult) => string | undefined
  /** A finding's baseline fingerprint, for SARIF's partialFingerprints. */
  fingerprintOf?: (result: CheckResult, finding: Finding) => string
  /** The run compared its findings with a baseline (SARIF's baselineState). */
  baseline?: boolean
  /** Rule metadata for SARIF; default the built-in rules (add a config's own phrase rules). */
  rules?: readonly RuleMeta[]
}

/** Whether `name` is one of the output formats: for a name from argv, a config or a JavaScript caller. */
export function isFormatName(name: unknown): name is FormatName {
  return typeof name === 'string' && (formatNames as readonly string[]).includes(name)
}

/**
 * Whether a format shows a result's human-voice profile and readability (JSON whole, the checklist the
 * remark under persoonlijk): the others need not compute them (CheckOptions.profile).
 */
export function showsProfile(format: FormatName): boolean {
  return format === 'json' || format === 'checklist'
}

/**
 * The whole text of `results` in `format`. TypeScript only accepts a format name; a JavaScript caller that
 * passes anything else gets the TovError the CLI gives for an unknown --format (UNKNOWN_FORMAT), never a
 * TypeError.
 */
export function formatResults(results: readonly CheckResult[], format: FormatName, options: FormatOptions = {}): string {
  if (!isFormatName(format)) {
    throw new TovError('UNKNOWN_FORMAT', `Onbekend formaat "${shownValue(format)}". Kies uit: ${formatNames.join(', ')}.`)
  }
  const color = options.color ?? false
  switch (format) {
    case 'stylish':
      return formatStylish(results, { color, ...(options.width ? { width: options.width } : {}), ...(options.textOf ? { textOf: options.textOf } : {}) })
    case 'json':
      return JSON.stringify(results, null, 2) + '\n'
    case 'checklist':
      return formatChecklist(results, { color })
    case 'sarif':
      return formatSarif(results, { rules: options.rules ?? builtinRules, version: packageVersion(), ...(options.fingerprintOf ? { fingerprintOf: options.fingerprintOf } : {}), ...(options.baseline ? { baseline: true } : {}) })
    case 'github':
      return formatGithub(results)
  }
}
