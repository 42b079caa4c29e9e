// --cache: a second run over an unchanged library reuses every result and reports the same; a changed
// entry, config or tov version is checked afresh; a broken cache file is ignored, never trusted.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, tov as runTov } from './run-cli.js'
import { ResultCache } from '../src/library/result-cache.js'
import type { CheckResult, Finding } from '../src/types.js'

const tov = (args: string[], cwd: string) => runTov(args, { cwd, env: { TOV_CACHE_KEY: 'test' } })

function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'tov-cache-'))
  writeFileSync(join(cwd, 'lib.json'), readFileSync(join(root, 'fixtures/libraries/antwoorden.json')))
  return cwd
}

describe('tov check --cache', () => {
  it('reports exactly what an uncached run reports, before and after a change', async () => {
    const cwd = workspace()
    const fresh = await tov(['check', 'lib.json', '-f', 'json'], cwd)
    const first = await tov(['check', 'lib.json', '-f', 'json', '--cache'], cwd)
    const second = await tov(['check', 'lib.json', '-f', 'json', '--cache'], cwd)
    expect(first.stdout).toBe(fresh.stdout)
    expect(second.stdout).toBe(fresh.stdout)
    expect(second.code).toBe(fresh.code)
    const cache = JSON.parse(readFileSync(join(cwd, '.tovcache'), 'utf8'))
    expect(Object.keys(cache.entries)).toHaveLength(3)

    // Fix one entry, and put a line above everything: the cached findings move with the file.
    const changed = readFileSync(join(cwd, 'lib.json'), 'utf8').replace('onstaan', 'ontstaan').replace('[\n', '[\n\n')
    writeFileSync(join(cwd, 'lib.json'), changed)
    const afterChange = await tov(['check', 'lib.json', '-f', 'json', '--cache'], cwd)
    const uncached = await tov(['check', 'lib.json', '-f', 'json'], cwd)
    expect(afterChange.stdout).toBe(uncached.stdout)
    const citaat = (JSON.parse(afterChange.stdout) as CheckResult[]).find((result) => result.entry === 'citaat')!
    expect(citaat.findings.find((finding) => finding.ruleId === 'spelling')).toMatchObject({ line: 11, column: 138 })
  })

  it('starts afresh when the config changes, and ignores a broken or foreign cache', async () => {
    const cwd = workspace()
    await tov(['check', 'lib.json', '--cache'], cwd)
    writeFileSync(join(cwd, '.tovrc.json'), JSON.stringify({ rules: { spelling: 'off' } }))
    const withConfig = await tov(['check', 'lib.json', '-f', 'json', '--cache'], cwd)
    expect(withConfig.stdout).not.toContain('"spelling"')

    writeFileSync(join(cwd, '.tovcache'), '{ this is not json')
    const broken = await tov(['check', 'lib.json', '-f', 'json', '--cache'], cwd)
    expect(broken.stderr).toBe('')
    expect(broken.stdout).toBe(withConfig.stdout)
    expect(JSON.parse(readFileSync(join(cwd, '.tovcache'), 'utf8')).tool).toBe('tov')
  })

  it('writes where --cache-location says', async () => {
    const cwd = workspace()
    await tov(['check', 'lib.json', '--cache', '--cache-location', 'cache.json'], cwd)
    expect(JSON.parse(readFileSync(join(cwd, 'cache.json'), 'utf8')).entries).toBeTypeOf('object')
  })

  it('makes the folder of a --cache-location that does not exist yet', async () => {
    const cwd = workspace()
    const { code, stderr } = await tov(['check', 'lib.json', '--cache', '--cache-location', 'a/b/c.json'], cwd)
    expect(stderr).toBe('')
    expect([0, 1]).toContain(code)
    expect(JSON.parse(readFileSync(join(cwd, 'a', 'b', 'c.json'), 'utf8')).entries).toBeTypeOf('object')
  })
})

describe('ResultCache', () => {
  const items = [{ id: 'toon', question: 'Toon?' }]
  const result: CheckResult = { file: 'f', entry: 'e', channel: 'x', findings: [], checklist: [{ id: 'toon', question: 'Toon?', status: 'pass' }], summary: { errors: 0, warnings: 0 } }
  const options = { key: Buffer.alloc(32, 7), ruleIds: ['spelling'] }

  it('hits only for the same text, channel and kind, and only under the same fingerprint and key', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tov-cache-')), '.tovcache')
    const cache = await ResultCache.open(path, ['0.1.0', 'config'], items, options)
    cache.set(cache.key('Hoi', 'x', true), result)
    cache.save()
    const again = await ResultCache.open(path, ['0.1.0', 'config'], items, options)
    expect(again.get(again.key('Hoi', 'x', true), 'Hoi')).toEqual({ channel: 'x', findings: [], checklist: result.checklist, summary: result.summary })
    expect(again.get(again.key('Hoi!', 'x', true), 'Hoi!')).toBeUndefined()
    expect(again.get(again.key('Hoi', 'email', true), 'Hoi')).toBeUndefined()
    expect(again.get(again.key('Hoi', 'x', false), 'Hoi')).toBeUndefined()
    expect(again.hits).toBe(1)
    const otherVersion = await ResultCache.open(path, ['0.2.0', 'config'], items, options)
    expect(otherVersion.get(otherVersion.key('Hoi', 'x', true), 'Hoi')).toBeUndefined()
    const otherKey = await ResultCache.open(path, ['0.1.0', 'config'], items, { ...options, key: Buffer.alloc(32, 8) })
    expect(otherKey.get(otherKey.key('Hoi', 'x', true), 'Hoi')).toBeUndefined()
  })

  it('never replays an entry that is not a sound result of its text, even one signed with the right key', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tov-cache-')), '.tovcache')
    const finding: Finding = {
      ruleId: 'spelling', severity: 'error', message: 'Spelfout.', line: 1, column: 1, endLine: 1, endColumn: 4,
      offset: 0, endOffset: 3, actual: 'Hoi', suggestions: [], edits: [], checklist: 'toon',
    }
    const failing: CheckResult = { ...result, findings: [finding], checklist: [{ id: 'toon', question: 'Toon?', status: 'fail' }], summary: { errors: 1, warnings: 0 } }
    const bad: Array<[string, unknown]> = [
      ['findings null', { ...failing, findings: null }],
      ['summary that hides an error', { ...failing, summary: { errors: 0, warnings: 0 } }],
      ['a passed item that has a finding', { ...failing, checklist: [{ id: 'toon', question: '', status: 'pass' }] }],
      ['text that is not the entry\'s', { ...failing, findings: [{ ...finding, actual: 'Dag' }] }],
      ['an offset outside the text', { ...failing, findings: [{ ...finding, endOffset: 99 }] }],
      ['an unknown rule', { ...failing, findings: [{ ...finding, ruleId: 'evil' }] }],
      ['an unknown channel', { ...failing, channel: { toString: 1 } }],
    ]
    for (const [name, stored] of bad) {
      const cache = await ResultCache.open(path, ['v'], items, options)
      cache.set(cache.key('Hoi', 'x', false), stored as CheckResult)
      cache.save()
      const again = await ResultCache.open(path, ['v'], items, options)
      expect(again.get(again.key('Hoi', 'x', false), 'Hoi'), name).toBeUndefined()
    }
    const cache = await ResultCache.open(path, ['v'], items, options)
    cache.set(cache.key('Hoi', 'x', false), failing)
    cache.save()
    const sound = await ResultCache.open(path, ['v'], items, options)
    expect(sound.get(sound.key('Hoi', 'x', false), 'Hoi')?.summary).toEqual({ errors: 1, warnings: 0 })
  })
})

describe('a tampered cache file', () => {
  it('is not replayed: a forged clean result does not turn exit 1 into exit 0', async () => {
    const cwd = workspace()
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'tov-home-')) }
    const honest = await runTov(['check', 'lib.json', '-f', 'json', '--cache'], { cwd, env })
    expect(honest.code).toBe(1)
    // What an attacker can compute: the same fingerprint, every entry clean and consistent.
    const cache = JSON.parse(readFileSync(join(cwd, '.tovcache'), 'utf8'))
    for (const stored of Object.values(cache.entries) as Array<Record<string, unknown>>) {
      stored['findings'] = []
      stored['summary'] = { errors: 0, warnings: 0 }
      stored['checklist'] = (stored['checklist'] as string[]).map((status) => (status === 'fail' ? 'pass' : status))
    }
    writeFileSync(join(cwd, '.tovcache'), JSON.stringify(cache))
    const replay = await runTov(['check', 'lib.json', '-f', 'json', '--cache'], { cwd, env })
    expect(replay.code).toBe(1)
    expect(replay.stdout).toBe(honest.stdout)
  })

  it('a cache written by another user or machine (another key) is re-checked, not trusted', async () => {
    const cwd = workspace()
    await runTov(['check', 'lib.json', '--cache'], { cwd, env: { TOV_CACHE_KEY: 'one' } })
    const signed = readFileSync(join(cwd, '.tovcache'), 'utf8')
    await runTov(['check', 'lib.json', '--cache'], { cwd, env: { TOV_CACHE_KEY: 'two' } })
    expect(JSON.parse(readFileSync(join(cwd, '.tovcache'), 'utf8')).mac).not.toBe(JSON.parse(signed).mac)
  })
})
