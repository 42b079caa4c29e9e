// Turns a file into a library: by its extension (or --input-format) a single reply (.txt, .md, with
// optional front matter), or a JSON, YAML, CSV or Zendesk library of many.
// The readers load on demand: checking one draft (the agent at a terminal) must not pay for the parsers.
import { extname } from 'node:path'
import { maxReplyBytes } from '../engine/checker.js'
import { shownValue, TovError } from '../tov-error.js'
import { shiftedMap } from './offset-map.js'
import type { CsvColumns } from './read-csv-library.js'
import {
  entryChannel,
  entryDirective,
  libraryError,
  libraryFormats,
  maxEntries,
  quoted,
  tooManyEntries,
  type LibraryEntry,
  type LibraryFile,
  type LibraryFormat,
} from './library-entry.js'

export { maxEntries }

export interface ReadLibraryOptions {
  /** Overrides detection by extension. */
  format?: LibraryFormat
  csvColumns?: CsvColumns
  /** Treat a reply file as a canned response (a template) even without front matter. */
  template?: boolean
  /** The most entries this library may hold: what is left of the run's budget (maxEntries, 100,000). */
  maxEntries?: number
}

export function isLibraryFormat(name: unknown): name is LibraryFormat {
  return typeof name === 'string' && (libraryFormats as readonly string[]).includes(name)
}

export function formatOfPath(path: string): LibraryFormat {
  const extension = extname(path).toLowerCase()
  if (extension === '.json') return 'json'
  if (extension === '.yaml' || extension === '.yml') return 'yaml'
  if (extension === '.csv') return 'csv'
  return 'text'
}

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/** One reply; front matter may name its channel and id ("---\nchannel: x\nid: welkom\n---"). */
async function readTextReply(file: string, content: string, template: boolean): Promise<LibraryFile> {
  const match = frontMatter.exec(content)
  if (!match) return { file, content, format: 'text', template, entries: [{ id: file, text: content, map: shiftedMap(0) }] }
  const source = match[1]!
  // The front matter starts after "---\n" (or "---\r\n").
  const base = match[0].startsWith('---\r\n') ? 5 : 4
  const fail = (problem: string): never => libraryError(file, content, base, `front matter: ${problem}`)
  let data: unknown
  try {
    const loaded = await import('yaml')
    // Bundled into the CLI, the CommonJS build of yaml arrives as the namespace's default export.
    const yaml = (loaded as unknown as { default?: typeof loaded }).default ?? loaded
    const { assertYamlShape } = await import('./yaml-shape.js')
    assertYamlShape(source, { fail: (offset, problem) => libraryError(file, content, base + offset, `front matter: ${problem}`, 'INPUT_TOO_COMPLEX') })
    // A document, not yaml.parse: parse prints warnings (an unknown tag) to stderr, a second line.
    const document = yaml.parseDocument(source, { prettyErrors: false, logLevel: 'error' })
    const error = document.errors[0]
    if (error) fail(`ongeldige YAML: ${error.message.split('\n')[0]}`)
    data = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    if (error instanceof TovError) throw error
    fail(`ongeldige YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  const fields = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  const channel = entryChannel(fields['channel'], fail)
  const id = typeof fields['id'] === 'string' || typeof fields['id'] === 'number' ? String(fields['id']) : file
  // The reply's own directive: `tov: { disable: [spelling], reason: "..." }` silences rules for all of it.
  const disable = entryDirective(fields['tov'], fail)
  const start = match[0].length
  // Front matter marks a canned response.
  return {
    file,
    content,
    format: 'text',
    template: true,
    entries: [{ id, ...(channel ? { channel } : {}), ...(disable ? { disable } : {}), text: content.slice(start), map: shiftedMap(start) }],
  }
}

/**
 * An entry's text is at most 1 MiB in UTF-8, as the file of a single reply is: counted in bytes, since a
 * JavaScript length counts UTF-16 units and 700,000 "é" are 1.4 MB.
 */
function assertEntrySize(library: LibraryFile, entry: LibraryEntry): void {
  // At most three UTF-8 bytes per UTF-16 unit: short texts need no count.
  if (entry.text.length * 3 <= maxReplyBytes || Buffer.byteLength(entry.text, 'utf8') <= maxReplyBytes) return
  if (library.format === 'text') throw new TovError('INPUT_TOO_LARGE', `${library.file}: te groot voor één reactie (meer dan 1 MiB).`)
  libraryError(library.file, library.content, entry.map.toSource(0), `reactie ${quoted(entry.id)} is groter dan 1 MiB; maak de reactie korter.`, 'INPUT_TOO_LARGE')
}

/** Reads a library from its decoded content; every problem is a TovError naming file, line and column. */
export async function readLibrary(file: string, content: string, options: ReadLibraryOptions = {}): Promise<LibraryFile> {
  // A JavaScript caller may pass anything: bad arguments are a TovError, not a TypeError further on.
  if (typeof file !== 'string' || typeof content !== 'string') throw new TovError('USAGE', 'readLibrary() verwacht een bestandsnaam en de tekst van het bestand.')
  if (options === null || typeof options !== 'object') throw new TovError('USAGE', 'readLibrary() verwacht als opties een object.')
  if (options.format !== undefined && !isLibraryFormat(options.format)) {
    throw new TovError('UNKNOWN_FORMAT', `Onbekend invoerformaat "${shownValue(options.format)}". Kies uit: ${libraryFormats.join(', ')}.`)
  }
  if (options.template !== undefined && typeof options.template !== 'boolean') throw new TovError('USAGE', 'de optie "template" moet true of false zijn.')
  const format = options.format ?? formatOfPath(file)
  const entriesLeft = options.maxEntries ?? maxEntries
  let library: LibraryFile
  switch (format) {
    case 'text':
      library = await readTextReply(file, content, options.template ?? false)
      break
    case 'json':
    case 'zendesk':
      library = (await import('./read-json-library.js')).readJsonLibrary(file, content, entriesLeft)
      if (format === 'zendesk' && library.format !== 'zendesk') {
        throw new TovError('LIBRARY_INVALID', `${file}: geen Zendesk-export (verwacht { "macros": [...] }).`)
      }
      break
    case 'yaml':
      library = (await import('./read-yaml-library.js')).readYamlLibrary(file, content, entriesLeft)
      break
    case 'csv':
      library = (await import('./read-csv-library.js')).readCsvLibrary(file, content, options.csvColumns, entriesLeft)
      break
  }
  if (options.template) library.template = true
  if (library.entries.length > entriesLeft) {
    // The readers refuse at the first entry beyond; a single reply can only be beyond when the budget is spent.
    tooManyEntries(file, content, library.entries[entriesLeft]?.map.toSource(0) ?? 0)
  }
  const seen = new Set<string>()
  for (const entry of library.entries) {
    assertEntrySize(library, entry)
    if (library.format === 'text') continue
    if (entry.text.trim() === '') libraryError(file, content, entry.map.toSource(0), `reactie ${quoted(entry.id)} is leeg.`)
    if (seen.has(entry.id)) libraryError(file, content, entry.map.toSource(0), `de id ${quoted(entry.id)} komt twee keer voor.`)
    seen.add(entry.id)
  }
  if (library.format !== 'text' && library.entries.length === 0) throw new TovError('NO_REPLIES', `${file}: deze bibliotheek bevat geen reacties.`)
  return library
}
