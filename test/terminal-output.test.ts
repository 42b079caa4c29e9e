// Terminal formats print input (entry ids, file names, quoted words, a config's questions): control
// characters in it are shown escaped, never sent to the terminal; machine formats keep the exact text.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatResults } from '../src/formats/format-results.js'
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
