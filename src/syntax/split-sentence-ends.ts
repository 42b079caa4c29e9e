// retext plugin: gives back the full stop that parse-latin and parse-dutch take for an abbreviation's.
// Their lists hold Latin and dictionary abbreviations that are everyday Dutch words ("op" for opus, "zo"
// for zondag, "do" for donderdag), and a full stop before a lower-case word is always merged into the
// word before it. So "Neem contact met ons op. ^AB" and "Dat kan. we bellen je" were one sentence with
// the words "op." and "kan.". Here a word and its stop are parted again, and the sentence is split there,
// unless the word is an abbreviation Dutch writes with a stop ("bijv.", "blz.", "ma. t/m vr.").
import type { Paragraph, ParagraphContent, Punctuation, Root, Sentence, SentenceContent, Word } from 'nlcst'
import type { Point, Position } from 'unist'

/** Abbreviations that are no Dutch word: the stop is theirs wherever they stand. */
const abbreviations = new Set([
  'aanw', 'adv', 'afb', 'afd', 'afk', 'alg', 'apr', 'aug', 'bijl', 'bijv', 'blz', 'bv', 'bvb', 'ca', 'cf', 'dd', 'dec', 'dhr',
  'di', 'dr', 'drs', 'ds', 'eig', 'enz', 'etc', 'evt', 'excl', 'feb', 'febr', 'fig', 'gem', 'gesch', 'gr', 'hr', 'ibid',
  'incl', 'ing', 'ir', 'ivm', 'jan', 'jl', 'jr', 'jul', 'jun', 'mbt', 'mevr', 'mln', 'mld', 'mr', 'mrd', 'mrt', 'mw', 'nav',
  'nl', 'nov', 'nr', 'nrs', 'obv', 'okt', 'ong', 'opm', 'pag', 'prof', 'red', 'resp', 'sept', 'sr', 'st', 'str', 'svp',
  'tav', 'tel', 'tzt', 'vb', 'vgl', 'vlg', 'vlgs', 'vnl', 'vr', 'vs', 'wo', 'za', 'zgn', 'zn',
])

/**
 * Abbreviations that are everyday words as well ("zo", "ma", "min"): an abbreviation only where what
 * follows goes on with a day, a time or a number ("zo. 10.00-16.00 uur", "ma. t/m vr.", "max. 3 dagen").
 */
const wordLikeAbbreviations = new Set(['zo', 'ma', 'do', 'min', 'max', 'sep', 'art', 'fam', 'geb'])

/** What may follow a day or a quantity written short: another day, "t/m", "tot", "en", a number. */
const continuations = new Set(['t/m', 'tm', 'tot', 'en', 'of', '-', '–', 'en/of'])

/** Whether a word written with a stop ("blz.", "ma.") is an abbreviation Dutch writes that way. */
export function isStopAbbreviation(word: string): boolean {
  if (!word.endsWith('.')) return false
  const bare = word.slice(0, -1).toLowerCase()
  return abbreviations.has(bare) || wordLikeAbbreviations.has(bare)
}

const isWord = (node: SentenceContent | undefined): node is Word => node?.type === 'WordNode'

function textOf(node: SentenceContent): string {
  if ('value' in node) return node.value
  return node.children.map((child) => textOf(child as SentenceContent)).join('')
}

/** The word and its stop, when a word node is a single run of letters and a full stop. */
function wordWithStop(node: SentenceContent): string | undefined {
  if (!isWord(node) || node.children.length !== 2) return undefined
  const [text, stop] = node.children
  if (text?.type !== 'TextNode' || stop?.type !== 'PunctuationNode' || stop.value !== '.') return undefined
  return /^\p{L}{2,}$/u.test(text.value) ? text.value : undefined
}

/** The node after `index` that is not white space. */
function nextNonSpace(children: SentenceContent[], index: number): SentenceContent | undefined {
  for (let next = index + 1; next < children.length; next++) if (children[next]!.type !== 'WhiteSpaceNode') return children[next]
  return undefined
}

/** The index of the node before `index` that is not white space, or -1. */
function previousNonSpace(children: SentenceContent[], index: number): number {
  for (let previous = index - 1; previous >= 0; previous--) if (children[previous]!.type !== 'WhiteSpaceNode') return previous
  return -1
}

function isShortDay(text: string): boolean {
  return /^(?:ma|di|wo|do|vr|za|zo)\.?$/iu.test(text)
}

/** Whether the words around a word that may be an abbreviation go on as a list of days or an amount. */
function readsAsAbbreviation(children: SentenceContent[], index: number): boolean {
  const next = nextNonSpace(children, index)
  if (next) {
    const text = textOf(next).toLowerCase()
    if (/^\d/u.test(text) || continuations.has(text) || isShortDay(text)) return true
  }
  // "ma. t/m zo." and "za. en zo." end a list of days even at the end of a sentence; "Tot zo." is no list.
  const previous = previousNonSpace(children, index)
  if (previous < 0) return false
  const text = textOf(children[previous]!).toLowerCase()
  if (isShortDay(text)) return true
  if (!continuations.has(text)) return false
  const before = previousNonSpace(children, previous)
  return before >= 0 && isShortDay(textOf(children[before]!))
}

/** Whether the full stop after the word at `index` ends the sentence rather than an abbreviation. */
function endsSentence(children: SentenceContent[], index: number): boolean {
  const word = wordWithStop(children[index]!)
  if (word === undefined) return false
  const lower = word.toLowerCase()
  if (abbreviations.has(lower)) return false
  if (wordLikeAbbreviations.has(lower)) return !readsAsAbbreviation(children, index)
  return true
}

function copyPoint(point: Point, shift = 0): Point {
  return { line: point.line, column: point.column + shift, offset: point.offset === undefined ? undefined : point.offset + shift }
}

/** The word without its stop, and the stop as punctuation of the sentence; positions are new objects. */
function partStop(word: Word): [Word, Punctuation] {
  const [text, stop] = word.children as [Word['children'][number], Punctuation]
  const bare: Word = { type: 'WordNode', children: [text] }
  if (word.position) bare.position = { start: copyPoint(word.position.start), end: copyPoint(word.position.end, -1) }
  const punctuation: Punctuation = { type: 'PunctuationNode', value: '.' }
  if (word.position) punctuation.position = { start: copyPoint(word.position.end, -1), end: copyPoint(word.position.end) }
  return [bare, punctuation]
}

function spanOf(children: ReadonlyArray<{ position?: Position }>): Position | undefined {
  const start = children[0]?.position?.start
  const end = children[children.length - 1]?.position?.end
  return start && end ? { start: copyPoint(start), end: copyPoint(end) } : undefined
}

function sentenceOf(children: SentenceContent[]): Sentence {
  const sentence: Sentence = { type: 'SentenceNode', children }
  const position = spanOf(children)
  if (position) sentence.position = position
  return sentence
}

/** The sentence as one or more sentences, with the white space between them as the paragraph's. */
function splitSentence(sentence: Sentence): ParagraphContent[] {
  const children = sentence.children
  const result: ParagraphContent[] = []
  let current: SentenceContent[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (!endsSentence(children, index)) {
      current.push(child)
      continue
    }
    const [bare, stop] = partStop(child as Word)
    current.push(bare, stop)
    // Closing quotes and brackets right after the stop stay with the sentence they close.
    while (index + 1 < children.length && children[index + 1]!.type === 'PunctuationNode' && /^["'”’)\]]$/u.test(textOf(children[index + 1]!))) {
      current.push(children[++index]!)
    }
    if (!nextNonSpace(children, index)) continue
    result.push(sentenceOf(current))
    current = []
    while (children[index + 1]?.type === 'WhiteSpaceNode') result.push(children[++index] as ParagraphContent)
  }
  // A sentence that was not split stays the node it was.
  if (current.length > 0) result.push(result.length === 0 ? Object.assign(sentence, { children: current }) : sentenceOf(current))
  return result
}

export default function splitSentenceEnds() {
  return (tree: Root): void => {
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      const children = (paragraph as Paragraph).children
      ;(paragraph as Paragraph).children = children.flatMap((child) => (child.type === 'SentenceNode' ? splitSentence(child) : [child]))
    }
  }
}
