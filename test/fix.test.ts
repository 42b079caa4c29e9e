// --fix: mechanical fixes, idempotent over every fixture, never touching text outside their range,
// written atomically (a failing rename leaves the original), from standard input to standard output.
import * as fs from 'node:fs'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeAtomically } from '../src/write-atomically.js'
import { createChecker } from '../src/engine/checker.js'
import { fixReply } from '../src/engine/fix-reply.js'
import { root, tov } from './run-cli.js'

function fixtureReplies(): Array<[string, string]> {
  const found: Array<[string, string]> = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(txt|md)$/.test(entry.name)) found.push([path, readFileSync(join(root, path), 'utf8')])
    }
  }
  for (const folder of ['fixtures/replies', 'fixtures/drafts', 'fixtures/libraries/folder', 'fixtures/bench']) walk(folder)
  return found
}

const checker = createChecker({
  agents: { AB: 'Anna de Boer' },
  phrases: [{ id: 'klantenservice', match: 'klantendienst', replace: 'klantenservice' }],
})

function workspace(files: Record<string, string>): string {
  const cwd = mkdtempSync(join(tmpdir(), 'tov-fix-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content)
  return cwd
}

describe('fixReply', () => {
  for (const [path, text] of fixtureReplies()) {
    it(`is idempotent on ${path}`, async () => {
      const first = await fixReply(await checker, text, { channel: 'x' })
      const second = await fixReply(await checker, first.text, { channel: 'x' })
      expect(second.text).toBe(first.text)
      expect(second.applied).toEqual([])
    })
  }

  const cases: Array<[string, string, string[]]> = [
    ['Hoi Eva, je pakket komt morgen @eva. ^AB', '@eva Hoi Eva, je pakket komt morgen. ^AB', ['mention-first']],
    ['@eva Je pakket komt morgen.    ^ ab', '@eva Je pakket komt morgen. ^AB', ['sign-off']],
    ['@eva Je pakket komt morgen.', '@eva Je pakket komt morgen. ^AB', ['sign-off']],
    ['@eva Bel gerust onze klantendienst. ^AB', '@eva Bel gerust onze klantenservice. ^AB', ['custom/klantenservice']],
    ['Bel onze Klantendienst @eva. ^ab', '@eva Bel onze Klantenservice. ^AB', ['mention-first', 'custom/klantenservice', 'sign-off']],
    [
      'Bel de klantendienst of mail de klantendienst @eva.',
      '@eva Bel de klantenservice of mail de klantenservice. ^AB',
      ['mention-first', 'custom/klantenservice', 'custom/klantenservice', 'sign-off'],
    ],
  ]
  for (const [before, after, rules] of cases) {
    it(`fixes "${before}"`, async () => {
      const outcome = await fixReply(await checker, before, { channel: 'x' })
      expect(outcome.text).toBe(after)
      expect(outcome.applied.map((fix) => fix.ruleId).sort()).toEqual([...rules].sort())
      // The fixes reported are the whole change: replayed on the original, in order, they give the result,
      // so no text outside their ranges was touched.
      let text = before
      for (const { fix } of outcome.applied) text = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
      expect(text).toBe(outcome.text)
    })
  }

  it('keeps the fixes that help, sets aside one that does not, and a second run agrees', async () => {
    // "helpdesk" -> "Helpdesk" is matched again: that rule reports as much after its fix as before.
    const mixed = await createChecker({
      phrases: [
        { id: 'klantenservice', match: 'klantendienst', replace: 'klantenservice' },
        { id: 'helpdesk', match: 'helpdesk', replace: 'Helpdesk' },
      ],
    })
    const text = '@eva Bel de klantendienst, de helpdesk of de klantendienst. ^AB'
    const first = await fixReply(mixed, text, { channel: 'x' })
    expect(first.text).toBe('@eva Bel de klantenservice, de helpdesk of de klantenservice. ^AB')
    expect(first.applied.map((fix) => fix.ruleId)).toEqual(['custom/klantenservice', 'custom/klantenservice'])
    expect(first.result.findings.map((finding) => finding.ruleId)).toEqual(['custom/helpdesk'])
    expect((await fixReply(mixed, first.text, { channel: 'x' })).applied).toEqual([])
  })

  it('leaves what needs judgement alone: no initials known, a vague promise', async () => {
    const plain = await createChecker({})
    const outcome = await fixReply(plain, '@eva We gaan ernaar kijken.', { channel: 'x' })
    expect(outcome.text).toBe('@eva We gaan ernaar kijken.')
    expect(outcome.result.findings.map((finding) => finding.ruleId)).toEqual(['sign-off', 'no-hollow-promise'])
  })
})

describe('tov check --fix', () => {
  it('writes the fixed reply, keeps the file mode, changes nothing outside the fix, and a second run changes nothing', async () => {
    const original = 'Hoi Eva,\n\nje pakket komt morgen om 10.00 uur.\n\n^ ab\n'
    const cwd = workspace({ 'reply.txt': original })
    chmodSync(join(cwd, 'reply.txt'), 0o640)
    const { code, stdout } = await tov(['check', '--fix', 'reply.txt'], { cwd, env: { TOV_AGENT: 'AB' } })
    const fixed = readFileSync(join(cwd, 'reply.txt'), 'utf8')
    expect(fixed).toBe('Hoi Eva,\n\nje pakket komt morgen om 10.00 uur.\n\n^AB\n')
    expect(statSync(join(cwd, 'reply.txt')).mode & 0o777).toBe(0o640)
    // mention-first has no fix without a known customer: it is still reported, on the fixed text.
    expect(code).toBe(1)
    expect(stdout).toContain('mention-first')
    expect(stdout).not.toContain('sign-off')
    await tov(['check', '--fix', 'reply.txt'], { cwd, env: { TOV_AGENT: 'AB' } })
    expect(readFileSync(join(cwd, 'reply.txt'), 'utf8')).toBe(fixed)
    expect(readdirSync(cwd)).toEqual(['reply.txt'])
  })

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const cwd = workspace({ 'reply.txt': 'Je pakket komt morgen @eva. ^ab\n' })
    const { stdout } = await tov(['check', '--fix-dry-run', 'reply.txt'], { cwd })
    expect(stdout).toMatch(/^--- a\/reply.txt\n\+\+\+ b\/reply.txt\n@@ /)
    expect(stdout).toContain('-Je pakket komt morgen @eva. ^ab')
    expect(stdout).toContain('+@eva Je pakket komt morgen. ^AB')
    expect(readFileSync(join(cwd, 'reply.txt'), 'utf8')).toBe('Je pakket komt morgen @eva. ^ab\n')
  })

  it('--fix-dry-run says why when there is nothing to fix', async () => {
    const cwd = workspace({ 'reply.txt': '@eva We gaan ernaar kijken.\n' })
    const { stdout, stderr } = await tov(['check', '--fix-dry-run', 'reply.txt'], { cwd })
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'tov: niets om mechanisch te herstellen; wat tov vond vraagt om je eigen formulering (zie tov check). De ondertekening vult --fix alleen in met je initialen: --agent AB of TOV_AGENT.\n',
    )
  })

  it('says at a terminal that it reads a reply from standard input', async () => {
    const { stderr } = await tov(['check'], { stdin: '@eva Je pakket komt morgen. ^AB', stdinIsTTY: true })
    expect(stderr).toContain('typ of plak de reactie en sluit af met Ctrl+D')
    expect((await tov(['check'], { stdin: '@eva Je pakket komt morgen. ^AB' })).stderr).toBe('')
  })

  it('reads standard input and writes the fixed text to standard output, the report to stderr', async () => {
    const { code, stdout, stderr } = await tov(['check', '--fix', '--agent', 'kj', '-'], { stdin: '@eva Je pakket komt morgen.' })
    expect(stdout).toBe('@eva Je pakket komt morgen. ^KJ')
    expect(stderr).toContain('Geen problemen gevonden')
    expect(code).toBe(0)
  })

  it('puts the thread\'s customer first', async () => {
    const cwd = workspace({ 'reply.txt': 'Je pakket komt morgen. ^AB', 'thread.txt': 'klant: Waar is mijn pakket?' })
    writeFileSync(join(cwd, 'thread.json'), JSON.stringify({ customer: '@eva', messages: [{ from: 'customer', text: 'Waar?' }] }))
    await tov(['check', '--fix', '--thread', 'thread.json', 'reply.txt'], { cwd })
    expect(readFileSync(join(cwd, 'reply.txt'), 'utf8')).toBe('@eva Je pakket komt morgen. ^AB')
  })

  it('leaves libraries as they are and says so', async () => {
    const original = readFileSync(join(root, 'fixtures/libraries/antwoorden.json'), 'utf8')
    const cwd = workspace({ 'lib.json': original })
    const { stderr } = await tov(['check', '--fix', 'lib.json'], { cwd })
    expect(stderr).toContain('--fix past bibliotheken (json, yaml, csv, zendesk) niet aan')
    expect(readFileSync(join(cwd, 'lib.json'), 'utf8')).toBe(original)
  })
})

describe('writeAtomically', () => {
  it('leaves the original intact, and no temporary file, when the rename fails', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tov-atomic-'))
    const file = join(folder, 'reply.txt')
    writeFileSync(file, 'origineel')
    const failingRename = { ...fs, renameSync: () => { throw new Error('killed during the write') } }
    expect(() => writeAtomically(file, 'nieuw', { operations: failingRename })).toThrow(/reply\.txt kan niet worden geschreven: killed during the write/)
    expect(readFileSync(file, 'utf8')).toBe('origineel')
    expect(readdirSync(folder)).toEqual(['reply.txt'])
  })
})

describe('suggestions as edits', () => {
  it('gives every suggestion as an edit of the checked text, and the fix', async () => {
    const { stdout } = await tov(['check', '-f', 'json', '-'], { stdin: 'Hoe is dit onstaan @eva? ^ ab' })
    const [result] = JSON.parse(stdout)
    const spelling = result.findings.find((finding: { ruleId: string }) => finding.ruleId === 'spelling')
    expect(spelling.edits[0]).toEqual({ range: [11, 18], text: 'ontstaan' })
    const signOff = result.findings.find((finding: { ruleId: string }) => finding.ruleId === 'sign-off')
    expect(signOff.fix).toEqual({ range: [24, 29], text: ' ^AB' })
  })
})

describe('--fix on files that are more than a name', () => {
  const draft = 'Je pakket komt morgen @eva. ^ab\n'
  const fixed = '@eva Je pakket komt morgen. ^AB\n'

  it('writes through a symbolic link to its target and keeps the link', async () => {
    const cwd = workspace({ 'echt.txt': draft })
    fs.symlinkSync('echt.txt', join(cwd, 'link.txt'))
    expect((await tov(['check', '--fix', 'link.txt'], { cwd })).code).toBe(0)
    expect(fs.lstatSync(join(cwd, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(cwd, 'echt.txt'), 'utf8')).toBe(fixed)
  })

  it('keeps hard links: every name sees the fixed text, and no backup is left', async () => {
    const cwd = workspace({ 'a.txt': draft })
    fs.linkSync(join(cwd, 'a.txt'), join(cwd, 'b.txt'))
    expect((await tov(['check', '--fix', 'a.txt'], { cwd })).code).toBe(0)
    expect(readFileSync(join(cwd, 'b.txt'), 'utf8')).toBe(fixed)
    expect(statSync(join(cwd, 'a.txt')).ino).toBe(statSync(join(cwd, 'b.txt')).ino)
    expect(readdirSync(cwd).sort()).toEqual(['a.txt', 'b.txt'])
  })

  it('keeps a UTF-8 byte order mark', async () => {
    const cwd = workspace({ 'bom.txt': `\uFEFF${draft}` })
    await tov(['check', '--fix', 'bom.txt'], { cwd })
    expect(readFileSync(join(cwd, 'bom.txt'))).toEqual(Buffer.from(`\uFEFF${fixed}`))
  })

  it('refuses a read-only file with one line, before writing any other file', async () => {
    const cwd = workspace({ 'a.txt': draft, 'z.txt': draft })
    chmodSync(join(cwd, 'z.txt'), 0o444)
    const { code, stdout, stderr } = await tov(['check', '--fix', 'a.txt', 'z.txt'], { cwd })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('tov: z.txt is alleen-lezen; --fix verandert het niet. Maak het schrijfbaar of gebruik --fix-dry-run.\n')
    expect(readFileSync(join(cwd, 'a.txt'), 'utf8')).toBe(draft)
    expect(readFileSync(join(cwd, 'z.txt'), 'utf8')).toBe(draft)
    expect(statSync(join(cwd, 'z.txt')).mode & 0o777).toBe(0o444)
  })
})
