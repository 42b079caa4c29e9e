// `tov lsp`, `tov mcp` and `tov serve` must cost `tov check` nothing: their code and the protocol packages under them are
// files of their own beside the CLI's bundle, required only by their commands. Checked on the built CLI by
// what a check actually loads, and by what the bundle holds.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from './run-cli.js'

const built = existsSync(join(root, 'dist/cli/main.cjs'))
const serverCode = /vscode-languageserver|vscode-jsonrpc|@modelcontextprotocol|[\\/]zod[\\/]|[\\/]hono[\\/]|@hono|(lsp|mcp|serve)-server\.cjs/

/** The files required while the CLI ran with `args` (its bundle runs from the code cache, not require), and its exit code. */
function loadedBy(args: string[]): { files: string[]; status: number | null } {
  const report = join(root, 'test/helpers/report-loaded.cjs')
  const run = spawnSync(process.execPath, ['--require', report, join(root, 'bin/tov.js'), ...args], {
    cwd: root,
    env: { ...process.env, TOV_NO_DAEMON: '1', TOV_REPORT_LOADED: '1' },
    encoding: 'utf8',
    input: '',
  })
  const line = run.stderr.split('\n').find((text) => text.startsWith('loaded: '))
  if (!line) throw new Error(`no report of loaded files: ${run.stderr}`)
  return { files: JSON.parse(line.slice('loaded: '.length)) as string[], status: run.status }
}

describe.skipIf(!built)('the servers stay off the path of tov check', () => {
  it('loads no server code for a check, and the server for tov lsp', () => {
    const check = loadedBy(['check', 'fixtures/drafts/x-draft.txt'])
    // The check ran (the draft has error-level findings) through the launcher.
    expect(check.status).toBe(1)
    expect(check.files.some((file) => file.endsWith('launch.cjs'))).toBe(true)
    expect(check.files.filter((file) => serverCode.test(file))).toEqual([])
    // The same probe sees a server when one is loaded: it would catch one on the check path.
    const lsp = loadedBy(['lsp', '--stdio'])
    expect(lsp.status).toBe(0)
    expect(lsp.files.some((file) => file.endsWith('lsp-server.cjs'))).toBe(true)
    expect(lsp.files.some((file) => /vscode-languageserver/.test(file))).toBe(true)
  })

  // Each runs from a bundle of its own: what the CLI hands it (a config, an error) must work across that line.
  it('runs tov report from its own bundle, with the config the CLI was given', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin/tov.js'), 'report', 'fixtures/exports/zendesk-november.csv', '--format', 'json', '--config', 'fixtures/exports/team.tovrc.json'], {
      cwd: root,
      env: { ...process.env, TOV_NO_DAEMON: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    })
    // The fixture has rows to skip, which the report says on stderr; nothing else.
    expect(run.stderr).toMatch(/^tov: 4 rijen overgeslagen/)
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as { checked?: number; replies?: number; config?: unknown }
    expect(JSON.stringify(report)).toContain('team.tovrc.json')
    const broken = spawnSync(process.execPath, [join(root, 'bin/tov.js'), 'report', 'fixtures/exports/zendesk-november.csv', '--format', 'json', '--config', 'fixtures/broken/unknown-key.tovrc.json'], { cwd: root, env: { ...process.env, TOV_NO_DAEMON: '1' }, encoding: 'utf8' })
    expect(broken.status).toBe(2)
    expect(broken.stderr.trim().split('\n')).toHaveLength(1)
    expect(broken.stderr).toMatch(/^tov: .*unknown-key\.tovrc\.json/)
  })

  it('keeps the protocol packages out of the CLI bundle', () => {
    const bundle = readFileSync(join(root, 'dist/cli/main.cjs'), 'utf8')
    expect(bundle).not.toMatch(/vscode-languageserver|modelcontextprotocol|McpServer|createConnection\(|@hono|new Hono/)
    expect(bundle).toContain('require("./lsp-server.cjs")')
    expect(bundle).toContain('require("./mcp-server.cjs")')
    expect(bundle).toContain('require("./serve-server.cjs")')
  })
})
