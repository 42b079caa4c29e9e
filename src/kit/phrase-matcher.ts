// Phrase data (rules/*.yml, and a brand's own phrases later) compiled to a matcher over sentences.
// A pattern is a set of word groups that must all occur in one clause, in any order, within a window of
// words: "we gaan ernaar kijken", "kijken we ernaar" and "we gaan er even naar kijken" are one pattern.
// Groups list word forms (inflections spelled out, or a prefix ending in *), possibly of several words, or
// a lemma: "=nakijken" stands for every form of the verb, irregular ones and split ones included
// ("kijk ... na", "keek ... na", "nagekeken", "na te kijken"); "=nakijken/present" for its present forms
// only (also past, participle). A pattern is then written once for every tense and word order.
import { DutchDictionary } from '../spelling/dutch-dictionary.js'
import { inflect, type Inflection, type IsWord, type Slot } from './dutch-inflection.js'
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
  /** What the build worked out from the groups (precompilePhrases); absent in a brand's own phrases. */
  compiled?: CompiledPhraseData
}

/** A separable verb's finite forms and its particle, for the verb split in a main clause. */
export interface SplitVerb {
  particle: string
  finite: string[]
}

/**
 * The groups of a phrase file as the build works them out, so that a check does not inflect lemmas or
 * normalise forms at start-up: by group key, every form spelled out (normalised words, one space apart, a
 * prefix ending in *), and the split forms of the separable verbs a group names.
 */
export interface CompiledPhraseData {
  groups: Record<string, string[]>
  splitVerbs: Record<string, SplitVerb[]>
}

export interface PhraseMatch {
  patternId: string
  message: string
  suggestions: string[]
  start: number
  end: number
  sentenceIndex: number
}

/** One form of a group: its words, the last possibly a prefix ("verzend*"). */
interface Form {
  words: string[]
  prefix: boolean
  group: Group
}

interface Group {
  forms: Form[]
  /** The most words of any of its forms. */
  longestForm: number
}

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
  /** A split separable verb: its particle (the last group) comes after the finite verb, this group. */
  particleAfter: number | undefined
}

export class PhraseDataError extends Error {}

/** The slots each tense of a lemma form ("=kijken/past") stands for. */
const tenses: Record<string, Slot[]> = {
  present: ['base', 'stem', 'stem-t', 'stem-variant'],
  past: ['past', 'past-plural'],
  participle: ['participle', 'participle-e'],
}
tenses['all'] = [...tenses['present']!, ...tenses['past']!, ...tenses['participle']!]

/** A lemma form: "=nakijken" or "=nakijken/present". */
const lemmaForm = /^=(\p{Ll}+)(?:\/(present|past|participle|all))?$/u

interface Lemma {
  inflection: Inflection
  slots: Slot[]
}

/**
 * The dictionary settles what spelling cannot ("compenseren": "compenseer", not "compenser"); loaded
 * (a shared trie) only when phrase data names a lemma.
 */
let dictionaryWord: IsWord | undefined
const isDutchWord: IsWord = (form) => {
  if (!dictionaryWord) {
    const dictionary = new DutchDictionary()
    dictionaryWord = (candidate) => dictionary.isKnown(candidate)
  }
  return dictionaryWord(form)
}

/** Lemmas read once per process: the same "=kijken" recurs in many patterns and rules. */
const lemmas = new Map<string, Lemma>()

function parseLemma(form: string, where: string): Lemma | undefined {
  if (!form.startsWith('=')) return undefined
  let lemma = lemmas.get(form)
  if (!lemma) {
    const match = lemmaForm.exec(form)
    if (!match) throw new PhraseDataError(`${where}: "${form}" is no lemma; write "=werkwoord" or "=werkwoord/present" (or past, participle, all)`)
    lemma = { inflection: inflect(match[1]!, isDutchWord), slots: tenses[match[2] ?? 'all']! }
    lemmas.set(form, lemma)
  }
  return lemma
}

/** The forms a lemma stands for in one word (joined, as in "als we het nakijken"), and "na te kijken". */
function joinedForms({ inflection, slots }: Lemma): string[] {
  const forms = slots.flatMap((slot) => inflection.forms.get(slot) ?? [])
  const split = inflection.separable
  if (split && slots.includes('base')) forms.push(`${split.particle} te ${split.finite.get('base')!}`)
  return forms
}

/** The key a group is known by: its lexicon name, or its inline forms. */
function groupKey(source: string | string[]): string {
  return typeof source === 'string' ? `\u0000${source}` : Array.isArray(source) ? source.join('\n') : ''
}

function sourceForms(source: string | string[], lexicon: Record<string, string[]>, where: string): string[] {
  if (typeof source === 'string') {
    const entry = lexicon[source]
    if (!entry) throw new PhraseDataError(`${where}: unknown lexicon name "${source}"`)
    return entry
  }
  if (Array.isArray(source) && source.length > 0 && source.every((form) => typeof form === 'string')) return source
  throw new PhraseDataError(`${where}: expected a lexicon name or a non-empty list of words`)
}

/** A group's forms spelled out: lemmas inflected, words normalised and one space apart ("nagekeken", "verzend*"). */
function spelledForms(source: string | string[], lexicon: Record<string, string[]>, where: string): string[] {
  return sourceForms(source, lexicon, where)
    .flatMap((form) => {
      const lemma = parseLemma(form, where)
      return lemma ? joinedForms(lemma) : [form]
    })
    .map((form) => {
      const prefix = form.endsWith('*')
      const words = normalizeWord(prefix ? form.slice(0, -1) : form)
        .split(/\s+/)
        .filter(Boolean)
      if (words.length === 0) throw new PhraseDataError(`${where}: empty form`)
      return `${words.join(' ')}${prefix ? '*' : ''}`
    })
}

function groupOf(spelled: string[]): Group {
  const group: Group = { forms: [], longestForm: 0 }
  for (const form of spelled) {
    const prefix = form.endsWith('*')
    const words = (prefix ? form.slice(0, -1) : form).split(' ')
    group.forms.push({ words, prefix, group })
    group.longestForm = Math.max(group.longestForm, words.length)
  }
  return group
}

/** The separable verbs a group names as lemmas ("=oppakken"), as the slots asked for split them. */
function splitVerbsOf(source: string | string[], lexicon: Record<string, string[]>, where: string): SplitVerb[] {
  const forms = typeof source === 'string' ? (lexicon[source] ?? []) : Array.isArray(source) ? source : []
  // Most groups name no lemma at all.
  if (!forms.some((form) => typeof form === 'string' && form.startsWith('='))) return []
  return forms.flatMap((form) => {
    const lemma = parseLemma(form, where)
    const split = lemma?.inflection.separable
    if (!lemma || !split) return []
    const finite = lemma.slots.flatMap((slot) => split.finite.get(slot) ?? [])
    return finite.length > 0 ? [{ particle: split.particle, finite }] : []
  })
}

/**
 * A pattern with a separable verb's lemma also matches the verb split in a main clause: "we pakken je
 * retour zo snel mogelijk op" is "=oppakken". The group becomes the finite forms ("pak", "pakt", "pakte"),
 * followed by the particle as a group of its own, a few words further at most.
 */
function withSplitVerbs(pattern: PhrasePatternData, splitVerbs: (group: string | string[]) => SplitVerb[]): Array<{ pattern: PhrasePatternData; particleAfter?: number }> {
  const result: Array<{ pattern: PhrasePatternData; particleAfter?: number }> = [{ pattern }]
  if (!Array.isArray(pattern.all)) return result
  pattern.all.forEach((group, index) => {
    for (const { particle, finite } of splitVerbs(group)) {
      const all = [...pattern.all]
      all[index] = finite
      // The particle comes after the finite verb ("Op maandag pakken we ..." is no "oppakken").
      all.push([particle])
      result.push({ pattern: { ...pattern, all, window: (pattern.window ?? 6) + 3 }, particleAfter: index })
    }
  })
  return result
}

/** Every group a pattern names. */
function groupsOf(pattern: PhrasePatternData): Array<string | string[]> {
  return [...(Array.isArray(pattern.all) ? pattern.all : []), ...(pattern.near === undefined ? [] : [pattern.near]), ...(pattern.unless ?? []), ...(pattern.unlessBefore ?? []), ...(pattern.unlessAfter ?? [])]
}

/** A problem in phrase data that its schema cannot see: a group name the lexicon lacks, a lemma miswritten. */
export type PhraseDataProblem = { pattern: string; unknownGroup: string } | { pattern: string; badLemma: string }

export function phraseDataProblem(data: PhraseFileData): PhraseDataProblem | undefined {
  const lexicon = data.lexicon ?? {}
  for (const [name, forms] of Object.entries(lexicon)) {
    const badLemma = forms.find((form) => form.startsWith('=') && !lemmaForm.test(form))
    if (badLemma !== undefined) return { pattern: `lexicon.${name}`, badLemma }
  }
  for (const pattern of data.patterns) {
    for (const group of groupsOf(pattern)) {
      if (typeof group === 'string' && !Object.hasOwn(lexicon, group)) return { pattern: pattern.id, unknownGroup: group }
      const badLemma = Array.isArray(group) ? group.find((form) => form.startsWith('=') && !lemmaForm.test(form)) : undefined
      if (badLemma !== undefined) return { pattern: pattern.id, badLemma }
    }
  }
  return undefined
}

/**
 * What the build stores beside a phrase file (see CompiledPhraseData): the work of compilePhrases that
 * does not depend on the reply, done once instead of at every start.
 */
export function precompilePhrases(data: PhraseFileData, name: string): CompiledPhraseData {
  if (!data || !Array.isArray(data.patterns)) throw new PhraseDataError(`${name}: expected a "patterns" list`)
  const lexicon = data.lexicon ?? {}
  const compiled: CompiledPhraseData = { groups: {}, splitVerbs: {} }
  data.patterns.forEach((pattern, index) => {
    const where = `${name}: pattern ${pattern.id ?? index + 1}`
    for (const group of groupsOf(pattern)) {
      const key = groupKey(group)
      if (key === '' || Object.hasOwn(compiled.groups, key)) continue
      compiled.groups[key] = spelledForms(group, lexicon, where)
      const split = splitVerbsOf(group, lexicon, where)
      if (split.length === 0) continue
      compiled.splitVerbs[key] = split
      // The groups withSplitVerbs makes of them.
      for (const { particle, finite } of split) {
        for (const forms of [finite, [particle]]) compiled.groups[groupKey(forms)] ??= spelledForms(forms, lexicon, where)
      }
    }
  })
  return compiled
}

/** Compiled groups by the lexicon object of their phrase data; immutable, so matchers share them. */
const emptyLexicon: Record<string, string[]> = {}
const compiledGroups = new WeakMap<Record<string, string[]>, Map<string, Group>>()

export function compilePhrases(data: PhraseFileData, name: string): CompiledPattern[] {
  if (!data || !Array.isArray(data.patterns)) throw new PhraseDataError(`${name}: expected a "patterns" list`)
  const lexicon = data.lexicon ?? {}
  const compiled = data.compiled
  const patterns = data.patterns.flatMap((pattern, index) =>
    withSplitVerbs(pattern, (group) => {
      const key = groupKey(group)
      return compiled && Object.hasOwn(compiled.groups, key) ? (compiled.splitVerbs[key] ?? []) : splitVerbsOf(group, lexicon, `${name}: pattern ${pattern.id ?? index + 1}`)
    }),
  )
  // A lexicon name is one group for every pattern that names it, so its occurrences in a clause are found
  // once for all of them. So is an inline list written alike in several patterns ("[niet, geen]"). Groups
  // are kept with their lexicon: a rule that splits one file's patterns over two matchers compiles them once.
  // Every empty lexicon is one: a rule that builds its matcher from inline lists ({} each time it is
  // created) gets the same groups each time, and adds none to the shared index.
  const lexiconKey = Object.keys(lexicon).length === 0 ? emptyLexicon : lexicon
  let named = compiledGroups.get(lexiconKey)
  if (!named) {
    named = new Map<string, Group>()
    compiledGroups.set(lexiconKey, named)
  }
  const compileGroup = (source: string | string[], lexicon: Record<string, string[]>, where: string): Group => {
    const key = groupKey(source)
    let group = key === '' ? undefined : named.get(key)
    if (!group) {
      const spelled = compiled && key !== '' && Object.hasOwn(compiled.groups, key) ? compiled.groups[key]! : spelledForms(source, lexicon, where)
      group = groupOf(spelled)
      if (key !== '') named!.set(key, group)
    }
    return group
  }
  return patterns.map(({ pattern, particleAfter }, index) => {
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
      particleAfter,
    }
  })
}

/** An occurrence of a group: word indices [first, last] within the clause's words. */
interface Occurrence {
  first: number
  last: number
}

/** A group's occurrences in a clause, indexed by word, so that a match looks only at the words around it. */
interface Occurrences {
  /** In the order of their first word. */
  list: Occurrence[]
  byFirst: Map<number, Occurrence>
  /** Words that end an occurrence. */
  lasts: Set<number>
  /** The most words one occurrence spans. */
  longest: number
}

/** A clause's occurrences of every group that occurs in it; a group that does not occur is absent. */
type OccurrenceCache = Map<Group, Occurrences>

const nothing: Occurrences = { list: [], byFirst: new Map(), lasts: new Set(), longest: 0 }

function cachedOccurrences(cache: OccurrenceCache, group: Group): Occurrences {
  return cache.get(group) ?? nothing
}

/**
 * Every form of every group a matcher uses, by the word it starts with, so that a word is compared only
 * with the forms that can start with it; forms whose one word is a prefix ("verzend*") by its first letters.
 */
interface WordIndex {
  byFirstWord: Map<string, Form[]>
  /** Forms whose one word is a prefix, by the prefix's first two letters (or fewer, for a shorter one). */
  prefixes: Map<string, Form[]>
}

/** How many letters of a prefix index it: a word is looked up by its first 0, 1 and 2 letters. */
const prefixKeyLength = 2

function addTo(index: Map<string, Form[]>, key: string, form: Form): void {
  const list = index.get(key)
  if (list) list.push(form)
  else index.set(key, [form])
}

/**
 * One index of the groups of tov's own matchers (shareIndex), fixed data. The rules of a check read the
 * same sentences, so a clause's words are looked up once for all of them (clausesWithOccurrences), not
 * once per rule: a library of 10,000 replies spent a fifth of its time here. A group's occurrences do not
 * depend on the other groups in the index.
 */
const shared = { byFirstWord: new Map<string, Form[]>(), prefixes: new Map<string, Form[]>(), groups: new Set<Group>(), version: 0 }

function indexGroup(index: WordIndex, group: Group): void {
  for (const form of group.forms) {
    if (form.prefix && form.words.length === 1) addTo(index.prefixes, form.words[0]!.slice(0, prefixKeyLength), form)
    else addTo(index.byFirstWord, form.words[0]!, form)
  }
}

/** How many groups the shared index holds (for tests: a config's phrases must not add to it). */
export function sharedGroupCount(): number {
  return shared.groups.size
}

function share(groups: Iterable<Group>): void {
  for (const group of groups) {
    if (shared.groups.has(group)) continue
    shared.groups.add(group)
    shared.version++
    indexGroup(shared, group)
  }
}

/**
 * The occurrences in a clause of all groups at once: each word is looked up once in the index, so a clause
 * costs its length and its hits, not its length times the number of groups.
 */
function clauseOccurrences(index: WordIndex, words: Token[]): OccurrenceCache {
  const result: OccurrenceCache = new Map()
  const here = new Map<Group, number>()
  for (let at = 0; at < words.length; at++) {
    here.clear()
    // The longest form of each group that matches here: "persoonlijk vind ik" over "vind ik".
    for (const form of index.byFirstWord.get(words[at]!.norm) ?? noForms) {
      if (form.words.length > (here.get(form.group) ?? 0) && formMatchesAt(form, words, at)) here.set(form.group, form.words.length)
    }
    // The prefix forms the word may start with: those indexed by its first two letters, one, or none.
    const word = words[at]!.norm
    for (let length = 0; length <= Math.min(prefixKeyLength, word.length); length++) {
      for (const form of index.prefixes.get(word.slice(0, length)) ?? noForms) {
        if (!here.has(form.group) && formMatchesAt(form, words, at)) here.set(form.group, 1)
      }
    }
    for (const [group, length] of here) {
      let found = result.get(group)
      if (!found) {
        found = { list: [], byFirst: new Map(), lasts: new Set(), longest: 0 }
        result.set(group, found)
      }
      const occurrence = { first: at, last: at + length - 1 }
      found.list.push(occurrence)
      found.byFirst.set(at, occurrence)
      found.lasts.add(occurrence.last)
      found.longest = Math.max(found.longest, length)
    }
  }
  return result
}

const noForms: Form[] = []

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

interface ClauseCache {
  /** The shared index's version it was made with: a matcher made since may have added groups. */
  version: number
  clauses: Array<{ words: Token[]; occurrences: OccurrenceCache }>
}

/**
 * Where a sentence keeps its clause cache: on the sentence itself, so that it goes with the sentence. (A
 * WeakMap keeps its values until a full collection: on a library they piled up into old space.)
 */
const clauseCacheKey = Symbol('tov.clauses')

/** A sentence's clauses with the occurrences of every shared group in each, worked out once per sentence. */
function clausesWithOccurrences(sentence: SentenceModel): ClauseCache['clauses'] {
  const holder = sentence as SentenceModel & { [clauseCacheKey]?: ClauseCache }
  let cached = holder[clauseCacheKey]
  if (cached?.version !== shared.version) {
    cached = { version: shared.version, clauses: clausesOf(sentence).map((words) => ({ words, occurrences: clauseOccurrences(shared, words) })) }
    Object.defineProperty(holder, clauseCacheKey, { value: cached, writable: true, configurable: true })
  }
  return cached.clauses
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

const isFree = (occurrence: Occurrence | undefined, chosen: Occurrence[]): occurrence is Occurrence =>
  occurrence !== undefined && !chosen.some((taken) => overlaps(taken, occurrence))

/**
 * The free occurrence whose first word is nearest the anchor's (the earlier one of two as near), from
 * `lowest` on. A match spans at most `window` words, so nothing further than `window - 1` words can be
 * part of one: looking further would only find occurrences that fail the window anyway.
 */
function nearestFree(found: Occurrences, anchor: Occurrence, chosen: Occurrence[], window: number, lowest: number, wordCount: number): Occurrence | undefined {
  const reach = Math.min(window - 1, wordCount)
  for (let distance = 0; distance <= reach; distance++) {
    const before = anchor.first - distance
    if (before >= lowest) {
      const occurrence = found.byFirst.get(before)
      if (isFree(occurrence, chosen)) return occurrence
    }
    const after = anchor.first + distance
    if (distance > 0 && after >= lowest) {
      const occurrence = found.byFirst.get(after)
      if (isFree(occurrence, chosen)) return occurrence
    }
  }
  return undefined
}

/** Words between an occurrence and a span; 0 or less when they touch or overlap. */
const gap = (occurrence: Occurrence, span: Occurrence): number => Math.max(occurrence.first - span.last, span.first - occurrence.last)

/** The free occurrence closest to the span, within `window` words (the earliest of equally close ones). */
function closestFree(found: Occurrences, span: Occurrence, chosen: Occurrence[], window: number, wordCount: number): Occurrence | undefined {
  let closest: Occurrence | undefined
  const from = Math.max(0, span.first - window - found.longest + 1)
  const to = Math.min(wordCount - 1, span.last + window)
  for (let first = from; first <= to; first++) {
    const occurrence = found.byFirst.get(first)
    if (!isFree(occurrence, chosen) || gap(occurrence, span) > window) continue
    if (!closest || gap(occurrence, span) < gap(closest, span)) closest = occurrence
  }
  return closest
}

/** Whether a free occurrence overlaps the context. */
function occursIn(found: Occurrences, context: Occurrence, chosen: Occurrence[]): boolean {
  for (let first = Math.max(0, context.first - found.longest + 1); first <= context.last; first++) {
    const occurrence = found.byFirst.get(first)
    if (occurrence && occurrence.last >= context.first && isFree(occurrence, chosen)) return true
  }
  return false
}

/**
 * The first place in the clause, by the order of the first group's occurrences, where the pattern matches.
 * Each occurrence of the first group looks only at the words within the pattern's windows around it, so a
 * clause of n words costs O(n) for a pattern, however often its words recur ("geen geen ... probleem").
 */
function matchInClause(pattern: CompiledPattern, words: Token[], cache: OccurrenceCache): Occurrence | undefined {
  // Most patterns fail on a word the clause does not have: stop at the first such group.
  const perGroup: Occurrences[] = []
  for (const group of pattern.groups) {
    const found = cachedOccurrences(cache, group)
    if (found.list.length === 0) return undefined
    perGroup.push(found)
  }
  const near = pattern.near ? cachedOccurrences(cache, pattern.near) : undefined
  if (near && near.list.length === 0) return undefined
  const unless = pattern.unless.map((group) => cachedOccurrences(cache, group)).filter((found) => found.list.length > 0)
  const unlessBefore = pattern.unlessBefore.map((group) => cachedOccurrences(cache, group))
  const unlessAfter = pattern.unlessAfter.map((group) => cachedOccurrences(cache, group))
  for (const anchor of perGroup[0]!.list) {
    const chosen: Occurrence[] = [anchor]
    let ok = true
    for (let groupIndex = 1; groupIndex < perGroup.length && ok; groupIndex++) {
      const particle = pattern.particleAfter !== undefined && groupIndex === perGroup.length - 1
      const lowest = pattern.ordered ? chosen[chosen.length - 1]!.last + 1 : particle ? chosen[pattern.particleAfter!]!.last + 1 : 0
      const nearest = nearestFree(perGroup[groupIndex]!, anchor, chosen, pattern.window, lowest, words.length)
      if (nearest) chosen.push(nearest)
      else ok = false
    }
    if (!ok) continue
    const span: Occurrence = {
      first: Math.min(...chosen.map((o) => o.first)),
      last: Math.max(...chosen.map((o) => o.last)),
    }
    if (chosen.length > 1 && span.last - span.first + 1 > pattern.window) continue
    if (near) {
      const closest = closestFree(near, span, chosen, pattern.window, words.length)
      if (!closest) continue
      // Show the subject with the phrase ("we gaan ernaar kijken") when it is close by.
      if (gap(closest, span) <= 5) {
        span.first = Math.min(span.first, closest.first)
        span.last = Math.max(span.last, closest.last)
      }
    }
    const context = {
      first: Math.max(0, span.first - pattern.unlessWindow),
      last: Math.min(words.length - 1, span.last + pattern.unlessWindow),
    }
    if (unless.some((found) => occursIn(found, context, chosen))) continue
    if (unlessBefore.some((found) => found.lasts.has(span.first - 1))) continue
    if (unlessAfter.some((found) => found.byFirst.has(span.last + 1))) continue
    return span
  }
  return undefined
}

export interface PhraseMatcherOptions {
  /**
   * Index the groups in the process-wide index that tov's own rules share (see `shared`), so a sentence's
   * occurrences are worked out once for all of them. Only for fixed data: every group ever shared is
   * looked up in every clause after. A matcher of a config's or a plugin's phrases keeps its own index.
   */
  shareIndex?: boolean
}

export class PhraseMatcher {
  readonly patterns: CompiledPattern[]
  /** The matcher's own index, when it does not use the shared one. */
  private readonly index: WordIndex | undefined

  constructor(data: PhraseFileData, name: string, options: PhraseMatcherOptions = {}) {
    this.patterns = compilePhrases(data, name)
    const groups = new Set<Group>()
    for (const pattern of this.patterns) {
      for (const group of [...pattern.groups, ...(pattern.near ? [pattern.near] : []), ...pattern.unless, ...pattern.unlessBefore, ...pattern.unlessAfter]) groups.add(group)
    }
    if (options.shareIndex) {
      share(groups)
      this.index = undefined
    } else {
      this.index = { byFirstWord: new Map(), prefixes: new Map() }
      for (const group of groups) indexGroup(this.index, group)
    }
  }

  /** The sentence's clauses with the occurrences of this matcher's groups. */
  private occurrencesIn(sentence: SentenceModel): ClauseCache['clauses'] {
    if (!this.index) return clausesWithOccurrences(sentence)
    const index = this.index
    return clausesOf(sentence).map((words) => ({ words, occurrences: clauseOccurrences(index, words) }))
  }

  /**
   * Every match, at most one per pattern and clause, sorted by position. Of two overlapping matches the
   * one that starts first wins, and of two that start together, the longer.
   */
  find(sentences: SentenceModel[]): PhraseMatch[] {
    const candidates: PhraseMatch[] = []
    sentences.forEach((sentence, sentenceIndex) => {
      const wordCount = sentence.tokens.filter((token) => token.kind === 'word').length
      for (const { words, occurrences: cache } of this.occurrencesIn(sentence)) {
        for (const pattern of this.patterns) {
          if (pattern.skipQuestions && sentence.question) continue
          const span = matchInClause(pattern, words, cache)
          if (!span) continue
          if (pattern.alone && span.last - span.first + 1 !== wordCount) continue
          const start = words[span.first]!.start
          const end = words[span.last]!.end
          candidates.push({ patternId: pattern.id, message: pattern.message, suggestions: pattern.suggestions, start, end, sentenceIndex })
        }
      }
    })
    candidates.sort((a, b) => a.start - b.start || b.end - a.end)
    // Kept matches start no later than the candidate, so it overlaps one of them when it starts before the
    // furthest end among them.
    const matches: PhraseMatch[] = []
    let furthestEnd = Number.NEGATIVE_INFINITY
    for (const candidate of candidates) {
      if (candidate.start < furthestEnd) continue
      matches.push(candidate)
      furthestEnd = Math.max(furthestEnd, candidate.end)
    }
    return matches
  }
}
