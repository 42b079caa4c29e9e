// `tov allow <woord...>`: brand words for the spelling rule, added to the vocabulary of the config.
import { relative } from 'node:path'
import type { Command } from 'commander'
import { allowWords, printable, type AllowWordsResult } from '../../index.js'
import type { CliIo } from '../run.js'

/** What was done, in one line: "Toegevoegd aan .tovrc: Foo, Bar. Stond er al: baz (als Baz)." */
function allowedLine(result: AllowWordsResult, shown: string): string {
  const present = result.present.map(({ word, listed }) => (word === listed ? word : `${word} (als ${listed})`)).join(', ')
  if (result.added.length === 0) return `Niets toegevoegd aan ${shown}; stond er al: ${present}.`
  const added = `Toegevoegd aan ${shown}${result.created ? ' (aangemaakt)' : ''}: ${result.added.join(', ')}.`
  return present ? `${added} Stond er al: ${present}.` : added
}

/** `tov allow`. */
export function registerAllow(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('allow')
    .description('zet merk-, product- en teamwoorden in de vocabulary van de config, zodat de spellingcontrole ze kent')
    .argument('<woord...>', 'de woorden, elk als eigen argument')
    .option('--config <path>', 'schrijf in dit configbestand in plaats van te zoeken')
    .action(async (words: string[], flags: { config?: string }) => {
      const result = await allowWords(words, { cwd: io.cwd, ...(flags.config ? { configFile: flags.config } : {}) })
      io.stdout(`${printable(allowedLine(result, relative(io.cwd, result.file) || result.file))}\n`)
      setExitCode(0)
    })
}
