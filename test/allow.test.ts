// `tov allow <woord...>`: words added to the vocabulary of the config tov check reads, the file otherwise
// byte for byte as it was (comments, key order, indentation, quoting), refusals that write nothing, and the
// spelling message that points to it.
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allowWords, check, findConfigFile, loadConfig } from '../src/index.js'
import { tov } from './run-cli.js'

/** A project folder of its own: its package.json ends the upward search for a config here. */
function project(files: Record<string, string> = {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'tov-allow-'))
  writeFileSync(join(cwd, 'package.json'), '{ "name": "winkel" }\n')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(cwd, name, '..'), { recursive: true })
    writeFileSync(join(cwd, name), content)
  }
  return cwd
}

const read = (cwd: string, name: string) => readFileSync(join(cwd, name), 'utf8')

describe('allowWords, YAML', () => {
  it('appends to a block list, keeping comments, order, indentation and folded text', async () => {
    const before = [
      '# tov-config van Winkel',
      '# (met de hand bijgehouden)',
      '',
      '# Het kanaal',
      'channel: x   # meestal X',
      '',
      'values:',
      '    - deskundig   # vier spaties',
      '    - vriendelijk',
      '',
      '# Merkwoorden',
      'vocabulary:',
      '    # producten',
      '    - Voorbeeld # het merk',
      '    - SuperSnel',
      '# Eigen checklist',
      'checklist:',
      '    - id: merktaal',
      '      question: >-',
      '          Gebruik je de woorden',
      '          van ons merk?',
      '',
    ].join('\n')
    const cwd = project({ '.tovrc': before })
    const result = await allowWords(['Klarvio', 'voorbeeld', 'SuperSnel', 'Zonwijzer', 'Klarvio'], { cwd })
    expect(result).toEqual({
      file: join(cwd, '.tovrc'),
      added: ['Klarvio', 'Zonwijzer'],
      present: [
        { word: 'voorbeeld', listed: 'Voorbeeld' },
        { word: 'SuperSnel', listed: 'SuperSnel' },
      ],
      created: false,
    })
    expect(read(cwd, '.tovrc')).toBe(before.replace('    - SuperSnel\n', '    - SuperSnel\n    - Klarvio\n    - Zonwijzer\n'))
    expect((await loadConfig(cwd)).vocabulary).toEqual(['Voorbeeld', 'SuperSnel', 'Klarvio', 'Zonwijzer'])
  })

  it('appends to a flow list in its own style, quoting what YAML would read otherwise', async () => {
    const before = "# merk\nchannel: instagram\nvocabulary: [Voorbeeld, 'Mijn Voorbeeld'] # merknamen\nagents:\n  AB: Anna de Boer   # team\n"
    const cwd = project({ '.tovrc.yaml': before })
    const result = await allowWords(['Klarvio', 'true', 'a,b', 'mijn'], { cwd })
    expect(result.added).toEqual(['Klarvio', 'true', 'a,b'])
    // "Mijn Voorbeeld" lists "Mijn" too: the spelling rule splits an entry at its spaces.
    expect(result.present).toEqual([{ word: 'mijn', listed: 'Mijn' }])
    expect(read(cwd, '.tovrc.yaml')).toBe(
      "# merk\nchannel: instagram\nvocabulary: [Voorbeeld, 'Mijn Voorbeeld', Klarvio, \"true\", \"a,b\"] # merknamen\nagents:\n  AB: Anna de Boer   # team\n",
    )
    expect((await loadConfig(cwd)).vocabulary).toEqual(['Voorbeeld', 'Mijn Voorbeeld', 'Klarvio', 'true', 'a,b'])
  })

  it('fills an empty flow list', async () => {
    const cwd = project({ '.tovrc.yml': 'vocabulary: []  # nog leeg\nchannel: x\n' })
    await allowWords(['Klarvio', 'Zonwijzer'], { cwd })
    expect(read(cwd, '.tovrc.yml')).toBe('vocabulary: [Klarvio, Zonwijzer]  # nog leeg\nchannel: x\n')
  })

  it('adds the key at the end, after a closing comment and a blank line', async () => {
    const before = '# config\nchannel: x # kanaal\nrules:\n  no-emoji: off\n# rules:\n#   max-length: warn\n'
    const cwd = project({ '.tovrc': before })
    await allowWords(['Klarvio'], { cwd })
    expect(read(cwd, '.tovrc')).toBe(`${before}\nvocabulary:\n  - Klarvio\n`)
  })

  it('adds the key to a file without a final line break, and keeps CRLF line ends', async () => {
    const cwd = project({ '.tovrc': 'channel: x', 'sub/.tovrc': 'channel: x\r\nvocabulary:\r\n  - Voorbeeld\r\n' })
    await allowWords(['Klarvio'], { cwd })
    expect(read(cwd, '.tovrc')).toBe('channel: x\nvocabulary:\n  - Klarvio\n')
    await allowWords(['Klarvio'], { cwd, configFile: 'sub/.tovrc' })
    expect(read(cwd, 'sub/.tovrc')).toBe('channel: x\r\nvocabulary:\r\n  - Voorbeeld\r\n  - Klarvio\r\n')
  })

  it('keeps a byte order mark', async () => {
    const cwd = project({ '.tovrc': '\uFEFFvocabulary:\n  - Voorbeeld\n' })
    await allowWords(['Klarvio'], { cwd })
    expect(read(cwd, '.tovrc')).toBe('\uFEFFvocabulary:\n  - Voorbeeld\n  - Klarvio\n')
  })
})

describe('allowWords, JSON', () => {
  it('appends to a list of one item per line in .tovrc.json, with its indentation', async () => {
    const before = '{\n    "channel": "x",\n    "vocabulary": [\n        "Voorbeeld"\n    ],\n    "rules": { "no-emoji": "off" }\n}\n'
    const cwd = project({ '.tovrc.json': before })
    const result = await allowWords(['Klarvio', 'VOORBEELD', 'Zonwijzer'], { cwd })
    expect(result).toMatchObject({ file: join(cwd, '.tovrc.json'), added: ['Klarvio', 'Zonwijzer'], present: [{ word: 'VOORBEELD', listed: 'Voorbeeld' }] })
    expect(read(cwd, '.tovrc.json')).toBe(
      '{\n    "channel": "x",\n    "vocabulary": [\n        "Voorbeeld",\n        "Klarvio",\n        "Zonwijzer"\n    ],\n    "rules": { "no-emoji": "off" }\n}\n',
    )
  })

  it('appends to a list on one line, and adds a missing key in tabs', async () => {
    const cwd = project({ '.tovrc.json': '{ "channel": "x", "vocabulary": ["Voorbeeld"] }\n', 'tabs/.tovrc.json': '{\n\t"channel": "x"\n}' })
    await allowWords(['Klarvio'], { cwd })
    expect(read(cwd, '.tovrc.json')).toBe('{ "channel": "x", "vocabulary": ["Voorbeeld", "Klarvio"] }\n')
    await allowWords(['Klarvio', 'Zonwijzer'], { cwd, configFile: 'tabs/.tovrc.json' })
    expect(read(cwd, 'tabs/.tovrc.json')).toBe('{\n\t"channel": "x",\n\t"vocabulary": [\n\t\t"Klarvio",\n\t\t"Zonwijzer"\n\t]\n}')
  })

  it('keeps a .tovrc written in JSON in JSON', async () => {
    const cwd = project({ '.tovrc': '{\n  "channel": "x"\n}\n' })
    await allowWords(['Klarvio'], { cwd })
    expect(read(cwd, '.tovrc')).toBe('{\n  "channel": "x",\n  "vocabulary": [\n    "Klarvio"\n  ]\n}\n')
  })

  it('edits only the "tov" object of package.json', async () => {
    const inline = '{\n  "name": "winkel",\n  "version": "1.0.0",\n  "tov": { "channel": "x", "vocabulary": ["Voorbeeld"] },\n  "scripts": { "tone": "tov check" }\n}\n'
    const cwd = project()
    writeFileSync(join(cwd, 'package.json'), inline)
    const result = await allowWords(['Klarvio'], { cwd })
    expect(result.file).toBe(join(cwd, 'package.json'))
    expect(read(cwd, 'package.json')).toBe(inline.replace('["Voorbeeld"]', '["Voorbeeld", "Klarvio"]'))

    const block = '{\n  "name": "winkel",\n  "tov": {\n    "channel": "x"\n  },\n  "private": true\n}\n'
    writeFileSync(join(cwd, 'package.json'), block)
    await allowWords(['Klarvio'], { cwd })
    expect(read(cwd, 'package.json')).toBe('{\n  "name": "winkel",\n  "tov": {\n    "channel": "x",\n    "vocabulary": [\n      "Klarvio"\n    ]\n  },\n  "private": true\n}\n')
    expect((await loadConfig(cwd)).vocabulary).toEqual(['Klarvio'])
  })

  it('adds a "tov" object to a package.json named with --config', async () => {
    const cwd = project()
    await allowWords(['Klarvio'], { cwd, configFile: 'package.json' })
    expect(read(cwd, 'package.json')).toBe('{ "name": "winkel", "tov": { "vocabulary": ["Klarvio"] } }\n')
  })
})

describe('allowWords, without a config', () => {
  it('makes a .tovrc in cwd', async () => {
    const cwd = project()
    const result = await allowWords(['Klarvio', 'klarvio', 'null'], { cwd })
    expect(result).toEqual({ file: join(cwd, '.tovrc'), added: ['Klarvio', 'null'], present: [{ word: 'klarvio', listed: 'Klarvio' }], created: true })
    expect(read(cwd, '.tovrc')).toBe(
      '# tov-config, gemaakt door "tov allow". Uitleg per sleutel: README, "Config".\n# Woorden die de spellingcontrole moet kennen: merk-, product- en teamwoorden.\nvocabulary:\n  - Klarvio\n  - "null"\n',
    )
    expect((await loadConfig(cwd)).vocabulary).toEqual(['Klarvio', 'null'])
  })

  it('fills a .tovrc of comments only instead of replacing it', async () => {
    const cwd = project({ '.tovrc': '# nog niets ingesteld\n' })
    const result = await allowWords(['Klarvio'], { cwd })
    expect(result.created).toBe(false)
    expect(read(cwd, '.tovrc')).toBe('# nog niets ingesteld\n\nvocabulary:\n  - Klarvio\n')
  })

  it('writes through a symbolic link to the config, which stays a link', async () => {
    const cwd = project({ 'shared/tov.yaml': 'vocabulary:\n  - Voorbeeld\n' })
    symlinkSync(join(cwd, 'shared/tov.yaml'), join(cwd, '.tovrc'))
    await allowWords(['Klarvio'], { cwd })
    expect(lstatSync(join(cwd, '.tovrc')).isSymbolicLink()).toBe(true)
    expect(read(cwd, 'shared/tov.yaml')).toBe('vocabulary:\n  - Voorbeeld\n  - Klarvio\n')
  })
})

describe('allowWords refuses, and writes nothing', () => {
  const refusals: Array<[string, Record<string, string>, string[], string | undefined, string, string]> = [
    ['an empty word', { '.tovrc': 'channel: x\n' }, ['Klarvio', ''], undefined, 'USAGE', 'Een leeg woord kan niet in vocabulary; geef elk woord als eigen argument, zoals: tov allow Voorbeeld'],
    ['a phrase', { '.tovrc': 'channel: x\n' }, ['Mijn Voorbeeld'], undefined, 'USAGE', '"Mijn Voorbeeld" is meer dan één woord; geef elk woord als eigen argument, zoals: tov allow Mijn Voorbeeld'],
    ['a control character', { '.tovrc': 'channel: x\n' }, ['Klar\u0007vio'], undefined, 'USAGE', '"Klar\\x07vio" bevat een stuurteken of onzichtbaar teken; typ het woord opnieuw, alleen de letters.'],
    ['a code config', { 'tov.config.mjs': 'export default { vocabulary: [] }\n' }, ['Klarvio'], 'tov.config.mjs', 'USAGE', 'tov.config.mjs is een config in code; tov allow verandert die niet. Voeg de woorden zelf toe aan vocabulary.'],
    ['broken YAML', { '.tovrc': 'channel: [x\nvocabulary:\n  - Voorbeeld\n' }, ['Klarvio'], undefined, 'CONFIG_INVALID', 'Config .tovrc kan niet worden gelezen: ongeldige YAML'],
    ['broken JSON', { '.tovrc.json': '{ "vocabulary": ["Voorbeeld"], }\n' }, ['Klarvio'], undefined, 'CONFIG_INVALID', 'Config .tovrc.json kan niet worden gelezen: ongeldige JSON op regel 1, kolom 32. Herstel het eerst; tov allow schrijft niet in een kapot bestand.'],
    ['a word as vocabulary', { '.tovrc': 'vocabulary: Voorbeeld\n' }, ['Klarvio'], undefined, 'CONFIG_INVALID', '"vocabulary" in .tovrc is geen lijst van woorden; maak er een van, zoals "vocabulary": ["Voorbeeld"], en probeer het opnieuw.'],
    ['an object as vocabulary', { '.tovrc.json': '{ "vocabulary": { "Voorbeeld": true } }\n' }, ['Klarvio'], undefined, 'CONFIG_INVALID', '"vocabulary" in .tovrc.json is geen lijst van woorden'],
    ['an anchor as vocabulary', { '.tovrc': 'agents: &merk\n  - Voorbeeld\nvocabulary: *merk\n' }, ['Klarvio'], undefined, 'CONFIG_INVALID', '"vocabulary" in .tovrc verwijst naar een anker (*); voeg de woorden zelf toe aan die lijst.'],
    // Parsed again before writing: an edit that would change anything but the vocabulary is not written.
    ['a list whose last item is a block of text', { '.tovrc': 'vocabulary:\n  - Voorbeeld\n  - |\n    Mijn\nchannel: x\n' }, ['Klarvio'], undefined, 'CONFIG_INVALID', 'tov allow kan .tovrc niet veilig aanvullen; voeg de woorden zelf toe aan vocabulary.'],
    ['a key given twice in JSON', { '.tovrc.json': '{ "vocabulary": ["Voorbeeld"], "vocabulary": ["Zonwijzer"] }\n' }, ['Klarvio'], undefined, 'CONFIG_INVALID', 'tov allow kan .tovrc.json niet veilig aanvullen; voeg de woorden zelf toe aan vocabulary.'],
    ['a list as config', { '.tovrc': '- Voorbeeld\n' }, ['Klarvio'], undefined, 'CONFIG_INVALID', '.tovrc is geen config met sleutels'],
  ]

  it.each(refusals)('%s', async (_name, files, words, configFile, code, message) => {
    const cwd = project(files)
    const names = ['package.json', '.tovrc', ...Object.keys(files)]
    const bytesOf = () => names.map((name) => (existsSync(join(cwd, name)) ? readFileSync(join(cwd, name)) : undefined))
    const before = bytesOf()
    const error = await allowWords(words, { cwd, ...(configFile ? { configFile } : {}) }).then(() => undefined, (thrown: unknown) => thrown)
    expect(error).toMatchObject({ name: 'TovError', code })
    expect((error as Error).message.startsWith(message)).toBe(true)
    expect(bytesOf()).toEqual(before)
  })

  it('a read-only config', async () => {
    const cwd = project({ '.tovrc': 'vocabulary: [Voorbeeld]\n' })
    chmodSync(join(cwd, '.tovrc'), 0o444)
    await expect(allowWords(['Klarvio'], { cwd })).rejects.toMatchObject({ code: 'WRITE_FAILED', message: expect.stringContaining('.tovrc is alleen-lezen') })
    expect(read(cwd, '.tovrc')).toBe('vocabulary: [Voorbeeld]\n')
  })

  it('a named config that does not exist, without making one', async () => {
    const cwd = project()
    await expect(allowWords(['Klarvio'], { cwd, configFile: 'tov.yaml' })).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', message: expect.stringContaining('Config niet gevonden: tov.yaml') })
    expect(existsSync(join(cwd, 'tov.yaml'))).toBe(false)
    expect(existsSync(join(cwd, '.tovrc'))).toBe(false)
  })
})

describe('findConfigFile', () => {
  it('finds the file loadConfig reads', async () => {
    const cwd = project({ '.tovrc': '', '.tovrc.yaml': 'channel: x\n', 'sub/deeper/reply.txt': 'Hoi' })
    // An empty .tovrc and a package.json without "tov" hold no config: the search goes on.
    expect(await findConfigFile(cwd)).toBe(join(cwd, '.tovrc.yaml'))
    expect(await findConfigFile(join(cwd, 'sub/deeper'))).toBe(join(cwd, '.tovrc.yaml'))
    expect((await loadConfig(join(cwd, 'sub/deeper'))).file).toBe('../../.tovrc.yaml')
    expect(await findConfigFile(cwd, 'sub/deeper/reply.txt')).toBe(join(cwd, 'sub/deeper/reply.txt'))
    expect(await findConfigFile(cwd, 'missing.yaml')).toBeUndefined()
  })

  it('returns a broken config, which loadConfig refuses, and nothing when there is none', async () => {
    const broken = project({ '.tovrc.json': '{' })
    expect(await findConfigFile(broken)).toBe(join(broken, '.tovrc.json'))
    await expect(loadConfig(broken)).rejects.toMatchObject({ code: 'CONFIG_UNREADABLE' })
    expect(await findConfigFile(project())).toBeUndefined()
  })
})

describe('the spelling message', () => {
  it('says how to allow an unknown word, with and without suggestions', async () => {
    const withSuggestions = await check('@eva Hoe is dit onstaan? ^AB')
    expect(withSuggestions.findings.filter((finding) => finding.ruleId === 'spelling').map((finding) => finding.message)).toEqual([
      'Onbekend woord "onstaan". Bedoel je "ontstaan" of "instaan" of "omstaan"? Is het een merk- of productnaam? Voeg het toe met: tov allow onstaan',
    ])
    const without = await check('@eva Zet tweestapsverficatie aan in de app. ^AB')
    expect(without.findings.filter((finding) => finding.ruleId === 'spelling').map((finding) => finding.message)).toEqual([
      'Onbekend woord "tweestapsverficatie". Controleer de spelling. Is het een merk- of productnaam? Voeg het toe met: tov allow tweestapsverficatie',
    ])
  })
})

describe('tov allow', () => {
  const reply = '@eva Klarvio is vandaag weer bereikbaar. ^AB\n'
  const spellingActuals = async (cwd: string) => {
    const { stdout } = await tov(['check', '-f', 'json', 'reply.txt'], { cwd })
    return (JSON.parse(stdout) as Array<{ findings: Array<{ ruleId: string; actual: string; message: string }> }>)[0]!.findings.filter((finding) => finding.ruleId === 'spelling')
  }

  it('makes a .tovrc with the word, after which tov check no longer reports it', async () => {
    const cwd = project({ 'reply.txt': reply })
    const findings = await spellingActuals(cwd)
    expect(findings.map((finding) => finding.actual)).toEqual(['Klarvio'])
    expect(findings[0]!.message).toMatch(/Voeg het toe met: tov allow Klarvio$/)

    const { code, stdout, stderr } = await tov(['allow', 'Klarvio'], { cwd })
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: 'Toegevoegd aan .tovrc (aangemaakt): Klarvio.\n', stderr: '' })
    expect(await spellingActuals(cwd)).toEqual([])
  })

  it('says which words were there already, in which case', async () => {
    const cwd = project({ '.tovrc': 'vocabulary:\n  - Klarvio\n' })
    expect(await tov(['allow', 'Zonwijzer', 'klarvio'], { cwd })).toEqual({ code: 0, stdout: 'Toegevoegd aan .tovrc: Zonwijzer. Stond er al: klarvio (als Klarvio).\n', stderr: '' })
    expect(await tov(['allow', 'Zonwijzer'], { cwd })).toEqual({ code: 0, stdout: 'Niets toegevoegd aan .tovrc; stond er al: Zonwijzer.\n', stderr: '' })
    expect(read(cwd, '.tovrc')).toBe('vocabulary:\n  - Klarvio\n  - Zonwijzer\n')
  })

  it('writes to the config of the project from a subfolder, or to the one named with --config', async () => {
    const cwd = project({ '.tovrc': 'channel: x\n', 'antwoorden/reply.txt': reply, 'config/tov.yaml': 'channel: x\n' })
    const sub = join(cwd, 'antwoorden')
    expect((await tov(['allow', 'Klarvio'], { cwd: sub })).stdout).toBe('Toegevoegd aan ../.tovrc: Klarvio.\n')
    expect(await spellingActuals(sub)).toEqual([])
    expect((await tov(['allow', '--config', 'config/tov.yaml', 'Zonwijzer'], { cwd })).stdout).toBe('Toegevoegd aan config/tov.yaml: Zonwijzer.\n')
    expect(read(cwd, 'config/tov.yaml')).toBe('channel: x\nvocabulary:\n  - Zonwijzer\n')
  })

  it('refuses with one line and exit code 2', async () => {
    const cwd = project()
    expect(await tov(['allow', 'Mijn Voorbeeld'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tov: "Mijn Voorbeeld" is meer dan één woord; geef elk woord als eigen argument, zoals: tov allow Mijn Voorbeeld\n',
    })
    const missing = await tov(['allow'], { cwd })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('tov: er ontbreekt een waarde voor "woord". Zie "tov allow --help".\n')
    expect(existsSync(join(cwd, '.tovrc'))).toBe(false)
  })
})
