// Libraries of hundreds of entries are checked on worker threads (one checker and dictionary each): the
// built CLI reports exactly what one thread reports, in the same order, and the workers really did the work.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { workerCount } from '../src/library/parallel-check.js'
// @ts-expect-error: a plain ES module script without types
import { makeLibrary } from '../bench/make-library.mjs'

const root = join(import.meta.dirname, '..')

/**
 * A module for `node --import` that counts, from tov's diagnostics channel, the workers that started and
 * the entries they checked, and writes the counts to `log` when the process ends.
 */
function workerCounter(log: string): string {
  const counter = `${log}.mjs`
  writeFileSync(counter, `import { subscribe } from 'node:diagnostics_channel'
import { writeFileSync } from 'node:fs'
const seen = { ready: [], checked: 0 }
subscribe('tov:parallel-check', (event) => (event.ready ? seen.ready.push(event.threadId) : (seen.checked += event.checked)))
process.on('exit', () => writeFileSync(${JSON.stringify(log)}, JSON.stringify(seen)))
`)
  return pathToFileURL(counter).href
}

describe('parallel library check', () => {
  it('gives the same results with worker threads as with one thread, and the workers did check them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tov-parallel-'))
    const library = join(folder, 'library.json')
    writeFileSync(library, (makeLibrary as (size: number) => string)(450))
    const logOf = (jobs: string) => join(folder, `workers-${jobs}.json`)
    const runWith = (jobs: string) =>
      spawnSync(process.execPath, ['--import', workerCounter(logOf(jobs)), join(root, 'bin/tov.js'), 'check', library, '-f', 'json', '--jobs', jobs], { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 30 })
    const parallel = runWith('2')
    const single = runWith('1')
    expect(parallel.stderr).toBe('')
    expect(parallel.status).toBe(1)
    expect(parallel.stdout).toBe(single.stdout)
    // Same output could also mean one thread did it all: with --jobs 2 this thread checks beside one worker
    // (never more threads than cores), and between them (both on the channel) they checked every entry.
    const workers = JSON.parse(readFileSync(logOf('2'), 'utf8')) as { ready: number[]; checked: number }
    expect(new Set(workers.ready).size).toBe(Math.min(2, availableParallelism()) - 1)
    expect(workers.checked).toBe(availableParallelism() > 1 ? 450 : 0)
    expect(JSON.parse(readFileSync(logOf('1'), 'utf8'))).toEqual({ ready: [], checked: 0 })
    const results = JSON.parse(parallel.stdout) as Array<{ entry: string }>
    expect(results).toHaveLength(450)
    expect(results.map((result) => result.entry)).toEqual(results.map((_, index) => `antwoord-${String(index + 1).padStart(5, '0')}`))
  }, 60_000)

  it('never starts more threads than cores or batches of work (--jobs 64 on 300 entries)', () => {
    expect(workerCount(64, 300)).toBe(Math.min(availableParallelism(), 3))
    expect(workerCount(64, 100_000)).toBe(availableParallelism())
    expect(workerCount(1, 100_000)).toBe(1)
  })

  it('rejects a bad --jobs with one line', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/tov.js'), 'check', 'fixtures/replies/x', '--jobs', 'veel'], { cwd: root, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('tov: --jobs verwacht een aantal threads vanaf 1 of "auto", niet "veel".\n')
  })

  it('gives identical output on one thread and on two for hostile entries, with no stack trace', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tov-parallel-'))
    const hostile = [
      'a.'.repeat(20_000),
      '.,!?;:'.repeat(5_000),
      '{{naam}} '.repeat(3_000),
      'we gaan ernaar kijken, '.repeat(2_000),
      'http://a.nl/' + ')'.repeat(20_000),
      'Hoi. dag. '.repeat(5_000),
      'Zie 06-1234567.\n\n'.repeat(2_000),
      'a'.repeat(30_000) + '@',
    ]
    const entries = Array.from({ length: 240 }, (_, index) => ({ id: `e${index}`, text: hostile[index % hostile.length]! + ` ^AB ${index}` }))
    writeFileSync(join(folder, 'lib.json'), JSON.stringify(entries))
    const runWith = (jobs: string) =>
      spawnSync(process.execPath, [join(root, 'bin/tov.js'), 'check', 'lib.json', '-f', 'json', '--channel', 'email', '--jobs', jobs], { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 30 })
    const single = runWith('1')
    const parallel = runWith('2')
    expect(single.stderr).toBe('')
    expect(parallel.stderr).toBe('')
    expect(JSON.parse(single.stdout)).toHaveLength(240)
    expect(parallel.stdout).toBe(single.stdout)
  }, 120_000)

  it('refuses endless standard input with one line instead of reading it all', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/tov.js'), 'check', '-'], { cwd: root, encoding: 'utf8', stdio: [openSync('/dev/zero', 'r'), 'pipe', 'pipe'], timeout: 30_000 })
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('tov: <stdin>: te groot (meer dan 1 MiB).\n')
  })
})
