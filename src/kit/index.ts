// The rule kit: everything a rule is written with, in one module. The built-in rules (rules/*.ts) use it,
// and so can a brand's own rule in its own package (`import { defineRule } from 'tov/kit'`). The engine
// that runs rules uses the kit; the kit knows nothing of the engine, the config or the CLI.
export {
  defineRule,
  formatMessage,
  type CreateContext,
  type OptionType,
  type Report,
  type Rule,
  type RuleDefinition,
  type RuleDocs,
  type RuleMeta,
  type RuleRun,
  type RuleSettings,
  type RunContext,
} from './define-rule.js'
export { findingOf, findingsOf, prepareRule, ruleUrl, type PreparedRule, type RulePluginOptions, type RuleTransformer, type TovFileData, type TovMessageData } from './rule-plugin.js'
export { PhraseDataError, PhraseMatcher, compilePhrases, type PhraseMatcherOptions, phraseDataProblem, precompilePhrases, type PhraseFileData, type PhraseMatch, type PhrasePatternData } from './phrase-matcher.js'
export { createPhraseRun, findEveryMatch, phraseRule, type PhraseRuleFile, type PhraseRuleMeta } from './phrase-rule.js'
export { buildSentences, normalizeWord, type SentenceModel, type Token, type TokenKind } from './reply-model.js'
export { equivalentSlots, inflect, looksLikeInfinitive, type Inflection, type IsWord, type Slot } from './dutch-inflection.js'
export { PerMessage } from './thread.js'
export { replyAddressForm, toFormal } from './formal-address.js'
export { parseReply } from './parse-reply.js'
export { blanksBefore, trimBlanksEnd } from './blank-run.js'
