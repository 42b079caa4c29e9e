// Where a user's daemon listens: one socket per user, in a folder only that user can enter. The client
// and the daemon both refuse a folder that another user owns or that others may enter, so one user's
// checks never reach another user's daemon, and nobody can plant a socket that a tov client would trust.
// Imports only Node's built-ins: the launcher reads this before it decides to load the rest of tov.
import { lstatSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface DaemonPaths {
  /** The user's private folder: mode 0700, owned by the user. */
  folder: string
  socket: string
}

export interface DaemonPlace {
  /** The user's id; undefined where the platform has none (Windows), and then no daemon is used. */
  uid: number | undefined
  env: Record<string, string | undefined>
  /** The temporary folder (os.tmpdir()), used when the session has no XDG_RUNTIME_DIR. */
  temporary: string
}

export function currentPlace(env: Record<string, string | undefined> = process.env): DaemonPlace {
  return { uid: typeof process.getuid === 'function' ? process.getuid() : undefined, env, temporary: tmpdir() }
}

/**
 * The folder and socket of a user's daemon: `$XDG_RUNTIME_DIR/tov-<uid>/` (a per-user folder the session
 * manager made) or else `<tmp>/tov-<uid>/`. The user id is in the name either way, so two users never
 * look for the same socket, even with one shared runtime folder. Undefined where there are no user ids.
 */
export function daemonPaths(place: DaemonPlace = currentPlace()): DaemonPaths | undefined {
  if (place.uid === undefined) return undefined
  const runtime = place.env['XDG_RUNTIME_DIR']
  const base = runtime !== undefined && runtime.startsWith('/') ? runtime : place.temporary
  const folder = join(base, `tov-${place.uid}`)
  // A Unix socket's path is limited to ~107 bytes; beyond, no daemon rather than a cryptic failure.
  const socket = join(folder, 'daemon.sock')
  return Buffer.byteLength(socket) < 100 ? { folder, socket } : undefined
}

/** Why a folder is not private to the user, or undefined when it is: a real folder, theirs, mode 0700. */
export function folderProblem(folder: string, uid: number): string | undefined {
  let stats
  try {
    stats = lstatSync(folder)
  } catch {
    return 'bestaat niet'
  }
  if (!stats.isDirectory()) return 'is geen map'
  if (stats.uid !== uid) return `is van een andere gebruiker (uid ${stats.uid})`
  if ((stats.mode & 0o077) !== 0) return `is ook voor anderen toegankelijk (modus ${(stats.mode & 0o777).toString(8)})`
  return undefined
}

/** Makes the user's private folder when it is missing; returns why it cannot be used, or undefined. */
export function ensurePrivateFolder(folder: string, uid: number): string | undefined {
  try {
    mkdirSync(folder, { mode: 0o700 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return (error as Error).message
  }
  return folderProblem(folder, uid)
}
