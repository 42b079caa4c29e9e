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
    details:
      'Laying the fault at the customer\'s door (seed 004, review tips). Regret about how the customer ' +
      'feels or experienced it instead of about our own part: "jammer dat je niet tevreden bent", "het ' +
      'spijt ons dat u teleurgesteld bent", "sorry als je je gekwetst voelt", "vervelend dat je het zo ' +
      'hebt ervaren", "jammer dat u de levering als rommelig hebt ervaren", "excuses als ons antwoord ' +
      'kortaf overkwam". And the customer\'s own act named as the cause: "je hebt het formulier verkeerd ' +
      'ingevuld", "u heeft de mail niet goed gelezen", "u bent vergeten de bon mee te sturen", "door jouw ' +
      'eigen fout", "het ligt aan je eigen wifi". Fine: our own mistake ("we hebben een verkeerd ' +
      'huisnummer ingevoerd"), a possibility or question ("als je een verkeerd adres hebt ingevuld, kun je ' +
      '...", "hebt ge misschien de foute code ingegeven?"), "het ligt niet aan jou", "sorry dat je zo lang ' +
      'moest wachten". Pointing at a carrier or partner is `no-defensive`; "je had ... moeten" is ' +
      '`no-condescension`. The suggestion is the ownership form of the seed.',
  },
  create() {
    const matcher = new PhraseMatcher(data as PhraseFileData, 'rules/no-blame-shift.yml', { shareIndex: true })
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
