// docs/rules.md and the README's rule index are written by scripts/rules-doc.mjs from the rules' own metadata.
// Rendered again here from the sources, they must equal the committed files, so neither falls behind a rule.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinRules } from '../rules/index.js'
// @ts-expect-error: a plain ES module script; without allowJs its JSDoc types are not read (typed below)
import * as script from '../scripts/rules-doc.mjs'
import type { RuleMeta } from '../src/kit/define-rule.js'

type DocumentedRule = Pick<RuleMeta, 'id' | 'description' | 'checklist' | 'severity' | 'channels' | 'options' | 'docs'>
interface PresetSource {
  name: string
  kind: 'preset' | 'value'
  rules: Record<string, string | [string, Record<string, unknown>?]>
}
/** What scripts/rules-doc.mjs exports. */
interface RulesDocScript {
  indexStart: string
  indexEnd: string
  readPresets(packageRoot?: string): PresetSource[]
  renderRulesDoc(rules: readonly DocumentedRule[], presets: readonly PresetSource[]): string
  renderReadmeIndex(rules: readonly DocumentedRule[]): string
  updateReadme(readme: string, rules: readonly DocumentedRule[]): string
  wrapMarkdown(text: string): string
}
const { indexEnd, indexStart, readPresets, renderReadmeIndex, renderRulesDoc, updateReadme, wrapMarkdown } = script as RulesDocScript

const root = join(import.meta.dirname, '..')
const stale = 'run "npm run build && node scripts/rules-doc.mjs" and commit the result'

describe('the committed rule reference', () => {
  it('docs/rules.md is what the rules and presets give', () => {
    const committed = readFileSync(join(root, 'docs', 'rules.md'), 'utf8')
    expect(committed, `docs/rules.md is stale: ${stale}`).toBe(renderRulesDoc(builtinRules, readPresets()))
  })

  it("the README's rule index is what the rules give", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme, `README.md's rule index is stale: ${stale}`).toContain(renderReadmeIndex(builtinRules))
    expect(readme.split(indexStart)).toHaveLength(2)
  })

  it('has every rule in the index and a section for it, in the order of the registry', () => {
    const doc = renderRulesDoc(builtinRules, readPresets())
    const headings = [...doc.matchAll(/^### `([^`]+)`$/gm)].map((match) => match[1])
    expect(headings).toEqual(builtinRules.map((rule) => rule.id))
    for (const rule of builtinRules) expect(doc).toContain(`| [\`${rule.id}\`](#${rule.id}) |`)
  })

  it('carries every rule\'s details', () => {
    for (const rule of builtinRules) {
      expect(rule.docs.details, `${rule.id} has no docs.details`).toMatch(/\w/)
      const doc = renderRulesDoc([rule], [])
      // Wrapping moves line breaks only: the words of the details are all there, in order.
      expect(doc.replace(/\s+/g, ' ')).toContain(rule.docs.details!.replace(/\s+/g, ' '))
    }
  })
})

describe('renderRulesDoc', () => {
  const rule: DocumentedRule = {
    id: 'demo-rule',
    description: 'Geen demo | of test',
    checklist: 'toon',
    severity: 'warn',
    channels: 'alle kanalen',
    options: { max: 'number', words: 'string[]' },
    docs: {
      wrong: 'Met `code` erin',
      right: 'Goed {{naam}}',
      rationale: 'Omdat het moet.',
      details: 'Finds one thing.\n\n- A list item\n  that goes on.\n- Another.',
      channel: 'google-review',
      template: true,
      thread: [
        { from: 'customer', text: '@merk Hallo?' },
        { from: 'agent', text: '@eva Hoi! ^AB' },
      ],
    },
  }
  const presets: PresetSource[] = [
    { name: 'recommended', kind: 'preset', rules: { 'demo-rule': 'off' } },
    { name: 'deskundig', kind: 'value', rules: { 'demo-rule': ['error', { max: 3 }] } },
    { name: 'vriendelijk', kind: 'value', rules: { 'demo-rule': 'warn', other: 'error' } },
  ]

  it('writes the index row and the section from the metadata and the presets', () => {
    const doc = renderRulesDoc([rule], presets)
    expect(doc).toContain('| [`demo-rule`](#demo-rule) | Geen demo \\| of test | `toon` | `warn` | `deskundig`, `vriendelijk` |')
    expect(doc).toContain(
      [
        '### `demo-rule`',
        '',
        '**Geen demo | of test**',
        '',
        'Finds one thing.',
        '',
        '- A list item that goes on.',
        '- Another.',
        '',
        'Why: Omdat het moet.',
        '',
        '- Checklist item: `toon`',
        '- Default severity: `warn`',
        '- On with: the values `deskundig` (`error`, `{"max":3}`) and `vriendelijk` (`warn`)',
        '- Channels: alle kanalen',
        '- Options: `max` (number), `words` (string[])',
        '',
        'The conversation so far (`--thread`):',
        '',
        '1. Customer: `@merk Hallo?`',
        '2. Agent: `@eva Hoi! ^AB`',
        '',
        'Two canned responses (`--template`: placeholders are filled in later) on `google-review`, the next turn:',
        '',
        '- Wrong: `` Met `code` erin ``',
        '- Right: `Goed {{naam}}`',
        '',
      ].join('\n'),
    )
    expect(doc.endsWith('- Right: `Goed {{naam}}`\n')).toBe(true)
  })

  it('says so when no preset turns a rule on', () => {
    expect(renderRulesDoc([rule], [])).toContain('- On with: only a config\'s own "rules"\n')
  })

  it('gives the same text every time', () => {
    expect(renderRulesDoc(builtinRules, readPresets())).toBe(renderRulesDoc(builtinRules, readPresets()))
  })
})

describe('wrapMarkdown', () => {
  it('wraps at 110 columns, indents a list item, and never starts a line with a block marker', () => {
    const words = Array.from({ length: 30 }, (_, index) => `woord${index}`).join(' ')
    const wrapped = wrapMarkdown(`- ${words} - en > verder`)
    const lines = wrapped.split('\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(110)
    expect(lines.slice(1).every((line) => line.startsWith('  ') && !/^ {2}[-+*>]/.test(line))).toBe(true)
    expect(wrapped.replace(/\s+/g, ' ')).toBe(`- ${words} - en > verder`)
  })
})

describe('updateReadme', () => {
  it('replaces only what lies between the markers', () => {
    const readme = `# tov\n\n## Rules\n\nIntro.\n\n${indexStart}\nold\n${indexEnd}\n\n## Config\n`
    const updated = updateReadme(readme, [builtinRules[0]!])
    expect(updated.startsWith('# tov\n\n## Rules\n\nIntro.\n\n<!-- rules:start -->\n')).toBe(true)
    expect(updated.endsWith('<!-- rules:end -->\n\n## Config\n')).toBe(true)
    expect(updated).toContain(`| [\`${builtinRules[0]!.id}\`](docs/rules.md#${builtinRules[0]!.id}) |`)
    expect(updated).not.toContain('old')
  })

  it('fails without the markers', () => {
    expect(() => updateReadme('# tov\n', builtinRules)).toThrow(/rules:start/)
  })
})
