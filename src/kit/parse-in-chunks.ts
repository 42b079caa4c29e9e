// Parses a long text in pieces. parse-latin (inside retext-dutch, a dependency we do not patch) keeps the
// whole text in one list of tokens and of sentences, and each of its merges ("e-mail", "06-1234", "o.a.",
// a sentence that starts in lower case) splices that list: quadratic in the text's length, minutes for a
// megabyte of the wrong shape, and a stack overflow when it spreads a long run into one call. Cut into
// pieces of at most `maxChunkLength` characters, every shape parses within a small factor of plain prose
// (measured: at most 3x at 300 KB, against up to 170x whole), the same way on every thread and stack.
// Pieces end where parse-latin would end a paragraph or sentence anyway, so a reply of ordinary
// paragraphs gives the tree it always gave.
import type { Point, Position } from 'unist'
import type { Root, RootContent } from 'nlcst'

/** Long enough for any real paragraph; short enough that a piece's quadratic part stays small. */
export const maxChunkLength = 4000

/** Where the pieces of `text` end: the end offsets, the last one `text.length`. */
export function chunkEnds(text: string, max = maxChunkLength): number[] {
  const ends: number[] = []
  let start = 0
  while (text.length - start > max) {
    const end = cutBefore(text, start, start + max)
    ends.push(end)
    start = end
  }
  ends.push(text.length)
  return ends
}

// Not \r: a cut between \r and \n would count one line break twice.
const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0
const isTerminal = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f // . ! ?
const isUpper = (character: string | undefined): boolean => character !== undefined && character !== character.toLowerCase()

/**
 * The best place to cut between `start` and `limit`, looking back at most half a piece: after a blank
 * line, else after a line break, else after a sentence end before a capital, else after white space,
 * else at the limit (not inside a surrogate pair).
 */
function cutBefore(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2)
  let lineBreak = -1
  let sentence = -1
  let space = -1
  for (let index = limit; index > floor; index--) {
    const code = text.charCodeAt(index - 1)
    if (code === 0x0a) {
      if (text.charCodeAt(index - 2) === 0x0a) return index
      if (lineBreak < 0) lineBreak = index
    } else if (isSpace(code)) {
      if (sentence < 0 && isTerminal(text.charCodeAt(index - 2)) && isUpper(text[index])) sentence = index
      if (space < 0) space = index
    }
  }
  if (lineBreak > 0) return lineBreak
  if (sentence > 0) return sentence
  if (space > 0) return space
  const code = text.charCodeAt(limit - 1)
  return (code >= 0xd800 && code <= 0xdbff) || code === 0x0d ? limit - 1 : limit
}

/** Moves every position in `node` from a piece that starts at `base` to the whole text. */
function shift(node: RootContent, base: Point): void {
  const stack: Array<{ position?: Position | undefined; children?: unknown }> = [node]
  // parse-latin shares point objects between a node and its first or last child: move each point once.
  const moved = new Set<Point>()
  const move = (point: Point) => {
    if (moved.has(point)) return
    moved.add(point)
    if (point.line === 1) point.column += base.column - 1
    point.line += base.line - 1
    if (point.offset !== undefined) point.offset += base.offset ?? 0
  }
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) {
      move(current.position.start)
      move(current.position.end)
    }
    if (Array.isArray(current.children)) for (const child of current.children) stack.push(child)
  }
}

/** The tree of `text`, parsed piece by piece with `parse`, as one tree with the whole text's positions. */
export function parseInChunks(text: string, parse: (piece: string) => Root, max = maxChunkLength): Root {
  const ends = chunkEnds(text, max)
  if (ends.length === 1) return parse(text)
  const children: RootContent[] = []
  let start = 0
  const base: Point = { line: 1, column: 1, offset: 0 }
  for (const end of ends) {
    for (const child of parse(text.slice(start, end)).children) {
      shift(child, base)
      children.push(child)
    }
    // Where the next piece starts, in lines and columns of the whole text, counted as parse-latin counts.
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index)
      if (code === 0x0d || (code === 0x0a && text.charCodeAt(index - 1) !== 0x0d)) {
        base.line++
        base.column = 1
      } else if (code !== 0x0a) {
        base.column++
      }
    }
    base.offset = end
    start = end
  }
  return {
    type: 'RootNode',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: base.line, column: base.column, offset: text.length } },
  }
}
