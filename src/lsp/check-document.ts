// One open document checked as `tov check <file>` checks the file on disk: the same reader for its format
// (a reply, or a canned-response library in JSON, YAML or CSV), the same config search, the same
// checkReplies, so every finding sits at the line and column the CLI reports. What the editor needs beyond
// the CLI's results is kept beside them: each entry's checked text and its map to the file, for edits.
import { statSync } from 'node:fs'
import { basename, dirname, relative, resolve } from 'node:path'
import { findConfigFile, loadConfig } from '../config/load-config.js'
import { requireChannel } from '../channels/channels.js'
import { checkRepliesStreaming, type CheckedReply } from '../library/check-replies.js'
import { formatOfPath, readLibrary } from '../library/read-library.js'
import type { LibraryFile, LibraryFormat } from '../library/library-entry.js'
import { readThreadFile } from '../library/read-thread-file.js'
import { TovError, isTovError } from '../tov-error.js'
import type { ChannelName, ResolvedConfig, Thread } from '../types.js'

/** What the client may set (initializationOptions, or the "tov" section of its settings). */
export interface ClientSettings {
  /** The channel of replies that name none, as `tov check --channel`. */
  channel?: string
  /** A thread file (absolute, or relative to the workspace folder) every reply answers, as `--thread`. */
  thread?: string
  /** A config file to use instead of the nearest one, as `--config`. */
  config?: string
}

export interface DocumentCheck {
  library: LibraryFile
  /** One per entry, in order: the CLI's result, the text checked and its map to the file. */
  replies: CheckedReply[]
  config: ResolvedConfig
  /** The config file in use (absolute), when there is one. */
  configFile?: string
}

/** A problem that stops the check of a document: shown as one diagnostic at its place. */
export interface DocumentProblem {
  message: string
  /** 1-based, when the problem has a place in the document (a broken library). */
  line?: number
  column?: number
}

/** Files the server leaves alone even when a client sends them: configs and manifests are not replies. */
export function isCheckable(path: string | undefined): boolean {
  if (path === undefined) return true
  const name = basename(path)
  if (name === 'package.json' || name === 'package-lock.json' || name.startsWith('.tovrc') || name.startsWith('tsconfig')) return false
  return /\.(txt|md|markdown|json|ya?ml|csv)$/i.test(name)
}

/** The format of a document: by its file name, as the CLI decides; a buffer without a file is a reply. */
export function formatOfDocument(path: string | undefined): LibraryFormat {
  return path === undefined ? 'text' : formatOfPath(path)
}

interface LoadedConfig {
  stamp: string
  config: Promise<ResolvedConfig>
}

/**
 * Configs by file, loaded again when the file changes (its size or time): the nearest `.tovrc` of each
 * document is looked up at every check, which costs a few stat calls, so an edited config takes effect at
 * the next keystroke in any reply without the client having to say so.
 */
export class ConfigCache {
  private readonly loaded = new Map<string, LoadedConfig>()

  async configFor(folder: string, configFile?: string): Promise<{ config: ResolvedConfig; file?: string }> {
    const file = configFile ?? (await findConfigFile(folder))
    if (file === undefined) return { config: await this.load('', () => loadConfig(folder)) }
    let stamp: string
    try {
      const info = statSync(file)
      stamp = `${info.size}:${info.mtimeMs}`
    } catch {
      throw new TovError('FILE_NOT_FOUND', `Config niet gevonden: ${file}.`)
    }
    return { config: await this.load(file, () => loadConfig(folder, { configFile: file }), stamp), file }
  }

  /** Forgets every config: the next check reads them again. */
  clear(): void {
    this.loaded.clear()
  }

  private async load(key: string, read: () => Promise<ResolvedConfig>, stamp = ''): Promise<ResolvedConfig> {
    const known = this.loaded.get(key)
    if (known && known.stamp === stamp) return known.config
    const config = read()
    this.loaded.set(key, { stamp, config })
    // A config that failed is read again next time, not remembered broken.
    config.catch(() => this.loaded.delete(key))
    return config
  }
}

export interface CheckDocumentOptions {
  /** The document's file; undefined for a buffer that has none (untitled). */
  path: string | undefined
  text: string
  /** The folder relative names and a buffer's config are found from (the workspace folder). */
  root: string
  settings: ClientSettings
  configs: ConfigCache
}

/** The thread file of the settings, read once per check (it is small and may change). */
async function threadOf(settings: ClientSettings, root: string): Promise<Thread | undefined> {
  if (!settings.thread) return undefined
  return readThreadFile(resolve(root, settings.thread), settings.thread)
}

/** Checks a document, or says in one line why it cannot be checked. */
export async function checkDocument(options: CheckDocumentOptions): Promise<DocumentCheck | DocumentProblem> {
  const { path, text, root, settings } = options
  try {
    const folder = path === undefined ? root : dirname(path)
    const { config, file: configFile } = await options.configs.configFor(folder, settings.config)
    // Names as the CLI run from the config's folder gives them: the config's overrides match them.
    const base = configFile ? dirname(configFile) : root
    const name = path === undefined ? '<naamloos>' : relative(base, path) || basename(path)
    const format = formatOfDocument(path)
    const library = await readLibrary(name, text.replace(/^\uFEFF/, ''), { format })
    const thread = await threadOf(settings, root)
    // An unknown channel in the settings is said where the agent looks: on the document.
    const channel: ChannelName | undefined = settings.channel ? requireChannel(settings.channel) : undefined
    const replies: CheckedReply[] = []
    await checkRepliesStreaming([library], { config, ...(channel ? { channel } : {}), ...(thread ? { thread } : {}) }, (reply) => void replies.push(reply))
    return { library, replies, config, ...(configFile ? { configFile } : {}) }
  } catch (error) {
    if (!isTovError(error)) throw error
    // A broken library names its place: "name:line:column: problem".
    const placed = /^[^\n]*?:(\d+):(\d+): (.*)$/s.exec(error.message)
    if (placed && error.code === 'LIBRARY_INVALID') return { message: placed[3]!, line: Number(placed[1]), column: Number(placed[2]) }
    return { message: error.message }
  }
}

export function isProblem(outcome: DocumentCheck | DocumentProblem): outcome is DocumentProblem {
  return 'message' in outcome
}
