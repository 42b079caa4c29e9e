// A config found by searching is data, never code: every route by which a repository could make tov run a
// file of its choosing, tried the way an attacker would put it in a pull request.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { loadConfig } from '../src/config/load-config.js'
import { tov } from './run-cli.js'

/** A repository with a reply, a package.json, and an evil.cjs that leaves a mark when it runs. */
function repository(files: Record<string, string>): { folder: string; ran: () => boolean } {
  const folder = mkdtempSync(join(tmpdir(), 'tov-config-'))
  const mark = join(folder, 'ran')
  const evil = `require('node:fs').writeFileSync(${JSON.stringify(mark)}, 'x'); module.exports = { channel: 'email' }\n`
  writeFileSync(join(folder, 'evil.cjs'), evil)
  writeFileSync(join(folder, 'reply.txt'), '@eva Je pakket komt morgen. ^AB\n')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true })
    writeFileSync(join(folder, name), content)
  }
  return { folder, ran: () => existsSync(mark) }
}

const routes: Array<[string, Record<string, string>]> = [
  ['.tovrc (YAML)', { '.tovrc': '$import: ./evil.cjs\n' }],
  ['.tovrc.json', { '.tovrc.json': '{"$import": "./evil.cjs"}' }],
  ['.tovrc.yaml, as a list', { '.tovrc.yaml': '$import:\n  - ./evil.cjs\n' }],
  ['.tovrc.yml', { '.tovrc.yml': '$import: ./evil.cjs\n' }],
  ['package.json "tov"', { 'package.json': '{"name": "x", "tov": {"$import": "./evil.cjs"}}' }],
  ['package.json, outside the repository', { 'sub/package.json': '{"name": "x", "tov": {"$import": "../evil.cjs"}}' }],
]

describe('a found config never runs code', () => {
  it.each(routes)('$import in %s is refused, and nothing runs', async (_route, files) => {
    const { folder, ran } = repository(files)
    const cwd = files['sub/package.json'] ? join(folder, 'sub') : folder
    await expect(loadConfig(cwd)).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('"$import" wordt niet gevolgd') })
    const cli = await tov(['check', join(folder, 'reply.txt')], { cwd })
    expect(cli.code).toBe(2)
    expect(cli.stdout).toBe('')
    expect(cli.stderr.trim().split('\n')).toHaveLength(1)
    expect(ran()).toBe(false)
  })

  it('$import is refused in a data config named with --config too', async () => {
    const { folder, ran } = repository({ 'team.tovrc': '$import: ./evil.cjs\n' })
    await expect(loadConfig(folder, { configFile: 'team.tovrc' })).rejects.toMatchObject({ code: 'CONFIG_INVALID' })
    expect(ran()).toBe(false)
  })

  it.each([
    ['tov.config.js', 'module.exports = {}'],
    ['.tovrc.js', 'module.exports = {}'],
    ['.tovrc.cjs', 'module.exports = {}'],
    ['.tovrc.mjs', 'export default {}'],
    ['.tovrc.ts', 'export default {}'],
    ['.config/tovrc.json', '{"loaders": {".json": "./evil.cjs"}}'],
    ['.config/config.json', '{"cosmiconfig": {"loaders": {".json": "./evil.cjs"}, "searchPlaces": ["evil.cjs"]}}'],
    ['.config/config.yaml', 'cosmiconfig:\n  searchPlaces: [evil.cjs]\n'],
  ])('a code or meta config %s is not searched', async (name, content) => {
    const { folder, ran } = repository({ [name]: content.replace('{}', "{ channel: 'email' }; require('node:fs').writeFileSync('ran', 'x')") })
    const config = await loadConfig(folder)
    expect(config.file).toBeUndefined()
    expect(ran()).toBe(false)
    expect(existsSync(join(folder, 'ran'))).toBe(false)
  })

  it('YAML tags that other loaders turn into code are plain data or an error, never a function', async () => {
    const { folder } = repository({ '.tovrc': 'channel: !!js/function "function () { return 1 }"\n' })
    const error = await loadConfig(folder).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: expect.stringMatching(/^CONFIG_(INVALID|UNREADABLE)$/) })
  })

  it('a YAML alias bomb is refused, not expanded', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let level = 1; level < 9; level++) lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`)
    const { folder } = repository({ '.tovrc': lines.join('\n') + '\n' })
    await expect(loadConfig(folder)).rejects.toMatchObject({ code: 'CONFIG_UNREADABLE' })
  })

  it('a YAML key that is a collection is an invalid key, with no warning printed by the YAML package', async () => {
    const warn = vi.spyOn(process, 'emitWarning')
    const { folder } = repository({ '.tovrc': '? [a, b]\n: x\n' })
    await expect(loadConfig(folder)).rejects.toMatchObject({ code: 'CONFIG_INVALID' })
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('extends names a preset, never a path', async () => {
    const { folder, ran } = repository({ '.tovrc.json': '{"extends": ["../evil.cjs"]}' })
    await expect(loadConfig(folder)).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('onbekende preset') })
    expect(ran()).toBe(false)
  })

  it('a config that is a device, a FIFO or enormous is refused at once with one line', async () => {
    const device = repository({})
    symlinkSync('/dev/zero', join(device.folder, '.tovrc'))
    await expect(loadConfig(device.folder)).rejects.toMatchObject({ code: 'CONFIG_UNREADABLE', message: expect.stringContaining('dit is een apparaat, geen bestand') })

    const fifo = repository({})
    execFileSync('mkfifo', [join(fifo.folder, '.tovrc.json')])
    await expect(loadConfig(fifo.folder)).rejects.toMatchObject({ code: 'CONFIG_UNREADABLE' })

    const large = repository({ '.tovrc': `# ${'x'.repeat(2 * 1024 * 1024)}\n` })
    await expect(loadConfig(large.folder)).rejects.toMatchObject({ code: 'CONFIG_UNREADABLE', message: expect.stringContaining('1 MiB') })
  })

  it('a code config runs only when named, and its errors are one line', async () => {
    const { folder, ran } = repository({})
    const config = await loadConfig(folder, { configFile: 'evil.cjs' })
    expect(ran()).toBe(true)
    expect(config.channel).toBe('email')
    await expect(loadConfig(folder, { configFile: 'team.ts' })).rejects.toMatchObject({ code: 'CONFIG_UNREADABLE' })
  })
})
