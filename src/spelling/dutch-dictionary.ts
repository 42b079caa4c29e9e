// The Dutch dictionary: @cspell/dict-nl-nl (OpenTaal's Hunspell data, compounds included) as a minimal
// word graph in one flat array, laid out at install time (scripts/build-data.mjs) and read as it lies: one
// file read, no decoding, no sorting. The data is immutable, so one copy per process (and one
// SharedArrayBuffer for every worker thread) serves every checker. Words it does not list may still be
// compounds of listed ones (compound-words.ts), checked only for those words and cached.
import { packageBuffer } from '../package-data.js'
import { TovError } from '../tov-error.js'
import { isCompound, type CompoundLexicon, type Neighbour } from './compound-words.js'
import { LruCache } from './lru-cache.js'
import { letterMask, nearWords } from './near-words.js'
import { rankSuggestions, slipDistance } from './rank-suggestions.js'
import { WordGraph, WordGraphError } from './word-graph.js'

/** The data file, relative to the package; its `.stamp` beside it names the dictionary's version. */
export const dictionaryFile = 'generated/dictionary/nl-nl.dawg'

let shared: ArrayBufferLike | undefined
let graph: WordGraph | undefined

function graphOf(data: ArrayBufferLike): WordGraph {
  try {
    return new WordGraph(data)
  } catch (error) {
    if (!(error instanceof WordGraphError)) throw error
    throw new TovError('DATA_MISSING', `Het woordenboek is beschadigd of van een andere versie (${error.message}). Voer "npm run build" uit.`)
  }
}

/**
 * The dictionary's data, read once per process; in Node into memory that worker threads can share (a
 * SharedArrayBuffer), in the browser build the file loadTovData() fetched.
 */
export function dictionaryData(): ArrayBufferLike {
  shared ??= packageBuffer(dictionaryFile, 'Het woordenboek')
  return shared
}

/**
 * Uses data another thread read (its `dictionaryData()`), so that this thread neither reads the file nor
 * copies the data. Call it before the first `new DutchDictionary()`.
 */
export function adoptDictionaryData(data: ArrayBufferLike): void {
  if (data === shared) return
  graph = graphOf(data)
  shared = data
}

function loadGraph(): WordGraph {
  graph ??= graphOf(dictionaryData())
  return graph
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

/** The letters one edit may add or change when looking for a compound's neighbours. */
const letters = [...'abcdefghijklmnopqrstuvwxyzéëïöü']

/**
 * Longer than any Dutch word a reply needs ("klantenservicemedewerkster" has 26 letters): such a run of
 * letters gets no compound reading and no suggestions, which cost time in its length squared.
 */
const longestWord = 48

/**
 * The most graph nodes one word's suggestions may visit, all passes together, and the first pass (one
 * edit) alone: one edit takes a few thousand nodes for most words, two edits ~60,000 to ~200,000 (long
 * compounds). Counted in nodes, not milliseconds, so that a busy machine gives the same findings; 150,000
 * nodes are ~5-10 ms on a slow core. A word that needs more gets the suggestions found so far, or none.
 */
const suggestionSteps = 150_000
const oneEditSteps = 60_000
/** A compound's neighbours decide its verdict, so their walk is complete for any word up to `longestWord`. */
const neighbourSteps = 1_000_000

/** Two-edit corrections kept: those at most this much (slip cost) behind the best. */
const twoEditSpread = 0.3

/** Ranked corrections kept per word, and words kept; verdicts kept. Shared by every checker in the process. */
const keptCorrections = 16
const suggestionCache = new LruCache<string, string[]>(4000)
const compoundCache = new LruCache<string, boolean>(20_000)

export class DutchDictionary {
  private readonly graph: WordGraph
  private readonly lexicon: CompoundLexicon
  private readonly neighbourLetters: Uint8Array

  constructor() {
    this.graph = loadGraph()
    this.neighbourLetters = letterMask(this.graph, letters)
    this.lexicon = {
      has: (word) => this.graph.hasWord(word, true),
      neighbours: (word) => this.oneEditAway(word),
    }
  }

  /** Whether a word is Dutch as written, or as written with a capital for the start of a sentence. */
  isKnown(word: string): boolean {
    // Typographic apostrophes are the same letters: "sms’jes" is "sms'jes".
    if (/[’‘]/.test(word)) return this.isKnown(word.replace(/[’‘]/g, "'"))
    const graph = this.graph
    if (graph.hasWord(word, true)) return true
    if (word !== lowerFirst(word) && graph.hasWord(lowerFirst(word), true)) return true
    if (word === word.toUpperCase() && graph.hasWord(word.toLowerCase(), true)) return true
    // "Eén", "Eéntje": the capital of "één" drops its accent.
    if (/^Eé/.test(word) && graph.hasWord(`éé${word.slice(2)}`, true)) return true
    const lower = word.toLowerCase()
    return lowerCaseBrands.has(lower) || spokenWords.has(lower) || /^h+m+$/i.test(word)
  }

  /** Whether an unlisted word is a well-formed compound of listed ones ("retourformulier", "webteam"). */
  isCompound(word: string): boolean {
    const lower = word.toLowerCase()
    // Only all lower case, or a capital for the start of a sentence: "PostNl" is no compound.
    if (lowerFirst(word) !== lower || lower.length > longestWord) return false
    let verdict = compoundCache.get(lower)
    if (verdict === undefined) {
      verdict = isCompound(lower, this.lexicon)
      compoundCache.set(lower, verdict)
    }
    return verdict
  }

  /** Whether a word is two listed words of three letters or more, slip or not ("Meerlanden": meer + landen). */
  splitsIntoWords(word: string): boolean {
    const lower = word.toLowerCase()
    if (lower.length > longestWord) return false
    for (let at = 3; at <= lower.length - 3; at++) {
      if (this.graph.hasWord(lower.slice(0, at), true) && this.graph.hasWord(lower.slice(at), true)) return true
    }
    return false
  }

  /**
   * The listed spelling of a word written with other capitals ("Postnl" for "PostNL"), or undefined when
   * the word is listed as written or not at all.
   */
  otherCase(word: string): string | undefined {
    const lower = word.toLowerCase()
    if (lower.length > longestWord || this.isKnown(word) || !this.graph.hasWord(lower, false)) return undefined
    // "sleeP" is "sleep": the word in lower case first, as cspell's suggester ranked it.
    if (this.graph.hasWord(lower, true)) return lower
    // Of several ("Avro-", "AVRO-"), the one with the fewest capitals: the fewest changes from lower case.
    const capitals = (candidate: string) => candidate.replace(/\P{Lu}/gu, '').length
    let best: string | undefined
    for (const candidate of nearWords(this.graph, lower, { maxEdits: 0, foldCase: true, maxSteps: oneEditSteps }).words) {
      if (candidate.toLowerCase() !== lower || !this.graph.hasWord(candidate, true)) continue
      if (best === undefined || capitals(candidate) < capitals(best)) best = candidate
    }
    return best
  }

  /** Up to `count` corrections, likeliest first, in the word's own capitalisation. */
  suggest(word: string, count = 5): string[] {
    const lower = word.toLowerCase()
    if (lower.length > longestWord) return []
    let ranked = count <= keptCorrections ? suggestionCache.get(lower) : undefined
    if (!ranked) {
      ranked = this.corrections(lower).slice(0, Math.max(count, keptCorrections))
      suggestionCache.set(lower, ranked.slice(0, keptCorrections))
    }
    const capitalised = word.charAt(0) !== word.charAt(0).toLowerCase()
    return ranked.slice(0, count).map((candidate) => (capitalised ? upperFirst(candidate) : candidate))
  }

  /**
   * Every listed word one edit from the lower-case word, likeliest slip first; two edits ("interresant")
   * only when one finds nothing, as they cost ten to a hundred times more, and only those about as likely
   * as the best (two edits reach many words no one meant).
   */
  private corrections(lower: string): string[] {
    const budget = { steps: suggestionSteps }
    const oneEdit = [...this.listedNear(lower, 1, budget, oneEditSteps), ...this.phraseSplits(lower)]
    if (oneEdit.length > 0) return this.ranked(lower, oneEdit)
    const repaired = this.compoundRepairs(lower, budget)
    if (repaired.length > 0) return this.ranked(lower, repaired)
    const twoEdits = this.ranked(lower, this.listedNear(lower, 2, budget))
    const best = twoEdits[0] === undefined ? 0 : slipDistance(lower, twoEdits[0])
    return twoEdits.filter((candidate) => slipDistance(lower, candidate) <= best + twoEditSpread)
  }

  /**
   * The candidates by slip cost (rank-suggestions.ts); on a tie a listed word before one the dictionary
   * joins as a compound, and a letter put back ("onstaan" → "ontstaan") before one changed ("instaan").
   */
  private ranked(lower: string, candidates: string[]): string[] {
    const order = (candidate: string) => (candidate.includes(' ') || this.graph.hasExact(candidate) ? 0 : 2) + (candidate.length > lower.length ? 0 : 1)
    const keyed = candidates.map((candidate, index) => ({ candidate, index, order: order(candidate) }))
    keyed.sort((x, y) => x.order - y.order || x.index - y.index)
    return rankSuggestions(lower, keyed.map((entry) => entry.candidate))
  }

  /**
   * Listed words within `maxEdits` of the word, capitals aside: no hyphen where the word has none, and no
   * capital inside a word the dictionary joins ("bestel" + "Lingen").
   */
  private listedNear(lower: string, maxEdits: number, budget: { steps: number }, most = budget.steps): string[] {
    const near = nearWords(this.graph, lower, { maxEdits, foldCase: true, maxSteps: Math.min(most, budget.steps) })
    budget.steps -= near.steps
    return near.words.filter(
      (candidate) =>
        candidate !== lower &&
        (lower.includes('-') || !candidate.includes('-')) &&
        this.graph.hasWord(candidate, true) &&
        (!/\p{Lu}/u.test(candidate.slice(1)) || this.graph.hasExact(candidate)),
    )
  }

  /**
   * Every listed lower-case word one edit (a letter left out, added, changed, or two swapped) from the
   * word, and whether the dictionary built each as a compound: one walk over the graph.
   */
  private oneEditAway(lower: string): Neighbour[] {
    const near = nearWords(this.graph, lower, { maxEdits: 1, foldCase: false, editable: this.neighbourLetters, maxSteps: neighbourSteps })
    const neighbours: Neighbour[] = []
    for (const candidate of near.words) {
      if (candidate === lower) continue
      const result = this.graph.findWord(candidate)
      if (result.found && !result.forbidden) neighbours.push({ word: candidate, compound: result.compoundUsed })
    }
    return neighbours
  }

  /**
   * One slip inside a part of a compound the dictionary does not list but the compound check accepts:
   * "retourfomulier" → "retourformulier", "webtaem" → "webteam". The part before the slip is a listed
   * word (with a linking -s- or not), the rest one edit from a listed word.
   */
  private compoundRepairs(lower: string, budget: { steps: number }): string[] {
    const repairs = new Set<string>()
    if (!/^\p{Ll}+$/u.test(lower)) return []
    for (let at = 3; at <= lower.length - 3; at++) {
      const first = lower.slice(0, at)
      if (!this.graph.hasWord(first, true) && !(first.endsWith('s') && this.graph.hasWord(first.slice(0, -1), true))) continue
      for (const head of this.listedNear(lower.slice(at), 1, budget)) {
        const candidate = first + head
        if (/^\p{Ll}+$/u.test(head) && this.isCompound(candidate)) repairs.add(candidate)
      }
    }
    return [...repairs]
  }

  /** "inplaats" → "in plaats": a phrase start and a listed word written together. */
  private phraseSplits(lower: string): string[] {
    const splits: string[] = []
    for (let at = 2; at <= 4 && at <= lower.length - 3; at++) {
      const first = lower.slice(0, at)
      const rest = lower.slice(at)
      if (phraseStarts.has(first) && this.graph.hasWord(rest, true)) splits.push(`${first} ${rest}`)
    }
    return splits
  }
}
