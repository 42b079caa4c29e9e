// Public types of the tov library: the shapes of config, findings and results (see DESIGN.md).
import type { PhrasePatternData } from './kit/phrase-matcher.js'

export type { PhrasePatternData }

export type Severity = 'error' | 'warn'
export type SeveritySetting = Severity | 'off'
/** A severity as a config may write it: also the Dutch words the output shows. */
export type SeverityWord = SeveritySetting | 'fout' | 'waarschuwing' | 'uit'

export type ChannelName =
  | 'x'
  | 'facebook'
  | 'instagram'
  | 'instagram-dm'
  | 'facebook-messenger'
  | 'whatsapp'
  | 'google-review'
  | 'email'

export type AddressForm = 'je' | 'u' | 'ge'

/** A reading level of the Common European Framework (taalniveau), as Dutch plain-language guides use it. */
export type ReadingLevel = 'B1'

/** A rule's setting in config: a severity, or a severity with options. */
export type RuleSetting = SeverityWord | [SeverityWord, Record<string, unknown>]

/** A brand's own phrase rule (config "phrases"): words to avoid, or to write differently. */
export interface PhraseRuleInput {
  /** Lower-case letters, digits and hyphens; reported as "custom/<id>". */
  id: string
  /** The phrase(s) to find; inflected forms and Dutch word order are found too. */
  match?: string | string[]
  /** Patterns in the format of the built-in rules' phrase data (rules/*.yml); "match", "patterns" or both. */
  patterns?: PhrasePatternData[]
  /** Named word groups the patterns use. */
  lexicon?: Record<string, string[]>
  /** The preferred wording: makes the rule a substitution with a suggestion. */
  replace?: string
  /** Dutch message; `{actual}` and `{replace}` are filled in. */
  message?: string
  severity?: SeverityWord
  /** The checklist item the findings fall under (default "toon"). */
  checklist?: string
  /** Match the phrase only as written, without inflections. */
  exact?: boolean
}

/** An extra item of the one-minute checklist. */
export interface ChecklistItemInput {
  id: string
  /** Dutch, shown to the agent. */
  question: string
}

/** The config as a user writes it (`.tovrc`, `package.json` "tov", or an object passed to the API). */
export interface TovConfigInput {
  extends?: string[]
  channel?: ChannelName
  values?: string[]
  addressForm?: AddressForm
  agents?: Record<string, string>
  vocabulary?: string[]
  rules?: Record<string, RuleSetting>
  /** Settings for some files, library entries or channels, applied in order on top of the rest. */
  overrides?: OverrideInput[]
  phrases?: PhraseRuleInput[]
  checklist?: ChecklistItemInput[]
  /** The placeholder names a library may use; any other name is a finding. */
  placeholders?: string[]
  /** The length a placeholder counts for in max-length (default 10). */
  placeholderLength?: number
  /** CSV libraries: the header names of the id, text and channel columns. */
  csvColumns?: Partial<CsvColumns>
  /** `tov serve`: which other web pages may call its API. */
  serve?: ServeSettings
  /** The reading level the brand writes for: with "B1", words of four syllables and more are listed in each result's readability. */
  readability?: { target?: ReadingLevel }
}

/** `tov serve`'s settings in a config. */
export interface ServeSettings {
  /**
   * The origins (`https://host[:port]`) of the web pages that may call the API from a browser, such as a
   * ticket system's; the page tov serves itself always may. No wildcards.
   */
  origins?: string[]
}

export interface CsvColumns {
  id: string
  text: string
  channel: string
}

/** A brand's phrase rule as it will run. */
export interface ResolvedPhraseRule {
  id: string
  match: string[]
  patterns: PhrasePatternData[]
  lexicon: Record<string, string[]>
  replace?: string
  message?: string
  severity: Severity
  checklist: string
  exact: boolean
}

/** An item of the resolved checklist. */
export interface ChecklistItem {
  id: string
  /** Dutch, shown to the agent. */
  question: string
  /** Items only a person can answer. */
  manual?: boolean
}

/** A rule as it will run: its severity and its options. */
export interface ResolvedRule {
  severity: Severity
  options: Record<string, unknown>
}

/** Settings that apply only where `files` (globs on the file's path), `ids` (globs on an entry's id) and `channels` all match. */
export interface OverrideInput {
  files?: string[]
  ids?: string[]
  channels?: ChannelName[]
  rules?: Record<string, RuleSetting>
  vocabulary?: string[]
}

/** An override as resolved: its rule settings are applied when an entry matches. */
export interface ResolvedOverride {
  files?: string[]
  ids?: string[]
  channels?: ChannelName[]
  rules: Record<string, RuleSetting>
  vocabulary: string[]
}

/** Marks a config that resolveConfig made: one written by hand is never taken as resolved. */
export declare const resolvedBrand: unique symbol

/** The config after presets, values and the user's settings are merged; what a checker is built from. */
export interface ResolvedConfig {
  readonly [resolvedBrand]: true
  /** Settings for some files, entries or channels (see configForEntry). */
  overrides: ResolvedOverride[]
  /** The file the config came from, when it came from a file. */
  file?: string
  channel: ChannelName
  values: string[]
  addressForm: AddressForm
  agents: Record<string, string>
  vocabulary: string[]
  rules: Record<string, ResolvedRule>
  /** The brand's own phrase rules that are on. */
  phrases: ResolvedPhraseRule[]
  /** The one-minute checklist: the default items, then the config's own, then the manual ones. */
  checklist: ChecklistItem[]
  placeholders?: string[]
  placeholderLength: number
  csvColumns: CsvColumns
  /** `tov serve`'s settings, when the config has them; origins as a browser sends them. */
  serve?: { origins: string[] }
  readability?: { target: ReadingLevel }
}

export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** 0-based offsets of the offending text in the checked text (a library entry's own text). */
  offset: number
  endOffset: number
  /** The offending text. */
  actual: string
  suggestions: string[]
  /** Each suggestion as an edit of the checked text a tool can apply: replace `range` (offsets) by `text`. */
  edits: TextEdit[]
  /** The mechanical fix `tov check --fix` applies, when there is one. */
  fix?: TextEdit
  checklist: string
}

/** A replacement in the checked text: 0-based offsets [start, end), as in ESLint's fixes. */
export interface TextEdit {
  range: [number, number]
  text: string
}

export type ChecklistStatus = 'pass' | 'fail' | 'manual'

export interface ChecklistVerdict {
  id: string
  question: string
  status: ChecklistStatus
  /** A remark under the item, in Dutch: for `persoonlijk`, the human voice when it is below the brand's target. */
  detail?: string
}

/** The groups of "conversational human voice" (Kelleher 2009; Van Hooijdonk & Liebrecht 2018). */
export type VoiceGroup = 'personalisation' | 'informal' | 'invitational'

/** A marker of human voice found in a reply. */
export interface VoiceMarker {
  group: VoiceGroup
  /** What it is, within its group: "greeting", "customer-name", "emoticon", "thanks", "invite-reply", … */
  kind: string
  /** The words as written. */
  text: string
  /** 0-based offsets in the checked text, and the 1-based place of `offset`. */
  offset: number
  endOffset: number
  line: number
  column: number
}

/** Scores from 0 to 1: the share of a group's kinds the reply shows; `overall` the mean of the three. */
export interface VoiceScores {
  personalisation: number
  informal: number
  invitational: number
  overall: number
}

/** The human-voice profile of one reply, beside the brand's target for it. */
export interface HumanVoice {
  markers: VoiceMarker[]
  scores: VoiceScores
  /** What the brand's values and address form ask of each group. */
  target: VoiceScores
  /** The groups clearly below their target. */
  below: VoiceGroup[]
}

/** Readability of one reply: Flesch-Douma (the Dutch Flesch reading ease) and what it is made of. */
export interface Readability {
  /** 206.835 - 0.93 x words per sentence - 77 x syllables per word; higher is easier (60-70: B1). */
  fleschDouma: number
  sentences: number
  words: number
  syllables: number
  /** Words per sentence. */
  averageSentenceLength: number
  /** Words too long for the brand's level (config `readability.target`), with their place; [] when it sets none. */
  longWords: Array<{ word: string; syllables: number; offset: number; endOffset: number }>
}

export interface CheckResult {
  file: string
  /** The entry's id, for a reply from a canned-response library. */
  entry?: string
  channel: ChannelName
  findings: Finding[]
  checklist: ChecklistVerdict[]
  summary: { errors: number; warnings: number }
  /** The human-voice profile (personalisation, informal speech, invitational rhetoric). */
  voice?: HumanVoice
  /** Flesch-Douma and sentence length. */
  readability?: Readability
}

export interface ThreadMessage {
  from: 'customer' | 'agent'
  text: string
}

/** Earlier messages of a conversation; the checked text is the next agent reply. */
export interface Thread {
  channel?: ChannelName
  /** The customer's handle, with or without the leading @. */
  customer?: string
  messages: ThreadMessage[]
}

export interface CheckOptions {
  /** The channel for this reply; defaults to the checker's config channel. */
  channel?: ChannelName
  /** Earlier messages of the conversation. */
  thread?: Thread
  /** The name reported in the result's `file` field. */
  file?: string
  /** The agent's initials ("AB"), for a sign-off fix; else the config's only agent. */
  agent?: string
  /**
   * The reply is a canned response (a template): its placeholders are filled in later, so they are
   * checked for their names, not reported as unfilled. Default false: a draft about to be sent.
   */
  template?: boolean
  /**
   * Add the human-voice profile (`voice`, and its remark under `persoonlijk`) and `readability` to the
   * result (default true). false leaves them out, for output that does not show them: their patterns cost
   * ~20 ms to load, which a single check at the terminal need not pay.
   */
  profile?: boolean
}
