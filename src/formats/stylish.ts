// The default terminal format: findings per file, aligned, with suggestions, then a one-line total.
import { Chalk } from 'chalk'
import type { CheckResult } from '../types.js'
import { printable } from '../terminal-text.js'

export interface StylishOptions {
  color: boolean
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

export function formatStylish(results: readonly CheckResult[], options: StylishOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  for (const result of results) {
    errors += result.summary.errors
    warnings += result.summary.warnings
    if (result.findings.length === 0) continue
    const entry = result.entry === undefined ? '' : ` › ${result.entry}`
    lines.push(chalk.underline(printable(`${result.file}${entry}`)) + chalk.dim(` (${result.channel})`))
    // A loop, not Math.max(...): a library can hold more findings than a call has arguments.
    let width = 0
    for (const finding of result.findings) width = Math.max(width, `${finding.line}:${finding.column}`.length)
    for (const finding of result.findings) {
      const where = `${finding.line}:${finding.column}`.padEnd(width)
      const level = finding.severity === 'error' ? chalk.red('fout         ') : chalk.yellow('waarschuwing ')
      lines.push(`  ${chalk.dim(where)}  ${level}${printable(finding.message)}  ${chalk.dim(printable(finding.ruleId))}`)
      if (finding.suggestions.length > 0) {
        const shown = finding.suggestions.map((suggestion) => (suggestion === '' ? '(weglaten)' : printable(suggestion)))
        lines.push(`  ${' '.repeat(width)}  ${chalk.green('→')} ${shown.slice(0, 5).join(chalk.dim(' | '))}`)
      }
    }
    lines.push('')
  }
  const total = errors + warnings
  if (total === 0) {
    lines.push(chalk.green(`✔ Geen problemen gevonden in ${plural(results.length, 'reactie', 'reacties')}.`))
  } else {
    const summary = `✖ ${plural(total, 'probleem', 'problemen')} (${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')})`
    lines.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary))
    const fixable = results.reduce((sum, result) => sum + result.findings.filter((finding) => finding.fix).length, 0)
    if (fixable > 0) lines.push(chalk.dim(`  ${plural(fixable, 'probleem', 'problemen')} te herstellen met --fix`))
  }
  return lines.join('\n') + '\n'
}
