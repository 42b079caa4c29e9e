// The one-minute checklist view (seed 004, de 1-minuut-regel): one line per item, findings indented
// under the failed items, nothing else. For a library, where that is hundreds of lines with no overview,
// one line per reply with the items it fails, then per item how many replies pass it.
import { Chalk, type ChalkInstance } from 'chalk'
import type { CheckResult, ChecklistStatus } from '../types.js'
import { printable } from '../terminal-text.js'

/** Up to this many replies, each gets its whole checklist; beyond it, the compact view with a summary. */
export const fullChecklistUpTo = 5
/** Names longer than this are not padded to: one long id must not push every line to the right. */
const widestName = 48

const nameOf = (result: CheckResult): string => printable(result.entry === undefined ? result.file : `${result.file} › ${result.entry}`)

function fullChecklist(results: readonly CheckResult[], chalk: ChalkInstance): string[] {
  const marks = { pass: chalk.green('✔'), fail: chalk.red('✖'), manual: chalk.cyan('?') }
  const lines: string[] = []
  for (const result of results) {
    if (results.length > 1) lines.push(chalk.underline(nameOf(result)))
    for (const item of result.checklist) {
      lines.push(`${marks[item.status]} ${printable(item.question)}`)
      if (item.status !== 'fail') continue
      for (const finding of result.findings.filter((f) => f.checklist === item.id)) {
        lines.push(chalk.dim(`    ${finding.line}:${finding.column} `) + printable(finding.message))
      }
    }
    if (results.length > 1) lines.push('')
  }
  return lines
}

function compactChecklist(results: readonly CheckResult[], chalk: ChalkInstance): string[] {
  const lines: string[] = []
  const names = results.map(nameOf)
  const pad = Math.min(widestName, names.reduce((widest, name) => Math.max(widest, [...name].length), 0))
  // Per item, in the order of the checklist: its question and how the replies did.
  const items = new Map<string, { question: string } & Record<ChecklistStatus, number>>()
  let failing = 0
  for (const [index, result] of results.entries()) {
    const failed: string[] = []
    for (const item of result.checklist) {
      const tally = items.get(item.id) ?? { question: item.question, pass: 0, fail: 0, manual: 0 }
      tally[item.status]++
      items.set(item.id, tally)
      if (item.status === 'fail') failed.push(item.id)
    }
    if (failed.length > 0) failing++
    const name = names[index]!
    lines.push(failed.length === 0 ? `${chalk.green('✔')} ${name}` : `${chalk.red('✖')} ${name.padEnd(pad)}  ${chalk.red(printable(failed.join(', ')))}`)
  }
  lines.push('', `Per punt: hoeveel van de ${results.length} reacties het halen.`)
  const idWidth = [...items.keys()].reduce((widest, id) => Math.max(widest, [...printable(id)].length), 0)
  const countWidth = `${results.length}/${results.length}`.length
  for (const [id, tally] of items) {
    const checked = tally.pass + tally.fail
    const count = checked === 0 ? '?'.padStart(countWidth) : `${tally.pass}/${checked}`.padStart(countWidth)
    const shown = checked === 0 ? chalk.cyan(count) : tally.fail === 0 ? chalk.green(count) : chalk.red(count)
    lines.push(`  ${shown}  ${printable(id).padEnd(idWidth)}  ${printable(tally.question)}${checked === 0 ? chalk.dim(' (loop zelf na)') : ''}`)
  }
  lines.push('')
  lines.push(
    failing === 0
      ? chalk.green(`✔ Alle ${results.length} reacties halen elk punt dat tov controleert.`)
      : chalk.red(`✖ ${failing} van de ${results.length} reacties halen niet elk punt. Zie de meldingen met -f stylish.`),
  )
  return lines
}

export function formatChecklist(results: readonly CheckResult[], options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const lines = results.length > fullChecklistUpTo ? compactChecklist(results, chalk) : fullChecklist(results, chalk)
  return lines.join('\n') + '\n'
}
