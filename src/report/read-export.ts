// `tov report`'s input: an export of sent replies from a help desk, CSV or JSON, read one row at a time.
// Columns are found by name, case, spaces, dots and underscores ignored: tov's own (text, agent, channel,
// date, thread), Zendesk's ticket and comment exports (Comment, Body, Description, Author, Assignee, Via,
// Channel, Created at, Ticket ID, Id) and Freshdesk's (Description, Agent, Source, Created time, Ticket ID).
// HTML bodies become the text a customer reads. A row without a text or a usable date, a customer's message
// and an internal note are skipped with their reason, never a crash; a file that is not text is one Dutch
// error. The whole file is checked (quotes, shape, columns) before the first row is handed over.
import { parse as parseJsonc, type ParseError } from 'jsonc-parser'
import { maxReplyBytes } from '../engine/checker.js'
import { assertHtmlShape, maxHtmlElementsPerFile } from '../library/html-shape.js'
import { htmlToText } from '../library/html-to-text.js'
import { libraryError } from '../library/library-entry.js'
import { csvRecords, type RawField } from '../library/read-csv-library.js'
import { decodeReply, maxLibraryBytes } from '../library/read-replies.js'
import { readInputFile } from '../read-input-file.js'
import { TovError } from '../tov-error.js'
import type { ChannelName } from '../types.js'
import { exportChannel } from './export-channel.js'
import { exportDay, type Day } from './export-date.js'

/**
 * Rows an export may have: half a million replies take tov about three minutes on one core (a year of a
 * large team); beyond that an export is a mistake, or a period to split. Counted before anything is checked.
 */
export const maxExportRows = 500_000

/** The refusal of an export with more rows than maxExportRows. */
function tooManyRows(file: string): never {
  throw new TovError('TOO_MANY_ENTRIES', `${file}: meer dan ${String(maxExportRows).replace(/\B(?=(\d{3})+$)/g, '.')} rijen; exporteer een kortere periode.`)
}

/** The fields tov reads from an export. */
export type ExportField = 'text' | 'agent' | 'channel' | 'date' | 'thread'

/** Why a row was not checked. */
export type SkipReason = 'no-text' | 'bad-text' | 'no-date' | 'bad-date' | 'customer-message' | 'internal-note' | 'bad-row'

/** Each reason as the report says it. */
export const skipReasonLabels: Readonly<Record<SkipReason, string>> = {
  'no-text': 'geen tekst',
  'bad-text': 'geen leesbare tekst (binaire tekens, te lang of te diep geneste HTML)',
  'no-date': 'geen datum',
  'bad-date': 'datum niet te lezen',
  'customer-message': 'bericht van de klant, geen antwoord',
  'internal-note': 'interne notitie, niet verstuurd',
  'bad-row': 'meer velden dan de kopregel',
}

/** A sent reply as the export gives it. */
export interface ExportReply {
  kind: 'reply'
  /** Its place: the line of a CSV file where its row starts, or its number in a JSON list (from 1). */
  row: number
  text: string
  /** The agent as the export names them; "" when it does not. */
  agent: string
  channel: ChannelName
  /** The export's own channel value when it names no channel tov knows (the config's channel was taken). */
  unknownChannel?: string
  day: Day
  /** The ticket or conversation it belongs to. */
  thread?: string
}

/** A row that is not checked, and why. */
export interface SkippedRow {
  kind: 'skipped'
  row: number
  reason: SkipReason
}

export type ExportRow = ExportReply | SkippedRow

export interface ExportFile {
  /** The name shown in messages and in the report. */
  file: string
  format: 'csv' | 'json'
  /** How `row` counts: lines of a CSV file, items of a JSON list. */
  rowUnit: 'line' | 'item'
  /** The export's own names of the fields tov reads (a JSON export's as its first object has them). */
  columns: Partial<Record<ExportField, string>>
  /** Data rows in the export (blank lines not counted). */
  total: number
  /** The rows in the export's order. Read once: a JSON export's objects are let go as they are read. */
  rows(): Generator<ExportRow>
}

export interface ParseExportOptions {
  /** The channel of a row whose channel is missing or names none tov knows (the config's). */
  channel: ChannelName
}

/**
 * Names each field may have, most specific first, as `normalisedName` writes them. Help desks' plain-text
 * bodies come before their HTML ones; a ticket's description (the customer's first message in Zendesk and
 * Freshdesk) is the last resort, for exports that put the reply there.
 */
const fieldNames: Readonly<Record<ExportField, readonly string[]>> = {
  text: ['text', 'tekst', 'reply', 'reactie', 'antwoord', 'comment', 'plain body', 'body text', 'body', 'html body', 'message', 'bericht', 'content', 'description text', 'description'],
  // An API export without names has their ids: agents told apart all the same.
  agent: ['agent', 'medewerker', 'agent name', 'author', 'author name', 'assignee', 'assignee name', 'responder', 'responder name', 'sender', 'afzender', 'author id', 'assignee id', 'responder id'],
  channel: ['channel', 'kanaal', 'via', 'via channel', 'source', 'bron'],
  date: ['date', 'datum', 'sent at', 'verzonden', 'created at', 'created time', 'created', 'aangemaakt', 'timestamp', 'time'],
  thread: ['thread', 'gesprek', 'ticket id', 'ticket', 'ticket number', 'conversation id', 'id'],
}

/** Fields that say a row is no sent reply: a customer's message or an internal note. */
type FilterField = 'public' | 'private' | 'incoming' | 'role'
const filterNames: Readonly<Record<FilterField, readonly string[]>> = {
  public: ['public'],
  private: ['private'],
  incoming: ['incoming'],
  role: ['author role', 'role', 'author type', 'sender type', 'user type', 'from'],
}

const customerRoles = new Set(['end user', 'enduser', 'customer', 'requester', 'contact', 'klant', 'consument'])

/** A column's name as compared: lower case; spaces, dots, dashes and underscores as one space. */
function normalisedName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_.-]+/g, ' ').trim()
}

const truthy = new Set(['true', '1', 'yes', 'ja', 'y', 'j', 'waar'])
const falsy = new Set(['false', '0', 'no', 'nee', 'n', 'onwaar'])

/** Whether a flag's value says yes (true), no (false), or nothing (undefined). */
function flag(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined
  const lower = value.trim().toLowerCase()
  return truthy.has(lower) ? true : falsy.has(lower) ? false : undefined
}

// Tags of real HTML (not "<3" or "<naam>"): a body with one of them, or with entities, is read as HTML.
const htmlTag = /<\/?(?:p|div|br|span|a|b|i|u|s|strong|em|ul|ol|li|table|thead|tbody|tr|td|th|h[1-6]|blockquote|font|img|hr|pre|code|small|sup|sub|center|section|article)\b[^>]*>/i
const htmlEntity = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i

/** What every row of a file reads its values through: the text's HTML budget, and the config's channel. */
interface RowContext {
  channel: ChannelName
  /** HTML elements left for the file's bodies (maxHtmlElementsPerFile). */
  htmlElements: number
}

/** The values of one row, as text (undefined: the export has no such field, or it is empty). */
type RowValues = Partial<Record<ExportField | FilterField, string>> & { htmlColumn?: boolean }

/** A row's values made into a reply, or the reason it is skipped. */
function rowOf(row: number, values: RowValues, context: RowContext): ExportRow {
  const skip = (reason: SkipReason): SkippedRow => ({ kind: 'skipped', row, reason })
  if (flag(values.public) === false || flag(values.private) === true) return skip('internal-note')
  if (flag(values.incoming) === true) return skip('customer-message')
  if (values.role !== undefined && customerRoles.has(normalisedName(values.role))) return skip('customer-message')
  let text = values.text ?? ''
  if (text.trim() === '') return skip('no-text')
  if (text.includes('\u0000') || text.length > maxReplyBytes) return skip('bad-text')
  if (values.htmlColumn || htmlTag.test(text) || htmlEntity.test(text)) {
    let elements: number
    try {
      elements = assertHtmlShape(text, () => {
        throw new Error('shape')
      })
    } catch {
      return skip('bad-text')
    }
    if (elements > context.htmlElements) return skip('bad-text')
    context.htmlElements -= elements
    text = htmlToText(text).text
    if (text.trim() === '') return skip('no-text')
  }
  text = text.trim()
  const written = values.date?.trim() ?? ''
  if (written === '') return skip('no-date')
  const day = exportDay(written)
  if (day === undefined) return skip('bad-date')
  const given = values.channel?.trim() ?? ''
  const channel = given === '' ? undefined : exportChannel(given)
  const thread = values.thread?.trim()
  return {
    kind: 'reply',
    row,
    text,
    agent: (values.agent ?? '').trim().replace(/\s+/g, ' '),
    channel: channel ?? context.channel,
    ...(given !== '' && channel === undefined ? { unknownChannel: given } : {}),
    day,
    ...(thread ? { thread } : {}),
  }
}

/** For each field, the first of its names that `names` has: its index there. */
function pickColumns<F extends string>(names: readonly string[], wanted: Readonly<Record<F, readonly string[]>>): Partial<Record<F, number>> {
  const normalised = names.map(normalisedName)
  const picked: Partial<Record<F, number>> = {}
  for (const field of Object.keys(wanted) as F[]) {
    for (const candidate of wanted[field]) {
      const index = normalised.indexOf(candidate)
      if (index >= 0) {
        picked[field] = index
        break
      }
    }
  }
  return picked
}

/** The one-line refusal of an export without a text or date column. */
function missingColumn(file: string, field: 'text' | 'date', found: readonly string[]): never {
  const what = field === 'text' ? 'de tekst van de reacties' : 'de datum'
  const shown = found.length > 12 ? `${found.slice(0, 12).join(', ')}, …` : found.join(', ')
  throw new TovError(
    'LIBRARY_INVALID',
    `${file}: geen kolom met ${what} (gevonden: ${shown || 'geen'}). tov zoekt onder meer: ${fieldNames[field].slice(0, 8).join(', ')}.`,
  )
}

/** A CSV field's text: a quoted field without its quotes, a doubled quote as one. */
function fieldText(content: string, field: RawField): string {
  if (content.charCodeAt(field.start) !== 0x22) return content.slice(field.start, field.end)
  return content.slice(field.start + 1, field.end - 1).replaceAll('""', '"')
}

function parseCsvExport(file: string, content: string, options: ParseExportOptions): ExportFile {
  // The first pass checks the quoting of the whole file and counts its rows; the second reads them.
  let header: string[] | undefined
  let total = 0
  for (const record of csvRecords(file, content, () => header?.length)) {
    if (record.count === 1 && record.fields[0]!.start === record.fields[0]!.end) continue
    if (!header) header = record.fields.map((field) => fieldText(content, field).trim())
    else if (++total > maxExportRows) tooManyRows(file)
  }
  if (!header) throw new TovError('EMPTY_INPUT', `${file}: leeg; verwacht een kopregel en een rij per verstuurde reactie.`)
  if (total === 0) throw new TovError('EMPTY_INPUT', `${file}: alleen een kopregel; er zijn geen reacties om te bekijken.`)
  const columns = pickColumns(header, fieldNames)
  const filters = pickColumns(header, filterNames)
  if (columns.text === undefined) missingColumn(file, 'text', header)
  if (columns.date === undefined) missingColumn(file, 'date', header)
  const names: Partial<Record<ExportField, string>> = {}
  for (const [field, index] of Object.entries(columns) as Array<[ExportField, number]>) names[field] = header[index]!
  const htmlColumn = normalisedName(header[columns.text]!).startsWith('html')
  const headerLength = header.length

  return {
    file,
    format: 'csv',
    rowUnit: 'line',
    columns: names,
    total,
    *rows() {
      const context: RowContext = { channel: options.channel, htmlElements: maxHtmlElementsPerFile }
      let seenHeader = false
      let line = 1
      let counted = 0
      for (const record of csvRecords(file, content, () => (seenHeader ? headerLength : undefined))) {
        const first = record.fields[0]!
        for (let at = content.indexOf('\n', counted); at >= 0 && at < first.start; at = content.indexOf('\n', at + 1)) line++
        counted = first.start
        if (record.count === 1 && first.start === first.end) continue
        if (!seenHeader) {
          seenHeader = true
          continue
        }
        if (record.count > headerLength) {
          yield { kind: 'skipped', row: line, reason: 'bad-row' }
          continue
        }
        const values: RowValues = { htmlColumn }
        for (const [field, index] of Object.entries({ ...columns, ...filters }) as Array<[ExportField | FilterField, number]>) {
          const raw = record.fields[index]
          if (raw !== undefined) values[field] = fieldText(content, raw)
        }
        yield rowOf(line, values, context)
      }
    },
  }
}

/** Keys of a JSON object, by their normalised name. */
function keysOf(item: Record<string, unknown>): Map<string, string> {
  const keys = new Map<string, string>()
  for (const key of Object.keys(item)) {
    const name = normalisedName(key)
    if (!keys.has(name)) keys.set(name, key)
  }
  return keys
}

/** A JSON value as the text of a field: objects by their telling key (Zendesk's via.channel, an author's name). */
function valueText(value: unknown, field: ExportField | FilterField): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const object = value as Record<string, unknown>
  const inner = field === 'channel' ? (object['channel'] ?? object['name']) : field === 'agent' ? (object['name'] ?? object['email']) : field === 'text' ? (object['text'] ?? object['body']) : field === 'thread' ? object['id'] : undefined
  return typeof inner === 'string' || typeof inner === 'number' ? String(inner) : undefined
}

/** Where broken JSON breaks: JSON.parse does not say, jsonc-parser does (asked only when it is broken). */
function jsonErrorOffset(content: string): number {
  const errors: ParseError[] = []
  try {
    parseJsonc(content, errors, { disallowComments: true, allowTrailingComma: false })
  } catch {
    // Nesting too deep for its recursion: the start of the file will do.
  }
  return errors[0]?.offset ?? 0
}

/** The lists of replies a JSON export may hold at its top. */
const listKeys = ['replies', 'tickets', 'comments', 'conversations', 'results', 'data']

function parseJsonExport(file: string, content: string, options: ParseExportOptions): ExportFile {
  let parsed: unknown
  try {
    parsed = JSON.parse(content)
  } catch {
    libraryError(file, content, jsonErrorOffset(content), 'geen geldige JSON; verwacht een lijst van reacties, of een object met "tickets" of "replies".')
  }
  let items: unknown[] | undefined
  if (Array.isArray(parsed)) items = parsed
  else if (parsed !== null && typeof parsed === 'object') {
    for (const key of listKeys) {
      const list = (parsed as Record<string, unknown>)[key]
      if (Array.isArray(list)) {
        items = list
        break
      }
    }
  }
  if (!items) throw new TovError('LIBRARY_INVALID', `${file}: verwacht een lijst van reacties, of een object met "tickets" of "replies" (een lijst).`)
  if (items.length === 0) throw new TovError('EMPTY_INPUT', `${file}: de lijst is leeg; er zijn geen reacties om te bekijken.`)
  if (items.length > maxExportRows) tooManyRows(file)

  // The columns: the first object's names for each field; an export whose objects (the first thousand) name
  // no text or no date at all is refused, as a CSV file without such a column is.
  const names: Partial<Record<ExportField, string>> = {}
  const seen = new Set<string>()
  for (const item of items.slice(0, 1000)) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue
    const keys = keysOf(item as Record<string, unknown>)
    for (const key of keys.values()) seen.add(key)
    for (const field of Object.keys(fieldNames) as ExportField[]) {
      if (names[field] !== undefined) continue
      const name = fieldNames[field].find((candidate) => keys.has(candidate))
      if (name !== undefined) names[field] = keys.get(name)!
    }
  }
  if (names.text === undefined) missingColumn(file, 'text', [...seen])
  if (names.date === undefined) missingColumn(file, 'date', [...seen])
  const list = items
  let read = false
  const wanted = { ...fieldNames, ...filterNames } as Record<ExportField | FilterField, readonly string[]>

  return {
    file,
    format: 'json',
    rowUnit: 'item',
    columns: names,
    total: list.length,
    *rows() {
      if (read) throw new Error('tov: the rows of a JSON export are read once')
      read = true
      const context: RowContext = { channel: options.channel, htmlElements: maxHtmlElementsPerFile }
      for (let index = 0; index < list.length; index++) {
        const item = list[index]
        // Let the object go: the parsed export is the largest thing in memory, and it is read once.
        list[index] = undefined
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
          yield { kind: 'skipped', row: index + 1, reason: 'no-text' }
          continue
        }
        const object = item as Record<string, unknown>
        const keys = keysOf(object)
        const values: RowValues = {}
        for (const field of Object.keys(wanted) as Array<ExportField | FilterField>) {
          const name = wanted[field].find((candidate) => keys.has(candidate))
          if (name === undefined) continue
          const text = valueText(object[keys.get(name)!], field)
          if (text !== undefined) values[field] = text
          if (field === 'text') values.htmlColumn = name.startsWith('html')
        }
        // Zendesk's comments with their authors side-loaded: the role is the author's.
        const author = keys.has('author') ? object[keys.get('author')!] : undefined
        if (values.role === undefined && author !== null && typeof author === 'object' && typeof (author as Record<string, unknown>)['role'] === 'string') {
          values.role = (author as Record<string, unknown>)['role'] as string
        }
        yield rowOf(index + 1, values, context)
      }
    },
  }
}

/** The format of an export: by its extension, else by its first character. */
function formatOf(file: string, content: string): 'csv' | 'json' {
  const lower = file.toLowerCase()
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv'
  return /^\s*[[{]/.test(content) ? 'json' : 'csv'
}

/** An export's text read into rows (see ExportFile). */
export function parseExport(file: string, content: string, options: ParseExportOptions): ExportFile {
  if (content.trim() === '') throw new TovError('EMPTY_INPUT', `${file}: leeg; er zijn geen reacties om te bekijken.`)
  return formatOf(file, content) === 'json' ? parseJsonExport(file, content, options) : parseCsvExport(file, content, options)
}

/**
 * Reads an export file: at most 64 MiB (as a library), a regular file, UTF-8; then parseExport. `shown` is
 * the name in messages (the path as the user typed it).
 */
export async function readExport(path: string, shown: string, options: ParseExportOptions): Promise<ExportFile> {
  const bytes = await readInputFile(path, { name: shown, maxBytes: maxLibraryBytes, tooLarge: 'te groot voor een export (meer dan 64 MiB); exporteer een kortere periode.' })
  return parseExport(shown, decodeReply(bytes, shown, true), options)
}
