// Earlier messages of the conversation, as context for the next reply: the thread format of DESIGN.md, a
// JSON array of messages, or plain text with "klant:" and "agent:" turns.
import { isChannelName } from '../channels/channels.js'
import { TovError } from '../tov-error.js'
import type { Thread, ThreadMessage } from '../types.js'

function fail(source: string, message: string): never {
  throw new TovError('THREAD_INVALID', `${source}: ${message}`)
}

/** Validates a parsed thread (an object with "messages", or the array of messages); throws a TovError. */
export function parseThread(raw: unknown, source = 'thread'): Thread {
  if (Array.isArray(raw)) return parseThread({ messages: raw }, source)
  if (raw === null || typeof raw !== 'object') fail(source, 'verwacht een object met "messages" of een lijst van berichten.')
  const object = raw as Record<string, unknown>
  if (!Array.isArray(object['messages'])) fail(source, '"messages" ontbreekt of is geen lijst.')
  const messages: ThreadMessage[] = object['messages'].map((message: unknown, index: number) => {
    const entry = message as Record<string, unknown> | null
    if (entry === null || typeof entry !== 'object') fail(source, `bericht ${index + 1} is geen object.`)
    if (entry['from'] !== 'customer' && entry['from'] !== 'agent') {
      fail(source, `bericht ${index + 1}: "from" moet "customer" of "agent" zijn.`)
    }
    if (typeof entry['text'] !== 'string') fail(source, `bericht ${index + 1}: "text" ontbreekt of is geen tekst.`)
    return { from: entry['from'], text: entry['text'] }
  })
  const thread: Thread = { messages }
  const channel = object['channel']
  if (channel !== undefined) {
    if (typeof channel !== 'string' || !isChannelName(channel)) fail(source, `onbekend kanaal "${String(channel)}".`)
    thread.channel = channel
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
  // Plain text names no customer; the agent's first reply opens with their @mention.
  const handle = /^@([\p{L}\p{N}_.]+)/u.exec(messages.find((message) => message.from === 'agent')?.text ?? '')?.[1]
  return handle ? { customer: `@${handle}`, messages } : { messages }
}
