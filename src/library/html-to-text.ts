// A help desk's HTML macro (Zendesk comment_value_html) reduced to the text a customer reads, with every
// character's place in the HTML kept: block elements become line breaks, entities one character.
// The tree is walked with a stack of its own, not by recursion: nesting is bounded before the parse (see
// html-shape.ts), but the walk should not be where a deep tree overflows.
import type { Element, Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { alignInto } from './align-text.js'
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js'

const blocks = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'table'])
const hidden = new Set(['script', 'style', 'head', 'template'])

/** A step of the walk: a node to visit, or the end of a block element (its closing line break). */
type Step = { node: Nodes } | { blockEnd: Element }

/** Text as it was read: characters copied from the HTML, or decoded from [source, sourceEnd) (an entity). */
interface Piece {
  text: string
  source: number
  sourceEnd: number
  copied: boolean
}

/** A block element's line break, at its start or end tag; a tag the parser made up has no place. */
interface LineBreak {
  at: number | undefined
}

export function htmlToText(html: string): { text: string; map: OffsetMap } {
  const items = readItems(html)
  const builder = new OffsetMapBuilder()
  // The map must run forwards through the HTML. A line break is held until the next text, so it can
  // stand between what precedes and what follows it (a stray "</br>" has no place of its own, and an
  // implied end tag's may lie beyond the text after it); trailing ones are never written.
  let last = ''
  let sourceEnd = 0
  let pending: LineBreak | undefined
  for (const item of items) {
    if (!('text' in item)) {
      if (!pending && last !== '' && last !== '\n') pending = item
      continue
    }
    if (pending) {
      const at = Math.min(Math.max(pending.at ?? sourceEnd, sourceEnd), Math.max(item.source, sourceEnd))
      builder.emit('\n', at, at)
      sourceEnd = at
      pending = undefined
    }
    if (item.source < sourceEnd) {
      // Out of order all the same (a parser quirk the sort below did not foresee): kept, never backwards.
      builder.emit(item.text, sourceEnd, sourceEnd)
    } else {
      if (item.copied) builder.copy(item.text, item.source)
      else builder.emit(item.text, item.source, item.sourceEnd)
      sourceEnd = item.sourceEnd
    }
    last = item.text[item.text.length - 1]!
  }
  // Trailing line breaks go; a loop, since /\n+$/ is quadratic on a long run of them not at the end.
  const text = builder.text
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--
  return { text: text.slice(0, end), map: builder.build() }
}

/**
 * The text and line breaks of the tree in reading order. Where the parser moved text away from where it
 * was written (text inside a table but outside its cells goes before the table, merged with the text
 * there), the pieces are put back in the HTML's order: a map that ran backwards would put findings on the
 * wrong line.
 */
function readItems(html: string): Array<Piece | LineBreak> {
  const tree = fromHtml(html, { fragment: true })
  // First the tree in reading order, text nodes as they are; and the stretches of the HTML that are a
  // node's own (text, comments, hidden elements), which the text of another node cannot come from. A text
  // node with a tag in its range was merged across it and owns only part of it: which, its alignment says.
  const walked: Array<{ value: string; start: number; end: number } | LineBreak> = []
  const owned: Array<[number, number]> = []
  const steps: Step[] = [{ node: tree }]
  const pushChildren = (children: readonly Nodes[]) => {
    for (let index = children.length - 1; index >= 0; index--) steps.push({ node: children[index]! })
  }
  for (let step = steps.pop(); step; step = steps.pop()) {
    if ('blockEnd' in step) {
      walked.push({ at: step.blockEnd.position?.end.offset })
      continue
    }
    const node = step.node
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text' || node.type === 'comment') {
      if (start === undefined || end === undefined) continue
      const tag = node.type === 'text' ? html.indexOf('<', start) : -1
      if (tag < 0 || tag >= end) owned.push([start, end])
      if (node.type === 'text' && node.value.length > 0) walked.push({ value: node.value, start, end })
      // A tov directive stays in the text as written, for the library check to read (directives.ts).
      if (node.type === 'comment' && /^\s*tov-(?:disable-next-line|disable|enable)\b/.test(node.value)) walked.push({ value: html.slice(start, end), start, end })
      continue
    }
    if (node.type === 'element') {
      const element = node as Element
      if (hidden.has(element.tagName)) {
        if (start !== undefined && end !== undefined) owned.push([start, end])
        continue
      }
      if (blocks.has(element.tagName)) {
        walked.push({ at: start })
        steps.push({ blockEnd: element })
      }
      pushChildren(element.children as Nodes[])
      continue
    }
    if ('children' in node) pushChildren(node.children as Nodes[])
  }
  owned.sort((a, b) => a[0] - b[0])
  const items: Array<Piece | LineBreak> = []
  const sink = {
    copy: (text: string, source: number) => items.push({ text, source, sourceEnd: source + text.length, copied: true }),
    emit: (text: string, source: number, sourceEnd: number) => items.push({ text, source, sourceEnd, copied: false }),
  }
  for (const item of walked) {
    if (!('value' in item)) {
      items.push(item)
      continue
    }
    // Other nodes' stretches inside this text's range: only a merged text node has any.
    const holes: Array<readonly [number, number]> = []
    for (let index = firstAtOrAfter(owned, item.start + 1); index < owned.length && owned[index]![0] < item.end; index++) holes.push(owned[index]!)
    alignInto(sink, item.value, html, item.start, item.end, { entities: true, tags: true, holes })
  }
  let sourceEnd = 0
  let inOrder = true
  for (const item of items) {
    if (!('text' in item)) continue
    if (item.source < sourceEnd) inOrder = false
    sourceEnd = item.sourceEnd
  }
  if (inOrder) return items
  // A line break without a place keeps to the item before it.
  let key = 0
  const keyed = items.map((item) => {
    key = 'text' in item ? item.source : (item.at ?? key)
    return { item, key }
  })
  // Array.prototype.sort is stable: items at one place keep the tree's order.
  return keyed.sort((a, b) => a.key - b.key).map(({ item }) => item)
}

/** The index of the first range in `ranges` (sorted by start) that starts at or after `offset`. */
function firstAtOrAfter(ranges: ReadonlyArray<readonly [number, number]>, offset: number): number {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle]![0] < offset) low = middle + 1
    else high = middle
  }
  return low
}
