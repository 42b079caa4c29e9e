// X's weighted length, as X itself counts it: twitter-text's parseTweet (a URL counts 23, an emoji 2,
// CJK 2). Leading @mentions of a reply travel as reply metadata and are not counted.
// twitter-text costs ~60 ms to import (core-js), so it is loaded only when a cheap upper bound says the
// reply might be over the limit; below the bound the reply is certainly within it.
// parseTweet's URL pattern retries a long word from every position when the text holds a dot anywhere:
// quadratic (a second for "a.a.a…" of 32 KB, seconds for a word of emoji). So the text is weighed in
// pieces cut where no link, emoji or normalisation can cross, short words together; a long word with a
// dot gets a lower bound, and twitter-text only when that is cheap or the bound does not settle it. A text
// reported by its bound says so ("minstens").
import { packageModule } from '../package-data.js'

export interface XOverflow {
  /** X's weighted length of the counted part; with `atLeast`, a lower bound of it. */
  length: number
  /** Set when `length` is a lower bound: the text is so far over that the exact count was not needed. */
  atLeast?: true
  /** Offset in the original text where counting starts (after the leading @mentions). */
  countedFrom: number
  /** Offset in the original text of the first character past the limit. */
  overflowAt: number
}

const leadingMentions = /^(?:\s*@[A-Za-z0-9_]{1,15}\b)+\s*/

// X's weights (twitter-text config v3): these ranges weigh 1, every other code point 2.
const lightRanges: ReadonlyArray<readonly [number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
]

function codePointWeight(codePoint: number): number {
  for (const [start, end] of lightRanges) if (codePoint >= start && codePoint <= end) return 1
  return 2
}

/**
 * An upper bound of X's weighted length: every code point at its weight, plus 23 for every dot before a
 * letter (every URL has one before its top-level domain, and may weigh less than 23 on its own), plus 1
 * for © and ® (weight 1 as text, 2 as an emoji).
 */
export function xLengthUpperBound(input: string): number {
  const text = input.normalize('NFC')
  let bound = 0
  let index = 0
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0
    bound += codePointWeight(codePoint)
    if (character === '.' && /\p{L}/u.test(text.charAt(index + 1))) bound += 23
    else if (codePoint === 0xa9 || codePoint === 0xae) bound += 1
    index += character.length
  }
  return bound
}

interface TwitterText {
  parseTweet(text: string): { weightedLength: number }
  regexen: { validGTLD: RegExp; validCCTLD: RegExp; validPunycode: RegExp }
}

let twitterTextPromise: Promise<TwitterText> | undefined

function loadTwitterText(): Promise<TwitterText> {
  // A CommonJS package, required: the CLI runs from V8's code cache, where import() cannot resolve
  // (import-module.ts).
  twitterTextPromise ??= Promise.resolve().then(() => {
    const api = packageModule<Partial<TwitterText> & { default?: Partial<TwitterText> }>('twitter-text')
    const parseTweet = api.parseTweet ?? api.default?.parseTweet
    const regexen = api.regexen ?? api.default?.regexen
    if (!parseTweet || !regexen) throw new Error('twitter-text has no parseTweet or regexen')
    return { parseTweet, regexen }
  })
  return twitterTextPromise
}

// Pieces. A link, an emoji and X's normalisation (NFC) never cross white space, \ ^ { or }: twitter-text's
// URL pattern consumes none of them (except one before a link, as any character may be) and nothing
// composes with them, so the weight of a text is the sum of the weights of pieces cut next to them.

const isSeparator = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x5c || code === 0x5e || code === 0x7b || code === 0x7d

/** Longer words go to twitter-text alone: its retries cost up to the word's length at each position. */
const shortWord = 256
/** Short words are weighed together, this many characters at a time. */
const pieceLength = 2048
/** Loose characters in long words that twitter-text weighs without a noticeable wait (~30 ms at worst). */
const exactWork = 2048

interface Piece {
  start: number
  end: number
  /** A long word with a dot: weighed by a lower bound first. */
  suspect: boolean
}

function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = []
  let pieceStart = 0
  let index = 0
  while (index < text.length) {
    while (index < text.length && isSeparator(text.charCodeAt(index))) index++
    const wordStart = index
    let dot = false
    while (index < text.length && !isSeparator(text.charCodeAt(index))) {
      if (text.charCodeAt(index) === 0x2e) dot = true
      index++
    }
    if (index - wordStart > shortWord) {
      if (wordStart > pieceStart) pieces.push({ start: pieceStart, end: wordStart, suspect: false })
      pieces.push({ start: wordStart, end: index, suspect: dot })
      pieceStart = index
    } else if (index - pieceStart > pieceLength && wordStart > pieceStart) {
      pieces.push({ start: pieceStart, end: wordStart, suspect: false })
      pieceStart = wordStart
    }
  }
  if (pieceStart < text.length) pieces.push({ start: pieceStart, end: text.length, suspect: false })
  return pieces
}

// The lower bound of a long word. Every link twitter-text finds ends its domain in "." and a listed
// top-level domain (or "xn--"); is at most 4,096 characters long (its domain in punycode); has a domain of
// labels of at most 63 code points that begin and end with a domain character (the last one without "_");
// and has only path characters after its domain. A code point no such link can cover weighs at least its
// own weight, or 1/8 when it may be part of an emoji (2 for a sequence; the longest has 10 code points);
// one a link might cover counts 0.

/** twitter-text's 4,096 counts a domain in punycode, which can be half as long as the domain written. */
const maxUrlLength = 2 * 4096
/** 63 code points, in UTF-16 units. */
const maxLabelLength = 126
const protocolLength = 'https://'.length

// twitter-text's classes, on UTF-16 code units as its patterns see them.
const asciiPunctuation = new Set([...`!'#%&()*+,-./:;<=>?@[]^_{|}~$\\`].map((character) => character.charCodeAt(0)))
const isSpace = (code: number): boolean =>
  (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0x85 || code === 0xa0 || code === 0x1680 || code === 0x180e ||
  (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
const isInvalidOrDirectional = (code: number): boolean =>
  code === 0xfffe || code === 0xfeff || code === 0xffff || (code >= 0x202a && code <= 0x202e) || code === 0x061c ||
  code === 0x200e || code === 0x200f || (code >= 0x2066 && code <= 0x2069)
/** twitter-text's validDomainChars. */
const isDomainCharacter = (code: number): boolean => !asciiPunctuation.has(code) && !isSpace(code) && !isInvalidOrDirectional(code)
/** A character a port, path or query may hold (a superset: Latin, Cyrillic, the en dash). */
const isPathCharacter = (code: number): boolean => (code < 0x0500 && !isSpace(code)) || (code >= 0x1e00 && code <= 0x1eff) || code === 0x2013
const mayBeEmoji = (codePoint: number): boolean =>
  codePoint >= 0x2000 || codePoint === 0x23 || codePoint === 0x2a || (codePoint >= 0x30 && codePoint <= 0x39) || codePoint === 0xa9 || codePoint === 0xae

interface WordBound {
  weight: number
  /** UTF-16 units no link can cover: twitter-text's retries there cost about the square of their number. */
  loose: number
}

let topLevelDomain: RegExp | undefined

function wordLowerBound(word: string, { regexen }: TwitterText): WordBound {
  topLevelDomain ??= new RegExp(`(?:${regexen.validGTLD.source}|${regexen.validCCTLD.source}|${regexen.validPunycode.source})`, 'iy')
  const text = word.normalize('NFC')
  const length = text.length
  const linkable = new Uint8Array(length)
  // Top-level domains: the dot and the domain, and how far a path may run after it.
  const anchors = new Uint8Array(length)
  const pathBudget = new Int32Array(length + 1)
  for (let index = 1; index < length; index++) {
    if (text.charCodeAt(index) !== 0x2e || !isDomainCharacter(text.charCodeAt(index - 1))) continue
    topLevelDomain.lastIndex = index + 1
    if (!topLevelDomain.test(text)) continue
    anchors[index] = 1
    linkable.fill(1, index, topLevelDomain.lastIndex)
    pathBudget[topLevelDomain.lastIndex] = maxUrlLength
  }
  // Ports, paths and queries after a domain.
  let budget = 0
  for (let index = 0; index < length; index++) {
    budget = Math.max(budget - 1, pathBudget[index]!)
    if (budget > 0 && isPathCharacter(text.charCodeAt(index))) linkable[index] = 1
    else budget = 0
  }
  // Domains, from each top-level domain back to where a label breaks the rules, and a protocol before them.
  budget = 0
  let label = 0
  let lastLabel = false
  let protocol = 0
  for (let index = length - 1; index >= 0; index--) {
    const code = text.charCodeAt(index)
    if (anchors[index]) {
      // Within a longer domain ("a.nl.com") this label is no last one.
      lastLabel = budget === 0
      budget = maxUrlLength
      label = 0
      protocol = protocolLength
      continue
    }
    if (budget > 0) {
      let fits: boolean
      if (code === 0x2e) {
        fits = isDomainCharacter(text.charCodeAt(index + 1)) && isDomainCharacter(text.charCodeAt(index - 1))
        label = 0
        lastLabel = false
      } else {
        label++
        fits = label <= maxLabelLength && (code === 0x2d || (code === 0x5f ? !lastLabel : isDomainCharacter(code)))
      }
      if (fits) {
        linkable[index] = 1
        budget--
        protocol = protocolLength
        continue
      }
      budget = 0
    }
    if (protocol > 0) {
      linkable[index] = 1
      protocol--
    }
  }
  let weight = 0
  let loose = 0
  for (let index = 0; index < length; index++) {
    const codePoint = text.codePointAt(index)!
    const units = codePoint > 0xffff ? 2 : 1
    if (!linkable[index] && !(units === 2 && linkable[index + 1])) {
      weight += mayBeEmoji(codePoint) ? 1 / 8 : codePointWeight(codePoint)
      loose += units
    }
    index += units - 1
  }
  return { weight, loose }
}

/** The end of the longest prefix of text[start, end) that weighs at most `budget` (never inside a surrogate pair). */
function longestWithin(weigh: (text: string) => number, text: string, start: number, end: number, budget: number): number {
  const boundary = (offset: number): number => {
    const code = text.charCodeAt(offset)
    const previous = text.charCodeAt(offset - 1)
    return offset < end && code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff ? offset + 1 : offset
  }
  const within = (offset: number): boolean => weigh(text.slice(start, offset)) <= budget
  // The prefix that fits is rarely much longer than `budget` characters: double up to it first, so that a
  // long word is never weighed whole.
  let low = start
  let high = end
  for (let probe = boundary(Math.min(end, start + 2 * (budget + 1))); probe < end; probe = boundary(Math.min(end, start + 2 * (probe - start)))) {
    if (!within(probe)) {
      high = probe
      break
    }
    low = probe
  }
  while (high - low > 1) {
    const middle = boundary(Math.floor((low + high) / 2))
    if (middle >= high) break
    if (within(middle)) low = middle
    else high = middle
  }
  return low
}

/** How far a reply runs over X's limit, or null when it is within it. */
export async function xOverflow(text: string, max: number): Promise<XOverflow | null> {
  const countedFrom = leadingMentions.exec(text)?.[0].length ?? 0
  const counted = text.slice(countedFrom)
  if (xLengthUpperBound(counted) <= max) return null
  const twitterText = await loadTwitterText()
  const weigh = (piece: string): number => twitterText.parseTweet(piece).weightedLength
  const pieces = piecesOf(counted)
  const textOf = (piece: Piece): string => counted.slice(piece.start, piece.end)
  // Exact weights, and for a suspect word a lower bound until its exact weight is needed.
  const weights = pieces.map((piece) => (piece.suspect ? undefined : weigh(textOf(piece))))
  const bounds = pieces.map((piece, index) => (weights[index] === undefined ? wordLowerBound(textOf(piece), twitterText) : undefined))
  const exactly = (index: number): number => (weights[index] ??= weigh(textOf(pieces[index]!)))
  const total = (): number => pieces.reduce((sum, _piece, index) => sum + (weights[index] ?? bounds[index]!.weight), 0)
  // Weigh the suspect words exactly when that is cheap (their links parse at once, their loose parts cost
  // the square of their length) or when the bounds do not settle it.
  const loose = bounds.reduce((sum, bound) => sum + (bound?.loose ?? 0), 0)
  if (loose <= exactWork || total() <= max) {
    pieces.forEach((_piece, index) => exactly(index))
    if (total() <= max) return null
  }
  let before = 0
  for (const [index, piece] of pieces.entries()) {
    let weight = weights[index] ?? bounds[index]!.weight
    if (before + weight <= max) weight = exactly(index)
    if (before + weight <= max) {
      before += weight
      continue
    }
    const overflowAt = countedFrom + longestWithin(weigh, counted, piece.start, piece.end, max - before)
    // X's count is a whole number, at least the bound.
    if (weights.every((known) => known !== undefined)) return { length: total(), countedFrom, overflowAt }
    return { length: Math.ceil(total()), atLeast: true, countedFrom, overflowAt }
  }
  throw new Error('xOverflow: no piece runs over the limit, yet together they do')
}

/** X's exact weighted length of a reply, leading @mentions not counted. */
export async function xWeightedLength(text: string): Promise<number> {
  const countedFrom = leadingMentions.exec(text)?.[0].length ?? 0
  const counted = text.slice(countedFrom)
  const { parseTweet } = await loadTwitterText()
  return piecesOf(counted).reduce((sum, piece) => sum + parseTweet(counted.slice(piece.start, piece.end)).weightedLength, 0)
}
