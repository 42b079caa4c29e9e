// The tov library: check Dutch webcare replies against a brand's tone of voice.
// Side-effect free: no console, no process.exit, no global state beyond an immutable dictionary cache.
import { createChecker } from './engine/checker.js'
import { parseThread } from './kit/thread.js'
import { applyBaseline, type Baseline, type SuppressedFinding } from './library/baseline.js'
import type { CheckOptions, CheckResult, ResolvedConfig, Thread, TovConfigInput } from './types.js'
import type { ReportData } from './report/report-data.js'
import { isResolvedConfig, resolveConfig } from './config/resolve-config.js'
import { TovError } from './tov-error.js'

export { Checker, createChecker } from './engine/checker.js'
export { loadConfig, type LoadConfigOptions } from './config/load-config.js'
export { allowWords, findConfigFile, type AllowWordsOptions, type AllowWordsResult } from './config/allow-words.js'
export { configForEntry, matchingOverrides, resolveConfig, validateConfig, type EntryPlace } from './config/resolve-config.js'
export { loadPhraseRule } from './config/load-phrase-rule.js'
export { channelName, channelNames, getChannel, requireChannel, type ChannelSpec } from './channels/channels.js'
export { defaultChecklist, type ChecklistItem } from './checklist/checklist.js'
export { builtinRules, findRule, ruleIds, rulesFor } from '../rules/index.js'
export { valuePreset, valuePresets, valuesByRule, type ValuePreset } from './config/value-presets.js'
export { activeRules, describeRules, type RuleDescription } from './config/rule-settings.js'
export { customRulePrefix } from './kit/custom-phrase-rule.js'
export type { Rule, RuleDefinition, RuleMeta } from './kit/define-rule.js'
export { default as retextTov } from './engine/retext-tov.js'
export { findingOf, findingsOf, ruleUrl, type RulePluginOptions, type TovFileData, type TovMessageData } from './kit/rule-plugin.js'
export { formatResults, formatNames, type FormatName } from './formats/format-results.js'
// formatResults one result at a time (what `tov check` prints while it checks): the same text, byte for byte.
export { createResultWriter, type ResultWriter, type ResultWriterOptions, type SarifSpill } from './formats/result-writer.js'
export { maxThreadBytes, parseThread, parseThreadText } from './kit/thread.js'
export { fixReply, type FixOutcome } from './engine/fix-reply.js'
export { isLibraryFormat, readLibrary, type ReadLibraryOptions } from './library/read-library.js'
export { checkLibrary, type CheckLibraryOptions } from './library/check-library.js'
export { checkReplies, type CheckRepliesOptions } from './library/check-replies.js'
// checkReplies without holding the results: each handed to a callback in the order of the entries, with
// the text it was checked on, as soon as it and those before it are checked. Memory stays flat.
export { checkRepliesStreaming, type CheckedReply } from './library/check-replies.js'
export { withFindings } from './library/with-findings.js'
export { decodeReply, maxLibraryBytes, readReplies } from './library/read-replies.js'
export { readThreadFile } from './library/read-thread-file.js'
export { applyBaseline, buildBaseline, fingerprintOf, readBaseline, writeBaseline, type Baseline, type BaselineEntry, type CheckedText, type SuppressedFinding } from './library/baseline.js'
// The same, one result at a time, for checkRepliesStreaming: applyBaseline as a function of each result in
// turn, and buildBaseline as a recorder that keeps only the findings' fingerprints.
export { baselineApplier, BaselineRecorder } from './library/baseline.js'
export { fixReplies, type FixRepliesOptions, type FixRepliesOutcome } from './library/fix-replies.js'
export { libraryFormats, type LibraryEntry, type LibraryFile, type LibraryFormat } from './library/library-entry.js'
export { TovError, isTovError, type TovErrorCode } from './tov-error.js'
export { packageVersion as version } from './package-data.js'
// Small helpers for tools built on tov, as the CLI uses them: a message made safe for a terminal, the
// "bedoel je ...?" hint, and a file written whole or not at all.
export { printable } from './terminal-text.js'
export { didYouMean } from './did-you-mean.js'
export { writeAtomically } from './write-atomically.js'
export type * from './types.js'
export type {
  AgentSummary,
  ChannelSummary,
  ChecklistSummary,
  CoachingExample,
  ExampleFinding,
  GroupSummary,
  HistogramBin,
  PassRate,
  ReadabilitySummary,
  ReportData,
  ReportWeek,
  RuleSummary,
  SkippedSummary,
  VoiceSummary,
} from './report/report-data.js'

/**
 * Checks one reply with a config (default: the recommended preset). For many replies, create a checker
 * once with `createChecker` and reuse it.
 */
export async function check(
  text: string,
  options: CheckOptions & { config?: TovConfigInput | ResolvedConfig; baseline?: Baseline } = {},
): Promise<CheckResult & { suppressed?: SuppressedFinding[] }> {
  const { config, baseline, ...checkOptions } = options
  const checker = await createChecker(config ?? {})
  const result = await checker.check(text, checkOptions)
  // With a baseline, what it accepts moves to `suppressed`, as in `tov check --baseline`.
  return baseline ? applyBaseline([{ result, text }], baseline)[0]! : result
}

/**
 * Checks the next agent reply of a conversation: the thread gives the customer's handle, the apologies and
 * promises already made, and the answers already sent. The same findings as `tov check --thread`.
 */
export async function checkThread(
  thread: Thread,
  draft: string,
  options: Omit<CheckOptions, 'thread'> & { config?: TovConfigInput | ResolvedConfig } = {},
): Promise<CheckResult> {
  const { config, ...checkOptions } = options
  // Validated before anything else, so a malformed thread is a TovError (THREAD_INVALID), not a TypeError.
  const valid = parseThread(thread)
  const checker = await createChecker(config ?? {})
  return checker.check(draft, { ...checkOptions, thread: valid })
}

/**
 * `tov report` as a function: reads a help desk's export of sent replies (CSV or JSON: tov's, Zendesk's or
 * Freshdesk's columns), checks every reply with the config and counts as it goes; the result is the report's
 * data, as `tov report --format json` prints it. Loaded on first use: a program that only checks never
 * loads it (nor d3).
 */
export async function reportFromExport(
  path: string,
  options: { config?: TovConfigInput | ResolvedConfig; since?: string; anonymise?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ReportData> {
  const report = await import('./report/report.js')
  const config = options.config !== undefined && isResolvedConfig(options.config) ? options.config : resolveConfig(options.config ?? {})
  const since = options.since === undefined ? undefined : report.parseDayFlag(options.since)
  if (options.since !== undefined && since === undefined) throw new TovError('USAGE', `since: verwacht een dag, zoals 2026-11-01, niet "${options.since}".`)
  const source = await report.readExport(path, path, { channel: config.channel })
  return report.buildReport(source, {
    config,
    ...(since !== undefined ? { since } : {}),
    ...(options.anonymise ? { anonymise: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  })
}

/** The report's data as `tov report` writes it: the HTML page, the Markdown summary or JSON. */
export async function formatReport(report: ReportData, format: 'html' | 'md' | 'json' = 'html'): Promise<string> {
  const { renderReport } = await import('./report/report.js')
  return renderReport(report, format)
}
