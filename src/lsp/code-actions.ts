// The quick fixes of a finding, made from tov's own data and sent as WorkspaceEdits the server computes, so
// any client applies them without code of its own: the mechanical fix, each suggestion, the word added to
// the vocabulary of the config, and, in a canned-response library, the rule silenced for that entry.
//
// An edit in a library is made in the file's text (a JSON string, a YAML scalar, a CSV field), where a
// replacement may need escaping. Rather than escape per format, each edit is tried: the library is read
// again with the edit made, and the edit is offered only when the entry then reads exactly as intended.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { CodeAction, Position, Range, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver'
import { allowWords } from '../config/allow-words.js'
import { applyEdit } from '../engine/fix-reply.js'
import { stripDirectives } from '../library/directives.js'
import type { OffsetMap } from '../library/offset-map.js'
import { readLibrary } from '../library/read-library.js'
import { rulesFor } from '../../rules/index.js'
import { isTovError } from '../tov-error.js'
import type { Finding, TextEdit } from '../types.js'
import type { DocumentCheck } from './check-document.js'

export interface ActionContext {
  uri: string
  /** The document's text as checked (a byte order mark included, when it has one). */
  content: string
  check: DocumentCheck
  positionAt(offset: number): Position
  /** The folder the vocabulary's config is searched from (the document's). */
  folder: string
  /** The config file the settings name, instead of the nearest. */
  configFile?: string
  /** The client can create a file in a WorkspaceEdit (a new .tovrc). */
  canCreateFiles: boolean
}

/** Findings of the document overlapping a range, each with its entry's index. */
export function findingsIn(check: DocumentCheck, range: Range): Array<{ finding: Finding; entry: number }> {
  const found: Array<{ finding: Finding; entry: number }> = []
  const before = (line: number, column: number, position: Position) => line - 1 < position.line || (line - 1 === position.line && column - 1 <= position.character)
  check.replies.forEach((reply, entry) => {
    for (const finding of reply.result.findings) {
      // Overlapping, or touching: an insertion (the missing sign-off) has an empty range.
      const startsBeforeEnd = before(finding.line, finding.column, range.end)
      const endsAfterStart = !before(finding.endLine, finding.endColumn, range.start) || (finding.endLine - 1 === range.start.line && finding.endColumn - 1 === range.start.character)
      if (startsBeforeEnd && endsAfterStart) found.push({ finding, entry })
    }
  })
  return found
}

/** The text an entry was checked on, for a library read again: its directives taken out, as checkReplies does. */
function checkedTextOf(check: DocumentCheck, text: string, map: OffsetMap): string {
  const library = check.library
  if (!library.template && library.format === 'text') return text
  const known = new Set(rulesFor(check.config).map((rule) => rule.id))
  try {
    return stripDirectives(text, map, known, '', false).text
  } catch {
    return text
  }
}

/** The offset in `content` of an offset in the library's content (a byte order mark is not in the latter). */
function bomShift(context: ActionContext): number {
  return context.content.startsWith('\uFEFF') ? 1 : 0
}

/**
 * The edit of the file that makes `edit` in entry `index`'s checked text, or undefined when the file's
 * format would need the replacement escaped (the library, read again, would not hold the intended text).
 */
async function placeEdit(context: ActionContext, index: number, edit: TextEdit): Promise<LspTextEdit | undefined> {
  const { library } = context.check
  const reply = context.check.replies[index]!
  const start = reply.map.toSource(edit.range[0])
  const end = edit.range[1] === edit.range[0] ? start : reply.map.toSource(edit.range[1])
  if (end < start) return undefined
  if (library.format !== 'text') {
    const content = library.content.slice(0, start) + edit.text + library.content.slice(end)
    let again
    try {
      again = await readLibrary(library.file, content, { format: library.format, template: library.template })
    } catch {
      return undefined
    }
    const entry = again.entries[index]
    if (again.entries.length !== library.entries.length || !entry) return undefined
    if (checkedTextOf(context.check, entry.text, entry.map) !== applyEdit(reply.text, edit)) return undefined
  }
  const shift = bomShift(context)
  return { range: { start: context.positionAt(start + shift), end: context.positionAt(end + shift) }, newText: edit.text }
}

/** "„tekst”", cut when long, for a title. */
function quote(text: string): string {
  const shown = text.replace(/\s+/g, ' ')
  return `„${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}”`
}

function editTitle(finding: Finding, edit: TextEdit, reply: string): string {
  const replaced = reply.slice(edit.range[0], edit.range[1])
  if (edit.text === '') return `Verwijder ${quote(replaced)}`
  if (replaced === '') return `Voeg ${quote(edit.text)} toe`
  return `Vervang ${quote(replaced || finding.actual)} door ${quote(edit.text)}`
}

function quickFix(title: string, uri: string, edit: LspTextEdit, finding: Finding, preferred = false): CodeAction {
  return {
    title,
    kind: 'quickfix',
    ...(preferred ? { isPreferred: true } : {}),
    edit: { changes: { [uri]: [edit] } },
    data: { ruleId: finding.ruleId },
  }
}

/** The whole text of a file replaced: the config with the word added. */
function replaceFile(uri: string, previous: string, content: string): WorkspaceEdit {
  const lines = previous.split(/\r\n|\r|\n/)
  const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length }
  return { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end }, newText: content }] } }
}

async function vocabularyAction(context: ActionContext, finding: Finding): Promise<CodeAction | undefined> {
  const word = finding.actual.trim()
  if (word === '' || /\s/.test(word)) return undefined
  let outcome
  try {
    outcome = await allowWords([word], { cwd: context.folder, ...(context.configFile ? { configFile: context.configFile } : {}), dryRun: true })
  } catch (error) {
    if (isTovError(error)) return undefined
    throw error
  }
  if (outcome.content === undefined) return undefined
  const uri = pathToFileURL(outcome.file).href
  let edit: WorkspaceEdit
  if (outcome.created) {
    if (!context.canCreateFiles) return undefined
    edit = {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: outcome.content }] },
      ],
    }
  } else {
    edit = replaceFile(uri, readFileSync(outcome.file, 'utf8'), outcome.content)
  }
  const where = outcome.created ? 'een nieuwe .tovrc' : outcome.file.split(/[\\/]/).pop()!
  return { title: `Voeg ${quote(word)} toe aan de woordenlijst (${where})`, kind: 'quickfix', edit, data: { ruleId: finding.ruleId } }
}

/** `<!-- tov-disable rule -- reden -->` at the start of the entry: the rule silenced for all of it. */
async function disableAction(context: ActionContext, index: number, finding: Finding): Promise<CodeAction | undefined> {
  const { library } = context.check
  if (!library.template && library.format === 'text') return undefined
  const original = library.entries[index]
  if (!original) return undefined
  const directive = `<!-- tov-disable ${finding.ruleId} -- reden -->`
  const at = original.map.toSource(0)
  const content = library.content.slice(0, at) + directive + library.content.slice(at)
  try {
    const again = await readLibrary(library.file, content, { format: library.format, template: library.template })
    if (again.entries.length !== library.entries.length || again.entries[index]?.text !== directive + original.text) return undefined
  } catch {
    return undefined
  }
  const position = context.positionAt(at + bomShift(context))
  const title = library.format === 'text' ? `Zet ${finding.ruleId} uit voor deze reactie` : `Zet ${finding.ruleId} uit voor ${quote(original.id)}`
  return quickFix(`${title} (vul de reden in)`, context.uri, { range: { start: position, end: position }, newText: directive }, finding)
}

/** The code actions for the findings overlapping `range`. */
export async function codeActions(context: ActionContext, range: Range): Promise<CodeAction[]> {
  const actions: CodeAction[] = []
  const titles = new Set<string>()
  const add = (action: CodeAction | undefined) => {
    if (!action || titles.has(action.title)) return
    titles.add(action.title)
    actions.push(action)
  }
  for (const { finding, entry } of findingsIn(context.check, range)) {
    const reply = context.check.replies[entry]!.text
    if (finding.fix) {
      const placed = await placeEdit(context, entry, finding.fix)
      if (placed) add(quickFix(`${editTitle(finding, finding.fix, reply)} (${finding.ruleId})`, context.uri, placed, finding, true))
    }
    for (const edit of finding.edits) {
      if (finding.fix && edit.range[0] === finding.fix.range[0] && edit.range[1] === finding.fix.range[1] && edit.text === finding.fix.text) continue
      const placed = await placeEdit(context, entry, edit)
      if (placed) add(quickFix(editTitle(finding, edit, reply), context.uri, placed, finding))
    }
    if (finding.ruleId === 'spelling') add(await vocabularyAction(context, finding))
    add(await disableAction(context, entry, finding))
  }
  return actions
}
