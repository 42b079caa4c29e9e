// Property suite: check (seeded; see arbitraries.ts for the inputs and invariants.ts for what must hold).
import { afterAll, describe, it } from 'vitest'
import { assertProperty, suiteApis } from './vitest-harness.js'

const apis = await suiteApis()
afterAll(() => apis.dispose())

describe('property: check', () => {
  it('holds its invariants for 2000 seeded inputs', async () => {
    await assertProperty(apis.check, 2000)
  }, 300_000)
})
