// The CI formats: SARIF 2.1.0 (validated against the SARIF schema) and GitHub workflow annotations, both
// pointing at the library file's own lines.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { root, tov } from './run-cli.js'

const require = createRequire(import.meta.url)
// Both are CommonJS modules whose module.exports is the function itself.
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with rule metadata and help', async () => {
    const { code, stdout } = await tov(['check', '-f', 'sarif', 'fixtures/libraries/antwoorden.json', 'fixtures/libraries/zendesk-macros.json', 'fixtures/drafts/x-draft.txt'])
    expect(code).toBe(1)
    const log = JSON.parse(stdout)
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
    // The schema's language pattern is not valid as a unicode regular expression.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    addFormats(ajv)
    const validate = ajv.compile(schema)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    // The validator does reject a log without a tool, so the check above means something.
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false)

    const [sarifRun] = log.runs
    expect(sarifRun.tool.driver.name).toBe('tov')
    const spelling = sarifRun.tool.driver.rules.find((rule: { id: string }) => rule.id === 'spelling')
    expect(spelling.shortDescription.text).toBe('Schrijf zonder spelfouten')
    expect(spelling.help.text).toContain('Fout: ')
    const result = sarifRun.results.find((r: { ruleId: string; properties: { entry?: string } }) => r.ruleId === 'spelling' && r.properties.entry === 'welkom')
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/libraries/antwoorden.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 79, endLine: 5, endColumn: 86 },
    })
    expect(result.level).toBe('error')
    expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe('spelling')
  })

  it('is a valid log with no results when all is well', async () => {
    const { code, stdout } = await tov(['check', '-f', 'sarif', 'fixtures/replies/x'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).runs[0].results).toEqual([])
  })
})

describe('--format github', () => {
  it('prints one workflow annotation per finding, escaped, at the file line', async () => {
    const { code, stdout } = await tov(['check', '-f', 'github', 'fixtures/libraries/antwoorden.csv'])
    expect(code).toBe(1)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toContain(
      '::error file=fixtures/libraries/antwoorden.csv,line=4,col=44,endLine=4,endColumn=51,title=tov spelling (bezorging)::Onbekend woord "onstaan". Bedoel je "ontstaan" of "instaan" of "omstaan"? Is het een merk- of productnaam? Voeg het toe met: tov allow onstaan',
    )
    expect(lines.every((line) => /^::(error|warning) file=[^:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::[^\n]+$/.test(line))).toBe(true)
  })
})

describe('--quiet and --max-warnings', () => {
  it('--quiet reports errors only', async () => {
    const loud = await tov(['check', '-f', 'json', 'fixtures/drafts/x-draft.txt'])
    const quiet = await tov(['check', '-f', 'json', '--quiet', 'fixtures/drafts/x-draft.txt'])
    const severities = (out: string) => JSON.parse(out)[0].findings.map((f: { severity: string }) => f.severity)
    expect(severities(loud.stdout)).toContain('warn')
    expect(severities(quiet.stdout)).not.toContain('warn')
    expect(severities(quiet.stdout).length).toBeGreaterThan(0)
  })
})
