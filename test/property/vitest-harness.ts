// The property suite's side of the harness: the properties bound to the TypeScript sources, run seeded
// with fast-check, each input also held to a time budget.
import fc from 'fast-check'
import * as tov from '../../src/index.js'
import { fixReply } from '../../src/engine/fix-reply.js'
import { suiteSizes } from './arbitraries.js'
import { InvariantFailure } from './invariants.js'
import { createApis, type ApiProperty, type Apis } from './properties.js'

/** The seed of the suite: the same inputs on every run, so a failure reproduces. */
export const seed = 42

/** Generous against a busy 2-core machine; `npm run fuzz` holds every input to 1 s. */
export const maxMsPerInput = 2_000

export function suiteApis(): Promise<Apis> {
  return createApis({ tov, fixReply }, suiteSizes)
}

export async function assertProperty<T>(property: ApiProperty<T>, numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(property.arbitrary, async (input) => {
      const start = performance.now()
      const apiMs = await property.run(input)
      const elapsed = typeof apiMs === 'number' ? apiMs : performance.now() - start
      if (elapsed > maxMsPerInput) {
        throw new InvariantFailure(`${property.name} took ${elapsed.toFixed(0)} ms (budget ${maxMsPerInput} ms) on an input of size ${property.size(input)}: ${property.show(input)}`)
      }
    }),
    { seed, numRuns },
  )
}
