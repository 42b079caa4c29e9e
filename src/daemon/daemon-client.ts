// The client side of the daemon: hands a command line to the user's running daemon and relays what it
// answers, so the command takes the time of a Node start and a socket round trip. Whenever the daemon
// cannot be used (none runs, CI is set, it is of another build, it does not answer at once, it died
// before answering), the caller runs the command in its own process, as without a daemon: the daemon
// makes checks faster, never different.
import { existsSync, writeSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { buildId } from './build-id.js'
import { currentPlace, daemonPaths, folderProblem } from './daemon-paths.js'
import { readMessages, send, type DaemonMessage, type RunRequest } from './protocol.js'

/** Commands the daemon runs: the ones that only read and print. `init` asks questions; `--watch` stays. */
const routedCommands = new Set(['check', 'rules', 'explain', 'checklist'])

/** How long a daemon may take to say hello before the client gives up on it and checks itself. */
const helloTimeout = 1000

export function isRouted(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  if (env['CI'] !== undefined || env['TOV_NO_DAEMON'] !== undefined) return false
  return routedCommands.has(argv[2] ?? '') && !argv.includes('--watch')
}

/** Standard input, at most `maxBytes + 1` bytes: one more than allowed tells the daemon it was too much. */
async function readStdin(maxBytes: number): Promise<{ data: Buffer; more: boolean }> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer)
    length += (chunk as Buffer).length
    if (length > maxBytes) return { data: Buffer.concat(chunks, length).subarray(0, maxBytes + 1), more: true }
  }
  return { data: Buffer.concat(chunks, length), more: false }
}

/**
 * Runs the command line on the daemon. Resolves to its exit code, or to undefined when the daemon was
 * not used and the caller must run the command itself. Once output has been written, the command is
 * the daemon's: if the daemon then dies, that is an error (exit 2), not a second run that repeats it.
 */
export async function runThroughDaemon(argv: readonly string[], env: Record<string, string | undefined> = process.env): Promise<number | undefined> {
  if (!isRouted(argv, env)) return undefined
  const place = currentPlace(env)
  const paths = daemonPaths(place)
  if (!paths || !existsSync(paths.socket) || folderProblem(paths.folder, place.uid!) !== undefined) return undefined
  const build = buildId()
  if (build === undefined) return undefined

  return new Promise((resolve) => {
    let socket: Socket
    let settled = false
    let answered = false
    let wrote = false
    const finish = (code: number | undefined) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve(code)
    }
    const timer = setTimeout(() => finish(undefined), helloTimeout)
    socket = connect(paths.socket)
    // Ended before the exit code: a daemon that died (or was stopped) while it had the command.
    const ended = () => {
      if (!settled) finish(wrote ? lost() : undefined)
    }
    socket.on('error', ended)
    socket.on('close', ended)
    readMessages<DaemonMessage>(socket, (message) => {
      switch (message.type) {
        case 'hello':
          answered = true
          clearTimeout(timer)
          return
        case 'stdout':
          wrote = true
          write(1, message.text)
          return
        case 'stderr':
          wrote = true
          write(2, message.text)
          return
        case 'stdin':
          void readStdin(message.maxBytes).then(
            ({ data, more }) => send(socket, { type: 'stdin', data: data.toString('base64'), more }),
            () => send(socket, { type: 'stdin', data: '', more: false }),
          )
          return
        case 'exit':
          if (answered) finish(message.code)
          return
        default:
          // 'stale' or anything unexpected: this daemon is not for this build.
          ended()
      }
    })
    const request: RunRequest = {
      type: 'run',
      build,
      node: process.version,
      argv: [...argv],
      cwd: process.cwd(),
      env: { ...env },
      stdoutIsTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      stdinIsTTY: process.stdin.isTTY === true,
      ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    }
    socket.on('connect', () => send(socket, request))
  })
}

/** Whether a descriptor's writes go through its stream now: once one would have blocked, all after it. */
const streamed = { 1: false, 2: false }

/**
 * Writes to standard output or error straight to the descriptor: making process.stdout (a stream, and for
 * a pipe a socket) costs ~2.5 ms, more than a whole answer from the daemon takes. A pipe that would block
 * (EAGAIN) gets the rest, and everything after, through the stream, in order.
 */
function write(fd: 1 | 2, text: string): void {
  let data = Buffer.from(text)
  if (!streamed[fd]) {
    try {
      while (data.length > 0) data = data.subarray(writeSync(fd, data))
      return
    } catch (error) {
      // A reader that went away (`tov check | head -1`): the rest has nobody to read it.
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      streamed[fd] = true
    }
  }
  ;(fd === 1 ? process.stdout : process.stderr).write(data)
}

function lost(): number {
  write(2, 'tov: de daemon stopte midden in de controle; voer het commando opnieuw uit (of stop de daemon: tov daemon stop).\n')
  return 2
}
