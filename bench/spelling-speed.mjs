// How fast the Dutch dictionary starts and suggests, each figure from a fresh Node process (median of runs):
//   load     importing src/spelling/dutch-dictionary.ts and the first `new DutchDictionary()`;
//   first    the first suggest('onstaan') after that (the cold path of a check with one slip);
//   average  suggest() per word over ~500 misspellings, each a typical slip (a letter dropped, two
//            swapped, one doubled, a final d/t) of a word from real webcare prose (fixtures/prose), kept
//            when the dictionary knows neither it nor a compound reading of it (every word a distinct one,
//            so the suggestion cache does not help); also says how often the word slipped comes first.
//
//   node bench/spelling-speed.mjs            (bundles src/ with esbuild: no build needed)
//   node bench/spelling-speed.mjs --dist     (dist/src/spelling/dutch-dictionary.js, after `npm run build`)
//   node bench/spelling-speed.mjs --runs 9   (processes per figure; 7 by default)
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(fileURLToPath(import.meta.url), '..', '..')
const argument = (name) => process.argv[process.argv.indexOf(name) + 1]
const runs = process.argv.includes('--runs') ? Number(argument('--runs')) : 7
const temporary = []

/** The dictionary module to time: dist/ with --dist, else src/ bundled beside the data it reads. */
async function dictionaryModule() {
  if (process.argv.includes('--dist')) {
    const file = join(root, 'dist/src/spelling/dutch-dictionary.js')
    if (!existsSync(file)) throw new Error('dist/ is missing: run `npm run build` first, or leave out --dist')
    return file
  }
  const { build } = await import('esbuild')
  // Inside the package, so that the bundle finds generated/ as the source does.
  const file = join(root, 'generated/dictionary', `.spelling-speed.${process.pid}.mjs`)
  temporary.push(file)
  await build({ entryPoints: [join(root, 'src/spelling/dutch-dictionary.ts')], outfile: file, bundle: true, packages: 'external', format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' })
  return file
}

/** Typical slips of a word: a letter dropped, two swapped, one doubled, a final d for t and t for d. */
function slipsOf(word) {
  const at = Math.floor(word.length / 2)
  const slips = [word.slice(0, at) + word.slice(at + 1), word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2), word.slice(0, at) + word[at] + word.slice(at)]
  if (/d$/.test(word)) slips.push(`${word.slice(0, -1)}t`)
  if (/[^d]t$/.test(word)) slips.push(`${word.slice(0, -1)}d`)
  return slips
}

const worker = `
const [module, listFile] = process.argv.slice(2)
const started = performance.now()
const { DutchDictionary } = await import(module)
const dictionary = new DutchDictionary()
const loaded = performance.now()
dictionary.suggest('onstaan')
const first = performance.now()
const words = listFile ? JSON.parse((await import('node:fs')).readFileSync(listFile, 'utf8')) : []
const before = performance.now()
let suggested = 0
let intendedFirst = 0
for (const [word, intended] of words) {
  const first = dictionary.suggest(word)[0]
  if (first !== undefined) suggested++
  if (first === intended) intendedFirst++
}
const after = performance.now()
console.log(JSON.stringify({ load: loaded - started, first: first - loaded, average: words.length ? (after - before) / words.length : 0, suggested, intendedFirst, words: words.length, boot: started }))
`

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

try {
  const module = pathToFileURL(await dictionaryModule()).href
  const workerFile = join(root, 'generated/dictionary', `.spelling-speed-worker.${process.pid}.mjs`)
  temporary.push(workerFile)
  writeFileSync(workerFile, worker)

  // The misspellings: slips of the prose's words that the dictionary rejects, in a fixed order.
  const { DutchDictionary } = await import(module)
  const dictionary = new DutchDictionary()
  const prose = readdirSync(join(root, 'fixtures/prose')).filter((name) => name.endsWith('.txt') && name !== 'typos.txt').sort()
  const words = new Set()
  for (const name of prose) for (const [word] of readFileSync(join(root, 'fixtures/prose', name), 'utf8').toLowerCase().matchAll(/\p{Ll}{4,}/gu)) words.add(word)
  const misspellings = new Map()
  for (const word of [...words].sort()) {
    if (!dictionary.isKnown(word)) continue
    for (const slip of slipsOf(word)) if (!misspellings.has(slip) && !dictionary.isKnown(slip) && !dictionary.isCompound(slip)) misspellings.set(slip, word)
  }
  const list = [...misspellings].slice(0, 500)
  const listFile = join(root, 'generated/dictionary', `.spelling-speed.${process.pid}.json`)
  temporary.push(listFile)
  writeFileSync(listFile, JSON.stringify(list))

  const results = []
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, [workerFile, module, listFile], { encoding: 'utf8' })
    if (child.status !== 0) throw new Error(child.stderr)
    results.push(JSON.parse(child.stdout))
  }
  const figure = (key) => median(results.map((result) => result[key])).toFixed(2)
  console.log(`${runs} fresh processes each (median), ${list.length} misspellings:`)
  console.log(`  node start-up to import         ${figure('boot')} ms`)
  console.log(`  import + new DutchDictionary()  ${figure('load')} ms`)
  console.log(`  first suggest('onstaan')        ${figure('first')} ms`)
  console.log(`  suggest(), average per word     ${figure('average')} ms  (${results[0].suggested} of ${list.length} with a suggestion, the word slipped first for ${results[0].intendedFirst})`)
} finally {
  for (const file of temporary) rmSync(file, { force: true })
}
