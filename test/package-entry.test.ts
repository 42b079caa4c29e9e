// The package as npm ships it: `npm pack`, unpacked into a scratch project's node_modules, loads with
// require('tov') (the CommonJS bundle) and import('tov') (the ES build), and both check a reply the same way,
// dictionary and lazily loaded modules included. The scratch project gets only the dependencies package.json
// declares (linked from this repository's node_modules), so nothing is downloaded, and a module that only a
// devDependency provides would fail here. Slow-tolerant: packing and starting Node a few times.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string }
  dependencies: Record<string, string>
  exports: Record<string, unknown>
}

/** Runs a command, failing the test with its stderr when it fails. */
function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.error}`)
  return result.stdout
}


// A draft with a misspelling (the dictionary) and an empty promise; a reply too long for X (twitter-text,
// loaded late); a YAML library (a lazily loaded reader and yaml) and an unknown format (TovError). Prints
// what it found as JSON.
const body = `
  const result = await tov.check('@eva Wat vervelend dat je pakket niet kwam, dat is een rampp. Ik zoek het voor je uit. ^AB', { channel: 'x' })
  const long = await tov.check('@eva ' + 'Je pakket komt morgen tussen negen en twaalf uur. '.repeat(7) + '^AB', { channel: 'x' })
  const library = await tov.readLibrary('antwoorden.yaml', '- id: levering\\n  text: "Hoi, je pakket komt morgen. ^AB"\\n')
  let error
  try { tov.formatResults([result], 'xml') } catch (caught) { error = { tov: caught instanceof tov.TovError, code: caught.code } }
  console.log(JSON.stringify({ findings: result.findings.map((finding) => [finding.ruleId, finding.actual]), long: long.findings.map((finding) => finding.ruleId), entries: library.entries.map((entry) => entry.id), error }))
`

describe('the packed package', () => {
  let app = ''

  beforeAll(() => {
    expect(existsSync(join(root, 'dist/cjs/index.cjs')), 'dist/cjs/index.cjs is missing: run "npm run build" first').toBe(true)
    const folder = mkdtempSync(join(tmpdir(), 'tov-package-'))
    // --ignore-scripts: "prepare" would build into the shared dist/; the build is the one under test.
    const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], root)) as Array<{ filename: string }>
    app = join(folder, 'app')
    const unpacked = join(app, 'node_modules', 'tov')
    mkdirSync(unpacked, { recursive: true })
    run('tar', ['-xzf', join(folder, packed[0]!.filename), '-C', unpacked, '--strip-components=1'], folder)
    for (const name of Object.keys(manifest.dependencies)) {
      mkdirSync(join(app, 'node_modules', name, '..'), { recursive: true })
      symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir')
    }
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'commonjs' }))
  }, 180_000)

  it('loads with require() from the CommonJS bundle, and checks a reply', () => {
    const script = `const tov = require('tov')\nconsole.error(require.resolve('tov'))\n;(async () => {${body}})()`
    const result = spawnSync(process.execPath, ['-e', script], { cwd: app, encoding: 'utf8', timeout: 60_000 })
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr.trim()).toBe(join(realpathSync(app), 'node_modules/tov/dist/cjs/index.cjs'))
    const found = JSON.parse(result.stdout) as { findings: string[][]; long: string[]; entries: string[]; error: unknown }
    expect(found.findings).toContainEqual(['spelling', 'rampp'])
    expect(found.findings).toContainEqual(['no-hollow-promise', 'Ik zoek het voor je uit'])
    expect(found.long).toContain('max-length')
    expect(found.entries).toEqual(['levering'])
    expect(found.error).toEqual({ tov: true, code: 'UNKNOWN_FORMAT' })
  }, 60_000)

  it('loads with import() from the ES build, and reports what require() reports', () => {
    const script = `const tov = await import('tov')\nconsole.error(import.meta.resolve('tov'))\n${body}`
    const imported = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8', timeout: 60_000 })
    expect(imported.status, imported.stderr).toBe(0)
    expect(imported.stderr.trim()).toMatch(/\/node_modules\/tov\/dist\/src\/index\.js$/)
    const required = spawnSync(process.execPath, ['-e', `const tov = require('tov')\n;(async () => {${body}})()`], { cwd: app, encoding: 'utf8', timeout: 60_000 })
    expect(imported.stdout).toBe(required.stdout)
    expect(JSON.parse(imported.stdout).findings).toContainEqual(['spelling', 'rampp'])
  }, 60_000)

  it('gives TypeScript callers real types, by require and by import', () => {
    // A types entry that only describes the ES build makes TypeScript refuse require('tov') (TS1471).
    const use = (load: string) => `${load}
export const errors: Promise<number> = tov.check('Hoi, je pakket komt morgen. ^AB').then((result: CheckResult) => result.summary.errors)
// @ts-expect-error: check() takes the text of a reply
void tov.check(42)
`
    writeFileSync(join(app, 'uses-require.cts'), use(`import tov = require('tov')\nimport type { CheckResult } from 'tov'`))
    writeFileSync(join(app, 'uses-import.mts'), use(`import * as tov from 'tov'\nimport type { CheckResult } from 'tov'`))
    // skipLibCheck, as most projects have it: the declarations are checked by this repository's own tsc.
    const compilerOptions = { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, lib: ['ES2022'], types: [], skipLibCheck: true }
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['uses-require.cts', 'uses-import.mts'] }))
    const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app, encoding: 'utf8', timeout: 120_000 })
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  }, 120_000)
})

describe('engines.node', () => {
  // dist/src imports its JSON data with import attributes (`with { type: 'json' }`). Node 20 accepts that
  // syntax from 20.10.0 on: its changelog lists "esm: use import attributes instead of import assertions"
  // (ee65e44c31, nodejs/node#50140) under 2023-11-22, Version 20.10.0 'Iron' (LTS); 20.9.0 and earlier only
  // know `assert { type: 'json' }`. Source: doc/changelogs/CHANGELOG_V20.md in nodejs/node.
  it('asks for a Node 20 that can load the ES build (at least 20.10.0)', () => {
    const minimum = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(manifest.engines.node)
    expect(minimum, `engines.node is "${manifest.engines.node}", expected ">=x.y.z"`).not.toBeNull()
    const [major, minor, patch] = minimum!.slice(1).map(Number) as [number, number, number]
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(20 * 1e6 + 10 * 1e3)
    expect(major).toBe(20)
  })
})
