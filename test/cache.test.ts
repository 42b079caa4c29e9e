// --cache: a second run over an unchanged library reuses every result and reports the same; a changed
// entry, config or tov version is checked afresh; a broken cache file is ignored, never trusted.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, tov as runTov } from './run-cli.js'
import { ResultCache } from '../src/library/result-cache.js'
import type { CheckResult } from '../src/types.js'

const tov = (args: string[], cwd: string) => runTov(args, { cwd })

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
})

describe('ResultCache', () => {
  const items = [{ id: 'toon', question: 'Toon?' }]
  const result: CheckResult = { file: 'f', entry: 'e', channel: 'x', findings: [], checklist: [{ id: 'toon', question: 'Toon?', status: 'pass' }], summary: { errors: 0, warnings: 0 } }

  it('hits only for the same text, channel and kind, and only under the same fingerprint', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tov-cache-')), '.tovcache')
    const cache = await ResultCache.open(path, ['0.1.0', 'config'], items)
    cache.set(cache.key('Hoi', 'x', true), result)
    await cache.save()
    const again = await ResultCache.open(path, ['0.1.0', 'config'], items)
    expect(again.get(again.key('Hoi', 'x', true))).toEqual({ channel: 'x', findings: [], checklist: result.checklist, summary: result.summary })
    expect(again.get(again.key('Hoi!', 'x', true))).toBeUndefined()
    expect(again.get(again.key('Hoi', 'email', true))).toBeUndefined()
    expect(again.get(again.key('Hoi', 'x', false))).toBeUndefined()
    expect(again.hits).toBe(1)
    const otherVersion = await ResultCache.open(path, ['0.2.0', 'config'], items)
    expect(otherVersion.get(otherVersion.key('Hoi', 'x', true))).toBeUndefined()
  })
})
