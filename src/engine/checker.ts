// Builds the retext pipeline from a resolved config (once per channel) and runs it over replies:
// text -> parse (retext-dutch) -> syntax marking -> sentence ends -> rules -> findings -> checklist.
import type { Root } from 'nlcst'
import { unified, type Processor } from 'unified'
import retextDutch from 'retext-dutch'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { getChannel } from '../channels/channels.js'
import { checklistVerdicts } from '../checklist/checklist.js'
import { resolveConfig } from '../config/resolve-config.js'
import markSyntax from '../syntax/mark-syntax.js'
import splitSentenceEnds from '../syntax/split-sentence-ends.js'
import { TovError } from '../tov-error.js'
import type { ChannelName, CheckOptions, CheckResult, Finding, ResolvedConfig, Severity, Thread, TovConfigInput } from '../types.js'
import { formatMessage, type Report, type RuleDefinition, type RuleRun, type RunContext } from './define-rule.js'
import { createCustomPhraseRule } from './custom-phrase-rule.js'
import { buildSentences, type SentenceModel } from './reply-model.js'
import { replyAddressForm, toFormal } from './formal-address.js'
import { findRule } from './rule-registry.js'
import { parseInChunks } from './parse-in-chunks.js'
import { ParsedTurns, parseThread } from './thread.js'

interface ActiveRule {
  rule: RuleDefinition
  severity: Severity
  run: RuleRun
}

interface ChannelPipeline {
  rules: ActiveRule[]
  checklistItems: Set<string>
}

type Parser = Processor<Root, Root, Root, undefined, undefined>

/** Replies larger than this are not replies; refuse them before parsing. */
export const maxReplyBytes = 1024 * 1024

/** Rejects what cannot be a reply: empty text, binary data, an enormous input. */
export function assertReplyText(text: string, name: string): void {
  if (text.length > maxReplyBytes) {
    throw new TovError('INPUT_TOO_LARGE', `${name}: te groot voor één reactie (meer dan 1 MiB).`)
  }
  if (text.includes('\u0000')) throw new TovError('BINARY_INPUT', `${name}: dit is een binair bestand, geen tekst.`)
  if (text.trim().length === 0) throw new TovError('EMPTY_INPUT', `${name}: leeg; er is geen reactie om te controleren.`)
}

const severityRank: Record<Severity, number> = { warn: 1, error: 2 }

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

export class Checker {
  readonly config: ResolvedConfig
  private readonly parser: Parser
  private readonly pipelines = new Map<ChannelName, Promise<ChannelPipeline>>()
  /** A thread's turns, parsed once for all the replies checked against it. */
  private readonly turns = new ParsedTurns()
  private readonly threads = new WeakMap<object, Thread>()

  constructor(config: ResolvedConfig) {
    this.config = config
    this.parser = unified().use(retextDutch).use(markSyntax).use(splitSentenceEnds) as unknown as Parser
  }

  /** Compiles the rules for a channel once; later checks on that channel reuse them. */
  prepare(channel: ChannelName = this.config.channel): Promise<ChannelPipeline> {
    let pipeline = this.pipelines.get(channel)
    if (!pipeline) {
      pipeline = this.compile(channel)
      this.pipelines.set(channel, pipeline)
      pipeline.catch(() => this.pipelines.delete(channel))
    }
    return pipeline
  }

  private async compile(channelName: ChannelName): Promise<ChannelPipeline> {
    const channel = getChannel(channelName)
    const settings = {
      agents: this.config.agents,
      vocabulary: this.config.vocabulary,
      addressForm: this.config.addressForm,
      placeholders: this.config.placeholders,
      placeholderLength: this.config.placeholderLength,
    }
    const rules: ActiveRule[] = []
    for (const [id, resolved] of Object.entries(this.config.rules)) {
      const rule = findRule(id)
      if (!rule) continue
      const options = { ...(rule.defaults?.(channel) ?? {}), ...resolved.options }
      const run = await rule.create({ options, channel, settings })
      if (run) rules.push({ rule, severity: resolved.severity, run })
    }
    for (const phrase of this.config.phrases) {
      const rule = createCustomPhraseRule(phrase)
      const run = await rule.create({ options: {}, channel, settings })
      if (run) rules.push({ rule, severity: phrase.severity, run })
    }
    return { rules, checklistItems: new Set(rules.map((active) => active.rule.checklist)) }
  }

  private parse(text: string): { tree: Root; file: VFile } {
    const file = new VFile({ value: text })
    const tree = this.parser.runSync(parseInChunks(text, (piece) => this.parser.parse(piece)), file)
    return { tree, file }
  }

  async check(text: string, checkOptions: CheckOptions = {}): Promise<CheckResult> {
    const options = this.validOptions(text, checkOptions)
    const name = options.file ?? '<tekst>'
    assertReplyText(text, name)
    const channelName = options.channel ?? options.thread?.channel ?? this.config.channel
    const pipeline = await this.prepare(channelName)
    const { tree, file } = this.parse(text)
    const place = location(file)

    const findings: Finding[] = []
    let sentences: SentenceModel[] | undefined
    let formal: boolean | undefined
    // Whether the reply says u: its suggestions then say u too. Read once, and only for a finding.
    const formalReply = () => (formal ??= replyAddressForm((sentences ??= buildSentences(tree)), this.config.addressForm) === 'u')
    for (const active of pipeline.rules) {
      const run: RunContext = {
        text,
        template: options.template ?? false,
        agent: options.agent ?? (Object.keys(this.config.agents).length === 1 ? Object.keys(this.config.agents)[0] : undefined),
        thread: options.thread,
        syntax: file.data.syntaxSpans ?? [],
        sentences: () => (sentences ??= buildSentences(tree)),
        sentencesOf: (other: string) => this.turns.get(other, (turn) => buildSentences(this.parse(turn).tree)),
        report: (messageId: string, report: Report) => {
          findings.push(this.toFinding(active, messageId, report, text, place, formalReply))
        },
      }
      await active.run(tree, run)
    }

    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))
    const errors = findings.filter((finding) => finding.severity === 'error').length
    return {
      file: name,
      channel: channelName,
      findings,
      checklist: checklistVerdicts(this.config.checklist, findings, pipeline.checklistItems),
      summary: { errors, warnings: findings.length - errors },
    }
  }

  /**
   * The options of a check as TypeScript promises them: a JavaScript caller may pass anything, and bad
   * input is a TovError, never a TypeError from deep inside a rule. A thread is validated once per object.
   */
  private validOptions(text: unknown, options: unknown): CheckOptions {
    if (typeof text !== 'string') throw new TovError('USAGE', `check() verwacht de tekst van een reactie, geen ${text === null ? 'null' : typeof text}.`)
    if (options === null || typeof options !== 'object') throw new TovError('USAGE', 'check() verwacht als opties een object, zoals { channel: "x" }.')
    const { channel, file, agent, template, thread } = options as Record<string, unknown>
    if (channel !== undefined) getChannel(channel)
    if (file !== undefined && typeof file !== 'string') throw new TovError('USAGE', 'de optie "file" moet tekst zijn.')
    if (agent !== undefined && typeof agent !== 'string') throw new TovError('USAGE', 'de optie "agent" moet initialen zijn, zoals "AB".')
    if (template !== undefined && typeof template !== 'boolean') throw new TovError('USAGE', 'de optie "template" moet true of false zijn.')
    if (thread === undefined) return options as CheckOptions
    if (thread === null || typeof thread !== 'object') throw new TovError('THREAD_INVALID', 'thread: verwacht een object met "messages".')
    let valid = this.threads.get(thread)
    if (!valid) {
      valid = parseThread(thread)
      this.threads.set(thread, valid)
    }
    return { ...(options as CheckOptions), thread: valid }
  }

  private toFinding(
    active: ActiveRule,
    messageId: string,
    report: Report,
    text: string,
    place: ReturnType<typeof location>,
    formalReply: () => boolean,
  ): Finding {
    const template = active.rule.messages[messageId]
    if (template === undefined) throw new Error(`rule ${active.rule.id} has no message "${messageId}"`)
    const actual = text.slice(report.start, report.end)
    const suggestions = (report.suggestions ?? []).map((suggestion) => {
      // The address-form rule says which form to use itself.
      const addressed = active.rule.id !== 'address-form' && /\bj(?:e|ij|ou|ouw|ezelf)\b/iu.test(suggestion) && formalReply() ? toFormal(suggestion) : suggestion
      return casedLike(actual, addressed)
    })
    const start = place.toPoint(report.start) ?? { line: 1, column: 1 }
    const end = place.toPoint(report.end) ?? place.toPoint(text.length) ?? start
    const severity =
      report.severity && severityRank[report.severity] < severityRank[active.severity] ? report.severity : active.severity
    return {
      ruleId: active.rule.id,
      severity,
      message: formatMessage(template, { actual, ...report.data }),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: report.start,
      endOffset: report.end,
      actual,
      suggestions,
      // A suggestion with a gap for the agent ("uiterlijk <dag> <tijd>") is a hint, never an edit a tool applies.
      edits: suggestions.filter((suggestion) => !hasGap(suggestion)).map((suggestion) => ({ range: [report.start, report.end], text: suggestion })),
      ...(report.fix ? { fix: { range: [report.fix.start, report.fix.end], text: report.fix.text } } : {}),
      checklist: active.rule.checklist,
    }
  }
}

/** A reusable checker: loads dictionaries and compiles rules once; its `check()` is cheap. */
export async function createChecker(config: TovConfigInput | ResolvedConfig = {}): Promise<Checker> {
  const resolved = isResolved(config) ? config : resolveConfig(config)
  const checker = new Checker(resolved)
  await checker.prepare()
  return checker
}

function isResolved(config: TovConfigInput | ResolvedConfig): config is ResolvedConfig {
  // Written configs have string or array rule settings; resolved ones always have all fields and objects.
  return 'addressForm' in config && 'agents' in config && 'vocabulary' in config && 'values' in config &&
    Array.isArray(config.phrases) && Array.isArray(config.checklist) &&
    Object.values(config.rules ?? {}).every((rule) => typeof rule === 'object' && !Array.isArray(rule))
}
