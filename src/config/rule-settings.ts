// What a resolved config does with each rule: the one answer `tov rules`, the checklist document,
// `tov serve` and `tov mcp` give. A config's own phrase rules are on at their severity; a built-in rule the
// config leaves out is off.
import { rulesFor } from '../../rules/index.js'
import type { RuleMeta } from '../kit/define-rule.js'
import { customRulePrefix } from '../kit/custom-phrase-rule.js'
import type { ResolvedConfig, Severity, SeveritySetting } from '../types.js'
import { valuesByRule } from './value-presets.js'

/** The rules a config turns on, by id, at their severity. */
export function activeRules(config: ResolvedConfig): Map<string, Severity> {
  return new Map<string, Severity>([
    ...Object.entries(config.rules).map(([id, resolved]) => [id, resolved.severity] as const),
    ...config.phrases.map((phrase) => [`${customRulePrefix}${phrase.id}`, phrase.severity] as const),
  ])
}

/** A rule as `tov rules --format json` lists it: its meta, the brand values behind it, and its setting. */
export interface RuleDescription extends RuleMeta {
  values: string[]
  setting: SeveritySetting
}

/** Every rule of a config (built-in and its own phrase rules) as `tov rules --format json` lists them. */
export function describeRules(config: ResolvedConfig): RuleDescription[] {
  const values = valuesByRule()
  const active = activeRules(config)
  return rulesFor(config).map(({ create: _create, defaults: _defaults, ...meta }) => ({ ...meta, values: values.get(meta.id) ?? [], setting: active.get(meta.id) ?? 'off' }))
}
