// Reads a named input file with a hard byte limit enforced while reading. A size from stat() cannot be
// trusted: devices (/dev/zero), FIFOs and /proc files report 0 and never end, and a file may grow or be
// swapped between stat and read. So: open once, look at the open handle, accept a regular file only, and
// read at most limit + 1 bytes.
import { closeSync, constants, fstatSync, openSync, read, readSync, type Stats } from 'node:fs'
import { promisify } from 'node:util'
import { TovError } from './tov-error.js'

export interface BoundedReadOptions {
  /** The name shown in messages (the path as the user typed it). */
  name: string
  /** The most bytes accepted; the byte after it is a refusal. */
  maxBytes: number
  /** The refusal when the file is larger, after "<name>: ", e.g. "te groot voor één reactie (meer dan 1 MiB)." */
  tooLarge: string
  /** The refusal when the file does not exist, after "<name>: "; "bestand niet gevonden." by default. */
  notFound?: string
}

/** What a path is when it is not a regular file, in the words of the refusal. */
function kindOf(info: Stats): string | undefined {
  if (info.isDirectory()) return 'een map'
  if (info.isFIFO()) return 'een pipe'
  if (info.isSocket()) return 'een socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'een apparaat'
  return undefined
}

/** Refuses what is not a regular file: reading a device or pipe may never end. */
export function assertRegularFile(info: Stats, name: string): void {
  if (info.isFile()) return
  const kind = kindOf(info)
  const what = kind ? `dit is ${kind}, geen bestand` : 'dit is geen gewoon bestand'
  const hint = info.isFIFO() ? ' of lees de standaardinvoer met "-"' : ''
  throw new TovError('NOT_A_FILE', `${name}: ${what}; geef een tekstbestand op${hint}.`)
}

const readAsync = promisify(read)

function openError(error: unknown, options: BoundedReadOptions): TovError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return new TovError('FILE_NOT_FOUND', `${options.name}: ${options.notFound ?? 'bestand niet gevonden.'}`)
  if (code === 'EISDIR') return new TovError('NOT_A_FILE', `${options.name}: dit is een map, geen bestand; geef een tekstbestand op.`)
  if (code === 'ELOOP') return new TovError('NOT_A_FILE', `${options.name}: een symbolische koppeling in een kring; geef een tekstbestand op.`)
  if (code === 'EACCES' || code === 'EPERM') return new TovError('FILE_NOT_FOUND', `${options.name}: geen leesrechten; controleer de rechten van het bestand.`)
  return new TovError('FILE_NOT_FOUND', `${options.name}: kan het bestand niet lezen (${code ?? 'onbekende fout'}).`)
}

/** Reads at most `maxBytes` from an open file without blocking; one byte more is a refusal, whatever stat said. */
async function readAtMost(fd: number, sizeHint: number, options: BoundedReadOptions): Promise<Buffer> {
  const cap = options.maxBytes + 1
  // The size is a hint for the first buffer only; a file that grows meanwhile is still read to its end.
  let buffer = Buffer.allocUnsafe(Math.min(cap, Math.max(sizeHint + 1, 64 * 1024)))
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2))
      buffer.copy(grown, 0, 0, length)
      buffer = grown
    }
    const { bytesRead } = await readAsync(fd, buffer, length, buffer.length - length, null)
    if (bytesRead === 0) break
    length += bytesRead
    if (length > options.maxBytes) throw new TovError('INPUT_TOO_LARGE', `${options.name}: ${options.tooLarge}`)
  }
  return buffer.subarray(0, length)
}

/** Files up to this size are read at once, synchronously: a round trip through the thread pool per call
 * (open, stat, read, close) costs more than the read, and at start-up the process has nothing else to do. */
const readAtOnce = 1024 * 1024

/** The same as readAtMost, synchronously, for a file stat says is small. */
function readAtMostSync(fd: number, sizeHint: number, options: BoundedReadOptions): Buffer {
  const cap = options.maxBytes + 1
  let buffer = Buffer.allocUnsafe(Math.min(cap, sizeHint + 1))
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (length >= cap) break
      const grown = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2))
      buffer.copy(grown, 0, 0, length)
      buffer = grown
    }
    const bytesRead = readSync(fd, buffer, length, buffer.length - length, null)
    if (bytesRead === 0) break
    length += bytesRead
    if (length > options.maxBytes) throw new TovError('INPUT_TOO_LARGE', `${options.name}: ${options.tooLarge}`)
  }
  return buffer.subarray(0, length)
}

/**
 * The bytes of the regular file at `path`, at most `options.maxBytes` of them. Refuses a device, pipe or
 * socket (NOT_A_FILE) and a directory (NOT_A_FILE; callers that accept folders look at them first).
 * A small file (most: a reply, a config) is read synchronously; a large one without blocking.
 */
export async function readInputFile(path: string, options: BoundedReadOptions): Promise<Buffer> {
  let fd: number
  try {
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever before we could refuse it.
    // Reads from a regular file are not affected by it.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw openError(error, options)
  }
  try {
    // The open file, not the path: what is read is what was checked.
    const info = fstatSync(fd)
    assertRegularFile(info, options.name)
    if (info.size > options.maxBytes) throw new TovError('INPUT_TOO_LARGE', `${options.name}: ${options.tooLarge}`)
    return info.size <= readAtOnce ? readAtMostSync(fd, info.size, options) : await readAtMost(fd, info.size, options)
  } catch (error) {
    if (error instanceof TovError) throw error
    throw openError(error, options)
  } finally {
    closeSync(fd)
  }
}
