// The behaviour shared by every rule that is only its phrase data: report each match with the pattern's
// message. Built-in rules use it, and a brand's own phrase rules from config will use the same shape.
import type { RuleRun } from './define-rule.js'
import { PhraseMatcher, type PhraseFileData } from './phrase-matcher.js'

export function createPhraseRun(data: PhraseFileData, name: string): RuleRun {
  const matcher = new PhraseMatcher(data, name)
  return (_tree, run) => {
    for (const match of matcher.find(run.sentences())) {
      run.report(match.message, { start: match.start, end: match.end, ...(match.suggestions.length > 0 ? { suggestions: match.suggestions } : {}) })
    }
  }
}
