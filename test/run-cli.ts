// Runs the CLI in-process through run(), with its input and output captured: the tests' one way in.
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { run, type CliIo } from '../src/cli/run.js'

export const root = join(import.meta.dirname, '..')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export interface CliOptions {
  cwd?: string
  /** Standard input: read whole by `tov check -`, line by line by the questions of `tov init`. */
  stdin?: string
  env?: Record<string, string>
  stderrIsTTY?: boolean
  stdinIsTTY?: boolean
  signal?: AbortSignal
  /** Called with everything written to stdout so far, on every write (to follow a --watch). */
  onStdout?: (stdout: string) => void
}

export async function tov(args: string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const stdin = options.stdin ?? ''
  const io: CliIo = {
    stdout: (text) => {
      stdout += text
      options.onStdout?.(stdout)
    },
    stderr: (text) => void (stderr += text),
    readStdin: async () => Buffer.from(stdin),
    openStdin: () => Readable.from([stdin]),
    cwd: options.cwd ?? root,
    env: options.env ?? {},
    stdoutIsTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    ...(options.stdinIsTTY ? { stdinIsTTY: true } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  }
  const code = await run(['node', 'tov', ...args], io)
  return { code, stdout, stderr }
}
