// Maps decoded text back onto the source it was decoded from when the decoding is a format's own (YAML
// scalars with folding and indentation, CSV's doubled quotes, HTML entities): walk both, take equal
// characters as they are, and let a decoded character stand for the escape, entity or folded line break it
// came from. Source characters that decode to nothing (indentation, quotes, the second of a doubled quote)
// are skipped.
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js'

const entity = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i
const yamlEscape = /^\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|.)/

export interface AlignOptions {
  /** HTML: "&amp;" and "&#233;" are one character each. */
  entities?: boolean
  /** YAML double quotes: "\n" and "\u00e9" are one character each. */
  escapes?: boolean
}

export function alignText(text: string, source: string, start: number, end: number, options: AlignOptions = {}): OffsetMap {
  const builder = new OffsetMapBuilder()
  // Equal characters are copied a run at a time, not one by one: a map per character of a 1 MiB entry
  // would cost a hundred MiB.
  let runText = 0
  let runSource = start
  let runLength = 0
  const flush = () => {
    if (runLength > 0) builder.copy(text.slice(runText, runText + runLength), runSource)
    runLength = 0
  }
  const emit = (chunk: string, from: number, to: number) => {
    flush()
    builder.emit(chunk, from, to)
  }
  let j = start
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    for (;;) {
      if (j >= end) {
        // Ran out of source: the rest of the text stands at its end.
        emit(text.slice(i), end, end)
        return builder.build()
      }
      const here = source[j]!
      if (options.entities && here === '&') {
        const match = entity.exec(source.slice(j, j + 40))
        if (match) {
          emit(char, j, j + match[0].length)
          // An entity may decode to two UTF-16 units (an emoji): both stand for it.
          if (char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdbff && i + 1 < text.length) emit(text[++i]!, j, j + match[0].length)
          j += match[0].length
          break
        }
      }
      if (options.escapes && here === '\\') {
        const match = yamlEscape.exec(source.slice(j, j + 10))
        if (match && !(match[0] === '\\\\' && char !== '\\')) {
          emit(char, j, j + match[0].length)
          j += match[0].length
          break
        }
      }
      if (here === char) {
        // Extends the run when it continues in the source; starts a new one after skipped source.
        if (runLength > 0 && runSource + runLength !== j) flush()
        if (runLength === 0) {
          runText = i
          runSource = j
        }
        runLength++
        j++
        break
      }
      // A folded line break (or a run of whitespace) decodes to one space or newline.
      if ((char === ' ' || char === '\n') && /\s/.test(here)) {
        let runEnd = j
        while (runEnd < end && /\s/.test(source[runEnd]!)) runEnd++
        emit(char, j, runEnd)
        j = runEnd
        break
      }
      j++
    }
  }
  flush()
  return builder.build()
}
