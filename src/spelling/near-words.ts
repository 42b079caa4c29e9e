// The dictionary's words near a typed one, found by one walk over the word graph instead of one lookup per
// variant: an edit-distance row per node (Damerau-Levenshtein, adjacent swaps included), branches cut as
// soon as every cell is over the budget, compounds followed where the data allows them ("klanten+" then
// "+service"), and a cap on the nodes visited so that no word costs more than its budget.
import type { WordGraph } from './word-graph.js'

export interface NearWordsOptions {
  /** Letters added, left out, changed or swapped, at most (0-2). */
  maxEdits: number
  /** Compare the listed letters in lower case ("postnl" reaches "PostNL" with no edit). */
  foldCase: boolean
  /** The letters an edit may add or change into (by graph index); all but the marks when left out. */
  editable?: Uint8Array
  /** Nodes to visit at most; the search stops there and says so. */
  maxSteps: number
}

export interface NearWords {
  /** The listed spellings within the budget, in the walk's order (the graph's letter order). */
  words: string[]
  /** False when the search stopped at `maxSteps` and may have missed some. */
  complete: boolean
  /** Nodes visited. */
  steps: number
}

/** Far beyond any budget: an edit that is not allowed. */
const never = 1000

/** The letters an edit may produce: every letter but the graph's marks. */
export function everyLetter(graph: WordGraph): Uint8Array {
  const editable = new Uint8Array(graph.letters.length).fill(1)
  for (const mark of [0, graph.plus, graph.tilde, graph.bang]) editable[mark] = 0
  return editable
}

/** The given letters (those the graph has), as an `editable` mask. */
export function letterMask(graph: WordGraph, letters: Iterable<string>): Uint8Array {
  const editable = new Uint8Array(graph.letters.length)
  for (const letter of letters) editable[graph.indexOf(letter)] = 1
  editable[0] = 0
  return editable
}

/**
 * Every spelling the graph accepts (as written, or joined as a compound) within `maxEdits` of `typed`,
 * the typed word itself included when listed. Accepted means on a path of the graph: the caller checks the
 * forbidden words (WordGraph.hasWord or findWord).
 */
export function nearWords(graph: WordGraph, typed: string, options: NearWordsOptions): NearWords {
  const { maxEdits, foldCase, maxSteps } = options
  const editable = options.editable ?? everyLetter(graph)
  const size = typed.length
  const target = new Uint8Array(size + 1)
  for (let at = 0; at < size; at++) target[at + 1] = graph.indexOf(typed.charAt(at))
  const deepest = size + maxEdits
  const width = size + 1
  // rows[depth * width + j]: edits between the walked letters (depth of them) and typed's first j letters.
  const rows = new Int16Array((deepest + 1) * width)
  for (let j = 0; j <= size; j++) rows[j] = j
  const path = new Uint8Array(deepest + 1)
  const { edges, lowerLetter, plus, tilde, bang, compoundRoot } = graph
  const found = new Set<string>()
  const over = maxEdits + 1
  let steps = 0
  let complete = true
  // The walk is one loop over an explicit stack, not a recursion: a loop is optimised while it runs (on
  // the first, cold call too), small recursive functions only after many calls.
  /** Per depth: the next edge to read (0: none left), the node, and whether its compound root is read. */
  const cursor = new Int32Array(deepest + 1)
  const nodeAt = new Int32Array(deepest + 1)
  const joined = new Uint8Array(deepest + 1)
  cursor[0] = graph.root >>> 1
  nodeAt[0] = graph.root
  joined[0] = 1
  let depth = 0
  for (;;) {
    const at = cursor[depth]!
    if (at === 0) {
      // The node's own edges are read; where a part may end ("+" follows), the compound root's next.
      if (joined[depth] === 0) {
        joined[depth] = 1
        if (compoundRoot !== 0 && graph.child(nodeAt[depth]!, plus) !== 0) cursor[depth] = compoundRoot >>> 1
        continue
      }
      if (depth === 0) break
      depth--
      continue
    }
    const edge = edges[at]!
    cursor[depth] = (edge & 128) !== 0 ? 0 : at + 1
    const letter = edge & 127
    // The marks ("+" ends a part, "~" and "!" lead to other roots) are no letters of a word.
    if (letter === plus || letter === tilde || letter === bang) continue
    if (steps === maxSteps) {
      complete = false
      break
    }
    steps++
    const previous = depth * width
    const current = previous + width
    const before = previous - width
    const added = editable[letter] === 1 ? 1 : never
    const own = foldCase ? lowerLetter[letter]! : letter
    const swapped = depth > 0 ? (foldCase ? lowerLetter[path[depth - 1]!]! : path[depth - 1]!) : 0
    // Only the cells within maxEdits of the diagonal can stay within budget (Ukkonen's band); the cells
    // just outside it are marked over budget for the next row to read.
    const row = depth + 1
    const low = row > maxEdits ? row - maxEdits : 0
    const high = row + maxEdits < size ? row + maxEdits : size
    let best = over
    if (low === 0) best = rows[current] = rows[previous]! + added
    else rows[current + low - 1] = over
    for (let j = low === 0 ? 1 : low; j <= high; j++) {
      let cell = rows[previous + j - 1]! + (own === target[j] ? 0 : added)
      const insert = rows[previous + j]! + added
      if (insert < cell) cell = insert
      const omit = rows[current + j - 1]! + 1
      if (omit < cell) cell = omit
      if (depth > 0 && j > 1 && own === target[j - 1] && swapped === target[j] && own !== swapped) {
        const swap = rows[before + j - 2]! + 1
        if (swap < cell) cell = swap
      }
      rows[current + j] = cell
      if (cell < best) best = cell
    }
    if (high < size) rows[current + high + 1] = over
    if (best > maxEdits) continue
    path[depth] = letter
    const child = edge >>> 8
    if ((child & 1) === 1 && high === size && rows[current + size]! <= maxEdits) {
      let word = ''
      for (let k = 0; k <= depth; k++) word += graph.letters[path[k]!]
      found.add(word)
    }
    if (row < deepest) {
      depth = row
      nodeAt[depth] = child
      cursor[depth] = child >>> 1
      joined[depth] = 0
    }
  }
  return { words: [...found], complete, steps }
}
