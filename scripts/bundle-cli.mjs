// Bundles the compiled CLI into dist/cli/ (one file for the default path, a lazy chunk for the
// dictionary). Node resolves one file instead of ~150 small modules: cold start 235 -> 200 ms here.
// twitter-text (loaded only for long X replies) and cosmiconfig (optional loaders) stay external.
import { build } from 'esbuild'

await build({
  entryPoints: ['dist/src/cli/main.js'],
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['twitter-text', 'cosmiconfig'],
  banner: { js: "import { createRequire as __tovCreateRequire } from 'node:module'; const require = __tovCreateRequire(import.meta.url);" },
  logLevel: 'warning',
})
