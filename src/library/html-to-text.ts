// A help desk's HTML macro (Zendesk comment_value_html) reduced to the text a customer reads, with every
// character's place in the HTML kept: block elements become line breaks, entities one character.
import type { Element, Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { alignText } from './align-text.js'
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js'

const blocks = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'table'])
const hidden = new Set(['script', 'style', 'head', 'template'])

export function htmlToText(html: string): { text: string; map: OffsetMap } {
  const tree = fromHtml(html, { fragment: true })
  const builder = new OffsetMapBuilder()
  const lineBreak = (at: number) => {
    if (builder.text.length > 0 && !builder.text.endsWith('\n')) builder.emit('\n', at, at)
  }
  const visit = (node: Nodes) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      const part = alignText(node.value, html, start, end, { entities: true })
      for (let index = 0; index < node.value.length; index++) {
        const from = part.toSource(index)
        builder.emit(node.value[index]!, from, part.toSource(index + 1))
      }
      return
    }
    if (node.type === 'element') {
      const element = node as Element
      if (hidden.has(element.tagName)) return
      const block = blocks.has(element.tagName)
      if (block) lineBreak(element.position?.start.offset ?? 0)
      for (const child of element.children) visit(child)
      if (block) lineBreak(element.position?.end.offset ?? html.length)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return { text: builder.text.replace(/\n+$/, ''), map: builder.build() }
}
