// A canned-response library as tov sees it: entries of text, each with its id, its channel when the
// library names one, and the map from its text back to the source file.
import { channelName } from '../channels/channels.js'
import { TovError, type TovErrorCode } from '../tov-error.js'
import type { ChannelName } from '../types.js'
import type { OffsetMap } from './offset-map.js'

export const libraryFormats = ['text', 'json', 'yaml', 'csv', 'zendesk'] as const
export type LibraryFormat = (typeof libraryFormats)[number]

export interface LibraryEntry {
  id: string
  channel?: ChannelName
  /** The entry's own directive (`tov: { disable: [...], reason }`): rules silenced for its whole text. */
  disable?: EntryDirective
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
  const channel = channelName(value)
  if (channel === undefined) fail(`onbekend kanaal ${quoted(value)}.`)
  return channel
}

/**
 * The keys an entry of a JSON or YAML library has (README, "Libraries of canned responses"). Help-desk
 * exports carry fields of their own (title, tags, updated_at), which tov leaves unread; but a key that
 * looks like a known one whose place it takes ("kanaal", "tekst", "chanel") is an error, as Vale refuses an
 * unknown key: "kanaal" left unread checks a WhatsApp reply by the rules of another channel.
 */
export const entryKeys = ['id', 'channel', 'text', 'tov'] as const
/** In `{ "<id>": { "text", "channel" } }` the id is the key of the entry, not one of its own. */
export const keyedEntryKeys = ['channel', 'text', 'tov'] as const

/** An entry's directive, from its `tov` field: the rules silenced for its whole text, and why. */
export interface EntryDirective {
  rules: string[]
  reason: string | undefined
}

/** The directive a `tov` field holds, or the problem with it (in Dutch) for the reader to report. */
export function entryDirective(value: unknown, problem: (message: string) => never): EntryDirective | undefined {
  if (value === undefined) return undefined
  const example = 'schrijf tov: { disable: [spelling], reason: "productnaam" }'
  if (value === null || typeof value !== 'object' || Array.isArray(value)) problem(`"tov" moet een object zijn; ${example}.`)
  const { disable, reason, ...rest } = value as Record<string, unknown>
  const unknownKey = Object.keys(rest)[0]
  if (unknownKey !== undefined) problem(`onbekende sleutel "${unknownKey}" in "tov"; ${example}.`)
  if (!Array.isArray(disable) || disable.length === 0 || !disable.every((rule) => typeof rule === 'string' && rule !== '')) problem(`"tov.disable" moet een lijst regels zijn; ${example}.`)
  if (reason !== undefined && (typeof reason !== 'string' || reason.trim() === '')) problem(`"tov.reason" moet tekst zijn; ${example}.`)
  return { rules: disable as string[], reason: typeof reason === 'string' ? reason.trim() : undefined }
}

/** What people write for an entry's keys in Dutch. */
const keysMeant: Readonly<Record<string, string>> = {
  kanaal: 'channel', kanal: 'channel', tekst: 'text', antwoord: 'text', reactie: 'text', bericht: 'text', naam: 'id', sleutel: 'id',
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]!
}

/** The known key a key was meant to be (its Dutch name, another case, a typo), if one is close. */
export function keyMeant(key: string, known: readonly string[]): string | undefined {
  const lower = key.trim().toLowerCase()
  const meant = Object.hasOwn(keysMeant, lower) ? keysMeant[lower] : undefined
  if (meant !== undefined) return known.includes(meant) ? meant : undefined
  const closest = known
    .map((candidate) => ({ candidate, distance: editDistance(lower, candidate) }))
    .sort((a, b) => a.distance - b.distance)[0]
  return closest && closest.distance <= Math.max(1, Math.floor(closest.candidate.length / 3)) ? closest.candidate : undefined
}

/**
 * The problem with one key of an entry whose keys are `keys`, for libraryError; undefined for a known key
 * and for a field of the library's own. A near miss counts only when the key it means is missing.
 */
export function entryKeyProblem(id: string, key: string, keys: readonly string[], known: readonly string[]): string | undefined {
  if (known.includes(key)) return undefined
  const meant = keyMeant(key, known)
  if (meant !== undefined && !keys.includes(meant)) {
    return `reactie ${quoted(id)}: onbekende sleutel ${quoted(key)} (bedoel je "${meant}"?). Geldig: ${known.join(', ')}.`
  }
  return undefined
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
