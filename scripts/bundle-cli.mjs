// Bundles the compiled CLI into dist/cli/ (one file for the default path, a lazy chunk for the
// dictionary). Node resolves one file instead of ~150 small modules: cold start 235 -> 200 ms here.
// twitter-text (loaded only for long X replies) and TypeScript (cosmiconfig's optional loader) stay external.
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

// Chunk names change with their content: old ones must not pile up beside the new.
rmSync('dist/cli', { recursive: true, force: true })

await build({
  // The worker of parallel library checks is an entry of its own, found beside the chunk that starts it.
  entryPoints: { main: 'dist/src/cli/main.js', 'check-worker': 'dist/src/library/check-worker.js' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's UMD build requires files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  external: ['twitter-text', 'typescript'],
  banner: { js: "import { createRequire as __tovCreateRequire } from 'node:module'; const require = __tovCreateRequire(import.meta.url);" },
  logLevel: 'warning',
})
