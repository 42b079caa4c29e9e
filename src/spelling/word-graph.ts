// The dictionary's words as a minimal automaton (DAWG) in one flat array, laid out at build time
// (scripts/build-data.mjs) so that reading it is a view on the file's bytes: no decoding, no sorting, no
// collators. Lookups keep the semantics of cspell's tries, which the dictionary's data is written for: "+"
// after a word lets a compound go on with a word that has "+" before it, "~" leads to the forms without
// case and accents, "!" to the forbidden words.

/** "TOVW", little-endian, and the layout's version: the build writes both, the reader checks both. */
const magic = 0x57564f54
export const wordGraphFormat = 1
const headerWords = 5

export class WordGraphError extends Error {}

/** How a word was found: by a path through the graph that joins words (a compound) or not, and in which case. */
export interface FoundWord {
  found: boolean
  /** Whether the path joins two or more entries ("klanten+" and "+service"). */
  compoundUsed: boolean
  /** Whether every part was found as written, not among the forms without case and accents. */
  caseMatched: boolean
}

const notFound: FoundWord = Object.freeze({ found: false, compoundUsed: false, caseMatched: false })

/** What a position of the compound search may try next, after its plain path (cspell's order). */
const enum Next {
  Nothing = 0,
  /** Go on with a word that may close a compound ("+" from the root). */
  Compound = 1,
  /** The same among the forms without case and accents ("~+"). */
  LooseCompound = 2,
  /** At the start: the forms without case and accents ("~"). */
  Loose = 3,
}

/**
 * A node is referred to by its first edge's index shifted left once, with bit 0 set when a word ends there;
 * 0 is no node. An edge is one 32-bit word: the letter's index (bits 0-6), "last edge of its node" (bit 7)
 * and its target's reference (bits 8-31).
 */
export class WordGraph {
  /** Every edge; index 0 is none. */
  readonly edges: Uint32Array
  readonly root: number
  /** The letters, by index (index 0 is none). */
  readonly letters: string[]
  /** Each letter's lower-case letter, by index (itself when it has none in the alphabet). */
  readonly lowerLetter: Uint8Array
  /** The indices of the marks: compound "+", loose "~", forbidden "!" (0 when absent). */
  readonly plus: number
  readonly tilde: number
  readonly bang: number
  /** The roots the marks lead to (0 when absent). */
  readonly compoundRoot: number
  readonly looseRoot: number
  readonly looseCompoundRoot: number
  readonly forbiddenRoot: number
  readonly looseForbiddenRoot: number
  private readonly letterCode: Uint8Array
  /** Scratch for a word's letters and the compound search's stack, grown as needed. */
  private codes = new Uint8Array(64)
  private stackNodes = new Int32Array(65)
  private stackNext = new Uint8Array(65)
  private stackRoots = new Int32Array(65)
  private stackCased = new Uint8Array(65)

  constructor(data: ArrayBufferLike) {
    let words = new Uint32Array(data, 0, Math.floor(data.byteLength / 4))
    if (words[0] !== magic) {
      // Written on a little-endian machine and read on a big-endian one: swap a copy once.
      const view = new DataView(data as ArrayBuffer)
      if (view.getUint32(0, true) !== magic) throw new WordGraphError('not a word graph')
      words = Uint32Array.from({ length: words.length }, (_, at) => view.getUint32(at * 4, true))
    }
    const [, format, alphabetSize, root, edgeCount] = words as unknown as number[]
    if (format !== wordGraphFormat) throw new WordGraphError(`word graph format ${format}, expected ${wordGraphFormat}`)
    if (headerWords + alphabetSize! + edgeCount! !== words.length) throw new WordGraphError('word graph truncated')
    this.letters = ['']
    let highest = 0
    for (let at = 0; at < alphabetSize!; at++) {
      const code = words[headerWords + at]!
      this.letters.push(String.fromCharCode(code))
      highest = Math.max(highest, code)
    }
    this.letterCode = new Uint8Array(highest + 1)
    this.letters.forEach((letter, index) => {
      if (index > 0) this.letterCode[letter.charCodeAt(0)] = index
    })
    this.lowerLetter = new Uint8Array(this.letters.length)
    this.letters.forEach((letter, index) => {
      const lower = letter.toLowerCase()
      this.lowerLetter[index] = lower.length === 1 ? this.letterCode[lower.charCodeAt(0)] || index : index
    })
    this.edges = words.subarray(headerWords + alphabetSize!)
    this.root = root!
    this.plus = this.indexOf('+')
    this.tilde = this.indexOf('~')
    this.bang = this.indexOf('!')
    this.compoundRoot = this.child(this.root, this.plus)
    this.looseRoot = this.child(this.root, this.tilde)
    this.looseCompoundRoot = this.child(this.looseRoot, this.plus)
    this.forbiddenRoot = this.child(this.root, this.bang)
    this.looseForbiddenRoot = this.child(this.looseRoot, this.bang)
  }

  /** The index of a letter (a UTF-16 code unit), or 0 when no word has it. */
  indexOf(letter: string): number {
    const code = letter.charCodeAt(0)
    return code < this.letterCode.length ? this.letterCode[code]! : 0
  }

  /** The node after `letter` from `node`, or 0. */
  child(node: number, letter: number): number {
    if (node === 0 || letter === 0) return 0
    const edges = this.edges
    for (let at = node >>> 1; at !== 0; at++) {
      const edge = edges[at]!
      const here = edge & 127
      if (here === letter) return edge >>> 8
      // Edges are sorted by letter: past it, it is not there.
      if (here > letter || edge & 128) return 0
    }
    return 0
  }

  /** The word's letters as indices in `this.codes`, its length, or -1 when a letter is in no word. */
  private encode(word: string): number {
    if (word.length > this.codes.length) {
      const size = word.length * 2
      this.codes = new Uint8Array(size)
      this.stackNodes = new Int32Array(size + 1)
      this.stackNext = new Uint8Array(size + 1)
      this.stackRoots = new Int32Array(size + 1)
      this.stackCased = new Uint8Array(size + 1)
    }
    const codes = this.codes
    const table = this.letterCode
    for (let at = 0; at < word.length; at++) {
      const code = word.charCodeAt(at)
      const letter = code < table.length ? table[code]! : 0
      if (letter === 0) return -1
      codes[at] = letter
    }
    return word.length
  }

  /** The node the word leads to from `from`, or 0. */
  walk(from: number, word: string): number {
    const length = this.encode(word)
    if (length < 0) return 0
    let node = from
    for (let at = 0; at < length && node !== 0; at++) node = this.child(node, this.codes[at]!)
    return node
  }

  /** Whether the word is an entry under `from` as written, without joining entries. */
  hasExact(word: string, from = this.root): boolean {
    return (this.walk(from, word) & 1) === 1
  }

  /** Whether the word is listed as forbidden (among the loose forms when `caseMatched` is false). */
  isForbidden(word: string, caseMatched = true): boolean {
    const root = caseMatched ? this.forbiddenRoot : this.looseForbiddenRoot
    return root !== 0 && this.hasExact(word, root)
  }

  /**
   * cspell's `hasWord(word, caseSensitive)`: listed as written, or as a compound of listed parts, and not
   * forbidden; with `caseSensitive` false a lower-case word may also match forms without case and accents.
   */
  hasWord(word: string, caseSensitive: boolean): boolean {
    if (this.hasExact(word)) return !this.isForbidden(word)
    const found = this.findCompound(word, caseSensitive)
    return found.found && !this.isForbidden(word, found.caseMatched)
  }

  /**
   * cspell's `findWord(word, { caseSensitive: true })` as the dictionary asks it: found as written (its
   * forbidden mark not looked up, as cspell does not), or as a compound that is not forbidden.
   */
  findWord(word: string): { found: boolean; compoundUsed: boolean; forbidden: boolean } {
    if (this.hasExact(word)) return { found: true, compoundUsed: false, forbidden: false }
    const found = this.findCompound(word, true)
    return { found: found.found, compoundUsed: found.compoundUsed, forbidden: found.found && found.compoundUsed && this.isForbidden(word) }
  }

  /**
   * cspell's compound search (findCompoundNode), step for step, so that every answer stays cspell's: a
   * depth-first walk that follows the word's letters and, where it fails, goes back to the last place a
   * part may end ("+" follows) and goes on from the compound root, then from the loose compound root.
   */
  findCompound(word: string, caseSensitive: boolean): FoundWord {
    const length = this.encode(word)
    if (length <= 0) return notFound
    const codes = this.codes
    const nodes = this.stackNodes
    const next = this.stackNext
    const roots = this.stackRoots
    const cased = this.stackCased
    nodes[0] = this.root
    next[0] = caseSensitive ? Next.Nothing : Next.Loose
    roots[0] = 0
    cased[0] = 1
    let compoundUsed = false
    let caseMatched = true
    let at = 0
    for (;;) {
      const from = roots[at] || nodes[at]!
      const here = cased[at]!
      const child = this.child(from, codes[at++]!)
      if (child !== 0 && at < length) {
        caseMatched = here === 1
        nodes[at] = child
        next[at] = Next.Compound
        roots[at] = 0
        cased[at] = here
      } else if (child === 0 || (child & 1) === 0) {
        while (--at > 0) {
          if (next[at] === Next.Nothing || nodes[at]! >>> 1 === 0) continue
          if (this.child(nodes[at]!, this.plus) !== 0) break
        }
        if (next[at] === Next.Nothing) break
        compoundUsed = at > 0
        const kind = next[at]!
        const root = kind === Next.Compound ? this.compoundRoot : kind === Next.LooseCompound ? this.looseCompoundRoot : this.looseRoot
        const stillCased = cased[at] === 1 && kind === Next.Compound
        next[at] = kind === Next.Compound && !caseSensitive ? Next.LooseCompound : Next.Nothing
        roots[at] = root
        cased[at] = stillCased ? 1 : 0
        if (root === 0) break
        if (at === 0 && !stillCased && word !== word.toLowerCase()) break
      } else {
        return { found: true, compoundUsed, caseMatched: here === 1 }
      }
    }
    return { found: false, compoundUsed, caseMatched }
  }
}
