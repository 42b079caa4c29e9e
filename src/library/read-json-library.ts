// JSON libraries: an array of { id, channel?, text }, an object of id -> text (or -> { text, channel }), or a
// Zendesk macros export. jsonc-parser gives every value's place in the file, so text decoded from a JSON
// string (escapes and all) maps back to the file's lines and columns.
import { createScanner, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser'
import { decodeJsonString } from './json-string.js'
import { assertHtmlShape, maxHtmlElementsPerFile } from './html-shape.js'
import { htmlToText } from './html-to-text.js'
import {
  entryChannel, entryDirective, entryKeys, formatCount, keyedEntryKeys, libraryError, maxEntries, quoted, tooManyEntries, entryKeyProblem, type LibraryEntry, type LibraryFile,
} from './library-entry.js'
import { composeMaps, type OffsetMap } from './offset-map.js'

/**
 * Nesting a JSON library may have. The deepest real shape, a Zendesk export, is six levels (root, macros,
 * macro, actions, action, value list); jsonc-parser recurses per level and overflows the stack at a few
 * thousand, which 10 KB of brackets reach.
 */
export const maxJsonDepth = 64

/**
 * Values (and properties) a JSON library may have. jsonc-parser keeps about 100 bytes per value: this
 * bounds its tree to some 150 MiB. 100,000 entries of id, channel and text are a million values.
 */
export const maxJsonValues = 1_500_000

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

/**
 * One pass of jsonc-parser's scanner (iterative, no tree) before the parse: refuses nesting, size and an
 * entry count the parse must not be asked to build. Syntax errors are left to the parse, which names them.
 */
function assertJsonShape(file: string, content: string, entriesLeft: number): void {
  const scanner = createScanner(content, true)
  let depth = 0
  let values = 0
  let rootKind: SyntaxKind | undefined
  let rootItems = 0
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    const opens = token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken
    const isValue = opens || token === SyntaxKind.StringLiteral || token === SyntaxKind.NumericLiteral || token === SyntaxKind.TrueKeyword || token === SyntaxKind.FalseKeyword || token === SyntaxKind.NullKeyword
    if (!isValue && token !== SyntaxKind.ColonToken) {
      if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) depth = Math.max(0, depth - 1)
      continue
    }
    // An entry is an element of a root list or a property of a root object (a Zendesk export is counted
    // by its comments later; its root has a handful of properties).
    const entry = depth === 1 && (rootKind === SyntaxKind.OpenBracketToken ? isValue : token === SyntaxKind.ColonToken)
    if (entry && ++rootItems > entriesLeft) tooManyEntries(file, content, scanner.getTokenOffset())
    if (++values > maxJsonValues) {
      libraryError(file, content, scanner.getTokenOffset(), `te complex: meer dan ${formatCount(maxJsonValues)} JSON-waarden; splits de bibliotheek.`, 'INPUT_TOO_COMPLEX')
    }
    if (opens) {
      if (depth === 0) rootKind = token
      if (++depth > maxJsonDepth) {
        libraryError(file, content, scanner.getTokenOffset(), `te diep genest (meer dan ${maxJsonDepth} niveaus); een bibliotheek is een lijst of object van reacties.`, 'INPUT_TOO_COMPLEX')
      }
    }
  }
}

export function parseJsonTree(file: string, content: string, entriesLeft = maxEntries): Node {
  assertJsonShape(file, content, entriesLeft)
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

/** A node's value for checks; jsonc-parser gives a list or object none, so an empty one stands in for it. */
function valueOf(node: Node | undefined): unknown {
  if (node?.type === 'object') return {}
  if (node?.type === 'array') return []
  return node?.value
}

function textOf(file: string, content: string, node: Node | undefined, where: Node, id: string): Pick<LibraryEntry, 'text' | 'map'> {
  if (!node) libraryError(file, content, where.offset, `reactie ${quoted(id)} heeft geen "text".`)
  if (node.type !== 'string') libraryError(file, content, node.offset, `"text" van reactie ${quoted(id)} moet tekst zijn, geen ${typeName(node)}.`)
  return decodeJsonString(content, node.offset, node.offset + node.length)
}

function typeName(node: Node): string {
  return { object: 'object', array: 'lijst', property: 'eigenschap', string: 'tekst', number: 'getal', boolean: 'waar/onwaar', null: 'null' }[node.type]
}

function idOf(node: Node | undefined, fallback: string): string {
  return node && (node.type === 'string' || node.type === 'number') ? String(node.value) : fallback
}

function channelOf(file: string, content: string, entry: Node, id: string) {
  const node = property(entry, 'channel')
  return entryChannel(valueOf(node), (problem) => libraryError(file, content, node!.offset, `reactie ${quoted(id)}: ${problem}`))
}

/** Refuses a key that takes the place of a known one ("kanaal"), at the key's place in the file. */
function assertKnownKeys(file: string, content: string, entry: Node, id: string, known: readonly string[]): void {
  const keys = (entry.children ?? []).flatMap((pair) => (pair.children?.[0] ? [pair.children[0]] : []))
  const names = keys.map((key) => String(key.value))
  for (const [index, key] of keys.entries()) {
    const problem = entryKeyProblem(id, names[index]!, names, known)
    if (problem !== undefined) libraryError(file, content, key.offset, problem)
  }
}

/** The entry's `tov` field, read as its directive. */
function directiveOf(file: string, content: string, entry: Node, id: string): Pick<LibraryEntry, 'disable'> {
  const node = property(entry, 'tov')
  const directive = entryDirective(node ? getNodeValue(node) : undefined, (problem) => libraryError(file, content, node!.offset, `reactie ${quoted(id)}: ${problem}`))
  return directive ? { disable: directive } : {}
}

function fromArray(file: string, content: string, root: Node): LibraryEntry[] {
  return (root.children ?? []).map((item, index) => {
    if (item.type !== 'object') libraryError(file, content, item.offset, `reactie ${index + 1} moet een object zijn met "text", geen ${typeName(item)}.`)
    const id = idOf(property(item, 'id'), String(index + 1))
    assertKnownKeys(file, content, item, id, entryKeys)
    const channel = channelOf(file, content, item, id)
    return { id, ...(channel ? { channel } : {}), ...directiveOf(file, content, item, id), ...textOf(file, content, property(item, 'text'), item, id) }
  })
}

function fromObject(file: string, content: string, root: Node): LibraryEntry[] {
  return (root.children ?? []).map((pair) => {
    const [key, value] = pair.children as [Node, Node]
    const id = String(key.value)
    if (value.type === 'string') return { id, ...decodeJsonString(content, value.offset, value.offset + value.length) }
    if (value.type !== 'object') libraryError(file, content, value.offset, `reactie ${quoted(id)} moet tekst zijn, of een object met "text".`)
    assertKnownKeys(file, content, value, id, keyedEntryKeys)
    const channel = channelOf(file, content, value, id)
    return { id, ...(channel ? { channel } : {}), ...directiveOf(file, content, value, id), ...textOf(file, content, property(value, 'text'), value, id) }
  })
}

/** An HTML comment reduced to its text, its nesting and size checked first (the HTML parser recurses). */
function htmlEntry(file: string, content: string, decoded: { text: string; map: OffsetMap }, id: string, budget: { elements: number }) {
  const fail = (offset: number, problem: string): never =>
    libraryError(file, content, decoded.map.toSource(offset), `macro ${quoted(id)}: ${problem}`, 'INPUT_TOO_COMPLEX')
  budget.elements -= assertHtmlShape(decoded.text, fail)
  if (budget.elements < 0) fail(0, `te complex: meer dan ${formatCount(maxHtmlElementsPerFile)} HTML-elementen in alle macro's samen; splits de export.`)
  let html
  try {
    html = htmlToText(decoded.text)
  } catch (error) {
    // The shape check keeps nesting far below the stack's limit; this is the last line of defence.
    if (error instanceof RangeError && /call stack/i.test(error.message)) fail(0, 'de HTML is te diep genest; vereenvoudig de opmaak.')
    throw error
  }
  return { text: html.text, map: composeMaps(html.map, decoded.map) }
}

/** Zendesk: each macro's comment action is the reply; an HTML comment is reduced to its text. */
function fromZendesk(file: string, content: string, macros: Node, entriesLeft: number): LibraryEntry[] {
  if (macros.type !== 'array') libraryError(file, content, macros.offset, '"macros" moet een lijst zijn.')
  const entries: LibraryEntry[] = []
  const budget = { elements: maxHtmlElementsPerFile }
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
        libraryError(file, content, (value ?? action).offset, `macro ${quoted(id)}: de waarde van ${field} moet tekst zijn.`)
      }
      if (entries.length >= entriesLeft) tooManyEntries(file, content, value.offset)
      const decoded = decodeJsonString(content, value.offset, value.offset + value.length)
      // A macro with a plain and an HTML comment has two replies: "12" and "12#2".
      const entryId = ++comments === 1 ? id : `${id}#${comments}`
      if (field === 'comment_value') {
        entries.push({ id: entryId, ...decoded })
      } else {
        entries.push({ id: entryId, ...htmlEntry(file, content, decoded, entryId, budget) })
      }
    }
  }
  return entries
}

/** Reads a JSON library; `entriesLeft` is what the run may still take (see maxEntries). */
export function readJsonLibrary(file: string, content: string, entriesLeft = maxEntries): LibraryFile {
  const root = parseJsonTree(file, content, entriesLeft)
  if (root.type === 'array') return { file, content, format: 'json', template: true, entries: fromArray(file, content, root) }
  if (root.type !== 'object') libraryError(file, content, root.offset, 'verwacht een lijst van reacties of een object van id naar tekst.')
  const macros = property(root, 'macros')
  if (macros) return { file, content, format: 'zendesk', template: true, entries: fromZendesk(file, content, macros, entriesLeft) }
  return { file, content, format: 'json', template: true, entries: fromObject(file, content, root) }
}
