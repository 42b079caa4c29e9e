// Seed 004: "vriendelijk" means tutoyeren. Whatever the brand chooses, one reply uses one address form:
// je/jij/jouw, or u/uw, or the Flemish ge/gij (whose object and possessive forms are u and uw).
import { defineRule, type Token } from '../src/kit/index.js'
import type { AddressForm } from '../src/types.js'

const jeForms = new Map([
  ['je', 'u'], ['jij', 'u'], ['jou', 'u'], ['jouw', 'uw'], ['jezelf', 'uzelf'], ["je'", 'u'],
])
const uForms = new Map([['u', 'je'], ['uw', 'jouw'], ['uzelf', 'jezelf']])
const geForms = new Set(['ge', 'gij', 'gulle', 'gijzelf'])

const labels: Record<AddressForm, string> = { je: 'je/jij/jouw', u: 'u/uw', ge: 'ge/gij' }

export default defineRule({
  id: 'address-form',
  description: 'Gebruik één aanspreekvorm: je of u (of het Vlaamse ge), niet door elkaar',
  checklist: 'persoonlijk',
  severity: 'error',
  channels: 'alle kanalen',
  messages: {
    mixed: 'Je mengt {used} met {other} in één reactie: "{actual}". Kies één aanspreekvorm, hier {used}.',
    wrongForm: 'Jullie spreken klanten aan met {expected}: schrijf "{suggestion}" in plaats van "{actual}".',
  },
  options: { enforce: 'boolean' },
  docs: {
    wrong: '@eva Hoi Eva, je pakket komt morgen. Heeft u vragen, laat het ons weten. ^AB',
    right: '@eva Hoi Eva, je pakket komt morgen. Heb je nog vragen, laat het ons weten. ^AB',
    rationale:
      'Een vriendelijk merk tutoyeert (seed 004, vastigheden). Je en u door elkaar klinkt slordig en onpersoonlijk; kies er één en houd die vast.',
    details:
      'One reply, one address form: je/jij/jouw mixed with u/uw is always a finding (on the minority form; ' +
      'on a tie, the brand\'s `addressForm` wins). The Flemish ge/gij is its own paradigm whose object and ' +
      'possessive forms are u and uw, so "hebt gij uw pakket?" is consistent. With the value `vriendelijk` ' +
      '(or the option `enforce: true`) the config\'s `addressForm` is enforced: with `"je"`, every u/uw is ' +
      'a finding, with the je form as suggestion.',
  },
  create({ options, settings }) {
    const enforce = options['enforce'] === true
    const expected = settings.addressForm
    return (_tree, run) => {
      const je: Token[] = []
      const u: Token[] = []
      let geCount = 0
      for (const sentence of run.sentences()) {
        for (const token of sentence.tokens) {
          if (token.kind !== 'word') continue
          if (jeForms.has(token.norm)) je.push(token)
          else if (uForms.has(token.norm)) u.push(token)
          else if (geForms.has(token.norm)) geCount++
        }
      }
      // u/uw belong to the ge paradigm in Flemish: "gij" with "uw" is consistent.
      const formal: AddressForm = geCount > 0 ? 'ge' : 'u'
      const formalCount = u.length + geCount
      const mixed = je.length > 0 && u.length > 0
      if (!mixed && !enforce) return
      // The majority wins; on a tie, the brand's own form.
      const used: AddressForm = enforce
        ? expected
        : je.length > formalCount || (je.length === formalCount && expected === 'je')
          ? 'je'
          : formal
      const wrong = used === 'je' ? u : je
      for (const token of wrong) {
        const replacement = used === 'je' ? uForms.get(token.norm)! : jeForms.get(token.norm)!
        const suggestion = /^\p{Lu}/u.test(token.text) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
        run.report(mixed ? 'mixed' : 'wrongForm', {
          start: token.start,
          end: token.end,
          data: { used: labels[used], other: labels[used === 'je' ? formal : 'je'], expected: labels[expected], suggestion },
          suggestions: [suggestion],
        })
      }
    }
  },
})
