// A pass of the yaml package's lexer (a generator: no tree, no recursion) before the parse, to refuse what
// the parse must not be asked to build. The composer recurses per level of nesting: 10 KB of "[" overflow
// the stack, and an overflow while V8 compiles a regular expression aborts the whole process instead of
// throwing. Every node also costs the parse half a KiB or more.
//
// Nesting is estimated from the tokens: flow collections by their brackets (exact), block collections by
// a stack of the columns where their nodes start (a sequence at its parent key's column counts once, so a
// real depth may be up to twice the estimate, which the limit allows for).
import { CST, Lexer } from 'yaml'
import { formatCount } from './library-entry.js'

/**
 * Estimated nesting a YAML library or front matter may have: a library is two or three levels, and the
 * parse overflows beyond a few thousand.
 */
export const maxYamlDepth = 64

/**
 * Nodes (scalars, collections, items) a YAML file may have. The parse keeps about 600 bytes per node: this
 * bounds it to some 150 MiB, tens of thousands of entries. A larger library belongs in JSON or CSV.
 */
export const maxYamlNodes = 250_000

export interface YamlShapeChecks {
  /** Throws the problem at an offset of the source (as INPUT_TOO_COMPLEX). */
  fail(offset: number, problem: string): never
  /** The most items the top level may have (entries of a list or of an id -> text mapping)... */
  maxRootItems?: number
  /** ...and what to throw at the first item beyond them. */
  tooManyRootItems?(offset: number): never
}

/** Tokens the lexer yields that are markers of no width in the source. */
const markers = new Set([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END])

/** Checks the nesting and size of YAML `source`, and the count of its top-level items. */
export function assertYamlShape(source: string, checks: YamlShapeChecks): void {
  const { fail, maxRootItems = Number.POSITIVE_INFINITY } = checks
  let rootItems = 0
  const rootItem = (at: number) => {
    if (++rootItems > maxRootItems) checks.tooManyRootItems?.(at)
  }
  const columns: number[] = []
  let flow = 0
  let nodes = 0
  let offset = 0
  let lineStart = 0
  let firstOnLine = true
  for (const token of new Lexer().lex(source)) {
    if (markers.has(token)) continue
    const at = offset
    offset += token.length
    const type = CST.tokenType(token)
    switch (type) {
      case 'newline':
        firstOnLine = true
        lineStart = offset
        continue
      case 'doc-start':
      case 'doc-end':
        columns.length = 0
        flow = 0
        continue
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1)
        continue
      case 'map-value-ind':
      case 'comma':
        // A pair (or a flow item) is a node to the parse, but starts no new level.
        if (++nodes > maxYamlNodes) tooManyNodes(fail, at)
        if (flow === 1 && type === 'comma' && columns.length <= 1) rootItem(at)
        continue
      case null:
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'seq-item-ind':
      case 'explicit-key-ind':
      case 'flow-map-start':
      case 'flow-seq-start':
      case 'alias':
      case 'block-scalar-header': {
        if (++nodes > maxYamlNodes) tooManyNodes(fail, at)
        if (flow === 0) {
          const column = at - lineStart
          while (columns.length > 0 && columns.at(-1)! > column) columns.pop()
          if (columns.length === 0 || columns.at(-1)! < column) columns.push(column)
          if (firstOnLine && columns.length === 1) rootItem(at)
        }
        if (type === 'flow-map-start' || type === 'flow-seq-start') flow++
        // The outermost flow collection stands at the last block column: counted once.
        if (columns.length + Math.max(0, flow - 1) > maxYamlDepth) {
          fail(at, `te diep genest (meer dan ${maxYamlDepth} niveaus); een bibliotheek is een lijst of object van reacties.`)
        }
        firstOnLine = false
        break
      }
      default:
        // Spaces, comments, anchors, tags, directives: no node of their own. A block scalar's content
        // arrives as one token that begins with its indentation.
        break
    }
    // A token may span lines (a quoted or block scalar): what follows is on its last line, and first on
    // it when the token ended with its line break (a block scalar's content does).
    const lastBreak = token.lastIndexOf('\n')
    if (lastBreak >= 0) {
      lineStart = at + lastBreak + 1
      firstOnLine = token.slice(lastBreak + 1).trim() === ''
    }
  }
}

function tooManyNodes(fail: (offset: number, problem: string) => never, at: number): never {
  return fail(at, `te complex: meer dan ${formatCount(maxYamlNodes)} YAML-waarden; splits de bibliotheek of gebruik JSON of CSV.`)
}
