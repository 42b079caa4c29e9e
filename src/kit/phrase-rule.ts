// The behaviour shared by every rule that is only its phrase data: report each match with the pattern's
// message. A rules/<id>.yml with a "rule" section is such a rule on its own, with no code (phraseRule).
import { defineRule, type Rule, type RuleMeta, type RuleRun } from './define-rule.js'
import { PhraseMatcher, type PhraseFileData, type PhraseMatch, type PhraseMatcherOptions } from './phrase-matcher.js'
import type { SentenceModel } from './reply-model.js'

/** The metadata of a rule made of phrase data alone: what defineRule takes, minus options and code. */
export type PhraseRuleMeta = Omit<RuleMeta, 'options'>

/** A phrase file that is a whole rule (schema/phrase-data.schema.json, "rule"). */
export interface PhraseRuleFile extends PhraseFileData {
  rule: PhraseRuleMeta
}

/** The rule a phrase file with a "rule" section stands for: every match reported with its message. */
export function phraseRule(file: PhraseRuleFile, source = `rules/${file.rule.id}.yml`, options: PhraseMatcherOptions = {}): Rule {
  return defineRule({ ...file.rule, options: {}, create: () => createPhraseRun(file, source, options) })
}

export function createPhraseRun(data: PhraseFileData, name: string, options: PhraseMatcherOptions = {}): RuleRun {
  const matcher = new PhraseMatcher(data, name, options)
  return (_tree, run) => {
    for (const match of matcher.find(run.sentences())) {
      run.report(match.message, { start: match.start, end: match.end, ...(match.suggestions.length > 0 ? { suggestions: match.suggestions } : {}) })
    }
  }
}

/**
 * Every match, where `matcher.find` gives only the first of each pattern in a clause: after a match the
 * sentence is searched again from the word after it, so "de klantendienst of de klantendienst" gives two.
 * For patterns that look only ahead of their first word (ordered, or of one group; no `near`, `unless`,
 * `unlessBefore` or `alone`), as a brand's own phrases are; other data gets `matcher.find` unchanged.
 * Each search sees a stretch of a few windows of words, and a match counts only when all the words its
 * pattern could look at lie inside the stretch, so a sentence of n words costs O(n), however many matches.
 */
export function findEveryMatch(matcher: PhraseMatcher, sentences: SentenceModel[]): PhraseMatch[] {
  const patterns = matcher.patterns
  const looksBack = (pattern: (typeof patterns)[number]): boolean =>
    (!pattern.ordered && pattern.groups.length > 1) || pattern.near !== undefined || pattern.unless.length > 0 || pattern.unlessBefore.length > 0 || pattern.alone
  if (patterns.some(looksBack)) return matcher.find(sentences)
  const longestForm = (groups: Array<{ longestForm: number }>): number => Math.max(0, ...groups.map((group) => group.longestForm))
  // The furthest word after its first one that a match's words or its "unlessAfter" can reach.
  const reach = Math.max(...patterns.map((pattern) => pattern.window + longestForm([...pattern.groups, ...pattern.unlessAfter]) + 1))
  const stretch = Math.max(64, 4 * reach)
  const matches: PhraseMatch[] = []
  sentences.forEach((sentence, sentenceIndex) => {
    const wordTokens: number[] = []
    sentence.tokens.forEach((token, index) => {
      if (token.kind === 'word') wordTokens.push(index)
    })
    const wordStarting = new Map<number, number>()
    const wordEnding = new Map<number, number>()
    wordTokens.forEach((tokenIndex, wordIndex) => {
      const token = sentence.tokens[tokenIndex]!
      wordStarting.set(token.start, wordIndex)
      wordEnding.set(token.end, wordIndex)
    })
    const words = wordTokens.length
    let from = 0
    while (from < words) {
      const to = Math.min(words, from + stretch)
      const tokens = sentence.tokens.slice(wordTokens[from]!, to < words ? wordTokens[to]! : sentence.tokens.length)
      const [first] = matcher.find([{ ...sentence, tokens }])
      const firstWord = first ? wordStarting.get(first.start)! : to
      if (first && (to === words || firstWord + reach < to)) {
        matches.push({ ...first, sentenceIndex })
        from = wordEnding.get(first.end)! + 1
      } else if (to === words) {
        break
      } else {
        // No match starts before `to - reach` (those were seen whole); search on from there.
        from = to - reach
      }
    }
  })
  return matches
}
