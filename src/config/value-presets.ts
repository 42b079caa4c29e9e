// The brand values of presets/values/ (seed 004, steps 1-3): each value's description, its communicative
// consequences, and the rules that make them concrete. The presets are the one source of which rule serves
// which value; `tov rules`, `tov checklist` and the README all read it from here.
import type { RuleSetting } from '../types.js'
import { knownValues, readPreset } from './resolve-config.js'

export interface ValuePreset {
  name: string
  /** Dutch, one line. */
  description: string
  /** What the value means for how the team writes, in Dutch. */
  consequences: string[]
  /** The rules the value turns on (or off), as in a config's "rules". */
  rules: Record<string, RuleSetting>
}

export function valuePreset(name: string): ValuePreset {
  const preset = readPreset('presets/values', name)
  return {
    name,
    description: preset.description ?? '',
    consequences: preset.consequences ?? [],
    rules: preset.rules ?? {},
  }
}

export function valuePresets(): ValuePreset[] {
  return knownValues().map(valuePreset)
}

/** The rule ids a value turns on. */
export function rulesOfValue(preset: ValuePreset): string[] {
  return Object.entries(preset.rules)
    .filter(([, setting]) => (Array.isArray(setting) ? setting[0] : setting) !== 'off')
    .map(([id]) => id)
}

/** For each rule id, the values that turn it on, in the order the values are listed. */
export function valuesByRule(presets: readonly ValuePreset[] = valuePresets()): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const preset of presets) {
    for (const id of rulesOfValue(preset)) map.set(id, [...(map.get(id) ?? []), preset.name])
  }
  return map
}
