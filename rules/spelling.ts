// Seed 001: "wat ook belangrijk is, is dat er geen spelfouten worden gemaakt". Dutch spelling on
// OpenTaal's dictionary (compounds included); names, handles, links and the team's vocabulary are fine.
import { defineRule } from '../src/engine/define-rule.js'
import { isStopAbbreviation } from '../src/syntax/split-sentence-ends.js'
import { placeholderParts } from '../src/syntax/syntax-spans.js'

function isAbbreviation(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]{1,4}$/u.test(word) || /\p{N}/u.test(word) || /^\p{L}\.(?:\p{L}\.)+$/u.test(word)
}

export default defineRule({
  id: 'spelling',
  description: 'Schrijf zonder spelfouten',
  checklist: 'vorm',
  severity: 'error',
  channels: 'alle kanalen',
  messages: {
    unknown: 'Onbekend woord "{actual}". Bedoel je {suggestion}?',
    unknownNoSuggestion: 'Onbekend woord "{actual}". Controleer de spelling, of zet het woord bij "vocabulary" in de config.',
  },
  options: { vocabulary: 'string[]' },
  docs: {
    wrong: '@eva Hoe is dit probleem onstaan? Dat is interresant voor ons. ^AB',
    right: '@eva Hoe is dit probleem ontstaan? Dat is interessant voor ons. ^AB',
    rationale: 'Spelfouten ondermijnen het vertrouwen in je deskundigheid; iedereen leest mee (seed 001).',
  },
  async create({ options, settings }) {
    const { DutchDictionary } = await import('../src/spelling/dutch-dictionary.js')
    const dictionary = new DutchDictionary()
    const extra = Array.isArray(options['vocabulary']) ? (options['vocabulary'] as string[]) : []
    const vocabulary = new Set(
      [...settings.vocabulary, ...extra].flatMap((entry) => entry.split(/\s+/)).map((word) => word.toLowerCase()),
    )

    const isKnown = (word: string): boolean => {
      if (vocabulary.has(word.toLowerCase()) || dictionary.isKnown(word)) return true
      // Hyphenated and slashed words are right when every part is ("klantenservice-medewerker").
      const parts = word.split(/[-/]/).filter(Boolean)
      return parts.length > 1 && parts.every((part) => isAbbreviation(part) || vocabulary.has(part.toLowerCase()) || dictionary.isKnown(part))
    }

    // The same slip recurs across replies (and canned responses); suggest once per word per checker.
    const suggestionCache = new Map<string, string[]>()
    const suggest = (word: string): string[] => {
      let suggestions = suggestionCache.get(word)
      if (!suggestions) {
        suggestions = dictionary.suggest(word)
        if (suggestionCache.size >= 2000) suggestionCache.clear()
        suggestionCache.set(word, suggestions)
      }
      return suggestions
    }

    return (_tree, run) => {
      const report = (start: number, word: string) => {
        const suggestions = suggest(word)
        run.report(suggestions.length > 0 ? 'unknown' : 'unknownNoSuggestion', {
          start,
          end: start + word.length,
          data: { suggestion: suggestions.map((s) => `"${s}"`).slice(0, 3).join(' of ') },
          suggestions,
        })
      }
      for (const sentence of run.sentences()) {
        let sentenceStart = true
        for (const token of sentence.tokens) {
          if (token.kind !== 'word') {
            // After a colon or an opening quote, a capital may start a new sentence.
            if (token.kind === 'punctuation' && /[:"“(]/.test(token.text)) sentenceStart = true
            // A leading @mention does not end the start of a sentence ("@eva Misschien ...").
            if (token.kind !== 'punctuation' && token.kind !== 'mention') sentenceStart = false
            continue
          }
          const word = token.text.replace(/^['’]+|['’]+$/g, '')
          const capitalised = /^\p{Lu}/u.test(word)
          const skip =
            word.length < 2 ||
            isAbbreviation(word) ||
            isStopAbbreviation(word) ||
            // A capital inside a sentence marks a name (the greeted customer, a place, a brand).
            (capitalised && !sentenceStart)
          if (!skip && !isKnown(word)) report(token.start + token.text.indexOf(word), word)
          sentenceStart = false
        }
      }
      // A placeholder's fallback ("{{user.name|fallback:"daar"}}") is text the customer may read.
      for (const span of run.syntax) {
        if (span.kind !== 'placeholder') continue
        const { fallback } = placeholderParts(span.value)
        if (!fallback) continue
        for (const match of fallback.text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)) {
          const word = match[0]
          if (word.length < 2 || isAbbreviation(word) || isKnown(word)) continue
          report(span.start + fallback.offset + match.index, word)
        }
      }
    }
  },
})
