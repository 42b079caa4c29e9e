// `tov rules` and `tov explain <rule>`: the rules a config has, and why each exists.
import { relative, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { configForEntry, customRulePrefix, describeRules, didYouMean, findRule, ruleIds, rulesFor, TovError, valuesByRule } from '../../index.js'
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
    .option('--for <file>', 'toon de regels zoals ze voor dit bestand gelden, met de overrides van de config')
    .action(async (flags: { format: string; config?: string; for?: string }) => {
      assertFormat(flags.format, ['text', 'json'])
      const loaded = await configFor(io, flags)
      // With --for, the overrides that match the file (by its path; entry ids and channels are per reply).
      const config = flags.for === undefined ? loaded : configForEntry(loaded, { file: relative(io.cwd, resolve(io.cwd, flags.for)), channel: loaded.channel })
      // What the config in use does with each rule, with the brand values behind it.
      const described = describeRules(config)
      if (flags.format === 'json') {
        io.stdout(JSON.stringify(described, null, 2) + '\n')
      } else {
        const byId = new Map(described.map((rule) => [rule.id, rule]))
        const words = { error: 'fout', warn: 'waarschuwing', off: 'uit' } as const
        io.stdout(formatRulesTable(rulesFor(config), (id) => byId.get(id)?.values ?? [], (id) => words[byId.get(id)?.setting ?? 'off']))
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
