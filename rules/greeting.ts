// Seed 004: "vriendelijk" means "altijd begroeten en afsluiten". After the @mention, the reply opens with
// a greeting ("Hoi Sanne," / "Goedemorgen"), preferably with the customer's first name.
import { defineRule } from '../src/kit/index.js'

const greetings = new Set([
  'hoi', 'hoihoi', 'hallo', 'hai', 'hey', 'hee', 'hé', 'hi', 'dag', 'beste', 'lieve', 'goedemorgen', 'goedemiddag',
  'goedenavond', 'goeiemorgen', 'goeiemiddag', 'goeienavond', 'morgen', 'middag', 'avond', 'welkom', 'geachte',
])

export default defineRule({
  id: 'greeting',
  description: 'Begroet de klant na de @mention, bij voorkeur met de voornaam',
  checklist: 'persoonlijk',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    missing: 'Begin met een begroeting, bijvoorbeeld "Hoi Sanne," of "Goedemorgen,": vriendelijk is altijd begroeten.',
  },
  options: { words: 'string[]' },
  docs: {
    wrong: '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    right: '@eva Hoi Eva, je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    rationale: 'Een vriendelijk merk begroet altijd en sluit altijd af (seed 004, communicatieve consequenties van "vriendelijk").',
    details:
      'After the @mention, the reply opens with a greeting ("Hoi Sanne,", "Goedemorgen", "Beste Thomas,"): ' +
      'seed 004, `vriendelijk` means "altijd begroeten en afsluiten". A placeholder name counts ("Hoi ' +
      '{{first_name}},"). Option: `words`, more greetings the brand uses.',
  },
  create({ options }) {
    const extra = Array.isArray(options['words']) ? (options['words'] as string[]).map((word) => word.toLowerCase()) : []
    const accepted = new Set([...greetings, ...extra])
    return (_tree, run) => {
      const first = run.sentences()[0]
      if (!first) return
      // Skip the leading @mentions; the greeting is the first word after them.
      const opening = first.tokens.find((token) => token.kind !== 'mention' && token.kind !== 'punctuation')
      if (!opening) return
      if (opening.kind === 'word' && accepted.has(opening.norm)) return
      run.report('missing', { start: opening.start, end: opening.end })
    }
  },
})
