// import() of a file or package that is not part of tov's bundle (a config written in JavaScript). The CLI
// runs from V8's code cache (cli/code-cache.ts), where Node cannot resolve an import() inside the cached
// script (nodejs/node#43663); the code cache's loader, compiled as usual, then lends its own import()
// under this symbol.
type Importer = (specifier: string) => Promise<unknown>

export const hostImport = Symbol.for('tov.import')

export function importModule(specifier: string): Promise<unknown> {
  const lent = (globalThis as { [hostImport]?: Importer })[hostImport]
  return lent ? lent(specifier) : import(specifier)
}
