// The library as another tool uses it: typed, side-effect free, reusable, plain data out.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { check, checkLibrary, checkThread, Checker, createChecker, formatResults, loadConfig, parseThread, readLibrary, resolveConfig, TovError } from '../src/index.js'
import { reviveResolvedConfig } from '../src/config/resolve-config.js'
import type { TovConfigInput } from '../src/types.js'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('library API', () => {
  it('reads and checks a canned-response library, with the source file\'s lines and the entry ids', async () => {
    const library = await readLibrary('antwoorden.yaml', 'welkom:\n  text: |\n    Hoi {{first_name}},\n    Hoe is dit onstaan?\n')
    const checker = await createChecker({ extends: [], rules: { spelling: 'error', 'no-placeholder': 'error' } })
    const [result] = await checkLibrary(checker, library)
    expect(result).toMatchObject({ file: 'antwoorden.yaml', entry: 'welkom' })
    expect(result!.findings.map((finding) => `${finding.ruleId} ${finding.line}:${finding.column}`)).toEqual(['spelling 4:16'])
    await expect(readLibrary('kapot.json', '[{"text": 1}]')).rejects.toMatchObject({ code: 'LIBRARY_INVALID' })
  })

  it('check() returns one plain result, the shape of one JSON element', async () => {
    const result = await check('Je pakket komt morgen.', { channel: 'x', file: 'concept.txt' })
    expect(result.file).toBe('concept.txt')
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['mention-first', 'sign-off'])
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
    expect(result.summary).toEqual({ errors: 2, warnings: 0 })
  })

  it('writes nothing and never exits, even on bad input', async () => {
    const spies = [
      vi.spyOn(console, 'log'),
      vi.spyOn(console, 'error'),
      vi.spyOn(console, 'warn'),
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
    ]
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    const checker = await createChecker({ values: ['deskundig'] })
    await checker.check('@eva Hoe is dit onstaan? ^AB')
    await expect(checker.check('   ')).rejects.toBeInstanceOf(TovError)
    await expect(checker.check('x', { channel: 'tiktok' as never })).rejects.toMatchObject({ code: 'UNKNOWN_CHANNEL' })
    for (const spy of spies) expect(spy).not.toHaveBeenCalled()
    expect(exit).not.toHaveBeenCalled()
  })

  it('two checkers with different configs live side by side', async () => {
    const strict = await createChecker({ rules: { 'no-hollow-promise': 'error' } })
    const lenient = await createChecker({ rules: { 'no-hollow-promise': 'off', spelling: 'off' } })
    const draft = '@eva We gaan ernaar kijken. ^AB'
    expect((await strict.check(draft)).findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['no-hollow-promise:error'])
    expect((await lenient.check(draft)).findings).toEqual([])
    expect((await strict.check(draft)).findings).toHaveLength(1)
  })

  it('a checker is reusable across channels and gives the same answer twice', async () => {
    const checker = await createChecker({})
    const draft = 'Hoi Eva, je pakket komt morgen. ^AB'
    const first = await checker.check(draft, { channel: 'x' })
    const onWhatsapp = await checker.check(draft, { channel: 'whatsapp' })
    const again = await checker.check(draft, { channel: 'x' })
    expect(first.findings.map((f) => f.ruleId)).toEqual(['mention-first'])
    expect(onWhatsapp.findings).toEqual([])
    expect(again).toEqual(first)
  })

  it('takes a thread as context', async () => {
    const thread = parseThread({ customer: '@eva', messages: [{ from: 'agent', text: '@eva Sorry! ^AB' }] })
    const result = await check('@piet Onze excuses. ^AB', { thread })
    expect(result.findings.map((f) => f.ruleId)).toEqual(['mention-first', 'no-repeated-apology'])
  })

  it('loadConfig resolves the recommended preset when there is no config', async () => {
    const config = await loadConfig('/')
    expect(config.channel).toBe('x')
    expect(config.rules['spelling']?.severity).toBe('error')
  })

  it('formats results without printing them', async () => {
    const result = await check('@eva Je pakket komt morgen. ^AB')
    expect(formatResults([result], 'stylish')).toContain('Geen problemen gevonden in 1 reactie.')
    // @ts-expect-error: not a format name, refused by the type and at run time.
    expect(() => formatResults([result], 'xml')).toThrow(TovError)
  })
})

describe('library API on malformed input', () => {
  it.each([
    [{ messages: [null] }],
    [{ customer: 5, messages: [] }],
    [{ messages: {} }],
    [{ channel: { toString: 1 }, messages: [] }],
    [{ messages: [{ from: { toString: 1 }, text: 'x' }] }],
    [{ messages: [{ from: 'agent', text: 5 }] }],
    [null],
    ['klant: hoi'],
  ])('checkThread(%j) throws a TovError THREAD_INVALID, never a TypeError', async (thread) => {
    await expect(checkThread(thread as never, '@eva Hoi. ^AB')).rejects.toMatchObject({ name: 'TovError', code: 'THREAD_INVALID' })
  })

  it.each([
    [{ channel: { toString: 1 } }],
    [{ addressForm: { toString: 1 } }],
    [{ rules: { spelling: { toString: 1 } } }],
    [{ rules: { spelling: [{ toString: 1 }] } }],
    [{ phrases: [{ id: 'x', match: 'y', severity: { toString: 1 } }] }],
    [{ phrases: [{ id: 'x', match: 'y', checklist: { toString: 1 } }] }],
    [{ checklist: [{ toString: 1 }] }],
  ])('resolveConfig(%j) throws a TovError CONFIG_INVALID, never a TypeError', (config) => {
    expect(() => resolveConfig(config as never)).toThrow(expect.objectContaining({ name: 'TovError', code: 'CONFIG_INVALID' }))
  })
})

// Config is resolved at the door: only what resolveConfig made is taken as resolved.
describe('config resolved at the door', () => {
  it('resolves a written config that has every key a resolved one has', async () => {
    // This shape was once mistaken for a resolved config: no rules ran and the checklist was empty.
    const written: TovConfigInput = { addressForm: 'je', agents: { AB: 'Anna de Boer' }, vocabulary: [], values: [], phrases: [], checklist: [], rules: {} }
    const result = await check('@eva We gaan ernaar kijken! ^AB', { config: written })
    expect(result.findings.map((finding) => finding.ruleId)).toContain('no-hollow-promise')
    expect(result.checklist.length).toBeGreaterThan(0)
  })

  it('refuses a hand-made look-alike of a resolved config', async () => {
    const lookAlike = { ...resolveConfig({}) }
    expect(() => new Checker(lookAlike)).toThrow(TovError)
    // Passed where a written config may be, it is validated as one, and its resolved-only keys refused.
    await expect(createChecker(lookAlike)).rejects.toMatchObject({ code: 'CONFIG_INVALID' })
  })

  it('names an unknown rule in a resolved config, wherever it comes from', () => {
    const clone = structuredClone(resolveConfig({})) as Parameters<typeof reviveResolvedConfig>[0]
    expect(reviveResolvedConfig(clone).rules).toEqual(resolveConfig({}).rules)
    clone.rules['no-such-rule'] = { severity: 'error', options: {} }
    expect(() => reviveResolvedConfig(clone)).toThrow(/Onbekende regel "no-such-rule"/)
  })
})
