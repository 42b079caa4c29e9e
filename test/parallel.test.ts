// Libraries of hundreds of entries are checked on worker threads (one checker and dictionary each): the
// built CLI reports exactly what one thread reports, in the same order.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module script without types
import { makeLibrary } from '../bench/make-library.mjs'

const root = join(import.meta.dirname, '..')

describe('parallel library check', () => {
  it('gives the same results with worker threads as with one thread', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tov-parallel-'))
    const library = join(folder, 'library.json')
    writeFileSync(library, (makeLibrary as (size: number) => string)(450))
    const runWith = (jobs: string) =>
      spawnSync(process.execPath, [join(root, 'bin/tov.js'), 'check', library, '-f', 'json', '--jobs', jobs], { cwd: folder, encoding: 'utf8' })
    const parallel = runWith('2')
    const single = runWith('1')
    expect(parallel.stderr).toBe('')
    expect(parallel.status).toBe(1)
    expect(parallel.stdout).toBe(single.stdout)
    const results = JSON.parse(parallel.stdout) as Array<{ entry: string }>
    expect(results).toHaveLength(450)
    expect(results.map((result) => result.entry)).toEqual(results.map((_, index) => `antwoord-${String(index + 1).padStart(5, '0')}`))
  }, 60_000)

  it('rejects a bad --jobs with one line', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/tov.js'), 'check', 'fixtures/replies/x', '--jobs', 'veel'], { cwd: root, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('tov: --jobs verwacht een aantal threads vanaf 1 of "auto", niet "veel".\n')
  })
})
