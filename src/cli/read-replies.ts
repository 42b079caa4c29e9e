// Reads the replies named on the command line: files, folders of .txt/.md files, or standard input.
// Everything is read and validated before anything is checked, so a bad input never leaves a partial report.
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, relative, resolve } from 'node:path'
import { maxReplyBytes } from '../engine/checker.js'
import { TovError } from '../tov-error.js'

export interface ReplyInput {
  name: string
  text: string
}

const replyExtensions = new Set(['.txt', '.md'])

/** Decodes bytes as UTF-8 text, refusing binary data and invalid UTF-8 with a clear error. */
export function decodeReply(bytes: Uint8Array, name: string): string {
  if (bytes.byteLength > maxReplyBytes) {
    throw new TovError('INPUT_TOO_LARGE', `${name}: te groot voor één reactie (meer dan 1 MiB).`)
  }
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
): Promise<ReplyInput[]> {
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) {
    return [{ name: '<stdin>', text: decodeReply(await readStdin(), '<stdin>') }]
  }
  const files: string[] = []
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
    } else {
      if (info.size > maxReplyBytes) throw new TovError('INPUT_TOO_LARGE', `${path}: te groot voor één reactie (meer dan 1 MiB).`)
      files.push(absolute)
    }
  }
  const replies: ReplyInput[] = []
  for (const file of files) {
    const name = relative(cwd, file) || file
    replies.push({ name, text: decodeReply(await readFile(file), name) })
  }
  return replies
}
