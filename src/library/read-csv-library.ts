// CSV libraries (RFC 4180): a header row, then one reply per row; quoted fields may hold commas, line
// breaks and doubled quotes. A small scanner instead of a CSV package, because findings need each field's
// place in the file and csv-parse reports only a record's line, not its fields' offsets.
// The scan is one pass that builds entries as it goes: only the id, text and channel fields are decoded,
// and the entry budget is checked per row, so a million rows are refused at row 100,001, not after all of
// them are in memory. The scanner (csvRecords) also reads `tov report`'s exports.
import type { CsvColumns } from '../types.js'
import { OffsetMapBuilder } from './offset-map.js'
import { entryChannel, formatCount, libraryError, maxEntries, quoted, tooManyEntries, type LibraryEntry, type LibraryFile } from './library-entry.js'

export type { CsvColumns }

export const defaultCsvColumns: CsvColumns = { id: 'id', text: 'text', channel: 'channel' }

/** Columns a header may have: help desk exports have a few dozen. Fields are kept only up to it. */
export const maxCsvColumns = 1_000

const quote = 0x22
const lineFeed = 0x0a
const carriageReturn = 0x0d

/** A field's place in the file: [start, end), quotes included. */
export interface RawField {
  start: number
  end: number
}

/** Comma, or semicolon as Dutch spreadsheets write it, by the header line (counted, not matched into arrays). */
export function detectDelimiter(content: string): string {
  let commas = 0
  let semicolons = 0
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code === lineFeed || code === carriageReturn) break
    if (code === 0x2c) commas++
    else if (code === 0x3b) semicolons++
  }
  return semicolons > commas ? ';' : ','
}

/** A field's text and the map from it to the file; a quoted field's doubled quotes are one. */
export function decodeField(content: string, field: RawField): OffsetMapBuilder {
  const builder = new OffsetMapBuilder()
  if (content.charCodeAt(field.start) !== quote) {
    builder.copy(content.slice(field.start, field.end), field.start)
    return builder
  }
  const last = field.end - 1
  let index = field.start + 1
  for (;;) {
    // The scan checked that every quote before the last is doubled.
    const close = content.indexOf('"', index)
    builder.copy(content.slice(index, close), index)
    if (close >= last) return builder
    builder.emit('"', close, close + 2)
    index = close + 2
  }
}

/** A row of a CSV file: its fields' places, up to the kept count, and how many fields it had. */
export interface CsvRecord {
  fields: RawField[]
  count: number
}

/**
 * The records of a CSV file in one pass, with each field's place: a blank line is one empty field. Fields
 * beyond `keptFields()` (the header's count, once there is one) are counted, not kept; before the header,
 * more than maxCsvColumns of them is a refusal. Refuses an unclosed quote or text after a closing one.
 */
export function* csvRecords(file: string, content: string, keptFields: () => number | undefined): Generator<CsvRecord> {
  const delimiter = detectDelimiter(content)
  const delimiterCode = delimiter.charCodeAt(0)
  const isFieldEnd = (code: number) => code === delimiterCode || code === lineFeed || code === carriageReturn

  /** The end of the field at `start`; refuses an unclosed quote or text after a closing one. */
  const scanField = (start: number): number => {
    if (content.charCodeAt(start) !== quote) {
      let end = start
      while (end < content.length && !isFieldEnd(content.charCodeAt(end))) end++
      return end
    }
    let index = start + 1
    for (;;) {
      const close = content.indexOf('"', index)
      if (close < 0) libraryError(file, content, start, 'veld met " wordt niet afgesloten.')
      if (content.charCodeAt(close + 1) === quote) {
        index = close + 2
        continue
      }
      const end = close + 1
      if (end < content.length && !isFieldEnd(content.charCodeAt(end))) {
        libraryError(file, content, end, `na een afsluitende " hoort ${delimiter === ',' ? 'een komma' : `"${delimiter}"`} of een regeleinde.`)
      }
      return end
    }
  }

  let index = content.charCodeAt(0) === 0xfeff ? 1 : 0
  let row: RawField[] = []
  let fieldCount = 0
  for (;;) {
    const start = index
    index = scanField(start)
    fieldCount++
    const kept = keptFields()
    if (fieldCount <= (kept ?? maxCsvColumns)) row.push({ start, end: index })
    else if (kept === undefined) libraryError(file, content, start, `meer dan ${formatCount(maxCsvColumns)} kolommen in de kopregel; is dit een bibliotheek?`, 'INPUT_TOO_COMPLEX')
    if (index < content.length && content.charCodeAt(index) === delimiterCode) {
      index++
      continue
    }
    // A line break (\r\n or \n) or the end of the file ends the row.
    if (index < content.length) index += content.charCodeAt(index) === carriageReturn && content.charCodeAt(index + 1) === lineFeed ? 2 : 1
    yield { fields: row, count: fieldCount }
    row = []
    fieldCount = 0
    if (index >= content.length) break
  }
}

export function readCsvLibrary(file: string, content: string, columns: CsvColumns = defaultCsvColumns, entriesLeft = maxEntries): LibraryFile {
  let header: string[] | undefined
  let idColumn = -1
  let textColumn = -1
  let channelColumn = -1
  let dataRows = 0
  const entries: LibraryEntry[] = []

  const onHeader = (row: RawField[]) => {
    header = row.map((field) => decodeField(content, field).text.trim())
    textColumn = header.indexOf(columns.text)
    if (textColumn < 0) {
      libraryError(file, content, 0, `geen kolom "${columns.text}" in de kopregel (gevonden: ${header.join(', ')}). Kies de kolom met "csvColumns" in de config.`)
    }
    idColumn = header.indexOf(columns.id)
    channelColumn = header.indexOf(columns.channel)
  }

  const onRow = (row: RawField[], fieldCount: number) => {
    const first = row[0]!
    // A blank line is one empty field.
    if (fieldCount === 1 && decodeField(content, first).text === '') return
    if (!header) return onHeader(row)
    dataRows++
    if (fieldCount !== header.length) libraryError(file, content, first.start, `rij ${dataRows + 1} heeft ${fieldCount} velden, de kopregel ${header.length}.`)
    if (entries.length >= entriesLeft) tooManyEntries(file, content, first.start)
    const idValue = idColumn >= 0 ? decodeField(content, row[idColumn]!).text : ''
    const id = idValue !== '' ? idValue : String(dataRows)
    const channelField = channelColumn >= 0 ? row[channelColumn] : undefined
    const channel = entryChannel(channelField && decodeField(content, channelField).text, (problem) =>
      libraryError(file, content, channelField!.start, `reactie ${quoted(id)}: ${problem}`),
    )
    const text = decodeField(content, row[textColumn]!)
    entries.push({ id, ...(channel ? { channel } : {}), text: text.text, map: text.build() })
  }

  for (const record of csvRecords(file, content, () => header?.length)) onRow(record.fields, record.count)
  if (!header) libraryError(file, content, 0, 'leeg bestand; verwacht een kopregel met de kolommen id en text.')
  return { file, content, format: 'csv', template: true, entries }
}
