// X's weighted length, as X itself counts it: twitter-text's parseTweet (a URL counts 23, an emoji 2,
// CJK 2). Leading @mentions of a reply travel as reply metadata and are not counted.
// twitter-text costs ~60 ms to import (core-js), so it is loaded only when a cheap upper bound says the
// reply might be over the limit; below the bound the reply is certainly within it.

export interface XOverflow {
  /** X's weighted length of the counted part. */
  length: number
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

interface ParsedTweet {
  weightedLength: number
}
type ParseTweet = (text: string) => ParsedTweet

let parseTweetPromise: Promise<ParseTweet> | undefined

function loadParseTweet(): Promise<ParseTweet> {
  parseTweetPromise ??= import('twitter-text').then((module) => {
    const api = (module as { default?: { parseTweet: ParseTweet }; parseTweet?: ParseTweet })
    const parse = api.parseTweet ?? api.default?.parseTweet
    if (!parse) throw new Error('twitter-text has no parseTweet')
    return parse
  })
  return parseTweetPromise
}

/** How far a reply runs over X's limit, or null when it is within it. */
export async function xOverflow(text: string, max: number): Promise<XOverflow | null> {
  const countedFrom = leadingMentions.exec(text)?.[0].length ?? 0
  const counted = text.slice(countedFrom)
  if (xLengthUpperBound(counted) <= max) return null
  const parseTweet = await loadParseTweet()
  const length = parseTweet(counted).weightedLength
  if (length <= max) return null
  // The longest prefix within the limit (twitter-text's own validRangeEnd assumes X's default of 280).
  const ends: number[] = [0]
  for (const character of counted) ends.push(ends[ends.length - 1]! + character.length)
  let low = 0
  let high = ends.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (parseTweet(counted.slice(0, ends[middle])).weightedLength <= max) low = middle
    else high = middle - 1
  }
  return { length, countedFrom, overflowAt: countedFrom + ends[low]! }
}

/** X's exact weighted length of a reply, leading @mentions not counted. */
export async function xWeightedLength(text: string): Promise<number> {
  const countedFrom = leadingMentions.exec(text)?.[0].length ?? 0
  return (await loadParseTweet())(text.slice(countedFrom)).weightedLength
}
