// `tov mcp`, driven as an assistant's client drives it: the SDK's own Client, in-process over linked
// in-memory transports against createMcpServer, and over stdio against the built CLI (`node bin/tov.js mcp`).
// Every structured answer is validated against the tool's published output schema (Ajv; the SDK publishes
// draft-07) and compared with what the library's check() says about the same text with the same config.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js'
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js'
import { Ajv, type ValidateFunction } from 'ajv'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { Checker } from '../src/engine/checker.js'
import { check, loadConfig, type CheckResult, type Finding, type TovConfigInput } from '../src/index.js'
import { createMcpServer, serveMcp } from '../src/mcp/mcp-server.js'
import { root } from './run-cli.js'

const built = existsSync(join(root, 'dist/cli/main.cjs'))
const fixture = (path: string): string => readFileSync(join(root, 'fixtures', path), 'utf8')

// A draft for X with known defects (condescension, a hollow promise, a second apology, a misspelling, a
// malformed sign-off), a clean reply, and one that lacks its @mention and its sign-off.
const draft = fixture('drafts/x-draft.txt')
const clean = fixture('replies/x/pakket-afhaalpunt.txt')
const unsigned = fixture('drafts/x-no-mention.txt')
const thread = { customer: '@eva', messages: [{ from: 'customer', text: '@webcare Waar blijft mijn pakket? Ik wacht al een week.' }] }

/** The brand config each server's folder holds: one agent (for the sign-off fix) and a rule turned off. */
const brandConfig = { agents: { AB: 'Anna de Boer' }, rules: { 'no-robotic-empathy': 'off' } }

/** The default checklist of DESIGN.md, in its order. */
const checklistIds = ['persoonlijk', 'feiten', 'toon', 'vorm', 'privacy', 'deskundige', 'tevreden']

const toolNames = ['check_reply', 'checklist', 'explain_rule', 'fix_reply', 'list_rules']

const made: string[] = []
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true })
})

/** A folder with the brand's .tovrc, as the folder `tov mcp` runs in. */
function brandFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tov-mcp-'))
  made.push(folder)
  writeFileSync(join(folder, '.tovrc'), JSON.stringify(brandConfig))
  return folder
}

/** What a client compares: each finding's rule, place and message. */
const placesOf = (findings: readonly Finding[]) => findings.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }))

interface Session {
  client: Client
  /** The tools as listed, with an Ajv validator of each one's output schema. */
  tools: Map<string, Tool & { validate: ValidateFunction }>
  /** A call that must succeed: its structured content, validated and equal to its JSON text. */
  call(name: string, args: Record<string, unknown>): Promise<Record<string, unknown>>
  /** A call that must be refused: its one line of text. */
  refused(name: string, args: Record<string, unknown>): Promise<string>
  close(): Promise<void>
}

async function session(client: Client, close: () => Promise<void>): Promise<Session> {
  const ajv = new Ajv({ allErrors: true })
  // listTools also makes the SDK's Client validate every later answer against the output schemas.
  const { tools } = await client.listTools()
  const byName = new Map(tools.map((tool) => [tool.name, { ...tool, validate: ajv.compile(tool.outputSchema ?? {}) }]))
  const raw = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult
  return {
    client,
    tools: byName,
    async call(name, args) {
      const result = await raw(name, args)
      expect(result.isError, JSON.stringify(result.content)).toBeFalsy()
      const data = result.structuredContent!
      const validate = byName.get(name)!.validate
      expect(validate(data), ajv.errorsText(validate.errors)).toBe(true)
      // Older clients read the text: the same data.
      expect(result.content).toHaveLength(1)
      expect(JSON.parse((result.content[0] as { text: string }).text)).toEqual(data)
      return data
    },
    async refused(name, args) {
      const result = await raw(name, args)
      expect(result.isError, JSON.stringify(result)).toBe(true)
      expect(result.content).toHaveLength(1)
      const text = (result.content[0] as { type: string; text: string }).text
      expect(text).not.toContain('\n')
      return text
    },
    close,
  }
}

interface Layer {
  name: string
  /** Why the layer cannot run here, or undefined. */
  skip: string | undefined
  open(folder: string): Promise<Session>
}

const inProcess: Layer = {
  name: 'in-process (createMcpServer, in-memory transport)',
  skip: undefined,
  async open(folder) {
    const server = createMcpServer({ cwd: folder })
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair()
    const client = new Client({ name: 'tov-test', version: '1.0.0' })
    await Promise.all([server.connect(serverSide), client.connect(clientSide)])
    return session(client, async () => {
      await client.close()
      await server.close()
    })
  },
}

/** The environment of `tov mcp` as a client starts it: no daemon, no CI, no test runner's settings. */
function serverEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'CI' && !key.startsWith('TOV_') && !key.startsWith('VITEST') && key !== 'NODE_OPTIONS') env[key] = value
  }
  return { ...env, TOV_NO_DAEMON: '1' }
}

const overStdio: Layer = {
  name: 'over stdio (node bin/tov.js mcp)',
  skip: built ? undefined : 'dist/cli/main.cjs is missing: build tov (npm run build) to run the stdio tests of `tov mcp`',
  async open(folder) {
    const transport = new StdioClientTransport({ command: process.execPath, args: [join(root, 'bin/tov.js'), 'mcp'], cwd: folder, env: serverEnv(), stderr: 'pipe' })
    // What the server says on stderr, for a failure to show (a build without `tov mcp` says so there).
    let stderr = ''
    transport.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')))
    const client = new Client({ name: 'tov-test', version: '1.0.0' })
    try {
      await client.connect(transport)
    } catch (error) {
      throw new Error(`tov mcp did not start: ${error instanceof Error ? error.message : String(error)}; stderr: ${stderr}`)
    }
    return session(client, () => client.close())
  },
}

for (const layer of [inProcess, overStdio]) {
  describe.skipIf(layer.skip !== undefined)(`tov mcp ${layer.name}`, () => {
    let folder: string
    let mcp: Session
    /** The library's result for a text, with the folder's config: what every tool must agree with. */
    const library = async (text: string, options: { thread?: typeof thread } = {}): Promise<CheckResult> =>
      check(text, { config: await loadConfig(folder), channel: 'x', file: '<mcp>', ...(options.thread ? { thread: options.thread as never } : {}) })

    beforeAll(async () => {
      folder = brandFolder()
      mcp = await layer.open(folder)
    }, 30_000)
    afterAll(async () => {
      await mcp?.close()
    })

    it('lists the five tools, each with an input and an output schema', () => {
      expect([...mcp.tools.keys()].sort()).toEqual(toolNames)
      for (const tool of mcp.tools.values()) {
        expect(tool.inputSchema.type, tool.name).toBe('object')
        expect(tool.outputSchema?.type, tool.name).toBe('object')
        expect(tool.description?.length, tool.name).toBeGreaterThan(100)
        expect(tool.title, tool.name).toBeTruthy()
      }
      const input = mcp.tools.get('check_reply')!.inputSchema
      expect(input.required).toEqual(['text'])
      expect(Object.keys(input.properties ?? {}).sort()).toEqual(['agent', 'channel', 'config', 'text', 'thread'])
      // The thread's shape is published, though tov validates it (for one Dutch line when it is wrong).
      expect((input.properties!['thread'] as { required?: string[] }).required).toEqual(['messages'])
      expect(mcp.tools.get('check_reply')!.description).toMatch(/1-based/)
    })

    it('check_reply gives the findings the library gives for the same text and config', async () => {
      const result = await mcp.call('check_reply', { text: draft })
      const expected = await library(draft)
      expect(expected.findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['no-condescension', 'no-hollow-promise', 'spelling', 'sign-off']))
      expect(placesOf(result['findings'] as Finding[])).toEqual(placesOf(expected.findings))
      expect(result).toMatchObject({ channel: 'x', summary: expected.summary, checklist: expected.checklist, passed: false })
    })

    it('check_reply takes the channel (and its alias) and the thread', async () => {
      const onWhatsapp = await mcp.call('check_reply', { text: draft, channel: 'whatsapp' })
      expect(onWhatsapp['channel']).toBe('whatsapp')
      // No @mention on WhatsApp: the draft's leading "@eva" is not what mention-first wants there.
      expect(placesOf(onWhatsapp['findings'] as Finding[])).toEqual(placesOf((await check(draft, { config: await loadConfig(folder), channel: 'whatsapp' })).findings))
      expect((await mcp.call('check_reply', { text: draft, channel: 'Twitter' }))['channel']).toBe('x')
      // Without the thread the missing @mention has no handle to ask for; with it, mention-first names @eva.
      const withThread = await mcp.call('check_reply', { text: unsigned, thread })
      expect(placesOf(withThread['findings'] as Finding[])).toEqual(placesOf((await library(unsigned, { thread })).findings))
      expect((withThread['findings'] as Finding[]).find((finding) => finding.ruleId === 'mention-first')?.message).toContain('@eva')
    })

    it('a clean reply passes', async () => {
      const result = await mcp.call('check_reply', { text: clean })
      expect(result['findings']).toEqual([])
      expect(result['passed']).toBe(true)
      expect((result['checklist'] as Array<{ status: string }>).map((item) => item.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'manual', 'manual'])
    })

    it('fix_reply adds the @mention and the sign-off, and a second fix changes nothing', async () => {
      const first = await mcp.call('fix_reply', { text: unsigned, thread })
      expect(first['changed']).toBe(true)
      const fixed = first['text'] as string
      expect(fixed).toMatch(/^@eva /)
      expect(fixed.trimEnd()).toMatch(/\^AB$/)
      expect((first['applied'] as Array<{ ruleId: string }>).map((fix) => fix.ruleId).sort()).toEqual(['mention-first', 'sign-off'])
      // The result is the check of the fixed text, as the library sees it.
      expect(placesOf((first['result'] as CheckResult).findings)).toEqual(placesOf((await library(fixed, { thread })).findings))
      expect((first['result'] as CheckResult).findings.map((finding) => finding.ruleId)).not.toContain('mention-first')

      const second = await mcp.call('fix_reply', { text: fixed, thread })
      expect(second).toMatchObject({ text: fixed, changed: false, applied: [] })
    })

    it('fix_reply leaves what needs judgement to the writer', async () => {
      const result = await mcp.call('fix_reply', { text: draft })
      expect(result['changed']).toBe(true)
      expect((result['text'] as string).trimEnd()).toMatch(/\^AB$/)
      const left = (result['result'] as CheckResult).findings.map((finding) => finding.ruleId)
      expect(left).toEqual(expect.arrayContaining(['no-condescension', 'no-hollow-promise']))
      expect(left).not.toContain('sign-off')
      expect(result['passed']).toBe(false)
    })

    it('checklist gives the seven default items, the findings under the failed ones, and tov\'s own view', async () => {
      const result = await mcp.call('checklist', { text: draft })
      const expected = await library(draft)
      const items = result['items'] as Array<{ id: string; question: string; status: string; findings: Array<{ ruleId: string; line: number; column: number; message: string }> }>
      expect(items.map((item) => item.id)).toEqual(checklistIds)
      expect(items[0]!.question).toBe('Spreek je de klant persoonlijk aan en sluit je af met je naam of initialen?')
      expect(items.slice(5).map((item) => item.status)).toEqual(['manual', 'manual'])
      expect(result['passed']).toBe(false)
      for (const item of items) {
        const own = expected.findings.filter((finding) => finding.checklist === item.id)
        expect(item.status, item.id).toBe(own.length > 0 ? 'fail' : item.id === 'deskundige' || item.id === 'tevreden' ? 'manual' : 'pass')
        expect(item.findings, item.id).toEqual(own.map(({ ruleId, message, line, column, suggestions }) => ({ ruleId, message, line, column, suggestions })))
      }
      const text = result['text'] as string
      expect(text).toContain('✖ Is je toon respectvol')
      expect(text).toContain('? Zou jij als klant zelf tevreden zijn met deze reactie?')
      for (const finding of expected.findings) expect(text).toContain(`    ${finding.line}:${finding.column} ${finding.message}`)
      expect(text).not.toContain('\u001b[')

      const passing = await mcp.call('checklist', { text: clean })
      expect(passing['passed']).toBe(true)
      expect((passing['text'] as string).split('\n').filter(Boolean).map((line) => line[0])).toEqual(['✔', '✔', '✔', '✔', '✔', '?', '?'])
    })

    it('explain_rule explains a rule, and names the one meant for an unknown one', async () => {
      const rule = await mcp.call('explain_rule', { rule: 'no-hollow-promise' })
      expect(rule).toMatchObject({
        id: 'no-hollow-promise',
        checklist: { id: 'feiten', question: 'Heb je je beperkt tot de feiten, zonder loze beloftes of eigen mening?' },
        url: expect.stringContaining('no-hollow-promise'),
      })
      const examples = rule['examples'] as { wrong: string; right: string }
      // The documented wrong reply is one the rule finds; the right one it leaves alone.
      const ruleIdsOf = async (text: string) => (await check(text, { channel: 'x' })).findings.map((finding) => finding.ruleId)
      expect(await ruleIdsOf(examples.wrong)).toContain('no-hollow-promise')
      expect(await ruleIdsOf(examples.right)).not.toContain('no-hollow-promise')
      expect(rule['rationale']).toMatch(/\w{5}/)

      expect(await mcp.refused('explain_rule', { rule: 'no-hollow-promis' })).toMatch(/^Onbekende regel "no-hollow-promis" \(bedoel je "no-hollow-promise"\?\)/)
    })

    it("list_rules gives every rule with the setting of the folder's config, or of an inline one", async () => {
      const rules = (await mcp.call('list_rules', {}))['rules'] as Array<{ id: string; setting: string; checklist: string }>
      const byId = new Map(rules.map((rule) => [rule.id, rule]))
      expect(byId.get('spelling')).toMatchObject({ checklist: 'vorm', setting: 'error' })
      expect(byId.get('no-hollow-promise')).toMatchObject({ checklist: 'feiten' })
      expect(byId.get('no-robotic-empathy')?.setting).toBe('off')

      const inline = (await mcp.call('list_rules', { config: { rules: { 'no-emoji': 'warn' }, phrases: [{ id: 'klantenservice', match: 'klantendienst', replace: 'klantenservice' }] } }))['rules'] as typeof rules
      const inlineById = new Map(inline.map((rule) => [rule.id, rule]))
      expect(inlineById.get('no-emoji')?.setting).toBe('warn')
      // The recommended preset's setting: the folder's config does not count.
      expect(inlineById.get('no-robotic-empathy')?.setting).toBe('warn')
      expect(inlineById.get('custom/klantenservice')).toMatchObject({ setting: 'warn', checklist: 'toon' })
    })

    it('an inline config is used instead of the folder\'s', async () => {
      const config: TovConfigInput = { rules: { 'no-condescension': 'off' }, agents: { AB: 'Anna de Boer' } }
      const result = await mcp.call('check_reply', { text: draft, config })
      expect(placesOf(result['findings'] as Finding[])).toEqual(placesOf((await check(draft, { config, channel: 'x' })).findings))
      expect((result['findings'] as Finding[]).map((finding) => finding.ruleId)).not.toContain('no-condescension')
    })

    it("reads the folder's config anew for every call", async () => {
      const before = await mcp.call('check_reply', { text: draft })
      expect((before['findings'] as Finding[]).map((finding) => finding.ruleId)).toContain('no-condescension')
      writeFileSync(join(folder, '.tovrc'), JSON.stringify({ ...brandConfig, rules: { ...brandConfig.rules, 'no-condescension': 'off' } }))
      try {
        const after = await mcp.call('check_reply', { text: draft })
        expect((after['findings'] as Finding[]).map((finding) => finding.ruleId)).not.toContain('no-condescension')
        expect((after['findings'] as Finding[]).length).toBeGreaterThan(0)
      } finally {
        writeFileSync(join(folder, '.tovrc'), JSON.stringify(brandConfig))
      }
    })

    it('refuses bad requests with one Dutch line each, and serves the next request', async () => {
      expect(await mcp.refused('check_reply', { text: draft, channel: 'twitterr' })).toMatch(/^Onbekend kanaal "twitterr" \(bedoel je "twitter"\?\)\. Kies uit: x, /)
      expect(await mcp.refused('check_reply', { text: '' })).toBe('text: leeg; er is geen reactie om te controleren.')
      expect(await mcp.refused('checklist', { text: '  \n ' })).toMatch(/leeg/)
      expect(await mcp.refused('check_reply', { text: 'Hoi Eva. '.repeat(2 * 1024 * 1024 / 9 + 1) })).toMatch(/^text: te groot voor één reactie/)
      expect(await mcp.refused('check_reply', { text: draft, config: { chanel: 'x' } })).toMatch(/^config: onbekende sleutel "chanel" \(bedoel je "channel"\?\)/)
      expect(await mcp.refused('list_rules', { config: { values: ['vriendelijkk'] } })).toMatch(/onbekende merkwaarde "vriendelijkk" \(bedoel je "vriendelijk"\?\)/)
      // A path is never read: a config is data.
      expect(await mcp.refused('fix_reply', { text: draft, config: '.tovrc' })).toMatch(/^config: .*pad/)
      expect(await mcp.refused('check_reply', { text: draft, thread: { messages: [{ from: 'klant', text: 'Hoi' }] } })).toBe('thread: bericht 1: "from" moet "customer" of "agent" zijn.')
      expect(await mcp.refused('check_reply', { text: draft, thread: { customer: '@eva' } })).toMatch(/^thread: "messages" ontbreekt/)
      expect(await mcp.refused('checklist', { text: draft, thread: 'klant: waar is mijn pakket?' })).toMatch(/^thread: /)
      // An argument the tool does not have is refused by the SDK's own validation, not silently dropped.
      expect(await mcp.refused('check_reply', { text: draft, chanel: 'whatsapp' })).toMatch(/chanel/)

      const result = await mcp.call('check_reply', { text: clean })
      expect(result['passed']).toBe(true)
    })

    it('lists and reads the checklist and the rules as resources', async () => {
      const { resources } = await mcp.client.listResources()
      expect(resources.map((resource) => [resource.uri, resource.mimeType]).sort()).toEqual([
        ['tov://checklist', 'application/json'],
        ['tov://rules', 'application/json'],
      ])
      const checklist = await mcp.client.readResource({ uri: 'tov://checklist' })
      const document = JSON.parse((checklist.contents[0] as { text: string }).text) as { items: Array<{ id: string; manual: boolean; rules: Array<{ id: string }> }> }
      expect(document.items.map((item) => item.id)).toEqual(checklistIds)
      expect(document.items.find((item) => item.id === 'feiten')?.rules.map((rule) => rule.id)).toContain('no-hollow-promise')
      // The folder's config turns no-robotic-empathy off: it checks nothing there.
      const toon = document.items.find((item) => item.id === 'toon')?.rules.map((rule) => rule.id)
      expect(toon).toContain('no-condescension')
      expect(toon).not.toContain('no-robotic-empathy')
      const rules = await mcp.client.readResource({ uri: 'tov://rules' })
      expect(rules.contents[0]?.mimeType).toBe('application/json')
      const listed = JSON.parse((rules.contents[0] as { text: string }).text) as { rules: Array<{ id: string }> }
      expect(listed.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['spelling', 'no-hollow-promise']))
    })
  })
}

describe('tov mcp in-process only', () => {
  let mcp: Session
  beforeAll(async () => {
    mcp = await inProcess.open(brandFolder())
  })
  afterAll(async () => {
    await mcp?.close()
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('answers a bug with "interne fout" and keeps serving', async () => {
    vi.spyOn(Checker.prototype, 'check').mockRejectedValueOnce(new TypeError('kapot\nen meer'))
    expect(await mcp.refused('check_reply', { text: clean })).toBe('interne fout: kapot en meer')
    expect((await mcp.call('check_reply', { text: clean }))['passed']).toBe(true)
  })

  it("keeps the folder config's checker warm: the rules are compiled once, though the config is read per call", async () => {
    const folder = brandFolder()
    // A config of its own: no other test has warmed a checker for it.
    writeFileSync(join(folder, '.tovrc'), JSON.stringify({ ...brandConfig, vocabulary: ['Zwerfkeiwinkel'] }))
    const own = await inProcess.open(folder)
    try {
      const prepare = vi.spyOn(Checker.prototype, 'prepare')
      for (let round = 0; round < 3; round++) await own.call('check_reply', { text: clean })
      await own.call('fix_reply', { text: clean })
      await own.call('checklist', { text: clean })
      expect(prepare).toHaveBeenCalledTimes(1)
    } finally {
      await own.close()
    }
  })

  it('a broken config in the folder is a refusal, not a crash', async () => {
    const folder = brandFolder()
    writeFileSync(join(folder, '.tovrc'), '{ "rules": ')
    const broken = await inProcess.open(folder)
    try {
      expect(await broken.refused('check_reply', { text: clean })).toMatch(/^Config \.tovrc/)
      expect(await broken.refused('list_rules', {})).toMatch(/^Config \.tovrc/)
      // A resource has no tool result to carry the refusal: it is a JSON-RPC error with the same line.
      await expect(broken.client.readResource({ uri: 'tov://rules' })).rejects.toThrow(/Config \.tovrc/)
      // An inline config does not need the folder's.
      expect((await broken.call('check_reply', { text: clean, config: brandConfig }))['passed']).toBe(true)
    } finally {
      await broken.close()
    }
  })
})

/** JSON-RPC lines as a client writes them: initialize, initialized, then the given requests. */
function protocolLines(requests: Array<{ method: string; params: unknown }>): string {
  const messages = [
    { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1.0.0' } } },
    { jsonrpc: '2.0', method: 'notifications/initialized' },
    ...requests.map((request, index) => ({ jsonrpc: '2.0', id: index + 1, ...request })),
  ]
  return messages.map((message) => JSON.stringify(message) + '\n').join('')
}

/** Each line of output as JSON: every line must be a JSON-RPC message (stdout is the protocol). */
function protocolMessages(output: string): Array<{ jsonrpc: string; id?: number; result?: CallToolResult }> {
  const lines = output.split('\n').filter((line) => line !== '')
  return lines.map((line) => JSON.parse(line) as { jsonrpc: string; id?: number; result?: CallToolResult })
}

const requests = [
  { method: 'tools/call', params: { name: 'check_reply', arguments: { text: draft } } },
  { method: 'tools/call', params: { name: 'check_reply', arguments: { text: draft, channel: 'twitterr' } } },
  { method: 'tools/call', params: { name: 'checklist', arguments: { text: clean } } },
]

/** The answers to `requests`, in their order, whatever order they came in. */
function answersOf(output: string): CallToolResult[] {
  const messages = protocolMessages(output)
  expect(messages.every((message) => message.jsonrpc === '2.0')).toBe(true)
  return requests.map((_, index) => messages.find((message) => message.id === index + 1)?.result as CallToolResult)
}

function expectAnswers(answers: CallToolResult[]): void {
  expect(answers.map((answer) => answer !== undefined)).toEqual([true, true, true])
  expect(answers[0]?.isError).toBeFalsy()
  expect((answers[0]?.structuredContent?.['findings'] as unknown[]).length).toBeGreaterThan(0)
  expect(answers[1]).toMatchObject({ isError: true })
  expect(answers[2]?.structuredContent?.['passed']).toBe(true)
}

describe('serveMcp', () => {
  it('answers every request it was sent before the input ended, then resolves', async () => {
    const input = new PassThrough()
    const output = new PassThrough()
    let written = ''
    output.on('data', (chunk: Buffer) => void (written += chunk.toString('utf8')))
    const served = serveMcp({ cwd: brandFolder(), input, output })
    // The client writes its requests and closes at once, as `... | tov mcp` does.
    input.end(protocolLines(requests))
    await served
    expectAnswers(answersOf(written))
  }, 30_000)
})

describe.skipIf(!built)('tov mcp as a process', () => {
  it('writes nothing but the protocol to stdout, answers what it was sent, and exits 0 when its input ends', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/tov.js'), 'mcp'], { cwd: brandFolder(), env: serverEnv(), stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')))
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    child.stdin.end(protocolLines(requests))
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    const code = await exited
    clearTimeout(timer)
    expect(code, stderr).toBe(0)
    expectAnswers(answersOf(stdout))
  }, 30_000)
})
