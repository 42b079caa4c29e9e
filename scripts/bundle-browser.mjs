// The browser build (dist/browser/): tov.js, one ES module for a page or a module web worker, with the data
// it fetches beside it: tov-data.json (the presets, the diminutives, the phrase schema; text) and
// nl-nl.dawg (the dictionary, as the Node build reads it). package-data.ts, the only module that reads
// files or requires packages, is replaced by package-data.browser.ts; any other Node built-in on the path
// fails the build (platform "browser" cannot resolve node:*).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const out = 'dist/browser'
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const browserData = {
  name: 'browser-data',
  setup(build) {
    build.onResolve({ filter: /[\\/]package-data\.js$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/package-data\.js$/, 'package-data.browser.js')) }))
  },
}

await build({
  entryPoints: { tov: 'dist/src/browser.js' },
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  legalComments: 'none',
  plugins: [browserData],
  logLevel: 'warning',
})

// The text data in one file: one request instead of a dozen.
const files = {}
const add = (path) => (files[path] = readFileSync(path, 'utf8'))
for (const folder of ['presets', 'presets/values']) for (const name of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) add(`${folder}/${name}`)
add('generated/diminutives.tsv')
add('schema/phrase-data.schema.json')
const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
writeFileSync(join(out, 'tov-data.json'), JSON.stringify({ version, files }))
copyFileSync('generated/dictionary/nl-nl.dawg', join(out, 'nl-nl.dawg'))

const sizes = ['tov.js', 'tov-data.json', 'nl-nl.dawg'].map((name) => {
  const bytes = readFileSync(join(out, name))
  return `${name} ${(bytes.length / 1024).toFixed(0)} KiB (gzip ${(gzipSync(bytes).length / 1024).toFixed(0)} KiB)`
})
writeFileSync(join(out, 'SIZES.txt'), `${sizes.join('\n')}\n`)
