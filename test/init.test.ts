// `tov init`: the interactive walk through seed 004's five steps, driven through its prompts, and the
// non-interactive flags; what it writes, `tov check` loads.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { root, tov as runTov } from './run-cli.js'
import { initialsOf } from '../src/cli/init.js'
import { run, type CliIo } from '../src/cli/run.js'
import { loadConfig } from '../src/config/load-config.js'

const tov = (args: string[], cwd: string, answers = '') => runTov(args, { cwd, stdin: answers })

const scratch = () => mkdtempSync(join(tmpdir(), 'tov-init-'))

describe('tov init, interactive', () => {
  it('asks the five steps in order and writes a config tov check loads', async () => {
    const cwd = scratch()
    // Cas Dijk comes without initials: tov proposes CD and the empty answer takes it.
    const answers = ['deskundig, vriendelijk, Eerlijk', 'tiktok', 'instagram', 'u', 'ab=Anna de Boer, Cas Dijk', '', 'Voorbeeld, Mijn Voorbeeld', ''].join('\n')
    const { code, stdout, stderr } = await tov(['init'], cwd, answers)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const steps = ['Stap 1 van 5', 'Stap 2 van 5', 'Stap 3 van 5', 'Stap 4 van 5', 'Stap 5 van 5']
    const positions = steps.map((step) => stdout.indexOf(step))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    // Step 2 shows the consequences of the chosen values; a wrong channel is asked again.
    expect(stdout).toContain('deskundig: Geen twijfeltaal of verkleinwoorden.')
    expect(stdout).toContain('Onbekend kanaal "tiktok"')
    expect(stdout).toContain('Initialen van Cas Dijk [CD]: ')

    const written = readFileSync(join(cwd, '.tovrc'), 'utf8')
    expect(written).toMatch(/^# tov-config/)
    expect(written).toContain('# Stap 4')
    const config = await loadConfig(cwd)
    expect(config.file).toBe('.tovrc')
    expect(config).toMatchObject({
      values: ['deskundig', 'vriendelijk'],
      channel: 'instagram',
      addressForm: 'u',
      agents: { AB: 'Anna de Boer', CD: 'Cas Dijk' },
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

describe('tov init at a terminal', () => {
  it('ends and lets go of standard input once the file is written, though the input stays open', async () => {
    const cwd = scratch()
    // A terminal's input never ends by itself: answers are typed, then it stays open.
    const input = new PassThrough()
    input.write('deskundig\nx\nje\nAB=Anna de Boer\n\n')
    let stdout = ''
    const io: CliIo = {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stdout += text),
      readStdin: async () => new Uint8Array(),
      openStdin: () => input,
      cwd,
      env: {},
      stdoutIsTTY: false,
    }
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('no answer after 5 s'), 5000)))
    const code = await Promise.race([run(['node', 'tov', 'init'], io), timeout]).finally(() => clearTimeout(timer))
    expect(code).toBe(0)
    expect(stdout).toContain('Geschreven: .tovrc.')
    // What keeps a real process waiting: a reader still listening on stdin with the stream flowing.
    expect(input.listenerCount('data')).toBe(0)
    expect(input.isPaused()).toBe(true)
    input.destroy()
  })
})

describe('tov init: agents by name, address forms by their word', () => {
  it.each([
    ['Anna de Boer', 'AB'],
    ['Jan van der Berg', 'JB'],
    ['Cas Dijk', 'CD'],
    ['Mark', 'MA'],
    ['mark', 'MA'],
    ['Émile Zola', 'EZ'],
    ['Anne-Marie Jansen', 'AJ'],
    ['Jan Peter Willem Hendrik de Vries', 'JPWV'],
  ])('a team gives %s the initials %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials)
  })

  it('asks the initials of an agent given by name, proposing them, and never writes an empty name', async () => {
    const cwd = scratch()
    const answers = ['', '', '', 'Mark, Anna de Boer', 'mk', '', ''].join('\n')
    const { code, stdout } = await tov(['init'], cwd, answers)
    expect(code).toBe(0)
    expect(stdout).toContain('Initialen van Mark [MA]: mk\n')
    expect(stdout).toContain('Initialen van Anna de Boer [AB]: \n')
    const written = readFileSync(join(cwd, '.tovrc'), 'utf8')
    expect(written).toContain('agents:\n  MK: Mark\n  AB: Anna de Boer\n')
    expect(written).not.toMatch(/: ""/)
  })

  it('asks again for initials given without a name, and for initials two agents share', async () => {
    const cwd = scratch()
    const answers = ['', '', '', 'CD', 'Mark, Marco', 'CD=Cas Dijk', '', ''].join('\n')
    const { code, stdout } = await tov(['init'], cwd, answers)
    expect(code).toBe(0)
    expect(stdout).toContain('  Bij CD ontbreekt de naam; schrijf CD=voornaam achternaam.\n')
    expect(stdout).toContain('  Mark en Marco hebben allebei MA; geef een van hen andere initialen, zoals XY=Marco.\n')
    expect((await loadConfig(cwd)).agents).toEqual({ CD: 'Cas Dijk' })
  })

  it('with --agents, derives the initials of a name, says so in the file, and tov check knows the agent', async () => {
    const cwd = scratch()
    const { code, stderr } = await tov(['init', '--agents', 'Mark,AB=Anna de Boer', '--vocabulary', 'Voorbeeld'], cwd)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const written = readFileSync(join(cwd, '.tovrc'), 'utf8')
    expect(written).toContain('# Afgeleid van de naam: MA (Mark). Pas ze aan als jullie andere initialen gebruiken.\nagents:\n  MA: Mark\n')
    expect((await loadConfig(cwd)).agents).toEqual({ MA: 'Mark', AB: 'Anna de Boer' })
    for (const signature of ['^MA', '^Mark']) {
      writeFileSync(join(cwd, 'reply.txt'), `@eva Hoi Eva, dank voor je bericht. Je pakket komt morgen voor 12.00 uur. ${signature}\n`)
      const check = await tov(['check', 'reply.txt', '-f', 'json'], cwd)
      const [result] = JSON.parse(check.stdout)
      expect(result.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'sign-off'), signature).toEqual([])
    }
  })

  it.each([
    ['CD', 'Bij CD ontbreekt de naam; schrijf CD=voornaam achternaam.'],
    ['AB=', 'Bij AB ontbreekt de naam; schrijf AB=voornaam achternaam.'],
    ['Mark,Marco', 'Mark en Marco hebben allebei MA'],
    ['X', 'Van "X" kan tov geen initialen maken; schrijf ze erbij, zoals AB=X.'],
  ])('refuses --agents %j with one line', async (agents, message) => {
    const cwd = scratch()
    const { code, stderr } = await tov(['init', '--agents', agents], cwd)
    expect(code).toBe(2)
    expect(stderr.startsWith(`tov: ${message}`)).toBe(true)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(() => readFileSync(join(cwd, '.tovrc'))).toThrow()
  })

  it.each([
    ['jij', 'je'],
    ['jou', 'je'],
    ['JIJ', 'je'],
    ['uw', 'u'],
    ['gij', 'ge'],
    ['Ge', 'ge'],
  ])('takes --address-form %s as %s', async (written, form) => {
    const cwd = scratch()
    expect((await tov(['init', '--address-form', written], cwd)).code).toBe(0)
    expect((await loadConfig(cwd)).addressForm).toBe(form)
  })

  it('takes "jij" as the je-form when asked, and still refuses what is no address form', async () => {
    const cwd = scratch()
    const { code, stdout } = await tov(['init'], cwd, ['', '', 'jullie', 'jij', '', ''].join('\n'))
    expect(code).toBe(0)
    expect(stdout).toContain('Aanspreekvorm "jullie" bestaat niet; kies je (jij), u of ge (gij).')
    expect((await loadConfig(cwd)).addressForm).toBe('je')
  })
})

describe('the repository root', () => {
  it('has no .tovrc of its own that the tests would pick up', () => {
    expect(() => readFileSync(join(root, '.tovrc'))).toThrow()
  })
})
