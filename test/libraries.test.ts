// Canned-response libraries: every format's fixture with known defects, and each finding's line and column
// in the source file (through JSON escapes, YAML block and quoted scalars, CSV doubled quotes and line
// breaks, HTML entities); broken library files are one clear error.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createChecker } from '../src/engine/checker.js'
import { checkLibrary } from '../src/library/check-library.js'
import { readLibrary } from '../src/library/read-library.js'
import { tov } from './run-cli.js'

const root = join(import.meta.dirname, '..')
const spellingOnly = createChecker({ extends: [], rules: { spelling: 'error' } })

async function findingsOf(file: string) {
  const content = readFileSync(join(root, file), 'utf8')
  const library = await readLibrary(file, content)
  const results = await checkLibrary(await spellingOnly, library)
  return {
    content,
    library,
    findings: results.flatMap((result) =>
      result.findings.map((finding) => ({ entry: result.entry, at: `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`, actual: finding.actual })),
    ),
  }
}

/** The file's text at a 1-based line and column. */
function at(content: string, line: number, column: number, length: number): string {
  return content.split('\n')[line - 1]!.slice(column - 1, column - 1 + length)
}

const expected: Record<string, Array<{ entry: string | undefined; at: string; actual: string }>> = {
  // "onstaan" sits after two \n escapes; "interresant" after \" escapes and a \u00e9.
  'fixtures/libraries/antwoorden.json': [
    { entry: 'welkom', at: '5:79-5:86', actual: 'onstaan' },
    { entry: 'citaat', at: '10:138-10:149', actual: 'interresant' },
  ],
  // A block literal, a folded scalar and a double-quoted one with a \n escape.
  'fixtures/libraries/antwoorden.yaml': [
    { entry: 'letterlijk', at: '7:47-7:54', actual: 'onstaan' },
    { entry: 'gevouwen', at: '13:15-13:26', actual: 'interresant' },
    { entry: 'aanhalingstekens', at: '16:35-16:42', actual: 'onstaan' },
  ],
  // A quoted field over four lines, and one with doubled quotes.
  'fixtures/libraries/antwoorden.csv': [
    { entry: 'bezorging', at: '4:44-4:51', actual: 'onstaan' },
    { entry: 'citaat', at: '6:57-6:68', actual: 'interresant' },
  ],
  // A value list whose last element is the text, and an HTML comment with &amp; before the defect.
  'fixtures/libraries/zendesk-macros.json': [
    { entry: '360001', at: '8:99-8:106', actual: 'onstaan' },
    { entry: '360002', at: '15:122-15:133', actual: 'interresant' },
  ],
  // Front matter names the entry and its channel; lines count from the top of the file.
  'fixtures/libraries/folder/welkom.md': [{ entry: 'welkom-mail', at: '7:21-7:28', actual: 'onstaan' }],
  'fixtures/libraries/folder/zonder-front-matter.txt': [{ entry: undefined, at: '3:8-3:19', actual: 'interresant' }],
}

describe('library formats: findings at the source file\'s line and column', () => {
  for (const [file, findings] of Object.entries(expected)) {
    it(file, async () => {
      const result = await findingsOf(file)
      expect(result.findings).toEqual(findings)
      // The file itself has the offending word at that line and column.
      for (const finding of findings) {
        const [line, column] = finding.at.split('-')[0]!.split(':').map(Number)
        expect(at(result.content, line!, column!, finding.actual.length)).toBe(finding.actual)
      }
    })
  }

  it('reads entry ids and channels', async () => {
    const ids = async (file: string) => (await readLibrary(file, readFileSync(join(root, file), 'utf8'))).entries.map((e) => `${e.id}:${e.channel ?? '-'}`)
    expect(await ids('fixtures/libraries/antwoorden.json')).toEqual(['welkom:whatsapp', 'citaat:email', 'zonder-fout:email'])
    expect(await ids('fixtures/libraries/antwoorden.csv')).toEqual(['bezorging:email', 'citaat:email'])
    expect(await ids('fixtures/libraries/zendesk-macros.json')).toEqual(['360001:-', '360002:-'])
  })

  it('decodes the text a customer reads', async () => {
    const json = await readLibrary('x.json', readFileSync(join(root, 'fixtures/libraries/antwoorden.json'), 'utf8'))
    expect(json.entries[1]!.text).toContain('Je schreef "het werkt niet"')
    expect(json.entries[1]!.text).toContain('Café Voorbeeld')
    const csv = await readLibrary('x.csv', readFileSync(join(root, 'fixtures/libraries/antwoorden.csv'), 'utf8'))
    expect(csv.entries[1]!.text).toBe('Beste klant, je schreef "kapot", dat is interresant. Groet, Anna')
    const zendesk = await readLibrary('x.json', readFileSync(join(root, 'fixtures/libraries/zendesk-macros.json'), 'utf8'))
    expect(zendesk.entries[1]!.text).toBe('Beste klant,\nBedankt voor je bericht & je geduld. Dat is interresant.\nMet vriendelijke groet,\nAnna')
  })

  it('reads an object of id -> text, and CSV columns named in the config', async () => {
    const object = await readLibrary('o.json', '{\n  "welkom": "Hoi!\\nHoe is dit onstaan?",\n  "dag": { "text": "Dag!", "channel": "email" }\n}')
    expect(object.entries.map((entry) => `${entry.id}:${entry.channel ?? '-'}`)).toEqual(['welkom:-', 'dag:email'])
    const [result] = await checkLibrary(await spellingOnly, object)
    expect(result!.findings.map((finding) => `${finding.line}:${finding.column}`)).toEqual(['2:31'])
    const csv = await readLibrary('c.csv', 'naam;tekst\nwelkom;Hoi daar\n', { csvColumns: { id: 'naam', text: 'tekst', channel: 'kanaal' } })
    expect(csv.entries.map((entry) => `${entry.id}=${entry.text}`)).toEqual(['welkom=Hoi daar'])
  })
})

describe('broken library files', () => {
  const cases: Array<[string, string]> = [
    ['trailing-comma.json', 'trailing-comma.json:3:31: ongeldige JSON: naam van een eigenschap verwacht.'],
    ['number-text.json', 'number-text.json:3:24: "text" van reactie "b" moet tekst zijn, geen getal.'],
    ['wrong-shape.json', 'wrong-shape.json:1:13: reactie "welkom" moet tekst zijn, of een object met "text".'],
    ['unknown-channel.json', 'unknown-channel.json:1:26: reactie "a": onbekend kanaal "fax".'],
    ['unclosed.yaml', 'unclosed.yaml:5:1: ongeldige YAML:'],
    ['unclosed-quote.csv', 'unclosed-quote.csv:2:3: veld met " wordt niet afgesloten.'],
    ['field-count.csv', 'field-count.csv:2:1: rij 2 heeft 3 velden, de kopregel 2.'],
    ['no-text-column.csv', 'no-text-column.csv:1:1: geen kolom "text" in de kopregel (gevonden: naam, tekst).'],
  ]
  for (const [name, message] of cases) {
    it(name, async () => {
      const file = `fixtures/broken/libraries/${name}`
      await expect(readLibrary(file, readFileSync(join(root, file), 'utf8'))).rejects.toThrow(`fixtures/broken/libraries/${message}`)
    })
  }

  it('refuses an empty entry and a repeated id', async () => {
    await expect(readLibrary('l.json', '[{ "id": "a", "text": "  " }]')).rejects.toThrow('l.json:1:24: reactie "a" is leeg.')
    await expect(readLibrary('l.yaml', 'a: Hoi\nb: Dag\na: Hallo\n')).rejects.toThrow('l.yaml:3:1: ongeldige YAML')
    await expect(readLibrary('l.json', '[{ "id": "a", "text": "Hoi" }, { "id": "a", "text": "Dag" }]')).rejects.toThrow('de id "a" komt twee keer voor')
    await expect(readLibrary('l.json', '[]')).rejects.toThrow('l.json: deze bibliotheek bevat geen reacties.')
  })
})

describe('tov check on libraries', () => {
  const cli = (args: string[], options: { stderrIsTTY?: boolean; env?: Record<string, string> } = {}) => tov(args, options)

  it('a broken library is one line on stderr, exit 2, and no report at all', async () => {
    for (const name of ['trailing-comma.json', 'unclosed-quote.csv', 'number-text.json']) {
      const { code, stdout, stderr } = await cli(['check', '-f', 'json', 'fixtures/libraries/antwoorden.json', `fixtures/broken/libraries/${name}`])
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(stderr).toMatch(new RegExp(`^tov: fixtures/broken/libraries/${name.replace('.', '\\.')}:\\d+:\\d+: `))
    }
  })

  it('names the entry in every format', async () => {
    const stylish = await cli(['check', 'fixtures/libraries/antwoorden.yaml'])
    expect(stylish.stdout).toContain('fixtures/libraries/antwoorden.yaml › letterlijk (whatsapp)')
    const checklist = await cli(['check', '-f', 'checklist', 'fixtures/libraries/antwoorden.yaml'])
    expect(checklist.stdout).toContain('fixtures/libraries/antwoorden.yaml › gevouwen')
  })

  it('shows progress only on a terminal, never in CI', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    // @ts-expect-error: a plain ES module script without types
    const { makeLibrary } = await import('../bench/make-library.mjs')
    const file = join(mkdtempSync(join(tmpdir(), 'tov-progress-')), 'library.json')
    writeFileSync(file, (makeLibrary as (size: number) => string)(250))
    const terminal = await cli(['check', file, '--jobs', '1', '-f', 'json'], { stderrIsTTY: true })
    expect(terminal.stderr).toContain('250/250 reacties')
    const ci = await cli(['check', file, '--jobs', '1', '-f', 'json'], { stderrIsTTY: true, env: { CI: 'true' } })
    expect(ci.stderr).toBe('')
    const piped = await cli(['check', file, '--jobs', '1', '-f', 'json'])
    expect(piped.stderr).toBe('')
  }, 30_000)
})
