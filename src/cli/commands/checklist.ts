// `tov checklist`: the brand's one-minute checklist as a document (Markdown or HTML).
import { Option, type Command } from 'commander'
import type { CliIo } from '../run.js'
import { assertFormat, configFor } from '../shared.js'

/** `tov checklist`. */
export function registerChecklist(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('checklist')
    .description('toon de 1-minuut-checklist van je merk: punten, de regels erachter, en per merkwaarde de gevolgen')
    .addOption(new Option('-f, --format <name>', 'uitvoer: markdown | html').default('markdown'))
    .option('--config <path>', 'gebruik dit configbestand in plaats van te zoeken')
    .action(async (flags: { format: string; config?: string }) => {
      assertFormat(flags.format, ['markdown', 'html'])
      const config = await configFor(io, flags)
      // Loaded on demand: `tov check`, the command that must start fast, never needs these.
      const { buildChecklistDocument } = await import('../../formats/checklist-document.js')
      const document = buildChecklistDocument(config)
      const { formatChecklistHtml } = await import('../../formats/checklist-html.js')
      const { formatChecklistMarkdown } = await import('../../formats/checklist-markdown.js')
      io.stdout(flags.format === 'html' ? formatChecklistHtml(document) : formatChecklistMarkdown(document))
      setExitCode(0)
    })
}
