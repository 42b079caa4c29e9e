// `tov allow`: brand words added to the vocabulary of the config `tov check` reads. The file is edited, not
// rewritten: the parsers (yaml, jsonc-parser) find where the list or the config ends, and the new entries are
// spliced into the text there, so comments, key order, indentation and quoting stay as the team wrote them
// (re-serialising a YAML document re-indents it and re-folds its long strings; jsonc-parser's formatter
// reflows the object it touches). The result is parsed again and written only when it holds the same
// settings plus the new words, whole or not at all.
import { realpathSync, statSync } from 'node:fs'
import { basename, extname, join, relative } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import type { Node as JsonNode } from 'jsonc-parser'
import { readInputFile } from '../read-input-file.js'
import { TovError } from '../tov-error.js'
import { writeAtomically } from '../write-atomically.js'
import { findConfigFile } from './load-config.js'

// Exported with allowWords: a tool that adds words usually wants to say where they went.
export { findConfigFile } from './load-config.js'

export interface AllowWordsOptions {
  /** The folder to search from, as `tov check` does (upward to the project root). */
  cwd: string
  /** Edit this config file instead of searching. */
  configFile?: string
  /**
   * Write nothing: the result's `content` is what the file would hold (an editor applies it as an edit of
   * its own, which the user can undo).
   */
  dryRun?: boolean
}

export interface AllowWordsResult {
  /** The config file (absolute path) that now lists the words. */
  file: string
  /** The words added, in the order given. */
  added: string[]
  /**
   * Words the vocabulary already had, not added again: `listed` is its spelling there, which differs from
   * `word` only in case (the spelling rule ignores case).
   */
  present: Array<{ word: string; listed: string }>
  /** No config was found, so a new `.tovrc` was made in `cwd`. */
  created: boolean
  /** With `dryRun`: the whole text the file would have (undefined when nothing would change). */
  content?: string
}

/** A config is a page of settings; anything larger is not one (as load-config.ts). */
const maxConfigBytes = 1024 * 1024
const codeConfig = /^\.[cm]?[jt]s$/

type Settings = Record<string, unknown>

function isSettings(value: unknown): value is Settings {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The first line of a parser's message, without the code frame. */
function oneLine(message: string): string {
  return (message.split('\n').find((line) => line.trim() !== '') ?? message).trim()
}

/** The words asked for, each checked, without repeats. */
function checkedWords(words: unknown): string[] {
  if (!Array.isArray(words) || words.some((word) => typeof word !== 'string')) {
    throw new TovError('USAGE', 'allowWords() verwacht een lijst van woorden, zoals ["Voorbeeld"].')
  }
  if (words.length === 0) throw new TovError('USAGE', 'Geef een of meer woorden, zoals: tov allow Voorbeeld')
  for (const word of words as string[]) {
    if (word === '') throw new TovError('USAGE', 'Een leeg woord kan niet in vocabulary; geef elk woord als eigen argument, zoals: tov allow Voorbeeld')
    if (/[\p{White_Space}\p{Z}]/u.test(word)) {
      const parts = word.split(/[\p{White_Space}\p{Z}]+/u).filter(Boolean).join(' ')
      throw new TovError('USAGE', `"${word}" is meer dan één woord; geef elk woord als eigen argument, zoals: tov allow ${parts || 'Voorbeeld'}`)
    }
    if (/\p{C}/u.test(word)) throw new TovError('USAGE', `"${word}" bevat een stuurteken of onzichtbaar teken; typ het woord opnieuw, alleen de letters.`)
  }
  return [...new Set(words as string[])]
}

/** The new words and the ones listed already (in any case: the spelling rule ignores case). */
function sortWords(words: string[], listed: string[]): Pick<AllowWordsResult, 'added' | 'present'> {
  const exact = new Set<string>()
  const byLowerCase = new Map<string, string>()
  const remember = (word: string) => {
    exact.add(word)
    if (!byLowerCase.has(word.toLowerCase())) byLowerCase.set(word.toLowerCase(), word)
  }
  // The rule splits an entry at spaces: "Mijn Voorbeeld" lists "Voorbeeld" too.
  for (const entry of listed) for (const word of entry.split(/\s+/u)) if (word) remember(word)
  const added: string[] = []
  const present: AllowWordsResult['present'] = []
  for (const word of words) {
    const listedAs = exact.has(word) ? word : byLowerCase.get(word.toLowerCase())
    if (listedAs !== undefined) {
      present.push({ word, listed: listedAs })
    } else {
      added.push(word)
      remember(word)
    }
  }
  return { added, present }
}

const yamlOptions = { schema: 'core', uniqueKeys: true, logLevel: 'error' } as const

function isPackageFile(path: string): boolean {
  return basename(path) === 'package.json'
}

/** The data of a config file's text as loadConfig reads it: JSON by name, YAML otherwise; null when blank. */
async function dataOf(path: string, text: string): Promise<unknown> {
  if (text.trim() === '') return null
  if (isPackageFile(path) || extname(path) === '.json') {
    try {
      return JSON.parse(text)
    } catch (error) {
      const message = (error as Error).message
      const position = /position (\d+)/.exec(message)
      if (!position) throw new Error(`ongeldige JSON: ${oneLine(message)}`)
      const before = text.slice(0, Number(position[1]))
      throw new Error(`ongeldige JSON op regel ${before.split('\n').length}, kolom ${before.length - before.lastIndexOf('\n')}`)
    }
  }
  const { parseYamlData } = await import('./parse-yaml-data.js')
  return parseYamlData(text)
}

/** The settings with a new vocabulary, in the shape of the whole file (package.json: under "tov"). */
function withVocabulary(data: unknown, inPackage: boolean, vocabulary: string[]): unknown {
  if (!inPackage) return { ...(data as Settings | null), vocabulary }
  const manifest = (data ?? {}) as Settings
  return { ...manifest, tov: { ...(manifest['tov'] as Settings | undefined), vocabulary } }
}

// Positions in a text, for splicing.
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Where the line holding `offset` ends, before its line break ("\n" or "\r\n"). */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset)
  if (newline < 0) return text.length
  return text[newline - 1] === '\r' ? newline - 1 : newline
}

/** The spaces and tabs that start the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))![0]
}

/** Nothing but white space before `start` and after `end` on their lines: a node on lines of its own. */
function ownsLines(text: string, start: number, end: number): boolean {
  return text.slice(lineStart(text, start), start).trim() === '' && text.slice(end, lineEnd(text, end)).trim() === ''
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

interface Splice {
  offset: number
  length: number
  content: string
}

function applySplice(text: string, { offset, length, content }: Splice): string {
  return text.slice(0, offset) + content + text.slice(offset + length)
}

/** The text of a JSON config with the words appended to its vocabulary (or the key added at the end). */
async function addToJson(text: string, words: string[], inPackage: boolean): Promise<string> {
  const { parseTree, findNodeAtLocation } = await import('jsonc-parser')
  const source = text.trim() === '' ? `{}${lineBreakOf(text)}` : text
  const eol = lineBreakOf(source)
  const unitMatch = /^([ \t]+)\S/m.exec(source)?.[1]
  const unit = unitMatch?.startsWith('\t') ? '\t' : unitMatch || '  '
  const block = (value: unknown, indent: string) => JSON.stringify(value, null, unit).split('\n').join(eol + indent)
  const inline = (value: unknown): string =>
    Array.isArray(value)
      ? `[${value.map(inline).join(', ')}]`
      : isSettings(value)
        ? `{ ${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`).join(', ')} }`
        : JSON.stringify(value)

  /** A new last property; in the object's own layout, one per line or all on one line. */
  const addProperty = (object: JsonNode, key: string, value: unknown): Splice => {
    const last = object.children?.at(-1)
    if (!last) {
      const base = indentAt(source, object.offset)
      return { offset: object.offset, length: object.length, content: `{${eol}${base}${unit}${JSON.stringify(key)}: ${block(value, base + unit)}${eol}${base}}` }
    }
    const end = last.offset + last.length
    const indent = indentAt(source, last.offset)
    const content = ownsLines(source, last.offset, end) ? `,${eol}${indent}${JSON.stringify(key)}: ${block(value, indent)}` : `, ${JSON.stringify(key)}: ${inline(value)}`
    return { offset: end, length: 0, content }
  }

  /** New last items; one per line when the last item has a line of its own. */
  const append = (array: JsonNode, items: string[]): Splice => {
    const last = array.children?.at(-1)
    if (!last) {
      const inside = source.slice(array.offset + 1, array.offset + array.length - 1)
      return { offset: array.offset, length: array.length, content: inside.includes('\n') ? block(items, indentAt(source, array.offset)) : inline(items) }
    }
    const end = last.offset + last.length
    const indent = indentAt(source, last.offset)
    const quoted = items.map((item) => JSON.stringify(item))
    const content = ownsLines(source, last.offset, end) ? quoted.map((item) => `,${eol}${indent}${item}`).join('') : quoted.map((item) => `, ${item}`).join('')
    return { offset: end, length: 0, content }
  }

  const root = parseTree(source)
  if (root?.type !== 'object') throw new Error('no object')
  const settings = inPackage ? findNodeAtLocation(root, ['tov']) : root
  if (!settings) return applySplice(source, addProperty(root, 'tov', { vocabulary: words }))
  if (settings.type !== 'object') throw new Error('no object')
  const vocabulary = findNodeAtLocation(settings, ['vocabulary'])
  if (!vocabulary) return applySplice(source, addProperty(settings, 'vocabulary', words))
  if (vocabulary.type !== 'array') throw new Error('no list')
  return applySplice(source, append(vocabulary, words))
}

/** A word as a YAML scalar on one line: plain where YAML allows it, else quoted. */
async function yamlScalar(word: string, flow: boolean): Promise<string> {
  const { Document } = await import('yaml')
  const rendered = flow
    ? new Document([word]).toString({ collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim().slice(1, -1)
    : new Document(word).toString({ lineWidth: 0 }).replace(/\r?\n$/, '')
  return rendered.includes('\n') ? JSON.stringify(word) : rendered
}

/** The text of a YAML config with the words appended to its vocabulary (or the key added at the end). */
async function addToYaml(text: string, words: string[]): Promise<string> {
  const { isAlias, isMap, isScalar, isSeq, parseDocument } = await import('yaml')
  const eol = lineBreakOf(text)
  const document = parseDocument(text, yamlOptions)
  const contents = document.contents
  const flowItems = async () => (await Promise.all(words.map((word) => yamlScalar(word, true)))).join(', ')
  const blockItems = async (indent: string) => (await Promise.all(words.map(async (word) => `${eol}${indent}- ${await yamlScalar(word, false)}`))).join('')

  /** The new key after everything else, apart from a closing comment. */
  const appendKey = async (indent: string, at = text.length): Promise<string> => {
    const before = text.slice(0, at)
    let separator = before === '' || before.endsWith('\n') ? '' : eol
    const lastLine = before.trimEnd().split('\n').at(-1)?.trim() ?? ''
    if (lastLine.startsWith('#') && !/\n[ \t]*\r?\n$/.test(before)) separator += eol
    return `${before}${separator}${indent}vocabulary:${await blockItems(`${indent}  `)}${eol}${text.slice(at)}`
  }

  if (contents === null) return appendKey('')
  if (!isMap(contents)) throw new Error('no object')
  const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === 'vocabulary')
  if (!pair) {
    if (contents.flow) {
      const last = contents.items.at(-1)
      const entry = `vocabulary: [${await flowItems()}]`
      if (!last) return applySplice(text, { offset: contents.range![0] + 1, length: 0, content: entry })
      const end = ((last.value ?? last.key) as { range: [number, number, number] }).range[1]
      return applySplice(text, { offset: end, length: 0, content: `, ${entry}` })
    }
    const start = contents.range![0]
    const indent = text.slice(lineStart(text, start), start)
    const keyIndent = indent.trim() === '' ? indent : ''
    // After the map, only comments: the key goes at the very end. Anything else (a document end marker):
    // right after the map.
    const after = text.slice(contents.range![2])
    const onlyComments = after.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'))
    return appendKey(keyIndent, onlyComments ? text.length : contents.range![2])
  }
  const list = pair.value
  if (isAlias(list)) throw new Error('alias')
  if (!isSeq(list)) throw new Error('no list')
  const last = list.items.at(-1) as { range: [number, number, number] } | undefined
  if (list.flow) {
    if (!last) return applySplice(text, { offset: list.range![0] + 1, length: 0, content: await flowItems() })
    return applySplice(text, { offset: last.range[1], length: 0, content: `, ${await flowItems()}` })
  }
  if (!last) throw new Error('no list')
  const start = list.range![0]
  const indent = text.slice(lineStart(text, start), start)
  if (indent.trim() !== '') throw new Error('no block list')
  return applySplice(text, { offset: lineEnd(text, last.range[1]), length: 0, content: await blockItems(indent) })
}

/** Reads a config's text as loadConfig does: a regular file of at most 1 MiB, UTF-8, its BOM apart. */
async function readConfigText(path: string, shown: string): Promise<{ text: string; bom: boolean }> {
  let bytes: Buffer
  try {
    bytes = await readInputFile(path, { name: shown, maxBytes: maxConfigBytes, tooLarge: 'groter dan 1 MiB; dat is geen config.' })
  } catch (error) {
    if (error instanceof TovError && (error.code === 'NOT_A_FILE' || error.code === 'INPUT_TOO_LARGE')) throw new TovError('CONFIG_UNREADABLE', `Config ${error.message}`)
    throw error
  }
  try {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes), bom }
  } catch {
    throw new TovError('CONFIG_UNREADABLE', `Config ${shown} kan niet worden gelezen: geen geldige UTF-8-tekst. Sla het op als UTF-8.`)
  }
}

/** The file that is written; a symbolic link keeps pointing at it. */
function writableTarget(path: string, shown: string): string {
  const target = realpathSync(path)
  if ((statSync(target).mode & 0o222) === 0) {
    throw new TovError('WRITE_FAILED', `${shown} is alleen-lezen; tov allow verandert het niet. Maak het schrijfbaar, of voeg de woorden zelf toe aan vocabulary.`)
  }
  return target
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * Adds words to the `vocabulary` of the config `tov check` would read from `cwd` (or of `configFile`),
 * keeping its comments, key order and format; without a config, makes a `.tovrc` in `cwd`. Words listed
 * already, in any case, are not added again. Refuses (TovError) a word that is empty or more than one word,
 * a code config, a config that does not parse and a vocabulary that is not a list; nothing is then written.
 */
export async function allowWords(words: string[], options: AllowWordsOptions): Promise<AllowWordsResult> {
  if (!isSettings(options) || typeof options.cwd !== 'string' || (options.configFile !== undefined && typeof options.configFile !== 'string') || (options.dryRun !== undefined && typeof options.dryRun !== 'boolean')) {
    throw new TovError('USAGE', 'allowWords() verwacht als opties een object, zoals { cwd: process.cwd() }.')
  }
  const wanted = checkedWords(words)
  const { cwd, configFile } = options
  const shownOf = (file: string) => relative(cwd, file) || file

  if (configFile && codeConfig.test(extname(configFile))) {
    throw new TovError('USAGE', `${configFile} is een config in code; tov allow verandert die niet. Voeg de woorden zelf toe aan vocabulary.`)
  }
  let path = await findConfigFile(cwd, configFile)
  if (!path && configFile) {
    throw new TovError('FILE_NOT_FOUND', `Config niet gevonden: ${configFile}. Maak het bestand eerst, of laat --config weg: dan maakt tov allow een .tovrc.`)
  }
  const fresh = join(cwd, '.tovrc')
  // An empty .tovrc, or one of comments only, holds no config for loadConfig, but it is kept and filled.
  if (!path && isFile(fresh)) path = fresh

  if (!path) {
    const { added, present } = sortWords(wanted, [])
    const items = await Promise.all(added.map(async (word) => `  - ${await yamlScalar(word, false)}`))
    const text = ['# tov-config, gemaakt door "tov allow". Uitleg per sleutel: README, "Config".', '# Woorden die de spellingcontrole moet kennen: merk-, product- en teamwoorden.', 'vocabulary:', ...items, ''].join('\n')
    if (!isDeepStrictEqual(await dataOf(fresh, text), { vocabulary: added })) {
      throw new TovError('USAGE', `Deze woorden passen niet veilig in een nieuwe .tovrc; maak die zelf, met vocabulary.`)
    }
    if (options.dryRun) return { file: fresh, added, present, created: true, content: text }
    writeAtomically(fresh, text)
    return { file: fresh, added, present, created: true }
  }

  const shown = shownOf(path)
  const { text, bom } = await readConfigText(path, shown)
  let data: unknown
  try {
    data = await dataOf(path, text)
  } catch (error) {
    throw new TovError('CONFIG_INVALID', `Config ${shown} kan niet worden gelezen: ${oneLine((error as Error).message)}. Herstel het eerst; tov allow schrijft niet in een kapot bestand.`)
  }
  const inPackage = isPackageFile(path)
  if (inPackage && !isSettings(data)) throw new TovError('CONFIG_INVALID', `${shown} is geen object; herstel het eerst.`)
  const settings = inPackage ? (data as Settings)['tov'] : data
  if (settings !== undefined && settings !== null && !isSettings(settings)) {
    throw new TovError('CONFIG_INVALID', `${inPackage ? `"tov" in ${shown}` : shown} is geen config met sleutels; herstel het eerst, zoals { "vocabulary": ["Voorbeeld"] }.`)
  }
  const listed = isSettings(settings) ? settings['vocabulary'] : undefined
  if (listed !== undefined && !(Array.isArray(listed) && listed.every((entry) => typeof entry === 'string'))) {
    throw new TovError('CONFIG_INVALID', `"vocabulary" in ${shown} is geen lijst van woorden; maak er een van, zoals "vocabulary": ["Voorbeeld"], en probeer het opnieuw.`)
  }
  const vocabulary = (listed ?? []) as string[]
  const { added, present } = sortWords(wanted, vocabulary)
  if (added.length === 0) return { file: path, added, present, created: false }

  // A .tovrc (or another name) in JSON stays JSON; loadConfig reads it as YAML, which JSON is too.
  const asJson = inPackage || extname(path) === '.json' || (!/^\.ya?ml$/.test(extname(path)) && isSettings(tryJson(text)))
  let next: string
  try {
    next = asJson ? await addToJson(text, added, inPackage) : await addToYaml(text, added)
  } catch (error) {
    if ((error as Error).message === 'alias') {
      throw new TovError('CONFIG_INVALID', `"vocabulary" in ${shown} verwijst naar een anker (*); voeg de woorden zelf toe aan die lijst.`)
    }
    throw unsafe(shown)
  }
  let written: unknown
  try {
    written = await dataOf(path, next)
  } catch {
    throw unsafe(shown)
  }
  if (!isDeepStrictEqual(written, withVocabulary(data, inPackage, [...vocabulary, ...added]))) throw unsafe(shown)
  const content = bom ? `\uFEFF${next}` : next
  if (options.dryRun) return { file: path, added, present, created: false, content }
  writeAtomically(writableTarget(path, shown), content)
  return { file: path, added, present, created: false }
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The edit would change more than the vocabulary (an unusual layout): the file stays as it is. */
function unsafe(shown: string): TovError {
  return new TovError('CONFIG_INVALID', `tov allow kan ${shown} niet veilig aanvullen; voeg de woorden zelf toe aan vocabulary.`)
}
