// Seed 004, "Don't: in de verdediging schieten": no "dat is niet onze schuld", no pointing at others.
// Everyone reads along; take responsibility and offer an opening.
import data from '../generated/phrases/no-defensive.json' with { type: 'json' }
import { defineRule } from '../src/engine/define-rule.js'
import type { PhraseFileData } from '../src/engine/phrase-matcher.js'
import { createPhraseRun } from '../src/engine/phrase-rule.js'

export default defineRule({
  id: 'no-defensive',
  description: 'Schiet niet in de verdediging: geen "niet onze schuld", niet naar anderen wijzen',
  checklist: 'toon',
  severity: 'error',
  channels: 'alle kanalen',
  messages: {
    found:
      'Dit klinkt defensief: "{actual}". Neem verantwoordelijkheid ("Dit is niet hoe het hoort te gaan") en zeg wat je nu voor de klant doet.',
  },
  options: {},
  docs: {
    wrong: '@eva Dat ligt aan de vervoerder, daar kunnen wij niets aan doen. ^AB',
    right: '@eva Dit is niet hoe het hoort te gaan. Ik heb een nieuw pakket klaargezet; het komt morgen voor 12.00 uur. ^AB',
    rationale:
      'In de verdediging schieten is een don\'t (seed 004): iedereen leest mee, en een welles-nietes overtuigt niemand. Kijk naar jezelf en bied een opening.',
  },
  create: () => createPhraseRun(data as PhraseFileData, 'rules/no-defensive.yml'),
})
