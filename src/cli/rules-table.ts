// `tov rules` as text: one block per rule, readable in a terminal.
import type { RuleDefinition } from '../engine/define-rule.js'

export function formatRulesTable(rules: readonly RuleDefinition[]): string {
  const lines: string[] = []
  for (const rule of rules) {
    lines.push(`${rule.id}  (${rule.severity}, checklist: ${rule.checklist})`)
    lines.push(`  ${rule.description}`)
    lines.push(`  waarden: ${rule.values.length > 0 ? rule.values.join(', ') : '-'}; kanalen: ${rule.channels}`)
    lines.push(`  fout:  ${rule.docs.wrong}`)
    lines.push(`  goed:  ${rule.docs.right}`)
    lines.push('')
  }
  return lines.join('\n')
}

/** `tov explain <rule>`: why the rule exists, where the idea comes from, and how to get it right. */
export function formatRuleExplanation(rule: RuleDefinition): string {
  const options = Object.entries(rule.options).map(([name, type]) => `${name} (${type})`)
  return [
    `${rule.id}: ${rule.description}`,
    '',
    rule.docs.rationale,
    '',
    `fout:  ${rule.docs.wrong}`,
    `goed:  ${rule.docs.right}`,
    '',
    `checklist: ${rule.checklist}; standaard: ${rule.severity}; waarden: ${rule.values.join(', ') || '-'}`,
    `kanalen: ${rule.channels}`,
    `opties: ${options.join(', ') || '-'}`,
    '',
  ].join('\n')
}
