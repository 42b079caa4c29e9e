// Seed 001: bad news comes with a link to more information or an alternative, "waardoor het slechte
// nieuws een beetje verzacht wordt". A bare "helaas, dat kan niet" leaves the customer with nothing.
import data from '../generated/phrases/bad-news-link.json' with { type: 'json' }
import { defineRule, type PhraseFileData, type PhraseMatch, PhraseMatcher, type SentenceModel } from '../src/kit/index.js'

/** Particles that make "dit kan niet" an outcry about what went wrong: "Dit kan echt niet!" */
const outcry = new Set(['natuurlijk', 'echt', 'écht', 'toch', 'gewoon', 'uiteraard', 'werkelijk', 'absoluut', 'zomaar'])
/** The other words such an outcry has: "dit kan toch niet", "natuurlijk kan dat echt niet". */
const outcryWords = new Set(['dit', 'dat', 'kan', 'kon', 'mag', 'mocht', 'niet', 'ook', 'zo', 'nou', 'nu', 'wel', 'ja', 'nee'])

/**
 * Whether a "kan niet" match is an outcry about the incident, not a refusal: a clause of only "dit/dat",
 * "kan/mag", "niet" and at least one particle such as "echt" or "natuurlijk" ("Dit kan natuurlijk niet!",
 * "Dat kan toch echt niet."). A bare "Dat kan niet." stays a refusal.
 */
function isOutcry(match: PhraseMatch, sentence: SentenceModel): boolean {
  if (match.patternId !== 'kunnen-niet') return false
  // The clause around the match: the words between the nearest clause breaks.
  let clauseStart = sentence.start
  let clauseEnd = sentence.end
  for (const token of sentence.tokens) {
    if (token.kind !== 'punctuation' || !/[,;:—–()"“”]/.test(token.text)) continue
    if (token.end <= match.start) clauseStart = token.end
    else if (token.start >= match.end && token.start < clauseEnd) clauseEnd = token.start
  }
  const words = sentence.tokens.filter((token) => token.kind === 'word' && token.start >= clauseStart && token.end <= clauseEnd)
  const subject = words.filter((token) => token.norm === 'dit' || token.norm === 'dat').length === 1
  return subject && words.some((token) => outcry.has(token.norm)) && words.every((token) => outcry.has(token.norm) || outcryWords.has(token.norm))
}

export default defineRule({
  id: 'bad-news-link',
  description: 'Geef bij slecht nieuws een link of een alternatief',
  checklist: 'feiten',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    found: 'Slecht nieuws zonder uitweg: "{actual}". Geef er een link naar meer informatie of een alternatief bij.',
  },
  options: {},
  docs: {
    wrong: '@eva Helaas kunnen we je bestelling niet meer wijzigen. ^AB',
    right: '@eva Je bestelling kan niet meer gewijzigd worden, maar je kunt hem gratis retourneren: voorbeeld.nl/retour ^AB',
    rationale:
      'Bij slecht nieuws werkt een link naar extra informatie of een vervangende oplossing verzachtend (seed 001). Laat de klant niet achter met alleen een nee.',
    details:
      'Bad news without a way forward (seed 001: a link to more information or an alternative softens bad ' +
      'news): "helaas ...", "dat is niet mogelijk", "uitverkocht", "niet meer leverbaar", "uit het ' +
      'assortiment", "afgewezen", "geen recht op", "dat merk voeren we niet meer", "dat kunnen wij niet", ' +
      '"je kunt de broek niet meer ruilen", a refusal put as the brand\'s judgement ("we vinden het niet ' +
      'verantwoord om ...", "dat achten wij niet haalbaar"), and asking for understanding instead of ' +
      'offering something ("we hopen op je begrip", "we vragen om uw begrip"). The reply passes when it ' +
      'also gives a link, an e-mail address, a time, or an alternative ("wel", "je kunt", "we bieden", ' +
      '"als alternatief", "stuur ons een DM"); an alternative next to a negation ("we kunnen geen ' +
      'alternatief bieden") is none. Outcries about what went wrong refuse nothing and are fine: "dit kan ' +
      'echt niet!", "dit kan natuurlijk niet door de beugel", "het kan niet zo zijn dat ...", "dit had ' +
      'niet mogen gebeuren"; so are "je kunt niet alleen online bestellen, maar ook ..." and questions.',
  },
  create() {
    const badNews = new PhraseMatcher(data as PhraseFileData, 'rules/bad-news-link.yml', { shareIndex: true })
    const phrases = data as unknown as PhraseFileData & { alternatives: string[] }
    // An alternative next to a negation is none: "we kunnen geen alternatief bieden".
    const alternatives = new PhraseMatcher(
      { lexicon: phrases.lexicon ?? {}, patterns: [{ id: 'alternatief', all: [phrases.alternatives], unless: ['negation'], unlessWindow: 3 }] },
      'rules/bad-news-link.yml (alternatives)',
      { shareIndex: true },
    )
    return (_tree, run) => {
      const sentences = run.sentences()
      const found = badNews.find(sentences).filter((match) => !isOutcry(match, sentences[match.sentenceIndex]!))
      if (found.length === 0) return
      const softened =
        run.syntax.some((span) => span.kind === 'url' || span.kind === 'email' || span.kind === 'time') ||
        alternatives.find(run.sentences()).length > 0
      if (softened) return
      const first = found[0]!
      run.report('found', { start: first.start, end: first.end })
    }
  },
})
