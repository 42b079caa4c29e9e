// The registry of the built-in rules, by id, in the order they run. A code rule is one file in rules/ (written
// with the kit, src/kit/), one line here and its table test; a phrase rule is rules/<id>.yml with a "rule"
// section and its table test, and nothing here.
import addressForm from './address-form.js'
import appreciation from './appreciation.js'
import badNewsLink from './bad-news-link.js'
import greeting from './greeting.js'
import maxLength from './max-length.js'
import mentionFirst from './mention-first.js'
import noBlameShift from './no-blame-shift.js'
import noCondescension from './no-condescension.js'
import noDefensive from './no-defensive.js'
import noDiminutive from './no-diminutive.js'
import noEmoji from './no-emoji.js'
import noHollowPromise from './no-hollow-promise.js'
import noPlaceholder from './no-placeholder.js'
import noPersonalData from './no-personal-data.js'
import noProfanity from './no-profanity.js'
import noRepeatedApology from './no-repeated-apology.js'
import noRepeatAnswer from './no-repeat-answer.js'
import noRoboticEmpathy from './no-robotic-empathy.js'
import signOff from './sign-off.js'
import spelling from './spelling.js'
import type { ResolvedConfig } from '../src/types.js'
import { createCustomPhraseRule } from '../src/kit/custom-phrase-rule.js'
import phraseRuleFiles from '../generated/phrase-rules.json' with { type: 'json' }
import type { Rule, RuleDefinition } from '../src/kit/define-rule.js'
import { phraseRule, type PhraseRuleFile } from '../src/kit/phrase-rule.js'

/** Rules written in code (rules/<id>.ts), in the order they run and are listed. */
const codeRules: readonly Rule[] = [
  mentionFirst,
  signOff,
  greeting,
  addressForm,
  appreciation,
  noHollowPromise,
  noCondescension,
  noDefensive,
  noBlameShift,
  noRepeatedApology,
  noRepeatAnswer,
  noRoboticEmpathy,
  noDiminutive,
  noEmoji,
  noPersonalData,
  badNewsLink,
  noProfanity,
  noPlaceholder,
  maxLength,
  spelling,
]

/**
 * Every built-in rule: the code rules, then the rules of data alone (rules/<id>.yml with a "rule" section,
 * collected by the build), by id. A new phrase rule is its data file and its table test; nothing here.
 */
export const builtinRules: readonly Rule[] = [...codeRules, ...(phraseRuleFiles as unknown as PhraseRuleFile[]).map((file) => phraseRule(file, undefined, { shareIndex: true }))]

const byId = new Map(builtinRules.map((rule) => [rule.id, rule]))

export function findRule(id: string): Rule | undefined {
  return byId.get(id)
}

export const ruleIds = builtinRules.map((rule) => rule.id)

/** The built-in rules and a config's own phrase rules ("custom/<id>"), for listings, lookups and reports. */
export function rulesFor(config: Pick<ResolvedConfig, 'phrases'>): RuleDefinition[] {
  return [...builtinRules, ...config.phrases.map(createCustomPhraseRule)]
}
