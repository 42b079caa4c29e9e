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
const wholePlaceholder = new RegExp(`^(?:${placeholder})$`, 'u')
const startPlaceholder = new RegExp(`^(?:${placeholder})`, 'u')

/** Whether a whole value is a template placeholder, in the grammar the syntax marking uses. */
export const isPlaceholder = (value: string): boolean => wholePlaceholder.test(value)
/** The placeholder a text starts with, if any ("{{ agent.initials }} ..."). */
export const leadingPlaceholder = (value: string): string | undefined => startPlaceholder.exec(value)?.[0]

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

const domainLabel = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`
const topLevelDomains = 'nl|be|com|org|net|eu|info|io|de|fr|uk|shop|app|co|online|nu|site|store|tv|me|ly'

// Kinds in precedence order: when two spans start at the same place and are as long, the first wins.
const patterns: ReadonlyArray<readonly [SyntaxKind, RegExp]> = [
  ['placeholder', new RegExp(placeholder, 'gu')],
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu],
  [
    'url',
    new RegExp(
      String.raw`\b(?:https?:\/\/|www\.)[^\s<>"]+|\b${domainLabel}(?:\.${domainLabel})*\.(?:${topLevelDomains})\b(?:\/[^\s<>"]*)?`,
      'giu',
    ),
  ],
  ['mention', new RegExp(String.raw`(?<![\p{L}\p{N}_.@])@(?:[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?|${placeholder})`, 'gu')],
  ['hashtag', /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu],
  ['signoff', new RegExp(String.raw`\^ ?(?:\p{L}[\p{L}\p{M}.'-]{0,30}|${placeholder})`, 'gu')],
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

// A URL does not end in sentence punctuation; a closing parenthesis only when the URL opened one.
function trimUrl(value: string): string {
  let trimmed = value.replace(/[.,;:!?'"’”]+$/u, '')
  while (trimmed.endsWith(')') && countOf(trimmed, '(') < countOf(trimmed, ')')) {
    trimmed = trimmed.slice(0, -1).replace(/[.,;:!?'"’”]+$/u, '')
  }
  return trimmed
}

function countOf(text: string, character: string): number {
  let count = 0
  for (const c of text) if (c === character) count++
  return count
}

/** All syntax spans of a text, sorted, never overlapping. */
export function findSyntaxSpans(text: string): SyntaxSpan[] {
  const candidates: SyntaxSpan[] = []
  for (const [kind, pattern] of patterns) {
    if (!tells[kind].test(text)) continue
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      let value = match[0]
      if (kind === 'url') value = trimUrl(value)
      if (value.length === 0) continue
      candidates.push({ kind, start: match.index, end: match.index + value.length, value })
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
