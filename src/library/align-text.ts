// Maps decoded text back onto the source it was decoded from when the decoding is a format's own (YAML
// scalars with folding and indentation, CSV's doubled quotes, HTML entities): walk both, take equal
// characters as they are, and let a decoded character stand for the escape, entity or folded line break it
// came from. Source characters that decode to nothing (indentation, quotes, the second of a doubled quote,
// a tag inside a merged HTML text) are skipped. A decoded white space character never takes more than its
// own line break or space (see WhiteSpaceAligner).
import { OffsetMapBuilder, type OffsetMap, type OffsetSink } from './offset-map.js'

/** A character reference as the HTML parser reads one in text: numeric with or without ";", or named. */
const entity = /^&(?:#[0-9]+;?|#x[0-9a-f]+;?|[a-z][a-z0-9]{1,31};?)/i
/** How far a named reference without ";" may reach: the longest legacy name ("curren") and its "&". */
const maxLegacyEntity = 7
/** Characters of text and source compared to tell a reference from a literal "&". */
const lookahead = 16
const yamlEscape = /^\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|.)/
/** Named entities that are white space (HTML's list). */
const whiteSpaceEntity = /^&(?:nbsp;?|ensp;|emsp;|emsp13;|emsp14;|numsp;|puncsp;|thinsp;|hairsp;|ThinSpace;|VeryThinSpace;|MediumSpace;|ThickSpace;|Tab;|NewLine;)$/
/** YAML escapes of white space: "\ ", "\t", "\n", "\_" (no-break space), "\L", "\P" and the like. */
const whiteSpaceEscape = /^\\(?:[ _LPnrtvf]|\t)$/

const lineFeed = 0x0a
const carriageReturn = 0x0d
const ampersand = 0x26
const backslash = 0x5c
const lessThan = 0x3c
const greaterThan = 0x3e

export interface AlignOptions {
  /** HTML: "&amp;" and "&#233;" are one character each. */
  entities?: boolean
  /** HTML: text never comes from inside a tag (a text node the parser merged across a stray end tag). */
  tags?: boolean
  /** YAML double quotes: "\n" and "\u00e9" are one character each. */
  escapes?: boolean
  /**
   * HTML: stretches of [start, end), in order, that are other nodes' (text the parser moved out of a table
   * merges with the text before the table, and its range spans the table's own text).
   */
  holes?: ReadonlyArray<readonly [number, number]>
}

/** White space as /\s/ has it, tested without a regular expression per character. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

const isLineBreak = (code: number) => code === lineFeed || code === carriageReturn

/** "<" that opens a tag, an end tag, a comment or a declaration, rather than a literal "<". */
const opensMarkup = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2f || code === 0x21 || code === 0x3f

/** Whether an entity ("&nbsp;", "&#32;") or a YAML escape ("\\t", "\\x20") decodes to white space. */
function decodesToWhiteSpace(unit: string): boolean {
  const hex = unit[1] === 'x' || unit[1] === 'u' || unit[1] === 'U' || unit.startsWith('&#x') || unit.startsWith('&#X')
  if (unit.startsWith('&#') || (unit.startsWith('\\') && hex && unit.length > 2)) {
    const digits = unit.replace(/^&#[xX]?|^\\[xuU]|;$/g, '')
    // Digits beyond a code point's are a replacement character all the same.
    const code = digits.length > 8 ? -1 : parseInt(digits, hex ? 16 : 10)
    return code >= 0 && code <= 0xffff && isWhiteSpace(code)
  }
  return unit.startsWith('&') ? whiteSpaceEntity.test(unit) : whiteSpaceEscape.test(unit)
}

/**
 * How much of the source at j (an "&") the text at i stands for as a decoded character reference, or 0 when
 * the "&" is the text's own. The parser's reading is not at hand, so the text says: an unknown name
 * ("&bogus;") stays as it is, and the text goes on with it; "&amp;amp;" is "&amp;", and the text goes on
 * with "amp;"; "&notit" is "¬it" ("&not" without ";"). The reading whose continuation agrees longer wins.
 */
function referenceLength(text: string, i: number, units: number, source: string, j: number, end: number): number {
  const match = entity.exec(source.slice(j, Math.min(end, j + 48)))
  if (!match) return 0
  const agreement = (t: number, s: number) => {
    let length = 0
    while (length < lookahead && t + length < text.length && s + length < end && text.charCodeAt(t + length) === source.charCodeAt(s + length)) length++
    return length
  }
  const reference = match[0]
  // A named reference without ";" is one of the legacy names, a prefix of what the pattern took; of equal
  // readings the longer name wins, as in the parser's longest match.
  const legacy = reference[1] !== '#' && !reference.endsWith(';')
  let best = -1
  let bestLength = 0
  for (let length = legacy ? Math.min(reference.length, maxLegacyEntity) : reference.length; length >= (legacy ? 3 : reference.length); length--) {
    if (decodesToWhiteSpace(reference.slice(0, length)) !== isWhiteSpace(text.charCodeAt(i))) continue
    const score = agreement(i + units, j + length)
    if (score > best) {
      best = score
      bestLength = length
    }
  }
  // Read as the text's own "&": a tie goes to the reference ("&amp;amp;" is "&amp;").
  const literal = text.charCodeAt(i) === ampersand ? agreement(i + 1, j + 1) : -1
  return best >= literal ? bestLength : 0
}

/** Whether the text at i has the source's [j, to) as text, character references decoded. */
function readsAsText(text: string, i: number, source: string, j: number, to: number, end: number): boolean {
  let t = i
  for (let s = j; s < to; ) {
    if (t >= text.length) return false
    if (source.charCodeAt(s) === ampersand) {
      const code = text.charCodeAt(t)
      const units = code >= 0xd800 && code <= 0xdbff && t + 1 < text.length ? 2 : 1
      const length = referenceLength(text, t, units, source, s, end)
      if (length > 0) {
        t += units
        s += length
        continue
      }
    }
    if (text.charCodeAt(t) !== source.charCodeAt(s)) return false
    t++
    s++
  }
  return true
}

export function alignText(text: string, source: string, start: number, end: number, options: AlignOptions = {}): OffsetMap {
  const builder = new OffsetMapBuilder()
  alignInto(builder, text, source, start, end, options)
  return builder.build()
}

/** As alignText, reporting the copied runs and decoded characters to `sink` instead of building a map. */
export function alignInto(sink: OffsetSink, text: string, source: string, start: number, end: number, options: AlignOptions = {}): void {
  // Equal characters are copied a run at a time, not one by one: a map per character of a 1 MiB entry
  // would cost a hundred MiB.
  let runText = 0
  let runSource = start
  let runLength = 0
  const flush = () => {
    if (runLength > 0) sink.copy(text.slice(runText, runText + runLength), runSource)
    runLength = 0
  }
  const take = (i: number, j: number) => {
    // Extends the run when it continues in the source; starts a new one after skipped source.
    if (runLength > 0 && runSource + runLength !== j) flush()
    if (runLength === 0) {
      runText = i
      runSource = j
    }
    runLength++
  }
  const emit = (chunk: string, from: number, to: number) => {
    flush()
    sink.emit(chunk, from, to)
  }
  const spaces = new WhiteSpaceAligner(text, source)
  const holes = options.holes ?? []
  let hole = 0
  let close = -1
  let readAsTextUntil = -1
  let j = start
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    for (;;) {
      while (hole < holes.length && holes[hole]![1] <= j) hole++
      if (hole < holes.length && holes[hole]![0] <= j) j = holes[hole]![1]
      if (j >= end) {
        // Ran out of source: the rest of the text stands at its end.
        emit(text.slice(i), end, end)
        return
      }
      const here = source.charCodeAt(j)
      if (options.entities && here === ampersand) {
        // An entity may decode to two UTF-16 units (an emoji): both stand for it.
        const units = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1
        const length = referenceLength(text, i, units, source, j, end)
        if (length > 0) {
          emit(text.slice(i, i + units), j, j + length)
          i += units - 1
          j += length
          break
        }
      }
      if (options.escapes && here === backslash) {
        const match = yamlEscape.exec(source.slice(j, j + 10))
        if (match && !(match[0] === '\\\\' && code !== backslash) && decodesToWhiteSpace(match[0]) === isWhiteSpace(code)) {
          emit(text[i]!, j, j + match[0].length)
          j += match[0].length
          break
        }
        // A backslash in double quotes always begins an escape (or a line continuation), never the text's
        // own "\\": one that does not decode to this character is skipped whole, or an escaped space the
        // white space before it stood in for would hand its backslash to a "\\\\" further on.
        j += match ? match[0].length : 1
        continue
      }
      if (isWhiteSpace(code) && isWhiteSpace(here)) {
        // White space of the source ends at the text's end or another node's stretch, whichever is first.
        const place = spaces.place(i, j, hole < holes.length ? Math.min(holes[hole]![0], end) : end)
        if (source.charCodeAt(place.at) === code && place.length === 1) take(i, place.at)
        else emit(text[i]!, place.at, place.at + place.length)
        j = place.at + place.length
        break
      }
      if (options.tags && here === lessThan && opensMarkup(source.charCodeAt(j + 1))) {
        // The first ">" after j, searched up to the text's end only and once: the one found for an earlier
        // "<" still is the first after this one if it lies beyond it.
        if (close <= j) {
          close = j + 1
          while (close < end && source.charCodeAt(close) !== greaterThan) close++
        }
        // A tag is text only where the parser reads tags as text (a textarea's content, where "&lt;" is
        // still decoded): then the text has it. Without its ">" it is no tag. Once the text is found to
        // have the source up to that ">", a "<" before it is the text's too, without reading it again.
        if (close < end && j > readAsTextUntil) {
          if (!readsAsText(text, i, source, j, close + 1, end)) {
            j = close + 1
            continue
          }
          readAsTextUntil = close
        }
      }
      if (here === code) {
        take(i, j)
        j++
        break
      }
      j++
    }
  }
  flush()
}

/**
 * Places decoded white space in the source's white space. A run of it in the text (a block scalar's blank
 * lines, a folded line break, a CR the HTML parser made a line feed) and the run it stands in (line breaks,
 * indentation) need not be the same length, but each text character takes one source character (one line
 * break) at most: a character that took the whole run would leave the rest of the text to map past it, into
 * the next entry. The spaces of a line are measured once, so this stays linear.
 */
class WhiteSpaceAligner {
  private textLineStart = -1
  private textLineEnd = -1
  private sourceLineStart = -1
  private sourceLineEnd = -1
  private sourceLineLimit = -1

  constructor(
    private readonly text: string,
    private readonly source: string,
  ) {}

  /** Where the white space character text[i] stands, source[j] being white space too, before `limit`. */
  place(i: number, j: number, limit: number): { at: number; length: number } {
    const code = this.text.charCodeAt(i)
    const here = this.source.charCodeAt(j)
    if (!isLineBreak(code)) {
      // A folded line break: a space for "\n" (or "\r\n"); the indentation after it is skipped later.
      if (isLineBreak(here)) return { at: j, length: here === carriageReturn && j + 1 < limit && this.source.charCodeAt(j + 1) === lineFeed ? 2 : 1 }
      // Spaces on a line: the source's extra ones are indentation, before the text's.
      const extra = this.sourceLine(j, limit) - j - (this.textLine(i) - i)
      return { at: extra > 0 ? j + extra : j, length: 1 }
    }
    // A line break: the source's own after the spaces before it (a white space line's indentation), the
    // "\n" of "\r\n", or a lone "\r" (both YAML and the HTML parser read it as "\n"); with none, one
    // decoded from the space here.
    const at = isLineBreak(here) ? j : this.sourceLine(j, limit)
    const there = at < limit ? this.source.charCodeAt(at) : -1
    if (there === code) return { at, length: 1 }
    if (there === carriageReturn && code === lineFeed) return { at: at + 1 < limit && this.source.charCodeAt(at + 1) === lineFeed ? at + 1 : at, length: 1 }
    return { at: j, length: 1 }
  }

  /** The end of the text's spaces and tabs from i (white space short of a line break). */
  private textLine(i: number): number {
    if (i < this.textLineStart || i >= this.textLineEnd) {
      let lineEnd = i
      while (lineEnd < this.text.length && isWhiteSpace(this.text.charCodeAt(lineEnd)) && !isLineBreak(this.text.charCodeAt(lineEnd))) lineEnd++
      this.textLineStart = i
      this.textLineEnd = lineEnd
    }
    return this.textLineEnd
  }

  /** The end of the source's spaces and tabs from j, before `limit`. */
  private sourceLine(j: number, limit: number): number {
    if (j < this.sourceLineStart || j >= this.sourceLineEnd || limit !== this.sourceLineLimit) {
      let lineEnd = j
      while (lineEnd < limit && isWhiteSpace(this.source.charCodeAt(lineEnd)) && !isLineBreak(this.source.charCodeAt(lineEnd))) lineEnd++
      this.sourceLineStart = j
      this.sourceLineEnd = lineEnd
      this.sourceLineLimit = limit
    }
    return this.sourceLineEnd
  }
}
