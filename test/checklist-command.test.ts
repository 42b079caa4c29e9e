// `tov checklist` (Markdown and HTML) and `tov rules`: both show the same mapping of values to rules, and a
// config with values and nothing else turns on exactly the rules the README documents.
import { readFileSync } from 'node:fs'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, tov as runTov } from './run-cli.js'
import { resolveConfig } from '../src/config/resolve-config.js'
import { rulesOfValue, valuePreset, valuePresets } from '../src/config/value-presets.js'

const tov = (args: string[], cwd: string) => runTov(args, { cwd })
const threeValues = ['deskundig', 'vriendelijk', 'onbevooroordeeld']

function brandDir(config: object): string {
  const cwd = mkdtempSync(join(tmpdir(), 'tov-checklist-'))
  writeFileSync(join(cwd, '.tovrc.json'), JSON.stringify(config))
  return cwd
}

/** The rule ids listed after "Rules:" in the README section of a value or preset. */
function documentedRules(heading: string): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const start = readme.indexOf(`### ${heading}\n`)
  expect(start, `README has no section "### ${heading}"`).toBeGreaterThanOrEqual(0)
  const section = readme.slice(start, readme.indexOf('\n### ', start + 1))
  const line = /^Rules: (.+)$/m.exec(section)?.[1] ?? ''
  return [...line.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]!)
}

describe('value presets as documented', () => {
  for (const preset of valuePresets()) {
    it(`README documents ${preset.name} with its rules and consequences`, () => {
      expect(documentedRules(`\`${preset.name}\``).sort()).toEqual(rulesOfValue(preset).sort())
      const readme = readFileSync(join(root, 'README.md'), 'utf8')
      for (const consequence of preset.consequences) expect(readme).toContain(consequence)
    })
  }

  it('values deskundig, vriendelijk and onbevooroordeeld, and nothing else, turn on exactly the documented rules', () => {
    const documented = new Set([
      ...documentedRules('`recommended`'),
      ...threeValues.flatMap((value) => documentedRules(`\`${value}\``)),
    ])
    const resolved = resolveConfig({ values: threeValues })
    expect(Object.keys(resolved.rules).sort()).toEqual([...documented].sort())
    // The value's severity wins over the preset's: vriendelijk makes address-form enforce the address form.
    expect(resolved.rules['address-form']).toEqual({ severity: 'error', options: { enforce: true } })
    expect(resolved.rules['no-diminutive']?.severity).toBe('warn')
  })
})

describe('tov checklist', () => {
  it('prints the items, the rules behind each, and each value with its consequences (Markdown)', async () => {
    const cwd = brandDir({ values: threeValues })
    const { code, stdout } = await tov(['checklist'], cwd)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^# De 1-minuut-checklist\n/)
    expect(stdout).toContain('1. **Spreek je de klant persoonlijk aan en sluit je af met je naam of initialen?**')
    expect(stdout).toContain('(`no-gendered-address`, error)')
    for (const value of threeValues) {
      expect(stdout).toContain(`### ${value}`)
      for (const consequence of valuePreset(value).consequences) expect(stdout).toContain(`- ${consequence}`)
    }
    expect(stdout).toMatch(/7\. \*\*Zou jij als klant zelf tevreden zijn met deze reactie\?\*\*\n {3}- Dit beantwoord je zelf\./)
  })

  it('lists a custom phrase rule under its own checklist item', async () => {
    const cwd = brandDir({
      checklist: [{ id: 'merktaal', question: 'Gebruik je de woorden van ons merk?' }],
      phrases: [{ id: 'klantenservice', match: 'klantendienst', replace: 'klantenservice', checklist: 'merktaal' }],
    })
    const { stdout } = await tov(['checklist'], cwd)
    expect(stdout).toMatch(/\*\*Gebruik je de woorden van ons merk\?\*\*\n {3}- Schrijf "klantenservice" in plaats van "klantendienst" \(`custom\/klantenservice`, warn\)/)
  })

  it('prints a printable HTML page, escaped', async () => {
    const cwd = brandDir({ values: threeValues, checklist: [{ id: 'eigen', question: 'Klopt <dit> & "dat"?' }] })
    const { code, stdout } = await tov(['checklist', '--format', 'html'], cwd)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<!doctype html>\n<html lang="nl">/)
    expect(stdout).toContain('Klopt &lt;dit&gt; &amp; &quot;dat&quot;?')
    expect(stdout).toContain('@media print')
    expect(stdout.match(/<h3>/g)).toHaveLength(3)
  })

  it('rejects an unknown format with one line', async () => {
    const { code, stderr } = await tov(['checklist', '-f', 'pdf'], brandDir({}))
    expect(code).toBe(2)
    expect(stderr).toBe('tov: Onbekend formaat "pdf". Kies uit: markdown, html.\n')
  })
})

describe('tov rules and tov checklist agree', () => {
  it('show the same value -> rules mapping', async () => {
    const cwd = brandDir({ values: threeValues })
    const rules = JSON.parse((await tov(['rules', '-f', 'json'], cwd)).stdout) as Array<{ id: string; values: string[] }>
    const fromRules = (value: string) => rules.filter((rule) => rule.values.includes(value)).map((rule) => rule.id).sort()
    const checklist = (await tov(['checklist'], cwd)).stdout
    for (const value of threeValues) {
      const section = checklist.slice(checklist.indexOf(`### ${value}`)).split('\n### ')[0]!
      const fromChecklist = [...(/^Regels: (.+)$/m.exec(section)?.[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).sort()
      expect(fromChecklist).toEqual(fromRules(value))
      expect(fromChecklist.length).toBeGreaterThan(0)
    }
    const text = (await tov(['rules'], cwd)).stdout
    expect(text).toMatch(/^no-diminutive {2}\(waarschuwing in je config; standaard waarschuwing, checklist: toon\)\n.*\n {2}waarden: deskundig; kanalen: alle kanalen$/m)
  })

  it('tov rules shows the custom rules of the config', async () => {
    const cwd = brandDir({ phrases: [{ id: 'geen-sorry', match: 'sorry' }] })
    const { stdout } = await tov(['rules'], cwd)
    expect(stdout).toContain('custom/geen-sorry  (waarschuwing in je config; standaard waarschuwing, checklist: toon)')
    const explained = await tov(['explain', 'custom/geen-sorry'], cwd)
    expect(explained.code).toBe(0)
    expect(explained.stdout).toMatch(/^custom\/geen-sorry: Vermijd "sorry"\n/)
    expect((await tov(['explain', 'custom/onbekend'], cwd)).code).toBe(2)
  })
})

describe('tov check -f checklist on a library', () => {
  // On x: a reply without @mention fails "persoonlijk", a hollow promise without sign-off also "feiten",
  // a spelling slip "vorm".
  const replies = [
    ['bezorging', '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB'],
    ['zonder-mention', 'Hoi Eva, je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB'],
    ['retour', '@eva Je kunt je bestelling binnen 30 dagen gratis terugsturen. ^AB'],
    ['vaag', '@eva We gaan ernaar kijken. Groetjes'],
    ['factuur', '@eva Je factuur staat in Mijn Voorbeeld onder Facturen. ^AB'],
    ['spelfout', '@eva Hoe is dit probleem onstaan? ^AB'],
  ] as const
  const libraryDir = (count: number) => {
    const cwd = brandDir({ channel: 'x' })
    const entries = Array.from({ length: count }, (_, index) => {
      const [id, text] = replies[index % replies.length]!
      return { id: count > replies.length ? `${id}-${index + 1}` : id, text }
    })
    writeFileSync(join(cwd, 'lib.json'), JSON.stringify(entries))
    return cwd
  }

  it('beyond a few replies: one line per reply with the items it fails, then how many replies pass each item', async () => {
    const { code, stdout } = await tov(['check', 'lib.json', '-f', 'checklist'], libraryDir(6))
    expect(code).toBe(1)
    expect(stdout).toBe(
      [
        '✔ lib.json › bezorging',
        '✖ lib.json › zonder-mention  persoonlijk',
        '✔ lib.json › retour',
        '✖ lib.json › vaag            persoonlijk, feiten',
        '✔ lib.json › factuur',
        '✖ lib.json › spelfout        vorm',
        '',
        'Per punt: hoeveel van de 6 reacties het halen.',
        '  4/6  persoonlijk  Spreek je de klant persoonlijk aan en sluit je af met je naam of initialen?',
        '  5/6  feiten       Heb je je beperkt tot de feiten, zonder loze beloftes of eigen mening?',
        '  6/6  toon         Is je toon respectvol: geen betweterigheid, verdediging, robottaal of stapel excuses?',
        '  5/6  vorm         Past je reactie in het kanaal en is ze foutloos gespeld?',
        '  6/6  privacy      Deel je geen persoonsgegevens in het openbaar?',
        '    ?  deskundige   Heb je de reactie voorgelegd aan de inhoudelijk deskundige? (loop zelf na)',
        '    ?  tevreden     Zou jij als klant zelf tevreden zijn met deze reactie? (loop zelf na)',
        '',
        '✖ 3 van de 6 reacties halen niet elk punt. Zie de meldingen met -f stylish.',
        '',
      ].join('\n'),
    )
  })

  it('keeps 50 replies to about 60 lines, with the summary counted over all of them', async () => {
    const { stdout } = await tov(['check', 'lib.json', '-f', 'checklist'], libraryDir(50))
    const lines = stdout.trimEnd().split('\n')
    // 50 replies, a blank line, the heading, 7 items, a blank line, the total.
    expect(lines).toHaveLength(61)
    // Of 50 replies in turn: 9 without @mention and 8 vague ones fail "persoonlijk", 8 slips fail "vorm".
    expect(lines).toContain('  33/50  persoonlijk  Spreek je de klant persoonlijk aan en sluit je af met je naam of initialen?')
    expect(lines).toContain('  42/50  feiten       Heb je je beperkt tot de feiten, zonder loze beloftes of eigen mening?')
    expect(lines).toContain('  42/50  vorm         Past je reactie in het kanaal en is ze foutloos gespeld?')
    expect(lines.at(-1)).toBe('✖ 25 van de 50 reacties halen niet elk punt. Zie de meldingen met -f stylish.')
  })

  it('up to five replies, each keeps its whole checklist with the findings', async () => {
    const { stdout } = await tov(['check', 'lib.json', '-f', 'checklist'], libraryDir(5))
    expect(stdout).toContain('lib.json › vaag\n✖ Spreek je de klant persoonlijk aan en sluit je af met je naam of initialen?\n    1:')
    expect(stdout).not.toContain('Per punt')
  })
})
