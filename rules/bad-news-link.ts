// Seed 001: bad news comes with a link to more information or an alternative, "waardoor het slechte
// nieuws een beetje verzacht wordt". A bare "helaas, dat kan niet" leaves the customer with nothing.
import data from '../generated/phrases/bad-news-link.json' with { type: 'json' }
import { defineRule } from '../src/engine/define-rule.js'
import { PhraseMatcher, type PhraseFileData } from '../src/engine/phrase-matcher.js'

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
  },
  create() {
    const badNews = new PhraseMatcher(data as PhraseFileData, 'rules/bad-news-link.yml')
    const phrases = data as unknown as PhraseFileData & { alternatives: string[] }
    // An alternative next to a negation is none: "we kunnen geen alternatief bieden".
    const alternatives = new PhraseMatcher(
      { lexicon: phrases.lexicon ?? {}, patterns: [{ id: 'alternatief', all: [phrases.alternatives], unless: ['negation'], unlessWindow: 3 }] },
      'rules/bad-news-link.yml (alternatives)',
    )
    return (_tree, run) => {
      const found = badNews.find(run.sentences())
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
