// Checks every entry of one or more libraries (reply files, canned-response libraries) the way `tov check`
// does: unchanged entries from a result cache, the rest on one checker or, for hundreds of entries, on
// worker threads; results in the order of the entries, at the lines of their files. The CLI is a thin
// shell around this; a program that checks libraries gets the same results, cache and threads.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { configForOverrides, matchingOverrides } from '../config/resolve-config.js'
import { createChecker } from '../engine/checker.js'
import { packageRoot, packageVersion } from '../package-root.js'
import { isTovError } from '../tov-error.js'
import type { ChannelName, CheckResult, Finding, ResolvedConfig, Thread } from '../types.js'
import type { SuppressedFinding } from './baseline.js'
import { withFindings } from './with-findings.js'
import { silencedBy, stripDirectives, wholeEntryDirective, type Directive } from './directives.js'
import { rulesFor } from '../../rules/index.js'
import { entryLocator, placeResult, relocate, type Locate } from './check-library.js'
import type { LibraryEntry, LibraryFile } from './library-entry.js'
import type { CheckJob } from './parallel-check.js'
import type { ResultCache } from './result-cache.js'

export interface CheckRepliesOptions {
  config: ResolvedConfig
  /** The channel of entries that name none (default: the thread's, else the config's). */
  channel?: ChannelName
  /** The conversation every entry answers. */
  thread?: Thread
  /** The agent's initials for the sign-off. */
  agent?: string
  /** A result cache: entries unchanged since the last run with the same settings are not checked again. */
  cache?: {
    /** The cache file (absolute, or relative to the working folder). */
    location: string
    /** The environment, for the cache's key (TOV_CACHE_KEY). */
    env?: Record<string, string | undefined>
  }
  /** Worker threads for runs of 200 entries and more (default 1: this thread only). */
  jobs?: number
  /** Called after each entry, with how many of how many are done. */
  onProgress?: (done: number, total: number) => void
  /** Directives in canned responses (directives.ts): a reason required, unused ones reported. */
  directives?: { requireReason?: boolean; reportUnused?: boolean }
  /** Filled with the text each result was checked on (without its directives), in the results' order. */
  checkedTexts?: string[]
  /** Also check each reply an override applies to without its overrides, and list what they silenced. */
  explainOverrides?: boolean
}

/** Entries below this many are checked on this thread: starting workers costs more than it saves. */
const parallelFrom = 200

async function openCache(location: string, options: CheckRepliesOptions): Promise<ResultCache> {
  const { config, thread, agent } = options
  const { file: _file, ...rules } = config
  let data = ''
  try {
    data = await readFile(join(packageRoot(), 'generated/dictionary/nl-nl.btrie.stamp'), 'utf8')
  } catch {
    // Without a stamp the version alone names the data.
  }
  const { ResultCache, cacheKey } = await import('./result-cache.js')
  // Everything besides an entry's text, channel and template that changes its result.
  const fingerprint = [packageVersion(), data, JSON.stringify(rules), JSON.stringify(thread ?? null), agent ?? '']
  return ResultCache.open(location, fingerprint, config.checklist, { key: cacheKey(options.cache?.env ?? {}), ruleIds: rulesFor(config).map((rule) => rule.id) })
}

/** Every entry of the libraries checked, one result per entry, in their order. */
export async function checkReplies(libraries: readonly LibraryFile[], options: CheckRepliesOptions): Promise<CheckResult[]> {
  const { config, thread, agent } = options
  const channel = options.channel ?? thread?.channel ?? config.channel
  const cache = options.cache ? await openCache(options.cache.location, options) : undefined
  const total = libraries.reduce((sum, library) => sum + library.entries.length, 0)
  let done = 0
  const tick = () => options.onProgress?.(++done, total)

  // First the cache; what it does not have is checked, on all cores when there is much of it.
  const slots: Array<CheckResult | undefined> = []
  // The directives of each canned response, by slot: taken out of its text before it is checked.
  const directivesAt = new Map<number, { directives: Directive[]; entry: LibraryEntry; library: LibraryFile; original: LibraryEntry }>()
  const knownRules = new Set(rulesFor(config).map((rule) => rule.id))
  // With explainOverrides: the replies overrides apply to, to check once more without them.
  const overriddenAt = new Map<number, { text: string; channel: ChannelName; template: boolean; overrides: number[]; locate: Locate }>()
  const pending: Array<{ job: CheckJob; library: LibraryFile; entry: LibraryEntry; locate: Locate; key: string | undefined; variant: ResolvedConfig }> = []
  for (const library of libraries) {
    const locator = entryLocator(library)
    for (const original of library.entries) {
      // Directives belong in canned responses only; a draft about to be sent has nothing to silence.
      const stripped =
        library.template || library.format !== 'text'
          ? stripDirectives(original.text, original.map, knownRules, `${library.file} › ${original.id}`, options.directives?.requireReason === true)
          : undefined
      const entry = stripped ? { ...original, text: stripped.text, map: stripped.map } : original
      const directives = stripped?.directives ?? []
      if (original.disable) {
        directives.push(wholeEntryDirective(original.disable, entry.text.length, knownRules, `${library.file} › ${original.id}`, options.directives?.requireReason === true))
      }
      if (directives.length > 0) directivesAt.set(slots.length, { directives, entry, library, original })
      options.checkedTexts?.push(entry.text)
      const locate = locator(entry)
      const entryChannel = entry.channel ?? channel
      // The config's overrides that apply to this file, entry and channel make its own config.
      const place = { file: library.file, ...(library.format === 'text' && entry.id === library.file ? {} : { entry: entry.id }), channel: entryChannel }
      // The overrides are matched once per entry: for its config, its cache key and --explain-ignored.
      const matched = config.overrides.length > 0 ? matchingOverrides(config, place) : []
      const variant = configForOverrides(config, matched)
      const overridden = matched.length === 0 ? '' : `+${matched.join(',')}`
      const key = cache?.key(entry.text, `${entryChannel}${overridden}`, library.template)
      if (options.explainOverrides && variant !== config) overriddenAt.set(slots.length, { text: entry.text, channel: entryChannel, template: library.template, overrides: matched, locate })
      const cached = key === undefined ? undefined : cache!.get(key, entry.text)
      const index = slots.length
      if (cached) {
        slots.push(placeResult({ file: library.file, ...cached }, library, entry, locate))
        tick()
      } else {
        slots.push(undefined)
        const name = library.format === 'text' && entry.id === library.file ? library.file : `${library.file} › ${entry.id}`
        pending.push({ job: { index, text: entry.text, channel: entryChannel, template: library.template, name }, library, entry, locate, key, variant })
      }
    }
  }
  const finish = (item: (typeof pending)[number], result: CheckResult) => {
    const placed = placeResult({ ...result, file: item.library.file }, item.library, item.entry, item.locate)
    slots[item.job.index] = placed
    if (item.key !== undefined) cache!.set(item.key, placed)
    tick()
  }
  // Workers load on demand: one draft at a terminal never pays for them.
  const jobs = options.jobs ?? 1
  // Entries checked with the same config (the config, or one with overrides) go together.
  const groups = new Map<ResolvedConfig, typeof pending>()
  for (const item of pending) {
    const group = groups.get(item.variant)
    if (group) group.push(item)
    else groups.set(item.variant, [item])
  }
  for (const [variant, group] of groups) await checkGroup(variant, group)
  async function checkGroup(variant: ResolvedConfig, group: typeof pending): Promise<void> {
    const parallel = group.length >= parallelFrom && jobs > 1 ? await import('./parallel-check.js') : undefined
    if (parallel?.workerFile()) {
      const byIndex = new Map(group.map((item) => [item.job.index, item]))
      await parallel.checkInParallel(group.map((item) => item.job), variant, thread, agent, jobs, (index, result) => finish(byIndex.get(index)!, result))
    } else if (group.length > 0) {
      // The checker (dictionary, rules) is built only when some entry is not in the cache.
      const checker = await createChecker(variant)
      for (const item of group) {
        const { text, channel: entryChannel, template, name } = item.job
        let result: CheckResult
        try {
          result = await checker.check(text, { channel: entryChannel, template, file: name, ...(agent ? { agent } : {}), ...(thread ? { thread } : {}) })
        } catch (error) {
          // A bug shows up on one reply: say which, as the worker threads do.
          if (isTovError(error) || !(error instanceof Error)) throw error
          error.message = `${name}: ${error.message}`
          throw error
        }
        finish(item, result)
      }
    }
  }
  cache?.save()
  const results = slots as CheckResult[]
  for (const [index, { directives, library, original }] of directivesAt) {
    results[index] = applyDirectives(results[index]!, directives, options.directives?.reportUnused === true, entryLocator(library)(original))
  }
  if (overriddenAt.size > 0) {
    // What the config without its overrides finds and the reply's own config does not: the overrides silenced it.
    const plain = await createChecker(config)
    for (const [index, { text, channel: entryChannel, template, overrides, locate }] of overriddenAt) {
      const result = results[index]!
      const without = await plain.check(text, { channel: entryChannel, template, ...(agent ? { agent } : {}), ...(thread ? { thread } : {}) })
      const found = new Set(result.findings.map((finding) => `${finding.ruleId}@${finding.offset}`))
      const silenced = without.findings
        .filter((finding) => !found.has(`${finding.ruleId}@${finding.offset}`))
        .map((finding): SuppressedFinding => ({ ...relocate(finding, locate), fingerprint: '', reason: `override: ${overrides.map((at) => `overrides[${at}]`).join(', ')}` }))
      if (silenced.length > 0) results[index] = { ...result, suppressed: [...((result as { suppressed?: SuppressedFinding[] }).suppressed ?? []), ...silenced] } as CheckResult
    }
  }
  return results
}

/**
 * A result with the findings its directives silence moved to `suppressed` (with the directive's reason),
 * and, when asked, a warning for each directive that silenced nothing.
 */
function applyDirectives(result: CheckResult, directives: Directive[], reportUnused: boolean, locateInEntry: Locate): CheckResult {
  const kept: Finding[] = []
  const suppressed: SuppressedFinding[] = []
  for (const finding of result.findings) {
    const directive = silencedBy(finding, directives)
    if (directive) suppressed.push({ ...finding, fingerprint: '', reason: directive.reason ?? `tov-${directive.kind}` })
    else kept.push(finding)
  }
  if (reportUnused) {
    for (const directive of directives) {
      if (directive.used || directive.kind === 'enable') continue
      const start = locateInEntry(directive.at)
      kept.push({
        ruleId: 'unused-directive',
        severity: 'warn',
        message: `Deze tov-${directive.kind} voor ${directive.rules.join(', ')} zet niets stil; haal hem weg.`,
        line: start.line,
        column: start.column,
        endLine: start.line,
        endColumn: start.column,
        offset: directive.at,
        endOffset: directive.at,
        actual: '',
        suggestions: [],
        edits: [],
        checklist: 'vorm',
      })
    }
  }
  if (suppressed.length === 0 && kept.length === result.findings.length) return result
  kept.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))
  return { ...withFindings(result, kept), ...(suppressed.length > 0 ? { suppressed } : {}) }
}
