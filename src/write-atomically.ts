// Writes a file so that it is either the old file or the new one, never half of either: the content goes
// to a temporary file beside it (with the old file's mode), which then replaces it with one rename. If
// anything fails, the temporary file is removed and the original is untouched.
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { TovError } from './tov-error.js'

/** The file operations used, replaceable in tests (a rename that fails, as a crash would). */
export interface WriteOperations {
  writeFileSync: typeof fs.writeFileSync
  renameSync: typeof fs.renameSync
  rmSync: typeof fs.rmSync
  statSync: typeof fs.statSync
  chmodSync: typeof fs.chmodSync
}

const nodeOperations: WriteOperations = fs

export function writeAtomically(path: string, content: string, operations: WriteOperations = nodeOperations): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`)
  let mode: number | undefined
  try {
    mode = operations.statSync(path).mode & 0o7777
  } catch {
    // A new file: the default mode.
  }
  try {
    operations.writeFileSync(temporary, content, { flag: 'wx' })
    if (mode !== undefined) operations.chmodSync(temporary, mode)
    operations.renameSync(temporary, path)
  } catch (error) {
    operations.rmSync(temporary, { force: true })
    throw new TovError('WRITE_FAILED', `${path} kan niet worden geschreven: ${(error as Error).message}`)
  }
}
