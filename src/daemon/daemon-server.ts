// The resident checker: a process that keeps tov loaded and its checkers warm, and runs the command lines
// its clients hand it, each with the client's own folder, environment and terminals, as if run there.
// It listens on the user's private socket (daemon-paths.ts), answers a client of another build with
// 'stale' and then stops (an upgrade or a rebuild has replaced it), and stops by itself after a time
// without work. The command line itself comes in as `run`: this file knows the protocol, not the commands.
import { spawn } from 'node:child_process'
import { connect, createServer, type Socket } from 'node:net'
import { unlinkSync } from 'node:fs'
import { reusedCheckers, reuseCheckers } from '../engine/checker.js'
import type { CliIo } from '../cli/run.js'
import { TovError } from '../tov-error.js'
import { ensurePrivateFolder, type DaemonPaths } from './daemon-paths.js'
import { readMessages, send, type ClientMessage, type DaemonMessage, type DaemonStatus, type RunRequest } from './protocol.js'

export interface DaemonOptions {
  paths: DaemonPaths
  uid: number
  build: string
  /** Stop after this long without a run. */
  idleMinutes: number
  /** Runs one command line, as the CLI's run() does. */
  run(argv: readonly string[], io: CliIo): Promise<number>
  /** The limit of standard input a command may read when it names none. */
  maxStdinBytes: number
  /** Called once the socket listens. */
  onListening?(): void
}

/** Checkers kept warm: one per config, the least recently used dropped beyond this. */
const warmCheckers = 8

/** Serves until stopped (`stop`, a stale client, idle time, SIGTERM); resolves when it has stopped. */
export async function serveDaemon(options: DaemonOptions): Promise<void> {
  const { paths, build } = options
  const problem = ensurePrivateFolder(paths.folder, options.uid)
  if (problem !== undefined) throw new TovError('USAGE', `tov daemon: de map ${paths.folder} ${problem}; de daemon start niet.`)
  if ((await askDaemon(paths.socket, 'status')) !== undefined) throw new TovError('USAGE', 'tov daemon: er draait al een daemon (tov daemon status).')
  // A socket file without a daemon is what a killed one left behind.
  try {
    unlinkSync(paths.socket)
  } catch {
    // none there
  }
  reuseCheckers(warmCheckers)

  const startedAt = new Date().toISOString()
  let runs = 0
  let active = 0
  let idleTimer: NodeJS.Timeout | undefined
  const server = createServer((socket) => handle(socket))
  const stopped = new Promise<void>((resolve) => server.on('close', resolve))

  const stop = () => {
    clearTimeout(idleTimer)
    if (!server.listening) return
    server.close()
    try {
      unlinkSync(paths.socket)
    } catch {
      // already gone
    }
  }
  const armIdle = () => {
    clearTimeout(idleTimer)
    if (active === 0) idleTimer = setTimeout(stop, options.idleMinutes * 60_000).unref()
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)

  function handle(socket: Socket): void {
    socket.on('error', () => undefined)
    let stdinWaiting: ((message: { data: string; more: boolean }) => void) | undefined
    readMessages<ClientMessage>(socket, (message) => {
      switch (message.type) {
        case 'status':
          send(socket, status())
          socket.end()
          return
        case 'stop':
          send(socket, { type: 'stopping' })
          socket.end()
          stop()
          return
        case 'stdin':
          stdinWaiting?.(message)
          stdinWaiting = undefined
          return
        case 'run':
          if (message.build !== build || message.node !== process.version) {
            send(socket, { type: 'stale', build, node: process.version })
            socket.end()
            stop()
            return
          }
          send(socket, { type: 'hello' })
          void runFor(socket, message, (waiter) => (stdinWaiting = waiter))
          return
        default:
          socket.destroy()
      }
    })
  }

  async function runFor(socket: Socket, request: RunRequest, onStdin: (waiter: (message: { data: string; more: boolean }) => void) => void): Promise<void> {
    active++
    clearTimeout(idleTimer)
    const reply = (message: DaemonMessage) => {
      if (!socket.destroyed) send(socket, message)
    }
    const io: CliIo = {
      stdout: (text) => reply({ type: 'stdout', text }),
      stderr: (text) => reply({ type: 'stderr', text }),
      readStdin: (maxBytes = options.maxStdinBytes) =>
        new Promise((resolve, reject) => {
          onStdin(({ data, more }) => {
            if (more) reject(new TovError('INPUT_TOO_LARGE', `<stdin>: te groot (meer dan ${Math.round(maxBytes / 1024 / 1024)} MiB).`))
            else resolve(Buffer.from(data, 'base64'))
          })
          reply({ type: 'stdin', maxBytes })
        }),
      openStdin: () => {
        throw new TovError('USAGE', 'tov daemon: deze opdracht vraagt om invoer; voer hem uit zonder daemon (TOV_NO_DAEMON=1).')
      },
      cwd: request.cwd,
      env: request.env,
      stdoutIsTTY: request.stdoutIsTTY,
      stderrIsTTY: request.stderrIsTTY,
      stdinIsTTY: request.stdinIsTTY,
      ...(request.columns !== undefined ? { columns: request.columns } : {}),
    }
    try {
      const code = await options.run(request.argv, io)
      runs++
      reply({ type: 'exit', code })
    } catch (error) {
      reply({ type: 'stderr', text: `tov: ${error instanceof Error ? error.message : String(error)}\n` })
      reply({ type: 'exit', code: 2 })
    } finally {
      socket.end()
      active--
      armIdle()
    }
  }

  function status(): DaemonStatus {
    return { type: 'status', pid: process.pid, build, node: process.version, startedAt, runs, checkers: reusedCheckers(), idleMinutes: options.idleMinutes }
  }

  // Owner-only from the start: the folder is private already, the socket is as well.
  const umask = process.umask(0o177)
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(paths.socket, () => {
        server.off('error', reject)
        resolve()
      })
    })
  } finally {
    process.umask(umask)
  }
  armIdle()
  options.onListening?.()
  await stopped
}

/** Asks the daemon on `socket` one question ('status' or 'stop'); undefined when none answers. */
export function askDaemon(socket: string, question: 'status' | 'stop', timeoutMs = 2000): Promise<DaemonMessage | undefined> {
  return new Promise((resolve) => {
    const client = connect(socket)
    let answer: DaemonMessage | undefined
    const done = () => {
      clearTimeout(timer)
      client.destroy()
      resolve(answer)
    }
    const timer = setTimeout(done, timeoutMs)
    client.on('error', done)
    client.on('close', done)
    readMessages<DaemonMessage>(client, (message) => {
      answer = message
      if (question === 'status') done()
    })
    client.on('connect', () => send(client, question === 'stop' ? { type: 'stop' } : { type: 'status' }))
  })
}

/** How a daemon started in the background tells its starter that it listens, or why it could not start. */
export type StartMessage = { listening: true } | { failed: string }

/**
 * Starts `launcher daemon run` in the background, detached from this terminal, and resolves once it
 * listens; rejects with its own one-line reason when it cannot start. It runs from `/`, so that it
 * holds no folder of the user's busy: every command names its own.
 */
export function startDaemon(launcher: string, idleMinutes: number, env: Record<string, string | undefined>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, 'daemon', 'run', '--idle-timeout', String(idleMinutes)], {
      cwd: '/',
      env,
      detached: true,
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    })
    const timer = setTimeout(() => fail('de daemon gaf binnen 10 seconden geen teken van leven'), 10_000)
    function fail(reason: string) {
      clearTimeout(timer)
      child.kill()
      reject(new TovError('USAGE', `tov daemon: ${reason}.`))
    }
    child.once('error', (error) => fail(error.message))
    child.once('exit', (code) => fail(`de daemon stopte meteen (code ${code})`))
    child.once('message', (message: StartMessage) => {
      if ('failed' in message) {
        fail(message.failed.replace(/^tov daemon: /, '').replace(/\.$/, ''))
        return
      }
      clearTimeout(timer)
      child.removeAllListeners('exit')
      child.disconnect()
      child.unref()
      resolve(child.pid!)
    })
  })
}
