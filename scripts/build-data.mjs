// Builds, at install time, the data that must never be built at run time:
// 1. the Dutch dictionary as cspell's binary trie (decodes in ~12 ms instead of parsing a 1 MB gzipped trie);
// 2. every rule's YAML phrase file as JSON, so a broken entry fails the build, never a user's run.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
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

function buildPhrases() {
  const rulesDirectory = join(root, 'rules')
  const names = readdirSync(rulesDirectory).filter((name) => name.endsWith('.yml'))
  for (const name of names) {
    const file = join(rulesDirectory, name)
    let data
    try {
      data = parseYaml(readFileSync(file, 'utf8'), { uniqueKeys: true })
    } catch (error) {
      throw new Error(`rules/${name}: ${error.message.split('\n')[0]}`)
    }
    if (data === null || typeof data !== 'object' || !Array.isArray(data.patterns)) {
      throw new Error(`rules/${name}: expected an object with a "patterns" list`)
    }
    writeAtomically(join(root, 'generated/phrases', name.replace(/\.yml$/, '.json')), `${JSON.stringify(data)}\n`)
  }
  return `${names.length} phrase files`
}

try {
  const phrases = buildPhrases()
  const dictionary = await buildDictionary()
  if (!process.env.CI) process.stderr.write(`tov data: dictionary ${dictionary}, ${phrases}\n`)
} catch (error) {
  process.stderr.write(`tov data build failed: ${error.message}\n`)
  process.exit(1)
}
