// Suggestions in the reply's own address form. Rules write their suggestions with je ("Jammer dat we je
// niet goed hebben geholpen"); a reply that says u gets them with u and uw, and the verb that goes with u
// where je followed it ("Heb je" -> "Heeft u", "word je" -> "wordt u").
import type { SentenceModel } from './reply-model.js'
import type { AddressForm } from '../types.js'

const informal = new Set(['je', 'jij', 'jou', 'jouw', 'jezelf'])
const formal = new Set(['u', 'uw', 'uzelf'])

/**
 * Words after which "je" is the pronoun (u), not the possessive (uw): "we bellen je morgen", "je hebt",
 * "voor je" at a clause's end. Before any other word "je" is taken as possessive: "je pakket" -> "uw pakket".
 */
const afterPronoun = new Set([
  'niet', 'nog', 'al', 'wel', 'ook', 'graag', 'even', 'zo', 'dan', 'nu', 'morgen', 'vandaag', 'straks', 'terug', 'meteen',
  'direct', 'snel', 'hier', 'daar', 'er', 'het', 'een', 'de', 'dat', 'die', 'dit', 'deze', 'met', 'van', 'voor', 'op', 'in',
  'bij', 'naar', 'aan', 'om', 'te', 'tot', 'als', 'of', 'en', 'maar', 'want', 'uiterlijk', 'binnen', 'na', 'toch', 'gerust',
  'alvast', 'zelf', 'hebt', 'bent', 'kunt', 'kan', 'wilt', 'wil', 'zult', 'zal', 'mag', 'moet', 'hoeft', 'krijgt', 'ontvangt',
  'hoort', 'ziet', 'vindt', 'weet', 'wordt', 'gaat', 'komt', 'doet', 'staat', 'zit', 'ligt', 'betaalt', 'kiest', 'leest',
  'stuurt', 'belt', 'mailt', 'vraagt', 'zegt', 'meldt', 'geeft', 'neemt', 'houdt', 'blijft', 'heeft', 'was', 'had', 'kon',
  'wilde', 'zou', 'mocht', 'moest',
])

/** A verb before an inverted "je" and its form with "u": "Heb je" -> "Heeft u". */
const invertedVerb = new Map([
  ['heb', 'heeft'], ['ben', 'bent'], ['kun', 'kunt'], ['kan', 'kunt'], ['wil', 'wilt'], ['zal', 'zult'], ['word', 'wordt'],
  ['vind', 'vindt'], ['krijg', 'krijgt'], ['ontvang', 'ontvangt'], ['hoor', 'hoort'], ['zie', 'ziet'], ['ga', 'gaat'],
  ['kom', 'komt'], ['doe', 'doet'], ['sta', 'staat'], ['zit', 'zit'], ['lig', 'ligt'], ['weet', 'weet'], ['hoef', 'hoeft'],
  ['mag', 'mag'], ['moet', 'moet'], ['blijf', 'blijft'], ['houd', 'houdt'], ['hou', 'houdt'], ['neem', 'neemt'],
  ['geef', 'geeft'], ['stuur', 'stuurt'], ['bel', 'belt'], ['lees', 'leest'], ['merk', 'merkt'], ['snap', 'snapt'],
  ['begrijp', 'begrijpt'], ['wacht', 'wacht'], ['woon', 'woont'], ['betaal', 'betaalt'], ['kies', 'kiest'],
])

/** The reply's own address form: u where it says u more than je, else the brand's. */
export function replyAddressForm(sentences: SentenceModel[], brand: AddressForm): AddressForm {
  let je = 0
  let u = 0
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (token.kind !== 'word') continue
      if (informal.has(token.norm)) je++
      else if (formal.has(token.norm)) u++
    }
  }
  if (u > je) return 'u'
  if (je > u) return 'je'
  return brand
}

function cased(like: string, word: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

/** A suggestion written with je, in the u form: "Heb je je pakket?" -> "Heeft u uw pakket?". */
export function toFormal(text: string): string {
  // Words and what lies between them, so the text is put back exactly as written around the words.
  const parts = text.split(/([\p{L}’']+)/u)
  const wordAt = (index: number) => (index >= 0 && index < parts.length && index % 2 === 1 ? parts[index]! : undefined)
  const plainBetween = (index: number) => parts[index] === ' '
  for (let index = 1; index < parts.length; index += 2) {
    const word = parts[index]!
    const lower = word.toLowerCase()
    if (lower === 'jij' || lower === 'jou') parts[index] = cased(word, 'u')
    else if (lower === 'jouw') parts[index] = cased(word, 'uw')
    else if (lower === 'jezelf') parts[index] = cased(word, 'uzelf')
    else if (lower === 'je') {
      const next = plainBetween(index + 1) ? wordAt(index + 2)?.toLowerCase() : undefined
      const previous = plainBetween(index - 1) ? wordAt(index - 2)?.toLowerCase() : undefined
      const inverted = previous !== undefined && invertedVerb.has(previous)
      const pronoun = next === undefined || afterPronoun.has(next) || inverted
      parts[index] = cased(word, pronoun ? 'u' : 'uw')
      if (pronoun && inverted) parts[index - 2] = cased(parts[index - 2]!, invertedVerb.get(previous!)!)
    }
  }
  return parts.join('')
}
