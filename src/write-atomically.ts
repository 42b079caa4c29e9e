// Writes a file so that it is either the old file or the new one, never half of either: the content goes
// to a temporary file beside it (with the old file's mode), which then replaces it with one rename. If
// anything fails, the temporary file is removed and the original is untouched.
import * as fs from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { requireLazily } from './require-lazily.js'
import { TovError } from './tov-error.js'

/** The file operations used, replaceable in tests (a rename that fails, as a crash would). */
export interface WriteOperations {
  writeFileSync: typeof fs.writeFileSync
  renameSync: typeof fs.renameSync
  rmSync: typeof fs.rmSync
  statSync: typeof fs.statSync
  chmodSync: typeof fs.chmodSync
}

export interface WriteOptions {
  /** The mode of a new file (an existing file keeps its own). */
  mode?: number
  operations?: WriteOperations
}

const nodeOperations: WriteOperations = fs

/** node:crypto, loaded at the first write: a dozen modules that a check without --fix never needs. */
const crypto = requireLazily<typeof import('node:crypto')>('node:crypto')

function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${crypto().randomBytes(4).toString('hex')}.tmp`)
}

export function writeAtomically(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const operations = options.operations ?? nodeOperations
  const temporary = temporaryBeside(path)
  let mode = options.mode
  try {
    mode = operations.statSync(path).mode & 0o7777
  } catch {
    // A new file: the mode asked for, or the default.
  }
  try {
    operations.writeFileSync(temporary, content, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) })
    if (mode !== undefined) operations.chmodSync(temporary, mode)
    operations.renameSync(temporary, path)
  } catch (error) {
    operations.rmSync(temporary, { force: true })
    throw new TovError('WRITE_FAILED', `${path} kan niet worden geschreven: ${(error as Error).message}`)
  }
}

/** Where `tov check --fix` may write a reply file, found before anything is written. */
export interface FixTarget {
  /** The file itself: the target when `path` is a symbolic link. */
  path: string
  /** The file has other hard links, which a rename would cut off. */
  hardLinked: boolean
  /** The file starts with a UTF-8 byte order mark, which the fixed text keeps. */
  bom: boolean
}

/**
 * Checks that a reply file can be fixed in place: a symbolic link is followed to its target (the link
 * stays), a read-only file or anything but a regular file is refused with a one-line TovError.
 */
export function fixTarget(path: string, shown = path): FixTarget {
  let target: string
  let info: fs.Stats
  try {
    target = fs.realpathSync(path)
    info = fs.statSync(target)
  } catch (error) {
    throw new TovError('WRITE_FAILED', `${shown} kan niet worden hersteld: ${(error as Error).message}`)
  }
  if (!info.isFile()) throw new TovError('NOT_A_FILE', `${shown} is geen gewoon bestand; --fix schrijft alleen in gewone bestanden.`)
  // Root may write anywhere; a read-only mode still says: do not change this file.
  if ((info.mode & 0o222) === 0) {
    throw new TovError('WRITE_FAILED', `${shown} is alleen-lezen; --fix verandert het niet. Maak het schrijfbaar of gebruik --fix-dry-run.`)
  }
  try {
    fs.accessSync(target, fs.constants.W_OK)
  } catch {
    throw new TovError('WRITE_FAILED', `${shown} is niet schrijfbaar voor jou; --fix verandert het niet. Gebruik --fix-dry-run.`)
  }
  const head = Buffer.alloc(3)
  const descriptor = fs.openSync(target, 'r')
  try {
    fs.readSync(descriptor, head, 0, 3, 0)
  } finally {
    fs.closeSync(descriptor)
  }
  return { path: target, hardLinked: info.nlink > 1, bom: head.equals(Buffer.from([0xef, 0xbb, 0xbf])) }
}

/**
 * Writes a fixed reply: atomically by rename, or, when the file has other hard links, in place after a
 * backup copy beside it (removed once the write is complete), so that no name of the file is cut off and
 * an interrupted write loses nothing.
 */
export function writeFixedReply(target: FixTarget, text: string): void {
  const content = Buffer.from(target.bom ? `\uFEFF${text}` : text, 'utf8')
  if (!target.hardLinked) {
    writeAtomically(target.path, content)
    return
  }
  const backup = `${temporaryBeside(target.path)}.bak`
  try {
    fs.copyFileSync(target.path, backup, fs.constants.COPYFILE_EXCL)
    const descriptor = fs.openSync(target.path, 'r+')
    try {
      fs.writeSync(descriptor, content, 0, content.length, 0)
      fs.ftruncateSync(descriptor, content.length)
      fs.fsyncSync(descriptor)
    } finally {
      fs.closeSync(descriptor)
    }
    fs.rmSync(backup, { force: true })
  } catch (error) {
    throw new TovError('WRITE_FAILED', `${target.path} kan niet worden geschreven: ${(error as Error).message}${fs.existsSync(backup) ? ` (het origineel staat in ${basename(backup)})` : ''}`)
  }
}
