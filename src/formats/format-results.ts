// Output formats by name. Each returns the whole text to print; none prints.
import { TovError } from '../tov-error.js'
import type { CheckResult } from '../types.js'
import { builtinRules } from '../../rules/index.js'
import type { RuleMeta } from '../kit/define-rule.js'
import { packageVersion } from '../package-root.js'
import { formatChecklist } from './checklist-format.js'
import { formatGithub } from './github.js'
import { formatSarif } from './sarif.js'
import { formatStylish } from './stylish.js'

export const formatNames = ['stylish', 'json', 'checklist', 'sarif', 'github'] as const
export type FormatName = (typeof formatNames)[number]

export interface FormatOptions {
  color?: boolean
  /** Rule metadata for SARIF; default the built-in rules (add a config's own phrase rules). */
  rules?: readonly RuleMeta[]
}

export function formatResults(results: readonly CheckResult[], format: string, options: FormatOptions = {}): string {
  const color = options.color ?? false
  switch (format) {
    case 'stylish':
      return formatStylish(results, { color })
    case 'json':
      return JSON.stringify(results, null, 2) + '\n'
    case 'checklist':
      return formatChecklist(results, { color })
    case 'sarif':
      return formatSarif(results, { rules: options.rules ?? builtinRules, version: packageVersion() })
    case 'github':
      return formatGithub(results)
    default:
      throw new TovError('UNKNOWN_FORMAT', `Onbekend formaat "${format}". Kies uit: ${formatNames.join(', ')}.`)
  }
}
