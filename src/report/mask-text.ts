// A report goes to a team lead, maybe by e-mail: the customers' data in the replies it quotes is masked,
// always. What tov's no-personal-data rule finds (phone numbers, IBANs, addresses with a house number,
// personal e-mail addresses, BSNs) becomes "[telefoonnummer]", "[IBAN]", …, a postcode "[postcode]", a
// customer's @handle "@klant", the name after a greeting ("Hoi Eva,") "[naam]". With --anonymise the
// agents' names and ^initials become their pseudonyms. Findings keep their place: offsets are mapped.
import { findPersonalData, type PersonalDataKind } from '../../rules/no-personal-data.js'
import { findSyntaxSpans } from '../syntax/syntax-spans.js'

/** A stretch of text to replace: [start, end). */
export interface Redaction {
  start: number
  end: number
  replacement: string
}

const labels: Readonly<Record<PersonalDataKind, string>> = {
  telefoonnummer: '[telefoonnummer]',
  IBAN: '[IBAN]',
  adres: '[adres]',
  'e-mailadres': '[e-mailadres]',
  BSN: '[BSN]',
}

const greetingWords = ['hoi', 'hallo', 'hey', 'hi', 'hee', 'beste', 'dag', 'goedemorgen', 'goedemiddag', 'goedenavond', 'geachte heer', 'geachte mevrouw', 'geachte']
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1)
// Without the i flag: with it, \p{Lu} would match any letter. The name: a capitalised word, a second one
// (a surname) after it, with Dutch tussenvoegsels ("Eva de Vries").
const particle = String.raw`(?:van|de|der|den|ter|ten|te|op|in|'t)\s+`
const greetingName = new RegExp(
  String.raw`(?<!\p{L})(?:${greetingWords.flatMap((word) => [word, capitalised(word)]).join('|')})\s+(?:(?:meneer|mevrouw|heer|dhr\.|mevr\.|mw\.)\s+)?((?:${particle})*\p{Lu}[\p{L}'’-]*(?:\s+(?:${particle})*\p{Lu}[\p{L}'’-]*)?)`,
  'gu',
)

// A Dutch postcode on its own: no-personal-data only reports one with a house number, but beside a masked
// street it still tells where the customer lives.
const postcode = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g

/** What no-personal-data finds in a text, on any channel, and postcodes. */
function personalDataRedactions(text: string, spans = findSyntaxSpans(text)): Redaction[] {
  const redactions = findPersonalData(text, spans).map((found) => ({ start: found.start, end: found.end, replacement: labels[found.kind] }))
  for (const match of text.matchAll(postcode)) redactions.push({ start: match.index, end: match.index + match[0].length, replacement: '[postcode]' })
  return redactions
}

/**
 * The customer's data in a text: what no-personal-data finds (on any channel), @handles and greeted names,
 * and the stretches `names` gives (the human-voice profile's customer names).
 */
export function customerRedactions(text: string, names: ReadonlyArray<{ start: number; end: number }> = []): Redaction[] {
  const spans = findSyntaxSpans(text)
  const redactions = personalDataRedactions(text, spans)
  for (const span of spans) {
    if (span.kind === 'mention' && !span.value.includes('{')) redactions.push({ start: span.start, end: span.end, replacement: '@klant' })
  }
  for (const match of text.matchAll(greetingName)) {
    const name = match[1]!
    const start = match.index + match[0].length - name.length
    redactions.push({ start, end: start + name.length, replacement: '[naam]' })
  }
  for (const name of names) redactions.push({ start: name.start, end: name.end, replacement: '[naam]' })
  return redactions
}

/** An agent as the text may name them: their name as the export gives it, and the initials they sign with. */
export interface AgentNames {
  name: string
  initials: readonly string[]
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The agent's name, first name, surname and ^initials in a text, replaced by their pseudonym ("Medewerker A", "^A"). */
export function agentRedactions(text: string, agent: AgentNames, pseudonym: { name: string; code: string }): Redaction[] {
  const redactions: Redaction[] = []
  const words = agent.name.split(/\s+/).filter((word) => /\p{L}/u.test(word))
  const find = (pattern: RegExp, replacement: string) => {
    for (const match of text.matchAll(pattern)) redactions.push({ start: match.index, end: match.index + match[0].length, replacement })
  }
  if (words.length > 1) find(new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu'), pseudonym.name)
  const first = words[0]
  const last = words.length > 1 ? words[words.length - 1] : undefined
  for (const part of [first, last]) {
    if (part !== undefined && part.length >= 2 && !part.includes('@')) find(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(capitalised(part))}(?![\\p{L}\\p{N}])`, 'gu'), pseudonym.name)
  }
  for (const initials of agent.initials) {
    if (initials !== '') find(new RegExp(`\\^\\s?${escapeRegExp(initials)}(?![\\p{L}])`, 'giu'), `^${pseudonym.code}`)
  }
  return redactions
}

/** A text with its redactions made, and the way from its offsets to the masked text's. */
export interface MaskedText {
  text: string
  /** An offset of the original in the masked text; one inside a masked stretch goes to its start or end. */
  offset(original: number, side: 'start' | 'end'): number
  /** What was replaced, and by what: for messages that quote the text. */
  replaced: Array<{ original: string; replacement: string }>
}

/** Makes the redactions that do not overlap one made before (earlier first, then longer). */
export function maskText(text: string, redactions: readonly Redaction[]): MaskedText {
  const sorted = [...redactions].filter((redaction) => redaction.end > redaction.start).sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Array<Redaction & { at: number }> = []
  let covered = 0
  let shift = 0
  const pieces: string[] = []
  for (const redaction of sorted) {
    if (redaction.start < covered) continue
    pieces.push(text.slice(covered, redaction.start), redaction.replacement)
    kept.push({ ...redaction, at: redaction.start + shift })
    shift += redaction.replacement.length - (redaction.end - redaction.start)
    covered = redaction.end
  }
  pieces.push(text.slice(covered))
  return {
    text: pieces.join(''),
    offset(original, side) {
      let delta = 0
      for (const redaction of kept) {
        if (original <= redaction.start) break
        if (original < redaction.end) return side === 'start' ? redaction.at : redaction.at + redaction.replacement.length
        delta += redaction.replacement.length - (redaction.end - redaction.start)
      }
      return original + delta
    },
    replaced: kept.map((redaction) => ({ original: text.slice(redaction.start, redaction.end), replacement: redaction.replacement })),
  }
}

/**
 * A message that may quote the text ("Dit lijkt een e-mailadres ("eva@…")"), with what the text's masking
 * replaced replaced in it too, and any personal data of its own masked.
 */
export function maskMessage(message: string, replaced: MaskedText['replaced']): string {
  let masked = message
  for (const { original, replacement } of [...replaced].sort((a, b) => b.original.length - a.original.length)) {
    if (original.trim().length < 2) continue
    // As a whole word: "Eva" masked in the text leaves "Evaluatie" in a message alone.
    masked = masked.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(original)}(?![\\p{L}\\p{N}])`, 'gu'), () => replacement)
  }
  return maskText(masked, personalDataRedactions(masked)).text
}
