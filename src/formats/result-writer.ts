// The output formats one result at a time: what `tov check` prints while a library is still being checked,
// so that a run of 100,000 replies never holds 100,000 results or one string of them all. The text is the
// same, byte for byte, as formatResults of all the results at once (test/stream-format.test.ts).
import { Chalk } from 'chalk'
import { TovError, shownValue } from '../tov-error.js'
import type { CheckResult } from '../types.js'
import { builtinRules } from '../../rules/index.js'
import { packageVersion } from '../package-data.js'
import {
  checklistNameOf,
  checklistPad,
  compactChecklistLine,
  compactChecklistSummary,
  fullChecklistLines,
  fullChecklistUpTo,
  type ChecklistTallies,
} from './checklist-format.js'
import { formatNames, isFormatName, type FormatName, type FormatOptions } from './format-results.js'
import { githubLines } from './github.js'
import { ruleIdsOf, sarifLog, sarifResultsOf, sarifRules } from './sarif.js'
import { fixableIn, stylishResultLines, stylishSummaryLines, type StylishTotals } from './stylish.js'

export interface ResultWriter {
  /** The text of this result, to print now; results come in the order of the output. */
  write(result: CheckResult): string
  /** The rest of the output after the last result, in pieces to print in turn. */
  end(): Iterable<string>
}

/** Where the SARIF writer keeps its results until the rules they name are known (default: in memory). */
export interface SarifSpill {
  write(text: string): void
  /** Everything written, in order, in pieces of any size. */
  read(): Iterable<string>
}

export interface ResultWriterOptions extends FormatOptions {
  /**
   * The results to come, for the checklist view, whose layout depends on how many there are and how wide
   * their names are: without it, that view keeps every result until the end.
   */
  upcoming?: { count: number; names: () => Iterable<{ file: string; entry?: string | undefined }> }
  /** For SARIF: where its results wait for the rules array before them (a file, for a huge library). */
  sarifSpill?: SarifSpill
}

const lines = (list: readonly string[]): string => list.map((line) => `${line}\n`).join('')

/** Indents every line of `text` after the first by `indent`. */
const indented = (text: string, indent: string): string => text.replace(/\n/g, `\n${indent}`)

function stylishWriter(options: ResultWriterOptions): ResultWriter {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const stylish = { color: options.color ?? false, ...(options.width ? { width: options.width } : {}), ...(options.textOf ? { textOf: options.textOf } : {}) }
  const totals: StylishTotals = { results: 0, errors: 0, warnings: 0, fixable: 0 }
  return {
    write(result) {
      totals.results++
      totals.errors += result.summary.errors
      totals.warnings += result.summary.warnings
      totals.fixable += fixableIn(result)
      return lines(stylishResultLines(result, stylish, chalk))
    },
    end: () => [lines(stylishSummaryLines(totals, chalk))],
  }
}

/** JSON.stringify(results, null, 2), one element at a time. */
function jsonWriter(): ResultWriter {
  let count = 0
  return {
    write: (result) => `${count++ === 0 ? '[\n  ' : ',\n  '}${indented(JSON.stringify(result, null, 2), '  ')}`,
    end: () => [count === 0 ? '[]\n' : '\n]\n'],
  }
}

function githubWriter(): ResultWriter {
  return { write: (result) => lines(githubLines(result)), end: () => [] }
}

function checklistWriter(options: ResultWriterOptions): ResultWriter {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  /** The whole checklist of each of `count` results; no line at all is one empty line, as in formatChecklist. */
  const fullWriter = (count: number): ResultWriter => {
    let written = false
    return {
      write(result) {
        const text = lines(fullChecklistLines(result, count > 1, chalk))
        written ||= text !== ''
        return text
      },
      end: () => (written ? [] : ['\n']),
    }
  }
  /** One line per result, names padded to `pad`, then the tally per item. */
  const compactWriter = (pad: number): ResultWriter => {
    const tallies: ChecklistTallies = new Map()
    let count = 0
    let failing = 0
    return {
      write(result) {
        count++
        const { line, failing: fails } = compactChecklistLine(result, pad, tallies, chalk)
        if (fails) failing++
        return `${line}\n`
      },
      end: () => [lines(compactChecklistSummary(tallies, count, failing, chalk))],
    }
  }
  const upcoming = options.upcoming
  if (upcoming) {
    if (upcoming.count <= fullChecklistUpTo) return fullWriter(upcoming.count)
    return compactWriter(checklistPad(namesOf(upcoming.names())))
  }
  // Without knowing what comes, the layout needs every result: kept, and written at the end.
  const kept: CheckResult[] = []
  return {
    write: (result) => {
      kept.push(result)
      return ''
    },
    end: () => {
      const writer = kept.length > fullChecklistUpTo ? compactWriter(checklistPad(namesOf(kept))) : fullWriter(kept.length)
      return [kept.map(writer.write).join(''), ...writer.end()]
    },
  }
}

function* namesOf(places: Iterable<{ file: string; entry?: string | undefined }>): Generator<string> {
  for (const place of places) yield checklistNameOf(place)
}

/**
 * SARIF's rules (only those that fired, sorted, each result pointing at its place) come before its
 * results: the results wait in `spill`, with their rule's place left open, until the last is known.
 */
function sarifWriter(options: ResultWriterOptions): ResultWriter {
  const kept: string[] = []
  const spill: SarifSpill = options.sarifSpill ?? { write: (text) => void kept.push(text), read: () => kept }
  const used = new Set<string>()
  const sarif = { ...(options.fingerprintOf ? { fingerprintOf: options.fingerprintOf } : {}), ...(options.baseline ? { baseline: true } : {}) }
  /** The log without results, cut where its results go. */
  const around = (rules: object[]): { head: string; tail: string; indent: string } => {
    const whole = JSON.stringify(sarifLog(rules, [], packageVersion()), null, 2)
    const at = whole.indexOf(emptyResults)
    const column = at - whole.lastIndexOf('\n', at) - 1
    return { head: whole.slice(0, at), tail: whole.slice(at + emptyResults.length), indent: ' '.repeat(column) }
  }
  // Each result one level deeper than the "results" key.
  const indent = `${around([]).indent}  `
  let count = 0
  return {
    write(result) {
      for (const id of ruleIdsOf(result)) used.add(id)
      for (const item of sarifResultsOf(result, sarif, (ruleId) => `${openPlace}${ruleId}`)) {
        spill.write(`${count++ === 0 ? '' : ',\n'}${indent}${indented(JSON.stringify(item, null, 2), indent)}`)
      }
      return ''
    },
    *end() {
      const sorted = [...used].sort()
      const index = new Map(sorted.map((id, position) => [id, position]))
      const { head, tail, indent: keyIndent } = around(sarifRules(sorted, options.rules ?? builtinRules))
      if (count === 0) {
        yield `${head}${emptyResults}${tail}\n`
        return
      }
      yield `${head}"results": [\n`
      for (const text of spill.read()) yield text.replace(openPlaces, (_whole, key: string, id: string) => `${key}${index.get(JSON.parse(`"${id}"`) as string)!}`)
      yield `\n${keyIndent}]${tail}\n`
    },
  }
}

const emptyResults = '"results": []'
/** A rule's place in SARIF's rules array, to fill in at the end. */
const openPlace = '\u0000tov-rule:'
/**
 * Where a place is open in the JSON text: `"ruleIndex": "\u0000tov-rule:<id>"` at the start of a line, which
 * no string in the JSON can contain (its quotes and line breaks are escaped).
 */
const openPlaces = /^(\s*"ruleIndex": )"\\u0000tov-rule:((?:[^"\\]|\\.)*)"/gm

/**
 * A writer of `format`: write(result) for each result in order, then end(); together the same text as
 * formatResults(results, format, options).
 */
export function createResultWriter(format: FormatName, options: ResultWriterOptions = {}): ResultWriter {
  if (!isFormatName(format)) {
    throw new TovError('UNKNOWN_FORMAT', `Onbekend formaat "${shownValue(format)}". Kies uit: ${formatNames.join(', ')}.`)
  }
  switch (format) {
    case 'stylish':
      return stylishWriter(options)
    case 'json':
      return jsonWriter()
    case 'checklist':
      return checklistWriter(options)
    case 'sarif':
      return sarifWriter(options)
    case 'github':
      return githubWriter()
  }
}
