// Output formats by name. Each returns the whole text to print; none prints.
import { TovError } from '../tov-error.js'
import type { CheckResult } from '../types.js'
import { formatChecklist } from './checklist-format.js'
import { formatStylish } from './stylish.js'

export const formatNames = ['stylish', 'json', 'checklist'] as const
export type FormatName = (typeof formatNames)[number]

export function isFormatName(name: string): name is FormatName {
  return (formatNames as readonly string[]).includes(name)
}

export function formatResults(results: readonly CheckResult[], format: string, options: { color?: boolean } = {}): string {
  const color = options.color ?? false
  switch (format) {
    case 'stylish':
      return formatStylish(results, { color })
    case 'json':
      return JSON.stringify(results, null, 2) + '\n'
    case 'checklist':
      return formatChecklist(results, { color })
    default:
      throw new TovError('UNKNOWN_FORMAT', `Onbekend formaat "${format}". Kies uit: ${formatNames.join(', ')}.`)
  }
}
