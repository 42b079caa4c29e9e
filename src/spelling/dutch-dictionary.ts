// The Dutch dictionary: @cspell/dict-nl-nl (OpenTaal's Hunspell data, compounds included) as cspell's
// binary trie, built once at install time (scripts/build-data.mjs). Decoding takes ~12 ms; the decoded
// trie is immutable, so one copy per process serves every checker.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeTrie, type ITrie } from 'cspell-trie-lib'
import { packageRoot } from '../package-root.js'
import { TovError } from '../tov-error.js'
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

export class DutchDictionary {
  private readonly trie: ITrie

  constructor() {
    this.trie = loadTrie()
  }

  /** Whether a word is Dutch as written, or as written with a capital for the start of a sentence. */
  isKnown(word: string): boolean {
    if (this.trie.hasWord(word, true)) return true
    if (word !== lowerFirst(word) && this.trie.hasWord(lowerFirst(word), true)) return true
    if (word === word.toUpperCase() && this.trie.hasWord(word.toLowerCase(), true)) return true
    return false
  }

  /** Up to `count` corrections, likeliest first, in the word's own capitalisation. */
  suggest(word: string, count = 5): string[] {
    const lower = word.toLowerCase()
    // One edit finds most slips in ~10 ms; two edits ("interresant") cost ~50 ms, so only when needed.
    let candidates = this.candidates(lower, 1)
    if (candidates.length === 0) candidates = this.candidates(lower, 2)
    const ranked = rankSuggestions(lower, candidates).slice(0, count)
    const capitalised = word.charAt(0) !== word.charAt(0).toLowerCase()
    return ranked.map((candidate) => (capitalised ? upperFirst(candidate) : candidate))
  }

  private candidates(lower: string, changeLimit: number): string[] {
    return this.trie
      .suggest(lower, { numSuggestions: 16, changeLimit, ignoreCase: true, timeout: 200 })
      .filter((candidate) => candidate !== lower && (lower.includes('-') || !candidate.includes('-')))
      .filter((candidate) => this.trie.hasWord(candidate, true))
  }
}
