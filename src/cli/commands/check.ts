// `tov check`: reads the replies and libraries named (or standard input), checks them with the library's
// checkReplies (cache, worker threads), fixes single replies with --fix, prints the report and decides
// the exit code. The capabilities are the library's; this file parses flags and prints.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { Option, type Command } from 'commander'
import {
  channelNames,
  checkRepliesStreaming,
  fixReplies,
  getChannel,
  isLibraryFormat,
  libraryFormats,
  readReplies,
  readThreadFile,
  baselineApplier,
  BaselineRecorder,
  type CheckedText,
  fingerprintOf,
  readBaseline,
  writeBaseline,
  type SuppressedFinding,
  withFindings,
  printable,
  rulesFor,
  TovError,
  type CheckResult,
  type LibraryFile,
  type LibraryFormat,
  type ResolvedConfig,
  type Thread,
} from '../../index.js'
import { formatNames, showsProfile, type FormatName } from '../../formats/format-results.js'
import { createResultWriter, type SarifSpill } from '../../formats/result-writer.js'
import type { CliIo } from '../run.js'
import { assertFormat, configFor, parseMaxWarnings } from '../shared.js'
import { createRequire } from 'node:module'

interface CheckFlags {
  channel?: string
  format: string
  config?: string
  thread?: string
  maxWarnings?: string
  inputFormat?: string
  quiet?: boolean
  template?: boolean
  cache?: boolean
  cacheLocation?: string
  jobs?: string
  fix?: boolean
  fixDryRun?: boolean
  agent?: string
  watch?: boolean
  baseline?: string
  updateBaseline?: boolean
  requireReason?: boolean
  reportUnusedDirectives?: boolean
  explainIgnored?: boolean
}

interface FixContext {
  config: ResolvedConfig
  channel: CheckResult['channel']
  thread: Thread | undefined
  agent: string | undefined
  dryRun: boolean
  io: CliIo
}

/** --fix and --fix-dry-run: the library's fixReplies, and what to tell the agent about it. */
async function fixLibraries(libraries: LibraryFile[], context: FixContext): Promise<{ toStdout?: string }> {
  const { config, channel, thread, agent, dryRun, io } = context
  const outcome = await fixReplies(libraries, { config, channel, ...(thread ? { thread } : {}), ...(agent ? { agent } : {}), dryRun, cwd: io.cwd })
  libraries.splice(0, libraries.length, ...outcome.libraries)
  if (outcome.librariesSkipped) io.stderr('tov: --fix past bibliotheken (json, yaml, csv, zendesk) niet aan; gebruik daar de voorstellen.\n')
  if (dryRun) io.stdout(outcome.diff)
  if (dryRun && outcome.diff === '') {
    // Nothing to show is an answer too: say why, rather than print nothing.
    const agentKnown = agent !== undefined || Object.keys(config.agents).length === 1
    io.stderr(
      `tov: niets om mechanisch te herstellen; wat tov vond vraagt om je eigen formulering (zie tov check).${agentKnown ? '' : ' De ondertekening vult --fix alleen in met je initialen: --agent AB of TOV_AGENT.'}\n`,
    )
  }
  return outcome.stdin === undefined ? {} : { toStdout: outcome.stdin }
}

/** --explain-ignored: what directives and the baseline silenced in `result`, one line each, with the reason. */
function explainIgnored(result: CheckResult): string[] {
  return ((result as { suppressed?: SuppressedFinding[] }).suppressed ?? []).map(
    (finding) =>
      `${result.file}${result.entry !== undefined ? ` › ${result.entry}` : ''}:${finding.line}:${finding.column}  ${finding.ruleId}  "${printable(finding.actual)}"  (${finding.reason === 'baseline' || finding.reason.startsWith('override: ') ? finding.reason : `directive: ${printable(finding.reason)}`})`,
  )
}

/** --jobs: a number of threads, or "auto" (checkReplies decides from the library's size and the cores). */
function parseJobs(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto'
  if (!/^[1-9]\d*$/.test(value)) throw new TovError('USAGE', `--jobs verwacht een aantal threads vanaf 1 of "auto", niet "${value}".`)
  return Number(value)
}

/**
 * "tov: 1200/10000 reacties" on a terminal's stderr; nothing in CI logs or when piped. The report is
 * printed while the check runs: `clear` takes the bar away before a piece of it reaches the same terminal,
 * and the next tick draws it again below.
 */
function createProgress(io: CliIo, total: number): { tick(): void; clear(): void; done(): void } {
  const shown = io.stderrIsTTY && !io.env['CI'] && total >= 200
  let count = 0
  let drawn = false
  const clear = () => {
    if (drawn) io.stderr('\r\u001b[2K')
    drawn = false
  }
  return {
    tick: () => {
      count++
      if (shown && (count % 100 === 0 || count === total)) {
        const width = 30
        const filled = Math.round((count / total) * width)
        io.stderr(`\r tov [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} reacties`)
        drawn = true
      }
    },
    clear,
    done: () => {
      if (shown) io.stderr('\r\u001b[2K')
      drawn = false
    },
  }
}

/** --quiet: only error-level findings, in the report and in the totals. */
function errorsOnly(result: CheckResult): CheckResult {
  return withFindings(result, result.findings.filter((finding) => finding.severity === 'error'))
}

function useColor(io: CliIo): boolean {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false
  if (io.env['FORCE_COLOR'] !== undefined) return io.env['FORCE_COLOR'] !== '0'
  return io.stdoutIsTTY
}


/** Entries from which a library's reading is worth collecting at once (see releaseReadingGarbage). */
const collectAfterEntries = 20_000

/**
 * Collects the garbage of reading a large library before checking it. Parsing 100,000 entries of JSON
 * holds ~250 MiB of syntax tree at its peak; V8 then sets its next full collection from that peak, so the
 * dead tree stays in memory while the checks (and a worker thread's heap) come on top: 830 MiB instead of
 * 460 MiB. One collection here (~50 ms) frees it. Node has no gc() without --expose-gc: it is switched on
 * for a moment and off again, so that the flags (and with them the code cache) stay the same.
 */
function releaseReadingGarbage(entries: number): void {
  if (entries < collectAfterEntries) return
  const require = createRequire(import.meta.url)
  const { setFlagsFromString } = require('node:v8') as typeof import('node:v8')
  const { runInNewContext } = require('node:vm') as typeof import('node:vm')
  setFlagsFromString('--expose-gc')
  const collect = runInNewContext('gc') as (() => void) | undefined
  setFlagsFromString('--no-expose-gc')
  collect?.()
}

async function runCheck(files: string[], flags: CheckFlags, io: CliIo): Promise<number> {
  // Everything that can be wrong with the invocation is found before any reply is read or checked.
  assertFormat(flags.format, formatNames)
  if (flags.channel !== undefined) getChannel(flags.channel)
  const maxWarnings = parseMaxWarnings(flags.maxWarnings)
  const jobs = parseJobs(flags.jobs)
  const config = await configFor(io, flags)
  const thread = flags.thread ? await readThreadFile(resolve(io.cwd, flags.thread), flags.thread) : undefined
  if (flags.inputFormat !== undefined && !isLibraryFormat(flags.inputFormat)) {
    throw new TovError('UNKNOWN_FORMAT', `Onbekend invoerformaat "${flags.inputFormat}". Kies uit: ${libraryFormats.join(', ')}.`)
  }
  // Without files tov reads standard input; at a terminal, say so instead of waiting in silence.
  if (io.stdinIsTTY && (files.length === 0 || (files.length === 1 && files[0] === '-'))) {
    io.stderr('tov: typ of plak de reactie en sluit af met Ctrl+D (Ctrl+Z en Enter op Windows); of geef een bestand: tov check concept.txt\n')
  }
  const libraries = await readReplies(files, io.cwd, io.readStdin, {
    csvColumns: config.csvColumns,
    ...(flags.template ? { template: true } : {}),
    ...(flags.inputFormat ? { format: flags.inputFormat as LibraryFormat } : {}),
  })
  const total = libraries.reduce((sum, library) => sum + library.entries.length, 0)
  releaseReadingGarbage(total)

  // An entry's own channel first; then --channel, the thread's, and the config's.
  const channel = (flags.channel ?? thread?.channel ?? config.channel) as CheckResult['channel']
  const agent = flags.agent ?? io.env['TOV_AGENT']
  let report = io.stdout
  if (flags.fix || flags.fixDryRun) {
    const fixed = await fixLibraries(libraries, { config, channel, thread, agent, dryRun: flags.fixDryRun === true, io })
    // With standard input, the fixed text is the output; the report goes to stderr.
    if (fixed.toStdout !== undefined) {
      io.stdout(fixed.toStdout)
      report = io.stderr
    }
    if (flags.fixDryRun) report = () => undefined
  }
  // The baseline is read before any reply is checked: a missing or broken one stops the run at once.
  const baselineShown = flags.baseline ?? '.tovbaseline.json'
  const baselineLocation = resolve(io.cwd, baselineShown)
  const recorder = flags.updateBaseline ? new BaselineRecorder() : undefined
  const baselined: ((checked: CheckedText) => CheckResult) | undefined = recorder
    ? (checked) => recorder.accept(checked)
    : flags.baseline
      ? baselineApplier(await readBaseline(baselineLocation, baselineShown))
      : undefined

  // Each result is printed as soon as it and those before it are checked: a library of 100,000 replies
  // never sits in memory whole, nor does its report.
  const toTerminal = report === io.stdout && io.stdoutIsTTY
  const progress = createProgress(io, total)
  const out = bufferedOutput((text) => {
    if (toTerminal || report === io.stderr) progress.clear()
    report(text)
  })
  // The text each result was checked on: the excerpt of where a too-long reply is cut, and SARIF's fingerprints.
  const texts = new WeakMap<CheckResult, string>()
  const spill = flags.format === 'sarif' && total > sarifInMemoryUpTo ? fileSpill() : undefined
  const writer = createResultWriter(flags.format as FormatName, {
    color: report === io.stdout && useColor(io),
    rules: rulesFor(config),
    ...(toTerminal && io.columns ? { width: io.columns } : {}),
    textOf: (result) => texts.get(result),
    fingerprintOf: (result, finding) => fingerprintOf(finding, texts.get(result) ?? '', result.entry),
    ...(flags.baseline || flags.updateBaseline ? { baseline: true } : {}),
    upcoming: { count: total, names: () => placesOf(libraries) },
    ...(spill ? { sarifSpill: spill } : {}),
  })
  const ignored: string[] = []
  let errors = 0
  let warnings = 0
  try {
    await checkRepliesStreaming(
      libraries,
      {
        config,
        channel,
        ...(thread ? { thread } : {}),
        ...(agent ? { agent } : {}),
        ...(flags.cache ? { cache: { location: resolve(io.cwd, flags.cacheLocation ?? '.tovcache'), env: io.env } } : {}),
        jobs,
        // The voice profile and readability only where the output shows them.
        ...(showsProfile(flags.format as FormatName) ? {} : { profile: false }),
        onProgress: progress.tick,
        ...(flags.explainIgnored ? { explainOverrides: true } : {}),
        // A directive must say why; in CI (CI set) unless --no-require-reason.
        directives: { requireReason: flags.requireReason ?? io.env['CI'] !== undefined, reportUnused: flags.reportUnusedDirectives === true },
      },
      ({ result: checked, text }) => {
        let result = baselined ? baselined({ result: checked, text }) : checked
        if (flags.quiet) result = errorsOnly(result)
        if (flags.explainIgnored) for (const line of explainIgnored(result)) ignored.push(line)
        errors += result.summary.errors
        warnings += result.summary.warnings
        texts.set(result, text)
        out.write(writer.write(result))
      },
    )
    progress.done()
    if (recorder) {
      const baseline = recorder.baseline()
      writeBaseline(baselineLocation, baseline)
      io.stderr(`tov: baseline geschreven: ${baselineShown} (${baseline.findings.reduce((sum, entry) => sum + entry.count, 0)} bevindingen geaccepteerd).\n`)
    }
    for (const text of writer.end()) out.write(text)
    out.flush()
  } finally {
    spill?.remove()
  }
  if (flags.explainIgnored) {
    io.stderr(ignored.length === 0 ? 'tov: niets stilgezet.\n' : `tov: stilgezet (${ignored.length}):\n${ignored.map((line) => `  ${line}\n`).join('')}`)
  }
  if (errors > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`tov: ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}, meer dan --max-warnings ${maxWarnings}.\n`)
    return 1
  }
  return 0
}

/** Where each result will be: its file, and its entry in a library (as checkReplies names it). */
function* placesOf(libraries: readonly LibraryFile[]): Generator<{ file: string; entry?: string }> {
  for (const library of libraries) {
    for (const entry of library.entries) yield library.format === 'text' && entry.id === library.file ? { file: library.file } : { file: library.file, entry: entry.id }
  }
}

/** Output gathered into pieces of ~64 KiB: one write per result would be 100,000 writes for a big library. */
function bufferedOutput(write: (text: string) => void): { write(text: string): void; flush(): void } {
  let pending: string[] = []
  let size = 0
  const flush = () => {
    if (pending.length === 0) return
    const text = pending.join('')
    pending = []
    size = 0
    write(text)
  }
  return {
    write(text) {
      if (text === '') return
      pending.push(text)
      size += text.length
      if (size >= 64 * 1024) flush()
    },
    flush,
  }
}

/** Up to this many replies, SARIF's results wait in memory for the rules array; beyond, in a file. */
const sarifInMemoryUpTo = 2000

/** A temporary file for SARIF's results, read back line by line (a rule's place is filled in per line). */
function fileSpill(): SarifSpill & { remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'tov-sarif-'))
  const path = join(folder, 'results.json')
  const fd = openSync(path, 'w+')
  let open = true
  return {
    write: (text) => void writeSync(fd, text),
    *read() {
      const decoder = new StringDecoder('utf8')
      const chunk = Buffer.alloc(1 << 20)
      let rest = ''
      for (let position = 0; ; ) {
        const read = readSync(fd, chunk, 0, chunk.length, position)
        if (read === 0) break
        position += read
        const text = rest + decoder.write(chunk.subarray(0, read))
        const cut = text.lastIndexOf('\n') + 1
        rest = text.slice(cut)
        if (cut > 0) yield text.slice(0, cut)
      }
      rest += decoder.end()
      if (rest !== '') yield rest
    },
    remove() {
      if (open) closeSync(fd)
      open = false
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

/** `tov check [files...]` and its flags. */
export function registerCheck(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('check')
    .description('controleer reacties; zonder bestanden of met "-" leest tov de standaardinvoer')
    .argument('[files...]', 'bestanden of mappen met reacties (.txt, .md)')
    .addOption(new Option('-c, --channel <name>', `kanaal: ${channelNames.join(' | ')}`))
    .addOption(new Option('-f, --format <name>', `uitvoer: ${formatNames.join(' | ')}`).default('stylish'))
    .option('--config <path>', 'gebruik dit configbestand in plaats van te zoeken')
    .option('--thread <file>', 'eerdere berichten van het gesprek (JSON) als context')
    .option('--max-warnings <n>', 'eindig met code 1 bij meer waarschuwingen dan n')
    .option('--input-format <name>', `invoer: ${libraryFormats.join(' | ')} (standaard: naar de extensie)`)
    .option('-q, --quiet', 'toon alleen fouten, geen waarschuwingen')
    .option('--template', 'de bestanden zijn standaardantwoorden: placeholders worden later ingevuld')
    .option('--cache', 'controleer alleen reacties die sinds de vorige keer veranderd zijn')
    .option('--cache-location <path>', 'waar de cache staat (standaard .tovcache)')
    .option('--jobs <n>', 'threads voor grote bibliotheken: een aantal, of "auto" (alle kernen van 4000 tot 50.000 reacties)', 'auto')
    .option('--fix', 'herstel wat mechanisch kan (@mention vooraan, ondertekening, eigen vervangingen) en schrijf het bestand')
    .option('--fix-dry-run', 'toon de herstellingen als diff, zonder iets te schrijven')
    .option('--agent <initials>', 'je initialen voor de ondertekening (of de omgevingsvariabele TOV_AGENT)')
    .option('--watch', 'controleer het bestand opnieuw bij elke keer opslaan (checklistweergave)')
    .option('--baseline <file>', 'meld alleen bevindingen die niet in deze baseline staan (voor CI op een bestaande bibliotheek)')
    .option('--update-baseline', 'schrijf alle huidige bevindingen naar de baseline (--baseline, standaard .tovbaseline.json)')
    .option('--require-reason', 'een tov-disable-directive moet een reden hebben (standaard in CI)')
    .option('--no-require-reason', 'sta tov-disable-directives zonder reden toe, ook in CI')
    .option('--report-unused-directives', 'meld tov-disable-directives die niets stilzetten')
    .option('--explain-ignored', 'toon op stderr wat directives en de baseline stilzetten, met de reden')
    .action(async (files: string[], flags: CheckFlags, command: Command) => {
      if (!flags.watch) {
        setExitCode(await runCheck(files, flags, io))
        return
      }
      if (files.length !== 1 || files[0] === '-') throw new TovError('USAGE', '--watch volgt één bestand: tov check --watch concept.txt')
      if (flags.fix || flags.fixDryRun) throw new TovError('USAGE', '--watch gaat niet samen met --fix.')
      // The checklist view, unless another format is asked for.
      const format = command.getOptionValueSource('format') === 'default' ? 'checklist' : flags.format
      const { watchFile } = await import('../watch.js')
      await watchFile(files[0]!, io, async () => {
        let output = ''
        await runCheck(files, { ...flags, format }, { ...io, stdout: (text) => void (output += text) })
        return output
      })
      setExitCode(0)
    })
}
