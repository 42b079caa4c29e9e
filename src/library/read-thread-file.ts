// A thread file (--thread): the earlier messages of a conversation, as JSON or as text (see parseThreadText).
import { maxThreadBytes, parseThreadText } from '../kit/thread.js'
import { readInputFile } from '../read-input-file.js'
import type { Thread } from '../types.js'
import { decodeReply } from './read-replies.js'

/** The thread in a file; `name` is how messages name it (default: the path). */
export async function readThreadFile(path: string, name = path): Promise<Thread> {
  // Bounded while reading, devices and pipes refused: `--thread /dev/zero` must not read forever. The
  // bound is the file's share of the thread limit (its text, with room for JSON around it).
  const maxFileBytes = 8 * maxThreadBytes
  const bytes = await readInputFile(path, {
    name,
    maxBytes: maxFileBytes,
    tooLarge: `te groot voor een thread (meer dan ${maxFileBytes / 1024 / 1024} MiB); neem alleen de laatste berichten van het gesprek op.`,
    notFound: 'thread-bestand niet gevonden.',
  })
  return parseThreadText(decodeReply(bytes, name, true), name)
}
