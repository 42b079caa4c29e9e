// Regular Dutch inflection for a brand's own phrase rules: a team writes "klantendienst" or "opzeggen" once,
// and tov also finds "klantendiensten", "zegt ... op" and "opgezegd". The forms are generated with the
// spelling rules of regular Dutch (open and closed syllables, f/v and s/z, 't kofschip); the strong and
// irregular verbs, a closed set, come from data/dutch-verbs/ ("nemen": nam, genomen; "opnemen": nam ... op,
// opgenomen; "bekijken": bekeek, bekeken), never guessed ("neemde", "gekijkt"). Each form has a slot, so a
// replacement can be inflected the same way: "opgezegd" with the replacement "beëindigen" suggests "beëindigd".
import irregularVerbs from '../../generated/dutch-verbs.json' with { type: 'json' }

/** What a form is, so the replacement can take the same form. */
export type Slot =
  | 'base'
  | 'plural-en'
  | 'plural-s'
  | 'adjective-e'
  | 'stem'
  | 'stem-t'
  | 'past'
  | 'past-plural'
  | 'participle'
  | 'participle-e'
  | 'present-participle'
  /** A second present form of an irregular verb: "heeft" beside "hebt", "is" beside "bent", "hou" beside "houd". */
  | 'stem-variant'

const guessedSlots = new Set<Slot>(['plural-en', 'plural-s', 'adjective-e', 'participle-e'])

/** Slots that stand for the same form: a plural is a plural, whether it takes -en or -s. */
export function equivalentSlots(slot: Slot): Slot[] {
  if (slot === 'plural-en' || slot === 'plural-s') return [slot, slot === 'plural-en' ? 'plural-s' : 'plural-en']
  if (slot === 'stem-variant') return [slot, 'stem-t']
  return [slot]
}

export interface Inflection {
  /** Every form of the word (the word itself first), by slot. */
  forms: Map<Slot, string>
  /** For a separable verb ("opzeggen"): the particle and the finite forms it is split from ("zeg ... op"). */
  separable?: { particle: string; finite: Map<Slot, string> }
}

const vowels = 'aeiouyáéíóúàèëïöüâêîôû'
const isVowel = (char: string | undefined): boolean => char !== undefined && vowels.includes(char)

/** Separable particles of Dutch verbs: "op" in "opzeggen", "terug" in "terugbellen". */
const particles = [
  'tegemoet', 'terug', 'samen', 'achter', 'binnen', 'buiten', 'tegen', 'voorbij', 'plaats', 'bekend', 'kwijt',
  'klaar', 'langs', 'thuis', 'dicht', 'mee', 'door', 'over', 'onder', 'weg', 'stop', 'goed', 'vrij', 'rond', 'heen',
  'aan', 'af', 'bij', 'in', 'na', 'om', 'op', 'toe', 'uit', 'voor', 'vast', 'los', 'neer',
]

/** Prefixes that take no "ge-" and are never split off: "bekijken", "vergeten", "ontnemen". */
const unstressedPrefixes = ['her', 'ver', 'ont', 'be', 'ge', 'er']

/** Unstressed prefixes take no "ge-" in the participle: "beëindigd", "verhuisd", "betaald" (not "bellen"). */
function hasUnstressedPrefix(infinitive: string): boolean {
  const prefix = unstressedPrefixes.find((candidate) => infinitive.startsWith(candidate))
  if (!prefix) return false
  const rest = infinitive.slice(prefix.length)
  if (rest.startsWith('ë')) return true
  return !isVowel(rest[0]) && rest[0] !== rest[1] && looksLikeInfinitive(rest)
}

/** Words that are never inflected inside a phrase. */
export const functionWords = new Set([
  'de', 'het', 'een', 'en', 'of', 'maar', 'je', 'jij', 'u', 'uw', 'jouw', 'we', 'wij', 'ons', 'onze', 'ik', 'mijn',
  'voor', 'van', 'met', 'naar', 'door', 'om', 'op', 'aan', 'in', 'uit', 'bij', 'te', 'niet', 'geen', 'dat', 'die',
  'dit', 'deze', 'er', 'hier', 'daar', 'zo', 'ook', 'nog', 'al', 'wel', 'even', 'zijn', 'is', 'was', 'als', 'dan',
])

/** Tells whether a form is a Dutch word; used to choose between spellings the rules cannot decide. */
export type IsWord = (form: string) => boolean

function devoice(stem: string): string {
  if (stem.endsWith('z')) return stem.slice(0, -1) + 's'
  if (stem.endsWith('v')) return stem.slice(0, -1) + 'f'
  return stem
}

/**
 * "mak" -> "maak", "zegg" -> "zeg", "lez" -> "lees", "reken" -> "reken": the written stem of an
 * infinitive's base. Whether "annuler" lengthens ("annuleer") or not ("verbeter") depends on stress, which
 * spelling does not show: both are tried and the dictionary decides.
 */
function stemCandidates(base: string): string[] {
  const last = base.at(-1)
  if (last === undefined || isVowel(last)) return [base]
  // A doubled consonant only marked the short vowel: "zegg" -> "zeg", "bell" -> "bel".
  if (base.length >= 3 && base.at(-2) === last) return [base.slice(0, -1)]
  const vowel = base.at(-2)
  const lengthened = vowel !== undefined && 'aeou'.includes(vowel) && !isVowel(base.at(-3))
    ? devoice(base.slice(0, -1) + vowel + last)
    : undefined
  const plain = devoice(base)
  if (!lengthened) return [plain]
  // "wandel", "reken", "verbeter": an e before l, r, n or m late in a long word is usually a schwa.
  return base.length > 4 && /[^aeiou]e[lrnm]$/.test(base) ? [plain, lengthened] : [lengthened, plain]
}

/** "maak" -> "mak", "bel" -> "bell", "huis" -> "huiz" or "huis": bases before -en or -e. */
function openCandidates(word: string): string[] {
  const last = word.at(-1)!
  const beforeLast = word.at(-2)
  // Two equal vowels in a closed syllable become one in an open one: "probleem" -> "problem".
  if (!isVowel(last) && isVowel(beforeLast) && word.at(-3) === beforeLast && !isVowel(word.at(-4))) {
    const base = word.slice(0, -3) + beforeLast + last
    return [voiced(base), base]
  }
  // One short vowel before one consonant: double the consonant ("bel" -> "bell", "klus" -> "kluss").
  if (!isVowel(last) && 'aeiou'.includes(beforeLast ?? '') && !isVowel(word.at(-3)) && !'wjh'.includes(last)) {
    return [word + last]
  }
  return word.endsWith('s') || word.endsWith('f') ? [word, voiced(word)] : [word]
}

function voiced(base: string): string {
  if (base.endsWith('s')) return base.slice(0, -1) + 'z'
  if (base.endsWith('f')) return base.slice(0, -1) + 'v'
  return base
}

/** 't kofschip: the past tense takes -te(n)/-t after a voiceless consonant of the infinitive, else -de(n)/-d. */
function pastConsonant(infinitiveBase: string): 't' | 'd' {
  return /(t|k|f|s|ch|p|x)$/.test(infinitiveBase) ? 't' : 'd'
}

/** "ge" before a stem, with the diaeresis Dutch writes where e, i or u would run into it: "geïnformeerd", "geëscaleerd", "geüpload". */
function withGe(stem: string): string {
  const trema: Record<string, string> = { e: 'ë', i: 'ï', u: 'ü' }
  const first = trema[stem.charAt(0)]
  return first ? `ge${first}${stem.slice(1)}` : `ge${stem}`
}

function choose(candidates: string[], isWord: IsWord | undefined): string {
  return (isWord && candidates.find((candidate) => isWord(candidate))) || candidates[0]!
}

/** A verb of data/dutch-verbs/irregular-verbs.yml: its present forms, past, past plural and participle. */
type IrregularVerb = [present: string[], past: string[], pastPlural: string[], participle: string | null]

const irregular = new Map(Object.entries(irregularVerbs as unknown as Record<string, IrregularVerb>))


/**
 * The strong or irregular verb an infinitive is, itself or with a prefix before it ("bekijken" is be +
 * kijken); with `prefixed`, an inseparable particle counts as such a prefix too ("ondernemen").
 */
function findIrregular(infinitive: string, prefixed: boolean): { verb: IrregularVerb; prefix: string } | undefined {
  const own = irregular.get(infinitive)
  if (own) return { verb: own, prefix: '' }
  for (const prefix of prefixed ? [...unstressedPrefixes, ...particles] : unstressedPrefixes) {
    if (!infinitive.startsWith(prefix)) continue
    const verb = irregular.get(infinitive.slice(prefix.length))
    if (verb) return { verb, prefix }
  }
  return undefined
}

/** The forms of a strong or irregular verb; the first listed where the data gives two ("zei", "zegde"). */
function irregularForms(infinitive: string, { verb, prefix }: { verb: IrregularVerb; prefix: string }): Map<Slot, string> {
  const [present, past, pastPlural, participle] = verb
  const stem = present[0]!
  const stemT = present.find((form) => form !== stem && form.endsWith('t') && prefix + form !== infinitive) ?? stem
  const forms = new Map<Slot, string>([['base', infinitive], ['stem', prefix + stem], ['stem-t', prefix + stemT]])
  const variant = present.find((form) => form !== stem && form !== stemT && prefix + form !== infinitive)
  if (variant) forms.set('stem-variant', prefix + variant)
  forms.set('past', prefix + past[0]!)
  forms.set('past-plural', prefix + pastPlural[0]!)
  if (participle !== null) {
    // A prefix takes the place of "ge-": "gekeken" -> "bekeken", "genomen" -> "ondernomen".
    const prefixed = prefix === '' ? participle : prefix + participle.replace(/^ge/, '')
    forms.set('participle', prefixed)
    // A strong participle is its own adjective form ("de genomen stappen"); "gedaan" and "gezien" take -e
    // with one vowel left of "aa" ("gedane zaken", "geziene gast").
    forms.set('participle-e', /[^ie]en$/.test(prefixed) ? prefixed : prefixed.endsWith('aan') ? `${prefixed.slice(0, -3)}ane` : `${prefixed}e`)
  }
  forms.set('present-participle', `${infinitive}d`)
  return forms
}

function verbForms(infinitive: string, isWord: IsWord | undefined, prefixed = hasUnstressedPrefix(infinitive)): Map<Slot, string> {
  const strong = findIrregular(infinitive, prefixed)
  if (strong) return irregularForms(infinitive, strong)
  const base = infinitive.slice(0, -2)
  const consonant = pastConsonant(base)
  // The past settles the stem where the stem alone cannot: "opende", not "opeende" ("opeen" is a word too).
  const candidates = stemCandidates(base)
  const stem = (isWord && candidates.find((candidate) => isWord(`${candidate}${consonant}e`))) || choose(candidates, isWord)
  const forms = new Map<Slot, string>([['base', infinitive], ['stem', stem]])
  forms.set('stem-t', stem.endsWith('t') ? stem : `${stem}t`)
  forms.set('past', `${stem}${consonant}e`)
  forms.set('past-plural', `${stem}${consonant}en`)
  const participleEnd = stem.endsWith('t') || stem.endsWith('d') ? '' : consonant
  const participle = prefixed ? `${stem}${participleEnd}` : `${withGe(stem)}${participleEnd}`
  forms.set('participle', participle)
  forms.set('participle-e', `${participle}e`)
  forms.set('present-participle', `${infinitive}d`)
  return forms
}

function nounAndAdjectiveForms(word: string, isWord: IsWord | undefined): Map<Slot, string> {
  const forms = new Map<Slot, string>([['base', word]])
  const last = word.at(-1)!
  if (isVowel(last) || /(el|er|em|en|je|ie|é)$/.test(word)) {
    forms.set('plural-s', isVowel(last) && !/(e|ie|é)$/.test(word) ? `${word}'s` : `${word}s`)
  }
  if (!isVowel(last)) {
    const open = openCandidates(word)
    forms.set('plural-en', choose(open.map((base) => `${base}en`), isWord))
    forms.set('adjective-e', choose(open.map((base) => `${base}e`), isWord))
  }
  return forms
}

/**
 * Ends like a Dutch infinitive ("zeggen", "annuleren"; not "tien", "geen"), or is a strong verb's that does
 * not ("gaan", "doen", "nagaan", "toezien").
 */
export function looksLikeInfinitive(word: string): boolean {
  if (word.length >= 5 && /[^aeiou]en$/.test(word) && !/(ien|een|oen)$/.test(word)) return true
  return /n$/.test(word) && findIrregular(word, true) !== undefined
}

/** The regular forms of one word, in lower case. `isWord` (the dictionary) settles unclear spellings. */
export function inflect(input: string, isWord?: IsWord): Inflection {
  const inflection = generate(input, isWord)
  if (!isWord) return inflection
  // With a dictionary, guessed noun and adjective forms it does not know are dropped ("huisen",
  // "gepraate"); the regular verb forms stay, as a dictionary does not list every separable verb's forms.
  for (const forms of [inflection.forms, inflection.separable?.finite]) {
    for (const [slot, form] of forms ?? []) if (guessedSlots.has(slot) && !isWord(form)) forms!.delete(slot)
  }
  return inflection
}

function generate(input: string, isWord: IsWord | undefined): Inflection {
  const word = input.toLowerCase()
  if (word.length < 3 || functionWords.has(word) || !/^[\p{L}'-]+$/u.test(word)) return { forms: new Map([['base', word]]) }
  if (!looksLikeInfinitive(word)) return { forms: nounAndAdjectiveForms(word, isWord) }
  // An infinitive may be a plural noun too ("kosten"); its verb forms are what a team means to find.
  const particle = particles.find((candidate) => word.startsWith(candidate) && looksLikeInfinitive(word.slice(candidate.length)))
  if (!particle) return { forms: verbForms(word, isWord) }
  // A separable verb is joined in a subordinate clause ("als je het opzegt", "opgezegd": "ge" after the
  // particle) and split in a main clause ("zeg het op").
  const finite = verbForms(word.slice(particle.length), isWord)
  // Some verbs with such a prefix are not separable at all: "ondersteunen" -> "ondersteund".
  const joinedParticiple = particle + finite.get('participle')!
  if (isWord && !isWord(joinedParticiple)) {
    // With or without "ge-": "ondersteund", "geïnformeerd" (in + formeren is no verb of "informeren").
    for (const prefixed of [true, false]) {
      const inseparable = verbForms(word, isWord, prefixed)
      if (isWord(inseparable.get('participle')!)) return { forms: inseparable }
    }
  }
  const forms = new Map<Slot, string>()
  for (const [slot, form] of finite) forms.set(slot, particle + form)
  for (const slot of ['participle', 'participle-e', 'present-participle'] as const) finite.delete(slot)
  return { forms, separable: { particle, finite } }
}
