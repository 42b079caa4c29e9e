// `tov lsp --stdio`: tov's findings in any editor that speaks the Language Server Protocol. Diagnostics
// while the agent types (debounced; a result for an older version of a document is never sent), quick
// fixes as edits the server computes, the rule's reason on hover, and the one-minute checklist as a code
// lens above each reply. Replies (.txt, .md, untitled buffers) and canned-response libraries (JSON, YAML,
// CSV) are checked as `tov check` checks the file, at the same lines and columns.
import { dirname } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import {
  createConnection,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  DiagnosticSeverity,
  MessageType,
  type CodeLens,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { formatResults } from '../formats/format-results.js'
import { reuseCheckers } from '../engine/checker.js'
import { findRule } from '../../rules/index.js'
import { ruleUrl } from '../kit/rule-plugin.js'
import type { CheckResult, Finding } from '../types.js'
import { checkDocument, ConfigCache, isCheckable, isProblem, type ClientSettings, type DocumentCheck } from './check-document.js'
import { codeActions, findingsIn } from './code-actions.js'

export interface LspOptions {
  input: Readable
  output: Writable
  /** The folder of a buffer without a file, when the client names no workspace. */
  cwd: string
  /** A config file for every document, as `tov check --config` (the client's settings may name another). */
  configFile?: string
  /** Milliseconds of quiet after a change before a document is checked again (default 150). */
  debounceMs?: number
}

/** The command a code lens runs: the checklist of one reply, shown as a message and returned as text. */
export const checklistCommand = 'tov.checklist'

interface Checked {
  version: number
  content: string
  check: DocumentCheck
}

function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
}

function diagnosticOf(finding: Finding): Diagnostic {
  return {
    range: { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } },
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'tov',
    code: finding.ruleId,
    codeDescription: { href: ruleUrl(finding.ruleId) },
    message: finding.suggestions.length > 0 ? `${finding.message} Suggestie: ${finding.suggestions.slice(0, 3).join(', ')}.` : finding.message,
  }
}

/** One line per checklist item, as `tov check --format checklist` prints it, without colour. */
function checklistText(result: CheckResult): string {
  return formatResults([result], 'checklist', { color: false })
}

function lensTitle(result: CheckResult): string {
  const count = (status: string) => result.checklist.filter((item) => item.status === status).length
  const failed = result.checklist.filter((item) => item.status === 'fail').map((item) => item.id)
  const manual = count('manual')
  const verdict = failed.length === 0 ? `checklist: alles in orde` : `checklist: niet in orde: ${failed.join(', ')}`
  return `tov ${verdict}${manual > 0 ? ` · ${manual} zelf nagaan` : ''}`
}

/** Serves one client until it says exit or closes the connection. */
export function serveLsp(options: LspOptions): Promise<void> {
  const connection: Connection = createConnection(new StreamMessageReader(options.input), new StreamMessageWriter(options.output))
  const documents = new TextDocuments(TextDocument)
  const configs = new ConfigCache()
  // Every document with its own config: warm checkers for the few configs a workspace has.
  reuseCheckers(8)
  const debounceMs = options.debounceMs ?? 150
  let root = options.cwd
  let settings: ClientSettings = options.configFile ? { config: options.configFile } : {}
  let canCreateFiles = false
  const checked = new Map<string, Checked>()
  const timers = new Map<string, NodeJS.Timeout>()
  // A newer check of a document supersedes an older one still running: only the latest may report.
  const latest = new Map<string, number>()
  let tickets = 0

  const check = async (document: TextDocument): Promise<void> => {
    const path = pathOf(document.uri)
    if (!isCheckable(path)) return
    const ticket = ++tickets
    latest.set(document.uri, ticket)
    const content = document.getText()
    const { version } = document
    let diagnostics: Diagnostic[]
    // A new, empty buffer is not an error to show: there is nothing to check yet.
    if (content.trim() === '') {
      checked.delete(document.uri)
      void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: [] })
      return
    }
    try {
      const outcome = await checkDocument({ path, text: content, root, settings, configs })
      if (latest.get(document.uri) !== ticket || documents.get(document.uri)?.version !== version) return
      if (isProblem(outcome)) {
        checked.delete(document.uri)
        const at = { line: (outcome.line ?? 1) - 1, character: (outcome.column ?? 1) - 1 }
        diagnostics = [{ range: { start: at, end: at }, severity: DiagnosticSeverity.Error, source: 'tov', message: outcome.message }]
      } else {
        checked.set(document.uri, { version, content, check: outcome })
        diagnostics = outcome.replies.flatMap((reply) => reply.result.findings.map(diagnosticOf))
      }
    } catch (error) {
      if (latest.get(document.uri) !== ticket) return
      // A bug in tov, not in the document: said once, and the server goes on.
      connection.console.error(`tov: interne fout bij ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      return
    }
    void connection.sendDiagnostics({ uri: document.uri, version, diagnostics })
  }

  const schedule = (document: TextDocument, delay: number): void => {
    clearTimeout(timers.get(document.uri))
    // Whatever is running for an older version no longer reports.
    latest.set(document.uri, ++tickets)
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        void check(document)
      }, delay),
    )
  }

  const recheckAll = (): void => {
    configs.clear()
    for (const document of documents.all()) schedule(document, 0)
  }

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (folder) root = pathOf(folder) ?? root
    settings = { ...settings, ...settingsOf(params.initializationOptions) }
    canCreateFiles = params.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true && params.capabilities.workspace?.workspaceEdit?.documentChanges === true
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [checklistCommand] },
      },
      serverInfo: { name: 'tov' },
    }
  })

  connection.onDidChangeConfiguration((change) => {
    const section = (change.settings as { tov?: unknown } | null)?.tov
    if (section !== undefined) {
      settings = { ...(options.configFile ? { config: options.configFile } : {}), ...settingsOf(section) }
      recheckAll()
    }
  })
  // A config changed on disk (a client that watches files says so): every document is checked again.
  connection.onDidChangeWatchedFiles(() => recheckAll())

  documents.onDidOpen(({ document }) => schedule(document, 0))
  documents.onDidChangeContent(({ document }) => schedule(document, debounceMs))
  documents.onDidSave(({ document }) => {
    // A config edited in the editor: the replies are checked with it now.
    if (/(^|[\\/])(\.tovrc[^\\/]*|package\.json)$/.test(pathOf(document.uri) ?? '')) recheckAll()
  })
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    latest.delete(document.uri)
    checked.delete(document.uri)
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })
  })

  /** The state of a document as last checked, when that is its current version. */
  const current = (uri: string): Checked | undefined => {
    const state = checked.get(uri)
    return state && documents.get(uri)?.version === state.version ? state : undefined
  }

  connection.onCodeAction(async (params) => {
    const state = current(params.textDocument.uri)
    const document = documents.get(params.textDocument.uri)
    if (!state || !document) return []
    const path = pathOf(document.uri)
    return codeActions(
      {
        uri: document.uri,
        content: state.content,
        check: state.check,
        positionAt: (offset) => document.positionAt(offset),
        folder: path ? dirname(path) : root,
        ...(settings.config ? { configFile: settings.config } : {}),
        canCreateFiles,
      },
      params.range,
    )
  })

  connection.onHover((params): Hover | null => {
    const state = current(params.textDocument.uri)
    if (!state) return null
    const found = findingsIn(state.check, { start: params.position, end: params.position })
    if (found.length === 0) return null
    const parts = found.map(({ finding }) => {
      const rule = findRule(finding.ruleId)
      const item = state.check.config.checklist.find((candidate) => candidate.id === finding.checklist)
      return [
        `**${finding.ruleId}** (${finding.severity === 'error' ? 'fout' : 'waarschuwing'}): ${finding.message}`,
        rule ? `${rule.description}\n\n${rule.docs.rationale}` : '',
        rule ? `Fout: _${rule.docs.wrong}_  \nGoed: _${rule.docs.right}_` : '',
        item ? `Checklist, ${item.id}: ${item.question}` : '',
      ]
        .filter(Boolean)
        .join('\n\n')
    })
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } }
  })

  connection.onCodeLens((params): CodeLens[] => {
    const state = current(params.textDocument.uri)
    if (!state) return []
    return state.check.replies.map((reply, index) => {
      // On the line where the entry's text starts in the file.
      const document = documents.get(params.textDocument.uri)!
      const { line } = document.positionAt(reply.map.toSource(0) + (state.content.startsWith('\uFEFF') ? 1 : 0))
      return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, command: { title: lensTitle(reply.result), command: checklistCommand, arguments: [params.textDocument.uri, index] } }
    })
  })

  connection.onExecuteCommand((params) => {
    if (params.command !== checklistCommand) return null
    const [uri, index] = (params.arguments ?? []) as [string?, number?]
    const state = typeof uri === 'string' ? current(uri) : undefined
    const reply = state?.check.replies[typeof index === 'number' ? index : 0]
    if (!reply) return null
    const text = checklistText(reply.result)
    // A notification, not window/showMessageRequest: nothing to answer, and every client shows it.
    void connection.sendNotification('window/showMessage', { type: MessageType.Info, message: text })
    return text
  })

  documents.listen(connection)
  return new Promise((resolve) => {
    connection.onExit(() => resolve())
    options.input.once('close', () => resolve())
    options.input.once('end', () => resolve())
    connection.listen()
  })
}

/** The settings a client sends, taken only where they have the right type. */
function settingsOf(value: unknown): ClientSettings {
  if (value === null || typeof value !== 'object') return {}
  const given = value as Record<string, unknown>
  const settings: ClientSettings = {}
  for (const key of ['channel', 'thread', 'config'] as const) {
    if (typeof given[key] === 'string' && given[key] !== '') settings[key] = given[key]
  }
  return settings
}
