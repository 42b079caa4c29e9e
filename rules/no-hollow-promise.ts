// Seed 002, gebod 7 (#daarhoorjenooitmeerwatvan): no vague commitments ("we gaan ernaar kijken", "ik zet
// het door") unless the same sentence, or the one before or after it, ties them to a concrete time or reference.
import data from '../generated/phrases/no-hollow-promise.json' with { type: 'json' }
import { defineRule, type RuleRun } from '../src/engine/define-rule.js'
import { PhraseMatcher, type PhraseFileData } from '../src/engine/phrase-matcher.js'
import type { SentenceModel } from '../src/engine/reply-model.js'
import { PerMessage } from '../src/engine/thread.js'

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

const auxiliaries = new Set(['heb', 'hebben', 'heeft', 'ben', 'is', 'zijn', 'werd', 'werden'])
const outcomeWords = new Set([
  'opgelost', 'hersteld', 'onderweg', 'bezorgd', 'geleverd', 'verzonden', 'verstuurd', 'teruggestort', 'terugbetaald',
  'verwerkt', 'gevonden', 'geregeld', 'aangepast', 'gecrediteerd', 'vervangen', 'opgehaald',
])

/**
 * Whether a sentence tells what happened, in words outside the promises ("ik heb de vervoerder gebeld", "je
 * pakket is onderweg"). The promises are sorted and do not overlap, so one pass over both finds them.
 */
function reportsOutcome(sentences: SentenceModel[], promises: ReadonlyArray<{ start: number; end: number }>): boolean {
  let next = 0
  for (const sentence of sentences) {
    const words: string[] = []
    for (const token of sentence.tokens) {
      if (token.kind !== 'word') continue
      // A promise that ends before this word ends cannot hold it, nor any word after it.
      while (next < promises.length && promises[next]!.end < token.end) next++
      const promise = promises[next]
      if (!promise || token.start < promise.start) words.push(token.norm)
    }
    if (words.some((word) => outcomeWords.has(word))) return true
    if (words.some((word) => auxiliaries.has(word)) && words.some((word) => /^ge\p{L}{3,}[dt]$/u.test(word))) return true
  }
  return false
}

/** The customer comes back on a promise: "En?", "nog steeds niets", "ik wacht nog steeds", "al nieuws?". */
const followUp = [
  // Matched against the trimmed text: "\s*...\s*$" at both ends would try every split of a long run of spaces.
  /^(?:@\S+\s+)?(?:en|nou|nou en|en nu|hallo|hallo\?)\s*[?!.]*$/iu,
  /\bnog (?:steeds|altijd) (?:niets|niks|niet|geen)\b/iu,
  /\b(?:ik )?wacht (?:nog steeds|nog altijd|nog)\b/iu,
  /\bnog (?:steeds |altijd )?(?:niets|niks) (?:gehoord|ontvangen|gezien|binnen)\b/iu,
  /\b(?:al|nog geen) (?:nieuws|iets bekend|reactie)\b/iu,
  /\bhoe staat het (?:ervoor|ermee)\b/iu,
  /\bis er al (?:nieuws|iets bekend)\b/iu,
  /\bjullie (?:zouden|beloofden)\b/iu,
]

export default defineRule({
  id: 'no-hollow-promise',
  description: 'Geen loze beloftes: koppel een toezegging aan een concreet moment',
  checklist: 'feiten',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    found:
      'Loze belofte: "{actual}". Zeg wat er concreet gebeurt en wanneer, bijvoorbeeld "Je hoort uiterlijk <dag> <tijd> van ons", of beloof het niet.',
    again:
      'Je beloofde eerder in dit gesprek al iets concreets en de klant komt erop terug. Koppel het resultaat terug (wat is er gebeurd?) in plaats van een nieuwe belofte ("{actual}").',
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
    // A thread is read once for all the replies checked against it.
    const asksAfterPromise = new PerMessage<boolean>()
    const promisedConcretely = new PerMessage<boolean>()
    /** An earlier agent turn promised something concrete, and the customer's last turn asks after it. */
    const awaitsOutcome = (run: Parameters<RuleRun>[1]): boolean => {
      const messages = run.thread?.messages ?? []
      const lastCustomer = messages.findLastIndex((message) => message.from === 'customer')
      if (lastCustomer < 0) return false
      const asks = asksAfterPromise.get(messages[lastCustomer]!, (text) => {
        const trimmed = text.trim()
        return followUp.some((pattern) => pattern.test(trimmed))
      })
      if (!asks) return false
      return messages.slice(0, lastCustomer).some((message) => {
        if (message.from !== 'agent') return false
        return promisedConcretely.get(message, (text) => {
          const sentences = run.sentencesOf(text)
          return matcher.find(sentences).length > 0 && sentences.some((sentence) => namesConcreteTime(sentence, concreteWords))
        })
      })
    }
    return (_tree, run) => {
      const sentences = run.sentences()
      const matches = matcher.find(sentences)
      // Seed 002, gebod 7: the customer came back on a promise; another promise is no answer, unless the
      // reply also tells what happened.
      if (matches.length > 0 && !reportsOutcome(sentences, matches) && awaitsOutcome(run)) {
        for (const match of matches) run.report('again', { start: match.start, end: match.end })
        return
      }
      // Each sentence is looked at once, however many promises it holds.
      const concreteAt: Array<boolean | undefined> = []
      const isConcrete = (index: number) => (concreteAt[index] ??= namesConcreteTime(sentences[index]!, concreteWords))
      for (const match of matches) {
        // The sentence itself, or the one before or after it, may carry the time.
        const around = [match.sentenceIndex - 1, match.sentenceIndex, match.sentenceIndex + 1]
        if (around.some((index) => index >= 0 && index < sentences.length && isConcrete(index))) continue
        // A concrete pattern to fill in: the agent names the day and time they can keep.
        run.report(match.message, { start: match.start, end: match.end, suggestions: ['Je hoort uiterlijk <dag> <tijd> van ons'] })
      }
    }
  },
})
