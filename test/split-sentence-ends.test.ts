// Sentence ends that parse-latin and parse-dutch take for abbreviations: an everyday word and its full stop
// ("op.", "zo.", "kan.") end the sentence; an abbreviation Dutch writes with a stop keeps it.
import { describe, expect, it } from 'vitest'
import { isStopAbbreviation } from '../src/syntax/split-sentence-ends.js'
import { parseSentences } from './parse-reply.js'

function sentencesOf(text: string): string[] {
  const sentences = parseSentences(text)
  // Every token still points at its own text.
  for (const sentence of sentences) for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  return sentences.map((sentence) => text.slice(sentence.start, sentence.end))
}

describe('split-sentence-ends', () => {
  it.each([
    ['Neem contact met ons op. ^AB', ['Neem contact met ons op.', '^AB']],
    ['We nemen contact met je op. fijne dag', ['We nemen contact met je op.', 'fijne dag']],
    ['Wij weten niets daarvan. ik kijk het na.', ['Wij weten niets daarvan.', 'ik kijk het na.']],
    ['Dat is zo. Fijne dag!', ['Dat is zo.', 'Fijne dag!']],
    ['Dat kan. we bellen je morgen.', ['Dat kan.', 'we bellen je morgen.']],
    ['Tot zo. 😊', ['Tot zo.', '😊']],
    ['Je hoort het van ons (dat beloven we.) tot dan', ['Je hoort het van ons (dat beloven we.)', 'tot dan']],
    ['Ik zoek het voor je uit. @eva hoor je nog van ons', ['Ik zoek het voor je uit.', '@eva hoor je nog van ons']],
  ])('ends the sentence after a word: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected)
  })

  it.each([
    'Bel ons op ma. t/m vr. van 9 tot 5 uur.',
    'Zie blz. 4 van de handleiding.',
    'We zijn open op zo. 10.00-16.00 uur.',
    'Je krijgt max. 3 pakketten per dag.',
    'We zijn za. en zo. gesloten.',
    'Zie o.a. de site voor de voorwaarden.',
    'Dhr. Jansen belt je vandaag.',
    'Geldig t/m 31 dec. of zolang de voorraad strekt.',
    'Dat is bijv. een optie.',
  ])('keeps an abbreviation in its sentence: %s', (text) => {
    expect(sentencesOf(text)).toEqual([text])
  })

  it.each([
    ['blz.', true],
    ['ma.', true],
    ['Max.', true],
    ['op.', false],
    ['blz', false],
  ])('tells an abbreviation written with a stop: %s', (word, expected) => {
    expect(isStopAbbreviation(word)).toBe(expected)
  })
})
