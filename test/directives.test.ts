// Directives in canned responses: each form silences exactly its rule and its stretch, in every library
// format that holds text, and every other finding keeps its exact line and column in the file.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tov } from './run-cli.js'

interface Result {
  entry?: string
  findings: Array<{ ruleId: string; actual: string; line: number; column: number }>
  suppressed?: Array<{ ruleId: string; actual: string; reason: string }>
}

/** A reply with two misspellings ("onstaan", "verhholpen") on two lines, and a directive before the first. */
const reply = (directive: string) => `${directive}Beste klant,\nHoe is dit onstaan?\nHet is verhholpen.\nMet vriendelijke groet,\nAnna`

/** The reply as each library format writes it, with the file's own escapes. */
const formats: Array<[string, string, (text: string) => string]> = [
  ['text', 'antwoord.md', (text) => text],
  ['json', 'antwoorden.json', (text) => JSON.stringify([{ id: 'welkom', channel: 'email', text }], null, 2)],
  ['yaml', 'antwoorden.yaml', (text) => `welkom:\n  channel: email\n  text: |\n${text.split('\n').map((line) => `    ${line}`).join('\n')}\n`],
  ['csv', 'antwoorden.csv', (text) => `id,channel,text\nwelkom,email,"${text.replace(/"/g, '""')}"\n`],
]

async function run(name: string, content: string, extra: string[] = []): Promise<{ code: number; stderr: string; results: Result[]; content: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'tov-directives-'))
  writeFileSync(join(cwd, name), content)
  const { code, stdout, stderr } = await tov(['check', '-f', 'json', '--template', '-c', 'email', name, ...extra], { cwd, env: {} })
  return { code, stderr, results: stdout ? (JSON.parse(stdout) as Result[]) : [], content }
}

/** Each finding at its line and column in the file: the text there starts with what was found. */
function expectExactPlaces(content: string, results: Result[]): void {
  const lines = content.split('\n')
  for (const finding of results.flatMap((result) => result.findings)) {
    expect(lines[finding.line - 1]!.slice(finding.column - 1)).toMatch(new RegExp(`^${finding.actual}`))
  }
}

describe.each(formats)('directives in %s', (_format, name, write) => {
  it('without a directive: both misspellings, at their places', async () => {
    const { results, content } = await run(name, write(reply('')))
    expect(results.flatMap((result) => result.findings.map((finding) => finding.actual))).toEqual(['onstaan', 'verhholpen'])
    expectExactPlaces(content, results)
  })

  it('tov-disable-next-line silences its rule on the next line only', async () => {
    const text = reply('').replace('Hoe is dit', '<!-- tov-disable-next-line spelling -- productnaam -->\nHoe is dit')
    const { results, content } = await run(name, write(text))
    expect(results.flatMap((result) => result.findings.map((finding) => finding.actual))).toEqual(['verhholpen'])
    expect(results.flatMap((result) => result.suppressed ?? []).map((finding) => [finding.actual, finding.reason])).toEqual([['onstaan', 'productnaam']])
    expectExactPlaces(content, results)
  })

  it('tov-disable ... tov-enable silences its rule in between', async () => {
    const text = reply('<!-- tov-disable spelling -- oude tekst van juridische zaken -->\n').replace('Het is', '<!-- tov-enable -->\nHet is')
    const { results, content } = await run(name, write(text))
    expect(results.flatMap((result) => result.findings.map((finding) => finding.actual))).toEqual(['verhholpen'])
    expectExactPlaces(content, results)
  })

  it('a directive for another rule silences nothing, and can be reported', async () => {
    const text = reply('<!-- tov-disable no-emoji -- huisstijl -->\n')
    const quiet = await run(name, write(text))
    expect(quiet.results.flatMap((result) => result.findings.map((finding) => finding.actual))).toEqual(['onstaan', 'verhholpen'])
    const reported = await run(name, write(text), ['--report-unused-directives'])
    expect(reported.results.flatMap((result) => result.findings.map((finding) => finding.ruleId))).toContain('unused-directive')
  })
})

describe('directive errors', () => {
  it('refuses an unknown rule, naming the entry', async () => {
    const { code, stderr } = await run('antwoorden.json', JSON.stringify([{ id: 'welkom', channel: 'email', text: reply('<!-- tov-disable speling -- x -->\n') }]))
    expect(code).toBe(2)
    expect(stderr).toBe('tov: antwoorden.json › welkom: onbekende regel "speling" in een tov-directive (bedoel je "spelling"?).\n')
  })

  it('requires a reason with --require-reason (and in CI)', async () => {
    const content = JSON.stringify([{ id: 'welkom', channel: 'email', text: reply('<!-- tov-disable spelling -->\n') }])
    // Without the flag (and outside CI) it silences what it names.
    const allowed = await run('antwoorden.json', content)
    expect(allowed.code).toBe(0)
    expect(allowed.results[0]!.findings).toEqual([])
    const refused = await run('antwoorden.json', content, ['--require-reason'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/^tov: antwoorden\.json › welkom: tov-disable spelling zonder reden; schrijf de reden na " -- "/)
  })

  it('leaves a draft that is not a canned response alone', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tov-directives-'))
    writeFileSync(join(cwd, 'concept.txt'), reply('<!-- tov-disable spelling -- x -->\n'))
    const { stdout } = await tov(['check', '-f', 'json', '-c', 'email', 'concept.txt'], { cwd })
    expect((JSON.parse(stdout) as Result[])[0]!.findings.map((finding) => finding.actual)).toEqual(expect.arrayContaining(['onstaan', 'verhholpen']))
  })
})

describe('an entry\'s own directive (tov: { disable, reason })', () => {
  const entry = { id: 'welkom', channel: 'email', tov: { disable: ['spelling'], reason: 'productnamen' }, text: reply('') }
  it.each([
    ['json', 'antwoorden.json', JSON.stringify([entry], null, 2)],
    ['yaml', 'antwoorden.yaml', `- id: welkom\n  channel: email\n  tov:\n    disable: [spelling]\n    reason: productnamen\n  text: |\n${reply('').split('\n').map((line) => `    ${line}`).join('\n')}\n`],
  ])('silences its rules for the whole entry in %s', async (_format, name, content) => {
    const { results } = await run(name, content)
    expect(results[0]!.findings).toEqual([])
    expect(results[0]!.suppressed?.map((finding) => [finding.actual, finding.reason])).toEqual([['onstaan', 'productnamen'], ['verhholpen', 'productnamen']])
  })

  it('refuses a tov field of the wrong shape, at its place', async () => {
    const { code, stderr } = await run('antwoorden.json', JSON.stringify([{ ...entry, tov: { disabel: ['spelling'] } }]))
    expect(code).toBe(2)
    expect(stderr).toMatch(/^tov: antwoorden\.json:1:\d+: reactie "welkom": onbekende sleutel "disabel" in "tov"/)
  })
})

describe('--explain-ignored', () => {
  it('lists what directives silenced, with the reason', async () => {
    const text = reply('').replace('Hoe is dit', '<!-- tov-disable-next-line spelling -- productnaam -->\nHoe is dit')
    const { stderr } = await run('antwoorden.json', JSON.stringify([{ id: 'welkom', channel: 'email', text }], null, 2), ['--explain-ignored'])
    expect(stderr).toBe('tov: stilgezet (1):\n  antwoorden.json › welkom:5:95  spelling  "onstaan"  (directive: productnaam)\n')
    expect((await run('antwoorden.json', JSON.stringify([{ id: 'welkom', channel: 'email', text: reply('') }]), ['--explain-ignored'])).stderr).toBe('tov: niets stilgezet.\n')
  })
})

describe('directives in a Zendesk HTML macro', () => {
  const macro = (html: string) => JSON.stringify({ macros: [{ id: 1, title: 'Welkom', actions: [{ field: 'comment_value_html', value: html }] }] }, null, 2)
  const html = (directive: string) => `<p>Beste klant,</p>${directive}<p>Hoe is dit onstaan?</p><p>Het is verhholpen.</p><p>Met vriendelijke groet,<br>Anna</p>`

  it('silences its rule and range, and keeps the other finding at its place', async () => {
    const plain = await run('macros.json', macro(html('')))
    expect(plain.results.flatMap((result) => result.findings.map((finding) => finding.actual))).toEqual(['onstaan', 'verhholpen'])
    const silenced = await run('macros.json', macro(html('<!-- tov-disable-next-line spelling -- productnaam -->')))
    expect(silenced.results.flatMap((result) => result.findings.map((finding) => finding.actual))).toEqual(['verhholpen'])
    expect(silenced.results.flatMap((result) => result.suppressed ?? []).map((finding) => finding.actual)).toEqual(['onstaan'])
    expectExactPlaces(silenced.content, silenced.results)
  })
})

describe('a reply file\'s own directive, in its front matter', () => {
  it('silences its rules for the whole reply, and keeps the others at their place', async () => {
    const content = `---\nchannel: email\ntov:\n  disable: [spelling]\n  reason: productnamen\n---\n${reply('')}\n`
    const cwd = mkdtempSync(join(tmpdir(), 'tov-directives-'))
    writeFileSync(join(cwd, 'welkom.md'), content.replace('Anna', 'Anna\n\nWe gaan ernaar kijken.'))
    const { stdout } = await tov(['check', '-f', 'json', 'welkom.md'], { cwd })
    const [result] = JSON.parse(stdout) as Result[]
    expect(result!.suppressed?.map((finding) => finding.actual)).toEqual(['onstaan', 'verhholpen'])
    expect(result!.findings.map((finding) => finding.ruleId)).toEqual(['no-hollow-promise'])
    expectExactPlaces(content.replace('Anna', 'Anna\n\nWe gaan ernaar kijken.'), [result!])
  })
})

describe('hostile directives', () => {
  it('reads a text full of unclosed directive comments in linear time', async () => {
    const { stripDirectives } = await import('../src/library/directives.js')
    const map = { toSource: (offset: number) => offset }
    const known = new Set(['spelling'])
    const time = (count: number) => {
      const text = '<!-- tov-disable spelling '.repeat(count)
      const start = performance.now()
      stripDirectives(text, map, known, 'test', false)
      return performance.now() - start
    }
    time(2000)
    const small = Math.max(time(4000), 0.5)
    const large = time(40000)
    // Ten times the text in at most thirty times the time (quadratic would be a hundred).
    expect(large).toBeLessThan(small * 30 + 50)
  })
})

describe('too many directives', () => {
  it('refuses a reply with more than 200, naming it', async () => {
    const { stripDirectives } = await import('../src/library/directives.js')
    const text = '<!-- tov-disable spelling -- x -->\n'.repeat(201) + 'Hoe is dit onstaan?'
    expect(() => stripDirectives(text, { toSource: (offset: number) => offset }, new Set(['spelling']), 'macros.json › welkom', false)).toThrow(
      'macros.json › welkom: meer dan 200 tov-directives in één reactie',
    )
    expect(stripDirectives('<!-- tov-disable spelling -- x -->\n'.repeat(200) + 'Hoe is dit onstaan?', { toSource: (offset: number) => offset }, new Set(['spelling']), 'x', false).directives).toHaveLength(200)
  })
})
