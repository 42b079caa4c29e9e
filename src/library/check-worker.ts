// A worker thread of a parallel library check: builds its own checker (its own dictionary and rules) from
// the resolved config, checks the replies it is sent, and answers with plain results, or with the first
// error and the job it happened on. It says "ready" once loaded, so that a failure before is reported as
// one of starting, and one after names the reply.
import { parentPort, workerData } from 'node:worker_threads'
import { reviveResolvedConfig } from '../config/resolve-config.js'
import { createChecker } from '../engine/checker.js'
import type { ResolvedConfig, Thread } from '../types.js'
import type { CheckJob, WorkerAnswer } from './parallel-check.js'

const { config, thread, agent } = workerData as { config: ResolvedConfig; thread: Thread | undefined; agent: string | undefined }
// A structured clone has lost resolveConfig's brand: taken as resolved again, after a check of its rules.
const checker = createChecker(reviveResolvedConfig(config))

parentPort!.on('message', async (jobs: CheckJob[]) => {
  let current: CheckJob | undefined
  try {
    const ready = await checker
    const results = []
    for (const job of jobs) {
      current = job
      results.push({
        index: job.index,
        result: await ready.check(job.text, { channel: job.channel, template: job.template, file: job.name, ...(agent ? { agent } : {}), ...(thread ? { thread } : {}) }),
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
