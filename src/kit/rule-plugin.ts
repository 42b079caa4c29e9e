// A rule as a unified plugin (an attacher: options in, transformer out), so that any retext pipeline can
// run it: `unified().use(retextDutch).use(noHollowPromise)`. It reports the way retext-equality and
// retext-spell do, with `file.message(reason, {place, ruleId, source: 'tov'})` and `actual`, `expected`,
// `url` and `fatal` on the message; what only tov needs (severity, checklist item, edits, fix) rides on the
// message as `tov`. What a check knows beyond the text (thread, agent, canned response) reaches the rules
// through `file.data.tov`.
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { VFileMessage } from 'vfile-message'
import { getChannel, type ChannelSpec } from '../channels/channels.js'
import markSyntax from '../syntax/mark-syntax.js'
import splitSentenceEnds from '../syntax/split-sentence-ends.js'
import type { AddressForm, ChannelName, Finding, Severity, Thread } from '../types.js'
import type { Report, RuleDefinition, RuleRun, RuleSettings, RunContext } from './define-rule.js'
import { replyAddressForm, toFormal } from './formal-address.js'
import { formatMessage } from './message-template.js'
import { parseReply } from './parse-reply.js'
import { buildSentences, type SentenceModel } from './reply-model.js'
import { ParsedTurns } from './thread.js'

/** What a check knows about a reply beyond its text. */
export interface TovFileData {
  /** A canned response whose placeholders are filled in later, not a draft about to be sent. */
  template?: boolean
  /** The agent's initials for a sign-off. */
  agent?: string
  /** The conversation the reply answers, as parseThread returns it. */
  thread?: Thread
}

/** tov's part of a message: what a finding needs beyond vfile's own fields. */
export interface TovMessageData {
  severity: Severity
  checklist: string
  messageId: string
  edits: Finding['edits']
  fix?: Finding['fix']
}

declare module 'vfile' {
  interface DataMap {
    tov: TovFileData
  }
}

declare module 'vfile-message' {
  interface VFileMessage {
    tov?: TovMessageData
  }
}

/** The options of one rule used as a plugin. */
export interface RulePluginOptions {
  /** The rule's options (defaults are the rule's own for the channel). */
  options?: Record<string, unknown>
  /** The channel the reply is for (default "x"). */
  channel?: ChannelName | ChannelSpec
  /** Brand settings: agents, vocabulary, address form, placeholders. */
  settings?: Partial<RuleSettings>
  /** The rule's severity (default its own). */
  severity?: Severity
}

/** Where a rule is documented: its section of the rule reference, docs/rules.md ("### `no-hollow-promise`"). */
export function ruleUrl(ruleId: string): string {
  return `https://github.com/tov/tov/blob/main/docs/rules.md#${ruleId.replace(/\//g, '')}`
}

const defaultSettings: RuleSettings = { agents: {}, vocabulary: [], addressForm: 'je', placeholders: undefined, placeholderLength: 40 }

/** What every rule of one check shares: the tree's sentences and the text's line index, made once. */
interface CheckMemo {
  tree: Root
  sentences?: SentenceModel[]
  place?: ReturnType<typeof location>
}

declare module 'vfile' {
  interface DataMap {
    tovMemo: CheckMemo
  }
}

/**
 * The memo of a check, kept on its file (not in a WeakMap: a weak table per check costs the garbage
 * collector more than the memo saves).
 */
function memoOf(tree: Root, file: VFile): CheckMemo {
  let memo = file.data.tovMemo
  if (!memo || memo.tree !== tree) {
    memo = { tree }
    file.data.tovMemo = memo
  }
  return memo
}

function sentencesOf(tree: Root, file: VFile): SentenceModel[] {
  const memo = memoOf(tree, file)
  return (memo.sentences ??= buildSentences(tree))
}

function locate(tree: Root, file: VFile): ReturnType<typeof location> {
  const memo = memoOf(tree, file)
  return (memo.place ??= location(file))
}

/** A thread's turns, parsed once for all the replies checked against it (bounded: see ParsedTurns). */
const turns = new ParsedTurns()

const severityRank: Record<Severity, number> = { warn: 1, error: 2 }

const markSpans = markSyntax()
const splitEnds = splitSentenceEnds()

/**
 * Mentions, links and placeholders marked as one node each, and the sentence ends parse-latin misses split,
 * unless the pipeline did so already (tov's own parser does; a bare retext-dutch pipeline does not), so
 * that no rule reads "@eva" or a link as Dutch words.
 */
function ensureMarked(tree: Root, file: VFile): void {
  if (file.data.syntaxSpans !== undefined) return
  markSpans(tree, file)
  splitEnds(tree)
}

/**
 * A suggestion written as the text it replaces is: "Je hoort ..." in the middle of a sentence becomes
 * "je hoort ...", and a lower-case suggestion for a sentence's first word takes its capital. A suggestion
 * with capitals inside ("PostNL", "Mijn Account") is a name and stays as it is.
 */
function casedLike(actual: string, suggestion: string): string {
  const first = suggestion.charAt(0)
  if (!/\p{L}/u.test(first) || /\p{Lu}/u.test(suggestion.slice(1).split(' ')[0] ?? '')) return suggestion
  const upper = /^\p{Lu}/u.test(actual)
  const lower = /^\p{Ll}/u.test(actual)
  if (upper && first !== first.toUpperCase()) return first.toUpperCase() + suggestion.slice(1)
  if (lower && first !== first.toLowerCase()) return first.toLowerCase() + suggestion.slice(1)
  return suggestion
}

/** A suggestion with a gap for the agent to fill in: "<dag>", "<link>". */
const hasGap = (suggestion: string): boolean => /<[^<>\n]{1,40}>/.test(suggestion)

/**
 * A message is an Error, and capturing its stack costs more than the rest of a finding; a finding's stack
 * says nothing. The limit is restored before anything else can run.
 */
function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** The only agent of a config signs every reply when no other is named. */
function defaultAgent(agents: Record<string, string>): string | undefined {
  const initials = Object.keys(agents)
  return initials.length === 1 ? initials[0] : undefined
}

/** A rule made ready for a channel: its transformer, and whether it applies there at all. */
export interface PreparedRule {
  rule: RuleDefinition
  severity: Severity
  /** Resolves once the rule is set up: false when it does not apply to the channel; rejects when set-up fails. */
  ready: Promise<boolean>
  transformer: RuleTransformer
}

/** What a rule does to a tree: reports on its file. */
export type RuleTransformer = (tree: Root, file: VFile) => Promise<void>

/**
 * One rule, set up once (options read, matchers compiled, data loaded) and then run on every tree it is
 * given.
 */
export function prepareRule(rule: RuleDefinition, pluginOptions: RulePluginOptions = {}): PreparedRule {
  const channel = typeof pluginOptions.channel === 'object' ? pluginOptions.channel : getChannel(pluginOptions.channel ?? 'x')
  const settings: RuleSettings = { ...defaultSettings, ...pluginOptions.settings }
  const severity = pluginOptions.severity ?? rule.severity
  const options = { ...(rule.defaults?.(channel) ?? {}), ...pluginOptions.options }
  // Once set up, every check runs the rule without waiting on the set-up again.
  let created: RuleRun | null | undefined
  const creating: Promise<RuleRun | null> = Promise.resolve()
    .then(() => rule.create({ options, channel, settings }))
    .then((run) => (created = run))
  const ready = creating.then((run) => run !== null)
  // A set-up that fails is reported by `ready` and by the first run, not as an unhandled rejection.
  ready.catch(() => undefined)
  return {
    rule,
    severity,
    ready,
    transformer: async (tree, file) => {
      ensureMarked(tree, file)
      const run = created === undefined ? await creating : created
      if (run) await run(tree, runContext(rule, severity, settings.addressForm, settings.agents, tree, file))
    },
  }
}

/** A rule's view of one reply: its text and sentences, what the check knows, and `report`. */
function runContext(rule: RuleDefinition, ruleSeverity: Severity, addressForm: AddressForm, agents: Record<string, string>, tree: Root, file: VFile): RunContext {
  const text = String(file.value)
  const data = file.data.tov ?? {}
  let formal: boolean | undefined
  // Whether the reply says u: its suggestions then say u too. Read once, and only for a finding.
  const formalReply = () => (formal ??= replyAddressForm(sentencesOf(tree, file), addressForm) === 'u')
  return {
    text,
    template: data.template ?? false,
    agent: data.agent ?? defaultAgent(agents),
    thread: data.thread,
    syntax: file.data.syntaxSpans ?? [],
    sentences: () => sentencesOf(tree, file),
    sentencesOf: (other: string) =>
      turns.get(other, (turn) => {
        const parsed = parseReply(turn)
        return sentencesOf(parsed.tree, parsed.file)
      }),
    report: (messageId: string, report: Report) => {
      const template = rule.messages[messageId]
      if (template === undefined) throw new Error(`rule ${rule.id} has no message "${messageId}"`)
      const actual = text.slice(report.start, report.end)
      const suggestions = (report.suggestions ?? []).map((suggestion) => {
        // The address-form rule says which form to use itself.
        const addressed = rule.id !== 'address-form' && /\bj(?:e|ij|ou|ouw|ezelf)\b/iu.test(suggestion) && formalReply() ? toFormal(suggestion) : suggestion
        return casedLike(actual, addressed)
      })
      const place = locate(tree, file)
      const start = place.toPoint(report.start) ?? { line: 1, column: 1, offset: 0 }
      const end = place.toPoint(report.end) ?? place.toPoint(text.length) ?? start
      const severity = report.severity && severityRank[report.severity] < severityRank[ruleSeverity] ? report.severity : ruleSeverity
      const message = withoutStack(() =>
        file.message(formatMessage(template, { actual, ...report.data }), {
          place: { start: { ...start, offset: report.start }, end: { ...end, offset: report.end } },
          ruleId: rule.id,
          source: 'tov',
        }),
      )
      message.actual = actual
      message.expected = suggestions
      message.url = ruleUrl(rule.id)
      message.fatal = severity === 'error'
      message.tov = {
        severity,
        checklist: rule.checklist,
        messageId,
        // A suggestion with a gap for the agent ("uiterlijk <dag> <tijd>") is a hint, never an edit a tool applies.
        edits: suggestions.filter((suggestion) => !hasGap(suggestion)).map((suggestion) => ({ range: [report.start, report.end], text: suggestion })),
        ...(report.fix ? { fix: { range: [report.fix.start, report.fix.end], text: report.fix.text } } : {}),
      }
    },
  }
}

/** The finding a tov message stands for (the JSON contract of DESIGN.md); undefined for other messages. */
export function findingOf(message: VFileMessage): Finding | undefined {
  const data = message.tov
  if (message.source !== 'tov' || !data || !message.ruleId || !message.place || !('start' in message.place)) return undefined
  const { start, end } = message.place
  return {
    ruleId: message.ruleId,
    severity: data.severity,
    message: message.reason,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: start.offset ?? 0,
    endOffset: end.offset ?? 0,
    actual: message.actual ?? '',
    suggestions: message.expected ?? [],
    edits: data.edits,
    ...(data.fix ? { fix: data.fix } : {}),
    checklist: data.checklist,
  }
}

/** Every finding of a file that tov's rules checked, in reading order. */
export function findingsOf(file: VFile): Finding[] {
  return file.messages
    .flatMap((message) => findingOf(message) ?? [])
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))
}
