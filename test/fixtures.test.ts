// Every clean reply in fixtures/replies/<channel>/ stays clean, with the recommended preset and with
// the example brand config; the drafts in fixtures/drafts/ do have findings.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config/load-config.js'
import { knownValues } from '../src/config/resolve-config.js'
import { createChecker } from '../src/engine/checker.js'
import type { ChannelName } from '../src/types.js'

const root = join(import.meta.dirname, '..', 'fixtures')
const clean = readdirSync(join(root, 'replies')).flatMap((channel) =>
  readdirSync(join(root, 'replies', channel)).map((name) => ({ channel: channel as ChannelName, name, path: join(root, 'replies', channel, name) })),
)

describe('fixtures', () => {
  it('has clean replies for several channels', () => {
    expect(new Set(clean.map((entry) => entry.channel)).size).toBeGreaterThanOrEqual(5)
  })

  const setups = {
    recommended: async () => ({}),
    'brand config': () => loadConfig(root, { configFile: 'configs/brand.tovrc.json' }),
    'every value preset': async () => ({ values: knownValues() }),
  }
  for (const [setup, configFor] of Object.entries(setups)) {
    describe(setup, () => {
      for (const entry of clean) {
        it(`${entry.channel}/${entry.name} has no finding`, async () => {
          const config = await configFor()
          const checker = await createChecker(config)
          const result = await checker.check(readFileSync(entry.path, 'utf8'), { channel: entry.channel })
          expect(result.findings.map((finding) => `${finding.ruleId}: ${finding.actual}`)).toEqual([])
        })
      }
    })
  }

  it('the example draft fails on every card rule it breaks', async () => {
    const checker = await createChecker({})
    const result = await checker.check(readFileSync(join(root, 'drafts/x-draft.txt'), 'utf8'))
    expect(new Set(result.findings.map((finding) => finding.ruleId))).toEqual(
      new Set(['no-repeated-apology', 'no-hollow-promise', 'no-condescension', 'spelling', 'sign-off']),
    )
  })
})
