// A real editor as the client: headless Neovim (Debian's `neovim`, which .ci/run installs) starts
// `tov lsp --stdio` for a reply file through its own LSP client, and the diagnostics it shows are read
// back and compared with `tov check --format json`.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root, tov } from './run-cli.js'

function findNeovim(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v nvim'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

const neovim = findNeovim()
const built = existsSync(join(root, 'dist/cli/lsp-server.cjs'))
if (!neovim) console.warn('test/neovim.test.ts: skipped, no nvim on PATH (apt-get install neovim; .ci/run does)')

// Neovim 0.7 (Debian 12) has vim.lsp.start_client, not vim.lsp.start. Newer versions keep the server's own
// diagnostic in user_data.lsp, with its range in the protocol's UTF-16 positions; 0.7 gives byte columns
// only, which are the same for this reply (it is ASCII: the test checks).
const script = `
local id = vim.lsp.start_client({ name = 'tov', cmd = { vim.env.TOV_NODE, vim.env.TOV_BIN, 'lsp', '--stdio' }, root_dir = vim.env.TOV_FOLDER })
vim.lsp.buf_attach_client(0, id)
local found = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = (d.user_data or {}).lsp or {}
  local range = lsp.range or { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
  table.insert(out, { code = lsp.code or d.code, message = d.message, severity = d.severity, source = d.source, range = range })
end
vim.fn.writefile({ vim.fn.json_encode({ found = found, diagnostics = out }) }, vim.env.TOV_OUT)
vim.lsp.stop_client(id)
vim.cmd('qa!')
`

interface Shown {
  code: string
  message: string
  severity: number
  source: string
  range: { start: { line: number; character: number }; end: { line: number; character: number } }
}

describe.skipIf(!neovim || !built)('Neovim as the LSP client', () => {
  let folder: string

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tov-nvim-'))
    writeFileSync(join(folder, '.tovrc.json'), JSON.stringify({ channel: 'x' }) + '\n')
    const reply = readFileSync(join(root, 'fixtures/drafts/x-draft.txt'), 'utf8')
    // Byte columns (Neovim 0.7) equal UTF-16 columns only in ASCII.
    expect(reply).toMatch(/^[\x00-\x7f]*$/)
    writeFileSync(join(folder, 'reply.txt'), reply)
    writeFileSync(join(folder, 'attach.lua'), script)
  })

  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('shows the findings of tov check as diagnostics of the buffer', async () => {
    const out = join(folder, 'diagnostics.json')
    const run = spawnSync(neovim!, ['--headless', '--clean', '-n', '-i', 'NONE', 'reply.txt', '-c', 'luafile attach.lua'], {
      cwd: folder,
      env: { ...process.env, TOV_NODE: process.execPath, TOV_BIN: join(root, 'bin/tov.js'), TOV_FOLDER: folder, TOV_OUT: out, TOV_NO_DAEMON: '1' },
      encoding: 'utf8',
      timeout: 40_000,
    })
    expect(run.error).toBeUndefined()
    const shown = JSON.parse(readFileSync(out, 'utf8')) as { found: boolean; diagnostics: Shown[] }
    expect(shown.found).toBe(true)
    const cli = await tov(['check', 'reply.txt', '--format', 'json'], { cwd: folder })
    const findings = (JSON.parse(cli.stdout) as Array<{ findings: Array<{ ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number; severity: string }> }>)[0]!.findings
    const byPlace = (a: { code: string; line: number; column: number }, b: { code: string; line: number; column: number }) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)
    const expected = findings.map((finding) => ({ code: finding.ruleId, line: finding.line - 1, column: finding.column - 1, endLine: finding.endLine - 1, endColumn: finding.endColumn - 1, error: finding.severity === 'error' })).sort(byPlace)
    const actual = shown.diagnostics
      .map((diagnostic) => ({ code: diagnostic.code, line: diagnostic.range.start.line, column: diagnostic.range.start.character, endLine: diagnostic.range.end.line, endColumn: diagnostic.range.end.character, error: diagnostic.severity === 1 }))
      .sort(byPlace)
    expect(actual).toEqual(expected)
    expect(shown.diagnostics.every((diagnostic) => diagnostic.source === 'tov')).toBe(true)
    // What the agent reads in the editor is tov's Dutch message.
    for (const finding of findings) expect(shown.diagnostics.some((diagnostic) => diagnostic.message.startsWith(finding.message))).toBe(true)
  }, 60_000)
})
