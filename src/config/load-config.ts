// Finds and loads a config. Searching reads data only (JSON, YAML, the "tov" key of package.json) and never
// follows anything: tov runs in CI on pull requests, where anyone with commit rights decides what a found
// config says. That is why this is not cosmiconfig, whose search follows `$import` and keeps its code
// loaders on. A code config (.js, .cjs, .mjs) runs only when named explicitly with --config.
import { statSync } from 'node:fs'
import { dirname, extname, basename, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readInputFile } from '../read-input-file.js'
import { TovError } from '../tov-error.js'
import type { ResolvedConfig } from '../types.js'
import { resolveConfig } from './resolve-config.js'
import { importModule } from '../import-module.js'

export const searchPlaces = ['package.json', '.tovrc', '.tovrc.json', '.tovrc.yaml', '.tovrc.yml']

/** A config is a page of settings; anything larger is not one. */
const maxConfigBytes = 1024 * 1024
const codeExtensions = new Set(['.js', '.cjs', '.mjs'])

export interface LoadConfigOptions {
  /** Load this file instead of searching. */
  configFile?: string
}

/** Thrown by the loaders below; turned into one line naming the file. */
class Unreadable extends Error {}

/** The first line of a parser's message, without the code frame. */
function oneLine(message: string): string {
  return (message.split('\n').find((line) => line.trim() !== '') ?? message).trim()
}

/** A config file's text, read as a regular file of at most 1 MiB; undefined when there is no such file. */
async function readDataFile(path: string, shown: string): Promise<string | undefined> {
  // A folder or nothing at this place: keep searching. Anything else is read, or refused, as it is.
  try {
    if (statSync(path).isDirectory()) return undefined
  } catch {
    return undefined
  }
  const bytes = await readInputFile(path, { name: shown, maxBytes: maxConfigBytes, tooLarge: 'groter dan 1 MiB; dat is geen config.' })
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    throw new Unreadable('geen geldige UTF-8-tekst')
  }
}

/** JSON with the error's line and column instead of a byte position. */
function parseJson(content: string): unknown {
  try {
    return JSON.parse(content)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)
    if (!position) throw new Unreadable(`ongeldige JSON: ${message}`)
    const before = content.slice(0, Number(position[1]))
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    throw new Unreadable(`ongeldige JSON op regel ${line}, kolom ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`)
  }
}

/** A YAML config's data; the YAML parser is loaded only now (see parse-yaml-data.ts). */
async function parseYaml(content: string): Promise<unknown> {
  const { parseYamlData } = await import('./parse-yaml-data.js')
  return parseYamlData(content)
}

/** The config a data file holds: undefined when it holds none (an empty file, package.json without "tov"). */
async function parseConfigFile(path: string, content: string): Promise<unknown> {
  if (content.trim() === '') return undefined
  const name = basename(path)
  if (name === 'package.json') {
    const manifest = parseJson(content)
    return manifest !== null && typeof manifest === 'object' && Object.hasOwn(manifest, 'tov') ? (manifest as { tov: unknown }).tov : undefined
  }
  return extname(name) === '.json' ? parseJson(content) : parseYaml(content)
}

/** The folders searched: from `cwd` up to and including the project root (the first with a package file). */
function* searchedFolders(cwd: string): Generator<string> {
  let folder = resolve(cwd)
  while (true) {
    yield folder
    if (['package.json', 'package.yaml'].some((name) => isFile(join(folder, name)))) return
    const parent = dirname(folder)
    if (parent === folder) return
    folder = parent
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** A code config's exported object; only ever for a file the user named. */
async function importCodeConfig(path: string): Promise<unknown> {
  const loaded = (await importModule(pathToFileURL(path).href)) as { default?: unknown }
  return loaded.default ?? loaded
}

/**
 * The file loadConfig would read for `cwd`, or for the named `configFile`, as an absolute path; undefined
 * when it would read none (a named file that does not exist, or no config found: the defaults). A file
 * loadConfig would refuse (not valid JSON or YAML, too large) is still the file it reads, so it is returned.
 */
export async function findConfigFile(cwd: string = process.cwd(), configFile?: string): Promise<string | undefined> {
  if (typeof cwd !== 'string') throw new TovError('USAGE', 'findConfigFile() verwacht een map, zoals process.cwd().')
  if (configFile !== undefined && typeof configFile !== 'string') throw new TovError('USAGE', 'findConfigFile() verwacht als config een pad, zoals ".tovrc".')
  if (configFile) {
    const named = resolve(cwd, configFile)
    try {
      return statSync(named).isDirectory() ? undefined : named
    } catch {
      return undefined
    }
  }
  for (const folder of searchedFolders(cwd)) {
    for (const place of searchPlaces) {
      const path = join(folder, place)
      try {
        const content = await readDataFile(path, path)
        const config = content === undefined ? undefined : await parseConfigFile(path, content)
        if (config !== undefined && config !== null) return path
      } catch {
        // loadConfig stops here, refusing this file.
        return path
      }
    }
  }
  return undefined
}

/** The resolved config for a directory (searching upward to the project root), or for a named file. */
export async function loadConfig(cwd: string = process.cwd(), options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  if (typeof cwd !== 'string') throw new TovError('USAGE', 'loadConfig() verwacht een map, zoals process.cwd().')
  if (options === null || typeof options !== 'object' || (options.configFile !== undefined && typeof options.configFile !== 'string')) {
    throw new TovError('USAGE', 'loadConfig() verwacht als opties een object, zoals { configFile: ".tovrc" }.')
  }
  const display = (file: string) => relative(cwd, file) || file
  const named = options.configFile ? resolve(cwd, options.configFile) : undefined
  let found: { path: string; config: unknown } | undefined
  let current = named
  try {
    if (named) {
      if (/^\.[cm]?ts$/.test(extname(named))) {
        throw new TovError('CONFIG_UNREADABLE', `Config ${options.configFile}: een TypeScript-config wordt niet geladen; gebruik .js, JSON of YAML.`)
      }
      if (codeExtensions.has(extname(named))) {
        if (!isFile(named)) throw new TovError('FILE_NOT_FOUND', `Config niet gevonden: ${options.configFile}`)
        found = { path: named, config: await importCodeConfig(named) }
      } else {
        const content = await readDataFile(named, display(named))
        if (content === undefined) throw new TovError('FILE_NOT_FOUND', `Config niet gevonden: ${options.configFile}`)
        found = { path: named, config: (await parseConfigFile(named, content)) ?? {} }
      }
    } else {
      search: for (const folder of searchedFolders(cwd)) {
        for (const place of searchPlaces) {
          current = join(folder, place)
          const content = await readDataFile(current, display(current))
          const config = content === undefined ? undefined : await parseConfigFile(current, content)
          if (config !== undefined && config !== null) {
            found = { path: current, config }
            break search
          }
        }
      }
    }
  } catch (error) {
    if (error instanceof TovError) {
      // The reader's refusals (a device, a FIFO, too large) are about a config: say so.
      if (error.code === 'NOT_A_FILE' || error.code === 'INPUT_TOO_LARGE') throw new TovError('CONFIG_UNREADABLE', `Config ${error.message}`)
      throw error
    }
    const message = error instanceof Error ? error.message : String(error)
    throw new TovError('CONFIG_UNREADABLE', `Config ${display(current ?? 'config')} kan niet worden gelezen: ${oneLine(message)}`)
  }
  if (!found) return resolveConfig({})
  const source = display(found.path)
  if (found.config !== null && typeof found.config === 'object' && Object.hasOwn(found.config, '$import')) {
    throw new TovError('CONFIG_INVALID', `${source}: "$import" wordt niet gevolgd; tov leest alleen gegevens. Zet de instellingen in dit bestand zelf, of gebruik "extends" met een preset.`)
  }
  return resolveConfig((found.config ?? {}) as Record<string, unknown>, source)
}
