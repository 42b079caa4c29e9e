// The command line, driven in-process through run() and, for the launcher, as a real process.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tov as runTov } from './run-cli.js'

const root = join(import.meta.dirname, '..')
const tov = (args: string[], stdin = '', env: Record<string, string> = {}) => runTov(args, { stdin, env })

describe('tov check', () => {
  it('exits 0 on clean replies and says so', async () => {
    const { code, stdout } = await tov(['check', 'fixtures/replies/x'])
    expect(code).toBe(0)
    expect(stdout).toContain('Geen problemen gevonden in 4 reacties')
  })

  it('exits 1 on error findings, with Dutch messages and rule ids', async () => {
    const { code, stdout } = await tov(['check', 'fixtures/drafts/x-draft.txt'])
    expect(code).toBe(1)
    expect(stdout).toMatch(/1:\d+ +fout +Dit klinkt betweterig/)
    expect(stdout).toContain('no-condescension')
    expect(stdout).not.toContain('\u001b[')
  })

  it('prints JSON as DESIGN.md describes it', async () => {
    const { code, stdout } = await tov(['check', '-f', 'json', 'fixtures/drafts/x-draft.txt'])
    expect(code).toBe(1)
    const [result] = JSON.parse(stdout)
    expect(Object.keys(result)).toEqual(['file', 'channel', 'findings', 'checklist', 'summary', 'voice', 'readability'])
    expect(Object.keys(result.voice)).toEqual(['markers', 'scores', 'target', 'below'])
    expect(result.voice.markers.map((marker: { kind: string }) => marker.kind)).toContain('greeting')
    expect(result.readability.fleschDouma).toBeGreaterThan(0)
    expect(result.readability.sentences).toBe(4)
    expect(result.file).toBe(join('fixtures', 'drafts', 'x-draft.txt'))
    const finding = result.findings.find((f: { ruleId: string }) => f.ruleId === 'spelling')
    expect(finding).toMatchObject({ severity: 'error', line: 1, actual: 'onstaan', checklist: 'vorm' })
    expect(finding.suggestions[0]).toBe('ontstaan')
    expect(Object.keys(finding)).toEqual(
      ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'actual', 'suggestions', 'edits', 'checklist'],
    )
    expect(result.checklist.map((item: { id: string; status: string }) => `${item.id}:${item.status}`)).toEqual([
      'persoonlijk:fail', 'feiten:fail', 'toon:fail', 'vorm:fail', 'privacy:pass', 'deskundige:manual', 'tevreden:manual',
    ])
    const columns = result.findings.map((f: { column: number }) => f.column)
    expect(columns).toEqual([...columns].sort((a, b) => a - b))
  })

  it('shows the checklist view: one line per item, findings under failed items', async () => {
    const { stdout } = await tov(['check', '-f', 'checklist', 'fixtures/drafts/x-no-mention.txt'])
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('✖ Spreek je de klant persoonlijk aan en sluit je af met je naam of initialen?')
    expect(lines[1]).toMatch(/^ {4}1:1 Begin je reactie met de @mention/)
    expect(lines).toContain('✔ Heb je je beperkt tot de feiten, zonder loze beloftes of eigen mening?')
    expect(lines.at(-1)).toBe('? Zou jij als klant zelf tevreden zijn met deze reactie?')
  })

  it('reads standard input with no files or "-"', async () => {
    const draft = '@eva Je pakket komt morgen. ^AB'
    expect((await tov(['check'], draft)).code).toBe(0)
    const { code, stdout } = await tov(['check', '-', '-f', 'json'], 'Je pakket komt morgen.')
    expect(code).toBe(1)
    expect(JSON.parse(stdout)[0].file).toBe('<stdin>')
  })

  it('uses the thread: a second apology after one in the thread is flagged', async () => {
    const { stdout } = await tov(['check', '-f', 'json', '--thread', 'fixtures/threads/apologised.json', 'fixtures/drafts/x-after-apology.txt'])
    expect(JSON.parse(stdout)[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['no-repeated-apology'])
  })

  it('--max-warnings turns warnings into exit 1', async () => {
    const args = ['check', '--thread', 'fixtures/threads/apologised.json', 'fixtures/drafts/x-after-apology.txt']
    expect((await tov(args)).code).toBe(0)
    const { code, stderr } = await tov([...args, '--max-warnings', '0'])
    expect(code).toBe(1)
    expect(stderr).toBe('tov: 1 waarschuwing, meer dan --max-warnings 0.\n')
  })

  it('uses colour only when asked or on a terminal', async () => {
    const { stdout } = await tov(['check', 'fixtures/drafts/x-draft.txt'], '', { FORCE_COLOR: '1' })
    expect(stdout).toContain('\u001b[')
    const plain = await tov(['check', 'fixtures/drafts/x-draft.txt'], '', { FORCE_COLOR: '1', NO_COLOR: '1' })
    expect(plain.stdout).not.toContain('\u001b[')
  })

  it.each([
    [['check'], '', 'leeg; er is geen reactie'],
    [['check', 'fixtures/broken/empty.txt'], '', 'fixtures/broken/empty.txt: leeg'],
    [['check', 'fixtures/broken/no-replies'], '', 'deze map bevat geen reacties'],
    [['check', 'fixtures/nope.txt'], '', 'fixtures/nope.txt: bestand niet gevonden'],
    [['check', 'fixtures/broken/image.png.txt'], '', 'binair bestand'],
    [['check', 'fixtures/broken/latin1.txt'], '', 'geen geldige UTF-8'],
    [['check', '--config', 'fixtures/broken/trailing-comma.tovrc.json', 'fixtures/replies/x'], '', 'kan niet worden gelezen'],
    [['check', '--config', 'fixtures/broken/unknown-key.tovrc.json', 'fixtures/replies/x'], '', 'onbekende sleutel "chanel"'],
    [['check', '-c', 'tiktok', 'fixtures/replies/x'], '', 'Onbekend kanaal "tiktok"'],
    [['check', '-f', 'xml', 'fixtures/replies/x'], '', 'Onbekend formaat "xml"'],
    [['check', '--thread', 'fixtures/threads/bad-from.json', 'fixtures/replies/x'], '', '"from" moet "customer" of "agent" zijn'],
    [['check', '--max-warnings', 'veel', 'fixtures/replies/x'], '', '--max-warnings verwacht een geheel getal'],
    [['check', '--kanaal', 'x'], '', 'onbekende optie "--kanaal". Zie "tov check --help".'],
    [['chek', 'x'], '', 'onbekend commando "chek" (bedoel je "check"?). Kies uit: check, rules, checklist, init, explain, allow, daemon, lsp, mcp, serve, report.'],
    [['check', '-c'], '', 'de optie "-c" verwacht een waarde.'],
    [['explain'], '', 'er ontbreekt een regel-id.'],
    [['rules', '--formaat', 'json'], '', 'onbekende optie "--formaat" (bedoel je "--format"?)'],
  ])('bad input %j: one line on stderr, exit 2, nothing on stdout', async (args, stdin, message) => {
    const { code, stdout, stderr } = await tov(args, stdin)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('refuses a reply larger than 1 MiB', async () => {
    const { code, stderr } = await tov(['check'], 'a'.repeat(1024 * 1024 + 1))
    expect(code).toBe(2)
    expect(stderr).toContain('te groot')
  })
})

describe('help', () => {
  it('has "tov help <command>" and shows defaults in Dutch', async () => {
    const { code, stdout } = await tov(['help', 'check'])
    expect(code).toBe(0)
    expect(stdout).toContain('(standaard: stylish)')
    expect(stdout).not.toMatch(/\(default:/)
  })
})

describe('tov rules', () => {
  it('lists every rule with its checklist item and examples', async () => {
    const { code, stdout } = await tov(['rules'])
    expect(code).toBe(0)
    expect(stdout).toContain('no-hollow-promise  (waarschuwing in je config; standaard waarschuwing, checklist: feiten)')
    expect(stdout).toContain('fout:  @eva Bedankt voor je melding, we gaan ernaar kijken! ^AB')
  })

  it('as JSON, with what the config in use does with each rule', async () => {
    const rules = JSON.parse((await tov(['rules', '-f', 'json'])).stdout) as Array<{ id: string; setting: string }>
    expect(rules.map((rule) => rule.id)).toContain('spelling')
    const settings = new Map(rules.map((rule) => [rule.id, rule.setting]))
    expect(settings.get('no-hollow-promise')).toBe('warn')
    // The recommended preset leaves the rules of values it does not name off.
    expect([...settings.values()]).toContain('off')
  })
})

describe('tov explain', () => {
  it('gives the rationale with its seed, the examples and the settings', async () => {
    const { code, stdout } = await tov(['explain', 'no-condescension'])
    expect(code).toBe(0)
    expect(stdout).toContain('komma-sukkel')
    expect(stdout).toContain('seed 002')
    expect(stdout).toContain('checklist: toon; standaard: error')
  })

  it('an unknown rule is one line and exit 2, with a hint', async () => {
    const { code, stderr } = await tov(['explain', 'no-condesension'])
    expect(code).toBe(2)
    expect(stderr).toBe('tov: Onbekende regel "no-condesension" (bedoel je "no-condescension"?). Zie "tov rules".\n')
  })
})

describe('bin/tov.js', () => {
  it('runs as a process with the documented exit codes', () => {
    const ok = spawnSync(process.execPath, ['bin/tov.js', 'check', 'fixtures/replies/x'], { cwd: root, encoding: 'utf8' })
    expect(ok.status).toBe(0)
    const bad = spawnSync(process.execPath, ['bin/tov.js', 'check', '-c', 'tiktok', 'fixtures/replies/x'], { cwd: root, encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toBe('tov: Onbekend kanaal "tiktok". Kies uit: x, facebook, instagram, instagram-dm, facebook-messenger, whatsapp, google-review, email.\n')
    expect(execFileSync(process.execPath, ['bin/tov.js', '--version'], { cwd: root, encoding: 'utf8' }).trim()).toBe('0.1.0')
  })

  // The bundle loads the YAML parser and the pattern validator only when a config needs them: a found
  // YAML config with patterns must work through those lazy paths, and a broken pattern must be refused.
  it('reads a found YAML config with patterns, and refuses a broken one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tov-yaml-'))
    writeFileSync(join(folder, 'package.json'), '{"name": "brand"}\n')
    writeFileSync(join(folder, 'reply.txt'), '@eva Je pakket is vertraagd door drukte. ^AB\n')
    const config = (window: string) =>
      `channel: x\nphrases:\n  - id: levertijd\n    lexicon:\n      late: [te laat, vertraagd]\n    patterns:\n      - id: laat\n        all: [late, [pakket*]]\n        ${window}: 8\n`
    writeFileSync(join(folder, '.tovrc.yml'), config('window'))
    const bin = join(root, 'bin/tov.js')
    const ok = spawnSync(process.execPath, [bin, 'check', '-f', 'json', 'reply.txt'], { cwd: folder, encoding: 'utf8' })
    expect(ok.stderr).toBe('')
    expect(JSON.parse(ok.stdout)[0].findings.map((finding: { ruleId: string; actual: string }) => `${finding.ruleId}: ${finding.actual}`)).toEqual(['custom/levertijd: pakket is vertraagd'])
    writeFileSync(join(folder, '.tovrc.yml'), config('windw'))
    const bad = spawnSync(process.execPath, [bin, 'check', 'reply.txt'], { cwd: folder, encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^tov: .*phrases\.levertijd\.patterns\[0\]: onbekende sleutel "windw"\. Geldig: id, message, all, window/)
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
