// A flat view of the parsed reply that phrase rules share: sentences of tokens with offsets, built once
// per check from the nlcst tree (after syntax marking).
import type { Root, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'
import type { SyntaxKind } from '../syntax/syntax-spans.js'

export type TokenKind = 'word' | 'punctuation' | SyntaxKind

export interface Token {
  kind: TokenKind
  /** The text as written. */
  text: string
  /** Lower case, typographic apostrophes made plain: what phrase data is matched against. */
  norm: string
  start: number
  end: number
}

export interface SentenceModel {
  start: number
  end: number
  tokens: Token[]
  /** The sentence ends in a question mark. */
  question: boolean
}

export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/[’‘`´]/g, "'")
}

function tokenOf(node: SentenceContent): Token | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  switch (node.type) {
    case 'WordNode': {
      const text = toString(node)
      return { kind: 'word', text, norm: normalizeWord(text), start, end }
    }
    case 'PunctuationNode':
    case 'SymbolNode':
      return { kind: 'punctuation', text: node.value, norm: node.value, start, end }
    case 'SourceNode': {
      const syntax = (node.data as { syntax?: SyntaxKind } | undefined)?.syntax
      return syntax ? { kind: syntax, text: node.value, norm: normalizeWord(node.value), start, end } : undefined
    }
    default:
      return undefined
  }
}

export function buildSentences(tree: Root): SentenceModel[] {
  const sentences: SentenceModel[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const tokens: Token[] = []
      for (const child of sentence.children) {
        const token = tokenOf(child)
        if (token) tokens.push(token)
      }
      if (tokens.length === 0) continue
      const lastPunctuation = [...tokens].reverse().find((token) => token.kind === 'punctuation')
      sentences.push({
        start: tokens[0]!.start,
        end: tokens[tokens.length - 1]!.end,
        tokens,
        question: lastPunctuation?.text.includes('?') === true && tokens.at(-1)?.kind === 'punctuation',
      })
    }
  }
  return sentences
}
