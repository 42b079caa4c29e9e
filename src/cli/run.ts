// The command line: the only code that reads argv, prints, and decides the exit code. `run()` returns the
// code instead of exiting, so tests drive it in-process.
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import type { Readable } from 'node:stream'
import { Command, CommanderError, Option } from 'commander'
import { channelNames, getChannel } from '../channels/channels.js'
import { loadConfig } from '../config/load-config.js'
import { createChecker } from '../engine/checker.js'
import { findRule, ruleIds, rulesFor } from '../../rules/index.js'
import { didYouMean } from '../config/resolve-config.js'
import { maxThreadBytes, parseThreadText } from '../kit/thread.js'
import { readInputFile } from '../read-input-file.js'
import { formatNames, formatResults, type FormatName } from '../formats/format-results.js'
import { printable } from '../terminal-text.js'
import { TovError, isTovError } from '../tov-error.js'
import { packageRoot, packageVersion } from '../package-root.js'
import type { CheckResult, ResolvedConfig, Thread } from '../types.js'
import { decodeReply, maxLibraryBytes, readReplies } from './read-replies.js'
import { fixTarget, writeFixedReply, type FixTarget } from '../write-atomically.js'
import { entryLocator, placeResult, type Locate } from '../library/check-library.js'
import type { ResultCache } from '../library/result-cache.js'
import type { CheckJob } from '../library/parallel-check.js'
import type { LibraryEntry, LibraryFile } from '../library/library-entry.js'
import { libraryFormats, type LibraryFormat } from '../library/library-entry.js'
import { isLibraryFormat } from '../library/read-library.js'
import { formatRuleExplanation, formatRulesTable } from './rules-table.js'
import { valuesByRule } from '../config/value-presets.js'
import { customRulePrefix } from '../kit/custom-phrase-rule.js'
import type { InitFlags } from './init.js'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Standard input, refused (INPUT_TOO_LARGE) once it exceeds `maxBytes`: it is never read without end. */
  readStdin(maxBytes?: number): Promise<Uint8Array>
  /** Standard input as a stream, for the questions of `tov init`. */
  openStdin(): Readable
  cwd: string
  env: Record<string, string | undefined>
  stdoutIsTTY: boolean
  /** Progress goes to a terminal's stderr only. */
  stderrIsTTY?: boolean
  /** Ends a --watch (tests); the real process ends it with Ctrl+C. */
  signal?: AbortSignal
}

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
}

interface FixContext {
  config: ResolvedConfig
  channel: CheckResult['channel']
  thread: Thread | undefined
  agent: string | undefined
  dryRun: boolean
  cwd: string
  io: CliIo
}

/**
 * --fix and --fix-dry-run: fixes single replies in place (atomically) or prints the diff; libraries keep
 * their suggestions only, since a fix inside JSON, YAML or CSV would have to re-escape the text.
 */
async function fixLibraries(libraries: LibraryFile[], context: FixContext): Promise<{ toStdout?: string }> {
  const { createTwoFilesPatch } = await import('diff')
  const { fixReply } = await import('../engine/fix-reply.js')
  const checker = await createChecker(context.config)
  let toStdout: string | undefined
  let diffs = ''
  const skipped = libraries.some((library) => library.format !== 'text')
  // Every file is found writable before any is written: a refusal never leaves half the files fixed.
  const targets = new Map<string, FixTarget>()
  if (!context.dryRun) {
    for (const library of libraries) {
      if (library.format === 'text' && library.file !== '<stdin>') targets.set(library.file, fixTarget(resolve(context.cwd, library.file), library.file))
    }
  }
  const written: Array<[FixTarget, string]> = []
  for (const [index, library] of libraries.entries()) {
    if (library.format !== 'text') continue
    const entry = library.entries[0]!
    const start = entry.map.toSource(0)
    const outcome = await fixReply(checker, entry.text, {
      channel: entry.channel ?? context.channel,
      template: library.template,
      ...(context.agent ? { agent: context.agent } : {}),
      ...(context.thread ? { thread: context.thread } : {}),
    })
    const content = library.content.slice(0, start) + outcome.text
    if (context.dryRun) {
      if (content !== library.content) {
        // A git-style diff: without jsdiff's "=====" separator line.
        diffs += createTwoFilesPatch(`a/${library.file}`, `b/${library.file}`, library.content, content, undefined, undefined, { context: 2 }).replace(/^=+\n/, '')
      }
    } else if (library.file === '<stdin>') {
      toStdout = content
    } else if (content !== library.content) {
      written.push([targets.get(library.file)!, content])
    }
    libraries[index] = { ...library, content, entries: [{ ...entry, text: outcome.text }] }
  }
  for (const [target, content] of written) writeFixedReply(target, content)
  if (skipped) context.io.stderr('tov: --fix past bibliotheken (json, yaml, csv, zendesk) niet aan; gebruik daar de voorstellen.\n')
  if (context.dryRun) context.io.stdout(diffs)
  return toStdout === undefined ? {} : { toStdout }
}

function parseJobs(value: string | undefined): number {
  if (value === undefined || value === 'auto') return Math.max(1, Math.min(availableParallelism(), 8))
  if (!/^[1-9]\d*$/.test(value)) throw new TovError('USAGE', `--jobs verwacht een aantal threads vanaf 1 of "auto", niet "${value}".`)
  return Number(value)
}

async function openCache(location: string, io: CliIo, config: ResolvedConfig, thread: Thread | undefined, agent: string | undefined): Promise<ResultCache> {
  const { file: _file, ...rules } = config
  let data = ''
  try {
    data = await readFile(join(packageRoot(), 'generated/dictionary/nl-nl.btrie.stamp'), 'utf8')
  } catch {
    // Without a stamp the version alone names the data.
  }
  const { ResultCache, cacheKey } = await import('../library/result-cache.js')
  const fingerprint = [packageVersion(), data, JSON.stringify(rules), JSON.stringify(thread ?? null), agent ?? ""]
  return ResultCache.open(resolve(io.cwd, location), fingerprint, config.checklist, { key: cacheKey(io.env), ruleIds: rulesFor(config).map((rule) => rule.id) })
}

/** "tov: 1200/10000 reacties" on a terminal's stderr; nothing in CI logs or when piped. */
function createProgress(io: CliIo, total: number): { tick(): void; done(): void } {
  const shown = io.stderrIsTTY && !io.env['CI'] && total >= 200
  let count = 0
  return {
    tick() {
      count++
      if (shown && (count % 100 === 0 || count === total)) {
        const width = 30
        const filled = Math.round((count / total) * width)
        io.stderr(`\r tov [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} reacties`)
      }
    },
    done() {
      if (shown) io.stderr('\r\u001b[2K')
    },
  }
}

/** --quiet: only error-level findings, in the report and in the totals. */
function errorsOnly(result: CheckResult): CheckResult {
  const findings = result.findings.filter((finding) => finding.severity === 'error')
  const failing = new Set(findings.map((finding) => finding.checklist))
  const checklist = result.checklist.map((item) => (item.status === 'fail' && !failing.has(item.id) ? { ...item, status: 'pass' as const } : item))
  return { ...result, findings, checklist, summary: { errors: findings.length, warnings: 0 } }
}

function useColor(io: CliIo): boolean {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false
  if (io.env['FORCE_COLOR'] !== undefined) return io.env['FORCE_COLOR'] !== '0'
  return io.stdoutIsTTY
}

async function readThread(path: string, cwd: string): Promise<Thread> {
  // Bounded while reading, devices and pipes refused: `--thread /dev/zero` must not read forever. The
  // bound is the file's share of the thread limit (its text, with room for JSON around it).
  const maxFileBytes = 8 * maxThreadBytes
  const bytes = await readInputFile(resolve(cwd, path), {
    name: path,
    maxBytes: maxFileBytes,
    tooLarge: `te groot voor een thread (meer dan ${maxFileBytes / 1024 / 1024} MiB); neem alleen de laatste berichten van het gesprek op.`,
    notFound: 'thread-bestand niet gevonden.',
  })
  return parseThreadText(decodeReply(bytes, path, true), path)
}

function configFor(io: CliIo, flags: { config?: string }): Promise<ResolvedConfig> {
  return loadConfig(io.cwd, flags.config ? { configFile: flags.config } : {})
}

function assertFormat(name: string, known: readonly string[]): void {
  if (!known.includes(name)) throw new TovError('UNKNOWN_FORMAT', `Onbekend formaat "${name}". Kies uit: ${known.join(', ')}.`)
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new TovError('USAGE', `--max-warnings verwacht een geheel getal vanaf 0, niet "${value}".`)
  return Number(value)
}

async function runCheck(files: string[], flags: CheckFlags, io: CliIo): Promise<number> {
  // Everything that can be wrong with the invocation is found before any reply is read or checked.
  assertFormat(flags.format, formatNames)
  if (flags.channel !== undefined) getChannel(flags.channel)
  const maxWarnings = parseMaxWarnings(flags.maxWarnings)
  const jobs = parseJobs(flags.jobs)
  const config = await configFor(io, flags)
  const thread = flags.thread ? await readThread(flags.thread, io.cwd) : undefined
  if (flags.inputFormat !== undefined && !isLibraryFormat(flags.inputFormat)) {
    throw new TovError('UNKNOWN_FORMAT', `Onbekend invoerformaat "${flags.inputFormat}". Kies uit: ${libraryFormats.join(', ')}.`)
  }
  const libraries = await readReplies(files, io.cwd, io.readStdin, {
    csvColumns: config.csvColumns,
    ...(flags.template ? { template: true } : {}),
    ...(flags.inputFormat ? { format: flags.inputFormat as LibraryFormat } : {}),
  })

  // An entry's own channel first; then --channel, the thread's, and the config's.
  const channel = (flags.channel ?? thread?.channel ?? config.channel) as CheckResult['channel']
  const agent = flags.agent ?? io.env['TOV_AGENT']
  let report = io.stdout
  if (flags.fix || flags.fixDryRun) {
    const fixed = await fixLibraries(libraries, { config, channel, thread, agent, dryRun: flags.fixDryRun === true, cwd: io.cwd, io })
    // With standard input, the fixed text is the output; the report goes to stderr.
    if (fixed.toStdout !== undefined) {
      io.stdout(fixed.toStdout)
      report = io.stderr
    }
    if (flags.fixDryRun) report = () => undefined
  }
  const cache = flags.cache ? await openCache(flags.cacheLocation ?? '.tovcache', io, config, thread, agent) : undefined
  const total = libraries.reduce((sum, library) => sum + library.entries.length, 0)
  const progress = createProgress(io, total)
  // First the cache; what it does not have is checked, on all cores when there is much of it.
  const slots: Array<CheckResult | undefined> = []
  const pending: Array<{ job: CheckJob; library: LibraryFile; entry: LibraryEntry; locate: Locate; key: string | undefined }> = []
  for (const library of libraries) {
    const locator = entryLocator(library)
    for (const entry of library.entries) {
      const locate = locator(entry)
      const entryChannel = entry.channel ?? channel
      const key = cache?.key(entry.text, entryChannel, library.template)
      const cached = key === undefined ? undefined : cache!.get(key, entry.text)
      const index = slots.length
      if (cached) {
        slots.push(placeResult({ file: library.file, ...cached }, library, entry, locate))
        progress.tick()
      } else {
        slots.push(undefined)
        const name = library.format === 'text' && entry.id === library.file ? library.file : `${library.file} › ${entry.id}`
        pending.push({ job: { index, text: entry.text, channel: entryChannel, template: library.template, name }, library, entry, locate, key })
      }
    }
  }
  const finish = (item: (typeof pending)[number], result: CheckResult) => {
    const placed = placeResult({ ...result, file: item.library.file }, item.library, item.entry, item.locate)
    slots[item.job.index] = placed
    if (item.key !== undefined) cache!.set(item.key, placed)
    progress.tick()
  }
  // Workers load on demand: one draft at a terminal never pays for them.
  const parallel = pending.length >= 200 && jobs > 1 ? await import('../library/parallel-check.js') : undefined
  if (parallel?.workerFile()) {
    const { checkInParallel } = parallel
    const byIndex = new Map(pending.map((item) => [item.job.index, item]))
    await checkInParallel(pending.map((item) => item.job), config, thread, agent, jobs, (index, result) => finish(byIndex.get(index)!, result))
  } else if (pending.length > 0) {
    // The checker (dictionary, rules) is built only when some entry is not in the cache.
    const checker = await createChecker(config)
    for (const item of pending) {
      const { text, channel: entryChannel, template, name } = item.job
      let result: CheckResult
      try {
        result = await checker.check(text, { channel: entryChannel, template, file: name, ...(agent ? { agent } : {}), ...(thread ? { thread } : {}) })
      } catch (error) {
        // A bug shows up on one reply: say which, as the worker threads do.
        if (isTovError(error) || !(error instanceof Error)) throw error
        error.message = `${name}: ${error.message}`
        throw error
      }
      finish(item, result)
    }
  }
  let results = slots as CheckResult[]
  progress.done()
  cache?.save()
  if (flags.quiet) results = results.map(errorsOnly)

  report(formatResults(results, flags.format as FormatName, { color: report === io.stdout && useColor(io), rules: rulesFor(config) }))
  const errors = results.reduce((sum, result) => sum + result.summary.errors, 0)
  const warnings = results.reduce((sum, result) => sum + result.summary.warnings, 0)
  if (errors > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`tov: ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}, meer dan --max-warnings ${maxWarnings}.\n`)
    return 1
  }
  return 0
}

function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('tov')
    .description('Controleert Nederlandse en Vlaamse webcarereacties op de tone of voice van je merk.')
    .version(packageVersion(), '-v, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon deze hulp')
    .addHelpCommand(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(text.split('\n')[0] + '\n'),
    })

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
    .option('--jobs <n>', 'threads voor grote bibliotheken: een aantal, of "auto" (alle kernen)', 'auto')
    .option('--fix', 'herstel wat mechanisch kan (@mention vooraan, ondertekening, eigen vervangingen) en schrijf het bestand')
    .option('--fix-dry-run', 'toon de herstellingen als diff, zonder iets te schrijven')
    .option('--agent <initials>', 'je initialen voor de ondertekening (of de omgevingsvariabele TOV_AGENT)')
    .option('--watch', 'controleer het bestand opnieuw bij elke keer opslaan (checklistweergave)')
    .action(async (files: string[], flags: CheckFlags, command: Command) => {
      if (!flags.watch) {
        setExitCode(await runCheck(files, flags, io))
        return
      }
      if (files.length !== 1 || files[0] === '-') throw new TovError('USAGE', '--watch volgt één bestand: tov check --watch concept.txt')
      if (flags.fix || flags.fixDryRun) throw new TovError('USAGE', '--watch gaat niet samen met --fix.')
      // The checklist view, unless another format is asked for.
      const format = command.getOptionValueSource('format') === 'default' ? 'checklist' : flags.format
      const { watchFile } = await import('./watch.js')
      await watchFile(files[0]!, io, async () => {
        let output = ''
        await runCheck(files, { ...flags, format }, { ...io, stdout: (text) => void (output += text) })
        return output
      })
      setExitCode(0)
    })

  program
    .command('rules')
    .description('toon de regels met hun merkwaarden, checklistpunt, standaardernst en kanalen (en de eigen regels uit de config)')
    .addOption(new Option('-f, --format <name>', 'uitvoer: text | json').default('text'))
    .option('--config <path>', 'gebruik dit configbestand in plaats van te zoeken')
    .action(async (flags: { format: string; config?: string }) => {
      assertFormat(flags.format, ['text', 'json'])
      const rules = rulesFor(await configFor(io, flags))
      const values = valuesByRule()
      const valuesOf = (id: string) => values.get(id) ?? []
      if (flags.format === 'json') {
        const metas = rules.map(({ create: _create, defaults: _defaults, ...meta }) => ({ ...meta, values: valuesOf(meta.id) }))
        io.stdout(JSON.stringify(metas, null, 2) + '\n')
      } else {
        io.stdout(formatRulesTable(rules, valuesOf))
      }
      setExitCode(0)
    })

  program
    .command('checklist')
    .description('toon de 1-minuut-checklist van je merk: punten, de regels erachter, en per merkwaarde de gevolgen')
    .addOption(new Option('-f, --format <name>', 'uitvoer: markdown | html').default('markdown'))
    .option('--config <path>', 'gebruik dit configbestand in plaats van te zoeken')
    .action(async (flags: { format: string; config?: string }) => {
      assertFormat(flags.format, ['markdown', 'html'])
      const config = await configFor(io, flags)
      // Loaded on demand: `tov check`, the command that must start fast, never needs these.
      const { buildChecklistDocument } = await import('../formats/checklist-document.js')
      const document = buildChecklistDocument(config)
      const { formatChecklistHtml } = await import('../formats/checklist-html.js')
      const { formatChecklistMarkdown } = await import('../formats/checklist-markdown.js')
      io.stdout(flags.format === 'html' ? formatChecklistHtml(document) : formatChecklistMarkdown(document))
      setExitCode(0)
    })

  program
    .command('init')
    .description('maak in vijf stappen een .tovrc voor je merk; met opties (of --yes) zonder vragen')
    .option('--values <list>', 'merkwaarden, gescheiden door komma\'s; onbekende worden eigen checklistpunten')
    .addOption(new Option('--channel <name>', `kanaal: ${channelNames.join(' | ')}`))
    .option('--address-form <form>', 'aanspreekvorm: je | u | ge')
    .option('--agents <list>', 'initialen van medewerkers, zoals "AB=Anna de Boer,CD=Cas Dijk"')
    .option('--vocabulary <list>', 'merk- en productnamen voor de spellingcontrole, gescheiden door komma\'s')
    .option('--file <path>', 'het configbestand om te schrijven', '.tovrc')
    .option('--force', 'vervang een bestaand configbestand')
    .option('-y, --yes', 'stel geen vragen; neem voor alles wat ontbreekt de standaard')
    .action(async (flags: InitFlags) => {
      const { answersFromFlags, askAnswers, askedByFlags, createPrompter, writeConfig } = await import('./init.js')
      const path = resolve(io.cwd, flags.file)
      if (!flags.force && (await readFile(path).then(() => true, () => false))) {
        throw new TovError('FILE_EXISTS', `${flags.file} bestaat al; gebruik --force om het te vervangen.`)
      }
      let answers
      if (askedByFlags(flags)) {
        answers = answersFromFlags(flags)
      } else {
        const prompter = createPrompter(io.openStdin(), io.stdout)
        try {
          answers = await askAnswers(prompter, io.stdout)
        } finally {
          prompter.close()
        }
      }
      writeConfig(answers, path, flags.force === true)
      io.stdout(`Geschreven: ${flags.file}. Bekijk de checklist met "tov checklist"; controleer een reactie met "tov check".\n`)
      setExitCode(0)
    })

  program
    .command('explain')
    .description('leg uit waarom een regel bestaat, met voorbeelden en de bron')
    .argument('<rule>', 'de id van een regel, zie "tov rules"')
    .option('--config <path>', 'gebruik dit configbestand in plaats van te zoeken (voor eigen regels)')
    .action(async (id: string, flags: { config?: string }) => {
      // A config's own rule ("custom/<id>") needs the config; a built-in one does not.
      const rule = findRule(id) ?? (id.startsWith(customRulePrefix) ? rulesFor(await configFor(io, flags)).find((candidate) => candidate.id === id) : undefined)
      if (!rule) {
        throw new TovError('UNKNOWN_RULE', `Onbekende regel "${id}"${didYouMean(id, ruleIds)}. Zie "tov rules".`)
      }
      const values = valuesByRule()
      io.stdout(formatRuleExplanation(rule, (ruleId) => values.get(ruleId) ?? []))
      setExitCode(0)
    })

  return program
}

/** Runs the CLI with `argv` as process.argv gives it; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0
  const program = buildProgram(io, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync([...argv])
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is a usage problem.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      return 2
    }
    if (isTovError(error)) {
      io.stderr(`tov: ${printable(error.message)}\n`)
      return 2
    }
    // A bug, not the user's doing: one line, and the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`tov: interne fout: ${printable(message)} (dit is een fout in tov; TOV_DEBUG=1 toont de details)\n`)
    if (io.env['TOV_DEBUG']) io.stderr(`${error instanceof Error ? error.stack : message}\n`)
    return 2
  }
}

/** The real process's input and output. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async (maxBytes = maxLibraryBytes) => {
      const chunks: Buffer[] = []
      let length = 0
      for await (const chunk of process.stdin) {
        length += (chunk as Buffer).length
        // Throwing inside the loop ends the stream: `tov check - < /dev/zero` stops here.
        if (length > maxBytes) throw new TovError('INPUT_TOO_LARGE', `<stdin>: te groot (meer dan ${Math.round(maxBytes / 1024 / 1024)} MiB).`)
        chunks.push(chunk as Buffer)
      }
      return Buffer.concat(chunks, length)
    },
    openStdin: () => process.stdin,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  }
}
