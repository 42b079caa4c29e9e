// The command line: the only code that reads argv, prints, and decides the exit code. `run()` returns the
// code instead of exiting, so tests drive it in-process. Each command is a file of its own in commands/,
// built on the library's public API; this file wires them into one program.
import type { Readable } from 'node:stream'
import { Command, CommanderError } from 'commander'
import { didYouMean, isTovError, maxLibraryBytes, printable, TovError, version } from '../index.js'
import { registerAllow } from './commands/allow.js'
import { registerCheck } from './commands/check.js'
import { registerChecklist } from './commands/checklist.js'
import { registerDaemon } from './commands/daemon.js'
import { registerInit } from './commands/init.js'
import { registerExplain, registerRules } from './commands/rules.js'
import { registerReport } from './commands/report.js'
import { registerLsp, registerMcp, registerServe } from './commands/servers.js'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Standard input, refused (INPUT_TOO_LARGE) once it exceeds `maxBytes`: it is never read without end. */
  readStdin(maxBytes?: number): Promise<Uint8Array>
  /** Standard input as a stream, for the questions of `tov init`. */
  openStdin(): Readable
  cwd: string
  env: Record<string, string | undefined>
  stdoutIsTTY: boolean
  /** The terminal's width, when standard output is one: stylish output wraps at it. */
  columns?: number
  /** Standard input is a terminal: `tov check` without files then says it waits for a reply. */
  stdinIsTTY?: boolean
  /** Progress goes to a terminal's stderr only. */
  stderrIsTTY?: boolean
  /** Ends a --watch (tests); the real process ends it with Ctrl+C. */
  signal?: AbortSignal
}

function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('tov')
    .description('Controleert Nederlandse en Vlaamse webcarereacties op de tone of voice van je merk.')
    .version(version(), '-v, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [command]', 'toon de hulp bij een commando, zoals "tov help check"')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // run() says what went wrong, in Dutch; commander's own English line is not shown.
      outputError: () => undefined,
    })
    .configureHelp({
      // "(standaard: stylish)", not commander's English "(default: "stylish")".
      optionDescription: (option) =>
        option.defaultValue === undefined || option.negate ? option.description : `${option.description} (standaard: ${String(option.defaultValue)})`,
    })

  registerCheck(program, io, setExitCode)
  registerRules(program, io, setExitCode)
  registerChecklist(program, io, setExitCode)
  registerInit(program, io, setExitCode)
  registerExplain(program, io, setExitCode)
  registerAllow(program, io, setExitCode)
  registerDaemon(program, io, setExitCode)
  registerLsp(program, io, setExitCode)
  registerMcp(program, io, setExitCode)
  registerServe(program, io, setExitCode)
  registerReport(program, io, setExitCode)
  return program
}

/** The command a command line names, for the hints of a usage problem. */
function commandOf(program: Command, argv: readonly string[]): Command {
  return program.commands.find((command) => argv.slice(2).includes(command.name())) ?? program
}

/** What commander refused, in one Dutch line with what to do instead. */
function usageProblem(error: CommanderError, program: Command, argv: readonly string[]): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? ''
  const command = commandOf(program, argv)
  const where = command === program ? 'tov --help' : `tov ${command.name()} --help`
  switch (error.code) {
    case 'commander.unknownCommand': {
      const names = program.commands.map((candidate) => candidate.name())
      return `onbekend commando "${quoted}"${didYouMean(quoted, names)}. Kies uit: ${names.join(', ')}.`
    }
    case 'commander.unknownOption': {
      const flags = command.options.flatMap((option) => [option.long, option.short].filter((flag): flag is string => flag !== undefined))
      return `onbekende optie "${quoted}"${didYouMean(quoted, flags)}. Zie "${where}".`
    }
    case 'commander.optionMissingArgument':
      return `de optie "${quoted.split(/[ ,]/)[0]}" verwacht een waarde. Zie "${where}".`
    case 'commander.missingArgument':
      return `er ontbreekt een ${quoted === 'rule' ? 'regel-id' : `waarde voor "${quoted}"`}. Zie "${where}".`
    case 'commander.excessArguments':
      return `te veel argumenten voor "tov ${command.name()}". Zie "${where}".`
    default:
      return `${error.message.replace(/^error: /, '')}. Zie "${where}".`
  }
}

/** Runs the CLI with `argv` as process.argv gives it; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0
  const program = buildProgram(io, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync([...argv])
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is a usage problem.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      io.stderr(`tov: ${printable(usageProblem(error, program, argv))}\n`)
      return 2
    }
    if (isTovError(error)) {
      io.stderr(`tov: ${printable(error.message)}\n`)
      return 2
    }
    // A bug, not the user's doing: one line, and the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`tov: interne fout: ${printable(message)} (dit is een fout in tov; TOV_DEBUG=1 toont de details)\n`)
    if (io.env['TOV_DEBUG']) io.stderr(`${error instanceof Error ? error.stack : message}\n`)
    return 2
  }
}

/** The real process's input and output. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async (maxBytes = maxLibraryBytes) => {
      const chunks: Buffer[] = []
      let length = 0
      for await (const chunk of process.stdin) {
        length += (chunk as Buffer).length
        // Throwing inside the loop ends the stream: `tov check - < /dev/zero` stops here.
        if (length > maxBytes) throw new TovError('INPUT_TOO_LARGE', `<stdin>: te groot (meer dan ${Math.round(maxBytes / 1024 / 1024)} MiB).`)
        chunks.push(chunk as Buffer)
      }
      return Buffer.concat(chunks, length)
    },
    openStdin: () => process.stdin,
    cwd: process.cwd(),
    env: process.env,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    stderrIsTTY: process.stderr.isTTY === true,
  }
}
