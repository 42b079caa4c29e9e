// Property suite: readLibrary per format, and checkLibrary on what it reads (seeded; see arbitraries.ts for
// the inputs and invariants.ts for what must hold).
import { afterAll, describe, it } from 'vitest'
import { libraryFormats } from './arbitraries.js'
import { assertProperty, suiteApis } from './vitest-harness.js'

const apis = await suiteApis()
afterAll(() => apis.dispose())

describe('property: readLibrary', () => {
  for (const format of libraryFormats) {
    it(`holds its invariants for 400 seeded ${format} libraries`, async () => {
      await assertProperty(apis.libraryFormat(format), 400)
    }, 300_000)
  }
})
