// JSON libraries: an array of { id, channel?, text }, an object of id -> text (or -> { text, channel }), or a
// Zendesk macros export. jsonc-parser gives every value's place in the file, so text decoded from a JSON
// string (escapes and all) maps back to the file's lines and columns.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import { decodeJsonString } from './json-string.js'
import { htmlToText } from './html-to-text.js'
import { entryChannel, libraryError, type LibraryEntry, type LibraryFile } from './library-entry.js'
import { composeMaps } from './offset-map.js'

const errorsInDutch: Record<string, string> = {
  InvalidSymbol: 'onverwacht teken',
  InvalidNumberFormat: 'ongeldig getal',
  PropertyNameExpected: 'naam van een eigenschap verwacht',
  ValueExpected: 'waarde verwacht',
  ColonExpected: 'dubbele punt verwacht',
  CommaExpected: 'komma verwacht',
  CloseBraceExpected: '} verwacht',
  CloseBracketExpected: '] verwacht',
  EndOfFileExpected: 'einde van het bestand verwacht',
  InvalidCommentToken: 'commentaar is geen JSON',
  UnexpectedEndOfComment: 'commentaar niet afgesloten',
  UnexpectedEndOfString: 'tekst niet afgesloten met "',
  UnexpectedEndOfNumber: 'getal niet afgesloten',
  InvalidUnicode: 'ongeldige \\u-code',
  InvalidEscapeCharacter: 'ongeldige escape',
  InvalidCharacter: 'ongeldig teken (een regeleinde in tekst schrijf je als \\n)',
}

export function parseJsonTree(file: string, content: string): Node {
  const errors: ParseError[] = []
  const tree = parseTree(content, errors, { disallowComments: true, allowTrailingComma: false })
  const first = errors[0]
  if (first) {
    const code = printParseErrorCode(first.error)
    libraryError(file, content, first.offset, `ongeldige JSON: ${errorsInDutch[code] ?? code}.`)
  }
  if (!tree) libraryError(file, content, 0, 'leeg bestand; verwacht een lijst of object met reacties.')
  return tree
}

function property(node: Node, name: string): Node | undefined {
  return findNodeAtLocation(node, [name])
}

function textOf(file: string, content: string, node: Node | undefined, where: Node, id: string): Pick<LibraryEntry, 'text' | 'map'> {
  if (!node) libraryError(file, content, where.offset, `reactie "${id}" heeft geen "text".`)
  if (node.type !== 'string') libraryError(file, content, node.offset, `"text" van reactie "${id}" moet tekst zijn, geen ${typeName(node)}.`)
  return decodeJsonString(content, node.offset, node.offset + node.length)
}

function typeName(node: Node): string {
  return { object: 'object', array: 'lijst', property: 'eigenschap', string: 'tekst', number: 'getal', boolean: 'waar/onwaar', null: 'null' }[node.type]
}

function idOf(node: Node | undefined, fallback: string): string {
  return node && (node.type === 'string' || node.type === 'number') ? String(node.value) : fallback
}

function fromArray(file: string, content: string, root: Node): LibraryEntry[] {
  return (root.children ?? []).map((item, index) => {
    if (item.type !== 'object') libraryError(file, content, item.offset, `reactie ${index + 1} moet een object zijn met "text", geen ${typeName(item)}.`)
    const id = idOf(property(item, 'id'), String(index + 1))
    const channel = entryChannel(property(item, 'channel')?.value, (problem) =>
      libraryError(file, content, property(item, 'channel')!.offset, `reactie "${id}": ${problem}`),
    )
    return { id, ...(channel ? { channel } : {}), ...textOf(file, content, property(item, 'text'), item, id) }
  })
}

function fromObject(file: string, content: string, root: Node): LibraryEntry[] {
  return (root.children ?? []).map((pair) => {
    const [key, value] = pair.children as [Node, Node]
    const id = String(key.value)
    if (value.type === 'string') return { id, ...decodeJsonString(content, value.offset, value.offset + value.length) }
    if (value.type !== 'object') libraryError(file, content, value.offset, `reactie "${id}" moet tekst zijn, of een object met "text".`)
    const channel = entryChannel(property(value, 'channel')?.value, (problem) =>
      libraryError(file, content, property(value, 'channel')!.offset, `reactie "${id}": ${problem}`),
    )
    return { id, ...(channel ? { channel } : {}), ...textOf(file, content, property(value, 'text'), value, id) }
  })
}

/** Zendesk: each macro's comment action is the reply; an HTML comment is reduced to its text. */
function fromZendesk(file: string, content: string, macros: Node): LibraryEntry[] {
  if (macros.type !== 'array') libraryError(file, content, macros.offset, '"macros" moet een lijst zijn.')
  const entries: LibraryEntry[] = []
  for (const [index, macro] of (macros.children ?? []).entries()) {
    if (macro.type !== 'object') libraryError(file, content, macro.offset, `macro ${index + 1} moet een object zijn.`)
    const id = idOf(property(macro, 'id'), idOf(property(macro, 'title'), String(index + 1)))
    const actions = property(macro, 'actions')
    let comments = 0
    for (const action of actions?.type === 'array' ? (actions.children ?? []) : []) {
      const field = action.type === 'object' ? property(action, 'field')?.value : undefined
      if (field !== 'comment_value' && field !== 'comment_value_html') continue
      let value = property(action, 'value')
      // A value may be a list ["channel:all", "text"]: the text is its last element.
      if (value?.type === 'array') value = value.children?.at(-1)
      if (!value || value.type !== 'string') {
        libraryError(file, content, (value ?? action).offset, `macro "${id}": de waarde van ${String(field)} moet tekst zijn.`)
      }
      const decoded = decodeJsonString(content, value.offset, value.offset + value.length)
      // A macro with a plain and an HTML comment has two replies: "12" and "12#2".
      const entryId = ++comments === 1 ? id : `${id}#${comments}`
      if (field === 'comment_value') {
        entries.push({ id: entryId, ...decoded })
      } else {
        const html = htmlToText(decoded.text)
        entries.push({ id: entryId, text: html.text, map: composeMaps(html.map, decoded.map) })
      }
    }
  }
  return entries
}

export function readJsonLibrary(file: string, content: string): LibraryFile {
  const root = parseJsonTree(file, content)
  if (root.type === 'array') return { file, content, format: 'json', template: true, entries: fromArray(file, content, root) }
  if (root.type !== 'object') libraryError(file, content, root.offset, 'verwacht een lijst van reacties of een object van id naar tekst.')
  const macros = property(root, 'macros')
  if (macros) return { file, content, format: 'zendesk', template: true, entries: fromZendesk(file, content, macros) }
  return { file, content, format: 'json', template: true, entries: fromObject(file, content, root) }
}
