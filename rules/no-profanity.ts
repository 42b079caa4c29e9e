// Seed 004 (reviewtips: "woedende reacties zijn niet goed voor je reputatie"): no swearing and no
// insults in a reply, whatever the customer wrote.
import data from '../generated/phrases/no-profanity.json' with { type: 'json' }
import { defineRule } from '../src/engine/define-rule.js'
import type { PhraseFileData } from '../src/engine/phrase-matcher.js'
import { createPhraseRun } from '../src/engine/phrase-rule.js'

export default defineRule({
  id: 'no-profanity',
  description: 'Geen vloeken of scheldwoorden',
  checklist: 'toon',
  severity: 'error',
  channels: 'alle kanalen',
  messages: {
    found: 'Vloek of scheldwoord: "{actual}". Haal het weg; blijf rustig, hoe fel de klant ook is.',
  },
  options: {},
  docs: {
    wrong: '@eva Klote dat je pakket weer niet kwam, die bezorger is echt een sukkel. ^AB',
    right: '@eva Balen dat je pakket weer niet kwam. Ik heb een nieuwe bezorging gepland voor morgen voor 12.00 uur. ^AB',
    rationale:
      'Iedereen leest mee en woedende reacties zijn niet goed voor je reputatie (seed 004). Een merk vloekt niet en scheldt niet, ook niet terug.',
  },
  create: () => createPhraseRun(data as PhraseFileData, 'rules/no-profanity.yml'),
})
