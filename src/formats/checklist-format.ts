// The one-minute checklist view (seed 004, de 1-minuut-regel): one line per item, findings indented
// under the failed items, nothing else.
import { Chalk } from 'chalk'
import type { CheckResult } from '../types.js'
import { printable } from '../terminal-text.js'

export function formatChecklist(results: readonly CheckResult[], options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const marks = { pass: chalk.green('✔'), fail: chalk.red('✖'), manual: chalk.cyan('?') }
  const lines: string[] = []
  for (const result of results) {
    if (results.length > 1) lines.push(chalk.underline(printable(result.entry === undefined ? result.file : `${result.file} › ${result.entry}`)))
    for (const item of result.checklist) {
      lines.push(`${marks[item.status]} ${printable(item.question)}`)
      if (item.status !== 'fail') continue
      for (const finding of result.findings.filter((f) => f.checklist === item.id)) {
        lines.push(chalk.dim(`    ${finding.line}:${finding.column} `) + printable(finding.message))
      }
    }
    if (results.length > 1) lines.push('')
  }
  return lines.join('\n') + '\n'
}
