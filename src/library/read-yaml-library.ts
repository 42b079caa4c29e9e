// YAML libraries, in the shapes of the JSON ones. The yaml package gives each scalar's range in the file;
// the decoded text (block scalars, folding, quotes, escapes) is aligned with that range character by
// character, so findings land on the file's own lines.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar, type YAMLMap } from 'yaml'
import { alignText } from './align-text.js'
import {
  entryChannel, entryDirective, entryKeys, keyedEntryKeys, libraryError, maxEntries, quoted, tooManyEntries, entryKeyProblem, type LibraryEntry, type LibraryFile,
} from './library-entry.js'
import { assertYamlShape } from './yaml-shape.js'

function textEntry(file: string, content: string, node: unknown, where: number, id: string): Pick<LibraryEntry, 'text' | 'map'> {
  if (node === undefined || node === null) libraryError(file, content, where, `reactie ${quoted(id)} heeft geen "text".`)
  if (!isScalar(node) || typeof node.value !== 'string') {
    const at = (node as Node).range?.[0] ?? where
    libraryError(file, content, at, `"text" van reactie ${quoted(id)} moet tekst zijn.`)
  }
  const scalar = node as Scalar<string>
  const [start, end] = scalarBody(content, scalar, where)
  return { text: scalar.value, map: alignText(scalar.value, content, start, end, { escapes: scalar.type === 'QUOTE_DOUBLE' }) }
}

/**
 * Where a scalar's text is written: after a block scalar's header line ("|-  # groet"), inside quotes.
 * The header's line break and the quotes would otherwise be taken for the text's own line break or quote.
 */
function scalarBody(content: string, scalar: Scalar<string>, where: number): [number, number] {
  const [start, end] = scalar.range ?? [where, where]
  if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
    let body = start
    while (body < end && content[body] !== '\n' && content[body] !== '\r') body++
    if (content[body] === '\r' && content[body + 1] === '\n') body++
    return [Math.min(body + 1, end), end]
  }
  const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : scalar.type === 'QUOTE_SINGLE' ? "'" : undefined
  if (quote && end - start >= 2 && content[start] === quote && content[end - 1] === quote) return [start + 1, end - 1]
  return [start, end]
}

/** The entry's `tov` field, read as its directive. */
function directiveOf(file: string, content: string, map: Node, id: string): Pick<LibraryEntry, 'disable'> {
  const node = isMap(map) ? map.get('tov', true) : undefined
  const value = node === undefined ? undefined : isScalar(node) ? node.value : (node as { toJSON(): unknown }).toJSON()
  const directive = entryDirective(value, (problem) => libraryError(file, content, (node as Node | undefined)?.range?.[0] ?? 0, `reactie ${quoted(id)}: ${problem}`))
  return directive ? { disable: directive } : {}
}

function channelOf(file: string, content: string, map: Node, id: string) {
  const node = isMap(map) ? map.get('channel', true) : undefined
  return entryChannel(isScalar(node) ? node.value : node, (problem) =>
    libraryError(file, content, (node as Node | undefined)?.range?.[0] ?? 0, `reactie ${quoted(id)}: ${problem}`),
  )
}

/**
 * A map's keys must be unique. The yaml package's own check (uniqueKeys) compares every key with every
 * earlier one, which takes seconds for a mapping of 40,000 ids; a Set does it in one pass, for the maps
 * that are read.
 */
function assertUniqueKeys(file: string, content: string, map: YAMLMap): void {
  const seen = new Set<string>()
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue
    const key = String(pair.key.value)
    if (seen.has(key)) libraryError(file, content, pair.key.range?.[0] ?? 0, `ongeldige YAML: de sleutel ${quoted(key)} komt twee keer voor.`)
    seen.add(key)
  }
}

/** Refuses a key that takes the place of a known one ("kanaal"), at the key's place in the file. */
function assertKnownKeys(file: string, content: string, map: YAMLMap, id: string, known: readonly string[]): void {
  const keys = map.items.map((pair) => pair.key as Node | null)
  const names = keys.map((key) => (isScalar(key) ? String(key.value) : ''))
  for (const [index, key] of keys.entries()) {
    const problem = entryKeyProblem(id, names[index]!, names, known)
    if (problem !== undefined) libraryError(file, content, key?.range?.[0] ?? map.range?.[0] ?? 0, problem)
  }
}

/** Reads a YAML library; `entriesLeft` is what the run may still take (see maxEntries). */
export function readYamlLibrary(file: string, content: string, entriesLeft = maxEntries): LibraryFile {
  assertYamlShape(content, {
    fail: (offset, problem) => libraryError(file, content, offset, problem, 'INPUT_TOO_COMPLEX'),
    maxRootItems: entriesLeft,
    tooManyRootItems: (offset) => tooManyEntries(file, content, offset),
  })
  const document = parseDocument(content, { uniqueKeys: false, prettyErrors: false, logLevel: 'error' })
  const error = document.errors[0]
  if (error) libraryError(file, content, error.pos[0], `ongeldige YAML: ${error.message.split('\n')[0]}`)
  const root = document.contents
  const entries: LibraryEntry[] = []
  if ((isSeq(root) || isMap(root)) && root.items.length > entriesLeft) {
    const beyond = root.items[entriesLeft] as { range?: [number, number, number]; key?: { range?: [number, number, number] } } | undefined
    tooManyEntries(file, content, beyond?.range?.[0] ?? beyond?.key?.range?.[0] ?? 0)
  }
  if (isSeq(root)) {
    root.items.forEach((item, index) => {
      const at = (item as Node | null)?.range?.[0] ?? 0
      if (!isMap(item)) libraryError(file, content, at, `reactie ${index + 1} moet een object zijn met "text".`)
      assertUniqueKeys(file, content, item)
      const idNode = item.get('id', true)
      const id = isScalar(idNode) && idNode.value !== null ? String(idNode.value) : String(index + 1)
      assertKnownKeys(file, content, item, id, entryKeys)
      const channel = channelOf(file, content, item, id)
      entries.push({ id, ...(channel ? { channel } : {}), ...directiveOf(file, content, item, id), ...textEntry(file, content, item.get('text', true), at, id) })
    })
  } else if (isMap(root)) {
    assertUniqueKeys(file, content, root)
    for (const pair of root.items) {
      // A key may be missing (": text") or a collection ("? [a, b]").
      const key = pair.key as Node | null
      const id = isScalar(key) ? String(key.value) : key ? String(key) : ''
      const at = key?.range?.[0] ?? (pair.value as Node | null)?.range?.[0] ?? 0
      if (isMap(pair.value)) {
        assertUniqueKeys(file, content, pair.value)
        assertKnownKeys(file, content, pair.value, id, keyedEntryKeys)
        const channel = channelOf(file, content, pair.value, id)
        entries.push({ id, ...(channel ? { channel } : {}), ...directiveOf(file, content, pair.value, id), ...textEntry(file, content, pair.value.get('text', true), at, id) })
      } else {
        entries.push({ id, ...textEntry(file, content, pair.value, at, id) })
      }
    }
  } else {
    libraryError(file, content, 0, 'verwacht een lijst van reacties of een object van id naar tekst.')
  }
  return { file, content, format: 'yaml', template: true, entries }
}
