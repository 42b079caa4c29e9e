// The thread format of DESIGN.md: earlier messages of the conversation, as context for the next reply.
import { isChannelName } from '../channels/channels.js'
import { TovError } from '../tov-error.js'
import type { Thread, ThreadMessage } from '../types.js'

function fail(source: string, message: string): never {
  throw new TovError('THREAD_INVALID', `${source}: ${message}`)
}

/** Validates a parsed thread object; throws a TovError naming what is wrong. */
export function parseThread(raw: unknown, source = 'thread'): Thread {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(source, 'verwacht een object met "messages".')
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
