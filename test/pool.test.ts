// The worker pool of a library check (parallel-check.ts, check-replies.ts): with --jobs 2 this thread
// checks beside one worker thread, both taking entries from one queue in order; configs with overrides
// reach the worker; every result comes out once, in the order of the entries, as soon as it and those
// before it are done (not all at the end), and the same as on one thread. The worker is the real
// check-worker, bundled for the test (under the TypeScript sources there is no compiled one).
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkRepliesStreaming, readReplies, resolveConfig, type CheckResult, type LibraryFile } from '../src/index.js'
import { root } from './run-cli.js'
// @ts-expect-error: a plain ES module script without types
import { makeDistinctLibrary } from '../bench/make-distinct-library.mjs'
// @ts-expect-error: a plain ES module script without types
import { nodeBundle } from '../scripts/bundle-options.mjs'

const config = resolveConfig({ overrides: [{ channels: ['whatsapp'], rules: { spelling: 'off' } }, { ids: ['antwoord-0000[1-3]*'], rules: { greeting: 'off' } }] })

let script: URL
let libraries: LibraryFile[]

beforeAll(async () => {
  // A package of its own: the bundle finds package.json, generated/ and presets/ above it, as dist/cli does.
  const folder = mkdtempSync(join(tmpdir(), 'tov-pool-'))
  copyFileSync(join(root, 'package.json'), join(folder, 'package.json'))
  for (const data of ['generated', 'presets']) symlinkSync(join(root, data), join(folder, data))
  mkdirSync(join(folder, 'dist'))
  await build({
    entryPoints: [join(root, 'src/library/check-worker.ts')],
    outfile: join(folder, 'dist/check-worker.js'),
    // As scripts/bundle-cli.mjs bundles the worker.
    ...(nodeBundle as object),
  })
  script = pathToFileURL(join(folder, 'dist/check-worker.js'))
  const library = join(folder, 'library.json')
  writeFileSync(library, (makeDistinctLibrary as (count: number, seed: number) => string)(600, 7))
  libraries = await readReplies([library], folder, async () => new Uint8Array(), { csvColumns: config.csvColumns })
}, 60_000)

interface Run {
  results: CheckResult[]
  indexes: number[]
  /** Entries checked, by thread (0 is this one), from the diagnostics channel. */
  checkedBy: Map<number, number>
  /** How many entries were checked when the first result was handed over. */
  doneAtFirst: number
}

async function runWith(jobs: number): Promise<Run> {
  const run: Run = { results: [], indexes: [], checkedBy: new Map(), doneAtFirst: -1 }
  const listener = (event: unknown) => {
    const { threadId, checked } = event as { threadId: number; checked?: number }
    if (checked !== undefined) run.checkedBy.set(threadId, (run.checkedBy.get(threadId) ?? 0) + checked)
  }
  subscribe('tov:parallel-check', listener)
  let done = 0
  try {
    await checkRepliesStreaming(libraries, { config, jobs, workerScript: script, onProgress: (count) => void (done = count) }, ({ result, index }) => {
      if (run.doneAtFirst < 0) run.doneAtFirst = done
      run.results.push(result)
      run.indexes.push(index)
    })
  } finally {
    unsubscribe('tov:parallel-check', listener)
  }
  return run
}

describe('the worker pool', () => {
  it('checks on this thread and a worker, and gives what one thread gives, in order, as it goes', async () => {
    const single = await runWith(1)
    const pooled = await runWith(2)
    expect(pooled.results).toEqual(single.results)
    expect(pooled.indexes).toEqual(Array.from({ length: 600 }, (_, index) => index))
    expect(pooled.results.map((result) => result.entry)).toEqual(libraries[0]!.entries.map((entry) => entry.id))
    // One thread: nothing on the channel. Two: this thread (0) and one worker share the work.
    expect(single.checkedBy.size).toBe(0)
    if (availableParallelism() > 1) {
      expect([...pooled.checkedBy.keys()].sort()).toEqual([0, expect.any(Number)].sort())
      expect(pooled.checkedBy.size).toBe(2)
      expect([...pooled.checkedBy.values()].reduce((sum, count) => sum + count, 0)).toBe(600)
      for (const count of pooled.checkedBy.values()) expect(count).toBeGreaterThan(0)
    }
    // Streamed: the first result was handed over long before the last entry was checked.
    expect(pooled.doneAtFirst).toBeGreaterThan(0)
    expect(pooled.doneAtFirst).toBeLessThan(300)
    // The overrides reached the worker: no spelling finding on WhatsApp, and greeting off for their ids.
    const whatsapp = pooled.results.filter((result) => result.channel === 'whatsapp')
    expect(whatsapp.length).toBeGreaterThan(0)
    expect(whatsapp.flatMap((result) => result.findings).some((finding) => finding.ruleId === 'spelling')).toBe(false)
  }, 120_000)

  it('a failing worker stops the run with its one-line error, and this thread stops too', async () => {
    const broken = new URL(`data:text/javascript,${encodeURIComponent(`import { parentPort } from 'node:worker_threads'\nparentPort.postMessage({ ready: true })\nparentPort.on('message', () => process.exit(5))`)}`)
    const handed: number[] = []
    const failure = await checkRepliesStreaming(libraries, { config, jobs: 2, workerScript: broken }, ({ index }) => void handed.push(index)).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(failure).toMatchObject({ code: 'WORKER_FAILED', message: expect.stringMatching(/^.*library\.json › antwoord-\d+: de thread stopte onverwacht \(code 5\)\. Probeer het opnieuw met --jobs 1\.$/) })
    // What came before the worker's batch may have been handed over; never anything after a gap.
    expect(handed).toEqual(handed.map((_, index) => index))
    expect(handed.length).toBeLessThan(600)
  }, 60_000)
})
