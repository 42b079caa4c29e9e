// Hostile input for the phrase matcher and the thread-aware rules is answered in linear time: timed
// against benign Dutch text of the same size (test/time-budget.ts), never against an absolute figure.
import { describe, expect, it, vi } from 'vitest'
import { Checker, createChecker } from '../src/engine/checker.js'
import { parseReply } from '../src/kit/parse-reply.js'
import { maxThreadBytes, maxThreadMessages, parseThread, parseThreadText } from '../src/kit/thread.js'
import type { Thread, TovConfigInput } from '../src/types.js'
import { benignText, expectLinear, fastestRun } from './time-budget.js'

// The parser of a thread's turns, watched: each turn must be parsed once, however many replies.
vi.mock('../src/kit/parse-reply.js', async (original) => {
  const actual = await original<typeof import('../src/kit/parse-reply.js')>()
  return { ...actual, parseReply: vi.fn(actual.parseReply) }
})

const config: TovConfigInput = {
  phrases: [{ id: 'geen-probleem', match: ['geen probleem'], message: 'Zeg liever "graag gedaan".' }],
}

let shared: Promise<Checker> | undefined
const checker = () => (shared ??= createChecker(config))
const check = async (text: string, thread?: Thread) => (await checker()).check(text, thread ? { thread } : {})

/** Text of `length` characters from a small alphabet of letters, spaces and punctuation, the same every run. */
function randomText(length: number): string {
  const alphabet = 'aeiouenrtsdlkgvbhp  ,.?!:;@^-\'"()0123456789\n'
  let seed = 42
  let text = ''
  for (let index = 0; index < length; index++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    text += alphabet[(seed >>> 8) % alphabet.length]
  }
  return text
}

const threadOf = (customerText: string, agentText: string, followUp = 'Nog steeds niets gehoord.'): Thread => ({
  channel: 'x',
  customer: '@eva',
  messages: [
    { from: 'customer', text: customerText },
    { from: 'agent', text: agentText },
    { from: 'customer', text: followUp },
  ],
})

describe('hostile input for the phrase matcher', () => {
  it('answers a vague promise repeated to 200 KB in linear time', async () => {
    const hostile = 'we gaan ernaar kijken, '.repeat(Math.ceil(200_000 / 23))
    await expectLinear((text) => check(text), hostile)
  }, 60_000)

  it('answers a config phrase whose words each occur thousands of times in linear time', async () => {
    const hostile = 'geen '.repeat(20_000) + 'probleem '.repeat(20_000)
    await expectLinear((text) => check(text), hostile)
  }, 60_000)

  it('still finds the config phrase among the repeats, once', async () => {
    const result = await check('geen '.repeat(50) + 'probleem '.repeat(50))
    expect(result.findings.filter((finding) => finding.ruleId === 'custom/geen-probleem').map((finding) => finding.actual)).toEqual(['geen probleem'])
  })
})

describe('hostile threads', () => {
  const reply = '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur, we gaan ernaar kijken. ^AB'

  it('refuses a thread over the size limit, in both forms', () => {
    const long = 'a'.repeat(maxThreadBytes)
    const messages = [
      { from: 'customer', text: long },
      { from: 'agent', text: 'Sorry! ^AB' },
    ]
    expect(() => parseThread({ messages })).toThrow(expect.objectContaining({ code: 'THREAD_INVALID', message: expect.stringContaining('256 KiB') }))
    expect(() => parseThreadText(JSON.stringify({ messages }))).toThrow(expect.objectContaining({ code: 'THREAD_INVALID' }))
    expect(() => parseThreadText(`klant: ${long}\nagent: Sorry! ^AB`)).toThrow(expect.objectContaining({ code: 'THREAD_INVALID' }))
    // UTF-8 counts: 100,000 "é" are 200,000 bytes; two such turns are over the limit.
    const accents = 'é'.repeat(100_000)
    expect(() => parseThread({ messages: [1, 2].map(() => ({ from: 'customer', text: accents })) })).toThrow(
      expect.objectContaining({ code: 'THREAD_INVALID' }),
    )
    expect(parseThread({ messages: [{ from: 'customer', text: accents }] }).messages).toHaveLength(1)
  })

  it('refuses a thread of too many messages', () => {
    const messages = Array.from({ length: maxThreadMessages + 1 }, () => ({ from: 'customer', text: 'En?' }))
    expect(() => parseThread(messages)).toThrow(expect.objectContaining({ code: 'THREAD_INVALID', message: expect.stringContaining(`${maxThreadMessages}`) }))
    const text = messages.map((message) => `klant: ${message.text}`).join('\n')
    expect(() => parseThreadText(text)).toThrow(expect.objectContaining({ code: 'THREAD_INVALID' }))
    expect(parseThread(messages.slice(1)).messages).toHaveLength(maxThreadMessages)
  })

  it('refuses objects where a thread has names, without a TypeError', () => {
    const turn = { from: 'customer', text: 'Waar?' }
    const broken: unknown[] = [
      { channel: { toString: 1 }, messages: [turn] },
      { channel: { toString: () => 'x' }, messages: [turn] },
      { customer: { toString: 1 }, messages: [turn] },
      { messages: [{ from: { toString: 1 }, text: 'Waar?' }] },
      { messages: [{ from: ['customer'], text: 'Waar?' }] },
      { messages: [{ from: 'customer', text: { toString: 1 } }] },
      { messages: { length: 1, 0: turn } },
    ]
    for (const raw of broken) {
      expect(() => parseThread(raw), JSON.stringify(raw)).toThrow(expect.objectContaining({ code: 'THREAD_INVALID' }))
    }
    expect(() => parseThreadText('{"channel": {"toString": 1}, "messages": []}')).toThrow(expect.objectContaining({ code: 'THREAD_INVALID' }))
    expect(() => parseThreadText('[{"from": {"toString": 1}, "text": "x"}]')).toThrow(expect.objectContaining({ code: 'THREAD_INVALID' }))
  })

  const half = Math.floor(maxThreadBytes / 2.2)
  const large = benignText(2 * half)
  const largeThread = () => parseThread(threadOf(large.slice(0, half), `@eva ${large.slice(half)} ^AB`))
  const entries = 40
  it('accepts the large thread these tests use', () => {
    expect(largeThread().messages.reduce((total, message) => total + message.text.length, 0)).toBeGreaterThan(0.9 * maxThreadBytes)
  })

  const checkEntries = async (thread: () => Thread) => {
    for (let index = 0; index < entries; index++) await check(`${reply} (${index})`, thread())
  }

  it('parses each turn of a thread once, however many entries are checked against it', async () => {
    const parse = vi.mocked(parseReply)
    parse.mockClear()
    // A new thread object for every entry, as a program calling checkThread() in a loop would make.
    await checkEntries(largeThread)
    const turns = largeThread().messages.map((message) => message.text)
    const parsed = parse.mock.calls.map(([text]) => text).filter((text) => turns.includes(text))
    expect(parsed.length).toBeGreaterThan(0)
    expect(parsed.length).toBe(new Set(parsed).size)
  }, 120_000)

  it('checks many entries against a large thread at the cost of as many against a tiny one', async () => {
    const thread = largeThread()
    await check(reply, thread)
    const tiny = threadOf('Waar blijft mijn pakket?', '@eva Sorry! ^AB')
    const againstTiny = await fastestRun(() => checkEntries(() => tiny))
    const againstLarge = await fastestRun(() => checkEntries(() => thread), 1)
    expect(againstLarge, `${entries} entries took ${againstLarge.toFixed(0)} ms against ${againstTiny.toFixed(0)} ms with a tiny thread`).toBeLessThanOrEqual(
      againstTiny * 10 + 50,
    )
  }, 120_000)

  it('answers many entries against a large thread in time linear in the thread and the entries', async () => {
    // The work: parse the thread, then check the replies against it, as `tov check --thread` does.
    const work = async (threadText: string) => {
      const thread = parseThread(threadOf(threadText.slice(0, half), `@eva ${threadText.slice(half)} ^AB`))
      await checkEntries(() => thread)
    }
    // Apologies and promises in every sentence of the earlier turns: the rules that read them stay linear.
    const hostile = large.replace(/\. /g, '. Sorry, we gaan ernaar kijken! ').slice(0, large.length)
    await expectLinear(work, hostile, { benign: large })
  }, 120_000)

  it('answers a customer turn of one word and a long run of spaces in linear time', async () => {
    // "En?" asks after a promise; "en", 100,000 spaces and a letter is no question, and must not take long to see.
    let run = 0
    const work = (turn: string) => check(reply, parseThread(threadOf('Waar blijft mijn pakket?', `@eva Je hoort vrijdag voor 17.00 uur van ons. ^AB ${run++}`, turn)))
    await expectLinear(work, `en${' '.repeat(100_000)}x`)
  }, 60_000)

  it('answers a short reply with a long random thread in linear time', async () => {
    // A new text each run: a thread parsed before is not parsed again.
    let run = 0
    const work = (threadText: string) => {
      const nonce = `${run++} `
      return check(reply, parseThread(threadOf(nonce + threadText.slice(0, half), nonce + threadText.slice(half))))
    }
    await expectLinear(work, randomText(2 * half))
  }, 60_000)
})
