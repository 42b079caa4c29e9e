// Checks every entry of one or more libraries (reply files, canned-response libraries) the way `tov check`
// does: unchanged entries from a result cache, the rest on one checker or, for hundreds of entries, on
// worker threads; results in the order of the entries, at the lines of their files. The CLI is a thin
// shell around this; a program that checks libraries gets the same results, cache and threads.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { configForOverrides, matchingOverrides } from '../config/resolve-config.js'
import { availableParallelism } from 'node:os'
import { requireLazily } from '../require-lazily.js'
import { createChecker, type Checker } from '../engine/checker.js'
import { packageVersion } from '../package-data.js'
import { packageRoot } from '../package-root.js'
import { isTovError } from '../tov-error.js'
import type { ChannelName, CheckResult, Finding, ResolvedConfig, Thread } from '../types.js'
import type { SuppressedFinding } from './baseline.js'
import { withFindings } from './with-findings.js'
import { silencedBy, stripDirectives, wholeEntryDirective, type Directive } from './directives.js'
import { rulesFor } from '../../rules/index.js'
import { dictionaryFile } from '../spelling/dutch-dictionary.js'
import { entryLocator, placeResult, relocate, type Locate } from './check-library.js'
import type { LibraryEntry, LibraryFile } from './library-entry.js'
import type { OffsetMap } from './offset-map.js'
import type { CheckJob } from './parallel-check.js'
import type { ResultCache } from './result-cache.js'

/** node:v8, on first use: it loads Node's streams with it, which a check of one reply never needs. */
const v8 = requireLazily<typeof import('node:v8')>('node:v8')

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
  /**
   * Threads to check on, this one included: above 1, this thread checks beside jobs - 1 worker threads
   * (never more threads than cores), for runs of 200 entries and more (default 1: this thread only).
   * "auto": this thread alone below 4,000 entries, where threads do not pay (see autoThreadsFrom), and
   * from 50,000, where their memory does not fit (autoThreadsUntil); between, one thread per core, up to 8.
   */
  jobs?: number | 'auto'
  /** Called after each entry, with how many of how many are done. */
  onProgress?: (done: number, total: number) => void
  /** Directives in canned responses (directives.ts): a reason required, unused ones reported. */
  directives?: { requireReason?: boolean; reportUnused?: boolean }
  /** Filled with the text each result was checked on (without its directives), in the results' order. */
  checkedTexts?: string[]
  /** false: results without the human-voice profile and readability (CheckOptions.profile; default true). */
  profile?: boolean
  /** Also check each reply an override applies to without its overrides, and list what they silenced. */
  explainOverrides?: boolean
  /** @internal The worker threads' script (default the compiled check-worker; tests start a bundle of their own). */
  workerScript?: URL
}

/**
 * Below this many entries a library is checked on this thread alone, whatever `jobs` says: a worker
 * takes ~120 ms to load and its first few hundred replies run cold (V8 has not compiled the rules yet).
 */
const parallelFrom = 200

/**
 * With jobs "auto", threads start from this many entries (to check, or left to check at the first that
 * is not cached). Measured with bench/make-distinct-library.mjs on the 2-core machine of the project,
 * the built CLI, best of 3-4 runs, wall time --jobs 1 / --jobs 2 (this thread and one worker):
 *   1,000: 0.88 / 1.02 s;  3,000: 1.70 / 1.66 s;  5,000: 2.17 / 2.14 s;  10,000: 3.83 / 3.30 s.
 * Two threads cost 25-30% more CPU than one: the worker warms up its own JIT and fills its own spelling
 * caches (the halves of a 100,000-entry library take 20% more CPU checked apart than together), so on
 * two cores they only win where the work dwarfs that, and lose when other processes want the cores.
 */
/** The shape of a result the cache keeps; a change starts every cache over. */
const resultShape = 'results-2'

export const autoThreadsFrom = 4000
/** With jobs "auto" above autoThreadsFrom: one thread per core, but no more than this. */
const autoThreadsUpTo = 8
/**
 * With jobs "auto", from this many entries on this thread alone again: memory. Each worker holds its own
 * heap of rules, caches and garbage, ~100-200 MiB, on top of the library read in full. Measured on
 * 100,000 distinct entries (25 MB of JSON): one thread 31 s and 463 MiB, two 20 s and 669 MiB; tov keeps a
 * library check within 600 MiB unless asked (--jobs 2).
 */
export const autoThreadsUntil = 50_000

async function openCache(location: string, options: CheckRepliesOptions): Promise<ResultCache> {
  const { config, thread, agent } = options
  const { file: _file, ...rules } = config
  let data = ''
  try {
    data = readFileSync(join(packageRoot(), `${dictionaryFile}.stamp`), 'utf8')
  } catch {
    // Without a stamp the version alone names the data.
  }
  const { ResultCache, cacheKey } = await import('./result-cache.js')
  // Everything besides an entry's text, channel and template that changes its result.
  // resultShape: what a cached result holds (2: with the voice profile and readability); older caches start over.
  const fingerprint = [packageVersion(), resultShape, data, JSON.stringify(rules), JSON.stringify(thread ?? null), agent ?? '']
  return ResultCache.open(location, fingerprint, config.checklist, { key: cacheKey(options.cache?.env ?? {}), ruleIds: rulesFor(config).map((rule) => rule.id) })
}

/**
 * What a worker is started with beside the config: the dictionary this thread reads (it checks too), in
 * memory the worker shares, so that it neither reads nor copies its own. Only when spelling is on: a
 * config without it never loads the dictionary.
 */
async function sharedDictionary(config: ResolvedConfig): Promise<{ dictionary?: SharedArrayBuffer }> {
  if (!('spelling' in config.rules)) return {}
  const { dictionaryData } = await import('../spelling/dutch-dictionary.js')
  // In Node the data is always a SharedArrayBuffer (package-data.ts); only the browser build reads an ArrayBuffer.
  return { dictionary: dictionaryData() as SharedArrayBuffer }
}

/** Every entry of the libraries checked, one result per entry, in their order. */
export async function checkReplies(libraries: readonly LibraryFile[], options: CheckRepliesOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  await checkRepliesStreaming(libraries, options, ({ result }) => void results.push(result))
  return results
}

/** A result as checkRepliesStreaming hands it over: with the text it was checked on. */
export interface CheckedReply {
  result: CheckResult
  /** The entry's text as checked (without its directives): for baseline fingerprints and excerpts. */
  text: string
  /** Its place among all entries of the libraries, from 0. */
  index: number
  /** From an offset of `text` to the offset in the source file (a fix or an edit placed in the file). */
  map: OffsetMap
}

/**
 * Checks every entry of the libraries as checkReplies does, and hands each result to `onResult` as soon as
 * it and every entry before it are checked, in the order of the entries; nothing is kept, so memory stays
 * flat however large the library. When `onResult` returns a promise, the next result waits for it. With
 * `jobs` above 1 this thread checks entries too, beside jobs - 1 worker threads.
 */
export async function checkRepliesStreaming(
  libraries: readonly LibraryFile[],
  options: CheckRepliesOptions,
  onResult: (reply: CheckedReply) => void | Promise<void>,
): Promise<void> {
  const { config, thread, agent } = options
  const channel = options.channel ?? thread?.channel ?? config.channel
  const cache = options.cache ? await openCache(options.cache.location, options) : undefined
  const total = libraries.reduce((sum, library) => sum + library.entries.length, 0)
  let done = 0
  const tick = () => options.onProgress?.(++done, total)
  const knownRules = new Set(rulesFor(config).map((rule) => rule.id))
  const requireReason = options.directives?.requireReason === true

  // Directives first, all of them: a directive without its reason stops the run before anything is printed.
  // Only the entries that have some are kept (their text without them).
  const directivesAt = new Map<number, { directives: Directive[]; entry: LibraryEntry }>()
  {
    let index = 0
    for (const library of libraries) {
      for (const original of library.entries) {
        // Directives belong in canned responses only; a draft about to be sent has nothing to silence.
        const stripped = library.template || library.format !== 'text' ? stripDirectives(original.text, original.map, knownRules, `${library.file} › ${original.id}`, requireReason) : undefined
        const entry = stripped && stripped.text !== original.text ? { ...original, text: stripped.text, map: stripped.map } : original
        const directives = stripped?.directives ?? []
        if (original.disable) directives.push(wholeEntryDirective(original.disable, entry.text.length, knownRules, `${library.file} › ${original.id}`, requireReason))
        if (directives.length > 0) directivesAt.set(index, { directives, entry })
        index++
      }
    }
  }

  /** An entry ready to check: where it is, its config, and its cache key. */
  interface Prepared {
    index: number
    library: LibraryFile
    /** The entry as read, and as checked (without its directives). */
    original: LibraryEntry
    entry: LibraryEntry
    locator: (entry: LibraryEntry) => Locate
    locate: Locate
    channel: ChannelName
    variant: ResolvedConfig
    matched: number[]
    key: string | undefined
    name: string
  }
  // The entries in order, prepared one at a time as they are taken.
  const places = (function* (): Generator<Prepared> {
    let index = 0
    for (const library of libraries) {
      const locator = entryLocator(library)
      for (const original of library.entries) {
        const entry = directivesAt.get(index)?.entry ?? original
        const entryChannel = entry.channel ?? channel
        // The config's overrides that apply to this file, entry and channel make its own config.
        const place = { file: library.file, ...(library.format === 'text' && entry.id === library.file ? {} : { entry: entry.id }), channel: entryChannel }
        // The overrides are matched once per entry: for its config, its cache key and --explain-ignored.
        const matched = config.overrides.length > 0 ? matchingOverrides(config, place) : []
        const overridden = matched.length === 0 ? '' : `+${matched.join(',')}`
        yield {
          index,
          library,
          original,
          entry,
          locator,
          locate: locator(entry),
          channel: entryChannel,
          variant: configForOverrides(config, matched),
          matched,
          // A result without its profile is not one with it: the setting is part of the key.
          key: cache?.key(entry.text, `${entryChannel}${overridden}${options.profile === false ? '-noprofile' : ''}`, library.template),
          name: library.format === 'text' && entry.id === library.file ? library.file : `${library.file} › ${entry.id}`,
        }
        index++
      }
    }
  })()

  // Results wait here, by index, until every entry before them is handed over. One that has to wait is
  // kept serialised: as objects, the results waiting for a worker's batch outlive a few young-generation
  // collections, and the old generation fills with them between full collections (100,000 entries on two
  // threads: 830 MiB peak instead of 500).
  const ready = new Map<number, { result: CheckResult | Uint8Array; item: Prepared }>()
  // Taken and not yet checked (on a worker, or on this thread), by index.
  const taken = new Map<number, Prepared>()
  let emitted = 0
  const finish = (item: Prepared, result: CheckResult) => {
    const placed = placeResult({ ...result, file: item.library.file }, item.library, item.entry, item.locate)
    if (item.key !== undefined) cache!.set(item.key, placed)
    ready.set(item.index, { result: item.index === emitted ? placed : v8().serialize(placed), item })
    tick()
  }
  /** Up to `max` entries that need checking, in order; those in the cache are done on the way. */
  const take = (max: number): Prepared[] => {
    const batch: Prepared[] = []
    while (batch.length < max) {
      const next = places.next()
      if (next.done) break
      const item = next.value
      const cached = item.key === undefined ? undefined : cache!.get(item.key, item.entry.text)
      if (cached) {
        ready.set(item.index, { result: placeResult({ file: item.library.file, ...cached }, item.library, item.entry, item.locate), item })
        tick()
      } else {
        taken.set(item.index, item)
        batch.push(item)
      }
    }
    return batch
  }

  // Variants (the config with overrides) by number, for the workers.
  const variantIds = new Map<ResolvedConfig, number>([[config, 0]])
  const variants: ResolvedConfig[] = [config]
  const variantId = (variant: ResolvedConfig): number => {
    let id = variantIds.get(variant)
    if (id === undefined) {
      id = variants.push(variant) - 1
      variantIds.set(variant, id)
    }
    return id
  }
  const jobOf = (item: Prepared): CheckJob => ({ index: item.index, text: item.entry.text, channel: item.channel, template: item.library.template, name: item.name, variant: variantId(item.variant) })

  // This thread's checkers, one per config; built only when some entry is not in the cache.
  const checkers = new Map<ResolvedConfig, Promise<Checker>>()
  const checkHere = async (item: Prepared): Promise<void> => {
    let checker = checkers.get(item.variant)
    if (!checker) {
      checker = createChecker(item.variant)
      checkers.set(item.variant, checker)
    }
    let result: CheckResult
    try {
      result = await (await checker).check(item.entry.text, { channel: item.channel, template: item.library.template, file: item.name, ...(agent ? { agent } : {}), ...(thread ? { thread } : {}), ...(options.profile === false ? { profile: false } : {}) })
    } catch (error) {
      // A bug shows up on one reply: say which, as the worker threads do.
      if (isTovError(error) || !(error instanceof Error)) throw error
      error.message = `${item.name}: ${error.message}`
      throw error
    }
    taken.delete(item.index)
    finish(item, result)
  }

  // What --explain-ignored adds: the findings the overrides silenced, from the config without them.
  let plain: Promise<Checker> | undefined
  /** The result as handed over: directives applied, and what the overrides silenced when asked. */
  const complete = async (index: number, placed: CheckResult, item: Prepared): Promise<CheckResult> => {
    let result = placed
    const at = directivesAt.get(index)
    if (at) {
      result = applyDirectives(result, at.directives, options.directives?.reportUnused === true, item.locator(item.original))
      directivesAt.delete(index)
    }
    if (options.explainOverrides && item.variant !== config) {
      plain ??= createChecker(config)
      const without = await (await plain).check(item.entry.text, { channel: item.channel, template: item.library.template, ...(agent ? { agent } : {}), ...(thread ? { thread } : {}), profile: false })
      const found = new Set(result.findings.map((finding) => `${finding.ruleId}@${finding.offset}`))
      const silenced = without.findings
        .filter((finding) => !found.has(`${finding.ruleId}@${finding.offset}`))
        .map((finding): SuppressedFinding => ({ ...relocate(finding, item.locate), fingerprint: '', reason: `override: ${item.matched.map((at) => `overrides[${at}]`).join(', ')}` }))
      if (silenced.length > 0) result = { ...result, suppressed: [...((result as { suppressed?: SuppressedFinding[] }).suppressed ?? []), ...silenced] } as CheckResult
    }
    return result
  }
  /** Hands over every result whose predecessors are all handed over. */
  const emit = async (): Promise<void> => {
    for (let next = ready.get(emitted); next; next = ready.get(emitted)) {
      ready.delete(emitted)
      const index = emitted++
      const result = await complete(index, next.result instanceof Uint8Array ? (v8().deserialize(next.result) as CheckResult) : next.result, next.item)
      options.checkedTexts?.push(next.item.entry.text)
      await onResult({ result, text: next.item.entry.text, index, map: next.item.entry.map })
    }
  }

  const jobs = options.jobs === 'auto' ? (total >= autoThreadsFrom && total < autoThreadsUntil ? Math.min(availableParallelism(), autoThreadsUpTo) : 1) : (options.jobs ?? 1)
  let parallel: typeof import('./parallel-check.js') | undefined
  let pool: import('./parallel-check.js').CheckPool | undefined
  let pooled: Promise<void> | undefined
  // Woken when a worker answers, while this thread has nothing to check.
  let wake: (() => void) | undefined
  try {
    for (;;) {
      await emit()
      if (pool?.failure !== undefined) throw pool.failure
      const [item] = take(1)
      if (!item) {
        // Nothing left to take: the rest is in the workers' hands, or just came from the cache.
        await emit()
        if (emitted === total) break
        if (!pool) throw new Error(`tov: reply ${emitted} was never checked`)
        await new Promise<void>((resolve) => {
          wake = resolve
          if (ready.has(emitted) || pool!.failure !== undefined) resolve()
        })
        wake = undefined
        continue
      }
      // Workers start at the first entry to check, when enough remain (a cached run never pays for them),
      // and load while this thread checks.
      if (!pool && jobs > 1 && total - item.index >= parallelFrom) {
        parallel = await import('./parallel-check.js')
        const workers = Math.min(jobs, availableParallelism()) - 1
        const script = options.workerScript ?? parallel.workerFile()
        if (script && workers > 0) {
          const { batchSize } = parallel
          const threads = workers + 1
          pool = new parallel.CheckPool(Math.min(workers, Math.ceil((total - item.index) / batchSize)), { config, thread, agent, ...(options.profile === false ? { profile: false } : {}), ...(await sharedDictionary(config)) }, script)
          pooled = pool.run({
            take: (max) => take(max).map(jobOf),
            // Smaller batches near the end, so that no thread is left with much when the others are done.
            batch: () => Math.max(10, Math.min(batchSize, Math.floor((total - emitted) / (threads * 4)))),
            onResult: (index, result) => {
              const answered = taken.get(index)!
              taken.delete(index)
              finish(answered, result)
              wake?.()
            },
            variant: (id) => variants[id]!,
          })
          pooled.catch(() => wake?.())
        }
      }
      await checkHere(item)
      if (pool) {
        // This thread's share, on the same channel as the workers' (its threadId is 0).
        if (parallel!.parallelCheckChannel.hasSubscribers) parallel!.parallelCheckChannel.publish({ threadId: 0, checked: 1 })
        // Let the workers' answers in between two entries: a worker waiting for its next batch idles.
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    await pooled
  } catch (error) {
    // Whatever failed here, the workers stop now rather than check the rest.
    if (pool) {
      pool.failure ??= error
      await pool.close()
    }
    throw error
  } finally {
    await pooled?.catch(() => undefined)
  }
  cache?.save()
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
