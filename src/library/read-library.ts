// Turns a file into a library: by its extension (or --input-format) a single reply (.txt, .md, with
// optional front matter), or a JSON, YAML, CSV or Zendesk library of many.
// The readers load on demand: checking one draft (the agent at a terminal) must not pay for the parsers.
import { extname } from 'node:path'
import { TovError } from '../tov-error.js'
import { shiftedMap } from './offset-map.js'
import type { CsvColumns } from './read-csv-library.js'
import { entryChannel, libraryError, libraryFormats, type LibraryFile, type LibraryFormat } from './library-entry.js'

export interface ReadLibraryOptions {
  /** Overrides detection by extension. */
  format?: LibraryFormat
  csvColumns?: CsvColumns
  /** Treat a reply file as a canned response (a template) even without front matter. */
  template?: boolean
}

export function isLibraryFormat(name: string): name is LibraryFormat {
  return (libraryFormats as readonly string[]).includes(name)
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
  let data: unknown
  try {
    const loaded = await import('yaml')
    // Bundled into the CLI, the CommonJS build of yaml arrives as the namespace's default export.
    const yaml = (loaded as unknown as { default?: typeof loaded }).default ?? loaded
    data = yaml.parse(match[1]!)
  } catch (error) {
    libraryError(file, content, 4, `ongeldige front matter: ${(error as Error).message.split('\n')[0]}`)
  }
  const fields = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  const channel = entryChannel(fields['channel'], (problem) => libraryError(file, content, 4, `front matter: ${problem}`))
  const id = typeof fields['id'] === 'string' || typeof fields['id'] === 'number' ? String(fields['id']) : file
  const start = match[0].length
  // Front matter marks a canned response.
  return {
    file,
    content,
    format: 'text',
    template: true,
    entries: [{ id, ...(channel ? { channel } : {}), text: content.slice(start), map: shiftedMap(start) }],
  }
}

/** Reads a library from its decoded content; every problem is a TovError naming file, line and column. */
export async function readLibrary(file: string, content: string, options: ReadLibraryOptions = {}): Promise<LibraryFile> {
  const format = options.format ?? formatOfPath(file)
  let library: LibraryFile
  switch (format) {
    case 'text':
      library = await readTextReply(file, content, options.template ?? false)
      break
    case 'json':
    case 'zendesk':
      library = (await import('./read-json-library.js')).readJsonLibrary(file, content)
      if (format === 'zendesk' && library.format !== 'zendesk') {
        throw new TovError('LIBRARY_INVALID', `${file}: geen Zendesk-export (verwacht { "macros": [...] }).`)
      }
      break
    case 'yaml':
      library = (await import('./read-yaml-library.js')).readYamlLibrary(file, content)
      break
    case 'csv':
      library = (await import('./read-csv-library.js')).readCsvLibrary(file, content, options.csvColumns)
      break
  }
  if (options.template) library.template = true
  if (library.format !== 'text') {
    if (library.entries.length === 0) throw new TovError('NO_REPLIES', `${file}: deze bibliotheek bevat geen reacties.`)
    const seen = new Set<string>()
    for (const entry of library.entries) {
      if (entry.text.trim() === '') libraryError(file, content, entry.map.toSource(0), `reactie "${entry.id}" is leeg.`)
      if (seen.has(entry.id)) libraryError(file, content, entry.map.toSource(0), `de id "${entry.id}" komt twee keer voor.`)
      seen.add(entry.id)
    }
  }
  return library
}
