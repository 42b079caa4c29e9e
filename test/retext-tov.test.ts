// tov's rules in somebody else's unified pipeline: the collective (retextTov) and each rule on its own, on
// plain text and behind remark-retext on Markdown, with the findings check() gives.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextDutch from 'retext-dutch'
import { unified, type PluggableList } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { builtinRules, check, findingsOf, parseThread, resolveConfig, retextTov } from '../src/index.js'
import noHollowPromise from '../rules/no-hollow-promise.js'
import type { ChannelName, TovConfigInput } from '../src/types.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')

/** Every reply in the fixtures, with its channel, and every rule's documented wrong and right reply. */
const replies: Array<{ name: string; text: string; channel: ChannelName }> = [
  ...readdirSync(join(fixtures, 'replies')).flatMap((channel) =>
    readdirSync(join(fixtures, 'replies', channel)).map((name) => ({
      name: `replies/${channel}/${name}`,
      text: readFileSync(join(fixtures, 'replies', channel, name), 'utf8'),
      channel: channel as ChannelName,
    })),
  ),
  ...readdirSync(join(fixtures, 'drafts')).map((name) => ({ name: `drafts/${name}`, text: readFileSync(join(fixtures, 'drafts', name), 'utf8'), channel: 'x' as const })),
  { name: 'bench/reply.txt', text: readFileSync(join(fixtures, 'bench', 'reply.txt'), 'utf8'), channel: 'x' },
  ...builtinRules.flatMap((rule) => [
    { name: `${rule.id} docs.wrong`, text: rule.docs.wrong, channel: 'x' as const },
    { name: `${rule.id} docs.right`, text: rule.docs.right, channel: 'x' as const },
  ]),
]

/** A text checked by a pipeline of retext-dutch and the given plugin, as anyone would build it. */
async function runPipeline(text: string, plugins: PluggableList): Promise<VFile> {
  const processor = unified().use(retextDutch).use(plugins)
  const file = new VFile({ value: text })
  await processor.run(processor.parse(file), file)
  return file
}

describe('retextTov in an outside pipeline', () => {
  it('has replies with findings among the cases', async () => {
    const withFindings = await Promise.all(replies.map(async (reply) => (await check(reply.text, { channel: reply.channel })).findings.length > 0))
    expect(withFindings.filter(Boolean).length).toBeGreaterThanOrEqual(20)
  })

  it.each(replies)('$name: the same findings as check()', async ({ text, channel }) => {
    const config: TovConfigInput = { channel }
    const file = await runPipeline(text, [[retextTov, config]])
    expect(findingsOf(file)).toEqual((await check(text, { channel })).findings)
  })

  it('reports the way retext plugins do', async () => {
    const file = await runPipeline('@eva We gaan ernaar kijken! ^AB', [[retextTov, { channel: 'x' }]])
    const [message] = file.messages
    expect(message).toMatchObject({
      source: 'tov',
      ruleId: 'no-hollow-promise',
      actual: 'We gaan ernaar kijken',
      url: 'https://github.com/tov/tov/blob/main/docs/rules.md#no-hollow-promise',
      fatal: false,
      line: 1,
      column: 6,
      tov: { severity: 'warn', checklist: 'feiten', messageId: 'found' },
    })
    expect(message?.reason).toContain('Loze belofte')
    expect(message?.place).toEqual({ start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 27, offset: 26 } })
  })

  it('takes the agent, the thread and canned responses from file.data.tov', async () => {
    const processor = unified().use(retextDutch).use(retextTov, { channel: 'x', agents: { AB: 'Anna', CD: 'Chris' } })
    const file = new VFile({ value: '@eva Je pakket komt morgen voor 12.00 uur.', data: { tov: { agent: 'CD' } } })
    await processor.run(processor.parse(file), file)
    const signOff = findingsOf(file).find((finding) => finding.ruleId === 'sign-off')
    expect(signOff?.fix?.text).toContain('^CD')
  })

  it('accepts a config resolveConfig made, and refuses an unknown rule in one written by hand', async () => {
    const resolved = resolveConfig({ extends: [], rules: { 'no-hollow-promise': 'warn' } })
    const file = await runPipeline('@eva We gaan ernaar kijken! ^AB', [[retextTov, resolved]])
    expect(findingsOf(file).map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(['no-hollow-promise warn'])
    const handMade = { ...resolved, rules: { 'no-such-rule': { severity: 'error', options: {} } } } as unknown as TovConfigInput
    expect(() => unified().use(retextDutch).use(retextTov, handMade).freeze()).toThrow(/onbekende regel "no-such-rule"/i)
  })
})

describe('a rule on its own is a unified plugin', () => {
  it('runs with its defaults', async () => {
    const file = await runPipeline('@eva We gaan ernaar kijken! ^AB', [noHollowPromise])
    expect(file.messages.map((message) => `${message.ruleId}: ${message.actual}`)).toEqual(['no-hollow-promise: We gaan ernaar kijken'])
  })

  it('takes its options, channel and severity', async () => {
    const file = await runPipeline('@eva We gaan ernaar kijken! ^AB', [[noHollowPromise, { channel: 'email', severity: 'warn' }]])
    expect(file.messages.map((message) => [message.fatal, message.tov?.severity])).toEqual([[false, 'warn']])
  })

  // Each rule's documented replies are run, not compared: the wrong one gets a finding, the right one none.
  it.each(builtinRules.map((rule) => [rule.id, rule] as const))('%s reports its documented wrong reply and not its right one', async (_id, rule) => {
    const { channel = 'x', thread, template } = rule.docs
    const run = async (text: string) => {
      const processor = unified().use(retextDutch).use(rule, { channel })
      const file = new VFile({ value: text, data: { tov: { ...(thread ? { thread: parseThread({ channel, messages: thread }) } : {}), ...(template ? { template } : {}) } } })
      await processor.run(processor.parse(file), file)
      return file.messages.filter((message) => message.ruleId === rule.id).map((message) => message.actual)
    }
    expect(await run(rule.docs.wrong)).not.toEqual([])
    expect(await run(rule.docs.right)).toEqual([])
  })
})

describe('behind remark-retext', () => {
  it('reports at the right line and column of the Markdown file', async () => {
    const markdown = '# Antwoord aan Eva\n\nHoi Eva,\n\nBedankt voor je bericht. **We gaan ernaar kijken!**\n\nGroet, Anna\n'
    const processor = unified()
      .use(remarkParse)
      .use(remarkRetext, unified().use(retextDutch).use(retextTov, { channel: 'email', extends: [], rules: { 'no-hollow-promise': 'error' } }) as never)
    const file = new VFile({ value: markdown, path: 'antwoord.md' })
    await processor.run(processor.parse(file), file)
    const findings = findingsOf(file)
    expect(findings.map((finding) => [finding.ruleId, finding.line, finding.column, finding.actual])).toEqual([['no-hollow-promise', 5, 28, 'We gaan ernaar kijken']])
    expect(markdown.slice(findings[0]!.offset, findings[0]!.endOffset)).toBe('We gaan ernaar kijken')
  })
})
