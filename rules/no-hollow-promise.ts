// Seed 002, gebod 7 (#daarhoorjenooitmeerwatvan): no vague commitments ("we gaan ernaar kijken", "ik zet
// het door", "we zijn ermee bezig", "zo snel mogelijk") unless the same sentence, or the one before or after
// it, ties them to a concrete time or reference. An offer that waits on the customer ("als je je ordernummer
// stuurt, zoeken we het uit") is no promise yet; passing on praise is a courtesy.
import data from '../generated/phrases/no-hollow-promise.json' with { type: 'json' }
import { defineRule, PerMessage, type PhraseFileData, type PhraseMatch, PhraseMatcher, type RuleRun, type SentenceModel, type Token } from '../src/kit/index.js'

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
  const tokens = sentence.tokens.filter((token) => token.kind !== 'punctuation')
  // "Sinds de nacht van 14 op 15 augustus ..." names a time past, not one to hold the agent to: from "sinds"
  // to the end of its clause, times do not count.
  let since = false
  let index = -1
  for (const token of sentence.tokens) {
    if (token.kind === 'punctuation') {
      if (/[,;:—–()]/.test(token.text)) since = false
      continue
    }
    index++
    if (token.norm === 'sinds') since = true
    if (!since && isConcreteAt(tokens, index, words)) return true
  }
  return false
}

/** Whether the word at `index` (of the sentence's tokens without punctuation) names a concrete time. */
function isConcreteAt(tokens: Token[], index: number, words: ConcreteWords): boolean {
  const { days, months, units, numbers, references } = words
  const token = tokens[index]!
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
}

const concrete = (data as unknown as { concrete: ConcreteData }).concrete
const passingOn = (data as unknown as { passingOn: { patterns: string[]; praise: string[] } }).passingOn
const passingOnPatterns = new Set(passingOn.patterns)
const praiseWords = new Set(passingOn.praise)

const auxiliaries = new Set(['heb', 'hebben', 'heeft', 'ben', 'is', 'zijn', 'werd', 'werden'])
const outcomeWords = new Set([
  'opgelost', 'hersteld', 'onderweg', 'bezorgd', 'geleverd', 'verzonden', 'verstuurd', 'teruggestort', 'terugbetaald',
  'verwerkt', 'gevonden', 'geregeld', 'aangepast', 'gecrediteerd', 'vervangen', 'opgehaald', 'bevestigd', 'ingepland',
  'gecorrigeerd', 'gerepareerd', 'afgehandeld',
])

/** Words that make a clause wait on a condition, and the customer who must meet it ("als je ...", "zodra u ..."). */
const conditionWords = new Set(['als', 'indien', 'wanneer', 'zodra', 'mits'])
const customerWords = new Set(['je', 'jij', 'u', 'ge', 'gij', 'jullie'])

/** What the offer and praise checks need of a sentence, worked out in one pass over its tokens. */
interface SentenceShape {
  /** The sentence's words, and the clause each is in (clauses split at , ; : dashes and brackets). */
  words: Token[]
  clauseOf: number[]
  /** The first word of each clause. */
  clauseStarts: number[]
  /** The first clause that opens with a condition on the customer ("als je ..."), or Infinity. */
  firstConditionClause: number
  /** Per clause, the last word that starts a condition on the customer, or -1. */
  lastCondition: number[]
  praise: boolean
}

function shapeOf(sentence: SentenceModel): SentenceShape {
  const words: Token[] = []
  const clauseOf: number[] = []
  const clauseStarts: number[] = []
  const lastCondition: number[] = []
  let firstConditionClause = Number.POSITIVE_INFINITY
  let praise = false
  let clause = 0
  for (const token of sentence.tokens) {
    if (token.kind === 'punctuation') {
      if (/[,;:—–()]/.test(token.text) && clauseOf.at(-1) === clause) clause++
      continue
    }
    if (token.kind !== 'word') continue
    if (clauseOf.at(-1) !== clause) {
      clauseStarts[clause] = words.length
      lastCondition[clause] = -1
    }
    words.push(token)
    clauseOf.push(clause)
    if (praiseWords.has(token.norm)) praise = true
  }
  // A condition on the customer: "als je", "zodra u", "als jij het wilt" (the pronoun one or two words on).
  for (let index = 0; index < words.length; index++) {
    if (!conditionWords.has(words[index]!.norm)) continue
    if (!customerWords.has(words[index + 1]?.norm ?? '') && !customerWords.has(words[index + 2]?.norm ?? '')) continue
    const at = clauseOf[index]!
    lastCondition[at] = index
    if (clauseStarts[at] === index) firstConditionClause = Math.min(firstConditionClause, at)
  }
  return { words, clauseOf, clauseStarts, firstConditionClause, lastCondition, praise }
}

/** Passing on praise ("Dank voor je lieve woorden, ik geef het door"): its sentence or the one before holds praise. */
function passesOnPraise(shape: (index: number) => SentenceShape | undefined, match: PhraseMatch): boolean {
  if (!passingOnPatterns.has(match.patternId)) return false
  return shape(match.sentenceIndex)?.praise === true || shape(match.sentenceIndex - 1)?.praise === true
}

/**
 * Whether a promise waits on the customer: "als je je ordernummer stuurt, zoeken we het uit", "stuur ons een
 * DM, dan kijken we ernaar", "Stuur je een foto? Dan bekijken we het". The customer holds the next step, so
 * there is nothing to chase yet: an offer, not a hollow promise. "Zodra we meer weten, ..." waits on the
 * agent and stays a promise.
 */
function waitsOnCustomer(sentences: SentenceModel[], shape: SentenceShape, match: PhraseMatch): boolean {
  const { words, clauseOf, clauseStarts } = shape
  // The match's first word: the first word that starts at or after it (binary search, words are in order).
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (words[middle]!.start < match.start) low = middle + 1
    else high = middle
  }
  if (low >= words.length) return false
  const clause = clauseOf[low]!
  // A condition clause before the promise: "Als je ..., zoeken we het uit".
  if (shape.firstConditionClause < clause) return true
  // A condition after it, in its own clause: "we zoeken het uit als je ons je ordernummer stuurt".
  const condition = shape.lastCondition[clause] ?? -1
  if (condition >= 0 && words[condition]!.start >= match.end) return true
  // "..., dan zoeken we het uit" after a request, or "Dan zoeken we het uit." after a question.
  if (words[clauseStarts[clause]!]?.norm === 'dan') {
    if (clause > 0) return true
    if (match.sentenceIndex > 0 && sentences[match.sentenceIndex - 1]!.question) return true
  }
  return false
}

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
    if (words.some((word) => auxiliaries.has(word)) && words.some((word) => /^ge\p{L}{3,}(?:[dt]|en)$/u.test(word))) return true
  }
  return false
}

/** Words before a capitalised word that make it no subject: "naar Brussel", "je iPhone", "via WhatsApp". */
const notBeforeSubject = new Set([
  'in', 'naar', 'van', 'uit', 'bij', 'met', 'op', 'voor', 'via', 'aan', 'door', 'tot', 'te', 'over', 'per', 'zonder', 'om',
  'je', 'jouw', 'uw', 'mijn', 'ons', 'onze', 'hun', 'zijn', 'haar', 'een', 'dan', 'als', 'hoi', 'hallo', 'dag', 'beste', 'hey', 'hi',
])
/** Capitalised words that are no brand: pronouns written with a capital ("U"), invitations ("DM"). */
const notBrand = new Set(['u', 'ik', 'we', 'wij', 'ze', 'zij', 'hij', 'je', 'jij', 'ge', 'gij', 'dm', 'pb', 'ok', 'oké', 'ps', 'nb', 'sms'])
/** Words ending in "t" that are no finite verb beside a subject. */
const notFinite = new Set(['niet', 'echt', 'met', 'het', 'dat', 'wat', 'tot', 'dit', 'toch', 'nacht', 'bericht', 'pakket', 'product', 'eerst', 'laatst', 'meest'])

/** A finite verb of the third person beside a subject: "doet", "zoekt", "zal", "kan". */
function looksFinite(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || token.text !== token.norm) return false
  if (token.norm === 'zal' || token.norm === 'kan' || token.norm === 'wil' || token.norm === 'moet') return true
  return token.norm.length >= 4 && token.norm.endsWith('t') && !notFinite.has(token.norm)
}

/**
 * The brand speaking of itself by name: "De NMBS doet er alles aan", "Daarom neemt Telenet contact met je
 * op". A capitalised word beside a finite verb ("doet", "neemt"), not after a preposition or a possessive,
 * and not the sentence's first word unless it is capitalised further on ("KPN", "PostNL"), is marked with a
 * word "<merk>" of its own span, which the phrase data counts as an agent. The marker goes before the name,
 * so the words around it keep their order.
 */
function markBrands(sentence: SentenceModel): SentenceModel {
  let tokens: Token[] | undefined
  let previousWord: Token | undefined
  let first = true
  const all = sentence.tokens
  for (let index = 0; index < all.length; index++) {
    const token = all[index]!
    if (token.kind !== 'word') {
      if (token.kind === 'punctuation' && /[,;:—–()]/.test(token.text)) previousWord = undefined
      tokens?.push(token)
      continue
    }
    const next = all[index + 1]
    const name =
      /^\p{Lu}/u.test(token.text) &&
      token.text.length >= 2 &&
      !notBrand.has(token.norm) &&
      (!first || /^.\P{Lu}*\p{Lu}/u.test(token.text)) &&
      !notBeforeSubject.has(previousWord?.norm ?? '') &&
      (looksFinite(next) || looksFinite(previousWord))
    if (name) {
      tokens ??= all.slice(0, index)
      tokens.push({ kind: 'word', text: token.text, norm: '<merk>', start: token.start, end: token.end })
    }
    tokens?.push(token)
    previousWord = token
    first = false
  }
  return tokens ? { ...sentence, tokens } : sentence
}

/** The customer comes back on a promise: "En?", "nog steeds niets", "ik wacht nog steeds", "al nieuws?". */
const followUp = [
  // Matched against the trimmed text: "\s*...\s*$" at both ends would try every split of a long run of spaces.
  /^(?:@\S+\s+)?(?:en|nou|nou en|en nu|hallo|hallo\?)\s*[?!.]*$/iu,
  /\bnog (?:steeds|altijd) (?:niets|niks|niet|geen)\b/iu,
  /\b(?:ik )?wacht (?:nog steeds|nog altijd|nog|al)\b/iu,
  /\b(?:nog steeds |nog altijd |nog |alweer )?(?:niets|niks) (?:gehoord|ontvangen|gezien|binnen|vernomen)\b/iu,
  /\b(?:al|nog geen) (?:nieuws|iets bekend|reactie)\b/iu,
  /\bhoe staat het (?:ervoor|ermee)\b/iu,
  /\bis er al (?:nieuws|iets bekend)\b/iu,
  /\bjullie (?:zouden|beloofden|hadden beloofd)\b/iu,
  /\b(?:niemand|nooit|niet) (?:heeft |is |)(?:gebeld|teruggebeld|gemaild|gekomen|geweest|teruggekomen)\b/iu,
  /\b(?:geen|nog geen) (?:telefoontje|mail|bericht|antwoord) (?:gehad|gekregen|ontvangen)\b/iu,
  /\bwaar blijft (?:het|de|mijn|jullie)\b/iu,
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
      'Uitspraken als "we gaan ernaar kijken", "ik zet het door" of "we zijn ermee bezig" zijn verbale gebakken lucht: de klant verwacht dat er niets mee gebeurt. "Zo snel mogelijk" of "binnenkort" is geen termijn. Beloof wat je waarmaakt en koppel het resultaat terug (seed 002, gebod 7).',
    details:
      'Vague commitments with no concrete follow-up, "verbale gebakken lucht" (seed 002, gebod 7): "we ' +
      'gaan ernaar kijken", "ik zet het door", "we nemen het mee", "je hoort nog van ons", "we doen er ' +
      'alles aan", "we houden je op de hoogte", "je klacht is in behandeling". Patterns match word order ' +
      'and inflection ("kijken we er even naar", "is doorgezet", "we pakken je retour op"), and skip ' +
      'questions and negations.\n\n' +
      '- Vague times: "zo snel mogelijk", "zo snel als mogelijk", "zo spoedig mogelijk", "zo rap ' +
      'mogelijk", "zsm", "asap", "binnenkort", "op korte termijn" are no time, and themselves the mark of ' +
      'a hollow promise when the agent acts ("we sturen je zo spoedig mogelijk een nieuwe"). "Nu" and ' +
      '"momenteel" are no time either.\n' +
      '- Checking verbs: "ik ga het navragen", "we laten het nakijken", "ik vraag het even na", "we ' +
      'onderzoeken het", and the nominal twin "we kijken naar een passende oplossing / manier / ' +
      'compensatie".\n' +
      '- Ongoing work: "er wordt hard aan gewerkt", "we zijn ermee bezig", "onze teams werken zo snel ' +
      'mogelijk aan een oplossing" (work on a fix counts whoever does it).\n' +
      '- Never again: "we gaan ervoor zorgen dat dit niet meer gebeurt", "dit zal niet meer gebeuren", "we ' +
      'zullen herhaling proberen te voorkomen", with no measure and no time. A measure ("we passen de ' +
      'planning aan om herhaling te voorkomen") and honesty ("we kunnen niet garanderen dat het nooit meer ' +
      'gebeurt") stay quiet.\n' +
      '- Who can promise: the agent (ik, we), a colleague, a team or department, the brand\'s own people ' +
      '("onze mensen", "onze medewerkers", "onze techniekers") and the brand by name as subject ("De NMBS ' +
      'doet er alles aan", "daarom neemt Telenet contact met u op"). An imperative to the customer ("kijk ' +
      'even naar je spamfolder", "houd ons op de hoogte") is no promise, nor the brand asking to be told ' +
      '("we moeten wel op de hoogte worden gebracht"): "op de hoogte houden/brengen" promises only when ' +
      'the customer is informed.\n' +
      '- Quiet: a promise whose sentence, or the one before or after it, names a concrete time or ' +
      'reference (a clock time, a day, "binnen twee werkdagen", a date, a ticket number; a time after ' +
      '"sinds" is past and does not count); reports of what was done ("ik heb ernaar gekeken: ..."); ' +
      'offers that wait on the customer ("als je je ordernummer stuurt, zoeken we het uit", "stuur ons een ' +
      'DM, dan kijken we ernaar"); passing on praise ("ik geef je compliment door"); advice ("we raden je ' +
      'aan het te laten controleren").\n\n' +
      'In a conversation (`--thread`), when an earlier agent turn promised something concrete and the ' +
      'customer came back on it ("En?", "nog steeds niets gehoord", "jullie zouden vrijdag bellen"), every ' +
      'promise in the reply is a finding with the message `again`, a new firm one too ("ik bel je dinsdag ' +
      'om 9.00 uur"): report the outcome first (seed 002, gebod 7: "koppel het resultaat terug"). A reply ' +
      'that also tells what happened ("ik heb de vervoerder gebeld: ...") passes.',
  },
  create() {
    const concreteWords = compileConcreteWords(concrete)
    // A thread is read once for all the replies checked against it.
    const asksAfterPromise = new PerMessage<boolean>()
    const promisedConcretely = new PerMessage<boolean>()
    // Firm promises of a new action count only as a promise made again (see the phrase data).
    const all = data as unknown as PhraseFileData
    const hollow = new PhraseMatcher({ ...all, patterns: all.patterns.filter((pattern) => pattern.message !== 'again') }, 'rules/no-hollow-promise.yml', { shareIndex: true })
    const commitments = new PhraseMatcher({ ...all, patterns: all.patterns.filter((pattern) => pattern.message === 'again') }, 'rules/no-hollow-promise.yml', { shareIndex: true })
    /** Every promise the agent makes, hollow or firm, except offers that wait on the customer. */
    const promisesIn = (sentences: SentenceModel[]): PhraseMatch[] => {
      // Each sentence is shaped once, however many promises it holds.
      const shapes: Array<SentenceShape | undefined> = []
      const shape = (index: number) => (index < 0 || index >= sentences.length ? undefined : (shapes[index] ??= shapeOf(sentences[index]!)))
      const keep = (match: PhraseMatch) => !waitsOnCustomer(sentences, shape(match.sentenceIndex)!, match) && !passesOnPraise(shape, match)
      // The phrase data reads the brand's name as an agent ("De NMBS doet er alles aan").
      const marked = sentences.map(markBrands)
      const vague = hollow.find(marked).filter(keep)
      // A firm promise that overlaps a hollow one ("we sturen je zo snel mogelijk ...") is the same promise,
      // and the hollow reading wins. Both lists are sorted and free of overlaps, so one pass pairs them.
      const firm: PhraseMatch[] = []
      let next = 0
      for (const match of commitments.find(marked)) {
        while (next < vague.length && vague[next]!.end <= match.start) next++
        const other = vague[next]
        if (other && other.start < match.end) continue
        if (keep(match)) firm.push(match)
      }
      return [...vague, ...firm].sort((a, b) => a.start - b.start)
    }
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
          return promisesIn(sentences).length > 0 && sentences.some((sentence) => namesConcreteTime(sentence, concreteWords))
        })
      })
    }
    return (_tree, run) => {
      const sentences = run.sentences()
      const promises = promisesIn(sentences)
      // Seed 002, gebod 7: the customer came back on a promise; another promise is no answer, unless the
      // reply also tells what happened.
      if (promises.length > 0 && !reportsOutcome(sentences, promises) && awaitsOutcome(run)) {
        for (const match of promises) run.report('again', { start: match.start, end: match.end })
        return
      }
      const matches = promises.filter((match) => match.message !== 'again')
      // Each sentence is looked at once, however many promises it holds.
      const concreteAt: Array<boolean | undefined> = []
      const isConcrete = (index: number) => (concreteAt[index] ??= namesConcreteTime(sentences[index]!, concreteWords))
      for (const match of matches) {
        // The sentence itself, or the one before or after it, may carry the time.
        const around = [match.sentenceIndex - 1, match.sentenceIndex, match.sentenceIndex + 1]
        if (around.some((index) => index >= 0 && index < sentences.length && isConcrete(index))) continue
        // A concrete pattern to fill in: the agent names the day and time they can keep.
        run.report(match.message, { start: withDeterminer(sentences[match.sentenceIndex]!, match.start), end: match.end, suggestions: ['Je hoort uiterlijk <dag> <tijd> van ons'] })
      }
    }
  },
})

/** Words that open the noun phrase of an agent ("onze monteurs", "de klantenservice"); never a pronoun. */
const determiners = new Set(['de', 'een', 'onze', 'ons', 'mijn', 'jouw', 'uw', 'deze', 'hun'])

/**
 * A promise whose subject is a noun phrase starts at its determiner: "Onze monteurs zijn ermee bezig",
 * "de technische dienst kijkt ernaar" (over an inflected adjective or two).
 */
function withDeterminer(sentence: SentenceModel, start: number): number {
  const index = sentence.tokens.findIndex((token) => token.start === start)
  for (let back = index - 1; back >= 0 && back >= index - 3; back--) {
    const token = sentence.tokens[back]!
    if (token.kind !== 'word') return start
    if (determiners.has(token.norm)) return token.start
    if (!/e$/.test(token.norm)) return start
  }
  return start
}