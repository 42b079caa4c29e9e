// `tov rules` as text: one block per rule, readable in a terminal.
import type { RuleDefinition } from '../kit/define-rule.js'

/** Where the documented replies are written: the conversation they answer, a channel, a canned response. */
function docsContext(rule: RuleDefinition): string[] {
  const { channel, thread, template } = rule.docs
  return [
    ...(channel ? [`kanaal ${channel}`] : []),
    ...(template ? ['standaardantwoord'] : []),
    ...(thread ? [`na: ${thread.map((message) => `${message.from === 'agent' ? 'wij' : 'klant'}: "${message.text}"`).join(', ')}`] : []),
  ]
}

/** The values (from presets/values) that turn each rule on; "-" when none does. */
export type ValuesOf = (ruleId: string) => string[]

/** How the current config sets a rule: "fout", "waarschuwing" or "uit". */
export type StateOf = (ruleId: string) => string

export function formatRulesTable(rules: readonly RuleDefinition[], valuesOf: ValuesOf, stateOf?: StateOf): string {
  const lines: string[] = []
  for (const rule of rules) {
    const values = valuesOf(rule.id)
    const state = stateOf ? `${stateOf(rule.id)} in je config; ` : ''
    lines.push(`${rule.id}  (${state}standaard ${rule.severity === 'error' ? 'fout' : 'waarschuwing'}, checklist: ${rule.checklist})`)
    lines.push(`  ${rule.description}`)
    lines.push(`  waarden: ${values.length > 0 ? values.join(', ') : '-'}; kanalen: ${rule.channels}`)
    const context = docsContext(rule)
    if (context.length > 0) lines.push(`  (${context.join('; ')})`)
    lines.push(`  fout:  ${rule.docs.wrong}`)
    lines.push(`  goed:  ${rule.docs.right}`)
    lines.push('')
  }
  return lines.join('\n')
}

/** `tov explain <rule>`: why the rule exists, where the idea comes from, and how to get it right. */
export function formatRuleExplanation(rule: RuleDefinition, valuesOf: ValuesOf): string {
  const options = Object.entries(rule.options).map(([name, type]) => `${name} (${type})`)
  return [
    `${rule.id}: ${rule.description}`,
    '',
    rule.docs.rationale,
    '',
    ...docsContext(rule).map((line) => `(${line})`),
    `fout:  ${rule.docs.wrong}`,
    `goed:  ${rule.docs.right}`,
    '',
    `checklist: ${rule.checklist}; standaard: ${rule.severity}; waarden: ${valuesOf(rule.id).join(', ') || '-'}`,
    `kanalen: ${rule.channels}`,
    `opties: ${options.join(', ') || '-'}`,
    '',
  ].join('\n')
}
