// Finds and loads a config with cosmiconfig. Searching finds data files only (JSON, YAML, package.json):
// a .js/.ts config in a checked-out repository is never executed just by running tov in it (CI runs on
// pull requests). Code config loads only when named explicitly with --config.
import { existsSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { TovError } from '../tov-error.js'
import type { ResolvedConfig } from '../types.js'
import { resolveConfig } from './resolve-config.js'

export const searchPlaces = ['package.json', '.tovrc', '.tovrc.json', '.tovrc.yaml', '.tovrc.yml']

export interface LoadConfigOptions {
  /** Load this file instead of searching. */
  configFile?: string
}

/** The first line of a parser's message, without the code frame. */
function oneLine(message: string): string {
  return (message.split('\n').find((line) => line.trim() !== '') ?? message).trim()
}

/** JSON with the error's line and column instead of a byte position. */
function loadJson(filepath: string, content: string): unknown {
  if (content.trim() === '') return undefined
  try {
    return JSON.parse(content)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)
    if (!position) throw new Error(`ongeldige JSON: ${message}`)
    const before = content.slice(0, Number(position[1]))
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    throw new Error(`ongeldige JSON op regel ${line}, kolom ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`)
  }
}

/** The resolved config for a directory (searching upward to the project root), or for a named file. */
export async function loadConfig(cwd: string = process.cwd(), options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  // cosmiconfig is CommonJS: bundled into the CLI it arrives as the namespace's default export.
  const loaded = await import('cosmiconfig')
  const { cosmiconfig, defaultLoaders } = (loaded as unknown as { default?: typeof loaded }).default ?? loaded
  const explorer = cosmiconfig('tov', {
    searchPlaces,
    searchStrategy: 'project',
    // ".tovrc" and "team.tovrc" are YAML (JSON is YAML too), as `tov init` writes them.
    loaders: { '.json': loadJson, noExt: defaultLoaders['.yaml'], '.tovrc': defaultLoaders['.yaml'] },
    cache: false,
  })

  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null
  const named = options.configFile ? resolve(cwd, options.configFile) : undefined
  const display = (file: string) => relative(cwd, file) || file
  try {
    if (named) {
      if (!existsSync(named)) throw new TovError('FILE_NOT_FOUND', `Config niet gevonden: ${options.configFile}`)
      found = await explorer.load(named)
    } else {
      found = await explorer.search(cwd)
    }
  } catch (error) {
    if (error instanceof TovError) throw error
    const file = named ?? (error as { filepath?: string }).filepath ?? 'config'
    const message = (error instanceof Error ? error.message : String(error)).replace(/^(JSON|YAML) Error in [^:]+:\s*/, '')
    throw new TovError('CONFIG_UNREADABLE', `Config ${display(file)} kan niet worden gelezen: ${oneLine(message)}`)
  }
  if (!found) return resolveConfig({})
  const config = found.isEmpty || found.config === undefined || found.config === null ? {} : found.config
  return resolveConfig(config as Record<string, unknown>, display(found.filepath))
}
