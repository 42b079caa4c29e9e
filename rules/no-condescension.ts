// Seed 002, gebod 6: the "komma-sukkel" remark. Never imply the customer should have known, should have
// done better, or is the only one with the problem; give the information without the reproach.
import data from '../generated/phrases/no-condescension.json' with { type: 'json' }
import { defineRule, type PhraseFileData, PhraseMatcher, type SentenceModel, type Token } from '../src/kit/index.js'

/** Patterns that lecture only as a question: "Heb je al op onze website gekeken?". */
const QUESTION_ONLY = new Set(['vraag-al-gekeken', 'vraag-wel-gelezen'])

/** Punctuation that ends a clause, before or after a sentence-level "nogmaals". */
const CLAUSE_MARK = /^[,:;—–-]$/
/** "Nogmaals, sorry" and "nogmaals: bedankt" repeat an apology or thanks, not a lesson. */
const KIND_AFTER = new Set(['sorry', 'excuses', 'excuus', 'onze', 'mijn', 'bedankt', 'dank', 'dankjewel', 'dankuwel', 'merci', 'het', 'veel', 'fijn', 'succes', 'gefeliciteerd', 'proficiat', 'welkom'])

/**
 * "Nogmaals: de retourtermijn is 30 dagen." A "nogmaals" standing alone at the start of a clause, set off
 * by punctuation, announces a repeated lesson. "We sturen de mail nogmaals" and "Nogmaals sorry" do not.
 */
function repeatedLesson(sentence: SentenceModel): Token | undefined {
  const tokens = sentence.tokens.filter((token) => token.kind === 'word' || token.kind === 'punctuation')
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.norm !== 'nogmaals') continue
    const before = tokens[index - 1]
    const after = tokens[index + 1]
    const next = tokens[index + 2]
    const opensClause = before === undefined || (before.kind === 'punctuation' && CLAUSE_MARK.test(before.text))
    const setOff = after?.kind === 'punctuation' && CLAUSE_MARK.test(after.text)
    if (opensClause && setOff && !(next?.kind === 'word' && KIND_AFTER.has(next.norm))) return token
  }
  return undefined
}

const OPEN_QUOTE = new Set(["'", '‘', '‚', '"', '“', '„'])
const CLOSE_QUOTE = new Set(["'", '’', '"', '”'])
/** Words that are ironic in scare quotes by themselves: "je hebt de mail 'helaas' niet ontvangen". */
const IRONIC = new Set(['helaas', 'toevallig', 'zogenaamd', 'zogezegd', 'plots', 'plotseling', 'ineens', 'opeens', 'spontaan', 'vanzelf', 'heus', 'nooit', 'kwijt', 'kwijtgeraakt', 'zoekgeraakt', 'vergeten'])
/** Doubt about what the customer did not do: with it, any word in scare quotes is ironic. */
const DOUBT = new Set(['blijkbaar', 'kennelijk', 'schijnbaar', 'zogenaamd', 'zogezegd'])
const CUSTOMER = new Set(['je', 'jij', 'u', 'ge', 'gij', 'jullie'])
const NEGATION = new Set(['niet', 'geen', 'nooit', 'niets', 'niks'])
/** A quoted status or label: "je bestelling staat nog op 'verwerkt'", "klik op 'opslaan'". */
const LABEL_BEFORE = new Set(['op', 'naar', 'onder', 'via', 'status', 'knop', 'tab', 'veld', 'optie', 'menu', 'woord', 'term'])

/**
 * A single lower-case word in quotes, used as irony: "echter hebben blijkbaar niet alle gasten de mail
 * 'helaas' ontvangen". Always for an ironic word; for any word when the sentence doubts what the customer
 * did not do ("blijkbaar", "kennelijk", a negation, the customer). A quoted label ("klik op 'opslaan'",
 * "staat op 'verzonden'"), a title ('Mijn bestellingen') or a quoted sentence stays quiet. Returns the
 * quoted word with its quotes.
 */
function scareQuote(sentence: SentenceModel): [Token, Token] | undefined {
  const tokens = sentence.tokens
  const has = (set: Set<string>): boolean => tokens.some((token) => token.kind === 'word' && set.has(token.norm))
  const doubts = has(DOUBT) && has(CUSTOMER) && has(NEGATION)
  for (let index = 1; index + 1 < tokens.length; index++) {
    const open = tokens[index - 1]!
    const word = tokens[index]!
    const close = tokens[index + 1]!
    if (word.kind !== 'word' || open.kind !== 'punctuation' || close.kind !== 'punctuation') continue
    if (!OPEN_QUOTE.has(open.text) || !CLOSE_QUOTE.has(close.text)) continue
    // Tight quotes around one word, the word in lower case (not a name, title or label with a capital).
    if (open.end !== word.start || word.end !== close.start || word.text !== word.norm) continue
    // "'t" and "zo'n" are words with an apostrophe; a quote of the customer's sentence has more words.
    const label = tokens[index - 2]?.kind === 'word' && LABEL_BEFORE.has(tokens[index - 2]!.norm)
    if (!label && (IRONIC.has(word.norm) || doubts)) return [open, close]
  }
  return undefined
}

export default defineRule({
  id: 'no-condescension',
  description: 'Geen betweterige opmerkingen (de "komma-sukkel")',
  checklist: 'toon',
  severity: 'error',
  channels: 'alle kanalen',
  messages: {
    found: 'Dit klinkt betweterig: "{actual}". Geef de informatie zonder de klant iets te verwijten.',
  },
  options: {},
  docs: {
    wrong: '@eva Dat had je in de handleiding kunnen lezen. ^AB',
    right: '@eva In de handleiding staat het op pagina 12; hier vind je het stappenplan: voorbeeld.nl/hulp ^AB',
    rationale:
      'Een opmerking die impliceert dat de klant het had moeten weten ("dat had je op de website kunnen lezen") eindigt in een onuitgesproken ", sukkel". Iedereen leest mee (seed 002, gebod 6).',
    details:
      'The "komma-sukkel" remark (seed 002, gebod 6): implying the customer should have known, should have ' +
      'done better, or is the only one with the problem. Pointing back at what was written or said ("dat ' +
      'kon je in de handleiding vinden", "zoals in onze voorwaarden staat", "zoals we al aangaven", "dat ' +
      'hebben we je al uitgelegd", "zoals duidelijk vermeld", "Nogmaals: ..."); "je had de bon moeten ' +
      'bewaren", "als je goed had gelezen"; other customers ("andere klanten lukt het wel", "u bent de ' +
      'enige"); lecturing ("lees de voorwaarden nog eens goed", "kijk eerst zelf even", "heb je wel goed ' +
      'gekeken?" as a question, "klik gewoon even", "je moet wel eerst ... hoor", "zo moeilijk is het toch ' +
      'niet"). Sarcasm and judging: rhetorical questions ("wie zijn wij om ...?", "hoe moeilijk kan het ' +
      'nou zijn?", "is het nou echt zo lastig?"), a single word in scare quotes ("de mail \'toevallig\' niet ' +
      'gekregen"; any word when the sentence doubts what the customer did not do: "kennelijk ... niet"), ' +
      '"blijkbaar heb je de mail niet gelezen", and the customer\'s behaviour ("nog nooit een klant gehad ' +
      'die zo onbeleefd was", "u was erg onbeschoft", "uw toon is ongepast"). A bare "Zoals gezegd" fires ' +
      'too: it points back at an earlier answer (the customer did not listen); give the information again ' +
      'without the pointer. Fine: pointing helpfully or forward ("hier vind je een stappenplan", "zoals ' +
      'hieronder beschreven"), "zoals je al aangaf", "zoals beloofd/afgesproken", ownership ("we hadden ' +
      'het duidelijker moeten vermelden", "je had het geld al moeten ontvangen"), a real question ("kon je ' +
      'de code niet vinden?"), empathy ("ik weet hoe lastig het kan zijn"), a quoted label ("klik op ' +
      '\'opslaan\'", "staat op \'verzonden\'") and what was done to the customer ("sorry dat u onbeleefd bent ' +
      'behandeld").',
  },
  create() {
    const matcher = new PhraseMatcher(data as PhraseFileData, 'rules/no-condescension.yml', { shareIndex: true })
    return (_tree, run) => {
      const sentences = run.sentences()
      const spans: Array<{ start: number; end: number }> = []
      for (const match of matcher.find(sentences)) {
        if (QUESTION_ONLY.has(match.patternId) && !sentences[match.sentenceIndex]!.question) continue
        spans.push({ start: match.start, end: match.end })
      }
      const free = (start: number, end: number): boolean => !spans.some((span) => span.start < end && start < span.end)
      for (const sentence of sentences) {
        const token = repeatedLesson(sentence)
        if (token && free(token.start, token.end)) spans.push({ start: token.start, end: token.end })
        const quoted = scareQuote(sentence)
        if (quoted && free(quoted[0].start, quoted[1].end)) spans.push({ start: quoted[0].start, end: quoted[1].end })
      }
      spans.sort((a, b) => a.start - b.start)
      for (const span of spans) run.report('found', span)
    }
  },
})
