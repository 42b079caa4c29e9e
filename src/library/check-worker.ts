// A worker thread of a parallel library check: builds its own checker (its own rules; the dictionary shared
// when the main thread hands it over) from the resolved config, checks the replies it is sent, and answers
// with plain results, or with the first error and the job it happened on. It says "ready" once loaded, so
// that a failure before is reported as one of starting, and one after names the reply.
import { parentPort, workerData } from 'node:worker_threads'
import { reviveResolvedConfig } from '../config/resolve-config.js'
import { createChecker, type Checker } from '../engine/checker.js'
import type { ResolvedConfig } from '../types.js'
import type { CheckJob, WorkerAnswer, WorkerRequest, WorkerSetup } from './parallel-check.js'

const { config, thread, agent, profile, dictionary } = workerData as WorkerSetup
// The main thread's dictionary, adopted before the first checker: this thread neither reads nor copies it.
if (dictionary) (await import('../spelling/dutch-dictionary.js')).adoptDictionaryData(dictionary)
// A structured clone has lost resolveConfig's brand: taken as resolved again, after a check of its rules.
const checkers = new Map<number, Promise<Checker>>([[0, createChecker(reviveResolvedConfig(config))]])

function checkerFor(variant: number): Promise<Checker> {
  const checker = checkers.get(variant)
  if (!checker) throw new Error(`onbekende configuratie ${variant}`)
  return checker
}

parentPort!.on('message', async (request: WorkerRequest) => {
  if (!Array.isArray(request)) {
    checkers.set(request.variant, createChecker(reviveResolvedConfig(request.config as ResolvedConfig)))
    return
  }
  let current: CheckJob | undefined
  try {
    const results = []
    for (const job of request) {
      current = job
      const checker = await checkerFor(job.variant ?? 0)
      results.push({
        index: job.index,
        result: await checker.check(job.text, { channel: job.channel, template: job.template, file: job.name, ...(agent ? { agent } : {}), ...(thread ? { thread } : {}), ...(profile === false ? { profile } : {}) }),
      })
    }
    parentPort!.postMessage({ results } satisfies WorkerAnswer)
  } catch (error) {
    const index = current?.index
    const answer = error instanceof Error ? { message: error.message, code: (error as { code?: string }).code, index } : { message: String(error), index }
    parentPort!.postMessage({ error: answer } satisfies WorkerAnswer)
  }
})

parentPort!.postMessage({ ready: true } satisfies WorkerAnswer)
