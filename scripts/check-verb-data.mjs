// Checks the Dutch verb data in data/dutch-verbs/: the shape and spelling of every irregular-verbs.yml
// entry, duplicates, and the particle and prefix lists; then prints counts. Exits 1 on any error.
// When the dictionary's source (@cspell/dict-nl-nl, a devDependency) is installed, forms it does not know are
// reported as warnings: OpenTaal's list is a check on typing errors, not an authority on the forms.
//   node scripts/check-verb-data.mjs [data directory, default data/dutch-verbs]
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { parseDocument } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = process.argv[2] ?? join(root, 'data/dutch-verbs')
const errors = []
const warnings = []
const error = (message) => errors.push(message)

function load(name) {
  const file = join(dataDir, name)
  // uniqueKeys is on by default: a key listed twice is a parse error.
  const document = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true })
  for (const problem of [...document.errors, ...document.warnings]) error(`${name}: ${problem.message}`)
  return document.toJS() ?? {}
}

const wordPattern = /^[a-zéëï]+$/
const isWordList = (value) => Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')

function checkWords(where, words) {
  const seen = new Set()
  for (const word of words) {
    if (!wordPattern.test(word)) error(`${where}: "${word}" is not lowercase letters (a-z, é, ë, ï)`)
    if (seen.has(word)) error(`${where}: "${word}" is listed twice`)
    seen.add(word)
  }
}

// --- separable-particles.yml ---
const particleData = load('separable-particles.yml')
const particleLists = ['particles', 'otherSeparableParts', 'notSeparable']
for (const key of Object.keys(particleData)) {
  if (!particleLists.includes(key)) error(`separable-particles.yml: unknown key "${key}"`)
}
for (const key of particleLists) {
  if (!isWordList(particleData[key])) error(`separable-particles.yml: "${key}" must be a list of words`)
}
const particles = particleData.particles ?? []
const otherParts = particleData.otherSeparableParts ?? []
const notSeparable = particleData.notSeparable ?? []
checkWords('separable-particles.yml', [...particles, ...otherParts])
checkWords('separable-particles.yml notSeparable', notSeparable)
const separableParts = [...particles, ...otherParts].sort((a, b) => b.length - a.length)

// --- unstressed-prefixes.yml ---
const prefixData = load('unstressed-prefixes.yml')
for (const key of Object.keys(prefixData)) {
  if (!['prefixes', 'notPrefixed', 'inseparable', 'both'].includes(key)) error(`unstressed-prefixes.yml: unknown key "${key}"`)
}
const prefixes = isWordList(prefixData.prefixes) ? prefixData.prefixes : (error('unstressed-prefixes.yml: "prefixes" must be a list of words'), [])
checkWords('unstressed-prefixes.yml prefixes', prefixes)
const notPrefixed = isWordList(prefixData.notPrefixed) ? prefixData.notPrefixed : (error('unstressed-prefixes.yml: "notPrefixed" must be a list of words'), [])
checkWords('unstressed-prefixes.yml notPrefixed', notPrefixed)
for (const verb of notPrefixed) {
  if (!prefixes.some((prefix) => verb.startsWith(prefix))) error(`unstressed-prefixes.yml notPrefixed: "${verb}" starts with no prefix`)
}
const inseparableGroups = prefixData.inseparable ?? {}
const inseparableVerbs = []
for (const [particle, verbs] of Object.entries(inseparableGroups)) {
  if (!separableParts.includes(particle)) error(`unstressed-prefixes.yml inseparable: "${particle}" is not in separable-particles.yml`)
  if (!isWordList(verbs)) { error(`unstressed-prefixes.yml inseparable.${particle}: must be a list of words`); continue }
  for (const verb of verbs) {
    if (!verb.startsWith(particle)) error(`unstressed-prefixes.yml inseparable.${particle}: "${verb}" does not start with "${particle}"`)
  }
  inseparableVerbs.push(...verbs)
}
const both = isWordList(prefixData.both) ? prefixData.both : (error('unstressed-prefixes.yml: "both" must be a list of words'), [])
for (const verb of both) {
  if (!separableParts.some((particle) => verb.startsWith(particle))) error(`unstressed-prefixes.yml both: "${verb}" starts with no separable particle`)
}
checkWords('unstressed-prefixes.yml inseparable + both', [...inseparableVerbs, ...both])

// --- irregular-verbs.yml ---
const verbs = load('irregular-verbs.yml')
const required = ['present', 'past', 'pastPlural', 'participle', 'auxiliary']
const optional = ['participleVariants', 'flemish']
const auxiliaries = new Set(['hebben', 'zijn', 'both'])
const lemmasByForm = new Map()
const addForm = (form, lemma) => {
  const lemmas = lemmasByForm.get(form) ?? new Set()
  lemmas.add(lemma)
  lemmasByForm.set(form, lemmas)
}

for (const [verb, entry] of Object.entries(verbs)) {
  const where = `irregular-verbs.yml ${verb}`
  if (!wordPattern.test(verb) || !verb.endsWith('n')) error(`${where}: the key must be a lowercase infinitive`)
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) { error(`${where}: must be a mapping`); continue }
  for (const key of required) if (!(key in entry)) error(`${where}: "${key}" is missing`)
  for (const key of Object.keys(entry)) {
    if (!required.includes(key) && !optional.includes(key)) error(`${where}: unknown key "${key}"`)
  }
  for (const key of ['present', 'past', 'pastPlural', ...optional]) {
    if (!(key in entry)) continue
    if (!isWordList(entry[key])) { error(`${where}: "${key}" must be a non-empty list of words`); continue }
    checkWords(`${where} ${key}`, entry[key])
    for (const form of entry[key]) addForm(form, verb)
  }
  if (isWordList(entry.present) && !entry.present.includes(verb)) error(`${where}: present must include the infinitive`)
  if (isWordList(entry.past) && isWordList(entry.pastPlural) && entry.pastPlural.length > entry.past.length) {
    error(`${where}: more plural than singular past forms`)
  }
  const { participle, auxiliary } = entry
  if (participle !== null && typeof participle !== 'string') error(`${where}: participle must be a word or null`)
  if (typeof participle === 'string') {
    checkWords(`${where} participle`, [participle])
    addForm(participle, verb)
    const prefixed = prefixes.some((prefix) => verb.startsWith(prefix))
    if (!participle.startsWith('ge') && !prefixed) error(`${where}: participle "${participle}" lacks ge-`)
  }
  if (entry.participleVariants && participle === null) error(`${where}: participleVariants without a participle`)
  if (isWordList(entry.participleVariants) && entry.participleVariants.includes(participle)) error(`${where}: participle repeated in participleVariants`)
  if (auxiliary !== null && !auxiliaries.has(auxiliary)) error(`${where}: auxiliary must be hebben, zijn, both or null`)
  if ((auxiliary === null) !== (participle === null)) error(`${where}: auxiliary is null exactly when participle is null`)
}

// Compounds are derived by the code, so an entry must not be a prefix or particle + another entry.
for (const verb of Object.keys(verbs)) {
  for (const part of [...prefixes, ...separableParts]) {
    const rest = verb.slice(part.length)
    if (verb.startsWith(part) && rest in verbs) error(`irregular-verbs.yml ${verb}: a compound of "${part}" + "${rest}"; derive it instead`)
  }
}
for (const verb of [...inseparableVerbs, ...both, ...notSeparable]) {
  if (verb in verbs) error(`"${verb}" is both a verb entry and in a prefix or particle list`)
}

// --- optional: forms unknown to the built dictionary ---
let dictionaryNote = 'dictionary check skipped (@cspell/dict-nl-nl is not installed)'
// The dictionary's source (a devDependency): cspell's own trie of it answers as tov's built graph does.
let trieFile
try {
  trieFile = join(dirname(createRequire(import.meta.url).resolve('@cspell/dict-nl-nl/cspell-ext.json')), 'Dutch.trie.gz')
} catch {
  trieFile = undefined
}
if (trieFile !== undefined && existsSync(trieFile)) {
  try {
    const { decodeTrie } = await import('cspell-trie-lib')
    const trie = decodeTrie(new Uint8Array(gunzipSync(readFileSync(trieFile))))
    const unknown = [...lemmasByForm.keys()].filter((form) => !trie.hasWord(form, true))
    for (const form of unknown) warnings.push(`not in the dictionary: "${form}" (${[...lemmasByForm.get(form)].join(', ')})`)
    dictionaryNote = `dictionary check: ${unknown.length} of ${lemmasByForm.size} forms unknown`
  } catch (cause) {
    dictionaryNote = `dictionary check skipped (${cause.message})`
  }
}

// --- report ---
const entries = Object.values(verbs).filter((entry) => entry && typeof entry === 'object')
const count = (predicate) => entries.filter(predicate).length
const shared = [...lemmasByForm].filter(([, lemmas]) => lemmas.size > 1)
console.log(`irregular-verbs.yml: ${entries.length} verbs, ${lemmasByForm.size} distinct forms`)
console.log(`  auxiliary: ${['hebben', 'zijn', 'both'].map((aux) => `${aux} ${count((entry) => entry.auxiliary === aux)}`).join(', ')}, none ${count((entry) => entry.auxiliary === null)}`)
console.log(`  two past forms: ${count((entry) => entry.past?.length > 1)}, participle variants: ${count((entry) => entry.participleVariants)}, flemish forms: ${count((entry) => entry.flemish)}`)
console.log(`  forms shared by two verbs: ${shared.length}${shared.length ? ` (${shared.map(([form, lemmas]) => `${form}: ${[...lemmas].join('/')}`).join('; ')})` : ''}`)
console.log(`separable-particles.yml: ${particles.length} particles, ${otherParts.length} other separable parts, ${notSeparable.length} not separable`)
console.log(`unstressed-prefixes.yml: ${prefixes.length} prefixes, ${notPrefixed.length} not prefixed, ${inseparableVerbs.length} inseparable compounds (${Object.keys(inseparableGroups).length} particles), ${both.length} both ways`)
console.log(dictionaryNote)
for (const warning of warnings) console.log(`warning: ${warning}`)
for (const message of errors) console.error(`error: ${message}`)
if (errors.length) {
  console.error(`${errors.length} error(s)`)
  process.exit(1)
}
console.log('ok')
