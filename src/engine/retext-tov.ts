// The whole of tov as one retext plugin, configured like the CLI:
//   unified().use(retextDutch).use(retextTov, { channel: 'x', agents: { AB: 'Anna de Boer' } })
// It also runs behind remark-retext on Markdown. Findings are vfile messages (see rule-plugin.ts);
// `findingsOf(file)` reads them back as the JSON findings of DESIGN.md.
import { isResolvedConfig, resolveConfig } from '../config/resolve-config.js'
import { TovError } from '../tov-error.js'
import type { ChannelName, ResolvedConfig, TovConfigInput } from '../types.js'
import { createCustomPhraseRule } from '../kit/custom-phrase-rule.js'
import { findRule, ruleIds } from '../../rules/index.js'
import { prepareRule, type PreparedRule, type RuleTransformer } from '../kit/rule-plugin.js'

/** Every rule a resolved config turns on, set up for one channel, in the order of the registry. */
export function prepareRules(config: ResolvedConfig, channel: ChannelName = config.channel): PreparedRule[] {
  const settings = {
    agents: config.agents,
    vocabulary: config.vocabulary,
    addressForm: config.addressForm,
    placeholders: config.placeholders,
    placeholderLength: config.placeholderLength,
  }
  const prepared: PreparedRule[] = []
  for (const [id, resolved] of Object.entries(config.rules)) {
    const rule = findRule(id)
    if (!rule) throw new TovError('CONFIG_INVALID', `Onbekende regel "${id}" in de config. Bekende regels: ${ruleIds.join(', ')}.`)
    prepared.push(prepareRule(rule, { options: resolved.options, channel, settings, severity: resolved.severity }))
  }
  for (const phrase of config.phrases) {
    prepared.push(prepareRule(createCustomPhraseRule(phrase), { channel, settings, severity: phrase.severity }))
  }
  return prepared
}

/** One transformer that runs the prepared rules over a tree in turn. */
export function runRules(prepared: readonly PreparedRule[]): RuleTransformer {
  return async (tree, file) => {
    for (const rule of prepared) await rule.transformer(tree, file)
  }
}

/** The config a plugin is given: resolved once here, or taken as it is when resolveConfig made it. */
function resolvedFrom(options: TovConfigInput | ResolvedConfig | undefined): ResolvedConfig {
  return isResolvedConfig(options) ? options : resolveConfig(options ?? {})
}

/**
 * tov's rules as one retext plugin. Its options are a config as written (the recommended preset when
 * none), or one resolveConfig made.
 */
export default function retextTov(options?: TovConfigInput | ResolvedConfig): RuleTransformer {
  return runRules(prepareRules(resolvedFrom(options)))
}
