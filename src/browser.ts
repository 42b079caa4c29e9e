// The library in a web page or a web worker (dist/browser/tov.js, built by scripts/bundle-browser.mjs):
// the same checker as in Node, with tov's data (the dictionary, the diminutives, the presets) fetched once
// from the files beside the bundle. Nothing on this path uses Node: the build fails if anything would.
//
//   import { loadTovData, createChecker } from './tov.js'
//   await loadTovData()                                  // fetched once; later calls share the same fetch
//   const checker = await createChecker({ channel: 'x', values: ['vriendelijk'] })
//   const result = await checker.check(draft)            // the shape of one element of `tov check --format json`
import { createChecker } from './engine/checker.js'
import { parseThread } from './kit/thread.js'
import { hasData, provideData } from './package-data.browser.js'
import type { CheckOptions, CheckResult, ResolvedConfig, TovConfigInput } from './types.js'

export { Checker, createChecker } from './engine/checker.js'
export { applyEdit, fixReply, type FixOutcome } from './engine/fix-reply.js'
export { resolveConfig, validateConfig } from './config/resolve-config.js'
export { channelName, channelNames, getChannel, type ChannelSpec } from './channels/channels.js'
export { defaultChecklist, type ChecklistItem } from './checklist/checklist.js'
export { builtinRules, findRule, ruleIds, rulesFor } from '../rules/index.js'
export { parseThread, parseThreadText } from './kit/thread.js'
export { TovError, isTovError, type TovErrorCode } from './tov-error.js'
export { packageVersion as version } from './package-data.browser.js'
export type * from './types.js'

/** The data files of the browser build, as scripts/bundle-browser.mjs writes them beside tov.js. */
export const dataFiles = { text: 'tov-data.json', dictionary: 'nl-nl.dawg' } as const

const loading = new Map<string, Promise<void>>()

/**
 * Fetches tov's data from `base` (default: the folder of this script) once: the text files in one JSON
 * file, the dictionary as it lies in the package (1.8 MiB). Call it before the first check; calls with the
 * same base share one fetch, and the browser's HTTP cache keeps the files between visits.
 */
export function loadTovData(base: string | URL = new URL('./', import.meta.url), fetcher: typeof fetch = fetch): Promise<void> {
  const folder = new URL('./', new URL(String(base), (globalThis as { location?: { href: string } }).location?.href)).href
  let pending = loading.get(folder)
  if (!pending) {
    pending = (async () => {
      const [text, dictionary] = await Promise.all([fetchOk(fetcher, new URL(dataFiles.text, folder)), fetchOk(fetcher, new URL(dataFiles.dictionary, folder))])
      const data = (await text.json()) as { version: string; files: Record<string, string> }
      provideData({ version: data.version, files: { ...data.files, 'generated/dictionary/nl-nl.dawg': await dictionary.arrayBuffer() } })
    })()
    // A failed fetch may be tried again.
    pending.catch(() => loading.delete(folder))
    loading.set(folder, pending)
  }
  return pending
}

async function fetchOk(fetcher: typeof fetch, url: URL): Promise<Response> {
  const response = await fetcher(url)
  if (!response.ok) throw new Error(`tov: ${url.href} could not be fetched (HTTP ${response.status})`)
  return response
}

/** Whether loadTovData() has finished: checks can run. */
export function isDataLoaded(): boolean {
  return hasData()
}

/** Checks one reply with a config (default: the recommended preset), as `check` of the Node library. */
export async function check(text: string, options: CheckOptions & { config?: TovConfigInput | ResolvedConfig } = {}): Promise<CheckResult> {
  const { config, ...checkOptions } = options
  const checker = await createChecker(config ?? {})
  return checker.check(text, checkOptions.thread ? { ...checkOptions, thread: parseThread(checkOptions.thread) } : checkOptions)
}
