// Reads the replies named on the command line: reply files, folders of .txt/.md files, canned-response
// libraries (JSON, YAML, CSV, Zendesk), or standard input. Everything is read and validated before anything
// is checked, so a bad input never leaves a partial report.
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, relative, resolve } from 'node:path'
import { maxReplyBytes } from '../engine/checker.js'
import type { LibraryFile } from '../library/library-entry.js'
import { formatOfPath, readLibrary, type ReadLibraryOptions } from '../library/read-library.js'
import { TovError } from '../tov-error.js'

/** A library may hold thousands of replies; beyond this it is not a library but a mistake. */
export const maxLibraryBytes = 64 * 1024 * 1024

const replyExtensions = new Set(['.txt', '.md'])

/** Refuses an input larger than a reply (1 MiB) or, for a library, than a library (64 MiB). */
function assertSize(size: number, name: string, library: boolean): void {
  if (size <= (library ? maxLibraryBytes : maxReplyBytes)) return
  throw new TovError('INPUT_TOO_LARGE', `${name}: te groot voor ${library ? 'een bibliotheek (meer dan 64 MiB)' : 'één reactie (meer dan 1 MiB)'}.`)
}

/** Decodes bytes as UTF-8 text, refusing binary data and invalid UTF-8 with a clear error. */
export function decodeReply(bytes: Uint8Array, name: string, library = false): string {
  assertSize(bytes.byteLength, name, library)
  if (bytes.includes(0)) throw new TovError('BINARY_INPUT', `${name}: dit is een binair bestand, geen tekst.`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new TovError('INVALID_UTF8', `${name}: geen geldige UTF-8-tekst. Sla het bestand op als UTF-8.`)
  }
  return text.replace(/^\uFEFF/, '')
}

async function collectFolder(folder: string, found: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true })
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) await collectFolder(path, found)
    else if (entry.isFile() && replyExtensions.has(extname(entry.name).toLowerCase())) found.push(path)
  }
}

export async function readReplies(
  paths: readonly string[],
  cwd: string,
  readStdin: () => Promise<Uint8Array>,
  options: ReadLibraryOptions = {},
): Promise<LibraryFile[]> {
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) {
    const format = options.format ?? 'text'
    const text = decodeReply(await readStdin(), '<stdin>', format !== 'text')
    return [await readLibrary('<stdin>', text, { ...options, format })]
  }
  const files: string[] = []
  // Files found in a folder are replies (.txt, .md), whatever --input-format says of the named files.
  const fromFolders = new Set<string>()
  for (const path of paths) {
    if (path === '-') throw new TovError('USAGE', 'Gebruik "-" (standaardinvoer) alleen zonder andere bestanden.')
    const absolute = resolve(cwd, path)
    let info
    try {
      info = await stat(absolute)
    } catch {
      throw new TovError('FILE_NOT_FOUND', `${path}: bestand niet gevonden.`)
    }
    if (info.isDirectory()) {
      const before = files.length
      await collectFolder(absolute, files)
      if (files.length === before) throw new TovError('NO_REPLIES', `${path}: deze map bevat geen reacties (.txt of .md).`)
      for (const file of files.slice(before)) fromFolders.add(file)
    } else {
      assertSize(info.size, path, (options.format ?? formatOfPath(absolute)) !== 'text')
      files.push(absolute)
    }
  }
  const libraries: LibraryFile[] = []
  for (const file of files) {
    const name = relative(cwd, file) || file
    const format = fromFolders.has(file) ? 'text' : (options.format ?? formatOfPath(file))
    const text = decodeReply(await readFile(file), name, format !== 'text')
    // A folder of reply files is a library of canned responses.
    const template = options.template === true || fromFolders.has(file)
    libraries.push(await readLibrary(name, text, { ...options, format, template }))
  }
  return libraries
}
