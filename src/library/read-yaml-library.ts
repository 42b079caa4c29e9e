// YAML libraries, in the shapes of the JSON ones. The yaml package gives each scalar's range in the file;
// the decoded text (block scalars, folding, quotes, escapes) is aligned with that range character by
// character, so findings land on the file's own lines.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml'
import { alignText } from './align-text.js'
import { entryChannel, libraryError, type LibraryEntry, type LibraryFile } from './library-entry.js'

function textEntry(file: string, content: string, node: unknown, where: number, id: string): Pick<LibraryEntry, 'text' | 'map'> {
  if (node === undefined || node === null) libraryError(file, content, where, `reactie "${id}" heeft geen "text".`)
  if (!isScalar(node) || typeof node.value !== 'string') {
    const at = (node as Node).range?.[0] ?? where
    libraryError(file, content, at, `"text" van reactie "${id}" moet tekst zijn.`)
  }
  const scalar = node as Scalar<string>
  const [start, end] = scalar.range ?? [where, where]
  return { text: scalar.value, map: alignText(scalar.value, content, start, end, { escapes: scalar.type === 'QUOTE_DOUBLE' }) }
}

function channelOf(file: string, content: string, map: Node, id: string) {
  const node = isMap(map) ? map.get('channel', true) : undefined
  return entryChannel(isScalar(node) ? node.value : node, (problem) =>
    libraryError(file, content, (node as Node | undefined)?.range?.[0] ?? 0, `reactie "${id}": ${problem}`),
  )
}

export function readYamlLibrary(file: string, content: string): LibraryFile {
  const document = parseDocument(content, { uniqueKeys: true, prettyErrors: false })
  const error = document.errors[0]
  if (error) libraryError(file, content, error.pos[0], `ongeldige YAML: ${error.message.split('\n')[0]}`)
  const root = document.contents
  const entries: LibraryEntry[] = []
  if (isSeq(root)) {
    root.items.forEach((item, index) => {
      const at = (item as Node).range?.[0] ?? 0
      if (!isMap(item)) libraryError(file, content, at, `reactie ${index + 1} moet een object zijn met "text".`)
      const idNode = item.get('id', true)
      const id = isScalar(idNode) && idNode.value !== null ? String(idNode.value) : String(index + 1)
      const channel = channelOf(file, content, item, id)
      entries.push({ id, ...(channel ? { channel } : {}), ...textEntry(file, content, item.get('text', true), at, id) })
    })
  } else if (isMap(root)) {
    for (const pair of root.items) {
      const key = pair.key as Node
      const id = isScalar(key) ? String(key.value) : String(key)
      const at = key.range?.[0] ?? 0
      if (isMap(pair.value)) {
        const channel = channelOf(file, content, pair.value, id)
        entries.push({ id, ...(channel ? { channel } : {}), ...textEntry(file, content, pair.value.get('text', true), at, id) })
      } else {
        entries.push({ id, ...textEntry(file, content, pair.value, at, id) })
      }
    }
  } else {
    libraryError(file, content, 0, 'verwacht een lijst van reacties of een object van id naar tekst.')
  }
  return { file, content, format: 'yaml', template: true, entries }
}
