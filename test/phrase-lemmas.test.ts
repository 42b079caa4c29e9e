// Lemmas in phrase data: "=oppakken" stands for every form of the verb, irregular and split ones included,
// so a pattern is written once for every tense and word order.
import { describe, expect, it } from 'vitest'
import { PhraseDataError, PhraseMatcher, type PhraseFileData } from '../src/kit/phrase-matcher.js'
import { parseSentences as sentencesOf } from './parse-reply.js'

const data: PhraseFileData = {
  lexicon: { agent: ['ik', 'we', 'wij'] },
  patterns: [
    { id: 'oppakken', all: [['=oppakken/present']], near: 'agent' },
    { id: 'nakijken', all: [['=nakijken']], near: 'agent' },
    { id: 'compenseren', all: [['=compenseren']], near: 'agent' },
  ],
}
const matcher = new PhraseMatcher(data, 'test')
const found = (text: string) => matcher.find(sentencesOf(text)).map((match) => [match.patternId, text.slice(match.start, match.end)])

describe('lemmas in phrase data', () => {
  it.each([
    ['We pakken je retour zo snel mogelijk op.', ['oppakken', 'We pakken je retour zo snel mogelijk op']],
    ['Als we het oppakken, hoor je het.', ['oppakken', 'we het oppakken']],
    ['Ik ga het voor je oppakken.', ['oppakken', 'Ik ga het voor je oppakken']],
    ['We proberen het vandaag op te pakken.', ['oppakken', 'We proberen het vandaag op te pakken']],
    // Irregular, in every tense: "keek ... na", "nagekeken".
    ['Ik keek het gisteren voor je na.', ['nakijken', 'Ik keek het gisteren voor je na']],
    ['We hebben het nagekeken.', ['nakijken', 'We hebben het nagekeken']],
    ['Ik kijk het even na.', ['nakijken', 'Ik kijk het even na']],
    // The dictionary settles the stem spelling cannot: "compenseert", not "compensert".
    ['Wij compenseert het verschil.', ['compenseren', 'Wij compenseert']],
    ['We hebben het gecompenseerd.', ['compenseren', 'We hebben het gecompenseerd']],
  ])('finds %s', (text, expected) => {
    expect(found(text)).toEqual([expected])
  })

  it.each([
    // The tense asked for only: "oppakken/present" is not "pakten ... op".
    'We pakten het gisteren al op.',
    // A particle before the verb is no particle of it.
    'Op maandag pakken we de draad weer.',
    'We kijken naar je bestelling.',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })

  it('refuses a lemma it cannot read', () => {
    expect(() => new PhraseMatcher({ patterns: [{ id: 'x', all: [['=Kijken/morgen']] }] }, 'test')).toThrow(PhraseDataError)
  })
})
