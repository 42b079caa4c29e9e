// Starts `tov lsp --stdio` for replies (.txt, .md, untitled buffers) and the canned-response libraries the
// settings name. Everything else (diagnostics, quick fixes, hover, the checklist lens) is the server's:
// this file only starts it and passes the settings on.
const { existsSync } = require('node:fs')
const { join } = require('node:path')
const vscode = require('vscode')
const { LanguageClient, TransportKind } = require('vscode-languageclient/node')

let client

function serverCommand() {
  const configured = vscode.workspace.getConfiguration('tov').get('command') ?? []
  if (configured.length > 0) return { command: configured[0], args: [...configured.slice(1), 'lsp', '--stdio'] }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath
  const local = folder && join(folder, 'node_modules', '.bin', process.platform === 'win32' ? 'tov.cmd' : 'tov')
  if (local && existsSync(local)) return { command: local, args: ['lsp', '--stdio'] }
  return { command: process.platform === 'win32' ? 'npx.cmd' : 'npx', args: ['--no-install', 'tov', 'lsp', '--stdio'] }
}

function settings() {
  const tov = vscode.workspace.getConfiguration('tov')
  const chosen = {}
  for (const key of ['channel', 'thread', 'config']) {
    const value = tov.get(key)
    if (value) chosen[key] = value
  }
  return chosen
}

function activate(context) {
  const { command, args } = serverCommand()
  const libraries = vscode.workspace.getConfiguration('tov').get('libraries') ?? []
  client = new LanguageClient(
    'tov',
    'tov',
    { run: { command, args, transport: TransportKind.stdio }, debug: { command, args, transport: TransportKind.stdio } },
    {
      documentSelector: [
        { scheme: 'file', language: 'plaintext' },
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'plaintext' },
        ...libraries.map((pattern) => ({ scheme: 'file', pattern })),
      ],
      initializationOptions: settings(),
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.tovrc,.tovrc.json,.tovrc.yaml,.tovrc.yml,package.json}') },
    },
  )
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('tov')) void client.sendNotification('workspace/didChangeConfiguration', { settings: { tov: settings() } })
    }),
  )
  return client.start()
}

function deactivate() {
  return client?.stop()
}

module.exports = { activate, deactivate }
