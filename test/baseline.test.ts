// A baseline for CI on a legacy library: 200 canned responses, 50 with a defect. With a fresh baseline the
// run passes; a new defect fails it and is the only finding reported; editing another sentence of a
// baselined entry, reordering the entries or renaming the file keep the baseline matched.
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tov } from './run-cli.js'

const require = createRequire(import.meta.url)
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default

interface Entry {
  id: string
  channel: string
  text: string
}

const clean = (day: string) => `Beste klant,\n\nJe pakket komt ${day} tussen 9.00 en 12.00 uur.\n\nMet vriendelijke groet,\nAnna`
const defective = (day: string) => `Beste klant,\n\nHoe is dit onstaan? Je pakket komt ${day} tussen 9.00 en 12.00 uur.\n\nMet vriendelijke groet,\nAnna`

/** 200 entries; every fourth one misspells "ontstaan". */
function library(): Entry[] {
  const days = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']
  return Array.from({ length: 200 }, (_, index) => ({
    id: `antwoord-${String(index).padStart(3, '0')}`,
    channel: 'email',
    text: index % 4 === 0 ? defective(days[index % 5]!) : clean(days[index % 5]!),
  }))
}

function workspace(entries: Entry[], name = 'macros.json'): string {
  const cwd = mkdtempSync(join(tmpdir(), 'tov-baseline-'))
  writeFileSync(join(cwd, name), JSON.stringify(entries, null, 2))
  return cwd
}

const findingsOf = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ entry: string; findings: Array<{ ruleId: string; actual: string }> }>).flatMap((result) =>
    result.findings.map((finding) => `${result.entry}: ${finding.ruleId} ${finding.actual}`),
  )

describe('--baseline', () => {
  it('passes on a baselined library and fails only on a new defect', async () => {
    const entries = library()
    const cwd = workspace(entries)
    const before = await tov(['check', '-f', 'json', 'macros.json'], { cwd })
    expect(before.code).toBe(1)
    expect(findingsOf(before.stdout)).toHaveLength(50)

    const update = await tov(['check', '-f', 'json', 'macros.json', '--baseline', 'base.json', '--update-baseline'], { cwd })
    expect(update.code).toBe(0)
    expect(update.stderr).toBe('tov: baseline geschreven: base.json (50 bevindingen geaccepteerd).\n')
    expect(JSON.parse(readFileSync(join(cwd, 'base.json'), 'utf8')).findings).toHaveLength(50)

    const baselined = await tov(['check', '-f', 'json', 'macros.json', '--baseline', 'base.json'], { cwd })
    expect(baselined.code).toBe(0)
    expect(findingsOf(baselined.stdout)).toEqual([])
    const suppressed = (JSON.parse(baselined.stdout) as Array<{ suppressed: Array<{ reason: string }> }>).flatMap((result) => result.suppressed)
    expect(suppressed).toHaveLength(50)
    expect(new Set(suppressed.map((finding) => finding.reason))).toEqual(new Set(['baseline']))

    // A new defect in a clean entry: exit 1, and the only finding reported.
    entries[1] = { ...entries[1]!, text: entries[1]!.text.replace('Je pakket', 'Je pakket is onderweg en het probleem is opgelost; het is nu verhholpen. Je pakket') }
    writeFileSync(join(cwd, 'macros.json'), JSON.stringify(entries, null, 2))
    const changed = await tov(['check', '-f', 'json', 'macros.json', '--baseline', 'base.json'], { cwd })
    expect(changed.code).toBe(1)
    expect(findingsOf(changed.stdout)).toEqual(['antwoord-001: spelling verhholpen'])
  })

  it('keeps matching after another sentence is edited, entries are reordered and the file is renamed', async () => {
    const entries = library()
    const cwd = workspace(entries)
    await tov(['check', 'macros.json', '--baseline', 'base.json', '--update-baseline'], { cwd })
    // Another sentence of a baselined entry edited; the entries reversed; the file renamed.
    entries[0] = { ...entries[0]!, text: entries[0]!.text.replace('Je pakket komt', 'Je bestelling komt') }
    entries.reverse()
    writeFileSync(join(cwd, 'macros.json'), JSON.stringify(entries, null, 2))
    renameSync(join(cwd, 'macros.json'), join(cwd, 'standaardantwoorden.json'))
    const run = await tov(['check', '-f', 'json', 'standaardantwoorden.json', '--baseline', 'base.json'], { cwd })
    expect(findingsOf(run.stdout)).toEqual([])
    expect(run.code).toBe(0)
    // Editing the words around a baselined finding makes it new.
    entries[199] = { ...entries[199]!, text: entries[199]!.text.replace('Hoe is dit onstaan?', 'Waardoor is dit onstaan?') }
    writeFileSync(join(cwd, 'standaardantwoorden.json'), JSON.stringify(entries, null, 2))
    expect(findingsOf((await tov(['check', '-f', 'json', 'standaardantwoorden.json', '--baseline', 'base.json'], { cwd })).stdout)).toEqual(['antwoord-000: spelling onstaan'])
  })

  it('writes the same file on every run and in every folder', async () => {
    const first = workspace(library())
    const second = workspace(library(), 'elders.json')
    await tov(['check', 'macros.json', '--baseline', 'base.json', '--update-baseline'], { cwd: first })
    const once = readFileSync(join(first, 'base.json'), 'utf8')
    await tov(['check', 'macros.json', '--baseline', 'base.json', '--update-baseline'], { cwd: first })
    await tov(['check', 'elders.json', '--baseline', 'base.json', '--update-baseline'], { cwd: second })
    expect(readFileSync(join(first, 'base.json'), 'utf8')).toBe(once)
    expect(readFileSync(join(second, 'base.json'), 'utf8')).toBe(once)
  })

  it('refuses a missing or broken baseline with one line and exit 2', async () => {
    const cwd = workspace(library())
    const missing = await tov(['check', 'macros.json', '--baseline', 'geen.json'], { cwd })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('tov: geen.json: baseline niet gevonden; maak er een met --update-baseline.\n')
    writeFileSync(join(cwd, 'kapot.json'), '{"tool": "eslint"}')
    const broken = await tov(['check', 'macros.json', '--baseline', 'kapot.json'], { cwd })
    expect(broken.code).toBe(2)
    expect(broken.stderr).toBe('tov: kapot.json: geen baseline van tov; maak hem opnieuw met --update-baseline.\n')
  })
})

describe('the library API', () => {
  it('check(text, { baseline }) moves what the baseline accepts to suppressed', async () => {
    const { buildBaseline, check } = await import('../src/index.js')
    const text = '@eva Hoe is dit onstaan? Je pakket komt morgen. ^AB'
    const first = await check(text, { channel: 'x' })
    expect(first.findings.map((finding) => finding.actual)).toEqual(['onstaan'])
    const baseline = buildBaseline([{ result: first, text }])
    const again = await check(text, { channel: 'x', baseline })
    expect(again.findings).toEqual([])
    expect(again.suppressed?.map((finding) => [finding.actual, finding.reason])).toEqual([['onstaan', 'baseline']])
    expect(again.summary).toEqual({ errors: 0, warnings: 0 })
    // Another misspelling in another sentence is new.
    const changed = await check(text.replace(' ^AB', ' Dat is verhholpen. ^AB'), { channel: 'x', baseline })
    expect(changed.findings.map((finding) => finding.actual)).toEqual(['verhholpen'])
  })
})

describe('SARIF with a baseline', () => {
  it('validates, marks new and unchanged results, and has the same fingerprints in every folder', async () => {
    const entries = library()
    const first = workspace(entries)
    await tov(['check', 'macros.json', '--baseline', 'base.json', '--update-baseline'], { cwd: first })
    entries[1] = { ...entries[1]!, text: entries[1]!.text.replace('Je pakket', 'Het is verhholpen. Je pakket') }
    writeFileSync(join(first, 'macros.json'), JSON.stringify(entries, null, 2))
    const second = workspace(entries, 'elders.json')
    writeFileSync(join(second, 'base.json'), readFileSync(join(first, 'base.json')))
    const logOf = async (cwd: string, file: string) => JSON.parse((await tov(['check', '-f', 'sarif', file, '--baseline', 'base.json'], { cwd })).stdout)
    const log = await logOf(first, 'macros.json')

    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    addFormats(ajv)
    const validate = ajv.compile(schema)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)

    const results = log.runs[0].results as Array<{ baselineState: string; partialFingerprints: Record<string, string>; suppressions?: unknown[] }>
    expect(results.filter((result) => result.baselineState === 'new')).toHaveLength(1)
    expect(results.filter((result) => result.baselineState === 'unchanged' && result.suppressions)).toHaveLength(50)
    const fingerprints = (sarif: typeof log) => (sarif.runs[0].results as typeof results).map((result) => result.partialFingerprints['tovFinding/v2']).sort()
    expect(fingerprints(await logOf(second, 'elders.json'))).toEqual(fingerprints(log))
  })
})
