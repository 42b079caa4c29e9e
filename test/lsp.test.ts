// `tov lsp --stdio` driven over JSON-RPC as an editor drives it: the built CLI in its own process, a client
// from vscode-languageserver-protocol on its standard input and output. Diagnostics are compared with
// `tov check --format json` for a reply, a YAML and a CSV library; code actions are applied as a client
// applies them and the finding is gone at the next check.
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type CodeLens,
  type Diagnostic,
  type Hover,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { root, tov } from './run-cli.js'

const built = existsSync(join(root, 'dist/cli/lsp-server.cjs'))

interface Client {
  connection: ProtocolConnection
  process: ChildProcess
  /** Every publishDiagnostics so far, in order. */
  published: PublishDiagnosticsParams[]
  /** The next diagnostics for `uri` (of `version`, when given) after `since` published. */
  diagnostics(uri: string, options?: { version?: number; since?: number }): Promise<PublishDiagnosticsParams>
  open(uri: string, text: string, languageId?: string): void
  change(uri: string, version: number, text: string): void
  close(): Promise<void>
}

async function startClient(cwd: string, initializationOptions: Record<string, unknown> = {}): Promise<Client> {
  const child = spawn(process.execPath, [join(root, 'bin/tov.js'), 'lsp', '--stdio'], { cwd, env: { ...process.env, TOV_NO_DAEMON: '1' }, stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  const published: PublishDiagnosticsParams[] = []
  const waiting: Array<() => void> = []
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params)
    for (const wake of waiting.splice(0)) wake()
  })
  connection.onRequest('workspace/configuration', () => [])
  connection.onNotification('window/showMessage', () => undefined)
  connection.onNotification('window/logMessage', () => undefined)
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(cwd).href,
    workspaceFolders: [{ uri: pathToFileURL(cwd).href, name: 'werk' }],
    capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
    initializationOptions,
  })
  await connection.sendNotification('initialized', {})
  return {
    connection,
    process: child,
    published,
    diagnostics: (uri, { version, since = 0 } = {}) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}; stderr: ${stderr}`)), 15_000)
        const look = () => {
          const found = published.slice(since).find((params) => params.uri === uri && (version === undefined || params.version === version))
          if (found) {
            clearTimeout(timer)
            resolve(found)
          } else {
            waiting.push(look)
          }
        }
        look()
      }),
    open: (uri, text, languageId = 'plaintext') => void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } }),
    change: (uri, version, text) => void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] }),
    close: async () => {
      await connection.sendRequest('shutdown')
      const exited = new Promise((resolve) => child.once('exit', resolve))
      await connection.sendNotification('exit')
      await exited
      connection.dispose()
    },
  }
}

/** A diagnostic as the CLI's JSON finding would give it. */
function fromCli(finding: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }) {
  return { code: finding.ruleId, range: { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } } }
}

function shape(diagnostic: Diagnostic) {
  return { code: diagnostic.code, range: diagnostic.range }
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits)
}

const draft = readFileSync(join(root, 'fixtures/drafts/x-draft.txt'), 'utf8')

describe.skipIf(!built)('tov lsp --stdio', () => {
  let folder: string
  let client: Client
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).href

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tov-lsp-'))
    writeFileSync(join(folder, '.tovrc.json'), JSON.stringify({ channel: 'x', agents: { AB: 'Anna de Boer' } }, null, 2) + '\n')
    writeFileSync(join(folder, 'reply.txt'), draft)
    copyFileSync(join(root, 'fixtures/libraries/antwoorden.yaml'), join(folder, 'antwoorden.yaml'))
    copyFileSync(join(root, 'fixtures/libraries/antwoorden.csv'), join(folder, 'antwoorden.csv'))
    client = await startClient(folder)
  })

  afterAll(async () => {
    await client?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it.each(['reply.txt', 'antwoorden.yaml', 'antwoorden.csv'])('gives the positions of tov check --format json for %s', async (name) => {
    const cli = await tov(['check', name, '--format', 'json'], { cwd: folder })
    const expected = (JSON.parse(cli.stdout) as Array<{ findings: Parameters<typeof fromCli>[0][] }>).flatMap((result) => result.findings.map(fromCli))
    expect(expected.length).toBeGreaterThan(0)
    const since = client.published.length
    client.open(uriOf(name), readFileSync(join(folder, name), 'utf8'))
    const { diagnostics } = await client.diagnostics(uriOf(name), { version: 1, since })
    expect(diagnostics.map(shape)).toEqual(expected)
    expect(diagnostics.every((diagnostic) => diagnostic.source === 'tov' && typeof diagnostic.message === 'string' && diagnostic.message.length > 0)).toBe(true)
  })

  it('sends only the newest diagnostics when a document changes twice quickly', async () => {
    const uri = uriOf('snel.txt')
    let since = client.published.length
    client.open(uri, '@eva Hoi Eva, dank voor je bericht. ^AB')
    await client.diagnostics(uri, { version: 1, since })
    since = client.published.length
    client.change(uri, 2, '@eva Hoi Eva, dat is interresant. ^AB')
    client.change(uri, 3, '@eva Hoi Eva, dat is onstaan. ^AB')
    const newest = await client.diagnostics(uri, { version: 3, since })
    // Version 2 was superseded before its check could report.
    expect(client.published.slice(since).filter((params) => params.uri === uri).map((params) => params.version)).toEqual([3])
    expect(newest.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['spelling'])
    expect(newest.diagnostics[0]!.message).toContain('onstaan')
  })

  it('applies a suggestion as a server-side edit, and the finding clears', async () => {
    const uri = uriOf('fout.txt')
    const text = '@eva Hoi Eva, hoe is dit probleem onstaan? ^AB'
    let since = client.published.length
    client.open(uri, text)
    const { diagnostics } = await client.diagnostics(uri, { version: 1, since })
    const spelling = diagnostics.find((diagnostic) => diagnostic.code === 'spelling')!
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: spelling.range, context: { diagnostics: [spelling] } })) as CodeAction[]
    const replace = actions.find((action) => action.title.includes('„ontstaan”'))!
    expect(replace.kind).toBe('quickfix')
    const fixed = applyEdits(text, replace.edit!.changes![uri]!)
    expect(fixed).toBe('@eva Hoi Eva, hoe is dit probleem ontstaan? ^AB')
    since = client.published.length
    client.change(uri, 2, fixed)
    expect((await client.diagnostics(uri, { version: 2, since })).diagnostics).toEqual([])
  })

  it('applies the mechanical fix of a missing sign-off', async () => {
    const uri = uriOf('groet.txt')
    const text = '@eva Hoi Eva, je pakket is vandaag onderweg gegaan.'
    let since = client.published.length
    client.open(uri, text)
    const signOff = (await client.diagnostics(uri, { version: 1, since })).diagnostics.find((diagnostic) => diagnostic.code === 'sign-off')!
    expect(signOff).toBeDefined()
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: signOff.range, context: { diagnostics: [signOff] } })) as CodeAction[]
    const preferred = actions.find((action) => action.isPreferred)!
    const fixed = applyEdits(text, preferred.edit!.changes![uri]!)
    expect(fixed).toMatch(/\^AB$/)
    since = client.published.length
    client.change(uri, 2, fixed)
    expect((await client.diagnostics(uri, { version: 2, since })).diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('sign-off')
  })

  it('adds a word to the vocabulary of the nearest config', async () => {
    const uri = uriOf('merk.txt')
    const text = '@eva Hoi Eva, je kunt dit regelen in de plonkify-app. ^AB'
    let since = client.published.length
    client.open(uri, text)
    const spelling = (await client.diagnostics(uri, { version: 1, since })).diagnostics.find((diagnostic) => diagnostic.code === 'spelling')!
    expect(spelling).toBeDefined()
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: spelling.range, context: { diagnostics: [spelling] } })) as CodeAction[]
    const allow = actions.find((action) => action.title.startsWith('Voeg „plonkify'))!
    const edit = allow.edit as WorkspaceEdit
    const configUri = pathToFileURL(join(folder, '.tovrc.json')).href
    const config = join(folder, '.tovrc.json')
    // The server wrote nothing itself: the client applies the edit.
    expect(JSON.parse(readFileSync(config, 'utf8')).vocabulary).toBeUndefined()
    writeFileSync(config, applyEdits(readFileSync(config, 'utf8'), edit.changes![configUri]!))
    expect(JSON.parse(readFileSync(config, 'utf8')).vocabulary).toEqual([(spelling.message as string).match(/"([^"]+)"/)![1]])
    since = client.published.length
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] })
    const again = await client.diagnostics(uri, { version: 1, since })
    expect(again.diagnostics.filter((diagnostic) => diagnostic.code === 'spelling')).toEqual([])
  })

  it('silences a rule for one entry of a library with a directive', async () => {
    const uri = uriOf('antwoorden.yaml')
    const path = join(folder, 'antwoorden.yaml')
    const text = readFileSync(path, 'utf8')
    const since = client.published.length
    client.change(uri, 2, text)
    const { diagnostics } = await client.diagnostics(uri, { version: 2, since })
    const first = diagnostics.find((diagnostic) => diagnostic.code === 'spelling')!
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } })) as CodeAction[]
    const disable = actions.find((action) => action.title.startsWith('Zet spelling uit'))!
    const silenced = applyEdits(text, disable.edit!.changes![uri]!)
    expect(silenced).toContain('<!-- tov-disable spelling -- reden -->')
    const after = client.published.length
    client.change(uri, 3, silenced)
    const rest = (await client.diagnostics(uri, { version: 3, since: after })).diagnostics
    // The entry's own spelling finding is gone; the other entries keep theirs.
    expect(rest.filter((diagnostic) => diagnostic.code === 'spelling').length).toBe(diagnostics.filter((diagnostic) => diagnostic.code === 'spelling').length - 1)
    const cli = await tov(['check', '-', '--input-format', 'yaml', '--format', 'json'], { cwd: folder, stdin: silenced })
    expect((JSON.parse(cli.stdout) as Array<{ suppressed?: unknown[] }>)[0]!.suppressed).toHaveLength(1)
  })

  it('explains a finding on hover, with its checklist item', async () => {
    const uri = uriOf('reply.txt')
    const state = client.published.filter((params) => params.uri === uri).at(-1)!
    const sorry = state.diagnostics.find((diagnostic) => diagnostic.code === 'no-repeated-apology') ?? state.diagnostics[0]!
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: sorry.range.start })) as Hover
    const value = (hover.contents as { value: string }).value
    expect(value).toContain(`**${String(sorry.code)}**`)
    expect(value).toMatch(/Checklist, \w+: .+\?/)
  })

  it('shows the checklist of the reply as a code lens and a command', async () => {
    const uri = uriOf('reply.txt')
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[]
    expect(lenses).toHaveLength(1)
    expect(lenses[0]!.command!.title).toMatch(/^tov checklist: niet in orde: /)
    const text = (await client.connection.sendRequest('workspace/executeCommand', { command: lenses[0]!.command!.command, arguments: lenses[0]!.command!.arguments })) as string
    const cli = await tov(['check', 'reply.txt', '--format', 'checklist'], { cwd: folder })
    expect(text).toBe(cli.stdout)
    const library = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uriOf('antwoorden.csv') } })) as CodeLens[]
    expect(library.length).toBeGreaterThan(1)
  })

  it('says where a library is broken, and goes on serving', async () => {
    const uri = uriOf('kapot.yaml')
    let since = client.published.length
    client.open(uri, '- id: a\n  text: "niet gesloten\n')
    const broken = await client.diagnostics(uri, { version: 1, since })
    expect(broken.diagnostics).toHaveLength(1)
    expect(broken.diagnostics[0]!.severity).toBe(1)
    since = client.published.length
    client.change(uri, 2, '- id: a\n  text: "Hoi, dit is onstaan."\n')
    expect((await client.diagnostics(uri, { version: 2, since })).diagnostics.map((diagnostic) => diagnostic.code)).toContain('spelling')
  })

  it('checks an untitled buffer as a reply', async () => {
    const uri = 'untitled:Naamloos-1'
    const since = client.published.length
    client.open(uri, '@eva Hoi Eva, dit is onstaan. ^AB')
    expect((await client.diagnostics(uri, { version: 1, since })).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['spelling'])
  })
})

describe.skipIf(!built)('tov lsp --stdio with bad input and client settings', () => {
  let folder: string
  let client: Client
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).href

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tov-lsp-settings-'))
    writeFileSync(join(folder, '.tovrc.json'), JSON.stringify({ channel: 'x' }) + '\n')
    writeFileSync(join(folder, 'gesprek.json'), JSON.stringify({ channel: 'x', customer: '@eva', messages: [{ from: 'customer', text: 'Mijn pakket is kwijt!' }, { from: 'agent', text: '@eva Sorry voor het ongemak, we zoeken het uit. ^AB' }] }))
    client = await startClient(folder, { thread: 'gesprek.json' })
  })

  afterAll(async () => {
    await client?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('reads the thread the client names: a second apology is one too many', async () => {
    const uri = uriOf('vervolg.txt')
    const since = client.published.length
    client.open(uri, '@eva Sorry voor het ongemak! Je pakket is vandaag bezorgd. ^AB')
    const codes = (await client.diagnostics(uri, { version: 1, since })).diagnostics.map((diagnostic) => diagnostic.code)
    expect(codes).toContain('no-repeated-apology')
  })

  it('shows nothing for an empty buffer, and says so when a document is too large', async () => {
    let since = client.published.length
    client.open(uriOf('leeg.txt'), '  \n')
    expect((await client.diagnostics(uriOf('leeg.txt'), { version: 1, since })).diagnostics).toEqual([])
    since = client.published.length
    client.open(uriOf('groot.txt'), 'Hoi Eva, dank je. '.repeat(70_000))
    const large = await client.diagnostics(uriOf('groot.txt'), { version: 1, since })
    expect(large.diagnostics).toHaveLength(1)
    expect(large.diagnostics[0]!.message).toMatch(/te groot|1 MiB/)
  })

  it('says an unknown channel on the document, and checks again when the setting is right', async () => {
    const uri = uriOf('kanaal.txt')
    let since = client.published.length
    client.open(uri, 'Hoi Eva, je pakket is onderweg. ^AB')
    expect((await client.diagnostics(uri, { version: 1, since })).diagnostics.map((diagnostic) => diagnostic.code)).toContain('mention-first')
    since = client.published.length
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tov: { channel: 'twitterr' } } })
    const wrong = await client.diagnostics(uri, { version: 1, since })
    expect(wrong.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([expect.stringContaining('Onbekend kanaal "twitterr"')])
    since = client.published.length
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tov: { channel: 'email' } } })
    const right = await client.diagnostics(uri, { version: 1, since })
    // On e-mail no @mention is asked for; on X (the config's channel) it would be.
    expect(right.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('mention-first')
  })
})
