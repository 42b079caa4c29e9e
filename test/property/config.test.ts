// Property suite: config (seeded; see arbitraries.ts for the inputs and invariants.ts for what must hold).
import { afterAll, describe, it } from 'vitest'
import { assertProperty, suiteApis } from './vitest-harness.js'

const apis = await suiteApis()
afterAll(() => apis.dispose())

describe('property: config', () => {
  it('holds its invariants for 1000 seeded inputs', async () => {
    await assertProperty(apis.config, 1000)
  }, 300_000)
})
