// Every built-in rule, by id. Adding a rule: one file in rules/, one line here, one test table.
import addressForm from '../../rules/address-form.js'
import appreciation from '../../rules/appreciation.js'
import badNewsLink from '../../rules/bad-news-link.js'
import greeting from '../../rules/greeting.js'
import maxLength from '../../rules/max-length.js'
import mentionFirst from '../../rules/mention-first.js'
import noBlameShift from '../../rules/no-blame-shift.js'
import noCondescension from '../../rules/no-condescension.js'
import noDefensive from '../../rules/no-defensive.js'
import noDiminutive from '../../rules/no-diminutive.js'
import noEmoji from '../../rules/no-emoji.js'
import noGenderedAddress from '../../rules/no-gendered-address.js'
import noHedging from '../../rules/no-hedging.js'
import noHollowPromise from '../../rules/no-hollow-promise.js'
import noOpinion from '../../rules/no-opinion.js'
import noPlaceholder from '../../rules/no-placeholder.js'
import noPersonalData from '../../rules/no-personal-data.js'
import noProfanity from '../../rules/no-profanity.js'
import noRepeatedApology from '../../rules/no-repeated-apology.js'
import noSlang from '../../rules/no-slang.js'
import noRepeatAnswer from '../../rules/no-repeat-answer.js'
import noRoboticEmpathy from '../../rules/no-robotic-empathy.js'
import signOff from '../../rules/sign-off.js'
import spelling from '../../rules/spelling.js'
import type { ResolvedConfig } from '../types.js'
import { createCustomPhraseRule } from './custom-phrase-rule.js'
import type { Rule, RuleDefinition } from './define-rule.js'

export const builtinRules: readonly Rule[] = [
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
  noOpinion,
  noGenderedAddress,
  noHedging,
  noDiminutive,
  noEmoji,
  noSlang,
  noPersonalData,
  badNewsLink,
  noProfanity,
  noPlaceholder,
  maxLength,
  spelling,
]

const byId = new Map(builtinRules.map((rule) => [rule.id, rule]))

export function findRule(id: string): Rule | undefined {
  return byId.get(id)
}

export const ruleIds = builtinRules.map((rule) => rule.id)

/** The built-in rules and a config's own phrase rules ("custom/<id>"), for listings, lookups and reports. */
export function rulesFor(config: Pick<ResolvedConfig, 'phrases'>): RuleDefinition[] {
  return [...builtinRules, ...config.phrases.map(createCustomPhraseRule)]
}
