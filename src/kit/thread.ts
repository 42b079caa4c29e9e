// Earlier messages of the conversation, as context for the next reply: the thread format of DESIGN.md, a
// JSON array of messages, or plain text with "klant:" and "agent:" turns.
import { channelName } from '../channels/channels.js'
import { shownValue, TovError } from '../tov-error.js'
import type { Thread, ThreadMessage } from '../types.js'
import type { SentenceModel } from './reply-model.js'

/** The most text a thread may hold, in UTF-8 bytes over all its messages: every check reads all of it. */
export const maxThreadBytes = 256 * 1024

/** The most messages a thread may hold. */
export const maxThreadMessages = 500

/** The most characters of a thread file: JSON escapes and keys take room beside the messages' text. */
const maxThreadFileLength = 8 * maxThreadBytes

const tooLarge = `meer dan ${maxThreadBytes / 1024} KiB tekst; neem alleen de laatste berichten van het gesprek op.`
const tooMany = `meer dan ${maxThreadMessages} berichten; neem alleen de laatste berichten van het gesprek op.`

function fail(source: string, message: string): never {
  throw new TovError('THREAD_INVALID', `${source}: ${message}`)
}

/** Refuses a thread too large to read on every check. */
function assertThreadSize(messages: ThreadMessage[], source: string): void {
  if (messages.length > maxThreadMessages) fail(source, tooMany)
  // A UTF-8 byte per UTF-16 unit at least: count units first, so a huge thread is refused without encoding it.
  let units = 0
  for (const message of messages) {
    units += message.text.length
    if (units > maxThreadBytes) fail(source, tooLarge)
  }
  let bytes = 0
  for (const message of messages) bytes += Buffer.byteLength(message.text, 'utf8')
  if (bytes > maxThreadBytes) fail(source, tooLarge)
}


/** Validates a parsed thread (an object with "messages", or the array of messages); throws a TovError. */
export function parseThread(raw: unknown, source = 'thread'): Thread {
  if (Array.isArray(raw)) return parseThread({ messages: raw }, source)
  if (raw === null || typeof raw !== 'object') fail(source, 'verwacht een object met "messages" of een lijst van berichten.')
  const object = raw as Record<string, unknown>
  if (!Array.isArray(object['messages'])) fail(source, '"messages" ontbreekt of is geen lijst.')
  if (object['messages'].length > maxThreadMessages) fail(source, tooMany)
  // Array.from, not map(): map() keeps the holes of a sparse array, which would pass unchecked.
  const messages: ThreadMessage[] = Array.from(object['messages'] as unknown[], (message: unknown, index: number) => {
    const entry = message as Record<string, unknown> | null
    if (entry === null || typeof entry !== 'object') fail(source, `bericht ${index + 1} is geen object.`)
    if (entry['from'] !== 'customer' && entry['from'] !== 'agent') {
      fail(source, `bericht ${index + 1}: "from" moet "customer" of "agent" zijn.`)
    }
    if (typeof entry['text'] !== 'string') fail(source, `bericht ${index + 1}: "text" ontbreekt of is geen tekst.`)
    return { from: entry['from'], text: entry['text'] }
  })
  assertThreadSize(messages, source)
  const thread: Thread = { messages }
  const channel = object['channel']
  if (channel !== undefined) {
    if (typeof channel !== 'string') fail(source, '"channel" moet een kanaalnaam zijn, zoals "x".')
    const name = channelName(channel)
    if (!name) fail(source, `onbekend kanaal "${shownValue(channel)}".`)
    thread.channel = name
  }
  const customer = object['customer']
  if (customer !== undefined) {
    if (typeof customer !== 'string' || !/^@?[\p{L}\p{N}_.]+$/u.test(customer)) fail(source, '"customer" moet een handle zijn, zoals "@eva".')
    thread.customer = customer
  }
  return thread
}

/** Who speaks, by the prefix of a plain-text turn ("klant: ...", "agent: ...", "^AB: ..."). */
const speakers: Array<[RegExp, ThreadMessage['from']]> = [
  [/^(?:klant|customer|cliënt|client|k)\s*:\s?/iu, 'customer'],
  [/^(?:agent|medewerker|webcare|wij|a)\s*:\s?/iu, 'agent'],
]

/** A thread from the text of a file: JSON (either shape), or plain text with "klant:" / "agent:" turns. */
export function parseThreadText(content: string, source = 'thread'): Thread {
  if (content.length > maxThreadFileLength) fail(source, tooLarge)
  const trimmed = content.trim()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(trimmed)
    } catch (error) {
      fail(source, `geen geldige JSON (${(error as Error).message}).`)
    }
    return parseThread(parsed, source)
  }
  const messages: ThreadMessage[] = []
  for (const [index, line] of content.split(/\r?\n/).entries()) {
    const speaker = speakers.find(([prefix]) => prefix.test(line))
    if (speaker) {
      if (messages.length === maxThreadMessages) fail(source, tooMany)
      messages.push({ from: speaker[1], text: line.replace(speaker[0], '') })
    } else if (messages.length > 0) {
      // A line without a prefix continues the turn before it.
      messages[messages.length - 1]!.text += `\n${line}`
    } else if (line.trim() !== '') {
      fail(source, `regel ${index + 1}: begin elke beurt met "klant:" of "agent:".`)
    }
  }
  if (messages.length === 0) fail(source, 'geen berichten; begin elke beurt met "klant:" of "agent:".')
  for (const message of messages) message.text = message.text.trim()
  assertThreadSize(messages, source)
  // Plain text names no customer; the agent's first reply opens with their @mention.
  const handle = /^@([\p{L}\p{N}_.]+)/u.exec(messages.find((message) => message.from === 'agent')?.text ?? '')?.[1]
  return handle ? { customer: `@${handle}`, messages } : { messages }
}

/**
 * The parsed turns of threads, by their text, for one checker: a turn is parsed once, however many replies
 * are checked against its thread. Holds about two threads' worth of text, so a long-running checker does not
 * keep every thread it saw.
 */
export class ParsedTurns {
  private readonly turns = new Map<string, SentenceModel[]>()
  private length = 0
  private readonly maxLength = 2 * maxThreadBytes

  get(text: string, parse: (text: string) => SentenceModel[]): SentenceModel[] {
    // Nothing larger than a whole thread is a turn (a thread object not read by parseThread may hold one).
    if (text.length > maxThreadBytes) fail('thread', tooLarge)
    const known = this.turns.get(text)
    if (known) return known
    const sentences = parse(text)
    this.turns.set(text, sentences)
    this.length += text.length
    // Forget the turns parsed first; Map iterates in insertion order.
    for (const [oldest] of this.turns) {
      if (this.length <= this.maxLength || this.turns.size === 1) break
      this.turns.delete(oldest)
      this.length -= oldest.length
    }
    return sentences
  }
}

/**
 * What a rule derives from a thread message (is it an apology, its word pairs), kept per message object for
 * as long as its text stays the same: checking many replies against one thread reads each message once.
 */
export class PerMessage<T> {
  private readonly values = new WeakMap<ThreadMessage, { text: string; value: T }>()

  get(message: ThreadMessage, derive: (text: string) => T): T {
    const known = this.values.get(message)
    if (known && known.text === message.text) return known.value
    const value = derive(message.text)
    this.values.set(message, { text: message.text, value })
    return value
  }
}
