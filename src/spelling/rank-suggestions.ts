// Orders spelling candidates by how likely a Dutch writer made that slip: a dropped letter (onstaan),
// a doubled or undoubled consonant (interresant, geanuleerd), a vowel swap (catagorie) or a final d/t
// (vervelent), a c for an s (klantenservise) or a phrase run together (inplaats) cost less than an
// arbitrary substitution. cspell's own cost ties too often to rank on.

const vowels = new Set('aeiouyëïéèöüáóú')

function substitutionCost(a: string, b: string, atEnd: boolean): number {
  if (a === b) return 0
  if (atEnd && ((a === 'd' && b === 't') || (a === 't' && b === 'd'))) return 0.3
  if ((a === 'c' && b === 'k') || (a === 'k' && b === 'c')) return 0.5
  if ((a === 'c' && b === 's') || (a === 's' && b === 'c') || (a === 's' && b === 'z') || (a === 'z' && b === 's')) return 0.5
  if (vowels.has(a) && vowels.has(b)) return 0.7
  return 1
}

/** The distance table, reused: a spelling check ranks many candidates, each a small table. */
let table = new Float64Array(1024)

/** A word as its characters: a string indexes them directly unless it holds astral ones (emoji). */
function charactersOf(word: string): string | string[] {
  return /[\ud800-\udfff]/.test(word) ? [...word] : word
}

/** Weighted Damerau-Levenshtein distance from what was typed to a candidate. */
export function slipDistance(typed: string, candidate: string): number {
  const a = charactersOf(typed)
  const b = charactersOf(candidate)
  const rows = a.length + 1
  const columns = b.length + 1
  if (table.length < rows * columns) table = new Float64Array(rows * columns * 2)
  const d = table
  for (let i = 0; i < rows; i++) d[i * columns] = i
  for (let j = 0; j < columns; j++) d[j] = j
  for (let i = 1; i < rows; i++) {
    const typedChar = a[i - 1]!
    // Typed an extra letter: cheap when it doubles its neighbour.
    const extra = typedChar === a[i - 2] || typedChar === a[i] ? 0.5 : 1
    for (let j = 1; j < columns; j++) {
      const candidateChar = b[j - 1]!
      // Left out a letter: cheap when it is a doubled one, else the commonest slip of all; a left-out
      // space runs a phrase together ("inplaats"), the commoner slip in Dutch, where compounds are one word.
      const missing = candidateChar === ' ' ? 0.3 : candidateChar === b[j - 2] || candidateChar === b[j] ? 0.4 : 0.7
      let cost = Math.min(
        d[(i - 1) * columns + j]! + extra,
        d[i * columns + j - 1]! + missing,
        d[(i - 1) * columns + j - 1]! + substitutionCost(typedChar, candidateChar, i === a.length && j === b.length),
      )
      if (i > 1 && j > 1 && typedChar === b[j - 2] && a[i - 2] === candidateChar) {
        cost = Math.min(cost, d[(i - 2) * columns + j - 2]! + 0.6)
      }
      d[i * columns + j] = cost
    }
  }
  return d[a.length * columns + b.length]!
}

export function rankSuggestions(typed: string, candidates: string[]): string[] {
  return candidates
    .map((candidate, index) => ({ candidate, index, cost: slipDistance(typed, candidate) }))
    .sort((x, y) => x.cost - y.cost || x.index - y.index)
    .map((entry) => entry.candidate)
}
