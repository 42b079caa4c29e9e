// Worker threads that cannot start, stop without an error, or answer only part of a batch fail a library
// check with one WORKER_FAILED line naming the reply in hand, within seconds: never a hang, never a quiet
// fallback to one thread. The workers here are small stand-ins (data: URLs) for the compiled check-worker.
import { describe, expect, it } from 'vitest'
import { checkInParallel, workerFile, type CheckJob } from '../src/library/parallel-check.js'
import { resolveConfig } from '../src/config/resolve-config.js'
import { TovError } from '../src/tov-error.js'

const config = resolveConfig({})
const jobs: CheckJob[] = Array.from({ length: 250 }, (_, index) => ({ index, text: `Hoi ${index} ^AB`, channel: 'x', template: false, name: `lib.json › e${index}` }))

/** A worker script from its source: it may import node: modules only. */
const worker = (source: string) => new URL(`data:text/javascript,${encodeURIComponent(`import { parentPort } from 'node:worker_threads'\n${source}`)}`)
const ready = `parentPort.postMessage({ ready: true })\n`
/** Answers a batch as check-worker does, with empty results. */
const answer = `const results = (batch) => batch.map((job) => ({ index: job.index, result: { file: job.name } }))\n`

/** The error a check ends with, or a failure when it does not end within `limit` ms. */
async function failureOf(script: URL, threads = 1, checked: number[] = [], limit = 5_000): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${limit} ms: the check hangs`)), limit)
  })
  try {
    await Promise.race([checkInParallel(jobs, config, undefined, undefined, threads, (index) => checked.push(index), script), hang])
  } catch (error) {
    return error
  } finally {
    clearTimeout(timer)
  }
  throw new Error('the check succeeded')
}

describe('a failing worker thread', () => {
  it('that exits without an error on its first batch fails the run, naming the entry', async () => {
    // Two workers, each on its first batch (e0-e99, e100-e199): whichever stops first names its own.
    const error = await failureOf(worker(`${ready}parentPort.on('message', () => process.exit(0))`), 2)
    expect(error).toBeInstanceOf(TovError)
    expect(error).toMatchObject({ code: 'WORKER_FAILED', message: expect.stringMatching(/^lib\.json › e(0|100): de thread stopte onverwacht \(code 0\)\. Probeer het opnieuw met --jobs 1\.$/) })
  }, 10_000)

  it('that exits between batches keeps the results it gave and names the first entry it did not', async () => {
    const checked: number[] = []
    const script = worker(`${ready}${answer}let batches = 0
parentPort.on('message', (batch) => (++batches === 1 ? parentPort.postMessage({ results: results(batch) }) : process.exit(3)))`)
    const error = await failureOf(script, 1, checked)
    expect(error).toMatchObject({ code: 'WORKER_FAILED', message: 'lib.json › e100: de thread stopte onverwacht (code 3). Probeer het opnieuw met --jobs 1.' })
    expect(checked).toEqual(jobs.slice(0, 100).map((job) => job.index))
  }, 10_000)

  it('that answers only part of its batch fails the run instead of leaving entries without a result', async () => {
    const checked: number[] = []
    const script = worker(`${ready}${answer}parentPort.on('message', (batch) => parentPort.postMessage({ results: results(batch.slice(1)) }))`)
    const error = await failureOf(script, 1, checked)
    expect(error).toMatchObject({ code: 'WORKER_FAILED', message: 'lib.json › e0: de thread gaf een onvolledig antwoord. Probeer het opnieuw met --jobs 1.' })
    expect(checked).toEqual([])
  }, 10_000)

  it('that throws while loading is a failure to start', async () => {
    const error = await failureOf(worker(`throw new Error('kapot')`), 2)
    expect(error).toMatchObject({ code: 'WORKER_FAILED', message: 'de threads voor de controle konden niet starten: kapot. Probeer het opnieuw met --jobs 1.' })
  }, 10_000)

  it('that exits before it is ready is a failure to start', async () => {
    const error = await failureOf(worker(`process.exit(0)`))
    expect(error).toMatchObject({ code: 'WORKER_FAILED', message: 'de threads voor de controle konden niet starten: de thread stopte onverwacht (code 0). Probeer het opnieuw met --jobs 1.' })
  }, 10_000)

  it('that cannot be created at all is a TovError, not a Node error', async () => {
    const error = await failureOf(new URL('https://example.com/check-worker.js'))
    expect(error).toBeInstanceOf(TovError)
    expect(error).toMatchObject({ code: 'WORKER_FAILED', message: expect.stringMatching(/^de threads voor de controle konden niet starten: .+\. Probeer het opnieuw met --jobs 1\.$/) })
  }, 10_000)
})

describe('the compiled worker', () => {
  it('is looked for beside compiled code, and its absence is an error, not one quiet thread', async () => {
    expect(workerFile('file:///work/tov/src/library/parallel-check.ts')).toBeUndefined()
    const missing = workerFile('file:///nowhere/tov/dist/cli/chunk-ABC.js')
    expect(missing?.href).toBe('file:///nowhere/tov/dist/cli/check-worker.js')
    const error = await failureOf(missing!)
    expect(error).toMatchObject({ code: 'WORKER_FAILED', message: '/nowhere/tov/dist/cli/check-worker.js ontbreekt: installeer tov opnieuw, of controleer op één thread met --jobs 1.' })
  }, 10_000)
})
