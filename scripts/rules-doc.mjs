// Writes the rule reference, docs/rules.md, and the rule index in README.md's "Rules" section (between
// <!-- rules:start --> and <!-- rules:end -->) from each rule's own metadata (rules/<id>.ts, or rules/<id>.yml
// for a rule of data alone) and from the presets that turn it on (presets/*.json, presets/values/*.json).
//
//   npm run build && node scripts/rules-doc.mjs
//
// It reads the built rules (dist/rules/index.js), so build first. Importing this file has no side effects:
// test/rules-doc.test.ts renders both texts again from the sources and fails when a committed one is stale.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * @typedef {{ from: 'customer' | 'agent', text: string }} DocsMessage
 * @typedef {{ wrong: string, right: string, rationale: string, details?: string, channel?: string, thread?: DocsMessage[], template?: boolean }} DocsOfRule
 * @typedef {{ id: string, description: string, checklist: string, severity: string, channels: string, options: Record<string, string>, docs: DocsOfRule }} DocumentedRule
 * @typedef {string | [string, Record<string, unknown>?]} PresetSetting
 * @typedef {{ name: string, kind: 'preset' | 'value', rules: Record<string, PresetSetting> }} PresetSource
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const width = 110

export const indexStart = '<!-- rules:start -->'
export const indexEnd = '<!-- rules:end -->'

/**
 * The presets (presets/*.json) and then the brand values (presets/values/*.json), each in name order.
 * @param {string} [packageRoot]
 * @returns {PresetSource[]}
 */
export function readPresets(packageRoot = root) {
  /** @param {string} folder @param {'preset' | 'value'} kind @returns {PresetSource[]} */
  const read = (folder, kind) =>
    readdirSync(join(packageRoot, folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ name: name.slice(0, -5), kind, rules: JSON.parse(readFileSync(join(packageRoot, folder, name), 'utf8')).rules ?? {} }))
  return [...read('presets', 'preset'), ...read('presets/values', 'value')]
}

/** @param {string} text */
const code = (text) => {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`
}

/** @param {string} text */
const cell = (text) => text.replace(/\|/g, '\\|')

/**
 * The presets that turn a rule on ("off" does not), with the severity and options each gives it.
 * @param {string} id @param {PresetSource[]} presets
 */
function turnedOnBy(id, presets) {
  return presets.flatMap((preset) => {
    const setting = preset.rules[id]
    if (setting === undefined) return []
    const [severity, options] = Array.isArray(setting) ? setting : [setting]
    if (severity === 'off') return []
    return [{ name: preset.name, kind: preset.kind, severity, options }]
  })
}

/** @param {string[]} items */
const and = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)

/** @param {string} id @param {PresetSource[]} presets */
function onWithLong(id, presets) {
  const on = turnedOnBy(id, presets)
  /** @param {ReturnType<typeof turnedOnBy>[number]} entry */
  const shown = (entry) => `${code(entry.name)} (${code(entry.severity)}${entry.options ? `, ${code(JSON.stringify(entry.options))}` : ''})`
  const inPresets = on.filter((entry) => entry.kind === 'preset').map(shown)
  const inValues = on.filter((entry) => entry.kind === 'value').map(shown)
  const parts = [
    ...(inPresets.length > 0 ? [`the preset${inPresets.length > 1 ? 's' : ''} ${and(inPresets)}`] : []),
    ...(inValues.length > 0 ? [`the value${inValues.length > 1 ? 's' : ''} ${and(inValues)}`] : []),
  ]
  return parts.length > 0 ? parts.join('; ') : 'only a config\'s own "rules"'
}

/** @param {string} id @param {PresetSource[]} presets */
const onWithShort = (id, presets) => turnedOnBy(id, presets).map((entry) => code(entry.name)).join(', ') || '-'

/** A word that would start a Markdown block (a list, a quote, a heading underline) at the start of a line. */
const startsBlock = /^(?:[-+*]|=+|>.*|#+|\d+[.)])$/

/**
 * Markdown prose at `width` columns: paragraphs and list items as written (soft line breaks joined), each
 * wrapped; a list item's lines indented under its text.
 * @param {string} text
 */
export function wrapMarkdown(text) {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      /** @type {string[]} */
      const items = []
      for (const line of block.split('\n')) {
        if (/^(?:[-*]|\d+\.) /.test(line) || items.length === 0) items.push(line.trim())
        else items[items.length - 1] += ` ${line.trim()}`
      }
      return items
        .map((item) => {
          const indent = ' '.repeat(item.match(/^(?:[-*]|\d+\.) /)?.[0].length ?? 0)
          const lines = ['']
          for (const word of item.split(/\s+/)) {
            const last = lines.length - 1
            const line = lines[last] ?? ''
            if (line.trim() !== '' && line.length + 1 + word.length > width && !startsBlock.test(word)) lines.push(`${indent}${word}`)
            else lines[last] = line === '' ? word : `${line} ${word}`
          }
          return lines.join('\n')
        })
        .join('\n')
    })
    .join('\n\n')
}

/**
 * The documented replies with what they are written for: a channel (X unless named), a canned response, the
 * conversation they answer.
 * @param {DocsOfRule} docs @returns {string[]}
 */
function examples(docs) {
  const lines = []
  if (docs.thread) {
    lines.push('The conversation so far (`--thread`):', '')
    docs.thread.forEach((message, index) => lines.push(`${index + 1}. ${message.from === 'agent' ? 'Agent' : 'Customer'}: ${code(message.text)}`))
    lines.push('')
  }
  const what = docs.template ? 'Two canned responses (`--template`: placeholders are filled in later)' : 'Two replies'
  lines.push(`${what} on ${code(docs.channel ?? 'x')}${docs.thread ? ', the next turn' : ''}:`, '')
  lines.push(`- Wrong: ${code(docs.wrong)}`, `- Right: ${code(docs.right)}`)
  return lines
}

/** @param {DocumentedRule} rule @param {PresetSource[]} presets @returns {string[]} */
function section(rule, presets) {
  const options = Object.entries(rule.options).map(([name, type]) => `${code(name)} (${type})`)
  return [
    `### ${code(rule.id)}`,
    '',
    `**${rule.description}**`,
    '',
    ...(rule.docs.details ? [wrapMarkdown(rule.docs.details), ''] : []),
    wrapMarkdown(`Why: ${rule.docs.rationale}`),
    '',
    `- Checklist item: ${code(rule.checklist)}`,
    `- Default severity: ${code(rule.severity)}`,
    `- On with: ${onWithLong(rule.id, presets)}`,
    `- Channels: ${rule.channels}`,
    `- Options: ${options.length > 0 ? options.join(', ') : 'none'}`,
    '',
    ...examples(rule.docs),
    '',
  ]
}

const intro = `This is the reference of tov's built-in rules, written by \`scripts/rules-doc.mjs\` from each rule's own
metadata: \`rules/<id>.ts\`, or \`rules/<id>.yml\` for a rule of data alone. Do not edit it here: change the rule,
run \`npm run build && node scripts/rules-doc.mjs\`, and commit both; a test fails when this file falls behind a
rule. The README has the short index.

Every rule lives in one file in \`rules/\`, with its Dutch phrase data beside it (\`rules/<id>.yml\`) where it has
any. "On with" names the preset (\`recommended\`, used unless a config's \`extends\` names others) and the brand
values (a config's \`values\`, \`presets/values/\`) that turn a rule on, with the severity each gives it; the
default severity is the rule's own. Descriptions, reasons and examples are in Dutch, as tov shows them.
Non-language tokens (@mentions with \`_\` and digits, #hashtags, URLs, e-mail addresses, the \`^\` sign-off,
placeholders \`{{naam}}\` \`{naam}\` \`[naam]\` \`%naam%\`, emoji and emoticons, times such as \`18.00\` and \`17u30\`,
numbers) are marked as syntax first: no rule treats them as words.

The tone rules describe a frame rather than a list of sentences: who acts (we, a colleague, the brand or its
people), what is promised and whether a time or result is named, who is blamed, what the customer is told they
should have done; with Dutch word order (inversion, subordinate clauses, split verbs), inflection (strong verbs
from \`data/dutch-verbs/\`), negation, questions and quotes. Measured with \`node ../shared/eval/score.mjs\` on the
labelled dev set (92 replies, 48 clean): recall 1.00 (44/44) with no clean reply alarmed; on 42 real brand
replies collected from public sources for this purpose (not shipped: they are quotes), recall 1.00 (31/31), no
clean reply alarmed. Both sets were used while the rules were written, so read these as upper bounds;
held-back sets of other wording are the real test.`

/**
 * docs/rules.md, as the file's whole text: a title and introduction, an index of every rule, and one section per rule ("### `id`", so
 * that GitHub's anchor, and a finding's url, is "#id").
 * @param {readonly DocumentedRule[]} rules
 * @param {PresetSource[]} presets
 */
export function renderRulesDoc(rules, presets) {
  return [
    '<!-- Written by scripts/rules-doc.mjs from the rules\' metadata (rules/) and presets/: do not edit. -->',
    '',
    '# Rules',
    '',
    intro,
    '',
    '| Rule | Description | Checklist | Default | On with |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map((rule) => `| [${code(rule.id)}](#${rule.id}) | ${cell(rule.description)} | ${code(rule.checklist)} | ${code(rule.severity)} | ${onWithShort(rule.id, presets)} |`),
    '',
    '## Reference',
    '',
    ...rules.flatMap((rule) => section(rule, presets)),
  ].join('\n')
}

/**
 * The index in README.md's "Rules" section, markers included: each rule linked to its section of docs/rules.md.
 * @param {readonly DocumentedRule[]} rules
 */
export function renderReadmeIndex(rules) {
  return [
    indexStart,
    '<!-- Written by scripts/rules-doc.mjs from the rules\' metadata: do not edit. -->',
    '',
    '| Rule | Description | Checklist | Default |',
    '| --- | --- | --- | --- |',
    ...rules.map((rule) => `| [${code(rule.id)}](docs/rules.md#${rule.id}) | ${cell(rule.description)} | ${code(rule.checklist)} | ${code(rule.severity)} |`),
    '',
    indexEnd,
  ].join('\n')
}

/**
 * The README with its rule index (between the markers) rendered again, and the rest as it is.
 * @param {string} readme
 * @param {readonly DocumentedRule[]} rules
 */
export function updateReadme(readme, rules) {
  const start = readme.indexOf(indexStart)
  const end = readme.indexOf(indexEnd, start)
  if (start < 0 || end < 0) throw new Error(`README.md: no ${indexStart} ... ${indexEnd} block in the "Rules" section`)
  return readme.slice(0, start) + renderReadmeIndex(rules) + readme.slice(end + indexEnd.length)
}

/** @param {string} path @param {string} content */
function writeIfChanged(path, content) {
  let current
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    current = undefined
  }
  if (current === content) return false
  writeFileSync(path, content)
  return true
}

async function main() {
  /** @type {{ builtinRules: readonly DocumentedRule[] }} */
  let built
  try {
    built = await import(pathToFileURL(join(root, 'dist/rules/index.js')).href)
  } catch (error) {
    console.error(`rules-doc: cannot load dist/rules/index.js (run "npm run build" first): ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
  const rules = built.builtinRules
  // Both rendered before either is written, so a README without its markers leaves both files as they were.
  const readmePath = join(root, 'README.md')
  const readmeText = updateReadme(readFileSync(readmePath, 'utf8'), rules)
  const docText = renderRulesDoc(rules, readPresets())
  const doc = writeIfChanged(join(root, 'docs/rules.md'), docText)
  const readme = writeIfChanged(readmePath, readmeText)
  console.log(`rules-doc: ${rules.length} rules; docs/rules.md ${doc ? 'written' : 'up to date'}, README.md index ${readme ? 'written' : 'up to date'}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
