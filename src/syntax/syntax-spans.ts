// Finds the parts of a reply that are not language: @mentions, #hashtags, URLs, e-mail addresses, the
// ^sign-off, template placeholders, emoji, emoticons, times and numbers. One table, one pass per kind.

export type SyntaxKind =
  | 'placeholder'
  | 'email'
  | 'url'
  | 'mention'
  | 'hashtag'
  | 'signoff'
  | 'emoji'
  | 'emoticon'
  | 'time'
  | 'number'

export interface SyntaxSpan {
  kind: SyntaxKind
  start: number
  end: number
  value: string
}

const placeholder = String.raw`\{\{[^{}\n]{1,80}\}\}|\{%[^%\n]{1,80}%\}|\{[\p{L}_][\p{L}\p{N}_.]{0,40}\}|\[[\p{L}_][\p{L}\p{N}_. ]{0,40}\]|%[\p{L}_][\p{L}\p{N}_.]{0,40}%`

/**
 * A pattern built from a string, made on its first use: `new RegExp` parses at once, and a pattern with
 * Unicode classes costs ~0.5 ms to parse, which a one-reply CLI run pays at start-up for every one.
 */
function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined
  return () => (pattern ??= new RegExp(source, flags))
}

const wholePlaceholder = lazyPattern(`^(?:${placeholder})$`, 'u')
const startPlaceholder = lazyPattern(`^(?:${placeholder})`, 'u')

/** Whether a whole value is a template placeholder, in the grammar the syntax marking uses. */
export const isPlaceholder = (value: string): boolean => /[{[%]/.test(value) && wholePlaceholder().test(value)
/** The placeholder a text starts with, if any ("{{ agent.initials }} ..."). */
export const leadingPlaceholder = (value: string): string | undefined => startPlaceholder().exec(value)?.[0]

export interface PlaceholderParts {
  /** The variable, without braces, spaces or filters: "ticket.requester.first_name". */
  name: string
  /** Text the customer reads when the variable is empty ("daar"), with its offset in the placeholder. */
  fallback?: { text: string; offset: number }
}

// Intercom {{user.name|fallback:"daar"}}, Liquid {{ name | default: "daar" }}, Help Scout
// {%customer.firstName,fallback=daar%}.
const fallbackPattern = /(?:\|\s*(?:fallback|default)\s*:\s*|,\s*fallback\s*=\s*)(["']?)([^"'|%}]*)\1/u

/** The parts of a placeholder in the syntax marking's grammar. */
export function placeholderParts(value: string): PlaceholderParts {
  const inner = value.replace(/^(?:\{\{|\{%|\{|\[|%)/u, '').replace(/(?:\}\}|%\}|\}|\]|%)$/u, '')
  const opening = value.length - value.replace(/^(?:\{\{|\{%|\{|\[|%)/u, '').length
  const fallback = fallbackPattern.exec(inner)
  const name = (fallback ? inner.slice(0, fallback.index) : inner).split('|')[0]!.trim()
  if (!fallback || fallback[2]!.trim() === '') return { name }
  const text = fallback[2]!
  const offset = opening + fallback.index + fallback[0].length - fallback[1]!.length - text.length
  return { name, fallback: { text, offset } }
}

// Every pattern below runs over a whole reply of up to 1 MiB, so none may re-read what it has already read:
// a hostile reply ("aaaa…a@", "a.a.a.…", "http://a.nl/)))…") must cost time linear in its length.

// An e-mail address only starts where its local part starts (the lookbehind), so the engine does not
// retry from every letter of a long run; RFC 5321/1035 bound the local part (64) and each label (63).
const email = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+/gu
/** RFC 1035: a domain name has at most 255 characters. */
const maxDomainLength = 255

// Kinds in precedence order: when two spans start at the same place and are as long, the first wins.
// URLs are found by `findUrls`, a scanner, not by a pattern.
const patterns: ReadonlyArray<readonly [SyntaxKind, RegExp | (() => RegExp) | null]> = [
  ['placeholder', lazyPattern(placeholder, 'gu')],
  ['email', email],
  ['url', null],
  ['mention', lazyPattern(String.raw`(?<![\p{L}\p{N}_.@])@(?:[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?|${placeholder})`, 'gu')],
  ['hashtag', /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu],
  ['signoff', lazyPattern(String.raw`\^ ?(?:\p{L}[\p{L}\p{M}.'-]{0,30}|${placeholder})`, 'gu')],
  [
    'emoji',
    /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|[\u00a9\u00ae\u2122]\uFE0F|(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*/gu,
  ],
  ['emoticon', /(?<![\p{L}\p{N}:;=])(?:[:;=][-'^o]?[)(\][DPpOo3/\\|*]+|<3+|\^\^|[xX]D+)(?![\p{L}\p{N}])/gu],
  ['time', /\b(?:[01]?\d|2[0-3])(?:[.:][0-5]\d|u(?:[0-5]\d)?)\b/gu],
  ['number', /\p{N}+(?:[.,:/-]\p{N}+)*/gu],
]

const precedence = new Map(patterns.map(([kind], index) => [kind, index]))

/**
 * A kind can only occur when its tell-tale character does: a text without "@" has no mention and no e-mail
 * address. Checking that first spares compiling and running the pattern (unicode classes are costly the
 * first time, which is what a one-reply CLI run pays).
 */
const tells: Record<SyntaxKind, RegExp> = {
  placeholder: /[{[%]/,
  email: /@/,
  url: /[./]/,
  mention: /@/,
  hashtag: /#/,
  signoff: /\^/,
  emoji: /[^\u0000-\u00a8]/,
  emoticon: /[:;=<^xX]/,
  time: /\d/,
  number: /\p{N}/u,
}

interface Match {
  start: number
  value: string
}

const tlds = 'nl|be|com|org|net|eu|info|io|de|fr|uk|shop|app|co|online|nu|site|store|tv|me|ly'
const topLevelDomains = new Set(tlds.split('|'))
// Whether a chain of dotted runs holds a top-level domain at all; most ("o.a", "a.b.c") do not.
const anyTld = lazyPattern(String.raw`\.(?:${tlds})(?![\w\u017f\u212a])`, 'iu')
// A URL with a scheme or "www.": up to the next space, quote or angle bracket.
const prefixedUrl = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu
const urlPath = /\/[^\s<>"]*/y
// Runs of label characters joined by single dots ("www.voorbeeld.nl"), each found from its first character.
const dottedRuns = /(?<![\p{L}\p{N}-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
const alphanumeric = /[\p{L}\p{N}]/u
// What `\b` counts as a word character in a pattern with the `iu` flags.
const wordCharacter = /[\w\u017f\u212a]/iu
const tldLetters = /[\w\u017f\u212a]*/iuy

/** The code point at `index` as a string ("" outside the text). */
function characterAt(text: string, index: number): string {
  const code = text.codePointAt(index)
  return code === undefined ? '' : String.fromCodePoint(code)
}

/** The code point before `index` as a string ("" at the start). */
function characterBefore(text: string, index: number): string {
  if (index <= 0) return ''
  const unit = text.charCodeAt(index - 1)
  return characterAt(text, unit >= 0xdc00 && unit <= 0xdfff && index >= 2 ? index - 2 : index - 1)
}

interface Chain {
  /** Start and end of each run of label characters; a single dot sits between two runs. */
  starts: number[]
  ends: number[]
  /** Per run: the run whose top-level domain ends a match that starts in this run, or -1. */
  tldRun: number[]
  /** Per run: where the top-level domain at the start of this run ends, or -1. */
  tldEnd: number[]
}

function chainAt(text: string, start: number, end: number): Chain {
  const starts: number[] = [start]
  const ends: number[] = []
  const tldEnd: number[] = [-1]
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) !== 0x2e) continue
    ends.push(index)
    starts.push(index + 1)
    tldLetters.lastIndex = index + 1
    const letters = tldLetters.exec(text)![0]
    tldEnd.push(topLevelDomains.has(letters.toLowerCase()) ? index + 1 + letters.length : -1)
  }
  ends.push(end)
  const count = starts.length
  // The last run at or before each run that holds a top-level domain.
  const lastTld: number[] = []
  for (let run = 0; run < count; run++) lastTld.push(tldEnd[run]! >= 0 ? run : run > 0 ? lastTld[run - 1]! : -1)
  // From a run, a match takes the next runs as labels while they are valid (no "-" at either end); the first
  // invalid one can still hold the top-level domain. Walking back, `reachTld` is the last top-level domain
  // a match starting in the current run can reach.
  const tldRun: number[] = []
  let reachTld = lastTld[count - 1]!
  for (let run = count - 1; run >= 0; run--) {
    const next = run + 1
    if (next < count && (text[starts[next]!] === '-' || text[ends[next]! - 1] === '-')) reachTld = lastTld[next]!
    tldRun.push(next < count && text[ends[run]! - 1] !== '-' && reachTld > run ? reachTld : -1)
  }
  tldRun.reverse()
  return { starts, ends, tldRun, tldEnd }
}

/**
 * Bare domains ("voorbeeld.nl/hulp"): what the pattern
 * `\b label(\.label)* \.tld \b (\/[^\s<>"]*)?` (label `[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?`) matches,
 * found without backtracking. A match starts at a word boundary in a run that ends in a letter or digit and
 * is followed by a dot, takes the following runs as labels as long as they are valid, and ends at the last
 * top-level domain it reaches. Each run is read a fixed number of times, where the pattern retried from
 * every position and backtracked over every label ("a.a.a.…" took 44 s for 100 KB).
 */
function bareDomainFinder(text: string): (from: number) => Match | undefined {
  const chains = Array.from(text.matchAll(dottedRuns), (match) => ({ start: match.index, end: match.index + match[0].length }))
  let chainIndex = 0
  let chain: Chain | undefined
  let run = 0
  return (from) => {
    for (; chainIndex < chains.length; chainIndex++, chain = undefined, run = 0) {
      const { start, end } = chains[chainIndex]!
      if (end <= from || (!chain && !anyTld().test(text.slice(start, end)))) continue
      chain ??= chainAt(text, start, end)
      for (; run < chain.starts.length; run++) {
        const tld = chain.tldRun[run]!
        if (tld < 0 || chain.ends[run]! <= from) continue
        for (let at = Math.max(from, chain.starts[run]!); at < chain.ends[run]!; at += characterAt(text, at).length) {
          if (!alphanumeric.test(characterAt(text, at))) continue
          // `\b`: a word character on one side only.
          if (wordCharacter.test(characterAt(text, at)) === wordCharacter.test(characterBefore(text, at))) continue
          let matchEnd = chain.tldEnd[tld]!
          if (text[matchEnd] === '/') {
            urlPath.lastIndex = matchEnd
            matchEnd += urlPath.exec(text)![0].length
          }
          return { start: at, value: text.slice(at, matchEnd) }
        }
      }
    }
    return undefined
  }
}

/** URLs in the order the pattern `prefixedUrl|bareDomain` (flag `g`) would find them. */
function findUrls(text: string): Match[] {
  const nextBare = bareDomainFinder(text)
  const urls: Match[] = []
  let prefixed: Match | undefined
  let bare: Match | undefined
  let from = 0
  for (;;) {
    if (!prefixed || prefixed.start < from) {
      prefixedUrl.lastIndex = from
      const match = prefixedUrl.exec(text)
      prefixed = match ? { start: match.index, value: match[0] } : { start: Infinity, value: '' }
    }
    if (!bare || bare.start < from) bare = nextBare(from) ?? { start: Infinity, value: '' }
    const next = prefixed.start <= bare.start ? prefixed : bare
    if (next.start === Infinity) return urls
    urls.push(next)
    from = next.start + next.value.length
  }
}

const trailingPunctuation = new Set(".,;:!?'\"’”")

// A URL does not end in sentence punctuation; a closing parenthesis only when the URL opened one.
// One count and one walk back from the end: re-counting per stripped ")" was quadratic.
function trimUrl(value: string): string {
  let end = value.length
  const stripPunctuation = () => {
    while (end > 0 && trailingPunctuation.has(value[end - 1]!)) end--
  }
  stripPunctuation()
  let opened = 0
  let closed = 0
  for (let index = 0; index < end; index++) {
    if (value[index] === '(') opened++
    else if (value[index] === ')') closed++
  }
  while (end > 0 && value[end - 1] === ')' && opened < closed) {
    end--
    closed--
    stripPunctuation()
  }
  return value.slice(0, end)
}

function matchesOf(made: RegExp | (() => RegExp) | null, text: string): Match[] {
  if (!made) return findUrls(text)
  const pattern = typeof made === 'function' ? made() : made
  pattern.lastIndex = 0
  return Array.from(text.matchAll(pattern), (match) => ({ start: match.index, value: match[0] }))
}

/** All syntax spans of a text, sorted, never overlapping. */
export function findSyntaxSpans(text: string): SyntaxSpan[] {
  const candidates: SyntaxSpan[] = []
  for (const [kind, pattern] of patterns) {
    if (!tells[kind].test(text)) continue
    for (const match of matchesOf(pattern, text)) {
      let value = match.value
      if (kind === 'url') value = trimUrl(value)
      if (kind === 'email' && value.length - value.indexOf('@') - 1 > maxDomainLength) continue
      if (value.length === 0) continue
      candidates.push({ kind, start: match.start, end: match.start + value.length, value })
    }
  }
  candidates.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - b.start - (a.end - a.start) ||
      (precedence.get(a.kind) ?? 0) - (precedence.get(b.kind) ?? 0),
  )
  const spans: SyntaxSpan[] = []
  let covered = 0
  for (const span of candidates) {
    if (span.start < covered) continue
    spans.push(span)
    covered = span.end
  }
  return spans
}
