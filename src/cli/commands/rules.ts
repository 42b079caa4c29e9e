// `tov rules` and `tov explain <rule>`: the rules a config has, and why each exists.
import { Option, type Command } from 'commander'
import { didYouMean } from '../../did-you-mean.js'
import { customRulePrefix, findRule, ruleIds, rulesFor, TovError, valuesByRule } from '../../index.js'
import { formatRuleExplanation, formatRulesTable } from '../rules-table.js'
import type { CliIo } from '../run.js'
import { assertFormat, configFor } from '../shared.js'

/** `tov rules`. */
export function registerRules(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('rules')
    .description('toon de regels met hun merkwaarden, checklistpunt, standaardernst en kanalen (en de eigen regels uit de config)')
    .addOption(new Option('-f, --format <name>', 'uitvoer: text | json').default('text'))
    .option('--config <path>', 'gebruik dit configbestand in plaats van te zoeken')
    .action(async (flags: { format: string; config?: string }) => {
      assertFormat(flags.format, ['text', 'json'])
      const rules = rulesFor(await configFor(io, flags))
      const values = valuesByRule()
      const valuesOf = (id: string) => values.get(id) ?? []
      if (flags.format === 'json') {
        const metas = rules.map(({ create: _create, defaults: _defaults, ...meta }) => ({ ...meta, values: valuesOf(meta.id) }))
        io.stdout(JSON.stringify(metas, null, 2) + '\n')
      } else {
        io.stdout(formatRulesTable(rules, valuesOf))
      }
      setExitCode(0)
    })
}

/** `tov explain <rule>`. */
export function registerExplain(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('explain')
    .description('leg uit waarom een regel bestaat, met voorbeelden en de bron')
    .argument('<rule>', 'de id van een regel, zie "tov rules"')
    .option('--config <path>', 'gebruik dit configbestand in plaats van te zoeken (voor eigen regels)')
    .action(async (id: string, flags: { config?: string }) => {
      // A config's own rule ("custom/<id>") needs the config; a built-in one does not.
      const rule = findRule(id) ?? (id.startsWith(customRulePrefix) ? rulesFor(await configFor(io, flags)).find((candidate) => candidate.id === id) : undefined)
      if (!rule) {
        throw new TovError('UNKNOWN_RULE', `Onbekende regel "${id}"${didYouMean(id, ruleIds)}. Zie "tov rules".`)
      }
      const values = valuesByRule()
      io.stdout(formatRuleExplanation(rule, (ruleId) => values.get(ruleId) ?? []))
      setExitCode(0)
    })
}
