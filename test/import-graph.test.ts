// The folders of src/ (and rules/) import each other in one direction only: no cycle between folders, and
// the rule kit stands on its own, so that a rule author imports the kit and the engine only uses it. Read
// from the sources' own import statements (type-only imports excluded: they vanish when compiled).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : []
  })
}

/** The unit a file belongs to: its folder under src/, "rules", or "index"/"base" for src/'s own files. */
function unitOf(file: string): string {
  const parts = relative(root, file).split('/')
  if (parts[0] !== 'src') return parts[0]!
  if (parts.length > 2) return parts[1]!
  // The entries (the library's, the browser build's) import everything; nothing imports them.
  return /^(index|browser)\.[jt]s$/.test(parts[1]!) ? 'index' : 'base'
}

/** Relative value imports (static, re-exports and dynamic), not `import type`. */
const importPattern = /(?:^|\n)[ \t]*(?:import|export)\s+(?!type\s)[^'";]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g

function importGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>()
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'rules'))]) {
    const from = unitOf(file)
    const edges = graph.get(from) ?? new Map<string, string>()
    graph.set(from, edges)
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const to = unitOf(resolve(dirname(file), (match[1] ?? match[2])!))
      if (to !== from && !edges.has(to)) edges.set(to, `${relative(root, file)} imports ${match[1] ?? match[2]}`)
    }
  }
  return graph
}

/** A cycle between units, as the import lines that make it; undefined when there is none. */
function findCycle(graph: Map<string, Map<string, string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (unit: string): string[] | undefined => {
    state.set(unit, 'open')
    for (const [next, line] of graph.get(unit) ?? []) {
      path.push(line)
      if (state.get(next) === 'open') return [...path]
      if (!state.has(next)) {
        const cycle = visit(next)
        if (cycle) return cycle
      }
      path.pop()
    }
    state.set(unit, 'done')
    return undefined
  }
  for (const unit of graph.keys()) {
    if (state.has(unit)) continue
    const cycle = visit(unit)
    if (cycle) return cycle
  }
  return undefined
}

describe('import graph', () => {
  const graph = importGraph()

  it('reads the folders it should', () => {
    expect([...graph.keys()].sort()).toEqual(expect.arrayContaining(['base', 'cli', 'config', 'engine', 'formats', 'index', 'kit', 'library', 'rules', 'spelling', 'syntax']))
    expect(graph.get('engine')?.has('rules')).toBe(true)
  })

  it('has no cycle between folders', () => {
    expect(findCycle(graph)).toBeUndefined()
  })

  it('finds a cycle when there is one', () => {
    const looped = new Map([...graph].map(([unit, edges]) => [unit, new Map(edges)]))
    looped.get('kit')!.set('engine', 'src/kit/example.ts imports ../engine/checker.js')
    expect(findCycle(looped)).toEqual(expect.arrayContaining(['src/kit/example.ts imports ../engine/checker.js']))
  })

  // What a rule is written with stands apart from what runs the rules.
  it.each([
    ['kit', ['base', 'channels', 'generated', 'spelling', 'syntax']],
    ['rules', ['base', 'channels', 'generated', 'kit', 'spelling', 'syntax']],
    ['syntax', ['base']],
    ['spelling', ['base']],
    ['checklist', ['base']],
    // The CLI is a shell around the public API: what it does, a program can do through 'tov' too. The
    // daemon only carries command lines to a process that keeps its checkers warm.
    ['cli', ['daemon', 'formats', 'index', 'lsp', 'mcp', 'report', 'serve']],
    ['daemon', ['base', 'engine']],
    // The language server reads documents as the CLI reads files, and checks them as it does.
    ['lsp', ['base', 'channels', 'config', 'engine', 'formats', 'kit', 'library', 'rules']],
    // The MCP server is built on the public API, as any tool importing 'tov' would be.
    ['mcp', ['base', 'engine', 'formats', 'index']],
    ['serve', ['base', 'config', 'engine', 'formats', 'index']],
    // The team report reads an export as the library readers read files, and checks each reply as they do.
    ['report', ['base', 'channels', 'config', 'engine', 'library', 'rules', 'syntax', 'voice']],
  ])('%s imports only %j', (unit, allowed) => {
    const outside = [...(graph.get(unit) ?? new Map<string, string>())].filter(([to]) => !allowed.includes(to)).map(([, line]) => line)
    expect(outside).toEqual([])
  })
})
