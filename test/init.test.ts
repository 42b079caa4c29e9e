// `tov init`: the interactive walk through seed 004's five steps, driven through its prompts, and the
// non-interactive flags; what it writes, `tov check` loads.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, tov as runTov } from './run-cli.js'
import { loadConfig } from '../src/config/load-config.js'

const tov = (args: string[], cwd: string, answers = '') => runTov(args, { cwd, stdin: answers })

const scratch = () => mkdtempSync(join(tmpdir(), 'tov-init-'))

describe('tov init, interactive', () => {
  it('asks the five steps in order and writes a config tov check loads', async () => {
    const cwd = scratch()
    const answers = ['deskundig, vriendelijk, Eerlijk', 'twitter', 'instagram', 'u', 'ab=Anna de Boer, CD', 'Voorbeeld, Mijn Voorbeeld', ''].join('\n')
    const { code, stdout, stderr } = await tov(['init'], cwd, answers)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const steps = ['Stap 1 van 5', 'Stap 2 van 5', 'Stap 3 van 5', 'Stap 4 van 5', 'Stap 5 van 5']
    const positions = steps.map((step) => stdout.indexOf(step))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    // Step 2 shows the consequences of the chosen values; a wrong channel is asked again.
    expect(stdout).toContain('deskundig: Geen twijfeltaal of verkleinwoorden.')
    expect(stdout).toContain('Onbekend kanaal "twitter"')

    const written = readFileSync(join(cwd, '.tovrc'), 'utf8')
    expect(written).toMatch(/^# tov-config/)
    expect(written).toContain('# Stap 4')
    const config = await loadConfig(cwd)
    expect(config.file).toBe('.tovrc')
    expect(config).toMatchObject({
      values: ['deskundig', 'vriendelijk'],
      channel: 'instagram',
      addressForm: 'u',
      agents: { AB: 'Anna de Boer', CD: '' },
      vocabulary: ['Voorbeeld', 'Mijn Voorbeeld'],
    })
    // An own value becomes a checklist item the agent answers.
    expect(config.checklist.map((item) => item.id)).toContain('waarde-eerlijk')

    writeFileSync(join(cwd, 'reply.txt'), '@eva Hoi Eva, dank voor je bericht. Uw pakket komt morgen voor 12.00 uur. ^AB\n')
    const check = await tov(['check', 'reply.txt', '-f', 'json'], cwd)
    expect(check.stderr).toBe('')
    const [result] = JSON.parse(check.stdout)
    expect(result.channel).toBe('instagram')
    expect(result.checklist.map((item: { id: string }) => item.id)).toContain('waarde-eerlijk')
  })

  it('takes the defaults when the input ends', async () => {
    const cwd = scratch()
    expect((await tov(['init'], cwd, '')).code).toBe(0)
    const config = await loadConfig(cwd)
    expect(config.values).toEqual(['deskundig', 'vriendelijk', 'onbevooroordeeld'])
    expect(config.channel).toBe('x')
    expect(config.addressForm).toBe('je')
  })
})

describe('tov init, with flags', () => {
  it('asks nothing and writes what the flags say', async () => {
    const cwd = scratch()
    const { code, stdout } = await tov(
      ['init', '--values', 'deskundig,onbevooroordeeld', '--channel', 'whatsapp', '--address-form', 'ge', '--agents', 'AB=Anna', '--vocabulary', 'Voorbeeld'],
      cwd,
    )
    expect(code).toBe(0)
    expect(stdout).not.toContain('Stap 1')
    const config = await loadConfig(cwd)
    expect(config).toMatchObject({ values: ['deskundig', 'onbevooroordeeld'], channel: 'whatsapp', addressForm: 'ge', agents: { AB: 'Anna' } })
    expect(Object.keys(config.rules)).toEqual(expect.arrayContaining(['no-diminutive', 'no-gendered-address']))
  })

  it('refuses to overwrite a config without --force, and leaves it as it was', async () => {
    const cwd = scratch()
    writeFileSync(join(cwd, '.tovrc'), 'channel: email\n')
    const { code, stderr } = await tov(['init', '--yes'], cwd)
    expect(code).toBe(2)
    expect(stderr).toBe('tov: .tovrc bestaat al; gebruik --force om het te vervangen.\n')
    expect(readFileSync(join(cwd, '.tovrc'), 'utf8')).toBe('channel: email\n')
    expect((await tov(['init', '--yes', '--force'], cwd)).code).toBe(0)
    expect((await loadConfig(cwd)).channel).toBe('x')
  })

  it('rejects a bad flag with one line and writes nothing', async () => {
    const cwd = scratch()
    const { code, stderr } = await tov(['init', '--channel', 'fax'], cwd)
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain('Onbekend kanaal "fax"')
    expect(() => readFileSync(join(cwd, '.tovrc'))).toThrow()
  })

  for (const file of ['team.tovrc.yaml', 'team.tovrc', 'team.json']) {
    it(`writes ${file} with --file, and tov check loads it`, async () => {
      const cwd = scratch()
      expect((await tov(['init', '--yes', '--file', file], cwd)).code).toBe(0)
      expect((await loadConfig(cwd, { configFile: file })).values).toHaveLength(3)
    })
  }

  it('refuses a config file type it cannot write', async () => {
    const cwd = scratch()
    const { code, stderr } = await tov(['init', '--yes', '--file', 'tov.config.js'], cwd)
    expect(code).toBe(2)
    expect(stderr).toContain('tov init schrijft YAML')
  })
})

describe('the repository root', () => {
  it('has no .tovrc of its own that the tests would pick up', () => {
    expect(() => readFileSync(join(root, '.tovrc'))).toThrow()
  })
})
