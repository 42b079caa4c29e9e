// The esbuild options every Node bundle of tov shares (the CLI's, the worker's, the test's own worker).
export const nodeBundle = {
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
