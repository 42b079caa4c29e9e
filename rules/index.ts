// The registry of the built-in rules, by id, in the order they run. Adding a rule: one file in rules/ (written
// with the kit, src/kit/), one line here, one test table.
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
import noGenderedAddress from './no-gendered-address.js'
import noHedging from './no-hedging.js'
import noHollowPromise from './no-hollow-promise.js'
import noOpinion from './no-opinion.js'
import noPlaceholder from './no-placeholder.js'
import noPersonalData from './no-personal-data.js'
import noProfanity from './no-profanity.js'
import noRepeatedApology from './no-repeated-apology.js'
import noSlang from './no-slang.js'
import noRepeatAnswer from './no-repeat-answer.js'
import noRoboticEmpathy from './no-robotic-empathy.js'
import signOff from './sign-off.js'
import spelling from './spelling.js'
import type { ResolvedConfig } from '../src/types.js'
import { createCustomPhraseRule } from '../src/kit/custom-phrase-rule.js'
import type { Rule, RuleDefinition } from '../src/kit/define-rule.js'

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
