// Terminal formats print input (entry ids, file names, quoted words, a config's questions): control
// characters in it are shown escaped, never sent to the terminal; machine formats keep the exact text.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createChecker } from '../src/engine/checker.js'
import { formatResults } from '../src/formats/format-results.js'
import { formatStylish } from '../src/formats/stylish.js'
import { printable } from '../src/terminal-text.js'
import type { CheckResult, Finding } from '../src/types.js'
import { tov } from './run-cli.js'

const hostileId = 'welkom\u001b]0;gehackt\u0007\u001b[2J\u202e'

function library(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'tov-terminal-'))
  writeFileSync(join(cwd, 'lib.json'), JSON.stringify({ [hostileId]: 'Hoe is dit onstaan\u001b[31m? ^AB' }))
  return cwd
}

describe('terminal output escapes what it did not write itself', () => {
  it.each(['stylish', 'checklist'])('%s shows an entry id with escape sequences escaped', async (format) => {
    const { stdout } = await tov(['check', '-f', format, '--channel', 'email', 'lib.json', 'lib.json'], { cwd: library() })
    expect(stdout).toContain('welkom\\x1B]0;gehackt\\x07\\x1B[2J\\u202E')
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u)
  })

  it('json and sarif keep the exact id', async () => {
    const json = await tov(['check', '-f', 'json', '--channel', 'email', 'lib.json'], { cwd: library() })
    expect(JSON.parse(json.stdout)[0].entry).toBe(hostileId)
    const sarif = await tov(['check', '-f', 'sarif', '--channel', 'email', 'lib.json'], { cwd: library() })
    expect(JSON.stringify(JSON.parse(sarif.stdout))).toContain(JSON.stringify(hostileId).slice(1, -1))
  })

  it('an error line quoting input is escaped too', async () => {
    const { code, stderr } = await tov(['check', '--channel', 'x\u001b[2J', '-'], { stdin: 'Hoi' })
    expect(code).toBe(2)
    expect(stderr).toContain('x\\x1B[2J')
    expect(stderr).not.toContain('\u001b')
  })

  it('printable leaves Dutch, emoji and ordinary punctuation alone', () => {
    expect(printable('Hé, café “naïef” 👍🏽 ^AB')).toBe('Hé, café “naïef” 👍🏽 ^AB')
  })
})

describe('stylish with more findings than a call has arguments', () => {
  it('prints 200,000 findings without overflowing the stack', () => {
    const finding: Finding = {
      ruleId: 'spelling', severity: 'warn', message: 'Spelfout.', line: 1, column: 1, endLine: 1, endColumn: 2,
      offset: 0, endOffset: 1, actual: 'x', suggestions: [], edits: [], checklist: 'vorm',
    }
    const findings = Array.from({ length: 200_000 }, (_, index) => ({ ...finding, line: index + 1 }))
    const result: CheckResult = { file: 'groot.txt', channel: 'email', findings, checklist: [], summary: { errors: 0, warnings: findings.length } }
    const output = formatResults([result], 'stylish')
    expect(output).toContain('200000:1  waarschuwing Spelfout.')
    expect(output).toContain('200000 problemen')
  })
})

describe('stylish at the terminal\'s width', () => {
  const finding: Finding = {
    ruleId: 'no-robotic-empathy', severity: 'warn', line: 12, column: 7, endLine: 12, endColumn: 40, offset: 0, endOffset: 1,
    message: 'Dit klinkt als een standaardzin: "Wij begrijpen uw frustratie volledig". Zeg in je eigen woorden wat je voor de klant gaat doen, en wanneer.',
    actual: 'x', suggestions: [], edits: [], checklist: 'toon',
  }
  const result: CheckResult = { file: 'reactie.txt', channel: 'x', findings: [finding], checklist: [], summary: { errors: 0, warnings: 1 } }

  it('wraps the message at the width the caller gives, the rule id whole at the end of the first line', () => {
    const lines = formatStylish([result], { color: false, width: 80 }).split('\n')
    const first = lines.findIndex((line) => line.startsWith('  12:7  '))
    expect(lines[first]).toBe('  12:7  waarschuwing Dit klinkt als een standaardzin: "Wij  no-robotic-empathy')
    expect(lines.slice(first + 1, first + 3)).toEqual([
      '                     begrijpen uw frustratie volledig". Zeg in je eigen woorden',
      '                     wat je voor de klant gaat doen, en wanneer.',
    ])
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80)
  })

  it('keeps a finding on one line without a width (a file or pipe), and in a terminal too narrow to wrap in', () => {
    for (const width of [undefined, 30]) {
      const output = formatStylish([result], { color: false, ...(width ? { width } : {}) })
      expect(output).toContain(`  12:7  waarschuwing ${finding.message}  no-robotic-empathy\n`)
    }
  })
})

describe('stylish under a too-long reply: where the limit cuts', () => {
  const text =
    '@eva Wat vervelend dat je pakket nog niet is aangekomen, terwijl het gisteren bezorgd had moeten worden. ' +
    'Je ontvangt het morgen tussen 9.00 en 12.00 uur. Vanavond krijg je een mail met de precieze tijd. ^AB'
  const checked = async (reply: string) => {
    // The limit falls just before "Vanavond" in `text`.
    const checker = await createChecker({ extends: [], rules: { 'max-length': ['error', { max: text.indexOf(' Vanavond') }] } })
    return checker.check(reply, { channel: 'whatsapp', file: 'reactie.txt' })
  }

  it('shows the last words before the limit and what falls away, with the unit of the count', async () => {
    const output = formatStylish([await checked(text)], { color: false, width: 80, textOf: () => text })
    expect(output).toBe(
      'reactie.txt (whatsapp)\n' +
        '  1:154  fout         Te lang voor WhatsApp: 206/153 tekens. Kort je  max-length\n' +
        '                      reactie met 53 tekens in; alles vanaf hier valt weg.\n' +
        '         … tussen 9.00 en 12.00 uur. | Vanavond krijg je een mail met …\n' +
        '\n✖ 1 probleem (1 fout, 0 waarschuwingen)\n',
    )
  })

  it('marks a limit inside a word inside it', async () => {
    const reply = text.replace('uur.', 'uurtje.')
    const output = formatStylish([await checked(reply)], { color: false, textOf: () => reply })
    expect(output).toContain('\n         … tussen 9.00 en 12.00 uurt|je. Vanavond krijg je een mail …\n')
  })

  it('shows both sides of the cut in tov check, which passes the checked text', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tov-terminal-'))
    writeFileSync(join(cwd, 'reactie.txt'), `${text}\n`)
    writeFileSync(join(cwd, '.tovrc'), `extends: []\nrules:\n  max-length: [error, { max: ${text.indexOf(' Vanavond')} }]\n`)
    const { stdout } = await tov(['check', 'reactie.txt', '--channel', 'whatsapp'], { cwd })
    expect(stdout).toMatch(/Kort je reactie met 53 tekens in; alles vanaf hier valt weg\.  max-length\n {9}… \S.* \| Vanavond krijg je een mail met …\n/)
  })
})
