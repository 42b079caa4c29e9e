// Preloaded with --require by server-isolation.test.ts: at exit, the files this process loaded, on stderr.
const Module = require('node:module')
const loaded = new Set()
const original = Module._load
Module._load = function (request, parent, isMain) {
  try {
    loaded.add(Module._resolveFilename(request, parent, isMain))
  } catch {
    // a built-in or a file that fails to resolve: not code of tov's
  }
  return original.apply(this, arguments)
}
process.on('exit', () => process.stderr.write(`loaded: ${JSON.stringify([...loaded, ...Object.keys(require.cache)])}\n`))
