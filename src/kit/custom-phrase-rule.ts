// A brand's own phrase rules (config "phrases"), in the spirit of Vale's existence and substitution rules:
// "match" lists what to avoid, "replace" what to write instead. They compile to the same phrase matcher as
// the built-in rules, so "opzeggen" also finds "opgezegd" and "zeg je abonnement op", and a phrase of
// several words is found in any order within its clause. Every occurrence is reported (and fixed), not
// only the first of a sentence. "patterns" (with "lexicon") are phrase data in the built-in rules' own
// format, for what a word list cannot say: "near", "unless", lemmas of any verb.
import type { ResolvedPhraseRule } from '../types.js'
import { defineRule, type RuleDefinition } from './define-rule.js'
import { equivalentSlots, inflect, looksLikeInfinitive, type IsWord } from './dutch-inflection.js'
import { PhraseMatcher, type PhrasePatternData } from './phrase-matcher.js'
import { findEveryMatch } from './phrase-rule.js'
import { normalizeWord } from './reply-model.js'

export const customRulePrefix = 'custom/'

interface Compiled {
  patterns: PhrasePatternData[]
  /** Normalised matched text -> the replacement in the same form. */
  replacements: Map<string, string>
}

const wordsOf = (phrase: string): string[] => normalizeWord(phrase).split(/\s+/).filter(Boolean)

/** Words that begin a noun phrase: after them an "op" is a preposition, and before a last word a noun. */
const determiners = [
  'de', 'het', 'een', 'je', 'jouw', 'uw', 'ons', 'onze', 'mijn', 'zijn', 'haar', 'hun', 'deze', 'die', 'dit', 'dat',
  'geen', 'elke', 'ieder', 'iedere', 'alle',
]

const finiteSlots = new Set(['base', 'stem', 'stem-t', 'past', 'past-plural'])

/** Patterns for one phrase of several words, as written, with its verb inflected and moved as Dutch does. */
function phrasePatterns(id: string, words: string[], isWord: IsWord): PhrasePatternData[] {
  const rest = words.slice(0, -1)
  const last = words.at(-1)!
  // "geen zorgen" ends in a noun; "contact opnemen" and "excuses maken" end in a verb.
  const verb = !determiners.includes(rest.at(-1)!) && looksLikeInfinitive(last) ? inflect(last, isWord) : undefined
  if (!verb) return [{ id, all: words.map((word) => [word]), ordered: true, window: words.length }]
  // The verb ends the phrase; Dutch puts objects and adverbs before it ("contact met ons opnemen").
  const patterns: PhrasePatternData[] = [
    { id, all: [...rest.map((word) => [word]), [...new Set(verb.forms.values())]], ordered: true, window: words.length + 3 },
  ]
  if (verb.separable) {
    const { particle, finite } = verb.separable
    // "neem contact op", "bieden onze excuses aan", "contact op te nemen"
    patterns.push({
      id: `${id}-split`,
      all: [[...new Set(finite.values())], ...rest.map((word) => [word]), [particle]],
      ordered: true,
      window: words.length + 5,
      unlessAfter: [determiners],
    })
    patterns.push({ id: `${id}-te`, all: [...rest.map((word) => [word]), [particle], ['te'], [finite.get('base')!]], ordered: true, window: words.length + 2 })
  } else {
    // "we maken excuses"
    const finite = [...verb.forms].filter(([slot]) => finiteSlots.has(slot)).map(([, form]) => form)
    patterns.push({ id: `${id}-v2`, all: [finite, ...rest.map((word) => [word])], ordered: true, window: words.length + 3 })
  }
  return patterns
}

function compile(rule: ResolvedPhraseRule, isWord: IsWord): Compiled {
  const patterns: PhrasePatternData[] = []
  const replacements = new Map<string, string>()
  const replacement = rule.replace === undefined ? undefined : rule.replace.trim()
  rule.match.forEach((phrase, index) => {
    const words = wordsOf(phrase)
    const id = `${index + 1}`
    if (replacement !== undefined) replacements.set(words.join(' '), replacement)
    if (rule.exact) {
      patterns.push({ id, all: words.map((word) => [word]), ordered: true, window: words.length })
      return
    }
    if (words.length > 1) {
      patterns.push(...phrasePatterns(id, words, isWord))
      return
    }
    const inflection = inflect(words[0]!, isWord)
    patterns.push({ id, all: [[...new Set(inflection.forms.values())]] })
    if (inflection.separable) {
      const { particle, finite } = inflection.separable
      // Main clause: the finite verb, later the particle ("zeg je abonnement op"); "op de website" is no particle.
      patterns.push({
        id: `${id}-split`,
        all: [[...new Set(finite.values())], [particle]],
        ordered: true,
        window: 8,
        unlessAfter: [determiners],
      })
      // "op te zeggen"
      patterns.push({ id: `${id}-te`, all: [[particle], ['te'], [finite.get('base')!]], ordered: true, window: 3 })
    }
    if (replacement === undefined || /\s/.test(replacement)) return
    // The replacement takes the form of what was found: "opgezegd" -> "beëindigd".
    const target = inflect(replacement, isWord).forms
    for (const [slot, form] of inflection.forms) {
      const replaced = equivalentSlots(slot).map((equivalent) => target.get(equivalent)).find(Boolean)
      if (replaced && !replacements.has(form)) replacements.set(form, replaced)
    }
  })
  // Patterns written in the built-in format are taken as they are; their ids apart from the numbered ones.
  for (const pattern of rule.patterns) patterns.push({ ...pattern, id: `pattern-${pattern.id}` })
  return { patterns, replacements }
}

function capitalizeLike(written: string, replacement: string): string {
  const first = written.charAt(0)
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}

/** The rule a config phrase entry becomes; its id is "custom/<id>". */
export function createCustomPhraseRule(rule: ResolvedPhraseRule): RuleDefinition {
  const substitution = rule.replace !== undefined
  const message =
    rule.message ??
    (substitution
      ? 'Schrijf "{replace}" in plaats van "{actual}" (eigen regel van je merk).'
      : 'Vermijd "{actual}" (eigen regel van je merk).')
  return defineRule({
    id: `${customRulePrefix}${rule.id}`,
    description: rule.match.length === 0
      ? `Eigen patronen: ${rule.patterns.map((pattern) => pattern.id).join(', ')}`
      : substitution
        ? `Schrijf "${rule.replace}" in plaats van ${rule.match.map((phrase) => `"${phrase}"`).join(', ')}`
        : `Vermijd ${rule.match.map((phrase) => `"${phrase}"`).join(', ')}`,
    checklist: rule.checklist,
    severity: rule.severity,
    channels: 'alle kanalen',
    messages: { found: message },
    options: {},
    docs: {
      wrong: rule.match[0] ?? '',
      right: rule.replace ?? '',
      rationale: 'Een eigen regel van je merk, uit de config ("phrases").',
    },
    async create() {
      const { DutchDictionary } = await import('../spelling/dutch-dictionary.js')
      const dictionary = new DutchDictionary()
      const { patterns, replacements } = compile(rule, (form) => dictionary.isKnown(form))
      const matcher = new PhraseMatcher({ lexicon: rule.lexicon, patterns }, `phrases.${rule.id}`)
      return (_tree, run) => {
        for (const match of findEveryMatch(matcher, run.sentences())) {
          const actual = run.text.slice(match.start, match.end)
          const replaced = replacements.get(wordsOf(actual).join(' '))
          const suggestion = replaced === undefined ? undefined : capitalizeLike(actual, replaced)
          // A pattern's own suggestions are offered as they are: they may rewrite more than the words found.
          const offered = suggestion !== undefined ? [suggestion] : match.suggestions
          run.report('found', {
            start: match.start,
            end: match.end,
            data: { replace: suggestion ?? rule.replace ?? offered[0] ?? '' },
            ...(offered.length > 0 ? { suggestions: offered } : {}),
            ...(suggestion !== undefined ? { fix: { start: match.start, end: match.end, text: suggestion } } : {}),
          })
        }
      }
    },
  })
}
