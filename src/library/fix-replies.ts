// --fix for files: applies the mechanical fixes (fixReply) to single reply files and writes each one
// atomically, or only describes the change as a git-style diff. Libraries (JSON, YAML, CSV, Zendesk) keep
// their suggestions only: a fix inside them would have to re-escape the text.
import { resolve } from 'node:path'
import { createChecker } from '../engine/checker.js'
import { fixReply } from '../engine/fix-reply.js'
import type { ChannelName, ResolvedConfig, Thread } from '../types.js'
import { fixTarget, writeFixedReply, type FixTarget } from '../write-atomically.js'
import type { LibraryFile } from './library-entry.js'

export interface FixRepliesOptions {
  config: ResolvedConfig
  /** The channel of replies that name none. */
  channel?: ChannelName
  thread?: Thread
  agent?: string
  /** Describe the fixes as a diff and write nothing. */
  dryRun?: boolean
  /** The folder relative file names are written in (default: the process's). */
  cwd?: string
}

export interface FixRepliesOutcome {
  /** The libraries with their fixed text, to check again (same order). */
  libraries: LibraryFile[]
  /** A dry run's unified diff of every change ('' when nothing changes). */
  diff: string
  /** The fixed text of a reply read from standard input, which has no file to write. */
  stdin?: string
  /** Some input was a library, which --fix leaves as it is. */
  librariesSkipped: boolean
}

/**
 * Fixes what can be fixed without judgement in every single reply file: each file is found writable before
 * any is written, so a refusal never leaves half the files fixed.
 */
export async function fixReplies(libraries: readonly LibraryFile[], options: FixRepliesOptions): Promise<FixRepliesOutcome> {
  const { createTwoFilesPatch } = await import('diff')
  const checker = await createChecker(options.config)
  const cwd = options.cwd ?? process.cwd()
  const targets = new Map<string, FixTarget>()
  if (!options.dryRun) {
    for (const library of libraries) {
      if (library.format === 'text' && library.file !== '<stdin>') targets.set(library.file, fixTarget(resolve(cwd, library.file), library.file))
    }
  }
  const fixed: LibraryFile[] = []
  const written: Array<[FixTarget, string]> = []
  let diff = ''
  let stdin: string | undefined
  for (const library of libraries) {
    if (library.format !== 'text') {
      fixed.push(library)
      continue
    }
    const entry = library.entries[0]!
    const start = entry.map.toSource(0)
    const outcome = await fixReply(checker, entry.text, {
      ...((entry.channel ?? options.channel) ? { channel: (entry.channel ?? options.channel)! } : {}),
      template: library.template,
      ...(options.agent ? { agent: options.agent } : {}),
      ...(options.thread ? { thread: options.thread } : {}),
    })
    const content = library.content.slice(0, start) + outcome.text
    if (options.dryRun) {
      // A git-style diff: without jsdiff's "=====" separator line.
      if (content !== library.content) diff += createTwoFilesPatch(`a/${library.file}`, `b/${library.file}`, library.content, content, undefined, undefined, { context: 2 }).replace(/^=+\n/, '')
    } else if (library.file === '<stdin>') {
      stdin = content
    } else if (content !== library.content) {
      written.push([targets.get(library.file)!, content])
    }
    fixed.push({ ...library, content, entries: [{ ...entry, text: outcome.text }] })
  }
  for (const [target, content] of written) writeFixedReply(target, content)
  return { libraries: fixed, diff, ...(stdin !== undefined ? { stdin } : {}), librariesSkipped: libraries.some((library) => library.format !== 'text') }
}
