// A canned-response library as tov sees it: entries of text, each with its id, its channel when the
// library names one, and the map from its text back to the source file.
import { isChannelName } from '../channels/channels.js'
import { TovError, type TovErrorCode } from '../tov-error.js'
import type { ChannelName } from '../types.js'
import type { OffsetMap } from './offset-map.js'

export const libraryFormats = ['text', 'json', 'yaml', 'csv', 'zendesk'] as const
export type LibraryFormat = (typeof libraryFormats)[number]

export interface LibraryEntry {
  id: string
  channel?: ChannelName
  text: string
  /** Text offset -> offset in the source file. */
  map: OffsetMap
}

export interface LibraryFile {
  /** The name shown in reports (relative to the working folder). */
  file: string
  /** The whole source, for lines and columns. */
  content: string
  format: LibraryFormat
  entries: LibraryEntry[]
  /** Canned responses (placeholders filled in later), not a draft about to be sent. */
  template: boolean
}

/**
 * Line and column (1-based, columns in UTF-16 units) of an offset, counting line breaks as
 * vfile-location does (\r\n, \n or \r). A scan without an index: an error is reported once, and a line
 * index of a 64 MiB file of short lines would cost more memory than the file.
 */
function pointAt(content: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = content.charCodeAt(index)
    if (code === 10 || (code === 13 && content.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Throws the one-line error of a broken library: file, line, column, problem. */
export function libraryError(file: string, content: string, offset: number, problem: string, code: TovErrorCode = 'LIBRARY_INVALID'): never {
  const point = pointAt(content, Math.max(0, Math.min(offset, content.length)))
  throw new TovError(code, `${file}:${point.line}:${point.column}: ${problem}`)
}

/** 100000 as a Dutch reader writes it: 100.000. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, '.')
}

/** A value from a library, quoted for a one-line message; long values are cut. */
export function quoted(value: string): string {
  return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`
}

/** What a value that should have been text is, in Dutch ("geen lijst"), without ever calling its toString. */
export function kindOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'lijst'
  if (value === null) return 'null'
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 'getal'
    case 'boolean':
      return 'waar/onwaar'
    case 'string':
      return 'tekst'
    default:
      return 'object'
  }
}

/** A channel named by an entry, checked. Any value may arrive here: a parsed object must never reach String(). */
export function entryChannel(value: unknown, fail: (problem: string) => never): ChannelName | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') fail(`"channel" moet tekst zijn, zoals "email", geen ${kindOfValue(value)}.`)
  if (!isChannelName(value)) fail(`onbekend kanaal ${quoted(value)}.`)
  return value
}

/**
 * Entries of one run, in all files together. Every entry is checked and reported, so a run of more is
 * minutes of work and hundreds of MiB of results: such a library must be split. Readers count while they
 * read, so a refusal comes before the entries are built.
 */
export const maxEntries = 100_000

/** Throws TOO_MANY_ENTRIES at the first entry beyond the run's budget. */
export function tooManyEntries(file: string, content: string, offset: number): never {
  libraryError(
    file,
    content,
    offset,
    `meer dan ${formatCount(maxEntries)} reacties in totaal; splits de bibliotheek of controleer minder bestanden tegelijk.`,
    'TOO_MANY_ENTRIES',
  )
}
