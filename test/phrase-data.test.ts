// The phrase data of the built-in rules (rules/*.yml) against schema/phrase-data.schema.json, the schema
// the data build (scripts/build-data.mjs) checks: every file passes, and a slip in a key fails. And what
// the build precompiles from it is what a check would compile itself.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { compilePhrases, precompilePhrases, type PhraseFileData } from '../src/kit/phrase-matcher.js'

const root = join(import.meta.dirname, '..')
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(root, 'schema/phrase-data.schema.json'), 'utf8')))
const files = readdirSync(join(root, 'rules')).filter((name) => name.endsWith('.yml'))

describe('phrase data schema', () => {
  it.each(files)('rules/%s is valid', (name) => {
    const data = parse(readFileSync(join(root, 'rules', name), 'utf8'))
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true)
  })

  it.each([
    ['a misspelt key', { patterns: [{ id: 'a', all: [['x']], windw: 4 }] }],
    ['a pattern without words', { patterns: [{ id: 'a', all: [] }] }],
    ['an empty form', { patterns: [{ id: 'a', all: [['']] }] }],
    ['a window that is no number', { patterns: [{ id: 'a', all: [['x']], window: 'vier' }] }],
    ['a lexicon group that is no list', { lexicon: { agent: 'ik' }, patterns: [] }],
    ['no patterns', { lexicon: {} }],
  ])('refuses %s', (_name, data) => {
    expect(validate(data)).toBe(false)
  })
})

// What the build works out from the phrase data (precompilePhrases) must be what a check would work out
// itself: the same forms for every group and the same split verbs, so start-up can skip the work.
describe('precompiled phrase data', () => {
  // Phrase files of code rules, and the rules of data alone, each as the build stored it.
  const generated: Array<[string, PhraseFileData]> = [
    ...readdirSync(join(root, 'generated/phrases'))
      .filter((name) => name.endsWith('.json'))
      .map((name): [string, PhraseFileData] => [name.replace(/\.json$/, '.yml'), JSON.parse(readFileSync(join(root, 'generated/phrases', name), 'utf8'))]),
    ...(JSON.parse(readFileSync(join(root, 'generated/phrase-rules.json'), 'utf8')) as Array<PhraseFileData & { rule: { id: string } }>).map(
      (data): [string, PhraseFileData] => [`${data.rule.id}.yml`, data],
    ),
  ]
  /** Each compiled pattern as plain data: its groups as sorted form lists. */
  const shape = (data: PhraseFileData) =>
    compilePhrases(data, 'test').map((pattern) => {
      const forms = (group: { forms: Array<{ words: string[]; prefix: boolean }> } | undefined) =>
        group ? group.forms.map((form) => form.words.join(' ') + (form.prefix ? '*' : '')).sort() : undefined
      return {
        ...pattern,
        groups: pattern.groups.map(forms),
        near: forms(pattern.near),
        unless: pattern.unless.map(forms),
        unlessBefore: pattern.unlessBefore.map(forms),
        unlessAfter: pattern.unlessAfter.map(forms),
      }
    })

  it('is stored for every rule file', () => {
    expect(generated.map(([name]) => name).sort()).toEqual([...files].sort())
    for (const [name, data] of generated) expect(Object.keys(data.compiled?.groups ?? {}).length, name).toBeGreaterThan(0)
  })

  it.each(generated)('rules/%s compiles as its source does', (_name, data) => {
    const { compiled, ...source } = data
    expect(compiled).toEqual(precompilePhrases(source, 'test'))
    expect(shape(data)).toEqual(shape(source))
  })

  it('spells out lemmas and split verbs', () => {
    const compiled = precompilePhrases({ lexicon: { act: ['=oppakken/present'] }, patterns: [{ id: 'p', all: ['act', ['we']] }] }, 'test')
    expect(compiled.groups['\u0000act']).toEqual(expect.arrayContaining(['oppakken', 'op te pakken']))
    expect(compiled.splitVerbs['\u0000act']).toEqual([{ particle: 'op', finite: expect.arrayContaining(['pak', 'pakt', 'pakken']) }])
  })
})
