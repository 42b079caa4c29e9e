// Seed 004: "Don't: je mening geven"; onbevooroordeeld means staying neutral in discussions. Stick to the
// facts and what you can do.
import data from '../generated/phrases/no-opinion.json' with { type: 'json' }
import { createPhraseRun, defineRule, type PhraseFileData } from '../src/kit/index.js'

export default defineRule({
  id: 'no-opinion',
  description: 'Geef geen eigen mening: blijf neutraal en bij de feiten',
  checklist: 'feiten',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    found: 'Dit is een mening: "{actual}". Blijf neutraal; vertel de feiten en wat je voor de klant kunt doen.',
  },
  options: {},
  docs: {
    wrong: '@eva Ik vind dat de nieuwe regels van de gemeente nergens op slaan. ^AB',
    right: '@eva De gemeente heeft de regels per 1 maart aangepast; op voorbeeld.nl/regels lees je wat er voor jou verandert. ^AB',
    rationale:
      'Je mening geven is een don\'t (seed 004) en een onbevooroordeeld merk blijft neutraal in discussies. Iedereen leest mee; beperk je tot de feiten.',
  },
  create: () => createPhraseRun(data as PhraseFileData, 'rules/no-opinion.yml'),
})
