// An entry of a JSON or YAML library has the keys id, channel and text (README, "Libraries of canned
// responses"); help-desk exports carry fields of their own, which tov leaves unread. A key that takes the
// place of a known one ("kanaal" for "channel") is a LIBRARY_INVALID error at the key's line and column,
// naming the key meant: left unread, it would check a WhatsApp reply by the rules of another channel.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLibrary } from '../src/library/read-library.js'
import { isTovError } from '../src/tov-error.js'
import { tov } from './run-cli.js'

async function errorOf(file: string, content: string): Promise<{ code: string; message: string }> {
  try {
    await readLibrary(file, content)
  } catch (error) {
    if (!isTovError(error)) throw error
    return { code: error.code, message: error.message }
  }
  throw new Error(`${file} was read without an error`)
}

const valid = 'Geldig: id, channel, text, tov.'

describe('unknown keys in a library entry', () => {
  it.each([
    [
      'a Dutch "kanaal" in a JSON list',
      'antwoorden.json',
      '[\n  {\n    "id": "welkom",\n    "kanaal": "whatsapp",\n    "text": "Hoi! ^AB"\n  }\n]\n',
      `antwoorden.json:4:5: reactie "welkom": onbekende sleutel "kanaal" (bedoel je "channel"?). ${valid}`,
    ],
    [
      'a typo',
      'antwoorden.json',
      '[{ "id": "welkom", "chanel": "email", "text": "Hoi!" }]',
      `antwoorden.json:1:20: reactie "welkom": onbekende sleutel "chanel" (bedoel je "channel"?). ${valid}`,
    ],
    [
      'another case',
      'antwoorden.json',
      '[{ "id": "welkom", "Text": "Hoi!" }]',
      `antwoorden.json:1:20: reactie "welkom": onbekende sleutel "Text" (bedoel je "text"?). ${valid}`,
    ],
    [
      '"tekst" in an object of id -> entry',
      'antwoorden.json',
      '{\n  "welkom": { "tekst": "Hoi!" }\n}\n',
      'antwoorden.json:2:15: reactie "welkom": onbekende sleutel "tekst" (bedoel je "text"?). Geldig: channel, text, tov.',
    ],
    [
      'a Dutch "kanaal" in a YAML list',
      'antwoorden.yaml',
      '- id: welkom\n  kanaal: whatsapp\n  text: Hoi! ^AB\n',
      `antwoorden.yaml:2:3: reactie "welkom": onbekende sleutel "kanaal" (bedoel je "channel"?). ${valid}`,
    ],
    [
      '"tekst" in a YAML mapping of id -> entry',
      'antwoorden.yml',
      'welkom:\n  channel: email\n  tekst: |\n    Hoi!\n',
      'antwoorden.yml:3:3: reactie "welkom": onbekende sleutel "tekst" (bedoel je "text"?). Geldig: channel, text, tov.',
    ],
  ])('%s is an error at the key', async (_, file, content, message) => {
    expect(await errorOf(file, content)).toEqual({ code: 'LIBRARY_INVALID', message })
  })

  it.each([
    ['a field of the export', 'a.json', '[{ "id": "welkom", "text": "Hoi!", "tags": ["groet"], "updated_at": "2024-01-01" }]'],
    ['a near miss of a key that is there too', 'a.json', '[{ "id": "welkom", "naam": "Welkom", "text": "Hoi!" }]'],
    ['a field beside a keyed entry', 'a.yaml', 'welkom:\n  title: Welkom\n  text: Hoi!\n'],
  ])('%s is left unread', async (_, file, content) => {
    const library = await readLibrary(file, content)
    expect(library.entries.map(({ id, text }) => [id, text])).toEqual([['welkom', 'Hoi!']])
  })

  it('the known keys, and an object of id -> text, are read as before', async () => {
    const list = await readLibrary('a.json', '[{ "id": "welkom", "channel": "email", "text": "Hoi!" }]')
    expect(list.entries.map(({ id, channel, text }) => ({ id, channel, text }))).toEqual([{ id: 'welkom', channel: 'email', text: 'Hoi!' }])
    const keyed = await readLibrary('a.yaml', 'welkom:\n  channel: email\n  text: Hoi!\nafscheid: Tot ziens!\n')
    expect(keyed.entries.map(({ id, text }) => [id, text])).toEqual([['welkom', 'Hoi!'], ['afscheid', 'Tot ziens!']])
  })

  it('tov check stops with one line and exit code 2, and prints no partial report', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tov-library-keys-'))
    writeFileSync(join(cwd, 'antwoorden.json'), '[\n  { "id": "welkom", "kanaal": "whatsapp", "text": "Hoi! ^AB" }\n]\n')
    const { code, stdout, stderr } = await tov(['check', 'antwoorden.json'], { cwd })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`tov: antwoorden.json:2:21: reactie "welkom": onbekende sleutel "kanaal" (bedoel je "channel"?). ${valid}\n`)
  })
})
