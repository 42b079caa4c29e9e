// Bundles the compiled CLI into dist/cli/ (one file for the default path, lazy chunks for the dictionary,
// the library readers, init and checklist). Node resolves one file instead of ~150 small modules: cold
// start 235 -> 200 ms here. twitter-text (loaded only for long X replies) stays external. The worker of
// parallel library checks is a bundle of its own: shared with the CLI, it would split the CLI's default
// path into many chunks, and each chunk costs start time.
//
// The library is also bundled as CommonJS (dist/cjs/index.cjs) for require('tov'): Node 20 before 20.19
// cannot require() an ES module, and unified, vfile, chalk and the other ESM-only dependencies are ES
// modules, so they are bundled in (1.4 MB; with every package external, 0.45 MB, but then require('tov')
// fails on those Node versions). JSON data is bundled as well; the dictionary is read from generated/ beside
// package.json as from the ES build, and the lazily loaded modules (yaml, the readers, the dictionary) are
// bundled but run only when needed. twitter-text (CommonJS, loaded only for long X replies) and Ajv (loaded
// through createRequire, for configs with patterns) stay dependencies resolved at run time.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { nodeBundle } from './bundle-options.mjs'

// Chunk names change with their content: old ones must not pile up beside the new.
rmSync('dist/cli', { recursive: true, force: true })

const common = { ...nodeBundle, outdir: 'dist/cli' }

// The CLI: one CommonJS file, which the launcher loads through V8's code cache (src/cli/code-cache.ts;
// Node 20 caches compiled code only for scripts, not ES modules). Its lazy parts (readers, YAML, init)
// are in the file but run only when needed. CommonJS has no import.meta: the modules that find tov's
// files by their URL get this file's.
// commander requires node:child_process at load, for subcommands that are programs of their own, which tov
// has none of; with it come net, dgram and streams. Handed a stand-in that requires it on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'tov-lazy' } : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'tov-lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] })",
      loader: 'js',
    }))
  },
}

// chalk's own terminal detection (supports-color) loads node:tty and with it net and the streams at start,
// to set the level of chalk's default instance. tov never uses that instance: each format makes its own,
// with the level the CLI decided (NO_COLOR, FORCE_COLOR, a terminal). chalk's detection for browsers
// stands in, which Node never asks.
const noColorDetection = {
  name: 'no-color-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) => ({ path: join(args.resolveDir, 'vendor/supports-color/browser.js') }))
  },
}

// The servers (tov lsp, tov mcp, tov serve) and tov report are files of their own beside main.cjs, required when their command runs:
// their code and the protocol libraries under them stay off the path of tov check.
const separateServers = {
  name: 'separate-servers',
  setup(build) {
    build.onResolve({ filter: /[\\/]((lsp|mcp|serve)[\\/](lsp|mcp|serve)-server|report[\\/]report)\.js$/ }, (args) =>
      /[\\/]cli[\\/]commands[\\/]|[\\/]src[\\/]index\.js$/.test(args.importer) ? { path: `./${args.path.split(/[\\/]/).pop().replace(/\.js$/, '.cjs')}`, external: true } : undefined,
    )
  },
}
const serverPackages = ['vscode-languageserver', 'vscode-languageserver-textdocument', '@modelcontextprotocol/sdk', 'zod', 'hono', '@hono/node-server']

const commonJs = {
  ...common,
  format: 'cjs',
  define: { 'import.meta.url': '__tovImportMetaUrl' },
  banner: { js: "const __tovImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
}
await build({
  ...commonJs,
  entryPoints: { main: 'dist/src/cli/start.js' },
  outExtension: { '.js': '.cjs' },
  // Packages only some commands need stay in node_modules, required when needed: a smaller script to
  // read, and a smaller code cache to load (1.8 -> 1.3 MB). hast-util-from-html is an ES module only,
  // which Node 20 before 20.19 cannot require(), so it stays in.
  external: ['twitter-text', 'yaml', 'jsonc-parser', 'diff'],
  // import() becomes require(): a script run from cached data has no import() (nodejs/node#43663).
  supported: { 'dynamic-import': false },
  plugins: [lazyChildProcess, noColorDetection, separateServers],
  // No comments or indentation (names stay, for readable stack traces with TOV_DEBUG=1): 1.3 -> 0.8 MB
  // to read and decode at every start.
  minifyWhitespace: true,
})
// The servers: the engine bundled in again (a server loads once and runs for hours), their protocol packages
// required from node_modules.
await build({
  ...commonJs,
  entryPoints: { 'lsp-server': 'dist/src/lsp/lsp-server.js', 'mcp-server': 'dist/src/mcp/mcp-server.js', 'serve-server': 'dist/src/serve/serve-server.js', report: 'dist/src/report/report.js' },
  outExtension: { '.js': '.cjs' },
  external: ['twitter-text', 'yaml', 'jsonc-parser', 'diff', ...serverPackages.map((name) => `${name}*`)],
  plugins: [lazyChildProcess],
  minifyWhitespace: true,
})
// What bin/tov.js loads first: the daemon's client, the code cache, Node's built-ins; main.cjs only when no
// daemon takes the command.
await build({ ...commonJs, entryPoints: { launch: 'dist/src/cli/launch.js' }, outExtension: { '.js': '.cjs' } })
// Found beside the chunk that starts it (new URL('./check-worker.js', import.meta.url)).
await build({ ...common, entryPoints: { 'check-worker': 'dist/src/library/check-worker.js' }, splitting: true, outdir: 'dist/cli' })

// The build's identity, for the daemon: a daemon of another build (an upgrade, a rebuild, other data) is
// not used. A hash of everything that decides a result: the bundled code and the data it reads.
const identity = createHash('sha256')
for (const folder of ['dist/cli', 'generated', 'presets']) {
  for (const file of readdirSync(folder, { recursive: true }).map(String).sort()) {
    const path = join(folder, file)
    if (statSync(path).isFile()) identity.update(path).update(readFileSync(path))
  }
}
writeFileSync('dist/cli/build-id', `${identity.digest('hex').slice(0, 32)}\n`)

rmSync('dist/cjs', { recursive: true, force: true })
await build({
  ...common,
  entryPoints: { index: 'dist/src/index.js' },
  outdir: 'dist/cjs',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // CommonJS has no import.meta: the modules that find tov's own files by their URL get this file's.
  define: { 'import.meta.url': '__tovImportMetaUrl' },
  banner: { js: "const __tovImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
})

// Types for require('tov'): in a "type": "module" package, index.d.ts describes an ES module, and TypeScript
// refuses `require` of it (TS1471). A .d.cts entry that re-exports it gives CommonJS callers the same types.
writeFileSync('dist/cjs/index.d.cts', "export * from '../src/index.js'\n")
