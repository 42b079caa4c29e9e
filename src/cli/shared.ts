// What several commands share: the config they read and the names they accept.
import { loadConfig, TovError, type ResolvedConfig } from '../index.js'
import type { CliIo } from './run.js'

export function configFor(io: CliIo, flags: { config?: string }): Promise<ResolvedConfig> {
  return loadConfig(io.cwd, flags.config ? { configFile: flags.config } : {})
}

export function assertFormat(name: string, known: readonly string[]): void {
  if (!known.includes(name)) throw new TovError('UNKNOWN_FORMAT', `Onbekend formaat "${name}". Kies uit: ${known.join(', ')}.`)
}

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new TovError('USAGE', `--max-warnings verwacht een geheel getal vanaf 0, niet "${value}".`)
  return Number(value)
}

