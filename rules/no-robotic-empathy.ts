// Seed 001: "wat vervelend" and "helaas" as formulas sound like a robot ticking off an empathy list.
// Real empathy names the customer's own situation.
import data from '../generated/phrases/no-robotic-empathy.json' with { type: 'json' }
import { defineRule, normalizeWord, type PhraseFileData, PhraseMatcher, type SentenceModel, type Token } from '../src/kit/index.js'

interface EmpathyData {
  formulas: string[]
  situationless: string[]
  greetings: string[]
}

/** Clause boundaries, as the phrase matcher splits a sentence. */
const clauseBreak = /[,;:—–()"“”!]/
/** A clause that points back at the one before it ("..., dat is balen"). */
const pointsBack = new Set(['dat', 'dit', 'het'])
/** A clause that goes on with the one before it ("Wat vervelend, dat je ..."). */
const goesOn = new Set(['dat', 'om', 'omdat', 'want', 'als', 'nu', 'hoe', 'wanneer', 'zodat', 'aangezien'])
/**
 * A clause with one of these, or a time, is news of its own ("Dat is balen, je pakket komt morgen"); without
 * them it describes what the formula points at ("Dat is balen, twee keer een lege accu").
 */
const subjects = new Set(['ik', 'we', 'wij', 'je', 'jij', 'u', 'ge', 'gij', 'hij', 'zij', 'ze', 'het', 'jullie', 'er'])

/**
 * The words that call the customer by name ("dat klinkt niet goed Lisanne!", "dat is balen, Jan."): a
 * capitalised word that is not the first of the sentence and ends its clause, alone in it or right after a
 * word that names nothing. A name says to whom, not what happened.
 */
function vocatives(sentence: SentenceModel, situationless: Set<string>): Set<number> {
  const names = new Set<number>()
  const tokens = sentence.tokens
  let firstWord = true
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    const isFirst = firstWord
    firstWord = false
    if (isFirst || !/^\p{Lu}/u.test(token.text)) continue
    const next = tokens[index + 1]
    const endsClause = next === undefined || (next.kind === 'punctuation' && /[,;:!?.…]/.test(next.text))
    if (!endsClause) continue
    const before = tokens[index - 1]
    const alone = before === undefined || (before.kind === 'punctuation' && clauseBreak.test(before.text))
    if (alone || (before?.kind === 'word' && situationless.has(before.norm))) names.add(token.start)
  }
  return names
}

/** The sentence's clauses: words and syntax tokens (times, numbers), without punctuation. */
function clausesOf(sentence: SentenceModel): Token[][] {
  const clauses: Token[][] = [[]]
  for (const token of sentence.tokens) {
    if (token.kind === 'punctuation') {
      if (clauseBreak.test(token.text)) clauses.push([])
    } else {
      clauses[clauses.length - 1]!.push(token)
    }
  }
  return clauses.filter((clause) => clause.length > 0)
}

/**
 * The words that may name the customer's situation for a formula at [start, end): its own clause, the
 * clauses before it when it points back at them, and the next clause when that one goes on with it.
 */
function contextOf(sentence: SentenceModel, start: number, end: number, greetings: Set<string>): Token[] {
  const clauses = clausesOf(sentence)
  const isGreeting = (clause: Token[]): boolean => greetings.has(clause.find((token) => token.kind === 'word')?.norm ?? '')
  const index = clauses.findIndex((clause) => clause[0]!.start <= start && clause.at(-1)!.end >= end)
  if (index < 0) return []
  const clause = clauses[index]!.filter((token) => token.kind !== 'mention')
  const first = clause[0]
  const context = [...clause]
  const pointing = first !== undefined && first.start === start && pointsBack.has(first.norm)
  if (index > 0 && pointing) context.push(...clauses.slice(0, index).filter((before) => !isGreeting(before)).flat())
  const next = clauses[index + 1]
  const describes = (tokens: Token[]): boolean => tokens.every((token) => token.kind !== 'time' && !subjects.has(token.norm))
  // A colon announces what the formula is about ("Dat klinkt vervelend: je wasmachine lekt al na een week").
  const colon = next !== undefined && sentence.tokens.some((token) => token.kind === 'punctuation' && token.text === ':' && token.start >= clause.at(-1)!.end && token.end <= next[0]!.start)
  if (next && (colon || goesOn.has(next[0]!.norm) || (pointing && clause.at(-1)!.end === end && describes(next)))) context.push(...next)
  return context
}

export default defineRule({
  id: 'no-robotic-empathy',
  description: 'Geen robottaal: vervang empathieformules door iets over de situatie van de klant',
  checklist: 'toon',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    found:
      'Dit klinkt als een formule: "{actual}". Zeg in je eigen woorden wat er voor de klant misging, bijvoorbeeld "Twee keer een gemiste bezorging, dat is balen."',
  },
  options: {},
  docs: {
    wrong: '@eva Wat vervelend! We begrijpen je frustratie. Je pakket komt morgen. ^AB',
    right: '@eva Twee keer thuisblijven voor niets, dat is balen. Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    rationale:
      'Met "wat vervelend" of "helaas" kom je niet meer weg: het klinkt als een robot die een empathielijstje afvinkt (seed 001). Benoem wat de klant overkwam.',
    details:
      'Empathy formulas that fit every complaint (seed 001: "wat vervelend" and "helaas" sound like a ' +
      'robot ticking off an empathy list): "wat vervelend!", "vervelend om te horen", "we begrijpen je ' +
      'frustratie" (or "ik snap je ongenoegen", "we begrijpen de ernst", Flemish "we verstaan uw ' +
      'ontgoocheling"), "ik kan me je ergernis voorstellen", "dat is balen" and "dit is ' +
      'inderdaad/natuurlijk heel vervelend", also in a subordinate clause ("hoewel dit natuurlijk heel ' +
      'vervelend is"), "dat klinkt niet goed" or "dat klinkt vervelend" (with or without "Hmm", "Oei", ' +
      '"Auw" in front), "een (heel) vervelende situatie" or "wat een nare ervaring", "dit is ' +
      'inderdaad/uiteraard niet de bedoeling", "excuses voor het eventuele ongemak", and "Helaas!" as a ' +
      'sentence of its own. Most of these are fine when the same clause, the clause they point back at, or ' +
      'what follows a colon names the customer\'s case ("twee keer thuisblijven voor niets, dat is balen", ' +
      '"dat klinkt vervelend: je wasmachine lekt al na een week"); the customer\'s name, pronouns, ' +
      'particles and feeling words name nothing. "Het is niet de bedoeling dat je ..." explains a rule, ' +
      '"Helaas is de actie voorbij" gives information, and a question asks; they are fine.',
  },
  create() {
    const matcher = new PhraseMatcher(data as PhraseFileData, 'rules/no-robotic-empathy.yml', { shareIndex: true })
    const extra = data as unknown as EmpathyData
    const formulas = new Set(extra.formulas)
    const situationless = new Set(extra.situationless.map(normalizeWord))
    const greetings = new Set(extra.greetings.map(normalizeWord))
    // A word of the case: a time or number, or a word that is not a pronoun, particle or feeling word.
    const namesTheCase = (token: Token): boolean =>
      token.kind === 'time' || token.kind === 'number' || (token.kind === 'word' && token.norm.length > 1 && !situationless.has(token.norm))
    return (_tree, run) => {
      const sentences = run.sentences()
      for (const match of matcher.find(sentences)) {
        const patternId = match.patternId
        if (!formulas.has(patternId)) {
          const sentence = sentences[match.sentenceIndex]!
          const context = contextOf(sentence, match.start, match.end, greetings)
          const names = vocatives(sentence, situationless)
          const outside = (token: Token): boolean => token.start < match.start || token.end > match.end
          if (context.some((token) => outside(token) && !names.has(token.start) && namesTheCase(token))) continue
        }
        run.report(match.message, { start: match.start, end: match.end, ...(match.suggestions.length > 0 ? { suggestions: match.suggestions } : {}) })
      }
    }
  },
})
