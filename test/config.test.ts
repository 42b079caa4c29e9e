import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config/load-config.js'
import { resolveConfig } from '../src/config/resolve-config.js'
import { isTovError } from '../src/tov-error.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    expect(isTovError(error)).toBe(true)
    return (error as Error).message
  }
  throw new Error('expected an error')
}

describe('config', () => {
  it('no config means the recommended preset on channel x', () => {
    const config = resolveConfig({})
    expect(config.channel).toBe('x')
    expect(Object.keys(config.rules).sort()).toEqual(
      ['address-form', 'appreciation', 'bad-news-link', 'max-length', 'mention-first', 'no-blame-shift', 'no-condescension', 'no-defensive', 'no-hollow-promise', 'no-personal-data', 'no-placeholder', 'no-profanity', 'no-repeat-answer', 'no-repeated-apology', 'no-robotic-empathy', 'sign-off', 'spelling'],
    )
  })

  it('the user’s rules override presets and values; "off" removes a rule', () => {
    const config = resolveConfig({
      values: ['betrouwbaar'],
      rules: { spelling: 'off', 'max-length': ['warn', { max: 240 }] },
    })
    expect(config.rules['spelling']).toBeUndefined()
    expect(config.rules['no-hollow-promise']?.severity).toBe('error')
    expect(config.rules['max-length']).toEqual({ severity: 'warn', options: { max: 240 } })
  })

  it.each([
    [{ chanel: 'x' }, 'onbekende sleutel "chanel" (bedoel je "channel"?)'],
    [{ channel: 'tiktok' }, 'onbekend kanaal "tiktok"'],
    [{ rules: { 'no-hollow-promis': 'error' } }, 'onbekende regel "no-hollow-promise"'.replace('promise"', 'promis"')],
    [{ rules: { spelling: 'fatal' } }, 'ernst "fatal" bestaat niet'],
    [{ rules: { 'max-length': ['error', { maximum: 3 }] } }, 'onbekende optie "maximum"'],
    [{ rules: { 'max-length': ['error', { max: 'veel' }] } }, 'rules.max-length.max: verwacht een positief getal'],
    [{ values: ['aardig'] }, 'onbekende merkwaarde "aardig"'],
    [{ agents: { ab: 'Anna' } }, '"ab" zijn geen initialen'],
    [{ extends: ['aanbevolen'] }, 'onbekende preset "aanbevolen"'],
  ])('rejects %j', (input, message) => {
    expect(() => resolveConfig(input as never, '.tovrc.json')).toThrow(message)
    expect(() => resolveConfig(input as never, '.tovrc.json')).toThrow('.tovrc.json: ')
  })

  it('loads a named JSON file and reports its name', async () => {
    const config = await loadConfig(fixtures, { configFile: 'configs/brand.tovrc.json' })
    expect(config.file).toBe(join('configs', 'brand.tovrc.json'))
    expect(config.agents).toEqual({ AB: 'Anna de Boer', KJ: 'Kees Jansen' })
  })

  it.each([
    ['broken/trailing-comma.tovrc.json', 'broken/trailing-comma.tovrc.json kan niet worden gelezen'],
    ['broken/bad.tovrc.yaml', 'broken/bad.tovrc.yaml kan niet worden gelezen'],
    ['broken/unknown-key.tovrc.json', 'onbekende sleutel "chanel"'],
    ['broken/unknown-rule.tovrc.yaml', 'onbekende regel "no-hollow-promis"'],
    ['broken/missing.json', 'Config niet gevonden'],
  ])('a broken config %s is one clear line', async (file, message) => {
    const text = await errorOf(loadConfig(fixtures, { configFile: file }))
    expect(text).toContain(message)
    expect(text).not.toContain('\n')
  })
})

describe('JSON schema', () => {
  it('names the same keys, rules, channels and values as the validator', async () => {
    const schema = JSON.parse(readFileSync(join(fixtures, '..', 'schema', 'tovrc.schema.json'), 'utf8'))
    const { builtinRules } = await import('../rules/index.js')
    const { channelNames } = await import('../src/channels/channels.js')
    const { configKeys, knownValues } = await import('../src/config/resolve-config.js')
    expect(Object.keys(schema.properties).sort()).toEqual([...configKeys].sort())
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['phrases', 'checklist', 'values', 'rules']))
    expect(schema.properties.rules.propertyNames.enum).toEqual(builtinRules.map((rule) => rule.id))
    expect(schema.properties.channel.enum).toEqual(channelNames)
    expect([...schema.properties.values.items.enum].sort()).toEqual(knownValues().sort())
  })

  it('describes phrase patterns exactly as the built-in phrase data does', () => {
    const schema = JSON.parse(readFileSync(join(fixtures, '..', 'schema', 'tovrc.schema.json'), 'utf8'))
    const phraseData = JSON.parse(readFileSync(join(fixtures, '..', 'schema', 'phrase-data.schema.json'), 'utf8'))
    for (const name of ['forms', 'group', 'groups', 'pattern']) expect(schema.definitions[name], name).toEqual(phraseData.definitions[name])
    expect(schema.properties.phrases.items.properties.patterns.items).toEqual({ $ref: '#/definitions/pattern' })
  })
})

describe('config search', () => {
  it('never executes a code config it finds; only data files are searched', async () => {
    const config = await loadConfig(join(fixtures, 'configs', 'js-only'))
    expect(config.file).toBeUndefined()
    expect(config.channel).toBe('x')
  })

  it('loads a code config only when named with --config', async () => {
    await expect(loadConfig(fixtures, { configFile: 'configs/js-only/.tovrc.js' })).rejects.toThrow('must never run')
  })
})

describe('severities in Dutch, as the output shows them', () => {
  it('takes fout, waarschuwing and uit for error, warn and off, in rules and phrases', () => {
    const config = resolveConfig({
      rules: { spelling: 'uit', 'no-emoji': 'fout', 'max-length': ['waarschuwing', { max: 240 }] },
      phrases: [
        { id: 'klantenservice', match: 'klantendienst', severity: 'fout' },
        { id: 'helpdesk', match: 'helpdesk', severity: 'uit' },
      ],
    } as never)
    expect(config.rules['spelling']).toBeUndefined()
    expect(config.rules['no-emoji']).toEqual({ severity: 'error', options: {} })
    expect(config.rules['max-length']).toEqual({ severity: 'warn', options: { max: 240 } })
    expect(config.phrases.map((phrase) => [phrase.id, phrase.severity])).toEqual([['klantenservice', 'error']])
  })

  it('a YAML config with Dutch severities gives findings of that severity', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const cwd = mkdtempSync(join(tmpdir(), 'tov-severity-'))
    writeFileSync(join(cwd, '.tovrc'), 'rules:\n  sign-off: waarschuwing\n  spelling: uit\nphrases:\n  - id: klantenservice\n    match: klantendienst\n    severity: fout\n')
    const config = await loadConfig(cwd)
    const { createChecker } = await import('../src/engine/checker.js')
    const result = await (await createChecker(config)).check('@eva Bel gerust onze klantendienst.')
    expect(result.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual(
      expect.arrayContaining([['sign-off', 'warn'], ['custom/klantenservice', 'error']]),
    )
  })

  it.each([
    [{ rules: { spelling: 'fataal' } }, '.tovrc.json: rules.spelling: ernst "fataal" bestaat niet; kies "error" of "fout", "warn" of "waarschuwing", "off" of "uit".'],
    [{ rules: { spelling: ['Fout'] } }, '.tovrc.json: rules.spelling: ernst "Fout" bestaat niet; kies "error" of "fout", "warn" of "waarschuwing", "off" of "uit".'],
    [
      { phrases: [{ id: 'klantenservice', match: 'klantendienst', severity: 'waarschuwen' }] },
      '.tovrc.json: phrases.klantenservice.severity: ernst "waarschuwen" bestaat niet; kies "error" of "fout", "warn" of "waarschuwing", "off" of "uit".',
    ],
  ])('refuses %j, naming both forms', (input, message) => {
    expect(() => resolveConfig(input as never, '.tovrc.json')).toThrow(message)
  })

  it('the JSON schema takes the same words as the validator', async () => {
    const schema = JSON.parse(readFileSync(join(fixtures, '..', 'schema', 'tovrc.schema.json'), 'utf8'))
    const { Ajv } = await import('ajv')
    const validate = new Ajv({ strict: false }).compile(schema)
    const dutch = { rules: { spelling: 'uit', 'no-emoji': ['fout'] }, phrases: [{ id: 'klantenservice', match: 'klantendienst', severity: 'waarschuwing' }] }
    expect(validate(dutch), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({ rules: { spelling: 'fataal' } })).toBe(false)
    expect(validate({ phrases: [{ id: 'klantenservice', match: 'klantendienst', severity: 'fataal' }] })).toBe(false)
  })
})
