// --cache replays a result only for a run that would have produced it: every option that changes a result
// (the agent from --agent, TOV_AGENT or the config's only agent, the thread, the channel, --template, the
// config) gives a different cache identity, so a cached run reports exactly what an uncached run reports.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tov, type CliOptions } from './run-cli.js'

const cacheEnv = { TOV_CACHE_KEY: 'cache-key-test' }

interface Variant {
  args?: string[]
  env?: Record<string, string>
  /** Files to write in the folder before the run (a config, a thread). */
  files?: Record<string, string>
}

/** A folder with the replies to check: a library (lib.json) or a single draft (reply.txt). */
type Replies = Array<{ id: string; text: string }> | string

const checked = (replies: Replies) => (typeof replies === 'string' ? 'reply.txt' : 'lib.json')

function workspace(replies: Replies): string {
  const cwd = mkdtempSync(join(tmpdir(), 'tov-cache-key-'))
  writeFileSync(join(cwd, checked(replies)), typeof replies === 'string' ? replies : JSON.stringify(replies, null, 2))
  return cwd
}

async function runIn(cwd: string, replies: Replies, variant: Variant, cache: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  for (const [name, content] of Object.entries(variant.files ?? {})) writeFileSync(join(cwd, name), content)
  const options: CliOptions = { cwd, env: { ...cacheEnv, ...variant.env } }
  return tov(['check', checked(replies), '-f', 'json', ...(cache ? ['--cache'] : []), ...(variant.args ?? [])], options)
}

/**
 * Fills the cache with a run under `first`, then runs under `second` with the cache, and expects what an
 * uncached run under `second` reports; the two variants must report differently, or the case proves nothing.
 */
async function expectNoStaleReplay(replies: Replies, first: Variant, second: Variant): Promise<void> {
  const cwd = workspace(replies)
  const firstFresh = await runIn(cwd, replies, first, false)
  await runIn(cwd, replies, first, true)
  const cached = await runIn(cwd, replies, second, true)
  const secondFresh = await runIn(cwd, replies, second, false)
  expect(secondFresh.stdout).not.toBe(firstFresh.stdout)
  expect(cached.stderr).toBe('')
  expect(cached.stdout).toBe(secondFresh.stdout)
  expect(cached.code).toBe(secondFresh.code)
  // And back: the first variant again, with the second's cache on disk.
  expect((await runIn(cwd, replies, first, true)).stdout).toBe(firstFresh.stdout)
}

// No sign-off: the suggestion and the fix name the agent.
const unsigned = [{ id: 'levering', text: '@eva Wat vervelend dat je pakket nog niet binnen is. Ik zoek het voor je uit.' }]

describe('tov check --cache', () => {
  it('does not replay one agent\'s suggestions for another (--agent)', async () => {
    await expectNoStaleReplay(unsigned, { args: ['--agent', 'AB'] }, { args: ['--agent', 'CD'] })
  })

  it('does not replay one agent\'s suggestions for another (TOV_AGENT)', async () => {
    await expectNoStaleReplay(unsigned, { env: { TOV_AGENT: 'AB' } }, { env: { TOV_AGENT: 'CD' } })
  })

  it('does not replay a run with an agent for a run without one', async () => {
    await expectNoStaleReplay(unsigned, { args: ['--agent', 'AB'] }, {})
  })

  it('does not replay results of the config\'s only agent for another config agent', async () => {
    const config = (agents: Record<string, string>) => ({ files: { '.tovrc.json': JSON.stringify({ agents }) } })
    await expectNoStaleReplay(unsigned, config({ AB: 'Anna de Boer' }), config({ CD: 'Cas Dijk' }))
  })

  it('does not replay results checked against another thread', async () => {
    const thread = (customer: string) => ({
      args: ['--thread', 'thread.json'],
      files: { 'thread.json': JSON.stringify({ channel: 'x', customer, messages: [{ from: 'customer', text: `${customer} mijn pakket is er nog niet` }] }) },
    })
    await expectNoStaleReplay(unsigned, thread('@eva'), thread('@piet'))
  })

  it('does not replay results of another channel', async () => {
    await expectNoStaleReplay(unsigned, { args: ['--channel', 'x'] }, { args: ['--channel', 'email'] })
  })

  it('does not replay a template\'s results for a reply, or the reverse', async () => {
    // A library entry is always a canned response; a single file is a draft unless --template says otherwise.
    const draft = '@{{klant}} Wat vervelend dat je pakket nog niet binnen is. Ik zoek het voor je uit. ^{{initialen}}\n'
    await expectNoStaleReplay(draft, { args: ['--template'] }, {})
  })

  it('writes the entries of the last run only, under that run\'s identity', async () => {
    const cwd = workspace(unsigned)
    await runIn(cwd, unsigned, { args: ['--agent', 'AB'] }, true)
    const first = JSON.parse(readFileSync(join(cwd, '.tovcache'), 'utf8')) as { fingerprint: string; entries: object }
    await runIn(cwd, unsigned, { args: ['--agent', 'CD'] }, true)
    const second = JSON.parse(readFileSync(join(cwd, '.tovcache'), 'utf8')) as { fingerprint: string; entries: object }
    expect(second.fingerprint).not.toBe(first.fingerprint)
    expect(Object.keys(second.entries)).toHaveLength(1)
  })
})
