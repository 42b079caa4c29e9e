// Seed 004: "deskundig" means "professioneel blijven, ervaring uitstralen, geen twijfeltaal". Misschien,
// eigenlijk, wellicht, proberen te: say what is so, or when you will know.
import data from '../generated/phrases/no-hedging.json' with { type: 'json' }
import { createPhraseRun, defineRule, type PhraseFileData } from '../src/kit/index.js'

export default defineRule({
  id: 'no-hedging',
  description: 'Geen twijfeltaal (misschien, eigenlijk, wellicht, proberen te)',
  checklist: 'feiten',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    found: 'Twijfeltaal: "{actual}". Zeg stellig wat er is of gebeurt; weet je het nog niet, zeg dan wanneer je het weet.',
  },
  options: {},
  docs: {
    wrong: '@eva Je pakket komt misschien morgen, we proberen het eigenlijk zo snel mogelijk te bezorgen. ^AB',
    right: '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    rationale:
      'Een deskundig merk straalt ervaring uit en gebruikt geen twijfeltaal (seed 004). Twijfel maakt de klant onzeker over wat er gaat gebeuren.',
  },
  create: () => createPhraseRun(data as PhraseFileData, 'rules/no-hedging.yml'),
})
