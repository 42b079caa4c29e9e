// Hostile input: every file a user (or an attacker) can hand tov ends in one Dutch line on stderr and
// exit 2, or a clean report, quickly and without a stack trace; never an endless read, a stack overflow
// or a heap that runs out. Inputs are generated into a temporary folder.
//
// The bounded reader is imported statically on purpose: without it (the code before the fix) this file
// does not load, so the cases that would read /dev/zero or wait on a FIFO forever never run there.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readInputFile } from '../src/read-input-file.js'
import { readReplies } from '../src/library/read-replies.js'
import { readLibrary } from '../src/library/read-library.js'
import { tov } from './run-cli.js'
import { benignText, expectLinear } from './time-budget.js'

const cwd = mkdtempSync(join(tmpdir(), 'tov-hostile-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

function file(name: string, content: string): string {
  writeFileSync(join(cwd, name), content)
  return name
}

const hasDevZero = existsSync('/dev/zero')

/** A FIFO in the temp folder, or undefined where mkfifo is missing (Windows). */
function fifo(name: string): string | undefined {
  try {
    execFileSync('mkfifo', [join(cwd, name)], { stdio: 'ignore' })
    return name
  } catch {
    return undefined
  }
}

/** Exit 2, exactly one line on stderr that contains `message`, nothing on stdout, no stack trace. */
async function expectRefusal(args: string[], message: string | RegExp): Promise<void> {
  const { code, stdout, stderr } = await tov(args, { cwd })
  expect(stderr).not.toMatch(/^\s+at /m)
  expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(stderr).toMatch(typeof message === 'string' ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : message)
  expect(stdout).toBe('')
  expect(code).toBe(2)
}

describe('endless reads: devices, links to them, and FIFOs are refused before a byte is read', () => {
  it.runIf(hasDevZero)('/dev/zero as a reply', async () => {
    await expectRefusal(['check', '/dev/zero'], '/dev/zero: dit is een apparaat, geen bestand; geef een tekstbestand op.')
  })

  it.runIf(hasDevZero)('/dev/zero as a .json library (a symbolic link named like one)', async () => {
    symlinkSync('/dev/zero', join(cwd, 'zero.json'))
    await expectRefusal(['check', 'zero.json'], 'zero.json: dit is een apparaat, geen bestand')
    await expectRefusal(['check', '--input-format', 'json', '/dev/zero'], 'dit is een apparaat')
  })

  it.runIf(hasDevZero)('a symbolic link to /dev/zero as a reply', async () => {
    symlinkSync('/dev/zero', join(cwd, 'zero.txt'))
    await expectRefusal(['check', 'zero.txt'], 'zero.txt: dit is een apparaat, geen bestand')
  })

  it.runIf(hasDevZero)('/dev/zero as --thread', async () => {
    file('ok.txt', 'Hoi @eva, fijn dat je het laat weten! ^AB')
    await expectRefusal(['check', '--thread', '/dev/zero', 'ok.txt'], '/dev/zero: dit is een apparaat, geen bestand')
  })

  it('a FIFO as a reply and as --thread, refused at once instead of waiting for a writer', async (context) => {
    const name = fifo('pipe.txt')
    if (!name) return context.skip()
    file('ok2.txt', 'Hoi @eva, fijn dat je het laat weten! ^AB')
    await expectRefusal(['check', name], 'pipe.txt: dit is een pipe, geen bestand; geef een tekstbestand op of lees de standaardinvoer met "-".')
    await expectRefusal(['check', '--thread', name, 'ok2.txt'], 'pipe.txt: dit is een pipe, geen bestand')
    await expect(readInputFile(join(cwd, name), { name, maxBytes: 10, tooLarge: 'te groot.' })).rejects.toMatchObject({ code: 'NOT_A_FILE' })
  }, 5000)

  it.runIf(hasDevZero)('the bounded reader refuses a device on the open handle', async () => {
    await expect(readInputFile('/dev/zero', { name: 'nul', maxBytes: 1024, tooLarge: 'te groot.' })).rejects.toMatchObject({
      code: 'NOT_A_FILE',
      message: 'nul: dit is een apparaat, geen bestand; geef een tekstbestand op.',
    })
  })

  it.runIf(existsSync('/proc/self/status'))('the limit holds while reading, whatever stat says (a /proc file has size 0)', async () => {
    await expect(readInputFile('/proc/self/status', { name: 'status', maxBytes: 64, tooLarge: 'te groot (meer dan 64 bytes).' })).rejects.toMatchObject({
      code: 'INPUT_TOO_LARGE',
      message: 'status: te groot (meer dan 64 bytes).',
    })
  })

  it('a regular file larger than the limit is refused; one within it is read whole', async () => {
    file('groot.txt', 'x'.repeat(2000))
    await expect(readInputFile(join(cwd, 'groot.txt'), { name: 'groot.txt', maxBytes: 1999, tooLarge: 'te groot.' })).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' })
    expect((await readInputFile(join(cwd, 'groot.txt'), { name: 'groot.txt', maxBytes: 2000, tooLarge: 'te groot.' })).byteLength).toBe(2000)
  })

  it('standard input is read with the limit of its format (for the reader of the process to enforce)', async () => {
    const limits: number[] = []
    const stdin = async (maxBytes: number) => {
      limits.push(maxBytes)
      return Buffer.from('Hoi @eva ^AB')
    }
    await readReplies([], cwd, stdin)
    await readReplies(['-'], cwd, stdin, { format: 'text' })
    await expect(readReplies([], cwd, stdin, { format: 'json' })).rejects.toMatchObject({ code: 'LIBRARY_INVALID' })
    expect(limits).toEqual([1024 * 1024, 1024 * 1024, 64 * 1024 * 1024])
  })
})

describe('entry size counts UTF-8 bytes, not UTF-16 units', () => {
  // 700,000 "é" are 700,000 UTF-16 units (under 1 MiB) but 1.4 MB of UTF-8.
  const big = 'é'.repeat(700_000)
  it.each([
    ['groot.json', JSON.stringify([{ id: 'welkom', text: big }]), 'groot.json:1:25: reactie "welkom" is groter dan 1 MiB; maak de reactie korter.'],
    ['groot.yaml', `- id: welkom\n  text: ${big}\n`, 'groot.yaml:2:9: reactie "welkom" is groter dan 1 MiB'],
    ['groot.csv', `id,text\nwelkom,${big}\n`, 'groot.csv:2:8: reactie "welkom" is groter dan 1 MiB'],
  ])('%s: a 1.4 MB entry is refused with file, line, column and entry', async (name, content, message) => {
    file(name, content)
    await expectRefusal(['check', name], message)
  })
})

describe('nesting: a deep document is one line, never a stack overflow', () => {
  it('JSON nested 5,000 deep (10 KB)', async () => {
    file('diep.json', '['.repeat(5000) + ']'.repeat(5000))
    await expectRefusal(['check', 'diep.json'], 'diep.json:1:65: te diep genest (meer dan 64 niveaus)')
  })

  it('a Zendesk macro of 20,000 nested <div>s', async () => {
    const html = '<div>'.repeat(20_000) + 'Hoi' + '</div>'.repeat(20_000)
    file('zendesk.json', JSON.stringify({ macros: [{ id: 7, title: 'Diep', actions: [{ field: 'comment_value_html', value: html }] }] }))
    await expectRefusal(['check', 'zendesk.json'], /^tov: zendesk\.json:1:\d+: macro "7": de HTML is te diep genest \(meer dan 256 niveaus\); vereenvoudig de opmaak\.$/m)
  })

  it('a Zendesk macro whose misnested tags nest deeper than its tags suggest (<b><div></b>)', async () => {
    file('scheef.json', JSON.stringify({ macros: [{ id: 8, actions: [{ field: 'comment_value_html', value: '<b><div></b>'.repeat(3000) + 'x' }] }] }))
    await expectRefusal(['check', 'scheef.json'], 'macro "8": de HTML is te diep genest')
  })

  it.each([
    ['300 paragraphs and list items without end tags', '<p>Hoi'.repeat(300) + '<ul>' + '<li>punt'.repeat(300) + '</ul>'],
    ['an e-mail layout of tables 40 deep', '<table><tr><td>'.repeat(40) + 'Hoi' + '</td></tr></table>'.repeat(40)],
    ['an inline svg of 500 self-closed paths', `<svg>${'<path d="M0 0"/>'.repeat(500)}</svg><p>Hoi</p>`],
    ['a quoted attribute holding "<div>"s', `<a title="${'<div>'.repeat(1000)}">Hoi</a>`],
  ])('a macro of real shapes is not refused: %s', async (_, html) => {
    const library = await readLibrary('l.json', JSON.stringify({ macros: [{ id: 1, actions: [{ field: 'comment_value_html', value: html }] }] }))
    expect(library.entries[0]!.text).toContain('Hoi')
  })

  it.each([
    ['flow.yaml', '['.repeat(5000) + ']'.repeat(5000) + '\n'],
    ['flow-map.yaml', '{a: '.repeat(5000) + 'x' + '}'.repeat(5000) + '\n'],
    ['compact.yaml', '- '.repeat(5000) + 'x\n'],
    ['blocks.yaml', Array.from({ length: 2000 }, (_, depth) => `${' '.repeat(depth)}- `).join('\n') + 'x\n'],
  ])('YAML nested 5,000 deep: %s', async (name, content) => {
    file(name, content)
    await expectRefusal(['check', name], new RegExp(`^tov: ${name}:\\d+:\\d+: te diep genest \\(meer dan 64 niveaus\\)`))
  })

  it('front matter nested 5,000 deep', async () => {
    file('diep.md', `---\nchannel: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nHoi @eva ^AB\n`)
    await expectRefusal(['check', 'diep.md'], /^tov: diep\.md:2:\d+: front matter: te diep genest/)
  })
})

describe('a value that is not text where text belongs is a clean LIBRARY_INVALID', () => {
  it.each([
    ['kanaal.json', '[{ "id": "a", "channel": { "toString": 1 }, "text": "Hoi @eva ^AB" }]', 'kanaal.json:1:26: reactie "a": "channel" moet tekst zijn, zoals "email", geen object.'],
    ['kanaal-object.json', '{ "a": { "channel": ["x"], "text": "Hoi @eva ^AB" } }', 'kanaal-object.json:1:21: reactie "a": "channel" moet tekst zijn, zoals "email", geen lijst.'],
    ['kanaal.yaml', '- id: a\n  channel: {toString: 1}\n  text: Hoi @eva ^AB\n', 'kanaal.yaml:2:12: reactie "a": "channel" moet tekst zijn, zoals "email", geen object.'],
    ['kanaal.md', '---\nchannel: {toString: 1}\n---\nHoi @eva ^AB\n', 'kanaal.md:2:1: front matter: "channel" moet tekst zijn, zoals "email", geen object.'],
  ])('%s', async (name, content, message) => {
    file(name, content)
    await expectRefusal(['check', name], message)
  })
})

describe('resources: entries are counted while reading', () => {
  it('a CSV of 100,001 rows is refused at row 100,001, quickly', async () => {
    const rows = Array.from({ length: 100_001 }, (_, index) => `${index},Hoi\n`).join('')
    file('veel.csv', `id,text\n${rows}`)
    const started = performance.now()
    await expectRefusal(['check', '-f', 'json', 'veel.csv'], 'veel.csv:100002:1: meer dan 100.000 reacties in totaal; splits de bibliotheek of controleer minder bestanden tegelijk.')
    expect(performance.now() - started).toBeLessThan(5000)
  }, 20_000)

  it('the count runs across files', async () => {
    const rows = Array.from({ length: 60_000 }, (_, index) => `${index},Hoi\n`).join('')
    file('helft-1.csv', `id,text\n${rows}`)
    file('helft-2.csv', `id,text\n${rows}`)
    await expectRefusal(['check', 'helft-1.csv', 'helft-2.csv'], 'helft-2.csv:40002:1: meer dan 100.000 reacties in totaal')
  }, 20_000)

  it.each([
    ['veel.json', `[${Array.from({ length: 100_001 }, () => '{"text":"Hoi"}').join(',')}]`, 'veel.json:1:1500002: meer dan 100.000 reacties'],
    ['veel-waarden.json', `[{"text":"Hoi","x":[${'0,'.repeat(1_600_000)}0]}]`, 'te complex: meer dan 1.500.000 JSON-waarden'],
    ['veel.yaml', Array.from({ length: 100_001 }, (_, index) => `- {id: ${index}, text: Hoi}`).join('\n'), 'te complex: meer dan 250.000 YAML-waarden'],
    ['breed.csv', `${','.repeat(2_000_000)}\n`, 'breed.csv:1:1001: meer dan 1.000 kolommen in de kopregel'],
  ])('%s is refused before it is built', async (name, content, message) => {
    file(name, content)
    await expectRefusal(['check', name], message)
  }, 20_000)

  it('a folder with a symbolic link back to itself is walked once, without following the link', async () => {
    mkdirSync(join(cwd, 'map/sub'), { recursive: true })
    writeFileSync(join(cwd, 'map/sub/a.txt'), 'Hoi @eva, fijn dat je het laat weten! ^AB')
    symlinkSync('..', join(cwd, 'map/sub/terug'))
    const { code, stdout, stderr } = await tov(['check', '-f', 'json', 'map'], { cwd })
    expect(stderr).toBe('')
    expect(code).toBeLessThan(2)
    expect(JSON.parse(stdout)).toHaveLength(1)
  })
})

describe('pathological but small input reads in linear time', () => {
  const read = (name: string) => (content: string) => readLibrary(name, content)
  const csv = (text: string) => `id,text\na,"${text.replaceAll('"', '""')}"\n`
  const zendesk = (html: string) => JSON.stringify({ macros: [{ id: 1, actions: [{ field: 'comment_value_html', value: html }] }] })
  const sameLength = (wrap: (text: string) => string, hostile: string) => wrap(benignText(Math.max(1, hostile.length - wrap('').length)))

  it('a CSV field of 1,000,000 quotes (each doubled): the scanner\'s and the offset map\'s worst case', async () => {
    // The benign field is one slice of the file, a fast path of no cost: allow the linear cost of mapping
    // half a million decoded quotes. A quadratic path on a million would take minutes.
    const hostile = csv('"'.repeat(500_000))
    await expectLinear(read('l.csv'), hostile, { benign: sameLength(csv, hostile), allowanceMs: 500 })
  }, 30_000)

  it.each([
    ['a JSON text of 500,000 escapes', 'l.json', `[{"id":"a","text":"${'\\n'.repeat(500_000)}"}]`, (text: string) => JSON.stringify([{ id: 'a', text }])],
    ['a YAML text of 500,000 escapes', 'l.yaml', `- id: a\n  text: "${'\\t'.repeat(500_000)}"\n`, (text: string) => `- id: a\n  text: "${text}"\n`],
    ['a Zendesk macro of 200,000 entities', 'l.json', zendesk('&amp;'.repeat(200_000)), zendesk],
    // The old trailing-newline trim (/\n+$/) was quadratic in a run of line breaks before the last text.
    ['a Zendesk macro with 60,000 line breaks before its last word', 'l.json', zendesk(`<pre>a${'\n'.repeat(60_000)}b</pre>`), zendesk],
  ])('%s', async (_, name, hostile, wrap) => {
    await expectLinear(read(name), hostile, { benign: sameLength(wrap, hostile) })
  }, 30_000)

  it('a YAML mapping of 40,000 ids (the yaml package compares each key with every earlier one)', async () => {
    const ids = Array.from({ length: 40_000 }, (_, index) => `k${index}: Hoi daar`).join('\n')
    // As many entries as a list: one key per map, nothing to compare.
    const list = Array.from({ length: 40_000 }, (_, index) => `- text: Hoi ${index}`).join('\n')
    await expectLinear(read('l.yaml'), ids, { benign: list, factor: 4 })
  }, 30_000)
})
