// The word graph (generated/dictionary/nl-nl.dawg, read by src/spelling/word-graph.ts) answers as cspell's
// trie of the same data did: every lookup, and every answer of the dictionary, on words sampled from the
// dictionary, slips made of them, compounds joined from them and their case variants. The reference is
// cspell-trie-lib reading @cspell/dict-nl-nl's own file, and the dictionary's code as it was on cspell.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { decodeTrie, type ITrie } from 'cspell-trie-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { isCompound, type CompoundLexicon, type Neighbour } from '../src/spelling/compound-words.js'
import { DutchDictionary, adoptDictionaryData, dictionaryData } from '../src/spelling/dutch-dictionary.js'
import { letterMask, nearWords } from '../src/spelling/near-words.js'
import { WordGraph } from '../src/spelling/word-graph.js'
import { TovError } from '../src/tov-error.js'
// @ts-expect-error: a plain ES module script without types
import { prng } from '../bench/make-distinct-library.mjs'

const require = createRequire(import.meta.url)


// --- The dictionary's code as it was on cspell's trie: the reference. ---

const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1)
const referenceBrands = new Set(['bancontact', 'bpost', 'bpostbank', 'bunq', 'itsme', 'payconiq', 'tikkie'])
const referenceSpoken = new Set(['hey', 'heey', 'heyy', 'auw', 'au', 'yay', 'okido', 'oki', 'ok', 'hoihoi', 'refund', 'refunds'])
const letters = [...'abcdefghijklmnopqrstuvwxyzéëïöü']

function* oneEditStrings(lower: string): Generator<string> {
  for (let at = 0; at <= lower.length; at++) {
    const before = lower.slice(0, at)
    const after = lower.slice(at)
    const here = after[0]
    if (here !== undefined) yield before + after.slice(1)
    if (after.length > 1) yield before + after[1]! + after[0]! + after.slice(2)
    for (const letter of letters) yield before + letter + after
    if (here !== undefined) for (const letter of letters) yield before + letter + after.slice(1)
  }
}

class ReferenceDictionary {
  readonly lexicon: CompoundLexicon
  constructor(readonly trie: ITrie) {
    this.lexicon = { has: (word) => trie.hasWord(word, true), neighbours: (word) => this.oneEditAway(word) }
  }

  isKnown(word: string): boolean {
    if (/[’‘]/.test(word)) return this.isKnown(word.replace(/[’‘]/g, "'"))
    const trie = this.trie
    if (trie.hasWord(word, true)) return true
    if (word !== lowerFirst(word) && trie.hasWord(lowerFirst(word), true)) return true
    if (word === word.toUpperCase() && trie.hasWord(word.toLowerCase(), true)) return true
    if (/^Eé/.test(word) && trie.hasWord(`éé${word.slice(2)}`, true)) return true
    const lower = word.toLowerCase()
    return referenceBrands.has(lower) || referenceSpoken.has(lower) || /^h+m+$/i.test(word)
  }

  isCompound(word: string): boolean {
    const lower = word.toLowerCase()
    if (lowerFirst(word) !== lower || lower.length > 48) return false
    return isCompound(lower, this.lexicon)
  }

  splitsIntoWords(word: string): boolean {
    const lower = word.toLowerCase()
    if (lower.length > 48) return false
    for (let at = 3; at <= lower.length - 3; at++) {
      if (this.trie.hasWord(lower.slice(0, at), true) && this.trie.hasWord(lower.slice(at), true)) return true
    }
    return false
  }

  otherCase(word: string): string | undefined {
    const lower = word.toLowerCase()
    if (this.isKnown(word) || !this.trie.hasWord(lower, false)) return undefined
    return this.trie
      .suggest(lower, { numSuggestions: 4, changeLimit: 1, ignoreCase: true, timeout: 100 })
      .find((candidate) => candidate.toLowerCase() === lower && this.trie.hasWord(candidate, true))
  }

  oneEditAway(lower: string): Neighbour[] {
    const found = new Map<string, boolean>()
    for (const candidate of oneEditStrings(lower)) {
      if (candidate === lower || found.has(candidate)) continue
      const result = this.trie.findWord(candidate, { caseSensitive: true })
      if (result.found !== false && !result.forbidden) found.set(candidate, result.compoundUsed)
    }
    return [...found].map(([word, compound]) => ({ word, compound }))
  }
}

// --- The sample. ---

let trie: ITrie
let reference: ReferenceDictionary
let graph: WordGraph
let dictionary: DutchDictionary
/** Listed words (marks taken off), slips of them, compounds of them, case variants, oddities. */
const sample = { listed: [] as string[], slips: [] as string[], joined: [] as string[], cased: [] as string[] }

function slipOf(word: string, next: () => number): string {
  const at = Math.floor(next() * word.length)
  const letter = 'abcdefghijklmnopqrstuvwxyzéëdt'.charAt(Math.floor(next() * 30))
  switch (Math.floor(next() * 6)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1)
    case 1:
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2)
    case 2:
      return word.slice(0, at) + word.charAt(at) + word.slice(at)
    case 3:
      return word.replace(/d$/, 't').replace(/dt$/, 'd')
    case 4:
      return word.slice(0, at) + letter + word.slice(at + 1)
    default:
      return word.slice(0, at) + letter + word.slice(at)
  }
}

beforeAll(() => {
  const source = join(dirname(require.resolve('@cspell/dict-nl-nl/cspell-ext.json')), 'Dutch.trie.gz')
  trie = decodeTrie(new Uint8Array(gunzipSync(readFileSync(source))))
  reference = new ReferenceDictionary(trie)
  graph = new WordGraph(dictionaryData())
  dictionary = new DutchDictionary()
  const entries = [...trie.words()]
  // A seeded generator (mulberry32): the same sample on every run.
  const next = prng(20251126) as () => number
  const pick = () => entries[Math.floor(next() * entries.length)]!.replace(/^[~!+]+|\+$/g, '')
  for (let count = 0; count < 20_000; count++) sample.listed.push(pick())
  const plain = sample.listed.filter((word) => /^\p{Ll}{3,}$/u.test(word))
  for (let count = 0; count < 5_000; count++) sample.slips.push(slipOf(plain[count % plain.length]!, next))
  for (let count = 0; count < 2_000; count++) {
    const [first, second] = [plain[Math.floor(next() * plain.length)]!, plain[Math.floor(next() * plain.length)]!]
    sample.joined.push(first + (count % 3 === 0 ? 's' : '') + second)
  }
  for (const word of sample.listed.slice(0, 5_000)) {
    sample.cased.push(word.toLowerCase(), word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1), word.slice(0, -1) + word.slice(-1).toUpperCase())
  }
  sample.cased.push('', 'Eén', 'Eéntje', 'sms’jes', 'SMS’JES', 'cafe\u0301', 'café', 'CAFÉ', '😀', 'a😀b', 'hmm', 'PostNL', 'Postnl', 'postnl', 'POSTNL', '’s-Hertogenbosch')
}, 120_000)

const all = () => [...sample.listed, ...sample.slips, ...sample.joined, ...sample.cased]

describe('the word graph answers as cspell-trie-lib does', () => {
  it('hasWord, case-sensitive and not, on every word of the sample', () => {
    const differences: string[] = []
    for (const word of all()) {
      for (const caseSensitive of [true, false]) {
        if (graph.hasWord(word, caseSensitive) !== trie.hasWord(word, caseSensitive)) differences.push(`${word} (${caseSensitive})`)
      }
    }
    expect(differences).toEqual([])
    expect(all().length).toBeGreaterThan(45_000)
  })

  it('findWord: found, built as a compound, forbidden', () => {
    const differences: string[] = []
    for (const word of all()) {
      const expected = trie.findWord(word, { caseSensitive: true })
      const actual = graph.findWord(word)
      const found = expected.found !== false
      if (actual.found !== found || (found && (actual.compoundUsed !== expected.compoundUsed || actual.forbidden !== !!expected.forbidden))) {
        differences.push(word)
      }
    }
    expect(differences).toEqual([])
  })

  it('the words one edit away, and which are compounds, as the lookups of every variant find them', () => {
    const editable = letterMask(graph, letters)
    const words = [...sample.slips.slice(0, 600), ...sample.joined.slice(0, 300), ...sample.listed.slice(0, 300)].map((word) => word.toLowerCase())
    for (const word of words) {
      const expected = new Map(reference.oneEditAway(word).map(({ word: near, compound }) => [near, compound]))
      const actual = new Map<string, boolean>()
      for (const near of nearWords(graph, word, { maxEdits: 1, foldCase: false, editable, maxSteps: 1_000_000 }).words) {
        const found = graph.findWord(near)
        if (near !== word && found.found && !found.forbidden) actual.set(near, found.compoundUsed)
      }
      expect([...actual].sort(), word).toEqual([...expected].sort())
    }
  }, 120_000)
})

describe('the dictionary answers as it did on cspell', () => {
  it('isKnown and splitsIntoWords on every word of the sample', () => {
    const differences: string[] = []
    for (const word of all()) {
      if (dictionary.isKnown(word) !== reference.isKnown(word)) differences.push(`isKnown ${word}`)
      if (dictionary.splitsIntoWords(word) !== reference.splitsIntoWords(word)) differences.push(`splitsIntoWords ${word}`)
    }
    expect(differences).toEqual([])
  }, 120_000)

  it('otherCase on the words and a tenth of the case variants', () => {
    // cspell's suggester, which the reference asks, costs milliseconds a word: not every variant.
    const words = [...sample.listed, ...sample.slips, ...sample.joined, ...sample.cased.slice(0, 2_000), ...sample.cased.slice(-16)]
    const differences: string[] = []
    let listed = 0
    for (const word of words) {
      const expected = reference.otherCase(word)
      if (expected !== undefined) listed++
      if (dictionary.otherCase(word) !== expected) differences.push(`${word}: ${dictionary.otherCase(word)} / ${expected}`)
    }
    expect(differences).toEqual([])
    expect(listed).toBeGreaterThan(300)
  }, 120_000)

  it('isCompound on joined words, slips and listed words', () => {
    const words = [...sample.joined.slice(0, 800), ...sample.slips.slice(0, 300), ...sample.listed.slice(0, 300)]
    const differences = words.filter((word) => dictionary.isCompound(word) !== reference.isCompound(word))
    expect(differences).toEqual([])
    // The sample holds both verdicts.
    expect(words.filter((word) => dictionary.isCompound(word)).length).toBeGreaterThan(100)
  }, 300_000)
})

describe('the data, shared', () => {
  it('is read once into one SharedArrayBuffer', () => {
    const data = dictionaryData()
    expect(data).toBeInstanceOf(SharedArrayBuffer)
    expect(dictionaryData()).toBe(data)
  })

  it('is adopted from another thread without reading the file, with the same answers', () => {
    const original = dictionaryData()
    const copy = new SharedArrayBuffer(original.byteLength)
    new Uint8Array(copy).set(new Uint8Array(original))
    try {
      adoptDictionaryData(copy)
      expect(dictionaryData()).toBe(copy)
      const adopted = new DutchDictionary()
      for (const word of sample.slips.slice(0, 200)) expect(adopted.isKnown(word)).toBe(reference.isKnown(word))
    } finally {
      adoptDictionaryData(original)
    }
  })

  it('refuses data that is no word graph with a Dutch message', () => {
    expect(() => adoptDictionaryData(new SharedArrayBuffer(64))).toThrow(TovError)
    expect(() => adoptDictionaryData(new SharedArrayBuffer(64))).toThrow(/Het woordenboek/)
  })
})

describe('the run time', () => {
  it('imports nothing of cspell', () => {
    const files: string[] = []
    const walk = (directory: string) => {
      for (const name of readdirSync(directory)) {
        const path = join(directory, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.[cm]?[jt]s$/.test(name)) files.push(path)
      }
    }
    walk(join(import.meta.dirname, '../src'))
    walk(join(import.meta.dirname, '../rules'))
    const importing = files.filter((file) => /(?:from\s+|import\s*\(\s*)['"]cspell-trie-lib['"]/.test(readFileSync(file, 'utf8')))
    expect(importing).toEqual([])
  })
})
