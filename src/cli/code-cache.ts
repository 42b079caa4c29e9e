// Loads the bundled CLI with V8's code cache: the compiled code of the previous run, kept in the user's
// private folder, so a start skips most of parsing and compiling the 1.3 MB bundle. Node 22 does this
// itself (module.enableCompileCache); Node 20 has only vm.Script's cachedData, for a CommonJS file, which
// then must not import() (see import-module.ts). The cache is read only from a folder that is the user's
// alone (daemon-paths.ts): V8 checks little more than the length of the source, so a cache another user
// could write would run their code. A cache V8 rejects (another Node, a changed bundle) is written anew
// after the command.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire, Module } from 'node:module'
import { dirname, join } from 'node:path'
import { Script } from 'node:vm'
import { currentPlace, daemonPaths, ensurePrivateFolder } from '../daemon/daemon-paths.js'

/** Where this build's cache lives, or undefined when there is no private folder to keep it in. */
function cacheFile(build: string): string | undefined {
  const place = currentPlace()
  const paths = daemonPaths(place)
  if (!paths || ensurePrivateFolder(paths.folder, place.uid!) !== undefined) return undefined
  return join(paths.folder, `code-${build}-${process.version}-${process.arch}.cache`)
}

/** Caches kept: a few builds (tov installed in several projects shares the folder), the newest. */
const keptCaches = 4

/** Removes all but the newest caches: each build and Node version leaves one behind. */
function pruneCaches(folder: string): void {
  const caches = readdirSync(folder)
    .filter((name) => /^code-.*\.cache$/.test(name))
    .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time)
  for (const { path } of caches.slice(keptCaches)) rmSync(path, { force: true })
}

/**
 * Runs a CommonJS file as require() would, through the code cache; returns its exports. The cache holds the
 * functions the run that wrote it compiled, so only a run of the command that has to be fast writes it
 * (`writes`: `tov check`); other commands use it when it is there (a cache written by `tov rules` after an
 * install made the next checks 8% slower).
 */
export function requireCached(file: string, build: string | undefined, writes = true): unknown {
  const source = readFileSync(file, 'utf8')
  const cache = build === undefined || process.env['TOV_NO_CODE_CACHE'] !== undefined ? undefined : cacheFile(build)
  let cachedData: Buffer | undefined
  if (cache !== undefined) {
    try {
      cachedData = readFileSync(cache)
    } catch {
      // the first run of this build
    }
  }
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) })
  if (writes && cache !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    // Written at exit, when the functions this command ran are compiled and go into the cache too.
    process.once('exit', () => {
      try {
        const temporary = `${cache}.${process.pid}`
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 })
        renameSync(temporary, cache)
        pruneCaches(dirname(cache))
      } catch {
        // No cache this time: the next start compiles again.
      }
    })
  }
  // The cached script's own import() fails (nodejs/node#43663): it borrows this file's (import-module.ts).
  ;(globalThis as Record<symbol, unknown>)[Symbol.for('tov.import')] ??= (specifier: string) => import(specifier)
  const module = { exports: {} as unknown }
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
  return module.exports
}
