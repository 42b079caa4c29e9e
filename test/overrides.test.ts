// Overrides: settings for some files, entries or channels, on top of the rest, in order.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../src/config/resolve-config.js'
import type { TovConfigInput } from '../src/types.js'
import { tov } from './run-cli.js'

const text = 'Beste klant,\n\nHoe is dit onstaan? We gaan ernaar kijken.\n\nMet vriendelijke groet,\nAnna'

function workspace(config: TovConfigInput): string {
  const cwd = mkdtempSync(join(tmpdir(), 'tov-overrides-'))
  writeFileSync(join(cwd, 'package.json'), '{"name": "merk"}\n')
  writeFileSync(join(cwd, '.tovrc.json'), JSON.stringify(config))
  mkdirSync(join(cwd, 'macros', 'oud'), { recursive: true })
  const library = JSON.stringify([
    { id: 'retour-label', channel: 'email', text },
    { id: 'welkom', channel: 'email', text },
    { id: 'dm', channel: 'whatsapp', text },
  ])
  writeFileSync(join(cwd, 'macros', 'nieuw.json'), library)
  writeFileSync(join(cwd, 'macros', 'oud', 'legacy.json'), library)
  return cwd
}

/** Each entry's rule ids, as "file › entry: rules". */
async function findings(cwd: string, extra: string[] = []): Promise<string[]> {
  const { stdout, stderr } = await tov(['check', '-f', 'json', 'macros/nieuw.json', 'macros/oud/legacy.json', ...extra], { cwd, env: {} })
  expect(stderr).toBe('')
  return (JSON.parse(stdout) as Array<{ file: string; entry: string; findings: Array<{ ruleId: string }> }>).map(
    (result) => `${result.file} › ${result.entry}: ${[...new Set(result.findings.map((finding) => finding.ruleId))].sort().join(' ')}`,
  )
}

const base: TovConfigInput = { extends: [], rules: { spelling: 'error', 'no-hollow-promise': 'warn' } }

describe('overrides', () => {
  it('apply by file, by entry id and by channel, in order', async () => {
    const cwd = workspace({
      ...base,
      overrides: [
        { files: ['macros/oud/**'], rules: { spelling: 'off' } },
        { ids: ['retour-*'], rules: { 'no-hollow-promise': 'off' } },
        { channels: ['whatsapp'], vocabulary: ['onstaan'] },
        // Later overrides win: spelling back on for the old retour entries.
        { files: ['macros/oud/**'], ids: ['retour-*'], rules: { spelling: 'fout' } },
      ],
    })
    expect(await findings(cwd)).toEqual([
      'macros/nieuw.json › retour-label: spelling',
      'macros/nieuw.json › welkom: no-hollow-promise spelling',
      'macros/nieuw.json › dm: no-hollow-promise',
      'macros/oud/legacy.json › retour-label: spelling',
      'macros/oud/legacy.json › welkom: no-hollow-promise',
      'macros/oud/legacy.json › dm: no-hollow-promise',
    ])
  })

  it('keep the cache apart for the same text under different overrides', async () => {
    const cwd = workspace({ ...base, overrides: [{ files: ['macros/oud/**'], rules: { spelling: 'off' } }] })
    const first = await findings(cwd, ['--cache'])
    expect(await findings(cwd, ['--cache'])).toEqual(first)
    expect(first.filter((line) => line.includes('spelling'))).toEqual([
      'macros/nieuw.json › retour-label: no-hollow-promise spelling',
      'macros/nieuw.json › welkom: no-hollow-promise spelling',
      'macros/nieuw.json › dm: no-hollow-promise spelling',
    ])
  })

  it.each([
    [[{ rules: { spelling: 'off' } }], 'overrides[0]: zeg waarvoor het geldt met "files", "ids" of "channels".'],
    [[{ files: [], rules: {} }], 'overrides[0].files: verwacht een lijst patronen'],
    [[{ channels: ['tiktok'] }], 'overrides[0].channels: onbekend kanaal "tiktok"'],
    [[{ files: ['a'], rules: { speling: 'off' } }], 'onbekende regel "speling"'],
    [[{ files: ['a'], regels: {} }], 'overrides[0]: onbekende sleutel "regels"'],
    ['macros', '"overrides" moet een lijst zijn'],
  ])('refuses %j', (overrides, message) => {
    expect(() => resolveConfig({ overrides } as unknown as TovConfigInput, '.tovrc')).toThrow(message)
  })
})

describe('tov rules --for', () => {
  it('shows the rules as they apply to a file', async () => {
    const cwd = workspace({ ...base, overrides: [{ files: ['macros/oud/**'], rules: { spelling: 'off' } }] })
    const settingIn = async (args: string[]) =>
      new Map((JSON.parse((await tov(['rules', '-f', 'json', ...args], { cwd })).stdout) as Array<{ id: string; setting: string }>).map((rule) => [rule.id, rule.setting]))
    expect((await settingIn([])).get('spelling')).toBe('error')
    expect((await settingIn(['--for', 'macros/oud/legacy.json'])).get('spelling')).toBe('off')
    expect((await settingIn(['--for', 'macros/nieuw.json'])).get('spelling')).toBe('error')
  })
})

describe('--explain-ignored with overrides', () => {
  it('lists what the overrides silenced, at its place in the file', async () => {
    const cwd = workspace({ ...base, overrides: [{ files: ['macros/oud/**'], rules: { spelling: 'off' } }] })
    const { stderr } = await tov(['check', 'macros/oud/legacy.json', '--explain-ignored'], { cwd, env: {} })
    const lines = stderr.split('\n').filter((line) => line.includes('spelling'))
    expect(lines.map((line) => line.replace(/:1:\d+/, ''))).toEqual([
      '  macros/oud/legacy.json › retour-label  spelling  "onstaan"  (override: overrides[0])',
      '  macros/oud/legacy.json › welkom  spelling  "onstaan"  (override: overrides[0])',
      '  macros/oud/legacy.json › dm  spelling  "onstaan"  (override: overrides[0])',
    ])
    // Each at the column of that entry's "onstaan" in the file (one line of JSON).
    const file = readFileSync(join(cwd, 'macros', 'oud', 'legacy.json'), 'utf8')
    for (const line of lines) expect(file.slice(Number(/:1:(\d+)/.exec(line)![1]) - 1)).toMatch(/^onstaan/)
  })
})
