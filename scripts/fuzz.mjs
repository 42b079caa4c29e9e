// `npm run fuzz`: the property suite's properties (test/property/) at volume against the built library
// (dist/src), one worker per API: counts crashes (anything thrown that is not a TovError), broken
// invariants and inputs over the time budget, prints the slowest inputs, and shrinks one input of every
// distinct failure. Exits 1 when anything failed.
//
//   node scripts/fuzz.mjs [--runs 100000] [--seed N] [--api check,thread,library,config,fix]
//                         [--jobs 1] [--max-ms 1000] [--no-shrink] [--out report.json] [--sizes fuzz|suite]
//
// --out writes every distinct failure with its whole smallest and shrunk input, for reproducing.
//
// The properties are TypeScript shared with vitest; esbuild bundles them (and nothing of src/, which must
// come from dist/) into node_modules/.cache/tov-fuzz on each run.
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const apiNames = ['check', 'thread', 'library', 'config', 'fix']
const libraryApis = ['library:json', 'library:yaml', 'library:csv', 'library:zendesk', 'library:text']

if (isMainThread) await main()
else await fuzzInWorker(workerData)

// ------------------------------------------------------------------------------------------ main --

function parseArguments(argv) {
  const options = { runs: 100_000, seed: Math.floor(Math.random() * 2 ** 31), apis: apiNames, jobs: 1, maxMs: 1000, shrink: true, hangMs: 60_000, out: undefined, sizes: 'fuzz' }
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index].split('=', 2)
    const value = () => inline ?? argv[++index]
    if (flag === '--runs') options.runs = Number(value())
    else if (flag === '--seed') options.seed = Number(value())
    else if (flag === '--api') options.apis = value().split(',').filter(Boolean)
    else if (flag === '--jobs') options.jobs = Number(value())
    else if (flag === '--max-ms') options.maxMs = Number(value())
    else if (flag === '--hang-ms') options.hangMs = Number(value())
    else if (flag === '--no-shrink') options.shrink = false
    else if (flag === '--out') options.out = value()
    else if (flag === '--sizes') options.sizes = value()
    else if (flag === '--help' || flag === '-h') {
      console.log('node scripts/fuzz.mjs [--runs 100000] [--seed N] [--api check,thread,library,config,fix] [--jobs 1] [--max-ms 1000] [--no-shrink] [--out report.json] [--sizes fuzz|suite]')
      process.exit(0)
    } else {
      console.error(`fuzz: unknown argument ${argv[index]}`)
      process.exit(2)
    }
  }
  for (const api of options.apis) {
    if (!apiNames.includes(api) && !libraryApis.includes(api)) {
      console.error(`fuzz: unknown api "${api}"; choose from ${[...apiNames, ...libraryApis].join(', ')}`)
      process.exit(2)
    }
  }
  if (!Number.isInteger(options.runs) || options.runs < 1 || !Number.isInteger(options.seed) || !(options.jobs >= 1)) {
    console.error('fuzz: --runs, --seed and --jobs take whole numbers')
    process.exit(2)
  }
  return options
}

/** Bundles test/property/properties.ts to plain JS; refuses any run-time import of tov's sources. */
async function buildHarness() {
  const { build } = await import('esbuild')
  const outfile = join(root, 'node_modules', '.cache', 'tov-fuzz', 'properties.mjs')
  mkdirSync(dirname(outfile), { recursive: true })
  await build({
    entryPoints: [join(root, 'test', 'property', 'properties.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    plugins: [
      {
        name: 'no-sources',
        setup(builder) {
          builder.onResolve({ filter: /(^|\/)(src|rules|generated)\// }, (args) => ({
            errors: [{ text: `the fuzz harness imports ${args.path} at run time; it must test dist/, so import only types from src/` }],
          }))
        },
      },
    ],
  })
  return outfile
}

async function main() {
  const options = parseArguments(process.argv.slice(2))
  const harness = await buildHarness()
  console.error(`fuzz: seed ${options.seed}, ${options.runs} inputs per API, budget ${options.maxMs} ms per input, against dist/src`)
  const started = performance.now()
  const queue = [...options.apis]
  const reports = []
  const runners = Array.from({ length: Math.min(options.jobs, queue.length) }, async () => {
    while (queue.length > 0) {
      const api = queue.shift()
      reports.push(await runApi(api, options, harness))
    }
  })
  await Promise.all(runners)
  reports.sort((a, b) => options.apis.indexOf(a.api) - options.apis.indexOf(b.api))

  let failed = false
  for (const report of reports) failed = printReport(report, options) || failed
  if (options.out) writeFileSync(options.out, `${JSON.stringify({ seed: options.seed, runs: options.runs, reports }, null, 2)}\n`)
  const total = reports.reduce((sum, report) => sum + report.runs, 0)
  console.log(`\nfuzz: ${total} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${options.seed}: ${failed ? 'FAILED' : 'ok'}`)
  process.exitCode = failed ? 1 : 0
}

/** One API in a worker of its own; a worker that hangs or dies is reported with the input it was on. */
function runApi(api, options, harness) {
  return new Promise((resolve) => {
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { api, runs: options.runs, seed: options.seed, maxMs: options.maxMs, shrink: options.shrink, harness, sizes: options.sizes },
      resourceLimits: { maxOldGenerationSizeMb: 2048, stackSizeMb: 4 },
    })
    let current
    let last = performance.now()
    let done = false
    const report = { api, runs: 0, crashes: 0, invariants: 0, slow: 0, seconds: 0, slowest: [], failures: [] }
    const finish = (extra) => {
      if (done) return
      done = true
      clearInterval(watchdog)
      if (extra) {
        report.failures.push(extra)
        report.crashes++
      }
      resolve(report)
    }
    const watchdog = setInterval(() => {
      if (performance.now() - last > options.hangMs) {
        worker.terminate()
        finish({ kind: 'hang', count: 1, message: `no answer for ${options.hangMs / 1000} s`, frame: '', smallest: current })
      }
    }, 1000)
    worker.on('message', (message) => {
      last = performance.now()
      if (message.type === 'current') current = message
      else if (message.type === 'progress') console.error(`[${api}] ${message.runs}/${options.runs} inputs, ${message.seconds.toFixed(1)} s, ${message.crashes} crashes, ${message.invariants} invariant failures, ${message.slow} slow`)
      else if (message.type === 'shrinking') console.error(`[${api}] shrinking ${message.index + 1}/${message.of}: ${message.message.slice(0, 100)}`)
      else if (message.type === 'done') {
        Object.assign(report, message.report)
        finish()
      }
    })
    worker.on('error', (error) => finish({ kind: 'worker died', count: 1, message: `${error.name}: ${error.message}`, frame: topFrame(error.stack ?? ''), smallest: current }))
    worker.on('exit', (code) => finish(code === 0 ? undefined : { kind: 'worker died', count: 1, message: `exit code ${code}`, frame: '', smallest: current }))
  })
}

function printReport(report, options) {
  const failed = report.crashes + report.invariants + report.slow > 0
  console.log(`\n== ${report.api}: ${report.runs} inputs, ${report.crashes} crashes, ${report.invariants} invariant failures, ${report.slow} over ${options.maxMs} ms, ${report.seconds.toFixed(1)} s`)
  console.log('  slowest:')
  for (const slow of report.slowest) console.log(`    ${slow.ms.toFixed(0).padStart(6)} ms  size ${String(slow.size).padStart(7)}  ${slow.show}`)
  if (report.failures.length > 0) console.log(`  failures (${report.failures.length} distinct):`)
  for (const failure of report.failures) {
    console.log(`    [${failure.kind}] x${failure.count}  ${failure.message}`)
    if (failure.frame) console.log(`        at ${failure.frame}`)
    if (failure.smallest) console.log(`        smallest (size ${failure.smallest.size}, input #${failure.smallest.index}): ${failure.smallest.show}`)
    if (failure.shrunk) console.log(`        shrunk: ${failure.shrunk}`)
  }
  return failed
}

// ---------------------------------------------------------------------------------------- worker --

/** The first frame of a stack in tov's own code (dist/src, dist/rules), else the first frame at all. */
function topFrame(stack) {
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line))
  const own = frames.find((line) => /\/dist\/(src|rules)\//.test(line)) ?? frames.find((line) => !/node:internal|node_modules/.test(line)) ?? frames[0] ?? ''
  return own.trim().replace(/^at /, '').replace(pathToFileURL(root).href + '/', '').replaceAll(root + '/', '')
}

/** Failures that differ only in numbers and quoted input are one failure. */
function signatureOf(kind, message, frame) {
  // Quoted input (JSON-escaped, perhaps cut short with "…(length)") and numbers vary between inputs.
  // Node's argument errors name the value received: the value is input, the error is the same.
  const normalized = message
    .replace(/ Received .*$/, '')
    .replace(/"(?:[^"\\]|\\.)*(?:"|…\(\d+\))/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 200)
  return `${kind}|${normalized}|${frame.replace(/:\d+\)?$/, '')}`
}

async function fuzzInWorker({ api, runs, seed, maxMs, shrink, harness, sizes }) {
  const fc = (await import('fast-check')).default
  const { createApis, InvariantFailure, Crash, fuzzSizes, suiteSizes } = await import(pathToFileURL(harness).href)
  const tov = await import(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href)
  const { fixReply } = await import(pathToFileURL(join(root, 'dist', 'src', 'engine', 'fix-reply.js')).href)
  // --sizes suite: the inputs of the vitest suite (shorter shapes), e.g. to time it.
  const apis = await createApis({ tov, fixReply }, sizes === 'suite' ? suiteSizes : fuzzSizes)
  const property = api.startsWith('library:') ? apis.libraryFormat(api.slice('library:'.length)) : apis[api]

  const classify = (error) => {
    if (error instanceof Crash) {
      const inner = error.error
      const name = inner instanceof Error ? inner.name : typeof inner
      const message = inner instanceof Error ? inner.message.split('\n')[0] : String(inner)
      return { kind: 'crash', message: `${error.api}: ${name}: ${message}`.slice(0, 300), frame: topFrame(inner instanceof Error ? (inner.stack ?? '') : '') }
    }
    if (error instanceof InvariantFailure) return { kind: 'invariant', message: error.message.slice(0, 300), frame: '' }
    return { kind: 'harness error', message: `${error?.name}: ${error?.message}`.slice(0, 300), frame: topFrame(error?.stack ?? '') }
  }

  const report = { runs: 0, crashes: 0, invariants: 0, slow: 0, seconds: 0, slowest: [], failures: [] }
  const bySignature = new Map()
  const started = performance.now()
  const progressEvery = Math.max(1000, Math.min(5000, Math.floor(runs / 10)))
  let index = 0

  const record = (failure, entry) => {
    const signature = signatureOf(failure.kind, failure.message, failure.frame)
    let known = bySignature.get(signature)
    if (!known) {
      known = { ...failure, signature, count: 0, smallest: undefined }
      bySignature.set(signature, known)
    }
    known.count++
    if (!known.smallest || entry.size < known.smallest.size) known.smallest = { index: entry.index, size: entry.size, show: entry.show, input: entry.input() }
    if (failure.kind === 'crash') report.crashes++
    else if (failure.kind === 'slow') report.slow++
    else report.invariants++
  }

  await fc.check(
    fc.asyncProperty(property.arbitrary, async (input) => {
      const runIndex = index++
      const entry = { index: runIndex, size: property.size(input), show: property.show(input, 160), input: () => property.show(input, 1e7) }
      parentPort.postMessage({ type: 'current', index: entry.index, size: entry.size, show: entry.show })
      const start = performance.now()
      let failure
      let apiMs
      try {
        apiMs = await property.run(input)
      } catch (error) {
        failure = classify(error)
      }
      // The API's own time where the property reports it (fix), else the whole property's.
      const ms = typeof apiMs === 'number' ? apiMs : performance.now() - start
      report.runs++
      if (report.slowest.length < 5 || ms > report.slowest.at(-1).ms) {
        report.slowest.push({ ms, size: entry.size, show: property.show(input, 80) })
        report.slowest.sort((a, b) => b.ms - a.ms)
        report.slowest.length = Math.min(report.slowest.length, 5)
      }
      if (failure) record(failure, entry)
      if (ms > maxMs) record({ kind: 'slow', message: `over ${maxMs} ms (${ms.toFixed(0)} ms)`, frame: '' }, { ...entry, ms })
      if (report.runs % progressEvery === 0) {
        parentPort.postMessage({ type: 'progress', runs: report.runs, seconds: (performance.now() - started) / 1000, crashes: report.crashes, invariants: report.invariants, slow: report.slow })
      }
      return true
    }),
    { seed, numRuns: runs },
  )
  report.seconds = (performance.now() - started) / 1000

  // Shrink one input of each distinct failure: replay its run (seed and path) and let fast-check make it
  // smaller while it still fails the same way.
  const failures = [...bySignature.values()]
  if (shrink) {
    for (const [position, failure] of failures.entries()) {
      if (failure.kind === 'slow') continue
      parentPort.postMessage({ type: 'shrinking', index: position, of: failures.length, message: failure.message })
      let calls = 0
      const details = await fc.check(
        fc.asyncProperty(property.arbitrary, async (input) => {
          if (++calls > 400) return true
          parentPort.postMessage({ type: 'current', index: -1, size: property.size(input), show: property.show(input, 160) })
          try {
            await property.run(input)
            return true
          } catch (error) {
            const again = classify(error)
            return signatureOf(again.kind, again.message, again.frame) !== failure.signature
          }
        }),
        { seed, path: String(failure.smallest.index), numRuns: 1 },
      )
      if (details.failed && details.counterexample) {
        failure.shrunk = `${property.show(details.counterexample[0], 400)}  (size ${property.size(details.counterexample[0])})`
        failure.shrunkInput = property.show(details.counterexample[0], 1e7)
      }
    }
  }
  report.failures = failures.map(({ signature: _signature, ...failure }) => failure)
  // Only the smallest input travels in full (for --out); the printed report shows it cut short.
  apis.dispose()
  parentPort.postMessage({ type: 'done', report })
}

