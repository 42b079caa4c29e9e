// A worker thread of a parallel library check: builds its own checker (its own dictionary and rules) from
// the resolved config, checks the replies it is sent, and answers with plain results.
import { parentPort, workerData } from 'node:worker_threads'
import { createChecker } from '../engine/checker.js'
import type { ResolvedConfig, Thread } from '../types.js'
import type { CheckJob, WorkerAnswer } from './parallel-check.js'

const { config, thread, agent } = workerData as { config: ResolvedConfig; thread: Thread | undefined; agent: string | undefined }
const checker = createChecker(config)

parentPort!.on('message', async (jobs: CheckJob[]) => {
  try {
    const ready = await checker
    const results = []
    for (const job of jobs) {
      results.push({
        index: job.index,
        result: await ready.check(job.text, { channel: job.channel, template: job.template, ...(agent ? { agent } : {}), ...(thread ? { thread } : {}) }),
      })
    }
    parentPort!.postMessage({ results } satisfies WorkerAnswer)
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? { message: error.message, code: (error as { code?: string }).code } : { message: String(error) } } satisfies WorkerAnswer)
  }
})
