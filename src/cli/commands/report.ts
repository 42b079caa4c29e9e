// `tov report <export>`: a period of sent replies (an export from the help desk) as a report for the team
// lead: the checklist per week, agent and channel, the rules found most, the human voice and readability
// against the brand's target, coaching examples per agent. Its code (and d3 under it) is loaded by this
// command only: `tov check` never reads it.
import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { TovError, writeAtomically } from '../../index.js'
import type { CliIo } from '../run.js'
import { assertFormat } from '../shared.js'

interface ReportFlags {
  output?: string
  format: string
  since?: string
  anonymise?: boolean
  anonymize?: boolean
  config?: string
}

/** "tov [#####     ] 1200/10000 rijen" on a terminal's stderr; nothing in CI or when piped. */
function progressBar(io: CliIo): { tick(done: number, total: number): void; done(): void } {
  const shown = io.stderrIsTTY === true && !io.env['CI']
  let drawn = false
  return {
    tick(done, total) {
      if (!shown || total < 200) return
      const width = 30
      const filled = Math.min(width, Math.round((done / total) * width))
      io.stderr(`\r tov [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} rijen`)
      drawn = true
    },
    done() {
      if (drawn) io.stderr('\r\u001b[2K')
      drawn = false
    },
  }
}

const plural = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`

async function runReport(file: string, flags: ReportFlags, io: CliIo): Promise<number> {
  // Everything that can be wrong with the invocation is found before the export is read.
  assertFormat(flags.format, ['html', 'md', 'markdown', 'json'])
  const format = flags.format === 'markdown' ? 'md' : (flags.format as 'html' | 'md' | 'json')
  if (format === 'html' && flags.output === undefined && io.stdoutIsTTY) {
    throw new TovError('USAGE', 'een HTML-rapport hoort in een bestand: geef -o rapport.html, of kies --format md of json voor de terminal.')
  }
  const report = await import('../../report/report.js')
  let since: string | undefined
  if (flags.since !== undefined) {
    since = report.parseDayFlag(flags.since)
    if (since === undefined) throw new TovError('USAGE', `--since verwacht een dag, zoals 2026-11-01 of 01-11-2026, niet "${flags.since}".`)
  }
  // Loaded by the report's own module (see report.ts), never by the CLI's copy of the code.
  const config = await report.loadConfig(io.cwd, flags.config ? { configFile: flags.config } : {})
  const source = await report.readExport(resolve(io.cwd, file), file, { channel: config.channel })
  const progress = progressBar(io)
  let data: Awaited<ReturnType<typeof report.buildReport>>
  try {
    data = await report.buildReport(source, {
      config,
      ...(since !== undefined ? { since } : {}),
      ...(flags.anonymise || flags.anonymize ? { anonymise: true } : {}),
      onProgress: progress.tick,
    })
  } finally {
    progress.done()
  }
  report.assertSomethingChecked(data)
  const output = report.renderReport(data, format)
  if (data.counts.skipped > 0) {
    io.stderr(`tov: ${plural(data.counts.skipped, 'rij', 'rijen')} overgeslagen (${data.skipped.map((reason) => `${reason.label}: ${reason.count}`).join('; ')}).\n`)
  }
  if (flags.output === undefined) {
    io.stdout(output)
    return 0
  }
  writeAtomically(resolve(io.cwd, flags.output), output)
  io.stderr(`tov: rapport geschreven naar ${flags.output}: ${plural(data.counts.replies, 'reactie', 'reacties')} van ${plural(data.counts.agents, 'medewerker', 'medewerkers')}.\n`)
  return 0
}

/** `tov report <export>`. */
export function registerReport(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('report')
    .description('maak een teamrapport van verstuurde reacties (een export uit je helpdesk): de checklist per week, medewerker en kanaal, de meest gevonden regels, toon, leesbaarheid en coachvoorbeelden')
    .argument('<export>', 'de export: CSV of JSON, met de kolommen van tov, Zendesk of Freshdesk')
    .option('-o, --output <file>', 'schrijf het rapport naar dit bestand (voor html op een terminal verplicht)')
    .addOption(new Option('-f, --format <name>', 'uitvoer: html (een pagina om te openen of te printen) | md (samenvatting) | json (alle cijfers)').default('html'))
    .option('--since <date>', 'alleen reacties vanaf deze dag, zoals 2026-11-01 of 01-11-2026')
    .option('--anonymise', 'noem medewerkers Medewerker A, B, … (ook hun naam en initialen in de teksten)')
    .addOption(new Option('--anonymize').hideHelp())
    .option('--config <path>', 'gebruik dit configbestand in plaats van te zoeken')
    .action(async (file: string, flags: ReportFlags) => {
      setExitCode(await runReport(file, flags, io))
    })
}
