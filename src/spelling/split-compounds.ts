// Seed 001 (no spelling mistakes): the compounds of webcare written apart ("klanten service", "e-mail
// adres"). Each part is a word, so the dictionary cannot see it; a curated list of pairs can, and a pair
// that also reads as two words ("onze klanten service bieden", "pakket nummer 2") stays quiet.
import type { Token } from '../kit/reply-model.js'
import type { SpellingSlip } from './verb-form-slips.js'

const numbers = ['nummer', 'nummers']
const addresses = ['adres', 'adressen']
const forms = ['formulier', 'formulieren']

/** First part -> second parts it makes a frequent webcare compound with. */
const pairs = new Map<string, string[]>([
  ['klanten', ['service', 'dienst', 'nummer', 'kaart', 'pas', 'panel']],
  ['klant', [...numbers, 'account', 'dossier']],
  ['e-mail', [...addresses, 'bericht', 'berichten']],
  ['retour', [...forms, 'label', 'labels', 'zending', 'zendingen', 'termijn', 'pakket', 'adres', 'code', 'aanvraag']],
  ['pakket', [...numbers, 'status', 'kluis', 'automaat', 'punt']],
  ['order', [...numbers, 'bevestiging', 'status', 'overzicht']],
  ['bestel', [...numbers, 'bevestiging', 'overzicht', 'datum', 'knop']],
  ['factuur', [...numbers, ...addresses, 'bedrag', 'datum']],
  ['ticket', numbers],
  ['dossier', numbers],
  ['referentie', numbers],
  ['telefoon', numbers],
  ['rekening', numbers],
  ['huis', numbers],
  ['contract', numbers],
  ['contact', [...forms, 'gegevens', 'pagina', 'persoon']],
  ['inlog', ['gegevens', 'code', 'pagina', 'scherm']],
  ['account', ['gegevens', ...numbers, 'instellingen', 'overzicht']],
  ['bezorg', [...addresses, 'datum', 'moment', 'kosten', 'dag', 'tijd']],
  ['verzend', ['kosten', 'bevestiging', 'datum', ...addresses]],
  ['lever', ['datum', 'tijd', 'termijn', ...addresses]],
  ['betaal', ['termijn', 'methode', 'verzoek', 'link', 'opdracht']],
  ['wacht', ['tijd', 'tijden', 'rij']],
  ['post', ['code']],
  ['service', ['nummer', 'desk', 'punt']],
])

/** Numbers written as words: "klant nummer één" is a rank, not a customer number. */
const numberWords = new Set(['één', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'honderd', 'duizend'])

/** A verb of giving makes "klanten" an object and "service" the thing given: "we bieden onze klanten service". */
const givingVerbs = new Set([
  'bieden', 'bied', 'biedt', 'bood', 'boden', 'geven', 'geef', 'geeft', 'gaf', 'gaven', 'verlenen', 'verleen',
  'verleent', 'leveren', 'lever', 'levert',
])
/** First parts that read as an object before a thing given. */
const givenTo = new Set(['klanten', 'klant'])

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** The compounds written apart in one sentence's tokens, added to `out`. */
export function findSplitCompounds(tokens: Token[], isKnownWord: (word: string) => boolean, out: SpellingSlip[]): void {
  let givingSeen = false
  for (let index = 1; index < tokens.length; index++) {
    const first = tokens[index - 1]!
    const second = tokens[index]!
    if (first.kind === 'word' && givingVerbs.has(first.norm)) givingSeen = true
    // One space between the parts, as `actual` writes them.
    if (first.kind !== 'word' || second.kind !== 'word' || second.start - first.end !== 1) continue
    const tails = pairs.get(first.norm)
    if (!tails?.includes(second.norm)) continue
    // A capital on the second part is a name or a title ("Klant Service Desk").
    if (second.text.charAt(0) !== second.norm.charAt(0)) continue
    const next = tokens[index + 1]
    // "pakket nummer 2", "huis nummer 12": a number after it counts.
    if (numbers.includes(second.norm) && next !== undefined && (next.kind === 'number' || /^\d/.test(next.text) || numberWords.has(next.norm))) continue
    // "... onze klanten service bieden", "om klanten service te geven".
    const givenAfter = next?.kind === 'word' && (givingVerbs.has(next.norm) || next.norm === 'te')
    if (givenTo.has(first.norm) && (givingSeen || givenAfter)) continue
    const joined = `${first.norm}${second.norm}`
    if (!isKnownWord(joined)) continue
    const replacement = first.text.charAt(0) !== first.norm.charAt(0) ? upperFirst(joined) : joined
    out.push({
      start: first.start,
      end: second.end,
      actual: `${first.text} ${second.text}`,
      replacement,
      kind: 'split-compound',
      message: `Schrijf "${replacement}" aan elkaar.`,
    })
  }
}
