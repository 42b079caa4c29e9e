// Seed 004 (reviewtips, "neem je verantwoordelijkheid"): regret what we did, not how the customer feels,
// and do not name the customer's own act as the cause ("je hebt een verkeerd adres ingevuld").
import data from '../generated/phrases/no-blame-shift.json' with { type: 'json' }
import { defineRule, type PhraseFileData, PhraseMatcher } from '../src/kit/index.js'

/** Patterns that regret the customer's feeling or reading; the others name the customer's own act. */
const FEELING = new Set(['jammer-dat-je', 'jammer-als-ervaren', 'jammer-dat-je-voelt', 'sorry-als-overkwam'])

export default defineRule({
  id: 'no-blame-shift',
  description: 'Leg de fout niet bij de klant: spreek spijt uit over wat jullie deden, niet over hoe de klant zich voelt',
  checklist: 'toon',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    feeling:
      'Dit legt het bij de klant: "{actual}". Zeg wat jullie anders hadden moeten doen, bijvoorbeeld "Jammer dat we je niet naar tevredenheid hebben geholpen."',
    mistake:
      'Dit wijst naar de klant: "{actual}". Leg uit hoe het wel werkt, zonder te zeggen dat de klant het fout deed.',
  },
  options: {},
  docs: {
    wrong: 'Jammer dat je niet tevreden bent over onze service.',
    right: 'Jammer dat we je niet naar tevredenheid hebben geholpen. Ik bel je morgen om het goed te maken.',
    rationale:
      'Spijt over de gevoelens van de klant schuift de fout naar de klant; spijt over je eigen aandeel neemt verantwoordelijkheid (seed 004, reviewtips).',
  },
  create() {
    const matcher = new PhraseMatcher(data as PhraseFileData, 'rules/no-blame-shift.yml')
    return (_tree, run) => {
      for (const match of matcher.find(run.sentences())) {
        const feeling = FEELING.has(match.patternId)
        run.report(feeling ? 'feeling' : 'mistake', {
          start: match.start,
          end: match.end,
          suggestions: feeling ? ['Jammer dat we je niet naar tevredenheid hebben geholpen'] : [],
        })
      }
    }
  },
})
