// formatResults takes a format name: TypeScript refuses any other string, and a JavaScript caller that
// passes one (or no string at all) gets the one-line UNKNOWN_FORMAT TovError the CLI gives for --format.
import { describe, expect, it } from 'vitest'
import { formatNames, formatResults, isFormatName } from '../src/formats/format-results.js'
import { TovError } from '../src/tov-error.js'
import type { CheckResult } from '../src/types.js'

const result: CheckResult = {
  file: 'reactie.txt',
  channel: 'x',
  findings: [],
  checklist: [{ id: 'toon', question: 'Is je toon respectvol?', status: 'pass' }],
  summary: { errors: 0, warnings: 0 },
}
const choices = 'Kies uit: stylish, json, checklist, sarif, github.'

describe('formatResults', () => {
  it('refuses an unknown name, in the type and at run time', () => {
    // @ts-expect-error: "xml" is not a FormatName
    const bad = () => formatResults([result], 'xml')
    expect(bad).toThrow(TovError)
    expect(bad).toThrow(expect.objectContaining({ code: 'UNKNOWN_FORMAT', message: `Onbekend formaat "xml". ${choices}` }))
  })

  it('refuses what is no string at all with the same TovError, not a TypeError', () => {
    const cases: Array<[unknown, string]> = [
      [Symbol('json'), 'symbol'],
      [undefined, 'undefined'],
      [{ toString: () => { throw new Error('no') } }, '{}'],
      [['json'], '["json"]'],
    ]
    for (const [format, shown] of cases) {
      expect(() => formatResults([result], format as never)).toThrow(
        expect.objectContaining({ name: 'TovError', code: 'UNKNOWN_FORMAT', message: `Onbekend formaat "${shown}". ${choices}` }),
      )
    }
  })

  it('names the formats the message lists, and nothing else', () => {
    expect(formatNames.filter(isFormatName)).toEqual([...formatNames])
    for (const name of ['JSON', 'xml', '', 'toString', 'constructor', ' json', undefined, 1, null]) expect(isFormatName(name)).toBe(false)
    expect(JSON.parse(formatResults([result], 'json'))).toEqual([result])
  })
})
