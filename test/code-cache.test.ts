// The code cache of the bundled CLI (src/cli/code-cache.ts), through real processes: written once into the
// user's private folder, reused as it is, replaced when V8 rejects it, never read from a folder that
// others may write to; and the output is the same with or without it.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { daemonPaths } from '../src/daemon/daemon-paths.js'
import { root } from './run-cli.js'

const built = existsSync(join(root, 'dist/cli/main.cjs'))
const made: string[] = []

afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true })
})

function environment(): { env: Record<string, string>; folder: string } {
  const runtime = mkdtempSync(join(tmpdir(), 'tov-code-cache-'))
  made.push(runtime)
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !key.startsWith('TOV_')) env[key] = value
  Object.assign(env, { XDG_RUNTIME_DIR: runtime, TOV_NO_DAEMON: '1' })
  return { env, folder: daemonPaths({ uid: process.getuid!(), env, temporary: tmpdir() })!.folder }
}

function check(env: Record<string, string>, args = ['fixtures/bench/reply.txt'], input = '') {
  const result = spawnSync(process.execPath, [join(root, 'bin/tov.js'), 'check', ...args, '-f', 'json'], { cwd: root, env, encoding: 'utf8', input })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function cacheFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith('code-')).map((name) => join(folder, name)) : []
}

describe.skipIf(!built || typeof process.getuid !== 'function')('the code cache', () => {
  it('is written once, owner-only, then reused unchanged, with the same output as without it', () => {
    const { env, folder } = environment()
    const without = check({ ...env, TOV_NO_CODE_CACHE: '1' })
    expect(cacheFiles(folder)).toEqual([])
    const first = check(env)
    const [file] = cacheFiles(folder)
    expect(file).toBeDefined()
    expect(statSync(file!).mode & 0o777).toBe(0o600)
    expect(statSync(folder).mode & 0o777).toBe(0o700)
    const written = statSync(file!).mtimeMs
    const second = check(env)
    expect(statSync(file!).mtimeMs).toBe(written)
    expect(first).toEqual(without)
    expect(second).toEqual(without)
  }, 30_000)

  // Node cannot resolve an import() inside a script run from cached data: what tov loads late (twitter-text
  // for an X reply near its limit, a config in JavaScript) must load all the same.
  it('loads what the CLI loads late, from a cached script as from a fresh one', () => {
    const { env } = environment()
    const project = mkdtempSync(join(tmpdir(), 'tov-code-cache-config-'))
    made.push(project)
    writeFileSync(join(project, 'tovrc.mjs'), "export default { channel: 'x', rules: { 'sign-off': 'off' } }\n")
    const nearLimit =
      '@milan.kok Goedenavond Milan, ik snap dat het frustrerend is dat je factuur hoger uitviel dan je had verwacht. Op je factuur van ' +
      'oktober staat 149,25 euro voor de installatie, maar die had gratis moeten zijn. De creditnota staat binnen twee werkdagen in Mijn Account. ^KJ'
    for (const [args, input] of [[['-c', 'x', '-'], nearLimit], [['--config', join(project, 'tovrc.mjs'), 'fixtures/bench/reply.txt'], '']] as const) {
      const expected = check({ ...env, TOV_NO_CODE_CACHE: '1' }, [...args], input)
      expect([0, 1], expected.stderr).toContain(expected.status)
      check(env, [...args], input)
      expect(check(env, [...args], input)).toEqual(expected)
    }
  }, 30_000)

  // The cache holds what its writer compiled: one written by `tov rules` would leave a check's functions
  // out (8% slower checks until the next build). Only a check writes it; other commands use it.
  it('is written by a check, not by another command, which still answers the same', () => {
    const { env, folder } = environment()
    const rules = (environment: Record<string, string>) => spawnSync(process.execPath, [join(root, 'bin/tov.js'), 'rules', '-f', 'json'], { cwd: root, env: environment, encoding: 'utf8' })
    const expected = rules({ ...env, TOV_NO_CODE_CACHE: '1' })
    expect(rules(env).stdout).toBe(expected.stdout)
    expect(cacheFiles(folder)).toEqual([])
    check(env)
    const [file] = cacheFiles(folder)
    const written = statSync(file!).mtimeMs
    expect(rules(env).stdout).toBe(expected.stdout)
    expect(statSync(file!).mtimeMs).toBe(written)
  }, 30_000)

  it('replaces a cache V8 rejects, and still answers the same', () => {
    const { env, folder } = environment()
    const expected = check({ ...env, TOV_NO_CODE_CACHE: '1' })
    check(env)
    const [file] = cacheFiles(folder)
    writeFileSync(file!, Buffer.alloc(4096, 7))
    expect(check(env)).toEqual(expected)
    expect(readFileSync(file!).equals(Buffer.alloc(4096, 7))).toBe(false)
  }, 30_000)

  it('is neither read nor written in a folder that others may enter', () => {
    const { env, folder } = environment()
    check(env)
    const [file] = cacheFiles(folder)
    writeFileSync(file!, Buffer.alloc(4096, 7))
    chmodSync(folder, 0o777)
    const expected = check({ ...env, TOV_NO_CODE_CACHE: '1' })
    expect(check(env)).toEqual(expected)
    expect(readFileSync(file!).equals(Buffer.alloc(4096, 7))).toBe(true)
  }, 30_000)
})
