// Checks many replies on all cores: worker threads, each with its own checker and dictionary, fed batches
// in turn; results come back in the order of the jobs. Used for libraries of hundreds of entries and more;
// below that, starting workers costs more than it saves.
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
}

export type WorkerAnswer =
  | { results: Array<{ index: number; result: CheckResult }> }
  | { error: { message: string; code?: string | undefined; index?: number | undefined } }

const batchSize = 100

/** The compiled worker beside this module (dist/src/library or the bundled dist/cli); absent under ts sources. */
export function workerFile(): URL | undefined {
  const url = new URL('./check-worker.js', import.meta.url)
  return existsSync(fileURLToPath(url)) ? url : undefined
}

/** Threads worth starting: never more than asked, than cores, or than batches of work. */
export function workerCount(asked: number, jobs: number): number {
  return Math.max(1, Math.min(asked, availableParallelism(), Math.ceil(jobs / batchSize)))
}

/** An error from a worker as the one-line TovError the CLI prints, naming the reply it happened on. */
function workerError(error: { message: string; code?: string | undefined; index?: number | undefined }, jobs: ReadonlyMap<number, CheckJob>): TovError {
  const job = error.index === undefined ? undefined : jobs.get(error.index)
  const message = job && !error.message.startsWith(job.name) ? `${job.name}: ${error.message}` : error.message
  return error.code ? new TovError(error.code as TovErrorCode, message) : new TovError('WORKER_FAILED', `interne fout bij ${message}`)
}

export async function checkInParallel(
  jobs: readonly CheckJob[],
  config: ResolvedConfig,
  thread: Thread | undefined,
  agent: string | undefined,
  threads: number,
  onResult: (index: number, result: CheckResult) => void,
): Promise<void> {
  const file = workerFile()
  if (!file) throw new TovError('WORKER_FAILED', 'check-worker.js ontbreekt; bouw tov opnieuw met "npm run build".')
  const byIndex = new Map(jobs.map((job) => [job.index, job]))
  const workers = Array.from({ length: workerCount(threads, jobs.length) }, () => new Worker(file, { workerData: { config, thread, agent } }))
  let next = 0
  let failed = false
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let finished = false
            let batch: CheckJob[] = []
            const fail = (error: TovError) => {
              finished = true
              failed = true
              reject(error)
            }
            const feed = () => {
              if (failed || next >= jobs.length) {
                finished = true
                resolve()
                return
              }
              batch = jobs.slice(next, next + batchSize)
              next += batch.length
              worker.postMessage(batch)
            }
            worker.on('message', (answer: WorkerAnswer) => {
              if ('error' in answer) {
                fail(workerError(answer.error, byIndex))
                return
              }
              for (const { index, result } of answer.results) onResult(index, result)
              feed()
            })
            worker.on('error', (error) => fail(workerError({ message: error.message, index: batch[0]?.index }, byIndex)))
            // A worker that ends without answering (out of memory, a native crash) must not leave the run waiting.
            worker.on('exit', (code) => {
              if (!finished) fail(workerError({ message: `de thread stopte onverwacht (code ${code})`, index: batch[0]?.index }, byIndex))
            })
            feed()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
