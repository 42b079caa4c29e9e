// Validates a config as written and resolves it (presets, then values, then the user's own rules) into
// the config a checker is built from. Every error names the source and the key.
import type PicomatchFunction from 'picomatch'
import { channelName, channelNames } from '../channels/channels.js'
import type { OptionType } from '../kit/define-rule.js'
import { findRule, ruleIds } from '../../rules/index.js'
import { packageFolder, packageModule, packageText } from '../package-data.js'
import { phrasePatternsProblem } from './phrase-patterns.js'
import { buildChecklist, defaultChecklist } from '../checklist/checklist.js'
import { didYouMean } from '../did-you-mean.js'
import { TovError, shownValue } from '../tov-error.js'

export { didYouMean }
import type {
  AddressForm,
  ChannelName,
  ChecklistItemInput,
  PhraseRuleInput,
  ResolvedConfig,
  ResolvedPhraseRule,
  ResolvedOverride,
  ResolvedRule,
  resolvedBrand,
  RuleSetting,
  SeveritySetting,
  TovConfigInput,
} from '../types.js'

export const configKeys = [
  'extends', 'channel', 'values', 'addressForm', 'agents', 'vocabulary', 'rules', 'phrases', 'checklist', 'overrides',
  'placeholders', 'placeholderLength', 'csvColumns', 'serve', 'readability', '$schema',
] as const
const csvColumnKeys = ['id', 'text', 'channel'] as const
const serveKeys = ['origins'] as const
const readabilityKeys = ['target'] as const
const readingLevels = ['B1'] as const
const phraseKeys = ['id', 'match', 'patterns', 'lexicon', 'replace', 'message', 'severity', 'checklist', 'exact'] as const
const checklistKeys = ['id', 'question'] as const
const idPattern = /^[a-z0-9][a-z0-9-]*$/
/** What a placeholder counts for in a length check: a first name, a ticket number. */
export const defaultPlaceholderLength = 10

/** A severity as written: the English word, or the Dutch one the output shows (fout, waarschuwing). */
const severityWords: Readonly<Record<string, SeveritySetting>> = {
  error: 'error', warn: 'warn', off: 'off', fout: 'error', waarschuwing: 'warn', uit: 'off',
}
const severityChoice = 'kies "error" of "fout", "warn" of "waarschuwing", "off" of "uit"'

/** The severity a written word means; undefined for anything else. */
export function severityOf(word: unknown): SeveritySetting | undefined {
  return typeof word === 'string' && Object.hasOwn(severityWords, word) ? severityWords[word] : undefined
}
const addressForms: AddressForm[] = ['je', 'u', 'ge']

interface PresetFile {
  description?: string
  consequences?: string[]
  rules?: Record<string, RuleSetting>
}

function fail(source: string, message: string): never {
  throw new TovError('CONFIG_INVALID', `${source}: ${message}`)
}

function isStringArray(value: unknown): value is string[] {
  // A loop, not every(): every() skips the holes of a sparse array ([, 'x']).
  if (!Array.isArray(value)) return false
  for (let index = 0; index < value.length; index++) if (typeof value[index] !== 'string') return false
  return true
}

function presetNames(folder: string): string[] {
  return packageFolder(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
}

export const knownPresets = (): string[] => presetNames('presets')
export const knownValues = (): string[] => presetNames('presets/values')

export function readPreset(folder: 'presets' | 'presets/values', name: string): PresetFile {
  return JSON.parse(packageText(`${folder}/${name}.json`, `De preset "${name}"`)) as PresetFile
}

function checkOptionType(value: unknown, type: OptionType): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value > 0
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'string[]':
      return isStringArray(value)
  }
}

function validateRuleSetting(id: string, setting: unknown, source: string): RuleSetting {
  const rule = findRule(id)
  if (!rule) fail(source, `onbekende regel "${id}" onder "rules"${didYouMean(id, ruleIds)}. Zie "tov rules".`)
  const [severity, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined]
  const known = severityOf(severity)
  if (known === undefined) fail(source, `rules.${id}: ernst "${shownValue(severity)}" bestaat niet; ${severityChoice}.`)
  if (Array.isArray(setting) && setting.length > 2) fail(source, `rules.${id}: verwacht ["ernst", { opties }].`)
  if (options === undefined) return known
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail(source, `rules.${id}: de opties moeten een object zijn.`)
  }
  for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
    const type = rule.options[key]
    if (!type) {
      const known = Object.keys(rule.options)
      fail(
        source,
        `rules.${id}: onbekende optie "${key}"${didYouMean(key, known)}.` +
          (known.length > 0 ? ` Deze regel kent: ${known.join(', ')}.` : ' Deze regel heeft geen opties.'),
      )
    }
    if (!checkOptionType(value, type)) fail(source, `rules.${id}.${key}: verwacht ${type === 'number' ? 'een positief getal' : type}.`)
  }
  return [known, options as Record<string, unknown>]
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function checkKeys(entry: Record<string, unknown>, known: readonly string[], where: string, source: string): void {
  for (const key of Object.keys(entry)) {
    if (!known.includes(key)) fail(source, `${where}: onbekende sleutel "${key}"${didYouMean(key, known)}. Geldig: ${known.join(', ')}.`)
  }
}

function validateChecklist(raw: unknown, source: string): ChecklistItemInput[] {
  if (!Array.isArray(raw)) fail(source, '"checklist" moet een lijst van punten zijn, zoals [{ "id": "merktaal", "question": "…?" }].')
  const seen = new Set(defaultChecklist.map((item) => item.id))
  return Array.from(raw, (entry: unknown, index) => {
    const where = `checklist[${index}]`
    if (!isPlainObject(entry)) fail(source, `${where}: verwacht een object met "id" en "question".`)
    checkKeys(entry, checklistKeys, where, source)
    const { id, question } = entry
    if (typeof id !== 'string' || !idPattern.test(id)) fail(source, `${where}.id: gebruik kleine letters, cijfers en streepjes, zoals "merktaal".`)
    if (seen.has(id)) fail(source, `${where}.id: het punt "${id}" bestaat al.`)
    seen.add(id)
    if (typeof question !== 'string' || question.trim() === '') fail(source, `${where}.question: schrijf de vraag die de medewerker ziet.`)
    return { id, question }
  })
}

function validatePhrases(raw: unknown, checklistIds: readonly string[], source: string): PhraseRuleInput[] {
  if (!Array.isArray(raw)) fail(source, '"phrases" moet een lijst van eigen regels zijn, zoals [{ "id": "klantenservice", "match": "klantendienst", "replace": "klantenservice" }].')
  const seen = new Set<string>()
  return Array.from(raw, (entry: unknown, index) => {
    const where = `phrases[${index}]`
    if (!isPlainObject(entry)) fail(source, `${where}: verwacht een object met minstens "id" en "match" (of "patterns").`)
    checkKeys(entry, phraseKeys, where, source)
    const { id, match, patterns, lexicon, replace, message, severity, checklist, exact } = entry
    if (typeof id !== 'string' || !idPattern.test(id)) fail(source, `${where}.id: gebruik kleine letters, cijfers en streepjes, zoals "geen-klantendienst".`)
    if (seen.has(id)) fail(source, `${where}.id: "${id}" komt twee keer voor.`)
    seen.add(id)
    if (match === undefined && patterns === undefined) {
      fail(source, `phrases.${id}: geef "match" (woorden of zinsdelen om te vinden) of "patterns" (patronen zoals in de ingebouwde regels).`)
    }
    const phrases = typeof match === 'string' ? [match] : match
    if (match !== undefined && (!isStringArray(phrases) || phrases.length === 0 || phrases.some((phrase) => !/\p{L}/u.test(phrase)))) {
      fail(source, `phrases.${id}.match: verwacht een woord of zinsdeel, of een lijst daarvan.`)
    }
    if (patterns !== undefined || lexicon !== undefined) {
      if (patterns === undefined) fail(source, `phrases.${id}.lexicon: woordgroepen zonder "patterns" worden nergens gebruikt.`)
      const problem = phrasePatternsProblem({ patterns, lexicon })
      if (problem !== undefined) fail(source, `phrases.${id}.${problem}`)
    }
    if (replace !== undefined && (typeof replace !== 'string' || replace.trim() === '')) fail(source, `phrases.${id}.replace: verwacht de tekst die er wel moet staan.`)
    if (message !== undefined && (typeof message !== 'string' || message.trim() === '')) fail(source, `phrases.${id}.message: verwacht een Nederlandse melding.`)
    if (severity !== undefined && severityOf(severity) === undefined) {
      fail(source, `phrases.${id}.severity: ernst "${shownValue(severity)}" bestaat niet; ${severityChoice}.`)
    }
    if (checklist !== undefined && (typeof checklist !== 'string' || !checklistIds.includes(checklist))) {
      fail(source, `phrases.${id}.checklist: onbekend checklistpunt "${shownValue(checklist)}"${didYouMean(shownValue(checklist), checklistIds)}. Bekend: ${checklistIds.join(', ')}.`)
    }
    if (exact !== undefined && typeof exact !== 'boolean') fail(source, `phrases.${id}.exact: verwacht true of false.`)
    return entry as unknown as PhraseRuleInput
  })
}

/** Checks a config as written; returns it typed, or throws a TovError naming source and key. */
export function validateConfig(raw: unknown, source: string): TovConfigInput {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(source, 'de config moet een object zijn.')
  const config = raw as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (!(configKeys as readonly string[]).includes(key)) {
      fail(source, `onbekende sleutel "${key}"${didYouMean(key, configKeys)}. Geldig: ${configKeys.filter((k) => k !== '$schema').join(', ')}.`)
    }
  }
  const { extends: presets, channel, values, addressForm, agents, vocabulary, rules, phrases, checklist } = config
  const { placeholders, placeholderLength, csvColumns } = config
  if (placeholders !== undefined && !isStringArray(placeholders)) {
    fail(source, '"placeholders" moet een lijst van namen zijn, zoals ["first_name", "ticket.id"].')
  }
  if (placeholderLength !== undefined && !(typeof placeholderLength === 'number' && Number.isInteger(placeholderLength) && placeholderLength >= 0)) {
    fail(source, '"placeholderLength" moet een geheel getal vanaf 0 zijn: de lengte waarop een placeholder telt.')
  }
  if (csvColumns !== undefined) {
    if (!isPlainObject(csvColumns)) fail(source, '"csvColumns" moet een object zijn, zoals { "id": "naam", "text": "tekst" }.')
    checkKeys(csvColumns, csvColumnKeys, 'csvColumns', source)
    for (const [key, name] of Object.entries(csvColumns)) {
      if (typeof name !== 'string' || name.trim() === '') fail(source, `csvColumns.${key}: verwacht de naam van een kolom.`)
    }
  }
  if (presets !== undefined) {
    if (!isStringArray(presets)) fail(source, '"extends" moet een lijst van presetnamen zijn.')
    const known = knownPresets()
    for (const name of presets) if (!known.includes(name)) fail(source, `extends: onbekende preset "${name}"${didYouMean(name, known)}. Bekend: ${known.join(', ')}.`)
  }
  if (channel !== undefined && channelName(channel) === undefined) {
    fail(source, `channel: onbekend kanaal "${shownValue(channel)}"${didYouMean(shownValue(channel), channelNames)}. Kies uit: ${channelNames.join(', ')}.`)
  }
  if (values !== undefined) {
    if (!isStringArray(values)) fail(source, '"values" moet een lijst van merkwaarden zijn.')
    const known = knownValues()
    for (const value of values) if (!known.includes(value)) fail(source, `values: onbekende merkwaarde "${value}"${didYouMean(value, known)}. Bekend: ${known.join(', ')}.`)
  }
  if (addressForm !== undefined && !addressForms.includes(addressForm as AddressForm)) {
    fail(source, `addressForm: "${shownValue(addressForm)}" bestaat niet; kies "je", "u" of "ge".`)
  }
  if (agents !== undefined) {
    if (agents === null || typeof agents !== 'object' || Array.isArray(agents)) fail(source, '"agents" moet een object zijn, zoals { "AB": "Anna de Boer" }.')
    for (const [initials, name] of Object.entries(agents)) {
      if (!/^\p{Lu}{2,4}$/u.test(initials)) fail(source, `agents: "${initials}" zijn geen initialen (2 tot 4 hoofdletters).`)
      if (typeof name !== 'string') fail(source, `agents.${initials}: de naam moet tekst zijn.`)
    }
  }
  if (vocabulary !== undefined && !isStringArray(vocabulary)) fail(source, '"vocabulary" moet een lijst van woorden zijn.')
  if (rules !== undefined) {
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) fail(source, '"rules" moet een object zijn.')
    for (const [id, setting] of Object.entries(rules)) validateRuleSetting(id, setting, source)
  }
  const items = checklist === undefined ? [] : validateChecklist(checklist, source)
  if (phrases !== undefined) validatePhrases(phrases, buildChecklist(items).filter((item) => !item.manual).map((item) => item.id), source)
  if (config['overrides'] !== undefined) validateOverrides(config['overrides'], source)
  if (config['serve'] !== undefined) validateServe(config['serve'], source)
  if (config['readability'] !== undefined) validateReadability(config['readability'], source)
  return config as TovConfigInput
}

/**
 * `tov serve`: the web pages (a ticket system's) that may call its API from the browser. Each an origin as a
 * browser sends it, so that comparing is exact: never a wildcard, never a path.
 */
function validateServe(raw: unknown, source: string): void {
  if (!isPlainObject(raw)) fail(source, '"serve" moet een object zijn, zoals { "origins": ["https://acme.zendesk.com"] }.')
  checkKeys(raw, serveKeys, 'serve', source)
  const { origins } = raw
  if (origins === undefined) return
  if (!isStringArray(origins)) fail(source, 'serve.origins: verwacht een lijst origins, zoals ["https://acme.zendesk.com"].')
  origins.forEach((origin, index) => {
    if (origin.includes('*')) fail(source, `serve.origins[${index}]: "${shownValue(origin)}": een * zou te veel websites toelaten; noem elke origin zelf, zoals "https://acme.zendesk.com".`)
    if (webOrigin(origin) === undefined) {
      fail(source, `serve.origins[${index}]: "${shownValue(origin)}" is geen origin; schrijf https://host of https://host:poort, zonder pad.`)
    }
  })
}

/** An origin as a browser's Origin header gives it ("https://acme.zendesk.com"); undefined for anything else. */
export function webOrigin(text: string): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  // Nothing but scheme, host and port (a trailing "/" at most); no wildcards: a browser sends one exact origin.
  const bare = /^[a-z]+:\/\/[^/?#\\@*]+\/?$/i.test(text)
  return bare && url.username === '' && url.password === '' ? url.origin : undefined
}

/** `readability`: the reading level the brand writes for. */
function validateReadability(raw: unknown, source: string): void {
  if (!isPlainObject(raw)) fail(source, '"readability" moet een object zijn, zoals { "target": "B1" }.')
  checkKeys(raw, readabilityKeys, 'readability', source)
  const { target } = raw
  if (target !== undefined && !(readingLevels as readonly unknown[]).includes(target)) {
    fail(source, `readability.target: onbekend taalniveau "${shownValue(target)}". Kies uit: ${readingLevels.join(', ')}.`)
  }
}

const overrideKeys = ['files', 'ids', 'channels', 'rules', 'vocabulary'] as const

/** Overrides: settings for some files, entries or channels, applied in order on top of the rest. */
function validateOverrides(raw: unknown, source: string): void {
  if (!Array.isArray(raw)) fail(source, '"overrides" moet een lijst zijn, zoals [{ "files": ["macros/oud/**"], "rules": { "spelling": "off" } }].')
  raw.forEach((entry: unknown, index) => {
    const where = `overrides[${index}]`
    if (!isPlainObject(entry)) fail(source, `${where}: verwacht een object met "files", "ids" of "channels" en wat er anders is.`)
    checkKeys(entry, overrideKeys, where, source)
    const { files, ids, channels, rules, vocabulary } = entry
    if (files === undefined && ids === undefined && channels === undefined) fail(source, `${where}: zeg waarvoor het geldt met "files", "ids" of "channels".`)
    for (const [key, list] of [['files', files], ['ids', ids]] as const) {
      if (list !== undefined && (!isStringArray(list) || list.length === 0 || list.some((glob) => glob.trim() === ''))) fail(source, `${where}.${key}: verwacht een lijst patronen, zoals ["macros/oud/**"].`)
    }
    if (channels !== undefined) {
      if (!Array.isArray(channels) || channels.length === 0) fail(source, `${where}.channels: verwacht een lijst kanalen.`)
      for (const name of channels) if (channelName(name) === undefined) fail(source, `${where}.channels: onbekend kanaal "${shownValue(name)}"${didYouMean(shownValue(name), channelNames)}.`)
    }
    if (rules !== undefined) {
      if (!isPlainObject(rules)) fail(source, `${where}.rules: verwacht een object, zoals { "spelling": "off" }.`)
      for (const [id, setting] of Object.entries(rules)) validateRuleSetting(id, setting, source)
    }
    if (vocabulary !== undefined && !isStringArray(vocabulary)) fail(source, `${where}.vocabulary: verwacht een lijst woorden.`)
  })
}

/** Where an entry is: its file (as shown, relative to the working folder), its id in a library, its channel. */
export interface EntryPlace {
  file: string
  entry?: string
  channel: ChannelName
}

const variants = new WeakMap<ResolvedConfig, Map<string, ResolvedConfig>>()

/** The glob matcher, loaded at the first override: a check without overrides never pays for it. */
let picomatchModule: typeof PicomatchFunction | undefined
const picomatch = (): typeof PicomatchFunction => (picomatchModule ??= packageModule<typeof PicomatchFunction>('picomatch'))

interface OverrideMatchers {
  files: ((path: string) => boolean) | undefined
  ids: ((id: string) => boolean) | undefined
}

/** Each override's globs compiled once, not once per entry of a library. */
const overrideMatchers = new WeakMap<ResolvedOverride, OverrideMatchers>()

function matchersOf(override: ResolvedOverride): OverrideMatchers {
  let matchers = overrideMatchers.get(override)
  if (!matchers) {
    matchers = {
      files: override.files ? picomatch()(override.files, { dot: true }) : undefined,
      ids: override.ids ? picomatch()(override.ids) : undefined,
    }
    overrideMatchers.set(override, matchers)
  }
  return matchers
}

/** Which overrides apply to an entry, by index. */
export function matchingOverrides(config: ResolvedConfig, place: EntryPlace): number[] {
  const file = place.file.replace(/\\/g, '/')
  return config.overrides.flatMap((override, index) => {
    const { files, ids } = matchersOf(override)
    if (files && !files(file)) return []
    if (ids && (place.entry === undefined || !ids(place.entry))) return []
    if (override.channels && !override.channels.includes(place.channel)) return []
    return [index]
  })
}

/**
 * The config an entry is checked with: the config with the overrides that apply to it, in order (one per
 * combination of overrides, made once). Without overrides, the config itself.
 */
export function configForEntry(config: ResolvedConfig, place: EntryPlace): ResolvedConfig {
  return configForOverrides(config, matchingOverrides(config, place))
}

/** The config with the overrides of these indices applied, in order (see matchingOverrides). */
export function configForOverrides(config: ResolvedConfig, matched: readonly number[]): ResolvedConfig {
  if (matched.length === 0) return config
  let known = variants.get(config)
  if (!known) {
    known = new Map()
    variants.set(config, known)
  }
  const key = matched.join(',')
  let variant = known.get(key)
  if (!variant) {
    const rules = { ...config.rules }
    let vocabulary = config.vocabulary
    for (const index of matched) {
      const override = config.overrides[index]!
      for (const [id, setting] of Object.entries(override.rules)) {
        const resolved = toResolvedRule(setting, rules[id])
        if (resolved) rules[id] = resolved
        else delete rules[id]
      }
      vocabulary = [...vocabulary, ...override.vocabulary]
    }
    const { overrides: _overrides, ...rest } = config
    variant = brand({ ...rest, rules, vocabulary, overrides: [] })
    known.set(key, variant)
  }
  return variant
}

function toResolvedRule(setting: RuleSetting, previous: ResolvedRule | undefined): ResolvedRule | undefined {
  const [written, options] = Array.isArray(setting) ? setting : [setting, undefined]
  // Validated before: the word is one severityOf knows.
  const severity = severityOf(written)!
  if (severity === 'off') return undefined
  return { severity, options: { ...(previous?.options ?? {}), ...(options ?? {}) } }
}

/** The configs resolveConfig made: only these are taken as resolved, whatever their shape. */
const resolvedConfigs = new WeakSet<object>()

function brand(config: Omit<ResolvedConfig, typeof resolvedBrand>): ResolvedConfig {
  resolvedConfigs.add(config)
  return config as ResolvedConfig
}

/** Whether a value is a config resolveConfig made (not one that merely looks like it). */
export function isResolvedConfig(value: unknown): value is ResolvedConfig {
  return typeof value === 'object' && value !== null && resolvedConfigs.has(value)
}

/**
 * A resolved config as a worker thread receives it (a structured clone, so without its brand), taken as
 * resolved again after checking that it names only known rules. Only for clones of resolveConfig's output.
 */
export function reviveResolvedConfig(clone: Omit<ResolvedConfig, typeof resolvedBrand>): ResolvedConfig {
  const unknown = Object.keys(clone.rules).find((id) => !findRule(id))
  if (unknown !== undefined) throw new TovError('CONFIG_INVALID', `Onbekende regel "${unknown}"${didYouMean(unknown, ruleIds)}. Zie "tov rules".`)
  return brand(clone)
}

/**
 * A config as written (presets, values, rules, phrases), validated and merged into what a checker is built
 * from: presets, then values, then the config's own rules; later settings win. The result is branded: the
 * engine accepts nothing else as resolved.
 */
export function resolveConfig(input: TovConfigInput = {}, source = 'config'): ResolvedConfig {
  const config = validateConfig(input, source)
  const rules: Record<string, ResolvedRule> = {}
  const apply = (settings: Record<string, RuleSetting> | undefined) => {
    for (const [id, setting] of Object.entries(settings ?? {})) {
      const resolved = toResolvedRule(setting, rules[id])
      if (resolved) rules[id] = resolved
      else delete rules[id]
    }
  }
  for (const name of config.extends ?? ['recommended']) apply(readPreset('presets', name).rules)
  for (const value of config.values ?? []) apply(readPreset('presets/values', value).rules)
  apply(config.rules)
  return brand({
    ...(source !== 'config' ? { file: source } : {}),
    channel: channelName(config.channel) ?? 'x',
    values: config.values ?? [],
    addressForm: config.addressForm ?? 'je',
    agents: config.agents ?? {},
    vocabulary: config.vocabulary ?? [],
    rules,
    overrides: (config.overrides ?? []).map((override) => ({
      ...(override.files ? { files: override.files } : {}),
      ...(override.ids ? { ids: override.ids } : {}),
      ...(override.channels ? { channels: override.channels.map((name) => channelName(name)!) } : {}),
      rules: override.rules ?? {},
      vocabulary: override.vocabulary ?? [],
    })),
    phrases: (config.phrases ?? []).flatMap((phrase): ResolvedPhraseRule[] => {
      const severity = severityOf(phrase.severity ?? 'warn')!
      if (severity === 'off') return []
      return [{
        id: phrase.id,
        match: phrase.match === undefined ? [] : typeof phrase.match === 'string' ? [phrase.match] : phrase.match,
        patterns: phrase.patterns ?? [],
        lexicon: phrase.lexicon ?? {},
        ...(phrase.replace !== undefined ? { replace: phrase.replace } : {}),
        ...(phrase.message !== undefined ? { message: phrase.message } : {}),
        severity,
        checklist: phrase.checklist ?? 'toon',
        exact: phrase.exact ?? false,
      }]
    }),
    checklist: buildChecklist(config.checklist),
    ...(config.placeholders ? { placeholders: config.placeholders } : {}),
    placeholderLength: config.placeholderLength ?? defaultPlaceholderLength,
    csvColumns: { id: 'id', text: 'text', channel: 'channel', ...config.csvColumns },
    // Only when set: a config without it keeps the checker and cache keys it always had.
    ...(config.serve?.origins ? { serve: { origins: config.serve.origins.map((origin) => webOrigin(origin)!) } } : {}),
    ...(config.readability?.target ? { readability: { target: config.readability.target } } : {}),
  })
}
