// Offset maps of library entries: every character of an entry's decoded text maps into the entry's own
// place in the file, in order, and onto itself where the file has it literally. Cases the fuzzer found
// (a decoded white space character that took a whole run of the file's, a line break for a stray end tag
// placed before the text it follows), then a seeded property over YAML scalars and Zendesk HTML.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkLibrary } from '../src/library/check-library.js'
import { createChecker } from '../src/engine/checker.js'
import { readLibrary } from '../src/index.js'
import { expectLinear } from './time-budget.js'

const zendesk = (html: string) => JSON.stringify({ macros: [{ id: 1, actions: [{ field: 'comment_value_html', value: html }] }] })

/** Every text offset's source offset, the end of the text included. */
function mapOf(entry: { text: string; map: { toSource(offset: number): number } }): number[] {
  return Array.from({ length: entry.text.length + 1 }, (_, offset) => entry.map.toSource(offset))
}

// In the Zendesk cases the value's opening quote is at 68: its first character is at 69.
const cases: Array<{ name: string; file: string; content: string; entry: string; text: string; map: number[] }> = [
  {
    name: 'YAML block literal: blank lines, each its own line break',
    file: 'a.yaml',
    content: 'a: |-\n  \n\n\n  o',
    entry: 'a',
    text: '\n\n\no',
    map: [8, 9, 10, 13, 14],
  },
  {
    name: 'YAML block literal with an indentation indicator: stays out of the next entry',
    file: 'a.yaml',
    content: 'a: |2-\n    \n\n     x\nb: hoi',
    entry: 'a',
    text: '  \n\n   x',
    // The spaces are the ones after the indentation; x is at 18, b's line starts at 20.
    map: [9, 10, 11, 12, 15, 16, 17, 18, 19],
  },
  {
    name: 'YAML block literal with CRLF: each line break on its own line',
    file: 'a.yaml',
    content: 'a: |-\r\n  x\r\n\r\n  y\r\nb: hoi',
    entry: 'a',
    text: 'x\n\ny',
    map: [9, 11, 13, 16, 17],
  },
  {
    name: 'YAML plain scalar folded before a U+2028',
    file: 'a.yaml',
    content: 'a: x\n  \u2028y\nb: hoi',
    entry: 'a',
    text: 'x \u2028y',
    map: [3, 4, 7, 8, 9],
  },
  {
    name: 'YAML folded block scalar folded before a U+2029',
    file: 'a.yaml',
    content: 'a: >-\n  x\n  \u2029y\nb: hoi',
    entry: 'a',
    text: 'x \u2029y',
    map: [8, 9, 12, 13, 14],
  },
  {
    name: 'YAML double quotes: an escaped space skipped whole, its backslash never the text\'s own "\\"',
    file: 'a.yaml',
    content: 'a: "x \\ \n\n  \\  \\\\y"\nb: hoi',
    entry: 'a',
    text: 'x  \n  \\y',
    // The decoded "\\" is the escape at 15, not the backslash of the escaped space at 12.
    map: [4, 5, 6, 8, 9, 11, 15, 17, 18],
  },
  {
    name: 'Zendesk HTML: a CR (a line feed to the HTML parser) takes the CR only',
    file: 'm.json',
    content: zendesk('\r 06-12345678 '),
    entry: '1',
    text: '\n 06-12345678 ',
    map: [69, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84],
  },
  {
    name: 'Zendesk HTML: CRLF blank line, each line break on its escape',
    file: 'm.json',
    content: zendesk('<p>a\r\n\r\n b</p>'),
    entry: '1',
    text: 'a\n\n b',
    map: [72, 75, 79, 81, 82, 83],
  },
  {
    name: 'Zendesk HTML: the line break of a stray </br> between the text around it',
    file: 'm.json',
    content: zendesk('<br/>@a hoi </br>^AB'),
    entry: '1',
    text: '@a hoi \n^AB',
    map: [74, 75, 76, 77, 78, 79, 80, 81, 86, 87, 88, 89],
  },
  {
    name: 'Zendesk HTML: text in a table outside its cells is read where it is written',
    file: 'm.json',
    content: zendesk('a<table>b<tr><td>c</td>d</tr>e</table>f'),
    entry: '1',
    text: 'a\nb\ncde\nf',
    map: [69, 70, 77, 78, 86, 92, 98, 99, 107, 108],
  },
  {
    name: 'Zendesk HTML: a tag in a textarea is text, its "&lt;" decoded',
    file: 'm.json',
    content: zendesk('<textarea><p &lt;</a>'),
    entry: '1',
    text: '<p <</a>',
    map: [79, 80, 81, 82, 86, 87, 88, 89, 90],
  },
  {
    name: 'Zendesk HTML: an unknown entity is text as it is',
    file: 'm.json',
    content: zendesk('&bogus; hoi'),
    entry: '1',
    text: '&bogus; hoi',
    map: [69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80],
  },
]

describe('library offset maps', () => {
  it.each(cases)('$name', async ({ file, content, entry, text, map }) => {
    const library = await readLibrary(file, content)
    const found = library.entries.find((candidate) => candidate.id === entry)!
    expect(found.text).toBe(text)
    expect(mapOf(found)).toEqual(map)
  })

  it('a finding after blank lines in a block scalar is on its own line, not the next entry\'s', async () => {
    const checker = await createChecker({ extends: [], rules: { spelling: 'error' } })
    const yaml = await checkLibrary(checker, await readLibrary('a.yaml', 'a: |2-\n    \n\n     onstaan\nb: hoi\n'))
    expect(yaml.flatMap((result) => result.findings.map((finding) => `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.actual}`))).toEqual([
      '4:6-4:13 onstaan',
    ])
    const html = await checkLibrary(checker, await readLibrary('m.json', zendesk('\r onstaan')))
    expect(html.flatMap((result) => result.findings.map((finding) => `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.actual}`))).toEqual([
      '1:73-1:80 onstaan',
    ])
  })

  const read = (name: string) => (content: string) => readLibrary(name, content)
  it.each([
    ['a YAML block of 200,000 blank and white space lines', 'l.yaml', `a: |-\n  x${'\n      \n\n'.repeat(100_000)}  y\n`, (text: string) => `a: |-\n  ${text}\n`],
    ['a Zendesk macro of 300,000 CRs and spaces', 'l.json', zendesk(`x${'\r '.repeat(300_000)}y`), zendesk],
  ])('%s maps in linear time', async (_, name, hostile, wrap) => {
    const benign = wrap('Hoi Eva, je pakket komt morgen. '.repeat(Math.ceil(hostile.length / 32)).slice(0, hostile.length - wrap('').length))
    await expectLinear(read(name), hostile, { benign })
  }, 30_000)
})

// ------------------------------------------------------------------------------------ property -----

/** Letters and digits are never decoded from anything in these inputs: they must map onto themselves. */
const isPlain = (char: string) => /^[A-Za-z0-9]$/.test(char)
const isSpace = (char: string | undefined) => char !== undefined && /^\s$/.test(char)

interface Placed {
  file: string
  content: string
  /** Per entry id: the part of the file its text may map into, [start, end] (end for the text's end only). */
  spans: Map<string, { start: number; end: number; style: string }>
}

/** Checks the invariant for every entry; the message names the entry, offset and characters. */
async function assertMaps(input: Placed, allowed: (char: string, source: number, style: string) => boolean): Promise<void> {
  const library = await readLibrary(input.file, input.content)
  expect(library.entries.map((entry) => entry.id)).toEqual([...input.spans.keys()])
  for (const entry of library.entries) {
    const { start, end, style } = input.spans.get(entry.id)!
    let before = start
    for (let offset = 0; offset <= entry.text.length; offset++) {
      const source = entry.map.toSource(offset)
      const where = () => `${JSON.stringify(input.content)}: entry ${entry.id} (${style}) ${JSON.stringify(entry.text)}: text[${offset}] maps to ${source}`
      // A character maps before the span's end (a last line break the file lacks: at the file's end).
      const last = offset < entry.text.length && source !== input.content.length ? end - 1 : end
      if (source < before || source > last) expect.fail(`${where()}, outside [${before}, ${last}]`)
      before = source
      if (offset < entry.text.length && !allowed(entry.text[offset]!, source, style)) {
        expect.fail(`${where()} = ${JSON.stringify(input.content[source])}, not what ${JSON.stringify(entry.text[offset])} was decoded from`)
      }
    }
  }
}

const words = ['hoi', 'Dag', 'pakket', '06-12345678', '^AB', 'één', 'x\u2028y', 'a\u2029b', '😀', 'Eva']
const word = fc.constantFrom(...words)

// YAML: block scalars (literal and folded, every chomping, with and without an indentation indicator),
// quoted and plain scalars over several lines, blank and white space lines, CRLF, U+2028 and U+2029.

const inlineGap = fc.constantFrom(' ', ' ', '  ', '\t', ' \u2028 ', '\u2029 ')
const lineWords = fc.tuple(word, fc.array(fc.tuple(inlineGap, word), { maxLength: 3 })).map(([first, rest]) => first + rest.map(([gap, next]) => gap + next).join(''))

type BlockLine = { blank: number } | { words: string; extra: number; trailing: string }
const blockLine: fc.Arbitrary<BlockLine> = fc.oneof(
  fc.record({ blank: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ words: lineWords, extra: fc.integer({ min: 0, max: 2 }), trailing: fc.constantFrom('', '', ' ', '  ', '\t') }),
)

const blockScalar = fc
  .record({
    kind: fc.constantFrom('|', '>'),
    chomp: fc.constantFrom('', '-', '+'),
    indicator: fc.boolean(),
    comment: fc.boolean(),
    lines: fc.array(blockLine, { minLength: 1, maxLength: 6 }),
    first: lineWords,
  })
  .map(({ kind, chomp, indicator, comment, lines, first }) => (eol: string) => {
    // Without an indicator the first text line sets the indentation: lines before it may not be deeper.
    const all: BlockLine[] = [...lines.slice(0, 2), { words: first, extra: 0, trailing: '' }, ...lines.slice(2)]
    let seenText = false
    const rendered = all.map((line) => {
      if ('blank' in line) return ' '.repeat(!indicator && !seenText ? Math.min(line.blank, 2) : line.blank)
      const extra = !indicator && !seenText ? 0 : line.extra
      seenText = true
      return `  ${' '.repeat(extra)}${line.words}${line.trailing}`
    })
    return { style: kind === '|' ? 'literal' : 'folded', text: `${kind}${indicator ? '2' : ''}${chomp}${comment ? '  # groet' : ''}${eol}${rendered.join(eol)}` }
  })

const escapes = ['\\n', '\\t', '\\"', '\\\\', '\\u00e9', '\\ ', '\\x20']
const flowToken = fc.oneof({ arbitrary: word, weight: 4 }, { arbitrary: inlineGap, weight: 3 }, { arbitrary: fc.constantFrom(...escapes, "''"), weight: 2 })

const flowScalar = fc
  .record({
    quote: fc.constantFrom('"', "'", ''),
    first: fc.array(flowToken, { maxLength: 4 }),
    lines: fc.array(fc.record({ blank: fc.constantFrom('', '', '\n', '\n  \n'), indent: fc.integer({ min: 2, max: 5 }), tokens: fc.array(flowToken, { maxLength: 5 }) }), { maxLength: 3 }),
  })
  .map(({ quote, first, lines }) => (eol: string) => {
    // Escapes only in double quotes, a doubled quote only in single ones.
    const fits = (token: string) => (token.startsWith('\\') ? quote === '"' : token === "''" ? quote === "'" : true)
    const tokens = (list: string[]) => list.filter(fits).join('')
    // Every line starts with a word (a plain scalar's first with one that is not a number).
    const text = `Hoi${tokens(first)}${lines.map(({ blank, indent, tokens: list }) => `${blank.replaceAll('\n', eol)}${eol}${' '.repeat(indent)}hoi${tokens(list)}`).join('')}`
    const style = quote === '"' ? 'double' : quote === "'" ? 'single' : 'plain'
    return { style, text: quote === '' ? text.trimEnd() : `${quote}${text}${quote}` }
  })

const yamlLibrary: fc.Arbitrary<Placed> = fc
  .record({ scalars: fc.array(fc.oneof(blockScalar, flowScalar), { minLength: 1, maxLength: 3 }), eol: fc.constantFrom('\n', '\r\n'), final: fc.boolean() })
  .map(({ scalars, eol, final }) => {
    let content = ''
    const spans = new Map<string, { start: number; end: number; style: string }>()
    scalars.forEach((render, index) => {
      const { style, text } = render(eol)
      if (index > 0) content += eol
      content += `k${index}: `
      spans.set(`k${index}`, { start: content.length, end: 0, style })
      content += text
    })
    if (final) content += eol
    // An entry may map up to where the next key's line starts (its last line break), or the end.
    const keys = [...spans.keys()]
    keys.forEach((key, index) => {
      const next = index + 1 < keys.length ? content.indexOf(`${eol}k${index + 1}: `, spans.get(key)!.start) + eol.length : content.length
      spans.get(key)!.end = next
    })
    return { file: 'p.yaml', content, spans }
  })

function yamlAllowed(content: string) {
  return (char: string, source: number, style: string) => {
    const there = content[source]
    // A block scalar's last line break (clip, keep) is one the file need not have.
    if (there === undefined) return char === '\n' && source === content.length
    if (style === 'literal') return there === char || (char === '\n' && there === '\r')
    if (isPlain(char)) return there === char
    if (there === char) return true
    if (style === 'double' && there === '\\') return true
    if (style === 'single' && char === "'" && there === "'") return true
    return isSpace(char) && isSpace(there)
  }
}

// Zendesk HTML: words, white space (CR, CRLF, tabs), block and inline tags, stray and nested end tags,
// a table's text outside its cells, entities known and unknown, the JSON string escaped at random.

const htmlPart = fc.oneof(
  { arbitrary: word, weight: 4 },
  { arbitrary: fc.constantFrom(' ', '  ', '\n', '\r\n', '\r', '\t', ' \r ', '\r\n\r\n'), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      '<p>', '</p>', '<br>', '<br/>', '</br>', '</p></p>', '<div>', '</div>', '<ul><li>', '</li></ul>', '<b>', '</b>', '<i>', '<b><p>',
      '<table><tr><td>', '</td></tr></table>', '<table>', '</table>', '<!-- c -->', '<span class="x">', '</span>', '<h1>', '</h1>',
    ),
    weight: 3,
  },
  { arbitrary: fc.constantFrom('&amp;', '&nbsp;', '&#233;', '&#x1F600;', '&lt;', '&gt;', '&bogus;', '&amp;amp;'), weight: 2 },
)

/** A JSON string literal with characters escaped where `escape` says so (and where JSON must). */
function jsonString(text: string, escape: readonly boolean[]): string {
  let out = '"'
  let index = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (char === '"' || char === '\\' || code < 0x20 || escape[index++ % escape.length]) {
      const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' }
      out += short[char] ?? [...Array(char.length).keys()].map((unit) => `\\u${char.charCodeAt(unit).toString(16).padStart(4, '0')}`).join('')
    } else {
      out += char
    }
  }
  return `${out}"`
}

const zendeskLibrary: fc.Arbitrary<Placed> = fc
  .array(
    fc.record({
      parts: fc.array(htmlPart, { minLength: 1, maxLength: 16 }),
      escape: fc.oneof(fc.constant([false]), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 })),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .filter((macros) => macros.every(({ parts }) => parts.some((part) => words.includes(part))))
  .map((macros) => {
    let content = '{"macros": ['
    const spans = new Map<string, { start: number; end: number; style: string }>()
    macros.forEach(({ parts, escape }, index) => {
      if (index > 0) content += ', '
      content += `{"id": ${index + 1}, "actions": [{"field": "comment_value_html", "value": `
      const literal = jsonString(parts.join(''), escape)
      spans.set(String(index + 1), { start: content.length + 1, end: content.length + literal.length - 1, style: 'html' })
      content += `${literal}}]}`
    })
    return { file: 'p.json', content: `${content}]}`, spans }
  })

/** What the file's characters at `source` decode to as JSON: an escape's character(s), or themselves. */
function jsonCharsAt(content: string, source: number): string {
  if (content[source] !== '\\') return content.slice(source, source + (/[\ud800-\udbff]/.test(content[source] ?? '') ? 2 : 1))
  const kind = content[source + 1]!
  if (kind !== 'u') return ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[kind] ?? kind
  const unit = (at: number) => String.fromCharCode(parseInt(content.slice(at + 2, at + 6), 16))
  return content.startsWith('\\u', source + 6) ? unit(source) + unit(source + 6) : unit(source)
}

function zendeskAllowed(content: string) {
  return (char: string, source: number) => {
    const there = jsonCharsAt(content, source)
    if (isPlain(char)) return there[0] === char
    // A block element's line break stands between the text around it, on whatever is there.
    if (char === '\n') return true
    if (isSpace(char)) return isSpace(there[0]) || there[0] === '&'
    return there.includes(char) || there[0] === '&'
  }
}

describe('property: library offset maps', () => {
  it('YAML scalars map in order, inside their entry, each character onto itself or what it was decoded from', async () => {
    await fc.assert(
      fc.asyncProperty(yamlLibrary, (input) => assertMaps(input, yamlAllowed(input.content))),
      { seed: 7, numRuns: 500 },
    )
  }, 60_000)

  it('Zendesk HTML maps in order, inside its value, each character onto itself or what it was decoded from', async () => {
    await fc.assert(
      fc.asyncProperty(zendeskLibrary, (input) => assertMaps(input, zendeskAllowed(input.content))),
      { seed: 7, numRuns: 500 },
    )
  }, 60_000)
})
