// Seed 002, gebod 7 (#daarhoorjenooitmeerwatvan): no vague commitments ("we gaan ernaar kijken", "ik zet
// het door") unless the same sentence, or the one before or after it, ties them to a concrete time or reference.
import data from '../generated/phrases/no-hollow-promise.json' with { type: 'json' }
import { defineRule } from '../src/engine/define-rule.js'
import { PhraseMatcher, type PhraseFileData } from '../src/engine/phrase-matcher.js'
import type { SentenceModel } from '../src/engine/reply-model.js'

interface ConcreteData {
  days: string[]
  months: string[]
  units: string[]
  numbers: string[]
  deadlines: string[]
  references: string[]
}

interface ConcreteWords {
  days: Set<string>
  months: Set<string>
  units: Set<string>
  numbers: Set<string>
  references: Set<string>
}

export function compileConcreteWords(concrete: ConcreteData): ConcreteWords {
  return {
    days: new Set(concrete.days),
    months: new Set(concrete.months),
    units: new Set(concrete.units),
    numbers: new Set(concrete.numbers),
    references: new Set(concrete.references),
  }
}

/** Whether a sentence names a time the customer can hold the agent to. */
export function namesConcreteTime(sentence: SentenceModel, words: ConcreteWords): boolean {
  const { days, months, units, numbers, references } = words
  const tokens = sentence.tokens.filter((token) => token.kind !== 'punctuation')
  return tokens.some((token, index) => {
    const next = tokens[index + 1]
    if (token.kind === 'time') return true
    if (token.kind === 'number') {
      if (/^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?$/.test(token.text)) return true
      if (next && (units.has(next.norm) || months.has(next.norm))) return true
      return false
    }
    if (token.kind !== 'word') return false
    if (days.has(token.norm) || references.has(token.norm)) return true
    // "binnen twee werkdagen", "binnen een uur"
    if (numbers.has(token.norm) && next && units.has(next.norm) && tokens[index - 1]?.norm === 'binnen') return true
    return false
  })
}

const concrete = (data as unknown as { concrete: ConcreteData }).concrete

export default defineRule({
  id: 'no-hollow-promise',
  description: 'Geen loze beloftes: koppel een toezegging aan een concreet moment',
  checklist: 'feiten',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    found:
      'Loze belofte: "{actual}". Zeg wat er concreet gebeurt en wanneer, bijvoorbeeld "Je hoort uiterlijk <dag> <tijd> van ons", of beloof het niet.',
  },
  options: {},
  docs: {
    wrong: '@eva Bedankt voor je melding, we gaan ernaar kijken! ^AB',
    right: '@eva Bedankt voor je melding. Ik heb het doorgezet naar onze monteur; hij belt je vandaag voor 17.00 uur. ^AB',
    rationale:
      'Uitspraken als "we gaan ernaar kijken" of "ik zet het door" zijn verbale gebakken lucht: de klant verwacht dat er niets mee gebeurt. Beloof wat je waarmaakt en koppel het resultaat terug (seed 002, gebod 7).',
  },
  create() {
    const matcher = new PhraseMatcher(data as PhraseFileData, 'rules/no-hollow-promise.yml')
    const concreteWords = compileConcreteWords(concrete)
    return (_tree, run) => {
      const sentences = run.sentences()
      for (const match of matcher.find(sentences)) {
        // The sentence itself, or the one before or after it, may carry the time.
        const around = sentences.slice(Math.max(0, match.sentenceIndex - 1), match.sentenceIndex + 2)
        if (around.some((sentence) => namesConcreteTime(sentence, concreteWords))) continue
        run.report(match.message, { start: match.start, end: match.end })
      }
    }
  },
})
