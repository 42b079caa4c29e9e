// Webcare happens in public ("met webcare kijkt een groter publiek mee", seed 001): never put a customer's
// personal data in a public reply; ask them to send it in a DM instead. Asking for it is fine.
import { defineRule } from '../src/kit/index.js'
import type { SyntaxSpan } from '../src/syntax/syntax-spans.js'

export type PersonalDataKind = 'telefoonnummer' | 'IBAN' | 'adres' | 'e-mailadres' | 'BSN'
type Kind = PersonalDataKind

/** A piece of a customer's personal data in a text: [start, end) and what it is. */
export interface PersonalData {
  kind: PersonalDataKind
  start: number
  end: number
}
type Candidate = PersonalData

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

// A shop, pick-up point or office the brand names is not the customer's home: "bij ons afhaalpunt aan de
// Stationsstraat 12", "onze winkel op de Markt 3", "het postpunt in de Kerkstraat 8". A cue counts when only
// prepositions, articles, a few verbs and names stand between it and the address.
const businessCue =
  /(?:^|[^\p{L}])(?:bij ons|(?:[\p{L}-]*(?:punt|winkel|filiaal|vestiging|kantoor|showroom|servicecentrum|balie|magazijn|locatie|shop|store|outlet|zaak|depot|agentschap|kantoren|winkels|vestigingen|filialen))|postkantoor|bibliotheek)(?![\p{L}])/giu
const ownerBeforeCue = /(?:^|\s)(?:je|jouw|uw|jullie|your)\s+$/iu
const fillerWords = new Set(['aan', 'op', 'in', 'de', 'het', 'te', 'bij', 'nabij', 'naast', 'tegenover', 'vlakbij', 'is', 'zit', 'zitten', 'ligt', 'liggen', 'staat', 'staan', 'zijn', 'gevestigd', 'adres', 'ons', 'onze', 'hier', 'daar', 'nummer', 'bereikbaar', 'telefonisch', 'via', 'tel', 'telefoon', 'telefoonnummer', 'heeft', 'hebben'])
/** How far before an address a cue is looked for. */
const cueReach = 80

// A number the customer is asked to call is the brand's: "bel ons op 020-...", "bel gerust 020-...", "onze
// klantendienst via 078 ...". "Ik bel je op 06-..." is the customer's: "je" is no filler word.
const phoneCue =
  /(?:^|[^\p{L}])(?:bel(?:t|len)?\s+(?:ons|gerust|even|dan|met\s+ons)|bel|contacteer(?:\s+(?:ons|gerust))?|klantendienst|klantenservice|servicedesk|helpdesk|servicenummer|(?:ons|onze)\s+(?:telefoon)?nummer)(?![\p{L}])/giu

/** Whether the address at `start` belongs to a shop, pick-up point or office the reply names. */
function isBusinessAddress(text: string, start: number, cue: RegExp = businessCue): boolean {
  let before = text.slice(Math.max(0, start - cueReach), start)
  const stop = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/u))
  if (stop >= 0) before = before.slice(stop + 1)
  let last: RegExpExecArray | undefined
  for (const match of before.matchAll(cue)) last = match
  if (!last) return false
  if (ownerBeforeCue.test(before.slice(0, last.index + last[0].search(/\p{L}/u)))) return false
  const gap = before.slice(last.index + last[0].length).split(/[\s,:;()–-]+/u).filter(Boolean)
  return gap.every((word) => fillerWords.has(word.toLowerCase()) || /^\p{Lu}/u.test(word))
}

function collect(text: string, pattern: RegExp, kind: Kind, keep: (value: string) => boolean = () => true): Candidate[] {
  return [...text.matchAll(pattern)]
    .filter((match) => keep(match[0]))
    .map((match) => ({ kind, start: match.index, end: match.index + match[0].trimEnd().length }))
}

/**
 * A customer's personal data in a text, as this rule finds it (on any channel): phone numbers, IBANs,
 * addresses with a house number, personal e-mail addresses (from the text's syntax spans), BSNs; the brand's
 * own numbers, mailboxes and places left out. Exported for `tov report`, which masks what it finds.
 */
export function findPersonalData(text: string, syntax: readonly SyntaxSpan[], isAllowed: (value: string) => boolean = () => false): PersonalData[] {
  const candidates: Candidate[] = [
    ...collect(text, phone, 'telefoonnummer', (value) => !businessPhone.test(value.replace(/[\s-]/g, '').replace(/^(?:\+31|0031)/, '0'))),
    ...collect(text, iban, 'IBAN'),
    ...collect(text, streetWithNumber, 'adres'),
    ...collect(text, postcodeWithNumber, 'adres', (value) => /\d{4}[ ]?[A-Z]{2}[ ,]+\d/.test(value)),
    ...collect(text, bsnCandidate, 'BSN', (value) => passesElevenTest(value.replace(/\./g, ''))),
    ...syntax
      .filter((span) => span.kind === 'email' && !businessMailbox.test(span.value))
      .map((span) => ({ kind: 'e-mailadres' as const, start: span.start, end: span.end })),
  ]
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  const found: PersonalData[] = []
  let covered = -1
  // The end of the last business address: its postcode and city may follow ("Markt 3, 3811 AB").
  let businessEnd = -1
  for (const candidate of candidates) {
    if (candidate.start < covered || isAllowed(text.slice(candidate.start, candidate.end))) continue
    if (candidate.kind === 'adres' || candidate.kind === 'telefoonnummer') {
      const continues = businessEnd >= 0 && /^[\s,]*$/u.test(text.slice(businessEnd, candidate.start))
      const business = isBusinessAddress(text, candidate.start) || (candidate.kind === 'telefoonnummer' && isBusinessAddress(text, candidate.start, phoneCue))
      if (continues || business) {
        businessEnd = candidate.end
        covered = candidate.end
        continue
      }
    }
    covered = candidate.end
    found.push(candidate)
  }
  return found
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
    details:
      'A customer\'s personal data in a public reply (seed 001: "met webcare kijkt een groter publiek ' +
      'mee"): a phone number (Dutch and Belgian), an IBAN, a street with a house number or a postcode with ' +
      'a house number, a personal e-mail address, a BSN (only nine digits that pass the elfproef). On ' +
      'public channels only (`x`, `facebook`, `instagram`, `google-review`). Asking for data ("stuur je ' +
      'ons een DM met je adres?") is fine, and so are the brand\'s own service numbers (0800, 0900, 088, ' +
      '...), shared mailboxes (info@, klantenservice@, ...) and an address or phone number right after a ' +
      'word for the brand\'s own place ("ons afhaalpunt aan de Stationsstraat 12", "onze winkel op de Markt ' +
      '3, 3811 AB", "bel onze winkel op 030 ...", "bij ons"), unless it is the customer\'s ("je ' +
      'afhaalpunt"). Option: `allow`, values that are always fine.',
  },
  create({ channel, options }) {
    if (channel.personalData !== 'error') return null
    const allowed = new Set((Array.isArray(options['allow']) ? (options['allow'] as string[]) : []).map((value) => value.replace(/\s/g, '').toLowerCase()))
    const isAllowed = (value: string) => allowed.has(value.replace(/\s/g, '').toLowerCase())

    return (_tree, run) => {
      for (const found of findPersonalData(run.text, run.syntax, isAllowed)) run.report('found', { start: found.start, end: found.end, data: { kind: found.kind } })
    }
  },
})
