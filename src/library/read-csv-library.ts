// CSV libraries (RFC 4180): a header row, then one reply per row; quoted fields may hold commas, line
// breaks and doubled quotes. A small scanner instead of a CSV package, because findings need each field's
// place in the file and csv-parse reports only a record's line, not its fields' offsets.
import type { CsvColumns } from '../types.js'
import { OffsetMapBuilder } from './offset-map.js'
import { entryChannel, libraryError, type LibraryEntry, type LibraryFile } from './library-entry.js'

interface Field {
  value: string
  start: number
  builder: OffsetMapBuilder
}

export type { CsvColumns }

export const defaultCsvColumns: CsvColumns = { id: 'id', text: 'text', channel: 'channel' }

function scan(file: string, content: string): Field[][] {
  const delimiter = detectDelimiter(content)
  const rows: Field[][] = []
  let row: Field[] = []
  let index = content.charCodeAt(0) === 0xfeff ? 1 : 0
  for (;;) {
    const builder = new OffsetMapBuilder()
    const start = index
    if (content[index] === '"') {
      index++
      for (;;) {
        const close = content.indexOf('"', index)
        if (close < 0) libraryError(file, content, start, 'veld met " wordt niet afgesloten.')
        builder.copy(content.slice(index, close), index)
        if (content[close + 1] === '"') {
          builder.emit('"', close, close + 2)
          index = close + 2
          continue
        }
        index = close + 1
        break
      }
      if (index < content.length && content[index] !== delimiter && content[index] !== '\n' && content[index] !== '\r') {
        libraryError(file, content, index, `na een afsluitende " hoort ${delimiter === ',' ? 'een komma' : `"${delimiter}"`} of een regeleinde.`)
      }
    } else {
      let end = index
      while (end < content.length && content[end] !== delimiter && content[end] !== '\n' && content[end] !== '\r') end++
      builder.copy(content.slice(index, end), index)
      index = end
    }
    row.push({ value: builder.text, start, builder })
    if (index >= content.length) {
      rows.push(row)
      break
    }
    if (content[index] === delimiter) {
      index++
      continue
    }
    // A line break ends the row (\r\n or \n).
    index += content[index] === '\r' && content[index + 1] === '\n' ? 2 : 1
    rows.push(row)
    row = []
    if (index >= content.length) break
  }
  return rows.filter((fields) => !(fields.length === 1 && fields[0]!.value === ''))
}

/** Comma, or semicolon as Dutch spreadsheets write it, by the header line. */
function detectDelimiter(content: string): string {
  const header = content.slice(0, content.search(/\r?\n|$/))
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ','
}

export function readCsvLibrary(file: string, content: string, columns: CsvColumns = defaultCsvColumns): LibraryFile {
  const [header, ...rows] = scan(file, content)
  if (!header) libraryError(file, content, 0, 'leeg bestand; verwacht een kopregel met de kolommen id en text.')
  const names = header.map((field) => field.value.trim())
  const column = (name: string) => names.indexOf(name)
  const textColumn = column(columns.text)
  if (textColumn < 0) {
    libraryError(file, content, 0, `geen kolom "${columns.text}" in de kopregel (gevonden: ${names.join(', ')}). Kies de kolom met "csvColumns" in de config.`)
  }
  const idColumn = column(columns.id)
  const channelColumn = column(columns.channel)
  const entries: LibraryEntry[] = rows.map((row, index) => {
    const first = row[0]!
    if (row.length !== header.length) {
      libraryError(file, content, first.start, `rij ${index + 2} heeft ${row.length} velden, de kopregel ${header.length}.`)
    }
    const id = idColumn >= 0 && row[idColumn]!.value !== '' ? row[idColumn]!.value : String(index + 1)
    const channelField = channelColumn >= 0 ? row[channelColumn] : undefined
    const channel = entryChannel(channelField?.value, (problem) => libraryError(file, content, channelField!.start, `reactie "${id}": ${problem}`))
    const text = row[textColumn]!
    return { id, ...(channel ? { channel } : {}), text: text.value, map: text.builder.build() }
  })
  return { file, content, format: 'csv', template: true, entries }
}
