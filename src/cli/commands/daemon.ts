// `tov daemon start|stop|status|run`: the resident checker. While one runs, `tov check` (and rules,
// explain, checklist) hand their work to it and answer in the time of a Node start; see daemon/.
import type { Command } from 'commander'
import { maxLibraryBytes, TovError } from '../../index.js'
import { buildId, launcherPath } from '../../daemon/build-id.js'
import { currentPlace, daemonPaths, type DaemonPaths } from '../../daemon/daemon-paths.js'
import type { DaemonMessage, DaemonStatus } from '../../daemon/protocol.js'
import type { CliIo } from '../run.js'

/** Minutes without work after which a daemon stops, unless --idle-timeout or TOV_DAEMON_IDLE_MINUTES says otherwise. */
const defaultIdleMinutes = 60

function idleMinutesOf(flag: string | undefined, env: CliIo['env']): number {
  const value = flag ?? env['TOV_DAEMON_IDLE_MINUTES'] ?? String(defaultIdleMinutes)
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0 || Number(value) > 10_080) {
    throw new TovError('USAGE', `--idle-timeout verwacht een aantal minuten tussen 0 en 10080 (een week), niet "${value}".`)
  }
  return Number(value)
}

function pathsFor(io: CliIo): { paths: DaemonPaths; uid: number } {
  const place = currentPlace(io.env)
  const paths = daemonPaths(place)
  if (!paths) throw new TovError('USAGE', 'tov daemon: niet beschikbaar op dit platform (geen Unix-sockets per gebruiker); tov controleert in het eigen proces.')
  return { paths, uid: place.uid! }
}

function refuseInCi(io: CliIo): void {
  if (io.env['CI'] !== undefined) throw new TovError('USAGE', 'tov daemon: niet in CI (CI is gezet); daar controleert tov altijd in het eigen proces.')
}

/** Whether a running daemon is of this build and Node: the only one commands are handed to. */
function isCurrent(status: DaemonStatus): boolean {
  return status.build === buildId() && status.node === process.version
}

/** The user's daemon's answer to `question`, or undefined when none runs. */
async function ask(io: CliIo, question: 'status' | 'stop'): Promise<DaemonMessage | undefined> {
  const { askDaemon } = await import('../../daemon/daemon-server.js')
  return askDaemon(pathsFor(io).paths.socket, question)
}

function describe(status: DaemonStatus): string {
  const current = isCurrent(status)
  const since = status.startedAt.replace('T', ' ').slice(0, 16)
  return (
    `tov: de daemon draait (pid ${status.pid}, sinds ${since} UTC, ${status.runs} opdrachten, ${status.checkers} configs warm, ` +
    `stopt na ${status.idleMinutes} min zonder werk)${current ? '' : '; hij is van een andere build en wordt niet gebruikt: tov daemon start vervangt hem'}.\n`
  )
}

/** `tov daemon`. */
export function registerDaemon(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const daemon = program
    .command('daemon')
    .description('een checker die geladen blijft, zodat tov check direct antwoordt (start | stop | status | run)')
  daemon
    .command('start')
    .description('start de daemon op de achtergrond')
    .option('--idle-timeout <minutes>', `stop na zoveel minuten zonder werk (standaard ${defaultIdleMinutes}, of TOV_DAEMON_IDLE_MINUTES)`)
    .action(async (flags: { idleTimeout?: string }) => {
      refuseInCi(io)
      const idleMinutes = idleMinutesOf(flags.idleTimeout, io.env)
      const running = await ask(io, 'status')
      if (running?.type === 'status') {
        if (isCurrent(running)) {
          io.stdout(describe(running))
          setExitCode(0)
          return
        }
        await ask(io, 'stop')
      }
      const { startDaemon } = await import('../../daemon/daemon-server.js')
      const pid = await startDaemon(launcherPath(), idleMinutes, io.env)
      io.stdout(`tov: de daemon draait (pid ${pid}); tov check gebruikt hem tot hij ${idleMinutes} min niets te doen heeft.\n`)
      setExitCode(0)
    })
  daemon
    .command('stop')
    .description('stop de daemon')
    .action(async () => {
      const answer = await ask(io, 'stop')
      io.stdout(answer?.type === 'stopping' ? 'tov: de daemon is gestopt.\n' : 'tov: er draait geen daemon.\n')
      setExitCode(0)
    })
  daemon
    .command('status')
    .description('toon of de daemon draait (code 0) of niet (code 1)')
    .action(async () => {
      const answer = await ask(io, 'status')
      if (answer?.type === 'status') {
        io.stdout(describe(answer))
        setExitCode(0)
      } else {
        io.stdout('tov: er draait geen daemon; start er een met tov daemon start.\n')
        setExitCode(1)
      }
    })
  daemon
    .command('run')
    .description('draai de daemon in de voorgrond (voor systemd of om te debuggen)')
    .option('--idle-timeout <minutes>', `stop na zoveel minuten zonder werk (standaard ${defaultIdleMinutes})`)
    .action(async (flags: { idleTimeout?: string }) => {
      // Started by `tov daemon start`: it waits for word over the IPC channel.
      const tell = (message: { listening: true } | { failed: string }) => {
        if (process.send && process.connected) {
          process.send(message)
          process.disconnect()
        }
      }
      try {
        refuseInCi(io)
        const idleMinutes = idleMinutesOf(flags.idleTimeout, io.env)
        const { paths, uid } = pathsFor(io)
        const build = buildId()
        if (build === undefined) throw new TovError('USAGE', 'tov daemon: deze tov is niet gebouwd (dist/cli/build-id ontbreekt); voer npm run build uit.')
        const [{ serveDaemon }, { run }] = await Promise.all([import('../../daemon/daemon-server.js'), import('../run.js')])
        await serveDaemon({
          paths,
          uid,
          build,
          idleMinutes,
          maxStdinBytes: maxLibraryBytes,
          run: (argv, requestIo) => run(argv, requestIo),
          onListening: () => {
            tell({ listening: true })
            if (!process.send) io.stderr(`tov: de daemon luistert op ${paths.socket}; Ctrl+C stopt hem.\n`)
          },
        })
        setExitCode(0)
      } catch (error) {
        tell({ failed: error instanceof Error ? error.message : String(error) })
        throw error
      }
    })
}
