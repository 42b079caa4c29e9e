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

/** How a result is named in the checklist view: its file, and its entry in a library. */
export const checklistNameOf = (result: Pick<CheckResult, 'file' | 'entry'>): string =>
  printable(result.entry === undefined ? result.file : `${result.file} › ${result.entry}`)

/** The width the compact view pads names to: the widest name's, up to a limit. */
export function checklistPad(names: Iterable<string>): number {
  let widest = 0
  for (const name of names) widest = Math.max(widest, [...name].length)
  return Math.min(widestName, widest)
}

/** One result's whole checklist; `many` when there is more than one result (then named, with a blank line). */
export function fullChecklistLines(result: CheckResult, many: boolean, chalk: ChalkInstance): string[] {
  const marks = { pass: chalk.green('✔'), fail: chalk.red('✖'), manual: chalk.cyan('?') }
  const lines: string[] = []
  if (many) lines.push(chalk.underline(checklistNameOf(result)))
  for (const item of result.checklist) {
    lines.push(`${marks[item.status]} ${printable(item.question)}`)
    // A remark (the human voice under persoonlijk) is said whatever the item's status.
    if (item.detail) lines.push(chalk.dim('    · ') + printable(item.detail))
    if (item.status !== 'fail') continue
    for (const finding of result.findings.filter((f) => f.checklist === item.id)) {
      lines.push(chalk.dim(`    ${finding.line}:${finding.column} `) + printable(finding.message))
    }
  }
  if (many) lines.push('')
  return lines
}

function fullChecklist(results: readonly CheckResult[], chalk: ChalkInstance): string[] {
  return results.flatMap((result) => fullChecklistLines(result, results.length > 1, chalk))
}

/** Per checklist item, in the order of the checklist: its question and how the replies did. */
export type ChecklistTallies = Map<string, { question: string } & Record<ChecklistStatus, number>>

/**
 * One result's line in the compact view (the items it fails), counted into `tallies`. `pad` is the width
 * of the names (checklistPad of all of them).
 */
export function compactChecklistLine(result: CheckResult, pad: number, tallies: ChecklistTallies, chalk: ChalkInstance): { line: string; failing: boolean } {
  const failed: string[] = []
  for (const item of result.checklist) {
    const tally = tallies.get(item.id) ?? { question: item.question, pass: 0, fail: 0, manual: 0 }
    tally[item.status]++
    tallies.set(item.id, tally)
    if (item.status === 'fail') failed.push(item.id)
  }
  const name = checklistNameOf(result)
  const line = failed.length === 0 ? `${chalk.green('✔')} ${name}` : `${chalk.red('✖')} ${name.padEnd(pad)}  ${chalk.red(printable(failed.join(', ')))}`
  return { line, failing: failed.length > 0 }
}

/** What ends the compact view: per item how many of the `count` replies pass it, and a verdict. */
export function compactChecklistSummary(tallies: ChecklistTallies, count: number, failing: number, chalk: ChalkInstance): string[] {
  const lines = ['', `Per punt: hoeveel van de ${count} reacties het halen.`]
  const idWidth = [...tallies.keys()].reduce((widest, id) => Math.max(widest, [...printable(id)].length), 0)
  const countWidth = `${count}/${count}`.length
  for (const [id, tally] of tallies) {
    const checked = tally.pass + tally.fail
    const shownCount = checked === 0 ? '?'.padStart(countWidth) : `${tally.pass}/${checked}`.padStart(countWidth)
    const shown = checked === 0 ? chalk.cyan(shownCount) : tally.fail === 0 ? chalk.green(shownCount) : chalk.red(shownCount)
    lines.push(`  ${shown}  ${printable(id).padEnd(idWidth)}  ${printable(tally.question)}${checked === 0 ? chalk.dim(' (loop zelf na)') : ''}`)
  }
  lines.push('')
  lines.push(
    failing === 0
      ? chalk.green(`✔ Alle ${count} reacties halen elk punt dat tov controleert.`)
      : chalk.red(`✖ ${failing} van de ${count} reacties halen niet elk punt. Zie de meldingen met -f stylish.`),
  )
  return lines
}

function compactChecklist(results: readonly CheckResult[], chalk: ChalkInstance): string[] {
  const pad = checklistPad(results.map(checklistNameOf))
  const tallies: ChecklistTallies = new Map()
  let failing = 0
  const lines: string[] = []
  for (const result of results) {
    const { line, failing: fails } = compactChecklistLine(result, pad, tallies, chalk)
    if (fails) failing++
    lines.push(line)
  }
  for (const line of compactChecklistSummary(tallies, results.length, failing, chalk)) lines.push(line)
  return lines
}

export function formatChecklist(results: readonly CheckResult[], options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const lines = results.length > fullChecklistUpTo ? compactChecklist(results, chalk) : fullChecklist(results, chalk)
  return lines.join('\n') + '\n'
}
