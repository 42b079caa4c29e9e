// Reads the replies a check is given (the CLI's file arguments, or a program's paths): reply files, folders of .txt/.md files, canned-response
// libraries (JSON, YAML, CSV, Zendesk), or standard input. Everything is read and validated before anything
// is checked, so a bad input never leaves a partial report. Every read is bounded: by bytes per file and in
// all, by entries in all, and by files in a folder.
// fs.promises on first use: node:fs/promises loads a dozen modules, and most checks name files, not folders.
import { promises as fsPromises, statSync, type Dirent } from 'node:fs'
import { extname, join, relative, resolve } from 'node:path'
import { maxReplyBytes } from '../engine/checker.js'
import { formatCount, type LibraryFile } from './library-entry.js'
import { formatOfPath, maxEntries, readLibrary, type ReadLibraryOptions } from './read-library.js'
import { TovError } from '../tov-error.js'
import { assertRegularFile, readInputFile } from '../read-input-file.js'

/** A library may hold thousands of replies; beyond this it is not a library but a mistake. */
export const maxLibraryBytes = 64 * 1024 * 1024

/** All input of one run together: what one library may hold (everything read stays in memory). */
export const maxInputBytes = maxLibraryBytes

/**
 * Files and folders looked at in the folders named, matching or not: a walk must end, and each name costs
 * memory and a place in the sort. Twice the entries of a run: a reply folder holds hundreds.
 */
export const maxFolderEntries = 200_000

const replyExtensions = new Set(['.txt', '.md'])

function tooLarge(library: boolean): string {
  return `te groot voor ${library ? 'een bibliotheek (meer dan 64 MiB)' : 'één reactie (meer dan 1 MiB)'}.`
}

/** Refuses an input larger than a reply (1 MiB) or, for a library, than a library (64 MiB). */
function assertSize(size: number, name: string, library: boolean): void {
  if (size <= (library ? maxLibraryBytes : maxReplyBytes)) return
  throw new TovError('INPUT_TOO_LARGE', `${name}: ${tooLarge(library)}`)
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

interface FolderWalk {
  found: string[]
  /** Directory entries looked at so far, in all folders. */
  visited: number
  /** The most reply files the run may still take. */
  maxFiles: number
  /** The folder named, absolute and as the user named it (for messages). */
  root: string
  shown: string
}

async function listFolder(folder: string, walk: FolderWalk): Promise<Dirent[]> {
  const entries: Dirent[] = []
  try {
    // opendir, not readdir: a folder of millions of files is refused while listing, not after.
    for await (const entry of await fsPromises.opendir(folder)) {
      if (++walk.visited > maxFolderEntries) {
        throw new TovError('TOO_MANY_ENTRIES', `${walk.shown}: meer dan ${formatCount(maxFolderEntries)} bestanden en mappen; kies een kleinere map.`)
      }
      entries.push(entry)
    }
  } catch (error) {
    if (error instanceof TovError) throw error
    const shown = join(walk.shown, relative(walk.root, folder))
    throw new TovError('FILE_NOT_FOUND', `${shown}: deze map kan niet gelezen worden; controleer de rechten.`)
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * The reply files in a folder and its subfolders, in name order. A symbolic link is not followed (a
 * Dirent of opendir describes the link itself), so a link to a parent folder cannot make a cycle.
 */
async function collectFolder(folder: string, walk: FolderWalk): Promise<void> {
  for (const entry of await listFolder(folder, walk)) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      await collectFolder(path, walk)
    } else if (entry.isFile() && replyExtensions.has(extname(entry.name).toLowerCase())) {
      walk.found.push(path)
      if (walk.found.length > walk.maxFiles) {
        throw new TovError('TOO_MANY_ENTRIES', `${walk.shown}: meer dan ${formatCount(maxEntries)} reacties in totaal; controleer minder bestanden tegelijk.`)
      }
    }
  }
}

/** A file's text and its size; its bytes are let go here, before a reader builds on the text. */
async function readText(file: string, name: string, library: boolean, limit: { maxBytes: number; tooLarge: string }): Promise<{ text: string; bytes: number }> {
  const bytes = await readInputFile(file, { name, ...limit })
  return { text: decodeReply(bytes, name, library), bytes: bytes.byteLength }
}

export async function readReplies(
  paths: readonly string[],
  cwd: string,
  // The limit is a hint a reader may honour while reading; what it returns is checked again.
  readStdin: (maxBytes: number) => Promise<Uint8Array>,
  options: ReadLibraryOptions = {},
): Promise<LibraryFile[]> {
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) {
    const format = options.format ?? 'text'
    const text = decodeReply(await readStdin(format === 'text' ? maxReplyBytes : maxLibraryBytes), '<stdin>', format !== 'text')
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
      info = statSync(absolute)
    } catch {
      throw new TovError('FILE_NOT_FOUND', `${path}: bestand niet gevonden.`)
    }
    if (info.isDirectory()) {
      const before = files.length
      // Every file holds at least one reply, so the files alone may not exceed the entries of a run.
      await collectFolder(absolute, { found: files, visited: 0, maxFiles: maxEntries, root: absolute, shown: path })
      if (files.length === before) throw new TovError('NO_REPLIES', `${path}: deze map bevat geen reacties (.txt of .md).`)
      for (const file of files.slice(before)) fromFolders.add(file)
    } else {
      // Early and cheap; the read itself checks the open file again (it may have changed since).
      assertRegularFile(info, path)
      assertSize(info.size, path, (options.format ?? formatOfPath(absolute)) !== 'text')
      files.push(absolute)
      if (files.length > maxEntries) {
        throw new TovError('TOO_MANY_ENTRIES', `${path}: meer dan ${formatCount(maxEntries)} reacties in totaal; controleer minder bestanden tegelijk.`)
      }
    }
  }
  const libraries: LibraryFile[] = []
  let bytesLeft = maxInputBytes
  let entriesLeft = maxEntries
  for (const file of files) {
    const name = relative(cwd, file) || file
    const format = fromFolders.has(file) ? 'text' : (options.format ?? formatOfPath(file))
    const library = format !== 'text'
    const ownLimit = library ? maxLibraryBytes : maxReplyBytes
    const { text, bytes } = await readText(file, name, library, {
      maxBytes: Math.min(ownLimit, bytesLeft),
      tooLarge: bytesLeft < ownLimit ? 'alle invoer samen is groter dan 64 MiB; controleer minder bestanden tegelijk.' : tooLarge(library),
    })
    bytesLeft -= bytes
    // A folder of reply files is a library of canned responses.
    const template = options.template === true || fromFolders.has(file)
    const read = await readLibrary(name, text, { ...options, format, template, maxEntries: entriesLeft })
    entriesLeft -= read.entries.length
    libraries.push(read)
  }
  return libraries
}
