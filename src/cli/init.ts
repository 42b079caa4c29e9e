// `tov init`: the five steps of seed 004 as questions (values, their consequences, the fixed rules of the
// channel and address form, the team's initials and words, the checklist), written as a commented .tovrc
// that `tov check` loads. With flags (or --yes) it asks nothing, for scripts.
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { stringify } from 'yaml'
import { channelName, channelNames, resolveConfig, TovError, valuePreset, valuePresets, type AddressForm, type ChannelName, type ChecklistItemInput, type TovConfigInput, writeAtomically } from '../index.js'

export interface InitFlags {
  values?: string
  channel?: string
  addressForm?: string
  agents?: string
  vocabulary?: string
  file: string
  force?: boolean
  yes?: boolean
}

export interface InitAnswers {
  values: string[]
  ownValues: string[]
  channel: ChannelName
  addressForm: AddressForm
  agents: Record<string, string>
  /** Initials tov derived from a name given alone (with flags nobody confirmed them): the config says so. */
  derivedInitials?: string[]
  vocabulary: string[]
}

/** The three values of seed 004's example, a sound start for most teams. */
export const defaultValues = ['deskundig', 'vriendelijk', 'onbevooroordeeld']

const list = (answer: string): string[] =>
  answer
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)

function parseValues(answer: string): { values: string[]; ownValues: string[] } {
  const known = new Set(valuePresets().map((preset) => preset.name))
  const named = list(answer).map((value) => value.toLowerCase())
  return { values: named.filter((value) => known.has(value)), ownValues: named.filter((value) => !known.has(value)) }
}

function parseChannel(answer: string): ChannelName {
  const channel = answer.trim() || 'x'
  const name = channelName(channel)
  if (name === undefined) throw new TovError('USAGE', `Onbekend kanaal "${channel}". Kies uit: ${channelNames.join(', ')}.`)
  return name
}

/** People name the form by the word they write: "jij" and "jou" are the je-form, "uw" is u, "gij" is ge. */
const addressForms: Readonly<Record<string, AddressForm>> = { je: 'je', jij: 'je', jou: 'je', jouw: 'je', u: 'u', uw: 'u', ge: 'ge', gij: 'ge' }

function parseAddressForm(answer: string): AddressForm {
  const form = answer.trim().toLowerCase() || 'je'
  const known = Object.hasOwn(addressForms, form) ? addressForms[form] : undefined
  if (known === undefined) throw new TovError('USAGE', `Aanspreekvorm "${form}" bestaat niet; kies je (jij), u of ge (gij).`)
  return known
}

interface AgentEntry {
  initials: string
  name: string
  /** Derived from the name, not given. */
  derived: boolean
}

const initialsPattern = /^\p{Lu}{2,4}$/u
/** Parts of a name that give no initial: Anna de Boer signs ^AB. */
const nameParticles = new Set(['de', 'den', 'der', 'van', 'vd', 'het', "'t", 'te', 'ten', 'ter', 'op', 'in', 'la', 'le', 'du', 'da', 'di', 'von', 'zu'])

/**
 * The initials a team gives a name: the first letter of each part but the particles ("Anna de Boer": AB,
 * "Jan van der Berg": JB); a first name alone gives its first two letters ("Mark": MA), because one letter is
 * no sign-off. Letters without their accents, since an agent types them after the caret many times a day.
 */
export function initialsOf(name: string): string | undefined {
  const words = name.normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/).filter((word) => /\p{L}/u.test(word))
  const parts = words.filter((word, index) => index === 0 || !nameParticles.has(word.toLowerCase()))
  let letters = parts.map((word) => word.match(/\p{L}/u)![0])
  if (letters.length === 1) letters = (words[0]!.match(/\p{L}/gu) ?? []).slice(0, 2)
  if (letters.length > 4) letters = [...letters.slice(0, 3), letters.at(-1)!]
  const initials = letters.join('').toUpperCase()
  return initialsPattern.test(initials) ? initials : undefined
}

/** Agents as "AB=Anna de Boer" or a name alone ("Mark": initials derived); every agent has a name and own initials. */
function parseAgentEntries(answer: string): AgentEntry[] {
  const entries: AgentEntry[] = []
  for (const entry of list(answer)) {
    const equals = entry.indexOf('=')
    const given = equals < 0 ? '' : entry.slice(0, equals).trim()
    const name = (equals < 0 ? entry : entry.slice(equals + 1)).trim()
    // "CD" alone is initials without a name, not a name: the sign-off also accepts the first name.
    const bareInitials = equals < 0 && initialsPattern.test(name) ? name : undefined
    if (bareInitials !== undefined || name === '') {
      const initials = bareInitials ?? given.toUpperCase()
      throw new TovError('USAGE', `Bij ${initials || '"="'} ontbreekt de naam; schrijf ${initials || 'AB'}=voornaam achternaam.`)
    }
    if (given !== '') {
      const initials = given.toUpperCase()
      if (!initialsPattern.test(initials)) throw new TovError('USAGE', `"${given}" zijn geen initialen; schrijf 2 tot 4 letters, zoals AB=Anna de Boer.`)
      entries.push({ initials, name, derived: false })
    } else {
      const initials = initialsOf(name)
      if (initials === undefined) throw new TovError('USAGE', `Van "${name}" kan tov geen initialen maken; schrijf ze erbij, zoals AB=${name}.`)
      entries.push({ initials, name, derived: true })
    }
  }
  for (const [index, entry] of entries.entries()) assertOwnInitials(entry.initials, entry, entries.slice(0, index))
  return entries
}

function assertOwnInitials(initials: string, entry: AgentEntry, others: readonly AgentEntry[]): void {
  const other = others.find((candidate) => candidate !== entry && candidate.initials === initials)
  if (other) throw new TovError('USAGE', `${other.name} en ${entry.name} hebben allebei ${initials}; geef een van hen andere initialen, zoals XY=${entry.name}.`)
}

/** Initials typed for one agent, or the derived ones when nothing is typed. */
function parseInitialsFor(entry: AgentEntry, entries: readonly AgentEntry[]): (answer: string) => string {
  return (answer) => {
    const initials = answer.trim().toUpperCase() || entry.initials
    if (!initialsPattern.test(initials)) throw new TovError('USAGE', `"${answer.trim()}" zijn geen initialen; schrijf 2 tot 4 letters, zoals AB.`)
    assertOwnInitials(initials, entry, entries)
    return initials
  }
}

const agentsOf = (entries: readonly AgentEntry[]): Record<string, string> => Object.fromEntries(entries.map((entry) => [entry.initials, entry.name]))

const slug = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** Own values become checklist items the agent answers: tov cannot check what it does not know. */
function ownValueItems(ownValues: readonly string[]): ChecklistItemInput[] {
  return ownValues
    .filter((value) => slug(value) !== '')
    .map((value) => ({ id: `waarde-${slug(value)}`, question: `Past je reactie bij onze waarde "${value}"?` }))
}

export function configFromAnswers(answers: InitAnswers): TovConfigInput {
  const checklist = ownValueItems(answers.ownValues)
  return {
    values: answers.values,
    channel: answers.channel,
    addressForm: answers.addressForm,
    ...(Object.keys(answers.agents).length > 0 ? { agents: answers.agents } : {}),
    ...(answers.vocabulary.length > 0 ? { vocabulary: answers.vocabulary } : {}),
    ...(checklist.length > 0 ? { checklist } : {}),
  }
}

const yaml = (value: unknown): string => stringify(value, { lineWidth: 0 }).trimEnd()
const comment = (text: string): string => `# ${text}`

/** The config as YAML with a comment for every step, so the team can read and edit it later. */
export function renderConfig(answers: InitAnswers): string {
  const config = configFromAnswers(answers)
  const out: string[] = [
    comment('tov-config, geschreven door "tov init". Uitleg per sleutel: README, "Config".'),
    comment('Bekijk de checklist die hieruit volgt met "tov checklist"; controleer een reactie met "tov check".'),
    '',
    comment('Stap 1: de merkwaarden. Elke waarde zet de regels aan die haar gevolgen bewaken.'),
  ]
  if (answers.values.length === 0) out.push('values: []')
  else {
    out.push('values:')
    for (const value of answers.values) out.push(`  - ${value} ${comment(valuePreset(value).description)}`)
  }
  out.push('', comment('Stap 2: de gevolgen van die waarden voor hoe jullie schrijven:'))
  for (const value of answers.values) {
    for (const consequence of valuePreset(value).consequences) out.push(comment(`  ${value}: ${consequence}`))
  }
  out.push(
    '',
    comment('Stap 3: vastigheden. Het kanaal waarop jullie het meest reageren (per reactie: --channel).'),
    yaml({ channel: config.channel }),
    comment('Aanspreekvorm: je (tutoyeren), u, of ge (Vlaams).'),
    yaml({ addressForm: config.addressForm }),
    '',
    comment('Initialen van de medewerkers, voor de ondertekening (^AB of ^Anna).'),
    ...(answers.derivedInitials?.length ? [comment(`Afgeleid van de naam: ${answers.derivedInitials.join(', ')}. Pas ze aan als jullie andere initialen gebruiken.`)] : []),
    config.agents ? yaml({ agents: config.agents }) : comment('agents:\n#   AB: Anna de Boer'),
    '',
    comment('Woorden die de spellingcontrole moet kennen: merk-, product- en teamwoorden.'),
    config.vocabulary ? yaml({ vocabulary: config.vocabulary }) : comment('vocabulary:\n#   - Voorbeeld'),
    '',
    comment('Stap 4: do\'s en don\'ts, ook van anderen geleerd: eigen woorden om te vermijden of te vervangen.'),
    comment('Verbogen vormen en woordvolgorde worden herkend ("opzeggen" vindt ook "opgezegd").'),
    comment('phrases:'),
    comment('  - id: klantenservice'),
    comment('    match: klantendienst'),
    comment('    replace: klantenservice'),
    comment('    checklist: toon'),
    '',
    comment('Stap 5: de 1-minuut-checklist. Eigen waarden worden punten die de medewerker zelf beantwoordt.'),
    config.checklist ? yaml({ checklist: config.checklist }) : comment('checklist:\n#   - id: merktaal\n#     question: Gebruik je de woorden van ons merk?'),
    '',
    comment('Een regel aan- of uitzetten of afstellen: zie "tov rules".'),
    comment('rules:'),
    comment('  no-emoji: off'),
    '',
  )
  return out.join('\n')
}

export interface Prompter {
  /** Asks and resolves to the answer; "" at the end of the input. */
  ask(question: string): Promise<string>
  /** Stops reading the input, so that a terminal's stdin no longer keeps the process alive. */
  close(): void
}

/** Questions on `output`, answers line by line from `input` (a terminal, or piped answers in a test). */
export function createPrompter(input: Readable, output: (text: string) => void): Prompter {
  const reader = createInterface({ input, terminal: false, crlfDelay: Infinity })
  const lines = reader[Symbol.asyncIterator]()
  // A terminal echoes what is typed; piped answers are echoed here, so the transcript reads as a dialogue.
  const echo = (input as { isTTY?: boolean }).isTTY !== true
  let ended = false
  return {
    async ask(question) {
      output(question)
      if (ended) return ''
      const next = await lines.next()
      if (next.done) {
        ended = true
        output('\n')
        return ''
      }
      if (echo) output(`${next.value}\n`)
      return next.value
    },
    // Ending the iterator alone leaves the interface reading: stdin stays open and the process never exits.
    close: () => {
      void lines.return?.()
      reader.close()
    },
  }
}

/** Asks until the answer parses; at the end of the input the default is taken (every default parses). */
async function askUntilValid<T>(prompter: Prompter, question: string, parse: (answer: string) => T, say: (text: string) => void): Promise<T> {
  for (;;) {
    const answer = await prompter.ask(question)
    try {
      return parse(answer)
    } catch (error) {
      if (!(error instanceof TovError)) throw error
      say(`  ${error.message}\n`)
    }
  }
}

export async function askAnswers(prompter: Prompter, say: (text: string) => void): Promise<InitAnswers> {
  const presets = valuePresets()
  say('tov init: in vijf stappen naar een tone-of-voice die tov kan controleren.\n\n')
  say('Stap 1 van 5: merkwaarden. Bekende waarden:\n')
  for (const preset of presets) say(`  ${preset.name.padEnd(17)} ${preset.description}\n`)
  say('Noem je eigen waarden ook: die worden punten op de checklist.\n')
  const { values, ownValues } = parseValues(
    (await prompter.ask(`Merkwaarden, gescheiden door komma's [${defaultValues.join(', ')}]: `)) || defaultValues.join(','),
  )
  say('\nStap 2 van 5: wat die waarden betekenen voor hoe jullie schrijven:\n')
  for (const value of values) for (const consequence of valuePreset(value).consequences) say(`  ${value}: ${consequence}\n`)
  for (const value of ownValues) say(`  ${value}: eigen waarde, komt als vraag op de checklist\n`)
  say('\nStap 3 van 5: vastigheden.\n')
  const channel = await askUntilValid(prompter, `Kanaal (${channelNames.join(', ')}) [x]: `, parseChannel, say)
  const addressForm = await askUntilValid(prompter, 'Aanspreekvorm: je, u of ge [je]: ', parseAddressForm, say)
  say('\nStap 4 van 5: jullie team en woorden.\n')
  const entries = await askUntilValid(prompter, 'Medewerkers met initialen, zoals AB=Anna de Boer, CD=Cas Dijk; alleen een naam mag ook [overslaan]: ', parseAgentEntries, say)
  // A name alone: the initials tov derives are a guess, so the team confirms or types their own.
  for (const entry of entries.filter((candidate) => candidate.derived)) {
    entry.initials = await askUntilValid(prompter, `Initialen van ${entry.name} [${entry.initials}]: `, parseInitialsFor(entry, entries), say)
  }
  const agents = agentsOf(entries)
  const vocabulary = list(await prompter.ask('Merk- en productnamen voor de spellingcontrole, met komma\'s [overslaan]: '))
  say('\nStap 5 van 5: de checklist staat in de config; bekijk hem met "tov checklist".\n')
  return { values, ownValues, channel, addressForm, agents, vocabulary }
}

export function answersFromFlags(flags: InitFlags): InitAnswers {
  const entries = parseAgentEntries(flags.agents ?? '')
  const derived = entries.filter((entry) => entry.derived).map((entry) => `${entry.initials} (${entry.name})`)
  return {
    ...parseValues(flags.values ?? defaultValues.join(',')),
    channel: parseChannel(flags.channel ?? ''),
    addressForm: parseAddressForm(flags.addressForm ?? ''),
    agents: agentsOf(entries),
    ...(derived.length > 0 ? { derivedInitials: derived } : {}),
    vocabulary: list(flags.vocabulary ?? ''),
  }
}

export const askedByFlags = (flags: InitFlags): boolean =>
  flags.yes === true || [flags.values, flags.channel, flags.addressForm, flags.agents, flags.vocabulary].some((flag) => flag !== undefined)

/** Writes the config for these answers; refuses to overwrite unless forced. Returns the written path. */
export function writeConfig(answers: InitAnswers, path: string, force: boolean): string {
  if (existsSync(path) && !force) {
    throw new TovError('FILE_EXISTS', `${basename(path)} bestaat al; gebruik --force om het te vervangen.`)
  }
  const json = /\.json$/i.test(path)
  if (!json && !/(^|[./])tovrc$|\.ya?ml$/i.test(basename(path))) {
    throw new TovError('USAGE', `${basename(path)}: tov init schrijft YAML (.tovrc, .yaml, .yml) of JSON (.json).`)
  }
  // What tov init writes, tov check must load: validate before anything touches the disk.
  const config = configFromAnswers(answers)
  resolveConfig(config, basename(path))
  // JSON has no comments: the steps are explained in the README instead.
  writeAtomically(path, json ? `${JSON.stringify(config, null, 2)}\n` : renderConfig(answers))
  return path
}
