// Seed 001: "wat vervelend" and "helaas" as formulas sound like a robot ticking off an empathy list.
// Real empathy names the customer's own situation.
import data from '../generated/phrases/no-robotic-empathy.json' with { type: 'json' }
import { defineRule } from '../src/engine/define-rule.js'
import type { PhraseFileData } from '../src/engine/phrase-matcher.js'
import { createPhraseRun } from '../src/engine/phrase-rule.js'

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
  },
  create: () => createPhraseRun(data as PhraseFileData, 'rules/no-robotic-empathy.yml'),
})
