// A canned-response library as tov sees it: entries of text, each with its id, its channel when the
// library names one, and the map from its text back to the source file.
import { location } from 'vfile-location'
import { isChannelName } from '../channels/channels.js'
import { TovError } from '../tov-error.js'
import type { ChannelName } from '../types.js'
import type { OffsetMap } from './offset-map.js'

export const libraryFormats = ['text', 'json', 'yaml', 'csv', 'zendesk'] as const
export type LibraryFormat = (typeof libraryFormats)[number]

export interface LibraryEntry {
  id: string
  channel?: ChannelName
  text: string
  /** Text offset -> offset in the source file. */
  map: OffsetMap
}

export interface LibraryFile {
  /** The name shown in reports (relative to the working folder). */
  file: string
  /** The whole source, for lines and columns. */
  content: string
  format: LibraryFormat
  entries: LibraryEntry[]
  /** Canned responses (placeholders filled in later), not a draft about to be sent. */
  template: boolean
}

/** Throws the one-line error of a broken library: file, line, column, problem. */
export function libraryError(file: string, content: string, offset: number, problem: string): never {
  const point = location(content).toPoint(Math.min(offset, content.length)) ?? { line: 1, column: 1 }
  throw new TovError('LIBRARY_INVALID', `${file}:${point.line}:${point.column}: ${problem}`)
}

/** A channel named by an entry, checked. */
export function entryChannel(value: unknown, fail: (problem: string) => never): ChannelName | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || !isChannelName(value)) fail(`onbekend kanaal "${String(value)}".`)
  return value
}
