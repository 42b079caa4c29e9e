// The resident checker, driven as a user drives it: real processes of the built CLI (bin/tov.js), a
// daemon per test in a private runtime folder, every answer compared with the same command run without
// a daemon. Whether a command went through the daemon is read from the daemon's own count of runs.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { daemonPaths, folderProblem } from '../src/daemon/daemon-paths.js'
import { root } from './run-cli.js'

const built = existsSync(join(root, 'dist/cli/launch.cjs')) && existsSync(join(root, 'dist/cli/build-id'))
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const made: string[] = []

function temporary(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  made.push(folder)
  return folder
}

/** An environment of the user's shell: no CI (tov never uses a daemon there), a runtime folder of its own. */
function shellEnv(runtime: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'CI' && !key.startsWith('TOV_') && !key.startsWith('VITEST') && key !== 'NODE_OPTIONS') env[key] = value
  }
  return { ...env, XDG_RUNTIME_DIR: runtime, ...extra }
}

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function tov(args: string[], env: Record<string, string>, options: { cwd?: string; input?: string; bin?: string; uid?: number } = {}): Run {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [options.bin ?? join(root, 'bin/tov.js'), ...args], {
    cwd: options.cwd ?? root,
    env,
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 30_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The daemon's count of commands run, or undefined when none answers. */
function runsOf(env: Record<string, string>, bin?: string): number | undefined {
  const status = tov(['daemon', 'status'], env, bin ? { bin } : {})
  if (status.status !== 0) return undefined
  return Number(/(\d+) opdrachten/.exec(status.stdout)?.[1])
}

function start(env: Record<string, string>, bin?: string, extra: string[] = []): void {
  const started = tov(['daemon', 'start', ...extra], env, bin ? { bin } : {})
  expect(started, started.stderr).toMatchObject({ status: 0 })
}

const runtimes: Array<{ env: Record<string, string>; bin?: string }> = []

function runtime(): Record<string, string> {
  const env = shellEnv(temporary('tov-daemon-'))
  runtimes.push({ env })
  return env
}

afterEach(() => {
  for (const { env, bin } of runtimes.splice(0)) tov(['daemon', 'stop'], env, bin ? { bin } : {})
})

afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true })
})

function fixtureReplies(): string[] {
  const folder = join(root, 'fixtures/replies')
  const files = readdirSync(folder).flatMap((channel) => readdirSync(join(folder, channel)).map((name) => join('fixtures/replies', channel, name)))
  return [...files, ...readdirSync(join(root, 'fixtures/drafts')).map((name) => join('fixtures/drafts', name))]
}

describe.skipIf(!built)('tov daemon', () => {
  beforeAll(() => {
    expect(fixtureReplies().length).toBeGreaterThan(10)
  })

  it('answers every fixture exactly as tov does in its own process, and counts the runs it took', () => {
    const env = runtime()
    start(env)
    const files = fixtureReplies()
    for (const format of ['stylish', 'json']) {
      for (const file of files) {
        const direct = tov(['check', file, '-f', format], { ...env, TOV_NO_DAEMON: '1' })
        const through = tov(['check', file, '-f', format], env)
        expect(through, file).toEqual(direct)
      }
    }
    expect(runsOf(env)).toBe(2 * files.length)
  }, 120_000)

  it('answers clients at the same time, each in its own folder with its own config, as each alone', async () => {
    const env = runtime()
    start(env)
    const projects = ['x', 'email', 'whatsapp'].map((channel) => {
      const project = temporary('tov-daemon-concurrent-')
      writeFileSync(join(project, 'package.json'), '{}')
      writeFileSync(join(project, '.tovrc.json'), JSON.stringify({ channel }))
      writeFileSync(join(project, 'reply.txt'), 'Hoi Eva, wat vervelend! We kijken ernaar en laten het je weten. Excuses, excuses. ^AB\n')
      return project
    })
    const run = (cwd: string, extra: Record<string, string>) =>
      new Promise<Run>((resolve) => {
        const child = spawn(process.execPath, [join(root, 'bin/tov.js'), 'check', 'reply.txt', '-f', 'json'], { cwd, env: { ...env, ...extra } })
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
        child.on('close', (status) => resolve({ status, stdout, stderr }))
      })
    const alone = await Promise.all(projects.map((project) => run(project, { TOV_NO_DAEMON: '1' })))
    const together = await Promise.all([...projects, ...projects].map((project) => run(project, {})))
    expect(together).toEqual([...alone, ...alone])
    expect(new Set(alone.map((result) => result.stdout)).size).toBe(3)
    expect(runsOf(env)).toBe(6)
  }, 60_000)

  it('reads standard input through the client, and refuses too much of it as tov does', () => {
    const env = runtime()
    start(env)
    const reply = 'Hoi Eva, wat vervelend dat je pakket niet is aangekomen. We sturen vandaag een nieuw. ^AB'
    const direct = tov(['check', '-c', 'x'], { ...env, TOV_NO_DAEMON: '1' }, { input: reply })
    const through = tov(['check', '-c', 'x'], env, { input: reply })
    expect(through).toEqual(direct)
    const huge = 'Hoi Eva, dit is lang. '.repeat(60_000)
    const refused = tov(['check', '-c', 'x'], { ...env, TOV_NO_DAEMON: '1' }, { input: huge })
    expect(refused).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('te groot') })
    expect(tov(['check', '-c', 'x'], env, { input: huge })).toEqual(refused)
    expect(runsOf(env)).toBe(2)
  }, 30_000)

  it('is never used when CI is set', () => {
    const env = runtime()
    start(env)
    const result = tov(['check', 'fixtures/bench/reply.txt'], { ...env, CI: 'true' })
    expect(result.status).toBe(1)
    expect(runsOf(env)).toBe(0)
    expect(tov(['daemon', 'start'], { ...env, CI: 'true' })).toMatchObject({ status: 2, stderr: expect.stringContaining('niet in CI') })
  }, 30_000)

  it('checks with the config as it is now, not as it was when the daemon first saw it', () => {
    const env = runtime()
    start(env)
    const project = temporary('tov-daemon-project-')
    writeFileSync(join(project, 'package.json'), '{}')
    writeFileSync(join(project, 'reply.txt'), 'Hoi Eva, wij kijken het na en laten het je weten. ^AB\n')
    const configs = [{ channel: 'x' }, { channel: 'x', rules: { 'sign-off': 'off', 'mention-first': 'off' } }, { channel: 'email' }]
    for (const config of configs) {
      writeFileSync(join(project, '.tovrc.json'), JSON.stringify(config))
      const direct = tov(['check', 'reply.txt', '-f', 'json'], { ...env, TOV_NO_DAEMON: '1' }, { cwd: project })
      const through = tov(['check', 'reply.txt', '-f', 'json'], env, { cwd: project })
      expect(through, JSON.stringify(config)).toEqual(direct)
    }
    expect(runsOf(env)).toBe(configs.length)
  }, 30_000)

  it('falls back to checking in-process when the daemon was killed, and a new one starts over its socket', () => {
    const env = runtime()
    start(env)
    const pid = Number(/pid (\d+)/.exec(tov(['daemon', 'status'], env).stdout)?.[1])
    process.kill(pid, 'SIGKILL')
    spawnSync('sleep', ['0.2'])
    expect(existsSync(daemonPaths({ uid: process.getuid!(), env, temporary: tmpdir() })!.socket)).toBe(true)
    const direct = tov(['check', 'fixtures/bench/reply.txt'], { ...env, TOV_NO_DAEMON: '1' })
    expect(tov(['check', 'fixtures/bench/reply.txt'], env)).toEqual(direct)
    expect(runsOf(env)).toBeUndefined()
    start(env)
    expect(tov(['check', 'fixtures/bench/reply.txt'], env)).toEqual(direct)
    expect(runsOf(env)).toBe(1)
  }, 30_000)

  it('is not used after an upgrade: a daemon of another build answers "stale" and stops', () => {
    // An installed copy of tov whose build id then changes, as an upgrade in place would change it.
    const install = temporary('tov-daemon-install-')
    for (const part of ['bin', 'dist', 'generated', 'presets', 'schema', 'package.json']) {
      if (existsSync(join(root, part))) cpSync(join(root, part), join(install, part), { recursive: true })
    }
    symlinkSync(join(root, 'node_modules'), join(install, 'node_modules'))
    const bin = join(install, 'bin/tov.js')
    const env = shellEnv(temporary('tov-daemon-'))
    runtimes.push({ env, bin })
    start(env, bin)
    const direct = tov(['check', 'fixtures/bench/reply.txt'], { ...env, TOV_NO_DAEMON: '1' })
    expect(tov(['check', 'fixtures/bench/reply.txt'], env, { bin })).toEqual(direct)
    expect(runsOf(env, bin)).toBe(1)

    writeFileSync(join(install, 'dist/cli/build-id'), 'an-upgraded-build\n')
    expect(tov(['check', 'fixtures/bench/reply.txt'], env, { bin })).toEqual(direct)
    spawnSync('sleep', ['0.3'])
    expect(tov(['daemon', 'status'], env, { bin }).status).toBe(1)
  }, 60_000)

  it('stops by itself after its idle time', async () => {
    const env = runtime()
    start(env, undefined, ['--idle-timeout', '0.01'])
    expect(runsOf(env)).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(runsOf(env)).toBeUndefined()
  }, 30_000)

  it('refuses a socket folder that others may enter, and never uses one', () => {
    const env = runtime()
    const folder = daemonPaths({ uid: process.getuid!(), env, temporary: tmpdir() })!.folder
    mkdirSync(folder, { mode: 0o755 })
    chmodSync(folder, 0o755)
    expect(tov(['daemon', 'start'], env)).toMatchObject({ status: 2, stderr: expect.stringContaining('ook voor anderen toegankelijk') })
    chmodSync(folder, 0o700)
    start(env)
    chmodSync(folder, 0o755)
    tov(['check', 'fixtures/bench/reply.txt'], env)
    chmodSync(folder, 0o700)
    expect(runsOf(env)).toBe(0)
  }, 30_000)

  it.skipIf(!isRoot)("does not share one user's daemon with another user", () => {
    const runtimeFolder = temporary('tov-daemon-shared-')
    chmodSync(runtimeFolder, 0o777)
    const env = shellEnv(runtimeFolder)
    runtimes.push({ env })
    start(env)
    // Another user, with the same runtime folder: looks for its own socket, finds none, checks itself.
    const other = 65534
    const project = temporary('tov-daemon-other-')
    cpSync(join(root, 'fixtures/bench/reply.txt'), join(project, 'reply.txt'))
    chownSync(project, other, other)
    chmodSync(project, 0o777)
    const theirs = tov(['check', join(project, 'reply.txt')], { ...env, HOME: project }, { uid: other, cwd: project })
    expect(theirs.status, theirs.stderr).toBe(1)
    expect(runsOf(env)).toBe(0)
    // Nor can they plant a folder of their own under this user's name.
    const planted = shellEnv(temporary('tov-daemon-planted-'))
    const folder = daemonPaths({ uid: 0, env: planted, temporary: tmpdir() })!.folder
    mkdirSync(folder, { mode: 0o700 })
    chownSync(folder, other, other)
    expect(folderProblem(folder, 0)).toMatch(/andere gebruiker/)
    expect(tov(['daemon', 'start'], planted)).toMatchObject({ status: 2, stderr: expect.stringContaining('andere gebruiker') })
  }, 30_000)
})

describe('daemon paths', () => {
  it('names a socket per user, in the runtime folder when there is one', () => {
    const one = daemonPaths({ uid: 1000, env: { XDG_RUNTIME_DIR: '/run/user/1000' }, temporary: '/tmp' })
    const other = daemonPaths({ uid: 1001, env: { XDG_RUNTIME_DIR: '/run/user/1000' }, temporary: '/tmp' })
    expect(one).toEqual({ folder: '/run/user/1000/tov-1000', socket: '/run/user/1000/tov-1000/daemon.sock' })
    expect(other?.socket).not.toBe(one?.socket)
    expect(daemonPaths({ uid: 1000, env: {}, temporary: '/tmp' })).toEqual({ folder: '/tmp/tov-1000', socket: '/tmp/tov-1000/daemon.sock' })
  })

  it('has no daemon without user ids, with a relative runtime folder used as no runtime folder, or a path too long for a socket', () => {
    expect(daemonPaths({ uid: undefined, env: {}, temporary: '/tmp' })).toBeUndefined()
    expect(daemonPaths({ uid: 7, env: { XDG_RUNTIME_DIR: 'relative' }, temporary: '/tmp' })?.folder).toBe('/tmp/tov-7')
    expect(daemonPaths({ uid: 7, env: {}, temporary: `/tmp/${'x'.repeat(100)}` })).toBeUndefined()
  })

  it('accepts only a private folder of the user', () => {
    const folder = temporary('tov-paths-')
    chmodSync(folder, 0o700)
    expect(folderProblem(folder, process.getuid!())).toBeUndefined()
    chmodSync(folder, 0o750)
    expect(folderProblem(folder, process.getuid!())).toMatch(/modus 750/)
    expect(folderProblem(join(folder, 'none'), process.getuid!())).toBe('bestaat niet')
    expect(folderProblem(folder, process.getuid!() + 1)).toMatch(/andere gebruiker/)
  })
})
