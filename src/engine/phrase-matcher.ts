// Phrase data (rules/*.yml, and a brand's own phrases later) compiled to a matcher over sentences.
// A pattern is a set of word groups that must all occur in one clause, in any order, within a window of
// words: "we gaan ernaar kijken", "kijken we ernaar" and "we gaan er even naar kijken" are one pattern.
// Groups list word forms (inflections spelled out, or a prefix ending in *), possibly of several words.
import { normalizeWord, type SentenceModel, type Token } from './reply-model.js'

export interface PhrasePatternData {
  id: string
  /** Message id of the rule to report with; default "found". */
  message?: string
  /** Groups: a lexicon name, or an inline list of forms. */
  all: Array<string | string[]>
  /** Most words from the first to the last matched word (default 6). */
  window?: number
  /** The words must occur in the order given. */
  ordered?: boolean
  /** A group (lexicon name or forms) that must occur in the clause, within `window` words of the match. */
  near?: string | string[]
  /** Groups that cancel the match when they occur within `unlessWindow` words of it, in the clause. */
  unless?: Array<string | string[]>
  /** How far around the match `unless` looks, in words (default 3; 0 is the match itself). */
  unlessWindow?: number
  /** Groups that cancel the match when they occur right before its first word. */
  unlessBefore?: Array<string | string[]>
  /** A question is not a statement: skip sentences ending in "?" (default false). */
  skipQuestions?: boolean
  /** Only when the match is the whole sentence ("Helaas!"). */
  alone?: boolean
  /** Groups that cancel the match when they occur right after its last word ("op de website": no particle). */
  unlessAfter?: Array<string | string[]>
  /** Replacements to offer for the matched words, likeliest first ("" removes them; <...> is for the agent to fill in). */
  suggestions?: string[]
}

export interface PhraseFileData {
  lexicon?: Record<string, string[]>
  patterns: PhrasePatternData[]
}

export interface PhraseMatch {
  patternId: string
  message: string
  suggestions: string[]
  start: number
  end: number
  sentenceIndex: number
}

interface Form {
  words: string[]
  prefix: boolean
}

type Group = Form[]

interface CompiledPattern {
  id: string
  message: string
  groups: Group[]
  window: number
  ordered: boolean
  near: Group | undefined
  unless: Group[]
  unlessWindow: number
  unlessBefore: Group[]
  skipQuestions: boolean
  alone: boolean
  unlessAfter: Group[]
  suggestions: string[]
}

export class PhraseDataError extends Error {}

function compileGroup(source: string | string[], lexicon: Record<string, string[]>, where: string): Group {
  let forms: string[]
  if (typeof source === 'string') {
    const entry = lexicon[source]
    if (!entry) throw new PhraseDataError(`${where}: unknown lexicon name "${source}"`)
    forms = entry
  } else if (Array.isArray(source) && source.length > 0 && source.every((form) => typeof form === 'string')) {
    forms = source
  } else {
    throw new PhraseDataError(`${where}: expected a lexicon name or a non-empty list of words`)
  }
  return forms.map((form) => {
    const prefix = form.endsWith('*')
    const words = normalizeWord(prefix ? form.slice(0, -1) : form)
      .split(/\s+/)
      .filter(Boolean)
    if (words.length === 0) throw new PhraseDataError(`${where}: empty form`)
    return { words, prefix }
  })
}

export function compilePhrases(data: PhraseFileData, name: string): CompiledPattern[] {
  if (!data || !Array.isArray(data.patterns)) throw new PhraseDataError(`${name}: expected a "patterns" list`)
  const lexicon = data.lexicon ?? {}
  return data.patterns.map((pattern, index) => {
    const where = `${name}: pattern ${pattern.id ?? index + 1}`
    if (!pattern.id) throw new PhraseDataError(`${where}: missing id`)
    if (!Array.isArray(pattern.all) || pattern.all.length === 0) throw new PhraseDataError(`${where}: "all" is empty`)
    return {
      id: pattern.id,
      message: pattern.message ?? 'found',
      groups: pattern.all.map((group) => compileGroup(group, lexicon, where)),
      window: pattern.window ?? 6,
      ordered: pattern.ordered ?? false,
      near: pattern.near === undefined ? undefined : compileGroup(pattern.near, lexicon, where),
      unless: (pattern.unless ?? []).map((group) => compileGroup(group, lexicon, where)),
      unlessWindow: pattern.unlessWindow ?? 3,
      unlessBefore: (pattern.unlessBefore ?? []).map((group) => compileGroup(group, lexicon, where)),
      skipQuestions: pattern.skipQuestions ?? false,
      alone: pattern.alone ?? false,
      unlessAfter: (pattern.unlessAfter ?? []).map((group) => compileGroup(group, lexicon, where)),
      suggestions: pattern.suggestions ?? [],
    }
  })
}

/** An occurrence of a group: word indices [first, last] within the clause's words. */
interface Occurrence {
  first: number
  last: number
}

function formMatchesAt(form: Form, words: Token[], index: number): boolean {
  if (index + form.words.length > words.length) return false
  for (let offset = 0; offset < form.words.length; offset++) {
    const expected = form.words[offset]!
    const actual = words[index + offset]!.norm
    const isLast = offset === form.words.length - 1
    if (isLast && form.prefix ? !actual.startsWith(expected) : actual !== expected) return false
  }
  return true
}

function occurrences(group: Group, words: Token[]): Occurrence[] {
  const found: Occurrence[] = []
  for (let index = 0; index < words.length; index++) {
    // The longest form that matches here: "persoonlijk vind ik" over "vind ik".
    let longest = 0
    for (const form of group) {
      if (form.words.length > longest && formMatchesAt(form, words, index)) longest = form.words.length
    }
    if (longest > 0) found.push({ first: index, last: index + longest - 1 })
  }
  return found
}

/** Clauses: runs of words separated by , ; : — – ( ) or quotes. */
function clausesOf(sentence: SentenceModel): Token[][] {
  const clauses: Token[][] = [[]]
  for (const token of sentence.tokens) {
    if (token.kind === 'punctuation') {
      if (/[,;:—–()"“”]/.test(token.text)) clauses.push([])
      continue
    }
    if (token.kind === 'word') clauses[clauses.length - 1]!.push(token)
  }
  return clauses.filter((clause) => clause.length > 0)
}

function overlaps(a: Occurrence, b: Occurrence): boolean {
  return a.first <= b.last && b.first <= a.last
}

function matchInClause(pattern: CompiledPattern, words: Token[]): Occurrence | undefined {
  const perGroup = pattern.groups.map((group) => occurrences(group, words))
  if (perGroup.some((list) => list.length === 0)) return undefined
  const nearOccurrences = pattern.near ? occurrences(pattern.near, words) : []
  const unlessOccurrences = pattern.unless.map((group) => occurrences(group, words))
  const unlessBeforeOccurrences = pattern.unlessBefore.map((group) => occurrences(group, words))
  const unlessAfterOccurrences = pattern.unlessAfter.map((group) => occurrences(group, words))
  for (const anchor of perGroup[0]!) {
    const chosen: Occurrence[] = [anchor]
    let ok = true
    for (let groupIndex = 1; groupIndex < perGroup.length && ok; groupIndex++) {
      const previous = chosen[chosen.length - 1]!
      const candidates = perGroup[groupIndex]!.filter(
        (occurrence) =>
          !chosen.some((taken) => overlaps(taken, occurrence)) && (!pattern.ordered || occurrence.first > previous.last),
      )
      const nearest = candidates.sort(
        (a, b) => Math.abs(a.first - anchor.first) - Math.abs(b.first - anchor.first),
      )[0]
      if (nearest) chosen.push(nearest)
      else ok = false
    }
    if (!ok) continue
    const span: Occurrence = {
      first: Math.min(...chosen.map((o) => o.first)),
      last: Math.max(...chosen.map((o) => o.last)),
    }
    if (chosen.length > 1 && span.last - span.first + 1 > pattern.window) continue
    if (pattern.near) {
      const near = nearOccurrences.filter(
        (o) => !chosen.some((taken) => overlaps(taken, o)) && Math.max(o.first - span.last, span.first - o.last) <= pattern.window,
      )
      if (near.length === 0) continue
      const closest = near.sort(
        (a, b) => Math.max(a.first - span.last, span.first - a.last) - Math.max(b.first - span.last, span.first - b.last),
      )[0]!
      // Show the subject with the phrase ("we gaan ernaar kijken") when it is close by.
      if (Math.max(closest.first - span.last, span.first - closest.last) <= 5) {
        span.first = Math.min(span.first, closest.first)
        span.last = Math.max(span.last, closest.last)
      }
    }
    const context = {
      first: Math.max(0, span.first - pattern.unlessWindow),
      last: Math.min(words.length - 1, span.last + pattern.unlessWindow),
    }
    if (unlessOccurrences.some((list) => list.some((o) => overlaps(o, context) && !chosen.some((taken) => overlaps(taken, o))))) {
      continue
    }
    if (unlessBeforeOccurrences.some((list) => list.some((o) => o.last === span.first - 1))) continue
    if (unlessAfterOccurrences.some((list) => list.some((o) => o.first === span.last + 1))) continue
    return span
  }
  return undefined
}

export class PhraseMatcher {
  readonly patterns: CompiledPattern[]

  constructor(data: PhraseFileData, name: string) {
    this.patterns = compilePhrases(data, name)
  }

  /**
   * Every match, at most one per pattern and clause, sorted by position. Of two overlapping matches the
   * one that starts first wins, and of two that start together, the longer.
   */
  find(sentences: SentenceModel[]): PhraseMatch[] {
    const candidates: PhraseMatch[] = []
    sentences.forEach((sentence, sentenceIndex) => {
      const wordCount = sentence.tokens.filter((token) => token.kind === 'word').length
      for (const words of clausesOf(sentence)) {
        for (const pattern of this.patterns) {
          if (pattern.skipQuestions && sentence.question) continue
          const span = matchInClause(pattern, words)
          if (!span) continue
          if (pattern.alone && span.last - span.first + 1 !== wordCount) continue
          const start = words[span.first]!.start
          const end = words[span.last]!.end
          candidates.push({ patternId: pattern.id, message: pattern.message, suggestions: pattern.suggestions, start, end, sentenceIndex })
        }
      }
    })
    candidates.sort((a, b) => a.start - b.start || b.end - a.end)
    const matches: PhraseMatch[] = []
    for (const candidate of candidates) {
      if (!matches.some((match) => match.start < candidate.end && candidate.start < match.end)) matches.push(candidate)
    }
    return matches
  }
}
