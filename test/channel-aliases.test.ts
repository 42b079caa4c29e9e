// A channel by the name people use for it: "twitter" and "X" are the x channel wherever tov reads a
// channel (config, library entry, tov init, the check options), and the output shows its own name, x.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { channelName, getChannel } from '../src/channels/channels.js'
import { loadConfig } from '../src/config/load-config.js'
import { resolveConfig } from '../src/config/resolve-config.js'
import { readLibrary } from '../src/library/read-library.js'
import { tov } from './run-cli.js'
import type { ChannelName } from '../src/types.js'

const scratch = () => mkdtempSync(join(tmpdir(), 'tov-channel-'))

/** No @mention: an error on x (and so on "twitter"), nothing on email. */
const reply = 'Hoi Eva, je pakket komt morgen voor 12.00 uur. ^AB\n'

describe('channelName', () => {
  it.each([
    ['twitter', 'x'],
    ['Twitter', 'x'],
    ['TWITTER', 'x'],
    ['X', 'x'],
    ['x', 'x'],
    ['WhatsApp', 'whatsapp'],
    ['instagram-dm', 'instagram-dm'],
  ])('reads %j as %j', (written, channel) => {
    expect(channelName(written)).toBe(channel)
    expect(getChannel(written).name).toBe(channel)
  })

  it.each([['tiktok'], ['twiter'], [''], [42], [null]])('knows no channel %j', (written) => {
    expect(channelName(written)).toBeUndefined()
    expect(() => getChannel(written)).toThrow('Onbekend kanaal')
  })
})

describe('"twitter" wherever a channel is read', () => {
  it('in a config: resolved to x', async () => {
    // As a config file gives it: TypeScript callers write the channel's own name.
    expect(resolveConfig({ channel: 'twitter' } as never).channel).toBe('x')
    expect(resolveConfig({ channel: 'X' } as never).channel).toBe('x')
    const cwd = scratch()
    writeFileSync(join(cwd, '.tovrc'), 'channel: twitter\n')
    writeFileSync(join(cwd, 'reply.txt'), reply)
    expect((await loadConfig(cwd)).channel).toBe('x')
    const { code, stdout } = await tov(['check', 'reply.txt', '-f', 'json'], { cwd })
    expect(code).toBe(1)
    const [result] = JSON.parse(stdout)
    expect(result.channel).toBe('x')
    expect(result.findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain('mention-first')
  })

  it.each([
    ['replies.json', JSON.stringify([{ id: 'groet', channel: 'twitter', text: reply }, { id: 'mail', channel: 'X', text: reply }])],
    ['replies.yaml', `- id: groet\n  channel: twitter\n  text: "${reply.trim()}"\n- id: mail\n  channel: X\n  text: "${reply.trim()}"\n`],
    ['replies.csv', `id,channel,text\ngroet,twitter,"${reply.trim()}"\nmail,X,"${reply.trim()}"\n`],
  ])('in a library entry (%s): the entry is checked and shown as x', async (file, content) => {
    const library = await readLibrary(file, content)
    expect(library.entries.map((entry) => entry.channel)).toEqual(['x', 'x'])
    const cwd = scratch()
    writeFileSync(join(cwd, file), content)
    const { stdout } = await tov(['check', file, '-f', 'json'], { cwd })
    const results = JSON.parse(stdout) as Array<{ channel: string; findings: Array<{ ruleId: string }> }>
    expect(results.map((result) => result.channel)).toEqual(['x', 'x'])
    for (const result of results) expect(result.findings.map((finding) => finding.ruleId)).toContain('mention-first')
  })

  it('in tov init, as a flag and as an answer: the config says x', async () => {
    const flagged = scratch()
    expect((await tov(['init', '--channel', 'twitter'], { cwd: flagged })).code).toBe(0)
    expect((await loadConfig(flagged)).channel).toBe('x')
    const asked = scratch()
    const { code, stdout } = await tov(['init'], { cwd: asked, stdin: '\nTwitter\n' })
    expect(code).toBe(0)
    expect(stdout).not.toContain('Onbekend kanaal')
    expect((await loadConfig(asked)).channel).toBe('x')
  })

  it('as --channel: accepted, and the reply is checked by the rules of x', async () => {
    const cwd = scratch()
    writeFileSync(join(cwd, 'reply.txt'), reply)
    const asTwitter = await tov(['check', 'reply.txt', '--channel', 'twitter', '-f', 'json'], { cwd })
    expect(asTwitter.stderr).toBe('')
    expect(asTwitter.code).toBe(1)
    expect(JSON.parse(asTwitter.stdout)[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['mention-first'])
    expect((await tov(['check', 'reply.txt', '--channel', 'email'], { cwd })).code).toBe(0)
  })

  it('shows x, not "twitter", for --channel twitter, and reads a thread\'s "channel": "twitter"', async () => {
    const { check, parseThread } = await import('../src/index.js')
    expect((await check('@eva Je pakket komt morgen. ^AB', { channel: 'twitter' as ChannelName })).channel).toBe('x')
    const thread = parseThread({ channel: 'twitter', messages: [{ from: 'customer', text: '@winkel Waar blijft mijn pakket?' }] })
    expect(thread.channel).toBe('x')
    expect((await check('@eva Je pakket komt morgen. ^AB', { thread })).channel).toBe('x')
  })
})
