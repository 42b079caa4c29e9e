// Bundles the compiled CLI into dist/cli/ (one file for the default path, lazy chunks for the dictionary,
// the library readers, init and checklist). Node resolves one file instead of ~150 small modules: cold
// start 235 -> 200 ms here. twitter-text (loaded only for long X replies) stays external. The worker of
// parallel library checks is a bundle of its own: shared with the CLI, it would split the CLI's default
// path into many chunks, and each chunk costs start time.
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

// Chunk names change with their content: old ones must not pile up beside the new.
rmSync('dist/cli', { recursive: true, force: true })

const common = {
  outdir: 'dist/cli',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's UMD build requires files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  external: ['twitter-text'],
  banner: { js: "import { createRequire as __tovCreateRequire } from 'node:module'; const require = __tovCreateRequire(import.meta.url);" },
  logLevel: 'warning',
}

await build({ ...common, entryPoints: { main: 'dist/src/cli/main.js' }, splitting: true })
// Found beside the chunk that starts it (new URL('./check-worker.js', import.meta.url)).
await build({ ...common, entryPoints: { 'check-worker': 'dist/src/library/check-worker.js' }, splitting: true, outdir: 'dist/cli' })
