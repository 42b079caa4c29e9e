// retext plugin: turns the words and symbols that make up a syntax span (mention, URL, placeholder, ...)
// into one SourceNode with `data.syntax`, so no rule can mistake them for Dutch words.
import type { Paragraph, Root, Sentence, SentenceContent, Source } from 'nlcst'
import type { VFile } from 'vfile'
import { findSyntaxSpans, type SyntaxKind, type SyntaxSpan } from './syntax-spans.js'

export interface SyntaxSource extends Source {
  data: { syntax: SyntaxKind }
}

export function isSyntax(node: { type: string }, kind?: SyntaxKind): node is SyntaxSource {
  if (node.type !== 'SourceNode') return false
  const syntax = (node as Source).data?.['syntax' as keyof Source['data']]
  return kind === undefined ? syntax !== undefined : syntax === kind
}

declare module 'vfile' {
  interface DataMap {
    syntaxSpans: SyntaxSpan[]
  }
}

function startOf(node: SentenceContent): number {
  return node.position?.start.offset ?? -1
}

function endOf(node: SentenceContent): number {
  return node.position?.end.offset ?? -1
}

/**
 * Marks the spans inside one sentence. Sentences come in text order and spans are sorted and disjoint, so
 * `cursor.next` (the first span that can still reach this or a later sentence) only moves forward: the
 * whole reply costs O(sentences + spans), where filtering all spans per sentence was quadratic.
 */
function markSentence(sentence: Sentence, spans: SyntaxSpan[], cursor: { next: number }, text: string): void {
  const children = sentence.children
  const sentenceStart = startOf(children[0]!)
  const sentenceEnd = endOf(children[children.length - 1]!)
  while (cursor.next < spans.length && spans[cursor.next]!.end <= sentenceStart) cursor.next++
  const inside: SyntaxSpan[] = []
  for (let index = cursor.next; index < spans.length && spans[index]!.start < sentenceEnd; index++) inside.push(spans[index]!)
  if (inside.length === 0) return

  const result: SentenceContent[] = []
  let index = 0
  for (const span of inside) {
    while (index < children.length && endOf(children[index]!) <= span.start) result.push(children[index++]!)
    const first = index
    while (index < children.length && startOf(children[index]!) < span.end) index++
    if (index === first) continue
    const start = startOf(children[first]!)
    const end = endOf(children[index - 1]!)
    const firstPosition = children[first]!.position
    const lastPosition = children[index - 1]!.position
    const source: SyntaxSource = {
      type: 'SourceNode',
      value: text.slice(start, end),
      data: { syntax: span.kind },
    }
    if (firstPosition && lastPosition) source.position = { start: firstPosition.start, end: lastPosition.end }
    result.push(source)
  }
  while (index < children.length) result.push(children[index++]!)
  sentence.children = result
}

export default function markSyntax() {
  return (tree: Root, file: VFile): void => {
    const text = String(file.value)
    const spans = findSyntaxSpans(text)
    file.data.syntaxSpans = spans
    if (spans.length === 0) return
    const cursor = { next: 0 }
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of (paragraph as Paragraph).children) {
        if (sentence.type === 'SentenceNode' && sentence.children.length > 0) markSentence(sentence, spans, cursor, text)
      }
    }
  }
}
