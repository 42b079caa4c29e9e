// The identity of the installed build: a hash of the bundled CLI and its data, written by
// scripts/bundle-cli.mjs. Client and daemon compare it, so a daemon started before an upgrade or a
// rebuild is never asked to check.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../package-root.js'

let cached: string | null | undefined

/** The build id, or undefined when tov runs unbundled (from its sources or tsc's output alone). */
export function buildId(): string | undefined {
  if (cached === undefined) {
    try {
      cached = readFileSync(join(packageRoot(), 'dist/cli/build-id'), 'utf8').trim() || null
    } catch {
      cached = null
    }
  }
  return cached ?? undefined
}

/** The executable that starts tov, for starting the daemon in the background. */
export function launcherPath(): string {
  return join(packageRoot(), 'bin/tov.js')
}
