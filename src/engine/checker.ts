// Builds the retext pipeline from a resolved config (once per channel) and runs it over replies:
// text -> parse (retext-dutch) -> syntax marking -> sentence ends -> rules (retext-tov.ts) -> vfile
// messages -> findings -> checklist.
import type { Root } from 'nlcst'
import { unified, type Processor } from 'unified'
import retextDutch from 'retext-dutch'
import { VFile } from 'vfile'
import { getChannel } from '../channels/channels.js'
import { checklistVerdicts, withVoiceDetail } from '../checklist/checklist.js'
import { isResolvedConfig, resolveConfig } from '../config/resolve-config.js'
import markSyntax from '../syntax/mark-syntax.js'
import splitSentenceEnds from '../syntax/split-sentence-ends.js'
import { TovError } from '../tov-error.js'
import type { ChannelName, CheckOptions, CheckResult, ResolvedConfig, Thread, TovConfigInput } from '../types.js'
import { parseInChunks } from '../kit/parse-in-chunks.js'
import { prepareRules, runRules } from './retext-tov.js'
import { findingsOf, type PreparedRule } from '../kit/rule-plugin.js'
import { parseThread } from '../kit/thread.js'
import { humanVoiceOf } from '../voice/human-voice.js'
import { readabilityOf } from '../voice/readability.js'

interface ChannelPipeline {
  processor: Processor<Root, Root, Root, undefined, undefined>
  checklistItems: Set<string>
}

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

export class Checker {
  readonly config: ResolvedConfig
  private readonly pipelines = new Map<ChannelName, Promise<ChannelPipeline>>()
  private readonly threads = new WeakMap<object, Thread>()

  constructor(config: ResolvedConfig) {
    if (!isResolvedConfig(config)) throw new TovError('USAGE', 'new Checker() verwacht een config uit resolveConfig() of loadConfig(); of gebruik createChecker(config).')
    this.config = config
  }

  /**
   * Loads the dictionary and compiles the rules for a channel now, rather than on its first check; later
   * checks on that channel reuse them. Rejects when a rule cannot be set up.
   */
  async prepare(channel: ChannelName = this.config.channel): Promise<void> {
    await this.pipelineFor(getChannel(channel).name)
  }

  private pipelineFor(channel: ChannelName): Promise<ChannelPipeline> {
    let pipeline = this.pipelines.get(channel)
    if (!pipeline) {
      pipeline = this.compile(channel)
      this.pipelines.set(channel, pipeline)
      pipeline.catch(() => this.pipelines.delete(channel))
    }
    return pipeline
  }

  /** The unified processor for a channel: retext-dutch, syntax marking, sentence ends, the rules that apply. */
  private async compile(channel: ChannelName): Promise<ChannelPipeline> {
    getChannel(channel)
    const prepared = prepareRules(this.config, channel)
    const applies = await Promise.all(prepared.map((rule) => rule.ready))
    const active = prepared.filter((_, index) => applies[index])
    const processor = unified()
      .use(retextDutch)
      .use(markSyntax)
      .use(splitSentenceEnds)
      .use(function tovRules(rules: PreparedRule[]) {
        return runRules(rules)
      }, active) as unknown as ChannelPipeline['processor']
    return { processor, checklistItems: new Set(active.map((rule) => rule.rule.checklist)) }
  }

  async check(text: string, checkOptions: CheckOptions = {}): Promise<CheckResult> {
    const options = this.validOptions(text, checkOptions)
    const name = options.file ?? '<tekst>'
    assertReplyText(text, name)
    // An alias ("twitter") is checked and reported as the channel it names ("x").
    const channelName = getChannel(options.channel ?? options.thread?.channel ?? this.config.channel).name
    const { processor, checklistItems } = await this.pipelineFor(channelName)
    const file = new VFile({ value: text })
    file.data.tov = {
      template: options.template ?? false,
      ...(options.agent !== undefined ? { agent: options.agent } : {}),
      ...(options.thread !== undefined ? { thread: options.thread } : {}),
    }
    await processor.run(parseInChunks(text, (piece) => processor.parse(piece)), file)
    const findings = findingsOf(file)
    const errors = findings.filter((finding) => finding.severity === 'error').length
    const checklist = checklistVerdicts(this.config.checklist, findings, checklistItems)
    const summary = { errors, warnings: findings.length - errors }
    if (options.profile === false) return { file: name, channel: channelName, findings, checklist, summary }
    const customer = options.thread?.customer?.replace(/^@/, '')
    // The syntax spans the pipeline found (mark-syntax), not found twice more.
    const spans = file.data.syntaxSpans
    const voice = humanVoiceOf(text, { addressForm: this.config.addressForm, values: this.config.values, agents: this.config.agents, ...(customer ? { customer } : {}), ...(spans ? { spans } : {}) })
    return {
      file: name,
      channel: channelName,
      findings,
      checklist: withVoiceDetail(checklist, voice),
      summary,
      voice,
      readability: readabilityOf(text, { ...this.config.readability, ...(spans ? { spans } : {}) }),
    }
  }

  /**
   * The options of a check as TypeScript promises them: a JavaScript caller may pass anything, and bad
   * input is a TovError, never a TypeError from deep inside a rule. A thread is validated once per object.
   */
  private validOptions(text: unknown, options: unknown): CheckOptions {
    if (typeof text !== 'string') throw new TovError('USAGE', `check() verwacht de tekst van een reactie, geen ${text === null ? 'null' : typeof text}.`)
    if (options === null || typeof options !== 'object') throw new TovError('USAGE', 'check() verwacht als opties een object, zoals { channel: "x" }.')
    const { channel, file, agent, template, thread, profile } = options as Record<string, unknown>
    if (channel !== undefined) getChannel(channel)
    if (file !== undefined && typeof file !== 'string') throw new TovError('USAGE', 'de optie "file" moet tekst zijn.')
    if (agent !== undefined && typeof agent !== 'string') throw new TovError('USAGE', 'de optie "agent" moet initialen zijn, zoals "AB".')
    if (template !== undefined && typeof template !== 'boolean') throw new TovError('USAGE', 'de optie "template" moet true of false zijn.')
    if (profile !== undefined && typeof profile !== 'boolean') throw new TovError('USAGE', 'de optie "profile" moet true of false zijn.')
    if (thread === undefined) return options as CheckOptions
    if (thread === null || typeof thread !== 'object') throw new TovError('THREAD_INVALID', 'thread: verwacht een object met "messages".')
    let valid = this.threads.get(thread)
    if (!valid) {
      valid = parseThread(thread)
      this.threads.set(thread, valid)
    }
    return { ...(options as CheckOptions), thread: valid }
  }
}

/**
 * A reusable checker: loads dictionaries and compiles rules once; its `check()` is cheap. Takes a config as
 * written (validated and resolved here) or one resolveConfig or loadConfig made.
 */
export async function createChecker(config: TovConfigInput | ResolvedConfig = {}): Promise<Checker> {
  const resolved = isResolvedConfig(config) ? config : resolveConfig(config)
  if (reuse.limit === 0) {
    const checker = new Checker(resolved)
    await checker.prepare()
    return checker
  }
  const key = configKey(resolved)
  let checker = reuse.checkers.get(key)
  if (checker) {
    // Most recently used last: the first is the one to drop.
    reuse.checkers.delete(key)
  } else {
    const made = new Checker(resolved)
    checker = made.prepare().then(() => made)
    checker.catch(() => reuse.checkers.delete(key))
  }
  reuse.checkers.set(key, checker)
  while (reuse.checkers.size > reuse.limit) reuse.checkers.delete(reuse.checkers.keys().next().value!)
  return checker
}

/** Checkers a long-running process keeps, by config; off (limit 0) unless reuseCheckers() turned it on. */
const reuse = { limit: 0, checkers: new Map<string, Promise<Checker>>() }

/**
 * From now on, createChecker() hands out the checker it made before for an equal config, keeping the
 * `limit` most recently used: for a process that checks for many callers (the daemon), where each
 * command resolves its config anew. A checker holds no state between checks, so sharing one is safe.
 */
export function reuseCheckers(limit: number): void {
  reuse.limit = limit
  while (reuse.checkers.size > limit) reuse.checkers.delete(reuse.checkers.keys().next().value!)
}

/** How many checkers are kept for reuse now. */
export function reusedCheckers(): number {
  return reuse.checkers.size
}

/** Equal for configs that check alike: their content, patterns by their source. */
function configKey(config: ResolvedConfig): string {
  return JSON.stringify(config, (_, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value))
}
