// Decodes a JSON string literal of a file while keeping, for every character, its place in the file: a
// finding after a "\n" escape points at the file's line and column, not at the decoded text's.
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js'

const simpleEscapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

/** The text of the string literal at [start, end) of `source` (quotes included), with its map. */
export function decodeJsonString(source: string, start: number, end: number): { text: string; map: OffsetMap } {
  const builder = new OffsetMapBuilder()
  let index = start + 1
  const last = end - 1
  let runStart = index
  while (index < last) {
    if (source[index] !== '\\') {
      index++
      continue
    }
    builder.copy(source.slice(runStart, index), runStart)
    const kind = source[index + 1]!
    if (kind === 'u') {
      let code = source.slice(index + 2, index + 6)
      let length = 6
      // A surrogate pair is two escapes for one character.
      const high = parseInt(code, 16)
      if (high >= 0xd800 && high <= 0xdbff && source.startsWith('\\u', index + 6)) {
        code += source.slice(index + 8, index + 12)
        length = 12
        builder.emit(String.fromCharCode(high, parseInt(code.slice(4), 16)), index, index + length)
      } else {
        builder.emit(String.fromCharCode(high), index, index + length)
      }
      index += length
    } else {
      builder.emit(simpleEscapes[kind] ?? kind, index, index + 2)
      index += 2
    }
    runStart = index
  }
  builder.copy(source.slice(runStart, last), runStart)
  return { text: builder.text, map: builder.build() }
}
