// Checks many replies on all cores: worker threads, each with its own checker and dictionary, fed batches
// in turn; results come back in the order of the jobs. Used for libraries of hundreds of entries and more;
// below that, starting workers costs more than it saves.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { TovError, type TovErrorCode } from '../tov-error.js'
import type { ChannelName, CheckResult, ResolvedConfig, Thread } from '../types.js'

export interface CheckJob {
  index: number
  text: string
  channel: ChannelName
  template: boolean
}

export type WorkerAnswer =
  | { results: Array<{ index: number; result: CheckResult }> }
  | { error: { message: string; code?: string | undefined } }

const batchSize = 100

/** The compiled worker beside this module (dist/src/library or the bundled dist/cli); absent under ts sources. */
export function workerFile(): URL | undefined {
  const url = new URL('./check-worker.js', import.meta.url)
  return existsSync(fileURLToPath(url)) ? url : undefined
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
  if (!file) throw new Error('tov: check-worker.js not built')
  const workers = Array.from({ length: Math.min(threads, Math.ceil(jobs.length / batchSize)) }, () => new Worker(file, { workerData: { config, thread, agent } }))
  let next = 0
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= jobs.length) {
                resolve()
                return
              }
              const batch = jobs.slice(next, next + batchSize)
              next += batch.length
              worker.postMessage(batch)
            }
            worker.on('message', (answer: WorkerAnswer) => {
              if ('error' in answer) {
                reject(answer.error.code ? new TovError(answer.error.code as TovErrorCode, answer.error.message) : new Error(answer.error.message))
                return
              }
              for (const { index, result } of answer.results) onResult(index, result)
              feed()
            })
            worker.on('error', reject)
            feed()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
