// Every rule carries what a user and a maintainer need: a section in the rule reference (docs/rules.md) and
// a line in the README's index, a test table, a checklist item, Dutch messages, examples; and the default
// checklist is fed by the rules DESIGN.md names.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultChecklist } from '../src/checklist/checklist.js'
import { builtinRules } from '../rules/index.js'
import { ruleUrl } from '../src/kit/index.js'

const root = join(import.meta.dirname, '..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const reference = readFileSync(join(root, 'docs', 'rules.md'), 'utf8')
const dutchWords = /\b(je|jouw|de|het|een|geen|van|met|niet|zonder|of|en)\b/i

describe.each(builtinRules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('has a table test', () => {
    const file = join(root, 'test', 'rules', `${id}.test.ts`)
    expect(existsSync(file)).toBe(true)
    expect(readFileSync(file, 'utf8')).toContain(`ruleTable('${id}'`)
  })

  it('has a section in docs/rules.md with a wrong and a right example', () => {
    const section = reference.split(/^### /m).find((part) => part.startsWith(`\`${id}\`\n`))
    expect(section, `docs/rules.md has no "### \`${id}\`" section`).toBeDefined()
    expect(section).toContain(`- Wrong: \``)
    expect(section).toContain(`- Right: \``)
    // A message's url points at that section: GitHub's anchor of "### `id`" is "#id".
    expect(ruleUrl(id)).toBe(`https://github.com/tov/tov/blob/main/docs/rules.md#${id}`)
  })

  it("is in the README's rule index, linked to its section of docs/rules.md", () => {
    const start = readme.indexOf('\n## Rules\n')
    expect(start, 'README has no "## Rules" section').toBeGreaterThanOrEqual(0)
    const end = readme.indexOf('\n## ', start + 1)
    const index = readme.slice(start, end < 0 ? undefined : end)
    expect(index).toContain(`| [\`${id}\`](docs/rules.md#${id}) |`)
  })

  it('feeds a checklist item and has Dutch messages and docs', () => {
    expect(defaultChecklist.map((item) => item.id)).toContain(rule.checklist)
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0)
    for (const message of [...Object.values(rule.messages), rule.description, rule.docs.rationale]) {
      expect(message).toMatch(dutchWords)
    }
    expect(rule.docs.wrong).not.toBe(rule.docs.right)
  })
})

describe('registry', () => {
  it('has unique rule ids', () => {
    const ids = builtinRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('presets', () => {
  it('every preset and value preset is a valid config with a description', async () => {
    const { knownPresets, knownValues, readPreset, validateConfig } = await import('../src/config/resolve-config.js')
    const presets = [
      ...knownPresets().map((name) => ['presets', name] as const),
      ...knownValues().map((name) => ['presets/values', name] as const),
    ]
    expect(presets.length).toBeGreaterThanOrEqual(5)
    for (const [folder, name] of presets) {
      const preset = readPreset(folder, name)
      expect(() => validateConfig({ rules: preset.rules ?? {} }, `${folder}/${name}.json`)).not.toThrow()
      expect(preset.description).toMatch(/^\p{Lu}.{10,}\.$/u)
    }
  })
})
