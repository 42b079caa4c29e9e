// Seed 004, vastigheden of "deskundig": geen emoji. Emoji and emoticons (":)", "<3") read as informal, and
// backfire most in copy-pasted, impersonal replies (Decock et al. 2021).
import { defineRule } from '../src/kit/index.js'

export default defineRule({
  id: 'no-emoji',
  description: 'Geen emoji of emoticons',
  checklist: 'toon',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    found: 'Laat de emoji "{actual}" weg: een deskundige toon zegt het in woorden.',
  },
  options: {},
  docs: {
    wrong: '@eva Je pakket komt morgen 😊👍 ^AB',
    right: '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    rationale:
      'Een deskundig merk gebruikt geen slang en geen emoji (seed 004, vastigheden). Onderzoek naar Nederlandse webcare vond dat zulke informele tekens vooral in standaardantwoorden averechts werken.',
    details:
      'No emoji and no emoticons (`:)`, `;-)`, `<3`, `:D`) (seed 004, vastigheden of `deskundig`). ' +
      'Informal markers backfire most in copy-pasted, impersonal replies (Decock et al. 2021), so this ' +
      'rule matters most for canned responses. The suggestion removes the emoji.',
  },
  create() {
    return (_tree, run) => {
      for (const span of run.syntax) {
        if (span.kind === 'emoji' || span.kind === 'emoticon') run.report('found', { start: span.start, end: span.end, suggestions: [''] })
      }
    }
  },
})
