// package-data.ts for the browser build: tov's data files served from memory, filled once by
// provideData() (browser.ts fetches them), and the optional packages bundled in. The same functions and
// errors as the Node module it replaces.
import Ajv from 'ajv'
import twitterText from 'twitter-text'
import { TovError } from './tov-error.js'

export type OptionalPackage = 'twitter-text' | 'ajv' | 'picomatch'

const files = new Map<string, string | ArrayBuffer>()
let version = ''

/** The files and version a page fetched (browser.ts, loadTovData). */
export function provideData(data: { version: string; files: Record<string, string | ArrayBuffer> }): void {
  version = data.version
  for (const [path, content] of Object.entries(data.files)) files.set(path, content)
}

/** Data has been provided: checks can run. */
export function hasData(): boolean {
  return files.size > 0
}

function missing(what: string, path: string): TovError {
  return new TovError('DATA_MISSING', `${what} ontbreekt (${path}). Roep eerst loadTovData() aan.`)
}

export function packageText(path: string, what: string): string {
  const content = files.get(path)
  if (typeof content !== 'string') throw missing(what, path)
  return content
}

export function packageBuffer(path: string, what: string): ArrayBufferLike {
  const content = files.get(path)
  if (!(content instanceof ArrayBuffer)) throw missing(what, path)
  return content
}

export function packageFolder(folder: string): string[] {
  const prefix = `${folder}/`
  return [...files.keys()].filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/')).map((path) => path.slice(prefix.length))
}

export function packageModule<T>(name: OptionalPackage): T {
  // Overrides match file names, which a page does not have: configForEntry is for the CLI and its libraries.
  if (name === 'picomatch') throw new TovError('USAGE', 'overrides met bestandspatronen werken niet in de browser; geef de pagina de config zonder overrides.')
  return (name === 'ajv' ? { Ajv } : twitterText) as T
}

export function packageVersion(): string {
  return version
}
