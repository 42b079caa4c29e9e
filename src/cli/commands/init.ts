// `tov init`: the five steps of seed 004 as questions, or from flags (the questions live in ../init.ts).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { channelNames, TovError } from '../../index.js'
import type { InitFlags } from '../init.js'
import type { CliIo } from '../run.js'

/** `tov init`. */
export function registerInit(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
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
      const { answersFromFlags, askAnswers, askedByFlags, createPrompter, writeConfig } = await import('../init.js')
      const path = resolve(io.cwd, flags.file)
      if (!flags.force && existsSync(path)) {
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
}
