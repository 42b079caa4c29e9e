// The phrase data of the built-in rules (rules/*.yml) against schema/phrase-data.schema.json, the schema
// the data build (scripts/build-data.mjs) checks: every file passes, and a slip in a key fails.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

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
