// The shape of a rule: its metadata beside its behaviour (as ESLint does). A rule is also a unified plugin
// (rule-plugin.ts turns what it reports into vfile messages); it never formats output, reads files, or
// looks at argv.
import type { Root } from 'nlcst'
import type { ChannelSpec } from '../channels/channels.js'
import type { SyntaxSpan } from '../syntax/syntax-spans.js'
import type { AddressForm, ChannelName, Severity, Thread, ThreadMessage } from '../types.js'
import type { SentenceModel } from './reply-model.js'
import { prepareRule, type RulePluginOptions, type RuleTransformer } from './rule-plugin.js'

export { formatMessage } from './message-template.js'

export type OptionType = 'number' | 'string' | 'boolean' | 'string[]'

export interface RuleDocs {
  /** A reply that breaks the rule (a test checks it gets a finding). */
  wrong: string
  /** The same reply, right (a test checks it gets none). */
  right: string
  /** Why, in one or two Dutch sentences, with the seed it comes from. */
  rationale: string
  /**
   * What the rule finds and what it leaves alone, in English (Markdown), for the rule reference
   * (docs/rules.md, written by scripts/rules-doc.mjs).
   */
  details?: string
  /** The channel both replies are for, when not X. */
  channel?: ChannelName
  /** The conversation both replies answer, when the rule reads one. */
  thread?: ThreadMessage[]
  /** Both replies are canned responses (placeholders filled in later). */
  template?: boolean
}

export interface RuleMeta {
  id: string
  /** Dutch, one line. */
  description: string
  /** The checklist item this rule feeds. */
  checklist: string
  severity: Severity
  /** Channels the rule applies to, in words, for `tov rules`. */
  channels: string
  /** Dutch message templates; `{name}` is filled from the report's data. */
  messages: Record<string, string>
  /** Options a config may set, with their types. */
  options: Record<string, OptionType>
  docs: RuleDocs
}

/** Brand settings a rule may read. */
export interface RuleSettings {
  agents: Record<string, string>
  vocabulary: string[]
  addressForm: AddressForm
  /** The placeholder names templates may use, when the config lists them. */
  placeholders: string[] | undefined
  /** What a placeholder counts for in a length check. */
  placeholderLength: number
}

export interface CreateContext {
  /** The rule's options: defaults, then the config's. */
  options: Record<string, unknown>
  channel: ChannelSpec
  settings: RuleSettings
}

export interface Report {
  /** Offsets in the checked text. */
  start: number
  end: number
  /** Values for the message template. */
  data?: Record<string, string | number>
  /** Replacement texts for [start, end), likeliest first. */
  suggestions?: string[]
  /** A milder severity for this report than the rule's own (never a stronger one). */
  severity?: Severity
  /** The mechanical fix (`--fix`): replace [start, end) by `text`. Only for fixes that need no judgement. */
  fix?: { start: number; end: number; text: string }
}

export interface RunContext {
  text: string
  /** A canned response whose placeholders are filled in later, not a draft about to be sent. */
  template: boolean
  /** The agent's initials for a sign-off, when known (--agent, TOV_AGENT, or the config's only agent). */
  agent: string | undefined
  thread: Thread | undefined
  sentences(): SentenceModel[]
  /** Parses other text (a thread's earlier turns) the same way as the reply. */
  sentencesOf(text: string): SentenceModel[]
  syntax: SyntaxSpan[]
  report(messageId: string, report: Report): void
}

export type RuleRun = (tree: Root, run: RunContext) => void | Promise<void>

export interface RuleDefinition extends RuleMeta {
  /**
   * Runs once per checker and channel: reads options, compiles matchers, loads data. Returns the run
   * function, or null when the rule does not apply to this channel.
   */
  create(context: CreateContext): RuleRun | null | Promise<RuleRun | null>
  /** Default options for a channel, before the config's options are applied. */
  defaults?(channel: ChannelSpec): Record<string, unknown>
}

/**
 * A rule: its metadata and behaviour, and itself a unified attacher, so that it runs in any retext
 * pipeline: `unified().use(retextDutch).use(noHollowPromise, { channel: 'x' })`.
 */
export type Rule = RuleDefinition & ((options?: RulePluginOptions) => RuleTransformer)

export function defineRule(definition: RuleDefinition): Rule {
  const attacher = (options?: RulePluginOptions): RuleTransformer => prepareRule(definition, options).transformer
  return Object.assign(attacher, definition)
}
