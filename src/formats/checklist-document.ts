// The brand's one-minute checklist as a document a team lead hangs next to the screens (seed 004, step 5):
// each item with the rules behind it, and each brand value with its consequences and rules. Built from the
// resolved config, so it shows exactly what `tov check` will do.
import { rulesOfValue, valuePreset } from '../config/value-presets.js'
import { activeRules } from '../config/rule-settings.js'
import { rulesFor } from '../../rules/index.js'
import type { ResolvedConfig, Severity } from '../types.js'

export interface DocumentRule {
  id: string
  description: string
  severity: Severity
}

export interface DocumentItem {
  id: string
  question: string
  /** Answered by the agent, not by a rule. */
  manual: boolean
  rules: DocumentRule[]
}

export interface DocumentValue {
  name: string
  description: string
  consequences: string[]
  /** The rule ids this value turns on. */
  rules: string[]
}

export interface ChecklistDocument {
  channel: string
  items: DocumentItem[]
  values: DocumentValue[]
}

export function buildChecklistDocument(config: ResolvedConfig): ChecklistDocument {
  const severities = activeRules(config)
  const active = rulesFor(config)
    .filter((rule) => severities.has(rule.id))
    .map((rule) => ({ id: rule.id, description: rule.description, severity: severities.get(rule.id)!, checklist: rule.checklist }))
  return {
    channel: config.channel,
    items: config.checklist.map((item) => ({
      id: item.id,
      question: item.question,
      manual: item.manual === true,
      rules: active.filter((rule) => rule.checklist === item.id).map(({ id, description, severity }) => ({ id, description, severity })),
    })),
    values: config.values.map((name) => {
      const preset = valuePreset(name)
      return { name, description: preset.description, consequences: preset.consequences, rules: rulesOfValue(preset) }
    }),
  }
}
