// Dutch writes new compounds as one word: retour + formulier, web + team, tracking + s + code,
// tweestap + s + verificatie. OpenTaal lists many, never all. A word the dictionary does not know passes as a
// compound when it splits into dictionary words the way Dutch joins them, guarded so slips do not pass:
// parts of three letters or more, no closed-class word (ons, het, aan) as a part, at most three parts, and
// no dictionary word one edit away that the writer more likely meant (verzendkostten → verzendkosten).
import { slipDistance } from './rank-suggestions.js'

/**
 * Heads that service language puts after any first part, and that the dictionary does not build
 * compounds with: "resetlink" stands beside "resetklink".
 */
const commonHeads = new Set(['app', 'chat', 'code', 'link', 'mail', 'pas', 'sms', 'team'])

/** What the compound check asks of the dictionary: exact lower-case words and one-edit neighbours. */
export interface CompoundLexicon {
  /** Whether the lower-case word is listed as written. */
  has(word: string): boolean
  /** Listed words one edit away from the lower-case word, and whether the dictionary built each as a compound. */
  neighbours(word: string): Neighbour[]
}

export interface Neighbour {
  word: string
  compound: boolean
}

export interface CompoundSplit {
  modifier: string
  /** The linking letter between the parts: "" or "s". */
  link: string
  head: string
}

const minimumPart = 3
/** The slip cost (rank-suggestions) of a doubled or undoubled letter, two letters swapped, a d for a t at the end. */
const typicalSlip = 0.6
/** Parts of a first part that is a compound itself: "tweestaps" is "twee" + "stap" + s, "appmeel" no first part. */
const minimumInnerPart = 4
const longestWord = 40

/**
 * Words that never take part in a new compound: articles, pronouns, prepositions, conjunctions and the
 * commonest adverbs and auxiliaries. "onstaan" is not "ons" + "taan", "wanneerdan" not "wanneer" + "dan".
 */
const closedClass = new Set(
  (
    'aan af al als bij dan dat de den der des die dit door een en er geen had hem hen het hier hij hoe hun ik in ' +
    'is je jij jou jouw kan kon maar me mee men met mij mijn na naar niet nog nu of om ons onze ook op over per ' +
    'te ten ter tot toe u uit uw van veel voor waar wat wel wie wij wil zal ze zei zich zij zo zou zul ' +
    'daar dus hebt heb hebben ben bent was waren wordt werd worden zijn zult zouden moet moest mag ' +
    'deze elk elke iets niets ieder iemand niemand alle meer minder want omdat toen tijdens zonder tegen onder ' +
    'achter boven naast rond sinds vanaf via zoals welk welke haar'
  ).split(' '),
)

function isPart(word: string, lexicon: CompoundLexicon, least = minimumPart): boolean {
  return word.length >= least && !closedClass.has(word) && lexicon.has(word)
}

/**
 * Whether Dutch may put the linking -s- after this first part (verzekeringsmaatschappij, tweestaps-
 * verificatie): never after a sibilant (klas+s). The -e- and -en- of older compounds are listed words
 * (paardebloem, klantenservice: "klanten" is a word), never guessed.
 */
function takesLink(modifier: string, link: string): boolean {
  return link === 's' && !/(?:[sxz]|sj|sch)$/.test(modifier)
}

/**
 * The link after a first part as written before a head ("" for a plain word), or undefined for none.
 * At depth 2 the first part may be a compound itself, of parts of four letters or more.
 */
function modifierLinks(part: string, lexicon: CompoundLexicon, depth: number): string | undefined {
  const least = depth > 1 ? minimumPart : minimumInnerPart
  const known = (stem: string) => isPart(stem, lexicon, least) || (depth > 1 && splitCompound(stem, lexicon, depth - 1).length > 0)
  if (known(part)) return ''
  const stem = part.slice(0, -1)
  if (part.endsWith('s') && takesLink(stem, 's') && known(stem)) return 's'
  return undefined
}

/** Whether the split leaves out the -s- Dutch always writes after -heid, -iteit and -schap (identiteitskaart). */
function missesLink(modifier: string, link: string): boolean {
  return link === '' && /(?:heid|iteit|schap)$/.test(modifier)
}

/**
 * Every way the lower-case word splits into modifier (+ link) + head; empty when it does not. A head of
 * three letters (milieu+pas, bank+app) takes a plain first part.
 */
export function splitCompound(word: string, lexicon: CompoundLexicon, depth = 2): CompoundSplit[] {
  const least = depth > 1 ? minimumPart : minimumInnerPart
  if (word.length < 2 * least || word.length > longestWord || !/^\p{Ll}+$/u.test(word)) return []
  const splits: CompoundSplit[] = []
  for (let at = least; at <= word.length - least; at++) {
    const head = word.slice(at)
    if (!isPart(head, lexicon, least)) continue
    const first = word.slice(0, at)
    const link = modifierLinks(first, lexicon, head.length < minimumInnerPart ? 1 : depth)
    if (link !== undefined && !missesLink(first, link)) splits.push({ modifier: first.slice(0, first.length - link.length), link, head })
  }
  return splits
}

/**
 * How the neighbour is the word's own parts with another link: "missing" when the word leaves out an -s-
 * Dutch may write (retourformulier beside retoursformulier: both stand), "extra" when it adds one the
 * listed word does without (afvalsscheiding beside afvalscheiding: a slip).
 */
function linkingVariant(neighbour: string, splits: CompoundSplit[]): 'missing' | 'extra' | undefined {
  for (const { modifier, link, head } of splits) {
    if (link === '' && takesLink(modifier, 's') && `${modifier}s${head}` === neighbour) return 'missing'
    if (link === 's' && `${modifier}${head}` === neighbour) return 'extra'
  }
  return undefined
}

/**
 * Whether a neighbour the dictionary builds as a compound itself is no sign of a slip: more than a
 * typical slip away (a doubled or undoubled letter, two letters swapped: verzendkostten beside
 * verzendkosten), and another first part on the same head (webteam, weiteam; belplezier, boelplezier)
 * or another head after the same first part (resetlink, resetbink).
 */
function isOtherCompound(word: string, neighbour: string, splits: CompoundSplit[], lexicon: CompoundLexicon): boolean {
  if (slipDistance(word, neighbour) <= typicalSlip) return false
  return splits.some(({ modifier, link, head }) => {
    const first = modifier + link
    if (neighbour.endsWith(head)) {
      const other = neighbour.slice(0, -head.length)
      if (other !== first && modifierLinks(other, lexicon, 2) !== undefined) return true
    }
    // Another head after the same first part, unless the word's head looks like it lost a letter of it
    // ("postode" beside "postcode"); some heads are common enough to stand anyway (resetlink, resetklink).
    const otherHead = neighbour.slice(first.length)
    return (
      neighbour.startsWith(first) &&
      isPart(otherHead, lexicon) &&
      (head.length >= otherHead.length || commonHeads.has(head))
    )
  })
}

/**
 * Whether a lower-case word the dictionary does not list is a well-formed compound of listed words, with
 * no listed word one edit away that the writer more likely meant: a listed simple word ("onstaan" is no
 * "ons" + "taan" beside "ontstaan"), or a compound a typical slip away.
 */
export function isCompound(word: string, lexicon: CompoundLexicon): boolean {
  const splits = splitCompound(word, lexicon)
  if (splits.length === 0) return false
  return lexicon.neighbours(word).every(({ word: neighbour, compound }) => {
    const variant = linkingVariant(neighbour, splits)
    if (variant) return variant === 'missing'
    return compound && isOtherCompound(word, neighbour, splits, lexicon)
  })
}
