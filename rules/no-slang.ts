// Seed 004, vastigheden of "deskundig": geen slang. Chat abbreviations and youth slang ("ff", "btw",
// "chill", "kapot leuk") sound careless in a brand's reply.
import data from '../generated/phrases/no-slang.json' with { type: 'json' }
import { createPhraseRun, defineRule, type PhraseFileData } from '../src/kit/index.js'

export default defineRule({
  id: 'no-slang',
  description: 'Geen slang of chattaal',
  checklist: 'toon',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    found: 'Slang of chattaal: "{actual}". Schrijf het voluit in gewone taal.',
  },
  options: {},
  docs: {
    wrong: '@eva Thx voor je bericht! Ik check het ff voor je, btw je pakket is echt vet. ^AB',
    right: '@eva Bedankt voor je bericht! Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    rationale: 'Een deskundig merk gebruikt geen slang (seed 004, vastigheden): het klinkt slordig en niet professioneel.',
  },
  create: () => createPhraseRun(data as PhraseFileData, 'rules/no-slang.yml'),
})
