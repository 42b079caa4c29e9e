// `tov report` on a month-sized export and a large one: the BUILT command line (node bin/tov.js report
// <export.csv> -o <report.html>, in a folder with a brand's .tovrc.json, CI set so no progress is drawn) on
// exports of make-export.mjs (12 agents, 8 weeks, Zendesk-like columns). Wall time from start to exit, peak
// memory (RSS) through /usr/bin/time -f %M where it exists, as bench/bench.mjs measures a check.
// Targets: 10,000 replies within 20 s; 100,000 within 3 minutes and under 1 GiB.
//
//   node bench/report-speed.mjs [--sizes 10000,100000] [--seed 1] [--root <a built tov>]
//
// bench/bench.mjs may call reportSpeed() for its table.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeExport } from './make-export.mjs'

const hasTime = existsSync('/usr/bin/time')

/** What each size must stay within: seconds, and MiB of peak memory (undefined: no target). */
const targets = { 10000: { seconds: 20 }, 100000: { seconds: 180, mib: 1024 } }

/** The brand of the measured reports: the values and reading level of a typical team. */
const brand = { values: ['deskundig', 'vriendelijk', 'onbevooroordeeld'], addressForm: 'je', readability: { target: 'B1' } }

/** One run of the built CLI: wall time in seconds and peak RSS in MiB (NaN without /usr/bin/time). */
function timeReport(root, folder, args) {
  const command = hasTime ? '/usr/bin/time' : process.execPath
  const commandArgs = [...(hasTime ? ['-f', '%M', process.execPath] : []), join(root, 'bin', 'tov.js'), 'report', ...args]
  const start = process.hrtime.bigint()
  const result = spawnSync(command, commandArgs, { cwd: folder, encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 1 << 26 })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0) throw new Error(`report-speed: tov report ${args.join(' ')} failed (exit ${result.status}): ${(result.stderr ?? String(result.error)).trim().split('\n').slice(-3).join(' | ')}`)
  const peak = hasTime ? Number(result.stderr.trim().split('\n').at(-1)) / 1024 : NaN
  return { seconds, peak, stderr: result.stderr }
}

/**
 * Writes an export of each size, makes its HTML report with the built CLI in `root`, and returns per size:
 * the rows, the export's and the report's size, wall time, peak memory, and whether the targets were met.
 */
export async function reportSpeed({ root, sizes = [10000, 100000], seed = 1, onStep = () => undefined }) {
  if (!existsSync(join(root, 'bin', 'tov.js'))) throw new Error(`report-speed: no bin/tov.js in ${root}`)
  const help = spawnSync(process.execPath, [join(root, 'bin', 'tov.js'), 'report', '--help'], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' } })
  if (help.status !== 0) throw new Error(`report-speed: the tov in ${root} has no working "tov report" (run "npm run build" first): ${help.stderr.trim().split('\n')[0]}`)
  const results = []
  for (const size of sizes) {
    const folder = mkdtempSync(join(tmpdir(), 'tov-report-speed-'))
    try {
      onStep(`export of ${size} replies`)
      const exportFile = join(folder, 'export.csv')
      writeFileSync(exportFile, makeExport(size, seed))
      writeFileSync(join(folder, '.tovrc.json'), JSON.stringify(brand))
      onStep(`tov report on ${size} replies`)
      const report = join(folder, 'report.html')
      const { seconds, peak, stderr } = timeReport(root, folder, ['export.csv', '-o', 'report.html'])
      const checked = Number(/(\d+) reacties van/.exec(stderr)?.[1] ?? NaN)
      const target = targets[size] ?? {}
      results.push({
        size,
        checked,
        exportMiB: statSync(exportFile).size / 1024 / 1024,
        reportKiB: statSync(report).size / 1024,
        seconds,
        peakMiB: peak,
        target,
        met: (target.seconds === undefined || seconds <= target.seconds) && (target.mib === undefined || !(peak >= target.mib)),
      })
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
  return results
}

/** The figures as a Markdown table, as the README shows them. */
export function speedTable(results) {
  const rows = results.map((result) => {
    const target = [result.target.seconds !== undefined ? `<= ${result.target.seconds} s` : '', result.target.mib !== undefined ? `< ${result.target.mib} MiB` : ''].filter(Boolean).join(', ')
    return `| ${result.size.toLocaleString('en')} (${result.exportMiB.toFixed(1)} MB CSV) | ${result.seconds.toFixed(2)} s | ${Number.isNaN(result.peakMiB) ? 'n/a' : `${Math.round(result.peakMiB)} MiB`} | ${Math.round(result.reportKiB)} KiB | ${target} ${result.met ? '(met)' : '(MISSED)'} |`
  })
  return ['| replies | wall time | peak memory (RSS) | HTML report | target |', '|---|---|---|---|---|', ...rows].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => {
    const at = process.argv.indexOf(name)
    return at >= 0 ? process.argv[at + 1] : undefined
  }
  const root = resolve(option('--root') ?? join(fileURLToPath(import.meta.url), '..', '..'))
  const sizes = (option('--sizes') ?? '10000,100000').split(',').map(Number)
  try {
    const results = await reportSpeed({ root, sizes, seed: Number(option('--seed') ?? 1), onStep: (step) => process.stderr.write(`report-speed: ${step}\n`) })
    console.log(speedTable(results))
    process.exitCode = results.every((result) => result.met) ? 0 : 1
  } catch (error) {
    console.error(error.message)
    process.exitCode = 2
  }
}
