// Checks many replies on all cores: worker threads, each with its own checker and dictionary, fed batches
// in turn; results come back in the order of the jobs. Used for libraries of hundreds of entries and more;
// below that, starting workers costs more than it saves.
//
// A worker that cannot start, stops early or answers only part of its batch fails the run with WORKER_FAILED, naming
// the reply it was on: never a hang, never a silent fallback to one thread. A CI job that suddenly runs
// eight times slower, or a broken install that only shows on large libraries, is worse than one clear line
// with the way out (--jobs 1).
import { channel } from 'node:diagnostics_channel'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { TovError, type TovErrorCode } from '../tov-error.js'
import type { ChannelName, CheckResult, ResolvedConfig, Thread } from '../types.js'

export interface CheckJob {
  index: number
  text: string
  channel: ChannelName
  template: boolean
  /** How an error names this reply: "file › entry". */
  name: string
  /** The config to check it with, by number: 0 the run's config, others one with overrides (sent before). */
  variant?: number
}

/** What a worker is sent: a batch to check, or a config with overrides that later jobs name by number. */
export type WorkerRequest = CheckJob[] | { variant: number; config: ResolvedConfig }

/** What a worker is started with. */
export interface WorkerSetup {
  config: ResolvedConfig
  thread: Thread | undefined
  agent: string | undefined
  /** false: results without the human-voice profile and readability (CheckOptions.profile). */
  profile?: boolean
  /** The decoded dictionary to share, when the build can hand it over (dictionaryData()). */
  dictionary?: SharedArrayBuffer | undefined
}

export type WorkerAnswer =
  | { ready: true }
  | { results: Array<{ index: number; result: CheckResult }> }
  | { error: { message: string; code?: string | undefined; index?: number | undefined } }

/**
 * What the workers did, for tests and profilers (free when nobody subscribes): `{ threadId, ready: true }`
 * when a worker has loaded, `{ threadId, checked }` for every batch it answered.
 */
export const parallelCheckChannel = channel('tov:parallel-check')

/** Jobs a worker gets at once, at most: ~60-100 ms of work, so a message costs nothing beside it. */
export const batchSize = 100
const retry = 'Probeer het opnieuw met --jobs 1.'

/**
 * The compiled worker beside this module (dist/src/library or the bundled dist/cli). Under the TypeScript
 * sources (tests) there is none to start, so the caller checks on one thread; compiled, the worker is part
 * of tov, and a missing one is an error of checkInParallel, not a reason to quietly use one thread.
 */
export function workerFile(moduleUrl: string = import.meta.url): URL | undefined {
  return moduleUrl.endsWith('.ts') ? undefined : new URL('./check-worker.js', moduleUrl)
}

/** Threads worth starting: never more than asked, than cores, or than batches of work. */
export function workerCount(asked: number, jobs: number): number {
  return Math.max(1, Math.min(asked, availableParallelism(), Math.ceil(jobs / batchSize)))
}

/** An error from a worker as the one-line TovError the CLI prints, naming the reply it happened on. */
function workerError(error: { message: string; code?: string | undefined }, job: { name: string } | undefined): TovError {
  const message = job && !error.message.startsWith(job.name) ? `${job.name}: ${error.message}` : error.message
  return error.code ? new TovError(error.code as TovErrorCode, message) : new TovError('WORKER_FAILED', `interne fout bij ${message}`)
}

/** Every job of the batch answered once, and nothing else. */
function answersBatch(results: unknown, batch: readonly CheckJob[]): results is Array<{ index: number; result: CheckResult }> {
  if (!Array.isArray(results) || results.length !== batch.length) return false
  const asked = new Set(batch.map((job) => job.index))
  return results.every((item) => item !== null && typeof item === 'object' && asked.delete((item as { index: number }).index))
}

function startWorkers(count: number, file: URL, workerData: WorkerSetup): Worker[] {
  if (file.protocol === 'file:' && !existsSync(fileURLToPath(file))) {
    throw new TovError('WORKER_FAILED', `${fileURLToPath(file)} ontbreekt: installeer tov opnieuw, of controleer op één thread met --jobs 1.`)
  }
  const workers: Worker[] = []
  try {
    for (let started = 0; started < count; started++) workers.push(new Worker(file, { workerData }))
  } catch (error) {
    // The ones already running would keep the process alive.
    for (const worker of workers) void worker.terminate()
    throw new TovError('WORKER_FAILED', `de threads voor de controle konden niet starten: ${error instanceof Error ? error.message : String(error)}. ${retry}`)
  }
  return workers
}

export interface PoolRun {
  /** The next jobs in order, at most `max`; none when there are no more. */
  take(max: number): CheckJob[]
  /** How many jobs a worker takes at once (default batchSize). */
  batch?: () => number
  /** Called with each result, as the answers come in. */
  onResult(index: number, result: CheckResult): void
  /** The config a job's `variant` names (0 is the run's, in the workers' setup). */
  variant?: (id: number) => ResolvedConfig
}

/**
 * Worker threads that check the jobs they take, a batch at a time, until there are none left. The caller
 * may check jobs of its own meanwhile (it takes them from the same source); `failure` says when it
 * should stop because the run has failed.
 */
export class CheckPool {
  /** The error that ended the run, once there is one. */
  failure: unknown
  private readonly workers: Worker[]

  constructor(threads: number, setup: WorkerSetup, script: URL | undefined = workerFile()) {
    if (!script) throw new TovError('WORKER_FAILED', `check-worker.js ontbreekt; bouw tov opnieuw met "npm run build", of gebruik --jobs 1.`)
    this.workers = startWorkers(threads, script, setup)
  }

  /** Feeds the workers from `run.take` until it has no more and every batch is answered. */
  async run(run: PoolRun): Promise<void> {
    const size = run.batch ?? (() => batchSize)
    try {
      await Promise.all(
        this.workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              let finished = false
              let ready = false
              let batch: CheckJob[] = []
              const variants = new Set([0])
              const fail = (error: unknown) => {
                if (finished) return
                finished = true
                this.failure ??= error
                reject(error)
              }
              // Before the worker has loaded, any failure is one of starting; after, it names the reply in hand.
              const stopped = (reason: string) =>
                ready
                  ? new TovError('WORKER_FAILED', `${batch[0]?.name ?? 'bibliotheek'}: ${reason}. ${retry}`)
                  : new TovError('WORKER_FAILED', `de threads voor de controle konden niet starten: ${reason}. ${retry}`)
              const feed = () => {
                batch = this.failure === undefined ? run.take(size()) : []
                if (batch.length === 0) {
                  finished = true
                  resolve()
                  return
                }
                for (const job of batch) {
                  const variant = job.variant ?? 0
                  if (variants.has(variant)) continue
                  variants.add(variant)
                  worker.postMessage({ variant, config: run.variant!(variant) } satisfies WorkerRequest)
                }
                worker.postMessage(batch satisfies WorkerRequest)
              }
              worker.on('message', (answer: WorkerAnswer) => {
                if (finished) return
                if ('ready' in answer) {
                  ready = true
                  if (parallelCheckChannel.hasSubscribers) parallelCheckChannel.publish({ threadId: worker.threadId, ready: true })
                  return
                }
                if ('error' in answer) {
                  fail(workerError(answer.error, batch.find((job) => job.index === answer.error.index)))
                  return
                }
                if (!answersBatch(answer.results, batch)) {
                  fail(stopped('de thread gaf een onvolledig antwoord'))
                  return
                }
                try {
                  for (const { index, result } of answer.results) run.onResult(index, result)
                } catch (error) {
                  fail(error)
                  return
                }
                if (parallelCheckChannel.hasSubscribers) parallelCheckChannel.publish({ threadId: worker.threadId, checked: answer.results.length })
                feed()
              })
              worker.on('messageerror', () => fail(stopped('een antwoord van de thread was onleesbaar')))
              worker.on('error', (error) => {
                if (ready) fail(workerError({ message: error.message }, batch[0]))
                else fail(stopped(error.message))
              })
              // A worker that ends without answering (process.exit, out of memory, a native crash) must not
              // leave the run waiting.
              worker.on('exit', (code) => fail(stopped(`de thread stopte onverwacht (code ${code})`)))
              feed()
            }),
        ),
      )
    } finally {
      await this.close()
    }
  }

  /** Stops the workers (run does, at its end). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

/**
 * Checks `jobs` on up to `threads` worker threads and calls `onResult` for each, as answers come in.
 * `script` is the worker to start (default: the compiled check-worker); tests pass their own.
 */
export async function checkInParallel(
  jobs: readonly CheckJob[],
  config: ResolvedConfig,
  thread: Thread | undefined,
  agent: string | undefined,
  threads: number,
  onResult: (index: number, result: CheckResult) => void,
  script: URL | undefined = workerFile(),
): Promise<void> {
  const pool = new CheckPool(workerCount(threads, jobs.length), { config, thread, agent }, script)
  let next = 0
  await pool.run({
    take: (max) => {
      const batch = jobs.slice(next, next + max)
      next += batch.length
      return batch
    },
    onResult,
  })
}
