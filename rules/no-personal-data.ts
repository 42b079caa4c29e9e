// Webcare happens in public ("met webcare kijkt een groter publiek mee", seed 001): never put a customer's
// personal data in a public reply; ask them to send it in a DM instead. Asking for it is fine.
import { defineRule } from '../src/engine/define-rule.js'

type Kind = 'telefoonnummer' | 'IBAN' | 'adres' | 'e-mailadres' | 'BSN'

interface Candidate {
  kind: Kind
  start: number
  end: number
}

const phone = /(?<![\d+])(?:\+31[\s-]?(?:\(0\))?[\s-]?|0031[\s-]?|0)(?:6[\s-]?(?:\d[\s-]?){8}|[1-9]\d{1,2}[\s-]?(?:\d[\s-]?){6,7})(?!\d)|(?<![\d+])(?:\+32[\s-]?|0)4\d{2}(?:[\s.]?\d{2}){3}(?!\d)/g
const iban = /\b[A-Z]{2}\d{2}[ ]?[A-Z]{4}[ ]?(?:\d{4}[ ]?){2}\d{2}\b|\bBE\d{2}(?:[ ]?\d{4}){3}\b/g
const postcodeWithNumber = /\b[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}\b(?:[ ,]+\d{1,5}[a-z]?\b)?/g
const streetWithNumber = /\b\p{Lu}[\p{L}-]*(?:straat|laan|weg|plein|kade|gracht|singel|dijk|dreef|hof|pad|steeg|markt|park|baan|ring)[ ]\d{1,5}(?:[ -]?[a-zA-Z]\b)?/gu
const bsnCandidate = /(?<![\d.,-])\d{9}(?![\d.,-])|(?<![\d.,-])\d{4}\.\d{2}\.\d{3}(?![\d.,-])/g

/** The Dutch "elfproef" that every BSN passes. */
function passesElevenTest(digits: string): boolean {
  if (digits.length !== 9) return false
  let sum = 0
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (9 - index)
  sum -= Number(digits[8])
  return sum % 11 === 0 && sum !== 0
}

// Service numbers and shared mailboxes belong to the brand, not to a customer.
const businessPhone = /^(?:0800|0900|0906|0909|088|085|084|087|091)/
const businessMailbox = /^(?:info|klantenservice|service|support|contact|webcare|help|hallo|hello|noreply|no-reply|privacy|facturen|administratie|team|sales|verkoop|retour|retouren)@/i

function collect(text: string, pattern: RegExp, kind: Kind, keep: (value: string) => boolean = () => true): Candidate[] {
  return [...text.matchAll(pattern)]
    .filter((match) => keep(match[0]))
    .map((match) => ({ kind, start: match.index, end: match.index + match[0].trimEnd().length }))
}

export default defineRule({
  id: 'no-personal-data',
  description: 'Zet geen persoonsgegevens in een openbare reactie; vraag de klant om een DM',
  checklist: 'privacy',
  severity: 'error',
  channels: 'openbare kanalen: x, facebook, instagram, google-review',
  messages: {
    found:
      'Dit lijkt een {kind} ("{actual}") in een openbare reactie. Noem persoonsgegevens nooit openbaar; vraag de klant ze via een DM te sturen.',
  },
  options: { allow: 'string[]' },
  docs: {
    wrong: '@eva Je pakket wordt morgen bezorgd op Dorpsstraat 12, 1234 AB. We bellen je op 06-12345678. ^AB',
    right: '@eva Je pakket wordt morgen bezorgd op het adres uit je bestelling. Stuur je ons een DM met je telefoonnummer? ^AB',
    rationale:
      'Met webcare kijkt een groter publiek mee (seed 001): een adres, telefoonnummer of IBAN in een openbare reactie is voor iedereen te lezen. Verplaats het gesprek naar een DM.',
  },
  create({ channel, options }) {
    if (channel.personalData !== 'error') return null
    const allowed = new Set((Array.isArray(options['allow']) ? (options['allow'] as string[]) : []).map((value) => value.replace(/\s/g, '').toLowerCase()))
    const isAllowed = (value: string) => allowed.has(value.replace(/\s/g, '').toLowerCase())

    return (_tree, run) => {
      const text = run.text
      const candidates: Candidate[] = [
        ...collect(text, phone, 'telefoonnummer', (value) => !businessPhone.test(value.replace(/[\s-]/g, '').replace(/^(?:\+31|0031)/, '0'))),
        ...collect(text, iban, 'IBAN'),
        ...collect(text, streetWithNumber, 'adres'),
        ...collect(text, postcodeWithNumber, 'adres', (value) => /\d{4}[ ]?[A-Z]{2}[ ,]+\d/.test(value)),
        ...collect(text, bsnCandidate, 'BSN', (value) => passesElevenTest(value.replace(/\./g, ''))),
        ...run.syntax
          .filter((span) => span.kind === 'email' && !businessMailbox.test(span.value))
          .map((span) => ({ kind: 'e-mailadres' as const, start: span.start, end: span.end })),
      ]
      candidates.sort((a, b) => a.start - b.start || b.end - a.end)
      let covered = -1
      for (const candidate of candidates) {
        if (candidate.start < covered || isAllowed(text.slice(candidate.start, candidate.end))) continue
        covered = candidate.end
        run.report('found', { start: candidate.start, end: candidate.end, data: { kind: candidate.kind } })
      }
    }
  },
})
