// tov's own data files (the dictionary, the diminutives, the presets, the phrase schema), its version, and
// the packages it loads only when needed (twitter-text, Ajv, picomatch), by their place in the package. In Node
// they are read from the package folder. The browser build (scripts/bundle-browser.mjs) puts
// package-data.browser.ts in this module's place: the same functions over files fetched once by
// loadTovData(), so that nothing on the check path needs Node.
import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { packageRoot } from './package-root.js'
import { TovError } from './tov-error.js'

/** The packages tov requires on first need. */
export type OptionalPackage = 'twitter-text' | 'ajv' | 'picomatch'

function missing(what: string, file: string, problem = 'ontbreekt'): TovError {
  return new TovError('DATA_MISSING', `${what} ${problem} (${file}). Voer "npm run build" uit.`)
}

/** A text file of the package; `what` names it in the error when it is missing ("De verkleinwoordenlijst"). */
export function packageText(path: string, what: string): string {
  const file = join(packageRoot(), path)
  try {
    return readFileSync(file, 'utf8')
  } catch {
    throw missing(what, file)
  }
}

/** A binary file of the package, read whole into memory that worker threads can share. */
export function packageBuffer(path: string, what: string): ArrayBufferLike {
  const file = join(packageRoot(), path)
  let descriptor: number
  try {
    descriptor = openSync(file, 'r')
  } catch {
    throw missing(what, file)
  }
  try {
    const size = fstatSync(descriptor).size
    const data = new SharedArrayBuffer(size)
    const bytes = new Uint8Array(data)
    for (let read = 0; read < size; ) {
      const count = readSync(descriptor, bytes, read, size - read, read)
      if (count === 0) throw missing(what, file, 'is onvolledig')
      read += count
    }
    return data
  } finally {
    closeSync(descriptor)
  }
}

/** The names of the files in a folder of the package ([] when there is no such folder). */
export function packageFolder(folder: string): string[] {
  try {
    return readdirSync(join(packageRoot(), folder))
  } catch {
    return []
  }
}

/** A package tov loads only when a reply or a config needs it. */
export function packageModule<T>(name: OptionalPackage): T {
  return createRequire(import.meta.url)(name) as T
}

let version: string | undefined

/** tov's own version, from its package.json (reports and the cache name it). */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version
  return version
}
