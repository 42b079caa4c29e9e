// `tov mcp`: tov's checks as the tools of a Model Context Protocol server, so that an AI assistant that drafts
// a webcare reply checks it, revises it and checks again until the brand's one-minute checklist passes.
// Every tool answers with structured content (validated against its output schema) and the same data as
// JSON text for older clients. A bad request is a tool result with isError and tov's one Dutch line; the
// server keeps serving. Configs come inline as data or from the server's folder, never from a path the
// assistant names: an assistant must not make the server read arbitrary files or run code.
import type { Readable, Writable } from 'node:stream'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import type { CallToolResult, ReadResourceResult } from '@modelcontextprotocol/sdk/types.js'
import * as z from 'zod'
import {
  requireChannel,
  channelNames,
  configForEntry,
  createChecker,
  customRulePrefix,
  describeRules,
  defaultChecklist,
  didYouMean,
  findRule,
  fixReply,
  formatResults,
  isTovError,
  loadConfig,
  parseThread,
  printable,
  resolveConfig,
  ruleIds,
  rulesFor,
  ruleUrl,
  TovError,
  valuesByRule,
  version,
  type ChannelName,
  type Checker,
  type CheckOptions,
  type CheckResult,
  type FixOutcome,
  type ResolvedConfig,
  type TovConfigInput,
} from '../index.js'
import { assertReplyText, reuseCheckers } from '../engine/checker.js'
import { buildChecklistDocument } from '../formats/checklist-document.js'
import { shownValue } from '../tov-error.js'

export interface McpOptions {
  /** The folder whose config (.tovrc, package.json "tov") is used when a call gives none. */
  cwd: string
  /** The config file to use instead of searching (`tov mcp --config <path>`). */
  configFile?: string
}

/** The name a checked reply has in results and messages. */
const replyName = '<mcp>'

/** Checkers kept warm, one per config (the folder's, and inline ones), as the daemon does. */
const warmCheckers = 8

// ---------------------------------------------------------------------------------------------------
// Schemas. Thread and config are validated by tov itself (parseThread, resolveConfig), which says in one
// Dutch line what is wrong; zod only carries their JSON Schema for the client.

const offset = z.int().nonnegative()
const position = z.int().positive()
const count = z.int().nonnegative()

const textEdit = z.object({
  range: z.tuple([offset, offset]).describe('0-based offsets [start, end) in the checked text'),
  text: z.string(),
})

// Loose objects: tov's result format grows (DESIGN.md); a client must not reject a field added later.
const finding = z.looseObject({
  ruleId: z.string().describe('the rule that found it; explain_rule tells why it exists'),
  severity: z.enum(['error', 'warn']),
  message: z.string().describe('Dutch: what is wrong and what to do instead'),
  line: position.describe('1-based line in the text given'),
  column: position.describe('1-based column in the text given'),
  endLine: position,
  endColumn: position,
  offset: offset.describe('0-based offset in the text given'),
  endOffset: offset,
  actual: z.string().describe('the offending words'),
  suggestions: z.array(z.string()).describe('replacements for the span, likeliest first; "" means remove it; <dag> <tijd> are gaps only the agent can fill'),
  edits: z.array(textEdit).describe('the suggestions without gaps, as edits of the text'),
  fix: textEdit.optional().describe('the mechanical fix fix_reply applies'),
  checklist: z.string().describe('the checklist item this finding fails'),
})

const verdict = z.looseObject({
  id: z.string(),
  question: z.string().describe('Dutch, as the agent reads it'),
  status: z.enum(['pass', 'fail', 'manual']).describe('manual: only a person can answer it; ask the human'),
})

const checkResult = z.looseObject({
  file: z.string(),
  channel: z.enum(channelNames as [ChannelName, ...ChannelName[]]),
  findings: z.array(finding),
  checklist: z.array(verdict),
  summary: z.object({ errors: count, warnings: count }),
  passed: z.boolean().describe('no error and no failed checklist item: the reply may go out once the manual items are answered'),
})

const checklistOutput = z.object({
  channel: z.enum(channelNames as [ChannelName, ...ChannelName[]]),
  passed: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      question: z.string(),
      status: z.enum(['pass', 'fail', 'manual']),
      findings: z.array(z.object({ ruleId: z.string(), message: z.string(), line: position, column: position, suggestions: z.array(z.string()) })),
    }),
  ),
  text: z.string().describe("tov's own checklist view: ✔ pass, ✖ fail (findings indented, line:column), ? manual"),
})

const fixOutput = z.object({
  text: z.string().describe('the fixed reply (the same text when nothing could be fixed mechanically)'),
  changed: z.boolean(),
  applied: z.array(z.object({ ruleId: z.string(), fix: textEdit })).describe('the fixes applied, in order, each in the offsets of the text it was applied to'),
  passed: z.boolean(),
  result: checkResult.describe('the check of the fixed text'),
})

const severitySetting = z.enum(['error', 'warn', 'off'])

const ruleSummary = z.object({
  id: z.string(),
  description: z.string().describe('Dutch, one line'),
  checklist: z.string(),
  severity: z.enum(['error', 'warn']).describe("the rule's default severity"),
  setting: severitySetting.describe('what this config does with the rule'),
  channels: z.string().describe('the channels the rule applies to, in words'),
  values: z.array(z.string()).describe('the brand values that turn the rule on'),
  url: z.string(),
})

const rulesOutput = z.object({ rules: z.array(ruleSummary) })

const explanation = z.object({
  id: z.string(),
  description: z.string(),
  checklist: z.object({ id: z.string(), question: z.string() }),
  severity: z.enum(['error', 'warn']),
  channels: z.string(),
  values: z.array(z.string()),
  options: z.record(z.string(), z.string()).describe('options a config may set, with their types'),
  rationale: z.string().describe('Dutch: why the rule exists and where the idea comes from'),
  examples: z.object({
    wrong: z.string().describe('a reply that breaks the rule'),
    right: z.string().describe('the same reply, right'),
    channel: z.string().optional(),
    template: z.boolean().optional(),
    thread: z.array(z.object({ from: z.string(), text: z.string() })).optional().describe('the conversation both replies answer'),
  }),
  details: z.string().optional().describe('what the rule finds and leaves alone (English, Markdown)'),
  url: z.string(),
})

const channelList = channelNames.join(', ')

const threadArgument = z.unknown().meta({
  type: 'object',
  description:
    'Earlier messages of the conversation; the text is the next agent reply. Gives the customer\'s handle for the @mention, the apologies and promises already made, and answers already sent.',
  properties: {
    channel: { type: 'string', description: `one of ${channelList}` },
    customer: { type: 'string', description: 'the customer\'s handle, such as "@eva"' },
    messages: {
      type: 'array',
      items: {
        type: 'object',
        properties: { from: { enum: ['customer', 'agent'] }, text: { type: 'string' } },
        required: ['from', 'text'],
      },
    },
  },
  required: ['messages'],
})

const configArgument = z.unknown().meta({
  type: 'object',
  description:
    'Optional tov config as an object with the keys of a .tovrc (extends, channel, values, addressForm, agents, vocabulary, rules, overrides, phrases, checklist, placeholders, placeholderLength, csvColumns), e.g. {"values": ["vriendelijk"], "agents": {"AB": "Anna de Boer"}}. Never a file path. Leave it out to use the brand config of the folder the server runs in; that is almost always what you want.',
})

const replyArguments = {
  text: z.string().describe('the draft reply, exactly as it would be sent'),
  channel: z.string().optional().describe(`where the reply goes: ${channelList} ("twitter" means x). Default: the thread's channel, else the config's.`),
  thread: threadArgument.optional(),
  config: configArgument.optional(),
  agent: z.string().optional().describe('the agent\'s initials ("AB"), for the sign-off ^AB; default the config\'s only agent'),
}

interface ReplyArguments {
  text: string
  channel?: string | undefined
  thread?: unknown
  config?: unknown
  agent?: string | undefined
}

const loopAdvice =
  'Work in a loop: draft the reply, call this tool, revise the text so that every finding is resolved, and call it again, until `passed` is true. ' +
  'Do not present a reply as ready while `passed` is false. Items with status "manual" are questions for the human agent (ask an expert, would a customer be satisfied); do not answer them yourself. ' +
  'Messages and checklist questions are Dutch and address the writer; follow them. Findings\' `line` and `column` are 1-based in the text you gave. ' +
  'A suggestion with a gap such as "<dag> <tijd>" needs facts only the agent knows: ask for them, never invent them.'

// ---------------------------------------------------------------------------------------------------
// What the tools do.

/** The config of a call: inline data, else the folder's (read anew: it may change while the server runs). */
async function configOf(raw: unknown, options: McpOptions): Promise<ResolvedConfig> {
  if (raw === undefined) return loadConfig(options.cwd, options.configFile !== undefined ? { configFile: options.configFile } : {})
  if (typeof raw === 'string') {
    throw new TovError('CONFIG_INVALID', 'config: geef de instellingen zelf als object, zoals {"channel": "x"}; een pad naar een bestand wordt niet gelezen. Laat config weg voor de config van het merk.')
  }
  return resolveConfig(raw as TovConfigInput, 'config')
}

/** A reply's checker and check options, every argument validated first (text, channel, thread, config). */
async function prepareReply(args: ReplyArguments, options: McpOptions): Promise<{ checker: Checker; checkOptions: CheckOptions }> {
  assertReplyText(args.text, 'text')
  const channel = args.channel === undefined ? undefined : requireChannel(args.channel)
  const thread = args.thread === undefined ? undefined : parseThread(args.thread, 'thread')
  const config = await configOf(args.config, options)
  const used = channel ?? thread?.channel ?? config.channel
  // As `tov check`: the config's overrides for this channel apply (file globs do not match "<mcp>").
  const checker = await createChecker(configForEntry(config, { file: replyName, channel: used }))
  return {
    checker,
    checkOptions: { file: replyName, channel: used, ...(thread ? { thread } : {}), ...(args.agent !== undefined ? { agent: args.agent } : {}) },
  }
}

/** A result with its verdict: what the assistant loops on. */
type Checked = CheckResult & { passed: boolean }

const passedOf = (result: CheckResult): boolean => result.summary.errors === 0 && result.checklist.every((item) => item.status !== 'fail')

const withPassed = (result: CheckResult): Checked => ({ ...result, passed: passedOf(result) })

async function checkReply(args: ReplyArguments, options: McpOptions): Promise<Checked> {
  const { checker, checkOptions } = await prepareReply(args, options)
  return withPassed(await checker.check(args.text, checkOptions))
}

interface FixAnswer {
  text: string
  changed: boolean
  applied: FixOutcome['applied']
  passed: boolean
  result: Checked
}

async function fixReplyText(args: ReplyArguments, options: McpOptions): Promise<FixAnswer> {
  const { checker, checkOptions } = await prepareReply(args, options)
  const outcome = await fixReply(checker, args.text, checkOptions)
  return { text: outcome.text, changed: outcome.text !== args.text, applied: outcome.applied, passed: passedOf(outcome.result), result: withPassed(outcome.result) }
}

async function checklistOf(args: ReplyArguments, options: McpOptions): Promise<z.infer<typeof checklistOutput>> {
  const result = await checkReply(args, options)
  return {
    channel: result.channel,
    passed: result.passed,
    items: result.checklist.map((item) => ({
      id: item.id,
      question: item.question,
      status: item.status,
      findings: result.findings
        .filter((found) => found.checklist === item.id)
        .map(({ ruleId, message, line, column, suggestions }) => ({ ruleId, message, line, column, suggestions })),
    })),
    text: formatResults([result], 'checklist', { color: false }),
  }
}

/** Every rule of a config with what the config does with it, as `tov rules --format json`. */
function rulesOf(config: ResolvedConfig): z.infer<typeof rulesOutput> {
  return {
    rules: describeRules(config).map((rule) => ({
      id: rule.id,
      description: rule.description,
      checklist: rule.checklist,
      severity: rule.severity,
      setting: rule.setting,
      channels: rule.channels,
      values: rule.values,
      url: ruleUrl(rule.id),
    })),
  }
}

async function explainRule(args: { rule: string; config?: unknown }, options: McpOptions): Promise<z.infer<typeof explanation>> {
  // A brand's own rule ("custom/<id>") and its own checklist items need the config; a built-in rule does not.
  const config = args.config !== undefined || args.rule.startsWith(customRulePrefix) ? await configOf(args.config, options) : undefined
  const known = config ? rulesFor(config) : undefined
  const rule = findRule(args.rule) ?? known?.find((candidate) => candidate.id === args.rule)
  if (!rule) {
    throw new TovError('UNKNOWN_RULE', `Onbekende regel "${shownValue(args.rule)}"${didYouMean(args.rule, known?.map((candidate) => candidate.id) ?? ruleIds)}. Zie list_rules.`)
  }
  const checklist = config?.checklist ?? defaultChecklist
  const { wrong, right, rationale, details, channel, template, thread } = rule.docs
  return {
    id: rule.id,
    description: rule.description,
    checklist: { id: rule.checklist, question: checklist.find((item) => item.id === rule.checklist)?.question ?? '' },
    severity: rule.severity,
    channels: rule.channels,
    values: valuesByRule().get(rule.id) ?? [],
    options: { ...rule.options },
    rationale,
    examples: { wrong, right, ...(channel ? { channel } : {}), ...(template ? { template } : {}), ...(thread ? { thread } : {}) },
    ...(details ? { details } : {}),
    url: ruleUrl(rule.id),
  }
}

// ---------------------------------------------------------------------------------------------------
// The server.

/** A tool's answer: structured, and the same as JSON text for clients that only read text. */
function answer(data: object): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(data, null, 2) }], structuredContent: data as Record<string, unknown> }
}

/** A refused call: tov's one line for what the caller can correct, "interne fout" for a bug. */
function refusal(error: unknown): CallToolResult {
  const text = isTovError(error)
    ? error.message
    : `interne fout: ${printable((error instanceof Error ? error.message : String(error)).replace(/\s*[\n\r]+\s*/g, ' '))}`
  return { isError: true, content: [{ type: 'text', text }] }
}

/** Each server's calls in progress: serveMcp answers them before it closes. */
const inFlight = new WeakMap<McpServer, Set<Promise<unknown>>>()

/** The MCP server with tov's tools and resources, not yet connected to a transport. */
export function createMcpServer(options: McpOptions): McpServer {
  reuseCheckers(warmCheckers)
  const server = new McpServer(
    { name: 'tov', title: 'tov: tone of voice for Dutch webcare replies', version: version() },
    {
      capabilities: { tools: {}, resources: {} },
      instructions:
        'tov checks Dutch and Flemish webcare replies (X, Instagram, Facebook, WhatsApp, Google reviews, e-mail) against a brand\'s tone of voice and its one-minute checklist. ' +
        'When you write or revise a reply for a customer, check it with check_reply or checklist, revise until `passed` is true, and use fix_reply for the mechanical fixes (@mention first, sign-off, the brand\'s own substitutions). ' +
        'explain_rule tells why a rule exists, with a wrong and a right example.',
    },
  )
  const pending = new Set<Promise<unknown>>()
  inFlight.set(server, pending)
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work)
    const done = () => void pending.delete(work)
    work.then(done, done)
    return work
  }
  const tool = (run: () => Promise<object>): Promise<CallToolResult> =>
    track(
      (async () => {
        try {
          return answer(await run())
        } catch (error) {
          return refusal(error)
        }
      })(),
    )

  server.registerTool(
    'check_reply',
    {
      title: 'Check a webcare reply',
      description:
        "Checks a draft webcare reply (Dutch or Flemish) against the brand's tone of voice and the channel's conventions (@mention first on X, a ^AB sign-off, length, spelling, no hollow promises, no condescension, ...). " +
        loopAdvice +
        ' Returns tov\'s result: `findings` (each with `ruleId`, `severity` "error" or "warn", a Dutch `message`, `line`/`column` and `endLine`/`endColumn` 1-based in the text, `offset`/`endOffset` 0-based, `actual` = the offending words, `suggestions` = replacements for that span, likeliest first, "" = remove it, `edits` the suggestions as offset edits, `fix` the mechanical fix fix_reply applies, `checklist` = the item it fails), ' +
        '`checklist` (each item of the brand\'s one-minute checklist with status "pass", "fail" or "manual"), `summary` (counts of errors and warnings), `channel` and `passed` (no error and no failed checklist item).',
      inputSchema: z.strictObject(replyArguments),
      outputSchema: checkResult,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) => tool(() => checkReply(args, options)),
  )

  server.registerTool(
    'fix_reply',
    {
      title: 'Apply the mechanical fixes to a webcare reply',
      description:
        "Applies the fixes that need no judgement, as `tov check --fix`: the customer's @mention first, a missing or malformed sign-off (^AB, from `agent` or the config's only agent), the brand's own substitutions. " +
        'Everything else (hollow promises, tone, facts) is yours to rewrite: read `result.findings` and revise. Calling it on its own output changes nothing. ' +
        'Returns `text` (the fixed reply), `changed`, `applied` (each fix with its `ruleId` and the edit `fix`: 0-based `range` [start, end) in the text it was applied to, and the new `text`), `passed` and `result` (the check of the fixed text, as check_reply returns it; its line/column are 1-based in the fixed text).',
      inputSchema: z.strictObject(replyArguments),
      outputSchema: fixOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) => tool(() => fixReplyText(args, options)),
  )

  server.registerTool(
    'checklist',
    {
      title: "The brand's one-minute checklist for a reply",
      description:
        "Checks a draft reply as check_reply does and answers in the form of the brand's one-minute checklist: every item with its Dutch `question`, its `status` (\"pass\", \"fail\", or \"manual\" for the human agent) and, under a failed item, its `findings` (`ruleId`, Dutch `message`, 1-based `line` and `column` in the text, `suggestions`). " +
        loopAdvice +
        ' `text` is the same checklist as tov prints it (✔ pass, ✖ fail, ? manual), to show the human.',
      inputSchema: z.strictObject(replyArguments),
      outputSchema: checklistOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) => tool(() => checklistOf(args, options)),
  )

  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a tov rule',
      description:
        'Explains why a rule exists and how to get it right: its Dutch `description` and `rationale` (with the source of the idea), the checklist item it feeds (`checklist.id` and its Dutch `question`), default `severity`, `channels`, the brand `values` that turn it on, its `options`, a `wrong` and a `right` example reply, and a `url`. ' +
        'Use it when a finding\'s message is not enough to know how to rewrite. `rule` is a ruleId from a finding or from list_rules; a brand\'s own rules are "custom/<id>".',
      inputSchema: z.strictObject({
        rule: z.string().describe('the rule id, such as "no-hollow-promise"'),
        config: configArgument.optional(),
      }),
      outputSchema: explanation,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) => tool(() => explainRule(args, options)),
  )

  server.registerTool(
    'list_rules',
    {
      title: "List the brand's rules",
      description:
        "Lists every rule of the config (the folder's brand config, or the inline `config`): `id`, Dutch `description`, `checklist` item, default `severity`, `setting` in this config (\"error\", \"warn\" or \"off\"), `channels`, the brand `values` that turn it on, and a `url`. A brand's own phrase rules are \"custom/<id>\".",
      inputSchema: z.strictObject({ config: configArgument.optional() }),
      outputSchema: rulesOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) => tool(async () => rulesOf(await configOf(args.config, options))),
  )

  const json = (uri: URL, data: unknown): ReadResourceResult => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(data, null, 2) }] })
  server.registerResource(
    'checklist',
    'tov://checklist',
    {
      title: "The brand's one-minute checklist",
      description: "The checklist items of the folder's brand config: each Dutch question, whether only a person can answer it (manual), and the rules that check it; and the brand's values.",
      mimeType: 'application/json',
    },
    (uri) => track((async () => json(uri, buildChecklistDocument(await configOf(undefined, options))))()),
  )
  server.registerResource(
    'rules',
    'tov://rules',
    {
      title: "The brand's rules",
      description: "Every rule of the folder's brand config, as list_rules returns it.",
      mimeType: 'application/json',
    },
    (uri) => track((async () => json(uri, rulesOf(await configOf(undefined, options))))()),
  )
  return server
}

/** Resolves on the next turn of the event loop: after what the last message set going has started. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Serves tov's MCP server on a pair of streams (standard input and output for `tov mcp`) until the client
 * closes the connection: when the input ends, the calls in progress are answered, then the server closes.
 * Nothing but the protocol is written to `output`.
 */
export async function serveMcp(options: McpOptions & { input: Readable; output: Writable }): Promise<void> {
  const { input, output, ...mcpOptions } = options
  const server = createMcpServer(mcpOptions)
  const transport = new StdioServerTransport(input, output)
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve
  })
  let closing = false
  const close = async () => {
    if (closing) return
    closing = true
    // The last messages may have set calls going that have not started yet.
    await nextTurn()
    const pending = inFlight.get(server)!
    while (pending.size > 0) {
      await Promise.allSettled([...pending])
      await nextTurn()
    }
    await server.close()
  }
  input.once('end', () => void close())
  input.once('close', () => void close())
  if (input.readableEnded || input.destroyed) void close()
  // A client that went away: its pipe breaks. Stop serving rather than die of an unhandled 'error'.
  output.on('error', () => void server.close())
  await server.connect(transport)
  await closed
}
