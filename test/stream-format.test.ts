// `tov check` prints each result as soon as it is checked (formats/result-writer.ts) instead of formatting
// them all at the end. The text must stay what formatResults gives for all results at once, byte for
// byte, in every format: for a mixed set of libraries (text replies, JSON, YAML, CSV, Zendesk macros, a
// library with directives), with a baseline, --quiet, --explain-ignored, and for 0, 1, 3 and many results.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatNames, formatResults, type FormatName, type FormatOptions } from '../src/formats/format-results.js'
import { createResultWriter, type ResultWriterOptions, type SarifSpill } from '../src/formats/result-writer.js'
import {
  applyBaseline,
  baselineApplier,
  BaselineRecorder,
  buildBaseline,
  checkReplies,
  checkRepliesStreaming,
  fingerprintOf,
  readReplies,
  resolveConfig,
  rulesFor,
  withFindings,
  type CheckResult,
  type LibraryFile,
} from '../src/index.js'
import { root, tov } from './run-cli.js'

const config = resolveConfig({ overrides: [{ channels: ['whatsapp'], rules: { spelling: 'off' } }] })

/** A canned-response library with directives, a whole-entry disable and entries on several channels. */
function directivesLibrary(): string {
  const channels = ['x', 'whatsapp', 'email', 'facebook']
  const entries = Array.from({ length: 40 }, (_, index) => {
    let text = `@klant Hoi, ${index % 3 === 0 ? 'Hoe is dit onstaan? ' : ''}we gaan ernaar kijken en komen er zo snel mogelijk op terug. Sorry, excuses! ${index % 5 === 0 ? '😀 ' : ''}^AB`
    if (index % 5 === 2) text = `<!-- tov-disable spelling -- merknamen -->\n${text}`
    if (index % 6 === 2) text = `<!-- tov-disable no-emoji -- huisstijl -->\n${text}`
    return { id: `antwoord-${index}`, channel: channels[index % channels.length], text, ...(index % 7 === 3 ? { tov: { disable: ['sign-off'], reason: 'vaste tekst' } } : {}) }
  })
  return JSON.stringify(entries, null, 2)
}

let folder: string
let libraries: LibraryFile[]
let checked: Array<{ result: CheckResult; text: string }>

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tov-stream-'))
  writeFileSync(join(folder, 'directives.json'), directivesLibrary())
  const paths = ['fixtures/libraries', 'fixtures/replies/x'].map((path) => join(root, path))
  libraries = await readReplies([...paths, join(folder, 'directives.json')], root, async () => new Uint8Array(), { csvColumns: config.csvColumns })
  checked = []
  await checkRepliesStreaming(libraries, { config, directives: { reportUnused: true } }, ({ result, text }) => void checked.push({ result, text }))
}, 60_000)

/** What the CLI passes both ways: the checked text of each result, its fingerprints and the rules. */
function optionsFor(texts: ReadonlyMap<CheckResult, string>, baseline: boolean): FormatOptions {
  return {
    rules: rulesFor(config),
    width: 100,
    textOf: (result) => texts.get(result),
    fingerprintOf: (result, finding) => fingerprintOf(finding, texts.get(result) ?? '', result.entry),
    ...(baseline ? { baseline: true } : {}),
  }
}

/** The streamed text of `results`: each written in turn, then the end. */
function streamed(results: readonly CheckResult[], format: FormatName, options: ResultWriterOptions): string {
  const writer = createResultWriter(format, options)
  let text = ''
  for (const result of results) text += writer.write(result)
  for (const piece of writer.end()) text += piece
  return text
}

const placesOf = (results: readonly CheckResult[]) => () => results.map((result) => ({ file: result.file, ...(result.entry !== undefined ? { entry: result.entry } : {}) }))

describe('streamed output', () => {
  it('checkRepliesStreaming hands over what checkReplies returns, in the same order', async () => {
    const results = await checkReplies(libraries, { config, directives: { reportUnused: true } })
    expect(checked.map(({ result }) => result)).toEqual(results)
    expect(checked.length).toBeGreaterThan(40)
    // The mix this test is about: several files, entries, directives' suppressed findings, both severities.
    expect(new Set(results.map((result) => result.file)).size).toBeGreaterThan(5)
    expect(results.some((result) => 'suppressed' in result)).toBe(true)
    expect(results.some((result) => result.findings.some((finding) => finding.ruleId === 'unused-directive'))).toBe(true)
    expect(results.some((result) => result.summary.warnings > 0) && results.some((result) => result.summary.errors > 0)).toBe(true)
  })

  const cases: Array<[string, (all: typeof checked) => typeof checked]> = [
    ['all results', (all) => all],
    ['no result', () => []],
    ['one result', (all) => all.slice(0, 1)],
    ['three results', (all) => all.slice(2, 5)],
    ['six results (the compact checklist)', (all) => all.slice(0, 6)],
    ['only clean results', (all) => all.filter(({ result }) => result.findings.length === 0).slice(0, 7)],
  ]
  for (const [name, pick] of cases) {
    it(`is formatResults byte for byte in every format: ${name}`, () => {
      const chosen = pick(checked)
      const results = chosen.map(({ result }) => result)
      const texts = new Map(chosen.map(({ result, text }) => [result, text]))
      for (const format of formatNames) {
        const options = optionsFor(texts, false)
        const whole = formatResults(results, format, options)
        expect(streamed(results, format, { ...options, upcoming: { count: results.length, names: placesOf(results) } }), `${format}, results known ahead`).toBe(whole)
        // Without knowing what comes (a program's own loop), the same text.
        expect(streamed(results, format, options), `${format}, nothing known ahead`).toBe(whole)
      }
    })
  }

  it('with a baseline and --quiet: the streaming baseline gives applyBaseline\'s results and the same text', () => {
    // Half of the findings accepted: the baseline of every other result.
    const baseline = buildBaseline(checked.filter((_, index) => index % 2 === 0))
    const whole = applyBaseline(checked, baseline)
    const apply = baselineApplier(baseline)
    const oneByOne = checked.map((item) => apply(item))
    expect(oneByOne).toEqual(whole)
    const quiet = whole.map((result) => withFindings(result, result.findings.filter((finding) => finding.severity === 'error')))
    const texts = new Map(quiet.map((result, index) => [result, checked[index]!.text]))
    for (const format of formatNames) {
      const options = optionsFor(texts, true)
      expect(streamed(quiet, format, { ...options, upcoming: { count: quiet.length, names: placesOf(quiet) } }), format).toBe(formatResults(quiet, format, options))
    }
  })

  it('--update-baseline: the recorder writes buildBaseline\'s file and accepts every finding, as applyBaseline does', () => {
    const recorder = new BaselineRecorder()
    const accepted = checked.map((item) => recorder.accept(item))
    const baseline = buildBaseline(checked)
    expect(recorder.baseline()).toEqual(baseline)
    expect(accepted).toEqual(applyBaseline(checked, baseline))
  })

  it('SARIF from a spill read back line by line is the same document', () => {
    const results = checked.map(({ result }) => result)
    const texts = new Map(checked.map(({ result, text }) => [result, text]))
    const options = optionsFor(texts, false)
    let kept = ''
    // As the CLI's file spill reads it: pieces that end at a line's end.
    const spill: SarifSpill = { write: (text) => void (kept += text), read: () => kept.split(/(?<=\n)/) }
    expect(streamed(results, 'sarif', { ...options, sarifSpill: spill })).toBe(formatResults(results, 'sarif', options))
    expect(kept).toContain('tov-rule:')
  })
})

describe('tov check prints as it checks', () => {
  // The CLI's streamed output against formatResults of checkReplies' results, with the options it passes.
  for (const format of formatNames) {
    it(`-f ${format}: the text formatResults gives for the collected results`, async () => {
      const paths = ['fixtures/libraries', 'fixtures/replies/x', join(folder, 'directives.json')]
      const cli = await tov(['check', ...paths, '-f', format, '--no-require-reason'], { cwd: root })
      // Read as the CLI reads them (files named as given), with the config it finds here (none: the defaults).
      const plain = resolveConfig({})
      const cliLibraries = await readReplies(paths, root, async () => new Uint8Array(), { csvColumns: plain.csvColumns })
      const collected: Array<{ result: CheckResult; text: string }> = []
      await checkRepliesStreaming(cliLibraries, { config: plain, channel: plain.channel, jobs: 1, directives: { requireReason: false, reportUnused: false } }, ({ result, text }) => void collected.push({ result, text }))
      const results = collected.map(({ result }) => result)
      const texts = new Map(collected.map(({ result, text }) => [result, text]))
      expect(cli.stdout).toBe(formatResults(results, format, { color: false, rules: rulesFor(plain), textOf: (result) => texts.get(result), fingerprintOf: (result, finding) => fingerprintOf(finding, texts.get(result) ?? '', result.entry) }))
      expect(cli.code).toBe(results.some((result) => result.summary.errors > 0) ? 1 : 0)
    }, 60_000)
  }
})
