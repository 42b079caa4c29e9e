// A brand's own phrase rules from config: existence and substitution, inflection-aware, under their own
// checklist item.
import { describe, expect, it } from 'vitest'
import { createChecker } from '../src/engine/checker.js'
import { inflect } from '../src/kit/dutch-inflection.js'
import { resolveConfig } from '../src/config/resolve-config.js'
import type { TovConfigInput } from '../src/types.js'

const config: TovConfigInput = {
  extends: [],
  checklist: [{ id: 'merktaal', question: 'Gebruik je de woorden van ons merk?' }],
  phrases: [
    { id: 'klantenservice', match: 'klantendienst', replace: 'klantenservice', checklist: 'merktaal' },
    { id: 'beeindigen', match: 'opzeggen', replace: 'beëindigen', checklist: 'merktaal', severity: 'error' },
    { id: 'geen-probleem', match: ['geen probleem', 'geen zorgen'], message: 'Zeg liever "graag gedaan".' },
    { id: 'annuleren', match: 'annuleren', replace: 'stopzetten' },
    { id: 'exact', match: 'top', exact: true },
    { id: 'contact', match: ['contact opnemen', 'excuses maken'], replace: 'ons bellen' },
  ],
}

const checker = createChecker(config)
const found = async (text: string) => (await (await checker).check(text)).findings

describe('custom phrase rules', () => {
  const fires: Array<[string, string, string, string | undefined]> = [
    // text, rule, actual, suggestion
    ['@eva Bel gerust onze klantendienst. ^AB', 'custom/klantenservice', 'klantendienst', 'klantenservice'],
    ['@eva Onze klantendiensten zijn 24/7 open. ^AB', 'custom/klantenservice', 'klantendiensten', 'klantenservices'],
    ['@eva Klantendienst helpt je graag. ^AB', 'custom/klantenservice', 'Klantendienst', 'Klantenservice'],
    ['@eva Je abonnement is opgezegd. ^AB', 'custom/beeindigen', 'opgezegd', 'beëindigd'],
    ['@eva Als je het abonnement opzegt, stopt het per 1 mei. ^AB', 'custom/beeindigen', 'opzegt', 'beëindigt'],
    ['@eva Zeg je abonnement op via Mijn Voorbeeld. ^AB', 'custom/beeindigen', 'Zeg je abonnement op', undefined],
    ['@eva Je kunt het online op te zeggen. ^AB', 'custom/beeindigen', 'op te zeggen', undefined],
    ['@eva Geen probleem, we helpen je graag. ^AB', 'custom/geen-probleem', 'Geen probleem', undefined],
    ['@eva We hebben de bestelling geannuleerd. ^AB', 'custom/annuleren', 'geannuleerd', 'stopgezet'],
    ['@eva Top dat het gelukt is! ^AB', 'custom/exact', 'Top', undefined],
    ['@eva Neem gerust contact op met onze collega’s. ^AB', 'custom/contact', 'Neem gerust contact op', undefined],
    ['@eva Je kunt altijd contact met ons opnemen. ^AB', 'custom/contact', 'contact met ons opnemen', undefined],
    ['@eva Wil je contact opnemen? ^AB', 'custom/contact', 'contact opnemen', 'ons bellen'],
    ['@eva We maken onze excuses. ^AB', 'custom/contact', 'maken onze excuses', undefined],
    // A strong verb in the past, split and joined: "nam ... op", "opgenomen".
    ['@eva Mijn collega nam gisteren contact met je op. ^AB', 'custom/contact', 'nam gisteren contact met je op', undefined],
    ['@eva We hebben contact met de vervoerder opgenomen. ^AB', 'custom/contact', 'contact met de vervoerder opgenomen', undefined],
  ]
  for (const [text, ruleId, actual, suggestion] of fires) {
    it(`fires: ${text}`, async () => {
      const findings = (await found(text)).filter((finding) => finding.ruleId === ruleId)
      expect(findings.map((finding) => finding.actual)).toEqual([actual])
      expect(findings[0]?.suggestions[0]).toBe(suggestion)
    })
  }

  const quiet = [
    '@eva Bel gerust onze klantenservice. ^AB',
    '@eva Je abonnement is beëindigd per 1 mei. ^AB',
    // "zeg" and "op" in one clause, but "op" is a preposition here, not the verb's particle.
    '@eva Zeg het op de website als je vragen hebt. ^AB',
    '@eva Dat is zeker geen klein probleem; we lossen het vandaag op. ^AB',
    '@eva We hebben de bestelling stopgezet. ^AB',
    '@eva Je zit op de toppen van je kunnen. ^AB',
    '@eva Het probleem is opgelost. ^AB',
    '@eva De dienst is weer beschikbaar. ^AB',
    '@eva Geen zorg is te veel. ^AB',
    '@eva Wil je je pakket zelf ophalen? ^AB',
    '@eva We nemen het contact over en bellen je morgen. ^AB',
    '@eva Het contact met de vervoerder loopt via ons. ^AB',
  ]
  for (const text of quiet) {
    it(`stays quiet: ${text}`, async () => {
      expect((await found(text)).map((finding) => `${finding.ruleId}: ${finding.actual}`)).toEqual([])
    })
  }

  const every: Array<[string, string, string[]]> = [
    // text, rule, every actual in order
    ['@eva Bel de klantendienst of de klantendienst. ^AB', 'custom/klantenservice', ['klantendienst', 'klantendienst']],
    ['@eva Onze klantendienst en de klantendiensten van onze partners helpen je graag. ^AB', 'custom/klantenservice', ['klantendienst', 'klantendiensten']],
    ['@eva We annuleren de bestelling en hebben de levering al geannuleerd. ^AB', 'custom/annuleren', ['annuleren', 'geannuleerd']],
    ['@eva Geen probleem, echt geen probleem en geen zorgen. ^AB', 'custom/geen-probleem', ['Geen probleem', 'geen probleem', 'geen zorgen']],
    ['@eva Neem contact op of wil je liever contact opnemen via de app? ^AB', 'custom/contact', ['Neem contact op', 'contact opnemen']],
  ]
  for (const [text, ruleId, actual] of every) {
    it(`reports every match in a sentence: ${text}`, async () => {
      expect((await found(text)).filter((finding) => finding.ruleId === ruleId).map((finding) => finding.actual)).toEqual(actual)
    })
  }

  it('reports under its own checklist item, with its severity and message', async () => {
    const result = await (await checker).check('@eva Je abonnement is opgezegd. ^AB')
    expect(result.findings[0]).toMatchObject({ ruleId: 'custom/beeindigen', severity: 'error', checklist: 'merktaal' })
    expect(result.findings[0]?.message).toBe('Schrijf "beëindigd" in plaats van "opgezegd" (eigen regel van je merk).')
    expect(result.checklist.map((item) => `${item.id}:${item.status}`)).toEqual([
      'persoonlijk:manual', 'feiten:manual', 'toon:pass', 'vorm:manual', 'privacy:manual',
      'merktaal:fail', 'deskundige:manual', 'tevreden:manual',
    ])
    const own = await found('@eva Geen probleem! ^AB')
    expect(own[0]).toMatchObject({ severity: 'warn', checklist: 'toon', message: 'Zeg liever "graag gedaan".' })
  })

  it('turns a rule off with severity "off"', () => {
    const resolved = resolveConfig({ phrases: [{ id: 'x', match: 'y', severity: 'off' }] })
    expect(resolved.phrases).toEqual([])
  })

  const broken: Array<[unknown, string]> = [
    [[{ id: 'Hoofd Letter', match: 'x' }], 'phrases[0].id'],
    [[{ id: 'a', match: [] }], 'phrases.a.match'],
    [[{ id: 'a', match: 'x', checklist: 'tooon' }], 'onbekend checklistpunt "tooon" (bedoel je "toon"?)'],
    [[{ id: 'a', match: 'x', severity: 'ernstig' }], 'phrases.a.severity'],
    [[{ id: 'a', match: 'x', replac: 'y' }], 'onbekende sleutel "replac" (bedoel je "replace"?)'],
    [[{ id: 'a', match: 'x' }, { id: 'a', match: 'y' }], '"a" komt twee keer voor'],
    ['klantendienst', '"phrases" moet een lijst'],
  ]
  for (const [phrases, message] of broken) {
    it(`rejects ${JSON.stringify(phrases)}`, () => {
      expect(() => resolveConfig({ phrases } as TovConfigInput, '.tovrc')).toThrow(message)
    })
  }
})

// A config phrase may give patterns in the built-in rules' own format: one phrase format for both, checked
// against the same schema (schema/phrase-data.schema.json).
describe('custom phrase patterns in the built-in format', () => {
  const patternConfig: TovConfigInput = {
    extends: [],
    phrases: [
      {
        id: 'levertijd',
        lexicon: { late: ['te laat', 'vertraagd', 'later'], delivery: ['pakket*', 'bestelling*', 'levering'] },
        patterns: [
          // A late delivery, unless the reply says when it comes.
          { id: 'laat', all: ['late', 'delivery'], window: 8, unless: [['morgen', 'vandaag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']], unlessWindow: 8, suggestions: ['<noem de nieuwe bezorgdag>'] },
        ],
        message: 'Noem bij vertraging de nieuwe bezorgdag: "{actual}".',
      },
      // A lemma stands for every form of the verb, split ones included.
      { id: 'doorzetten', patterns: [{ id: 'door', all: [['=doorsturen'], ['we', 'ik']] }] },
    ],
  }
  const patternChecker = createChecker(patternConfig)
  const foundBy = async (text: string, ruleId: string) =>
    (await (await patternChecker).check(text)).findings.filter((finding) => finding.ruleId === ruleId)

  const fires: Array<[string, string, string]> = [
    ['@eva Je pakket komt helaas later dan gepland. ^AB', 'custom/levertijd', 'pakket komt helaas later'],
    ['@eva De levering is vertraagd door drukte. ^AB', 'custom/levertijd', 'levering is vertraagd'],
    ['@eva Ik stuur je vraag door naar de winkel. ^AB', 'custom/doorzetten', 'Ik stuur je vraag door'],
    ['@eva We hebben het doorgestuurd naar de monteur. ^AB', 'custom/doorzetten', 'We hebben het doorgestuurd'],
  ]
  for (const [text, ruleId, actual] of fires) {
    it(`fires: ${text}`, async () => {
      expect((await foundBy(text, ruleId)).map((finding) => finding.actual)).toEqual([actual])
    })
  }

  const quiet: Array<[string, string]> = [
    ['@eva Je pakket is vertraagd en komt morgen voor 12.00 uur. ^AB', 'custom/levertijd'],
    ['@eva Je bestelling is onderweg. ^AB', 'custom/levertijd'],
    ['@eva Stuur je vraag gerust door naar ons. ^AB', 'custom/doorzetten'],
  ]
  for (const [text, ruleId] of quiet) {
    it(`stays quiet: ${text}`, async () => {
      expect((await foundBy(text, ruleId)).map((finding) => finding.actual)).toEqual([])
    })
  }

  it('reports with the entry\'s message and offers the pattern\'s suggestions', async () => {
    const [finding] = await foundBy('@eva Je pakket komt helaas later dan gepland. ^AB', 'custom/levertijd')
    expect(finding?.message).toBe('Noem bij vertraging de nieuwe bezorgdag: "pakket komt helaas later".')
    expect(finding?.suggestions).toEqual(['<noem de nieuwe bezorgdag>'])
  })

  const broken: Array<[unknown, string]> = [
    [[{ id: 'a' }], 'phrases.a: geef "match"'],
    [[{ id: 'a', patterns: [{ id: 'p', all: [['x']], windw: 4 }] }], 'phrases.a.patterns[0]: onbekende sleutel "windw"'],
    [[{ id: 'a', patterns: [{ id: 'p', all: [] }] }], 'phrases.a.patterns[0].all: mag niet leeg zijn.'],
    [[{ id: 'a', patterns: [{ id: 'p', all: [['x']], window: 'vier' }] }], 'phrases.a.patterns[0].window: verwacht een geheel getal.'],
    [[{ id: 'a', patterns: [{ id: 'p', all: [42] }] }], 'phrases.a.patterns[0].all[0]: verwacht de naam van een woordgroep'],
    [[{ id: 'a', patterns: [{ id: 'p', all: ['laat'] }] }], 'phrases.a.patterns.p: woordgroep "laat" staat niet in "lexicon".'],
    [[{ id: 'a', patterns: [{ id: 'p', all: [['=Opnemen']] }] }], 'phrases.a.patterns.p: "=Opnemen" is geen lemma'],
    [[{ id: 'a', match: 'x', lexicon: { b: ['y'] } }], 'phrases.a.lexicon: woordgroepen zonder "patterns"'],
  ]
  for (const [phrases, message] of broken) {
    it(`rejects ${JSON.stringify(phrases)}`, () => {
      expect(() => resolveConfig({ phrases } as TovConfigInput, '.tovrc')).toThrow(message)
    })
  }
})

describe('Dutch inflection', () => {
  const cases: Array<[string, string[]]> = [
    ['opzeggen', ['opzegt', 'opgezegd', 'opzeggend']],
    ['beëindigen', ['beëindigt', 'beëindigde', 'beëindigd']],
    ['terugbellen', ['terugbelt', 'teruggebeld']],
    ['maken', ['maak', 'maakt', 'maakte', 'gemaakt']],
    ['verhuizen', ['verhuist', 'verhuisde', 'verhuisd']],
    ['probleem', ['problemen']],
    ['bal', ['ballen']],
    ['auto', ["auto's"]],
    // Strong and irregular verbs from data/dutch-verbs/, with their compounds.
    ['nemen', ['neem', 'neemt', 'nam', 'namen', 'genomen']],
    ['opnemen', ['opgenomen', 'opnam']],
    ['bekijken', ['bekijkt', 'bekeek', 'bekeken']],
    ['gaan', ['ga', 'gaat', 'ging', 'gingen', 'gegaan']],
    ['nagaan', ['nagegaan']],
    ['hebben', ['heb', 'hebt', 'heeft', 'had', 'gehad']],
  ]
  // A diaeresis where ge- runs into e, i or u, and none where it does not (stems settled by the dictionary).
  const withDictionary: Array<[string, string[]]> = [
    ['informeren', ['informeert', 'informeerde', 'geïnformeerd']],
    ['escaleren', ['escaleert', 'geëscaleerd']],
    ['uploaden', ['uploadt', 'geüpload']],
    ['antwoorden', ['geantwoord']],
    ['openen', ['geopend']],
  ]
  for (const [word, expected] of withDictionary) {
    it(`${word}, with the dictionary`, async () => {
      const { DutchDictionary } = await import('../src/spelling/dutch-dictionary.js')
      const dictionary = new DutchDictionary()
      const forms = [...inflect(word, (form) => dictionary.isKnown(form)).forms.values()]
      expect(forms).toEqual(expect.arrayContaining(expected))
      expect(forms.filter((form) => /^ge[eiu]/.test(form))).toEqual([])
    })
  }
  for (const [word, expected] of cases) {
    it(word, () => {
      expect([...inflect(word).forms.values()]).toEqual(expect.arrayContaining(expected))
    })
  }
  it('never guesses a regular form of a strong verb', () => {
    for (const [verb, wrong] of [['nemen', ['neemde', 'geneemd']], ['kijken', ['kijkte', 'gekijkt']], ['bekijken', ['bekijkte', 'gebekijkt']], ['gaan', ['gaade', 'gegaat']]] as const) {
      const forms = [...inflect(verb).forms.values()]
      for (const form of wrong) expect(forms).not.toContain(form)
    }
    expect([...(inflect('opnemen').separable?.finite.values() ?? [])]).toEqual(expect.arrayContaining(['neem', 'nam', 'namen']))
    expect(inflect('ondernemen', (form) => form === 'ondernomen').forms.get('participle')).toBe('ondernomen')
    expect(inflect('doen').forms.get('participle-e')).toBe('gedane')
  })
  it('splits a separable verb into particle and finite forms', () => {
    const { separable } = inflect('opzeggen')
    expect(separable?.particle).toBe('op')
    expect([...(separable?.finite.values() ?? [])]).toEqual(expect.arrayContaining(['zeg', 'zegt']))
  })
  it('lets the dictionary settle what spelling cannot', () => {
    expect(inflect('annuleren', (form) => form.startsWith('annuleer') || form === 'annuleren').forms.get('stem')).toBe('annuleer')
    expect(inflect('huis', (form) => form === 'huizen').forms.get('plural-en')).toBe('huizen')
    const inseparable = inflect('ondersteunen', (form) => form === 'ondersteund')
    expect(inseparable.separable).toBeUndefined()
    expect(inseparable.forms.get('participle')).toBe('ondersteund')
  })
})
