// What the client and the daemon say to each other over the socket: one JSON object per line.
// A run: the client asks with everything a command line sees (argv, folder, environment, terminals); the
// daemon says hello (or that it is stale), then streams the output, may ask for standard input, and ends
// with the exit code. Imports only Node's built-ins (the launcher loads it).
import type { Socket } from 'node:net'

export interface RunRequest {
  type: 'run'
  /** The build both sides must share (dist/cli/build-id): another build may check differently. */
  build: string
  node: string
  argv: string[]
  cwd: string
  env: Record<string, string | undefined>
  stdoutIsTTY: boolean
  stderrIsTTY: boolean
  stdinIsTTY: boolean
  columns?: number
}

export type ClientMessage =
  | RunRequest
  | { type: 'status' }
  | { type: 'stop' }
  /** Standard input, base64, when the daemon asked for it; `more` when it was cut at the limit asked. */
  | { type: 'stdin'; data: string; more: boolean }

export interface DaemonStatus {
  type: 'status'
  pid: number
  build: string
  node: string
  startedAt: string
  runs: number
  /** Checkers kept warm, one per config seen. */
  checkers: number
  idleMinutes: number
}

export type DaemonMessage =
  | { type: 'hello' }
  | { type: 'stale'; build: string; node: string }
  | { type: 'stdout'; text: string }
  | { type: 'stderr'; text: string }
  | { type: 'stdin'; maxBytes: number }
  | { type: 'exit'; code: number }
  | DaemonStatus
  | { type: 'stopping' }

/** Longest line either side accepts: standard input of the largest library, in base64, and some. */
const maxLine = 96 * 1024 * 1024

export function send(socket: Socket, message: ClientMessage | DaemonMessage): void {
  socket.write(`${JSON.stringify(message)}\n`)
}

/**
 * Calls `onMessage` with each object the socket sends, one per line. A line that is not a JSON object,
 * or too long, ends the connection: the peer is not a tov of this build.
 */
export function readMessages<T>(socket: Socket, onMessage: (message: T) => void): void {
  let buffered = ''
  socket.setEncoding('utf8')
  socket.on('data', (chunk: string) => {
    buffered += chunk
    let end = buffered.indexOf('\n')
    while (end >= 0) {
      const line = buffered.slice(0, end)
      buffered = buffered.slice(end + 1)
      let message: unknown
      try {
        message = JSON.parse(line)
      } catch {
        socket.destroy()
        return
      }
      if (message === null || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') {
        socket.destroy()
        return
      }
      onMessage(message as T)
      end = buffered.indexOf('\n')
    }
    if (buffered.length > maxLine) socket.destroy()
  })
}
