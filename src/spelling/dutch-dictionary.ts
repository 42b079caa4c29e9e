// The Dutch dictionary: @cspell/dict-nl-nl (OpenTaal's Hunspell data, compounds included) as cspell's
// binary trie, built once at install time (scripts/build-data.mjs). Decoding takes ~12 ms; the decoded
// trie is immutable, so one copy per process serves every checker. Words it does not list may still be
// compounds of listed ones (compound-words.ts), checked only for those words and cached.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeTrie, type ITrie } from 'cspell-trie-lib'
import { packageRoot } from '../package-root.js'
import { TovError } from '../tov-error.js'
import { isCompound, type CompoundLexicon, type Neighbour } from './compound-words.js'
import { rankSuggestions } from './rank-suggestions.js'

let shared: ITrie | undefined

function loadTrie(): ITrie {
  if (shared) return shared
  const file = join(packageRoot(), 'generated/dictionary/nl-nl.btrie')
  let content: Buffer
  try {
    content = readFileSync(file)
  } catch {
    throw new TovError('DATA_MISSING', `Het woordenboek ontbreekt (${file}). Voer "npm run build" uit.`)
  }
  shared = decodeTrie(new Uint8Array(content.buffer as ArrayBuffer, content.byteOffset, content.byteLength))
  return shared
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1)
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Words that run into a fixed phrase when the space is left out: "inplaats" is "in plaats". */
const phraseStarts = new Set(['al', 'bij', 'door', 'er', 'in', 'met', 'na', 'nog', 'om', 'ook', 'op', 'per', 'te', 'ten', 'ter', 'van', 'voor', 'zo'])

/**
 * Services Dutch and Flemish customers name in lower case, so no capital marks them as names (the
 * team's own vocabulary goes in the config).
 */
const lowerCaseBrands = new Set(['bancontact', 'bpost', 'bpostbank', 'bunq', 'itsme', 'payconiq', 'tikkie'])

/**
 * Words of webcare's spoken register that OpenTaal does not list: interjections ("hey", "auw", "okido")
 * and loanwords customers and agents use every day ("refund").
 */
const spokenWords = new Set(['hey', 'heey', 'heyy', 'auw', 'au', 'yay', 'okido', 'oki', 'ok', 'hoihoi', 'refund', 'refunds'])

/** Letters a hurried writer drops most ("bestelling" without an l, "ontstaan" without its t). */
const droppedLetters = [...'enstrlidchj']

/** Letters written for one another: by sound (c/s/k/z, d/t, f/v, ei/ij) or by place on the keyboard. */
const soundAlike = new Map<string, string>([
  ['c', 'skz'], ['s', 'czd'], ['k', 'cg'], ['z', 'sx'], ['d', 'ts'], ['t', 'dr'], ['f', 'vg'], ['v', 'fwb'], ['w', 'v'],
  ['i', 'jyeou'], ['j', 'ih'], ['y', 'ij'], ['e', 'aiorw'], ['a', 'eos'], ['o', 'aeiup'], ['u', 'oiy'], ['g', 'kch'],
  ['h', 'gj'], ['b', 'pv'], ['p', 'bo'], ['m', 'n'], ['n', 'mb'], ['l', 'k'], ['r', 'te'], ['x', 'z'], ['q', 'kw'],
])

/** The letters one edit may add or change. */
const letters = [...'abcdefghijklmnopqrstuvwxyzéëïöü']

/**
 * The strings one edit from `lower`, place by place: the letter there left out, it and the next swapped,
 * one of `inserted` put before it, or it changed into one of `substitutes(it)`.
 */
function* oneEditStrings(lower: string, inserted: Iterable<string>, substitutes: (here: string) => Iterable<string>): Generator<string> {
  for (let at = 0; at <= lower.length; at++) {
    const before = lower.slice(0, at)
    const after = lower.slice(at)
    const here = after[0]
    if (here !== undefined) yield before + after.slice(1)
    if (after.length > 1) yield before + after[1]! + after[0]! + after.slice(2)
    for (const letter of inserted) yield before + letter + after
    if (here !== undefined) for (const letter of substitutes(here)) yield before + letter + after.slice(1)
  }
}

/**
 * Longer than any Dutch word a reply needs ("klantenservicemedewerkster" has 26 letters): such a run of
 * letters gets no compound reading and no suggestions, which cost time in its length squared.
 */
const longestWord = 48

/** Cache bound for the compound verdicts: the same words recur across replies. */
const compoundCacheSize = 2000

export class DutchDictionary {
  private readonly trie: ITrie
  private readonly compounds = new Map<string, boolean>()
  private readonly lexicon: CompoundLexicon

  constructor() {
    this.trie = loadTrie()
    this.lexicon = {
      has: (word) => this.trie.hasWord(word, true),
      neighbours: (word) => this.oneEditAway(word),
    }
  }

  /** Whether a word is Dutch as written, or as written with a capital for the start of a sentence. */
  isKnown(word: string): boolean {
    // Typographic apostrophes are the same letters: "sms’jes" is "sms'jes".
    if (/[’‘]/.test(word)) return this.isKnown(word.replace(/[’‘]/g, "'"))
    if (this.trie.hasWord(word, true)) return true
    if (word !== lowerFirst(word) && this.trie.hasWord(lowerFirst(word), true)) return true
    if (word === word.toUpperCase() && this.trie.hasWord(word.toLowerCase(), true)) return true
    // "Eén", "Eéntje": the capital of "één" drops its accent.
    if (/^Eé/.test(word) && this.trie.hasWord(`éé${word.slice(2)}`, true)) return true
    const lower = word.toLowerCase()
    return lowerCaseBrands.has(lower) || spokenWords.has(lower) || /^h+m+$/i.test(word)
  }

  /** Whether an unlisted word is a well-formed compound of listed ones ("retourformulier", "webteam"). */
  isCompound(word: string): boolean {
    const lower = word.toLowerCase()
    // Only all lower case, or a capital for the start of a sentence: "PostNl" is no compound.
    if (lowerFirst(word) !== lower || lower.length > longestWord) return false
    let verdict = this.compounds.get(lower)
    if (verdict === undefined) {
      verdict = isCompound(lower, this.lexicon)
      if (this.compounds.size >= compoundCacheSize) this.compounds.clear()
      this.compounds.set(lower, verdict)
    }
    return verdict
  }

  /** Whether a word is two listed words of three letters or more, slip or not ("Meerlanden": meer + landen). */
  splitsIntoWords(word: string): boolean {
    const lower = word.toLowerCase()
    if (lower.length > longestWord) return false
    for (let at = 3; at <= lower.length - 3; at++) {
      if (this.trie.hasWord(lower.slice(0, at), true) && this.trie.hasWord(lower.slice(at), true)) return true
    }
    return false
  }

  /**
   * The listed spelling of a word written with other capitals ("Postnl" for "PostNL"), or undefined when
   * the word is listed as written or not at all.
   */
  otherCase(word: string): string | undefined {
    const lower = word.toLowerCase()
    if (this.isKnown(word) || !this.trie.hasWord(lower, false)) return undefined
    return this.trie
      .suggest(lower, { numSuggestions: 4, changeLimit: 1, ignoreCase: true, timeout: 100 })
      .find((candidate) => candidate.toLowerCase() === lower && this.trie.hasWord(candidate, true))
  }

  /** Up to `count` corrections, likeliest first, in the word's own capitalisation. */
  suggest(word: string, count = 5): string[] {
    const lower = word.toLowerCase()
    if (lower.length > longestWord) return []
    // One edit finds most slips in ~10 ms; two edits ("interresant") cost ~50 ms, so only when needed.
    // cspell's suggester skips some single edits ("klantenservise" → "klantenservice"): add them exactly.
    const oneEdit = this.likelySlipsOf(lower)
    let candidates = [...new Set([...this.candidates(lower, 1), ...oneEdit, ...this.phraseSplits(lower)])]
    if (candidates.length === 0) candidates = this.candidates(lower, 2)
    const ranked = rankSuggestions(lower, candidates).slice(0, count)
    const capitalised = word.charAt(0) !== word.charAt(0).toLowerCase()
    return ranked.map((candidate) => (capitalised ? upperFirst(candidate) : candidate))
  }

  /**
   * Every listed lower-case word one edit (a letter left out, added, changed, or two swapped) from the
   * word: ~60 lookups per letter, a few milliseconds, and exact where cspell's suggester skips some.
   */
  private oneEditAway(lower: string): Neighbour[] {
    const found = new Map<string, boolean>()
    for (const candidate of oneEditStrings(lower, letters, () => letters)) {
      if (candidate === lower || found.has(candidate)) continue
      const result = this.trie.findWord(candidate, { caseSensitive: true })
      if (result.found !== false && !result.forbidden) found.set(candidate, result.compoundUsed)
    }
    return [...found].map(([word, compound]) => ({ word, compound }))
  }

  /**
   * The listed words one typical slip from the word, for suggestions: a letter left out or doubled, two
   * swapped, a letter for one that sounds or sits alike (c/s/k/z, d/t, f/v, ei/ij), or a dropped e, n, s,
   * t, r, l, i, d, c, h or j put back. cspell's suggester skips some of these ("klantenservise" →
   * "klantenservice"); a quarter of oneEditAway's lookups, as a suggestion is on the first check's path.
   */
  private likelySlipsOf(lower: string): string[] {
    const found = new Set<string>()
    for (const candidate of oneEditStrings(lower, droppedLetters, (here) => soundAlike.get(here) ?? '')) {
      if (candidate !== lower && !found.has(candidate) && this.trie.hasWord(candidate, true)) found.add(candidate)
    }
    return [...found]
  }

  /** "inplaats" → "in plaats": a phrase start and a listed word written together. */
  private phraseSplits(lower: string): string[] {
    const splits: string[] = []
    for (let at = 2; at <= 4 && at <= lower.length - 3; at++) {
      const first = lower.slice(0, at)
      const rest = lower.slice(at)
      if (phraseStarts.has(first) && this.trie.hasWord(rest, true)) splits.push(`${first} ${rest}`)
    }
    return splits
  }

  private candidates(lower: string, changeLimit: number): string[] {
    return this.trie
      .suggest(lower, { numSuggestions: 16, changeLimit, ignoreCase: true, timeout: 200 })
      .filter((candidate) => candidate !== lower && (lower.includes('-') || !candidate.includes('-')))
      .filter((candidate) => this.trie.hasWord(candidate, true))
  }
}
