// Validates a config as written and resolves it (presets, then values, then the user's own rules) into
// the config a checker is built from. Every error names the source and the key.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { channelNames, isChannelName } from '../channels/channels.js'
import type { OptionType } from '../engine/define-rule.js'
import { findRule, ruleIds } from '../engine/rule-registry.js'
import { packageRoot } from '../package-root.js'
import { TovError } from '../tov-error.js'
import type { AddressForm, ResolvedConfig, ResolvedRule, RuleSetting, SeveritySetting, TovConfigInput } from '../types.js'

const configKeys = ['extends', 'channel', 'values', 'addressForm', 'agents', 'vocabulary', 'rules', '$schema'] as const
const severities: SeveritySetting[] = ['error', 'warn', 'off']
const addressForms: AddressForm[] = ['je', 'u', 'ge']

interface PresetFile {
  description?: string
  consequences?: string[]
  rules?: Record<string, RuleSetting>
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!
    previous[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return previous[b.length]!
}

/** " (bedoel je "x"?)" when a known name is close to what was written. */
export function didYouMean(name: string, known: readonly string[]): string {
  const best = known
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)[0]
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? ` (bedoel je "${best.candidate}"?)` : ''
}

function fail(source: string, message: string): never {
  throw new TovError('CONFIG_INVALID', `${source}: ${message}`)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function presetNames(folder: string): string[] {
  try {
    return readdirSync(join(packageRoot(), folder))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -5))
  } catch {
    return []
  }
}

export const knownPresets = (): string[] => presetNames('presets')
export const knownValues = (): string[] => presetNames('presets/values')

export function readPreset(folder: 'presets' | 'presets/values', name: string): PresetFile {
  return JSON.parse(readFileSync(join(packageRoot(), folder, `${name}.json`), 'utf8')) as PresetFile
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
  if (typeof severity !== 'string' || !severities.includes(severity as SeveritySetting)) {
    fail(source, `rules.${id}: ernst "${String(severity)}" bestaat niet; kies "error", "warn" of "off".`)
  }
  if (Array.isArray(setting) && setting.length > 2) fail(source, `rules.${id}: verwacht ["ernst", { opties }].`)
  if (options === undefined) return severity as SeveritySetting
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
  return [severity as SeveritySetting, options as Record<string, unknown>]
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
  const { extends: presets, channel, values, addressForm, agents, vocabulary, rules } = config
  if (presets !== undefined) {
    if (!isStringArray(presets)) fail(source, '"extends" moet een lijst van presetnamen zijn.')
    const known = knownPresets()
    for (const name of presets) if (!known.includes(name)) fail(source, `extends: onbekende preset "${name}"${didYouMean(name, known)}. Bekend: ${known.join(', ')}.`)
  }
  if (channel !== undefined && (typeof channel !== 'string' || !isChannelName(channel))) {
    fail(source, `channel: onbekend kanaal "${String(channel)}"${didYouMean(String(channel), channelNames)}. Kies uit: ${channelNames.join(', ')}.`)
  }
  if (values !== undefined) {
    if (!isStringArray(values)) fail(source, '"values" moet een lijst van merkwaarden zijn.')
    const known = knownValues()
    for (const value of values) if (!known.includes(value)) fail(source, `values: onbekende merkwaarde "${value}"${didYouMean(value, known)}. Bekend: ${known.join(', ')}.`)
  }
  if (addressForm !== undefined && !addressForms.includes(addressForm as AddressForm)) {
    fail(source, `addressForm: "${String(addressForm)}" bestaat niet; kies "je", "u" of "ge".`)
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
  return config as TovConfigInput
}

function toResolvedRule(setting: RuleSetting, previous: ResolvedRule | undefined): ResolvedRule | undefined {
  const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined]
  if (severity === 'off') return undefined
  return { severity, options: { ...(previous?.options ?? {}), ...(options ?? {}) } }
}

/** Presets, then values, then the config's own rules; later settings win. */
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
  return {
    ...(source !== 'config' ? { file: source } : {}),
    channel: config.channel ?? 'x',
    values: config.values ?? [],
    addressForm: config.addressForm ?? 'je',
    agents: config.agents ?? {},
    vocabulary: config.vocabulary ?? [],
    rules,
  }
}
