// The default terminal format: findings per file, aligned, with suggestions, then a one-line total.
import { Chalk, type ChalkInstance } from 'chalk'
import type { CheckResult, Finding } from '../types.js'
import { printable } from '../terminal-text.js'

export interface StylishOptions {
  color: boolean
  /**
   * The terminal's width in columns, from the caller (the CLI reads it; a formatter never looks at the
   * process): messages wrap to fit it. Without it (output to a file or pipe), a finding is one line.
   */
  width?: number
  /**
   * The text a result was checked from (a library entry's own text), for the excerpt under a max-length
   * finding: its last words before the limit. Without it, the excerpt shows only what falls away.
   */
  textOf?: (result: CheckResult) => string | undefined
}

/** Below this, wrapping would leave a word or two per line: the terminal wraps better itself. */
const narrowestMessage = 24
/** Columns each side of the cut in the excerpt of a too-long reply, when no width is known. */
const excerptSide = 32

const columnsOf = (text: string): number => [...text].length

/** Words of `text` in lines of at most `first` columns, then `rest`; a word longer than a line stays whole. */
function wrap(text: string, first: number, rest: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const limit = lines.length === 0 ? first : rest
    if (line !== '' && columnsOf(line) + 1 + columnsOf(word) > limit) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  lines.push(line)
  return lines
}

const oneLine = (text: string): string => text.replace(/\s+/gu, ' ')

/** The last `size` columns of `text`, from the start of a word when there is one. */
function tail(text: string, size: number): { text: string; cut: boolean } {
  const characters = [...text]
  if (characters.length <= size) return { text, cut: false }
  const end = characters.slice(-size).join('')
  const space = end.indexOf(' ')
  return { text: space >= 0 && space < end.length - 1 ? end.slice(space + 1) : end, cut: true }
}

/** The first `size` columns of `text`, to the end of a word when there is one. */
function head(text: string, size: number): { text: string; cut: boolean } {
  const characters = [...text]
  if (characters.length <= size) return { text, cut: false }
  const start = characters.slice(0, size).join('')
  const space = start.lastIndexOf(' ')
  return { text: space > 0 ? start.slice(0, space) : start, cut: true }
}

/**
 * Where a too-long reply is cut: "… its last words | what falls away …". The finding runs from the limit
 * to the end, so `actual` is what falls away; the words before come from the checked text, when known.
 */
function cutExcerpt(finding: Finding, text: string | undefined, side: number): { before: string; after: string; joined: boolean } {
  const rest = oneLine(finding.actual)
  const after = head(rest.trimStart(), side)
  const known = text !== undefined && text.slice(finding.offset, finding.endOffset) === finding.actual
  const before = known ? tail(oneLine(text.slice(0, finding.offset)).trimEnd(), side) : undefined
  // A limit inside a word is shown inside it ("uu|r"); between words, with a space each side.
  const joined = known && /\S$/u.test(text.slice(0, finding.offset)) && /^\S/u.test(finding.actual)
  return {
    before: before ? `${before.cut ? '… ' : ''}${printable(before.text)}` : '',
    after: `${printable(after.text)}${after.cut ? ' …' : ''}`,
    joined,
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** What the one-line total at the end of stylish output counts. */
export interface StylishTotals {
  results: number
  errors: number
  warnings: number
  /** Findings --fix can repair. */
  fixable: number
}

/** The lines of one result: its name, then each finding (none for a clean result). */
export function stylishResultLines(result: CheckResult, options: StylishOptions, chalk: ChalkInstance): string[] {
  const lines: string[] = []
  if (result.findings.length === 0) return lines
  const entry = result.entry === undefined ? '' : ` › ${result.entry}`
  lines.push(chalk.underline(printable(`${result.file}${entry}`)) + chalk.dim(` (${result.channel})`))
  // A loop, not Math.max(...): a library can hold more findings than a call has arguments.
  let width = 0
  for (const finding of result.findings) width = Math.max(width, `${finding.line}:${finding.column}`.length)
  for (const finding of result.findings) {
    const where = `${finding.line}:${finding.column}`.padEnd(width)
    const level = finding.severity === 'error' ? chalk.red('fout         ') : chalk.yellow('waarschuwing ')
    const ruleId = printable(finding.ruleId)
    // Message column: after "  1:2  waarschuwing ". The rule id ends the first line, whole.
    const indent = 2 + width + 2 + 13
    const room = options.width === undefined ? undefined : options.width - indent
    const message = room === undefined || room < narrowestMessage
      ? [printable(finding.message)]
      : wrap(printable(finding.message), Math.max(narrowestMessage, room - 2 - columnsOf(ruleId)), room)
    lines.push(`  ${chalk.dim(where)}  ${level}${message[0]}  ${chalk.dim(ruleId)}`)
    for (const line of message.slice(1)) lines.push(`${' '.repeat(indent)}${line}`)
    if (finding.suggestions.length > 0) {
      const shown = finding.suggestions.map((suggestion) => (suggestion === '' ? '(weglaten)' : printable(suggestion)))
      lines.push(`  ${' '.repeat(width)}  ${chalk.green('→')} ${shown.slice(0, 5).join(chalk.dim(' | '))}`)
    }
    if (finding.ruleId === 'max-length' && finding.actual !== '') {
      // Each side gets half the line after the indent, the " | " and the ellipses.
      const side = room === undefined ? excerptSide : Math.max(12, Math.floor((options.width! - (2 + width + 2) - 3 - 4) / 2))
      const cut = cutExcerpt(finding, options.textOf?.(result), side)
      const mark = cut.joined ? chalk.red.bold('|') : ` ${chalk.red.bold('|')} `
      lines.push(`  ${' '.repeat(width)}  ${chalk.dim(cut.before)}${cut.before === '' ? `${chalk.red.bold('|')} ` : mark}${chalk.dim(cut.after)}`)
    }
  }
  lines.push('')
  return lines
}

/** The one-line total (and what --fix can repair) that ends stylish output. */
export function stylishSummaryLines(totals: StylishTotals, chalk: ChalkInstance): string[] {
  const { results, errors, warnings, fixable } = totals
  const total = errors + warnings
  if (total === 0) return [chalk.green(`✔ Geen problemen gevonden in ${plural(results, 'reactie', 'reacties')}.`)]
  const summary = `✖ ${plural(total, 'probleem', 'problemen')} (${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')})`
  const lines = [errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary)]
  if (fixable > 0) lines.push(chalk.dim(`  ${plural(fixable, 'probleem', 'problemen')} te herstellen met --fix`))
  return lines
}

/** Findings of `result` that --fix can repair. */
export function fixableIn(result: CheckResult): number {
  return result.findings.filter((finding) => finding.fix).length
}

export function formatStylish(results: readonly CheckResult[], options: StylishOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const lines: string[] = []
  const totals: StylishTotals = { results: results.length, errors: 0, warnings: 0, fixable: 0 }
  for (const result of results) {
    totals.errors += result.summary.errors
    totals.warnings += result.summary.warnings
    totals.fixable += fixableIn(result)
    // A loop, not push(...): one result can have more lines than a call has arguments.
    for (const line of stylishResultLines(result, options, chalk)) lines.push(line)
  }
  for (const line of stylishSummaryLines(totals, chalk)) lines.push(line)
  return lines.join('\n') + '\n'
}
