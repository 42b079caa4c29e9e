// Checks every entry of a library with one checker and moves its findings from the entry's text to the
// source file: line and column are the file's, and each result names its entry.
import { location } from 'vfile-location'
import type { Checker } from '../engine/checker.js'
import type { ChannelName, CheckOptions, CheckResult, Finding } from '../types.js'
import type { LibraryEntry, LibraryFile } from './library-entry.js'

export type Locate = (offset: number) => { line: number; column: number }

/** Line and column in the file of a text offset of `entry`. */
export function entryLocator(library: Pick<LibraryFile, 'content'>, place = location(library.content)): (entry: LibraryEntry) => Locate {
  return (entry) => (offset) => place.toPoint(entry.map.toSource(offset)) ?? { line: 1, column: 1 }
}

/** A finding with its position moved from the entry's text to the file. */
export function relocate(finding: Finding, locate: Locate): Finding {
  const start = locate(finding.offset)
  const end = locate(finding.endOffset)
  return { ...finding, line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
}

export interface CheckLibraryOptions extends Omit<CheckOptions, 'file' | 'channel' | 'template'> {
  /** The channel of entries that name none. */
  channel?: ChannelName
}

export async function checkEntry(
  checker: Checker,
  library: LibraryFile,
  entry: LibraryEntry,
  locate: Locate,
  options: CheckLibraryOptions = {},
): Promise<CheckResult> {
  const channel = entry.channel ?? options.channel
  const result = await checker.check(entry.text, {
    ...options,
    file: library.file,
    template: library.template,
    ...(channel ? { channel } : {}),
  })
  return placeResult(result, library, entry, locate)
}

/**
 * A result of an entry's text as a result of the library: findings at the file's lines and columns, and
 * the entry named (a single reply file keeps the shape it always had).
 */
export function placeResult(result: CheckResult, library: LibraryFile, entry: LibraryEntry, locate: Locate): CheckResult {
  const { file, ...rest } = { ...result, findings: result.findings.map((finding) => relocate(finding, locate)) }
  if (library.format === 'text' && entry.id === library.file) return { file, ...rest }
  return { file, entry: entry.id, ...rest }
}

export async function checkLibrary(checker: Checker, library: LibraryFile, options: CheckLibraryOptions = {}): Promise<CheckResult[]> {
  const locator = entryLocator(library)
  const results: CheckResult[] = []
  for (const entry of library.entries) results.push(await checkEntry(checker, library, entry, locator(entry), options))
  return results
}
