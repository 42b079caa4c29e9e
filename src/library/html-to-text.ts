// A help desk's HTML macro (Zendesk comment_value_html) reduced to the text a customer reads, with every
// character's place in the HTML kept: block elements become line breaks, entities one character.
// The tree is walked with a stack of its own, not by recursion: nesting is bounded before the parse (see
// html-shape.ts), but the walk should not be where a deep tree overflows.
import type { Element, Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { alignText } from './align-text.js'
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js'

const blocks = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'table'])
const hidden = new Set(['script', 'style', 'head', 'template'])

/** A step of the walk: a node to visit, or the end of a block element (its closing line break). */
type Step = { node: Nodes } | { blockEnd: Element }

export function htmlToText(html: string): { text: string; map: OffsetMap } {
  const tree = fromHtml(html, { fragment: true })
  const builder = new OffsetMapBuilder()
  // The last character emitted, kept here: asking the builder's text would flatten it every time.
  let last = ''
  const lineBreak = (at: number) => {
    if (last !== '' && last !== '\n') {
      builder.emit('\n', at, at)
      last = '\n'
    }
  }
  const steps: Step[] = [{ node: tree }]
  const pushChildren = (children: readonly Nodes[]) => {
    for (let index = children.length - 1; index >= 0; index--) steps.push({ node: children[index]! })
  }
  for (let step = steps.pop(); step; step = steps.pop()) {
    if ('blockEnd' in step) {
      lineBreak(step.blockEnd.position?.end.offset ?? html.length)
      continue
    }
    const node = step.node
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined || node.value.length === 0) continue
      const value = node.value
      const part = alignText(value, html, start, end, { entities: true })
      // Characters that stand for one source character each are copied in runs; an entity (or a folded
      // line break) is emitted on its own, standing for its whole source.
      let runText = 0
      let runSource = part.toSource(0)
      let from = runSource
      for (let index = 0; index < value.length; index++) {
        const to = part.toSource(index + 1)
        if (to !== from + 1) {
          builder.copy(value.slice(runText, index), runSource)
          builder.emit(value[index]!, from, to)
          runText = index + 1
          runSource = to
        }
        from = to
      }
      builder.copy(value.slice(runText), runSource)
      last = value[value.length - 1]!
      continue
    }
    if (node.type === 'element') {
      const element = node as Element
      if (hidden.has(element.tagName)) continue
      if (blocks.has(element.tagName)) {
        lineBreak(element.position?.start.offset ?? 0)
        steps.push({ blockEnd: element })
      }
      pushChildren(element.children as Nodes[])
      continue
    }
    if ('children' in node) pushChildren(node.children as Nodes[])
  }
  // Trailing line breaks go; a loop, since /\n+$/ is quadratic on a long run of them not at the end.
  const text = builder.text
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--
  return { text: text.slice(0, end), map: builder.build() }
}
