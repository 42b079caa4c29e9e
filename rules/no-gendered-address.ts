// Seed 004, vastigheden of "onbevooroordeeld": do not address people by their gender ("meneer",
// "mevrouw", "dames en heren"); use the first name, or a neutral form.
import data from '../generated/phrases/no-gendered-address.json' with { type: 'json' }
import { createPhraseRun, defineRule, type PhraseFileData } from '../src/kit/index.js'

export default defineRule({
  id: 'no-gendered-address',
  description: 'Spreek mensen niet aan met hun gender (meneer, mevrouw, dames en heren)',
  checklist: 'persoonlijk',
  severity: 'error',
  channels: 'alle kanalen',
  messages: {
    found: 'Spreek de klant niet aan met een gender: "{actual}". Gebruik de voornaam, of een neutrale aanhef zoals "Beste klant".',
  },
  options: {},
  docs: {
    wrong: 'Geachte heer Jansen, bedankt voor uw bericht.',
    right: 'Beste Sam Jansen, bedankt voor uw bericht.',
    rationale:
      'Een onbevooroordeeld merk spreekt mensen niet aan met hun gender (seed 004, vastigheden): je weet niet hoe iemand aangesproken wil worden.',
  },
  create: () => createPhraseRun(data as PhraseFileData, 'rules/no-gendered-address.yml'),
})
