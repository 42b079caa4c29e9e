// Seed 002, gebod 6: the "komma-sukkel" remark. Never imply the customer should have known, or is the
// only one with the problem; give the information without the reproach.
import data from '../generated/phrases/no-condescension.json' with { type: 'json' }
import { defineRule } from '../src/engine/define-rule.js'
import type { PhraseFileData } from '../src/engine/phrase-matcher.js'
import { createPhraseRun } from '../src/engine/phrase-rule.js'

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
  },
  create: () => createPhraseRun(data as PhraseFileData, 'rules/no-condescension.yml'),
})
