// What bin/tov.js starts: the command goes to the user's daemon when one runs (daemon/daemon-client.ts),
// and otherwise to the bundled CLI, loaded here through the code cache. Bundled apart from the CLI and
// small, so that the daemon's path loads nothing but Node's built-ins.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildId } from '../daemon/build-id.js'
import { runThroughDaemon } from '../daemon/daemon-client.js'
import { requireCached } from './code-cache.js'

async function launch(): Promise<void> {
  const code = await runThroughDaemon(process.argv)
  if (code !== undefined) {
    process.exitCode = code
    return
  }
  // The cache is written by a check, the command whose start time counts (see requireCached).
  const checks = process.argv[2] === 'check'
  const cli = requireCached(join(dirname(fileURLToPath(import.meta.url)), 'main.cjs'), buildId(), checks) as { start(): Promise<void> }
  await cli.start()
}

void launch()
