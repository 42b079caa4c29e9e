// `tov lsp --stdio` and `tov mcp`: long-running servers for editors and AI assistants. Their code (and the
// protocol libraries under it) is loaded only by these commands: `tov check` never reads it. In the
// bundled CLI each server is a file of its own beside it (scripts/bundle-cli.mjs).
import type { Command } from 'commander'
import { TovError } from '../../index.js'
import type { CliIo } from '../run.js'

/** `tov lsp --stdio`. */
export function registerLsp(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('lsp')
    .description('start de taalserver (LSP) voor je editor: meldingen tijdens het typen, snelle oplossingen, de checklist')
    .option('--stdio', 'praat via standaardinvoer en -uitvoer (de enige manier, en de standaard)')
    .option('--config <path>', 'gebruik dit configbestand voor elk document in plaats van het dichtstbijzijnde')
    .action(async (flags: { stdio?: boolean; config?: string }) => {
      assertQuiet(io)
      const { serveLsp } = await import('../../lsp/lsp-server.js')
      await serveLsp({ input: process.stdin, output: process.stdout, cwd: io.cwd, ...(flags.config ? { configFile: flags.config } : {}) })
      setExitCode(0)
    })
}

/** `tov mcp`. */
export function registerMcp(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('mcp')
    .description('start de MCP-server voor AI-assistenten: check_reply, fix_reply, checklist, explain_rule, list_rules')
    .option('--config <path>', 'gebruik dit configbestand in plaats van te zoeken')
    .action(async (flags: { config?: string }) => {
      assertQuiet(io)
      const { serveMcp } = await import('../../mcp/mcp-server.js')
      await serveMcp({ input: process.stdin, output: process.stdout, cwd: io.cwd, ...(flags.config ? { configFile: flags.config } : {}) })
      setExitCode(0)
    })
}

/** `tov serve`: the web page and JSON API, until Ctrl+C (or SIGTERM). */
export function registerServe(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('serve')
    .description('start een webpagina en JSON-API op deze computer: plak een concept en zie de meldingen en de checklist')
    .option('--port <number>', 'de poort', '8787')
    .option('--host <name>', 'het adres om op te luisteren (alleen deze computer, tenzij je een ander adres geeft)', '127.0.0.1')
    .option('--config <path>', 'gebruik dit configbestand in plaats van te zoeken')
    .action(async (flags: { port: string; host: string; config?: string }) => {
      if (!/^\d{1,5}$/.test(flags.port) || Number(flags.port) > 65535) throw new TovError('USAGE', `--port verwacht een poortnummer van 0 tot 65535, niet "${flags.port}".`)
      const { startServer } = await import('../../serve/serve-server.js')
      const server = await startServer({ cwd: io.cwd, env: io.env, port: Number(flags.port), host: flags.host, ...(flags.config ? { configFile: flags.config } : {}) })
      io.stderr(`tov serve: ${server.url} (stop met Ctrl+C)\n`)
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve)
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
        io.signal?.addEventListener('abort', stop)
      })
      setExitCode(0)
    })
}

/**
 * A server speaks a protocol on standard output: started by hand in a terminal, it would only wait. Once
 * running, a failure in one request is said on stderr and the server goes on with the next.
 */
function assertQuiet(io: CliIo): void {
  if (io.stdinIsTTY === true && io.stdoutIsTTY) {
    throw new TovError('USAGE', 'Deze server praat JSON-RPC via standaardinvoer en -uitvoer; laat je editor of assistent hem starten (zie de README).')
  }
  process.on('unhandledRejection', (reason) => io.stderr(`tov: interne fout: ${reason instanceof Error ? reason.message : String(reason)}\n`))
}
