// What must hold for every input, whatever it is: the contract of tov's public API written as checks that
// throw an InvariantFailure naming what broke. Positions are recomputed here from the text itself (not with
// the library's own helpers), so a wrong line or column in tov cannot hide behind the same wrong helper.
import { inspect, isDeepStrictEqual } from 'node:util'
import type { CheckResult, ResolvedConfig, Thread } from '../../src/types.js'
import type { LibraryFile } from '../../src/library/library-entry.js'

/** A broken invariant: the input was answered, but the answer is wrong. */
export class InvariantFailure extends Error {
  override name = 'InvariantFailure'
}

/** The API threw something that is not a TovError: a bug, whatever the input was. */
export class Crash extends Error {
  override name = 'Crash'
  constructor(
    readonly api: string,
    readonly error: unknown,
  ) {
    super(`${api} threw ${describeError(error)}`)
    if (error instanceof Error && error.stack) this.stack = `${this.name}: ${this.message}\n${error.stack.split('\n').slice(1).join('\n')}`
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 300)}`
  try {
    return `non-Error ${typeof error}: ${String(error).slice(0, 200)}`
  } catch {
    return `non-Error ${typeof error}`
  }
}

export function ensure(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new InvariantFailure(typeof message === 'function' ? message() : message)
}

/**
 * A short, escaped, one-line preview of any input for reports: strings as JSON, anything else as
 * util.inspect shows it (holes, undefined, symbols, null prototypes and all), non-ASCII as \u escapes.
 */
export function preview(value: unknown, length = 80): string {
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : inspect(value, { depth: 8, breakLength: Number.POSITIVE_INFINITY, maxArrayLength: 200, maxStringLength: 2_000, compact: true })
  } catch {
    text = '<not printable>'
  }
  const escaped = text.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (escaped.length <= length) return escaped
  // Never cut an escape in half: the cut preview stays readable and parseable up to the mark.
  return `${escaped.slice(0, length).replace(/\\(?:u[0-9a-f]{0,3})?$/, '')}…(${escaped.length})`
}

// ------------------------------------------------------------------------------------ errors ------

export interface TovErrorLike {
  name: string
  code: string
  message: string
}

/** Every code a TovError may carry (src/tov-error.ts). */
export const tovErrorCodes = [
  'EMPTY_INPUT', 'BINARY_INPUT', 'INVALID_UTF8', 'INPUT_TOO_LARGE', 'FILE_NOT_FOUND', 'NO_REPLIES', 'CONFIG_INVALID', 'CONFIG_UNREADABLE',
  'UNKNOWN_CHANNEL', 'UNKNOWN_FORMAT', 'UNKNOWN_RULE', 'THREAD_INVALID', 'USAGE', 'DATA_MISSING', 'FILE_EXISTS', 'WRITE_FAILED',
  'LIBRARY_INVALID', 'NOT_A_FILE', 'INPUT_TOO_COMPLEX', 'TOO_MANY_ENTRIES', 'WORKER_FAILED',
]

/** Refusals of a reply's text, allowed from every API that checks text. */
export const textRefusals = ['EMPTY_INPUT', 'BINARY_INPUT', 'INVALID_UTF8', 'INPUT_TOO_LARGE', 'INPUT_TOO_COMPLEX']

export type IsTovError = (error: unknown) => boolean

/**
 * Runs `work`; a TovError with one of `allowed` codes comes back as the error, anything else thrown is a
 * Crash (not a TovError) or an InvariantFailure (a TovError with a code this API must not use).
 */
export async function settle<T>(
  api: string,
  isTovError: IsTovError,
  allowed: readonly string[],
  work: () => T | Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: TovErrorLike }> {
  try {
    return { ok: true, value: await work() }
  } catch (error) {
    if (error instanceof InvariantFailure || error instanceof Crash) throw error
    if (!isTovError(error)) throw new Crash(api, error)
    const tov = error as TovErrorLike
    ensure(typeof tov.code === 'string' && tovErrorCodes.includes(tov.code), `${api}: TovError with unknown code ${String(tov.code)}`)
    ensure(allowed.includes(tov.code), () => `${api}: TovError ${tov.code} is not an answer this input may get: ${tov.message.slice(0, 200)}`)
    ensure(typeof tov.message === 'string' && tov.message.trim() !== '', `${api}: TovError ${tov.code} without a message`)
    ensure(!/[\n\r]/.test(tov.message), () => `${api}: TovError ${tov.code} message is not one line: ${preview(tov.message)}`)
    return { ok: false, error: tov }
  }
}

// -------------------------------------------------------------------------------- positions -------

/** 1-based line and column (UTF-16 units) of an offset; line breaks are \r\n, \n and \r, as in vfile. */
export function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const char = text.charCodeAt(index)
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Line and column of many offsets at once (sorted internally): linear in the text. */
export function pointsOf(text: string, offsets: readonly number[]): Map<number, { line: number; column: number }> {
  const sorted = [...new Set(offsets)].filter((offset) => Number.isInteger(offset) && offset >= 0 && offset <= text.length).sort((a, b) => a - b)
  const points = new Map<number, { line: number; column: number }>()
  let line = 1
  let lineStart = 0
  let index = 0
  for (const offset of sorted) {
    for (; index < offset; index++) {
      const char = text.charCodeAt(index)
      if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) {
        line++
        lineStart = index + 1
      }
    }
    points.set(offset, { line, column: offset - lineStart + 1 })
  }
  return points
}

// ---------------------------------------------------------------------------- check results -------

export function isPlainJson(value: unknown): boolean {
  let copy: unknown
  try {
    copy = JSON.parse(JSON.stringify(value)) as unknown
  } catch {
    return false
  }
  return isDeepStrictEqual(copy, value)
}

export interface ResultContext {
  /** The checked text (a library entry's own text). */
  text: string
  config: ResolvedConfig
  /** Every built-in rule id. */
  ruleIds: ReadonlySet<string>
  /** Matches a `{field}` of a built-in rule's message template left unfilled. */
  templateFields: RegExp
  /** The channel the result must name. */
  channel?: string
  /** Line and column are the file's (library results): checked by the caller, not here. */
  positionsInFile?: boolean
}

/** The contract of a CheckResult: plain JSON, findings in reading order inside the text, honest counts. */
export function checkResultInvariants(result: CheckResult, context: ResultContext): void {
  const { text, config } = context
  ensure(result !== null && typeof result === 'object', 'result is not an object')
  ensure(isPlainJson(result), () => `result is not plain JSON (round trip differs): ${preview(result, 200)}`)
  ensure(Array.isArray(result.findings), 'findings is not a list')
  if (context.channel !== undefined) ensure(result.channel === context.channel, () => `result channel ${result.channel}, expected ${context.channel}`)

  const custom = new Set(config.phrases.map((phrase) => `custom/${phrase.id}`))
  const enabled = new Set([...Object.keys(config.rules), ...custom])
  const checklistIds = config.checklist.map((item) => item.id)
  const points = context.positionsInFile ? undefined : pointsOf(text, result.findings.flatMap((finding) => [finding.offset, finding.endOffset]))

  let previous: { offset: number; line: number; column: number } | undefined
  for (const finding of result.findings) {
    const where = `finding ${finding.ruleId} [${finding.offset}, ${finding.endOffset})`
    ensure(context.ruleIds.has(finding.ruleId) || custom.has(finding.ruleId), () => `${where}: unknown rule id`)
    ensure(enabled.has(finding.ruleId), () => `${where}: rule is not on in this config`)
    ensure(finding.severity === 'error' || finding.severity === 'warn', () => `${where}: severity ${String(finding.severity)}`)
    const configured = config.rules[finding.ruleId]?.severity ?? config.phrases.find((phrase) => `custom/${phrase.id}` === finding.ruleId)?.severity
    ensure(!(configured === 'warn' && finding.severity === 'error'), () => `${where}: error from a rule set to warn`)
    ensure(Number.isInteger(finding.offset) && Number.isInteger(finding.endOffset), () => `${where}: offsets are not integers`)
    ensure(0 <= finding.offset && finding.offset <= finding.endOffset && finding.endOffset <= text.length, () => `${where}: outside the text of length ${text.length}`)
    ensure(finding.actual === text.slice(finding.offset, finding.endOffset), () => `${where}: actual ${preview(finding.actual)} is not the text there ${preview(text.slice(finding.offset, finding.endOffset))}`)
    if (points) {
      const start = points.get(finding.offset)!
      const end = points.get(finding.endOffset)!
      ensure(finding.line === start.line && finding.column === start.column, () => `${where}: at ${finding.line}:${finding.column}, the offset is at ${start.line}:${start.column}`)
      ensure(finding.endLine === end.line && finding.endColumn === end.column, () => `${where}: ends at ${finding.endLine}:${finding.endColumn}, the end offset is at ${end.line}:${end.column}`)
      if (previous) {
        ensure(previous.offset <= finding.offset, () => `${where}: not in reading order (after a finding at offset ${previous!.offset})`)
      }
      previous = { offset: finding.offset, line: finding.line, column: finding.column }
    } else {
      if (previous) {
        ensure(previous.line < finding.line || (previous.line === finding.line && previous.column <= finding.column), () => `${where}: not in reading order (line ${finding.line}:${finding.column} after ${previous!.line}:${previous!.column})`)
      }
      previous = { offset: finding.offset, line: finding.line, column: finding.column }
    }
    ensure(finding.line >= 1 && finding.column >= 1 && (finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column)), () => `${where}: end before start`)
    ensure(typeof finding.message === 'string' && finding.message.trim() !== '', () => `${where}: empty message`)
    ensure(!/[\n\r\u2028\u2029]/.test(finding.message), () => `${where}: message is not one line: ${preview(finding.message)}`)
    if (!custom.has(finding.ruleId)) {
      const unfilled = finding.message.split(finding.actual).join('').match(context.templateFields)
      ensure(!unfilled, () => `${where}: unfilled template ${unfilled![0]} in ${preview(finding.message)}`)
    }
    ensure(checklistIds.includes(finding.checklist), () => `${where}: checklist item ${finding.checklist} is not in the config's checklist`)
    ensure(Array.isArray(finding.suggestions) && finding.suggestions.every((suggestion) => typeof suggestion === 'string'), () => `${where}: suggestions are not strings`)
    // Every suggestion is an edit, except a hint with a gap for the agent ("<dag> <tijd>"), as checker.ts
    // tells them (not imported: the fuzz harness bundles no code of src/, which comes from dist/).
    const applicable = finding.suggestions.filter((suggestion) => !/<[^<>\n]{1,40}>/.test(suggestion))
    ensure(
      Array.isArray(finding.edits) && finding.edits.length === applicable.length && finding.edits.every((edit, index) => edit.text === applicable[index]),
      () => `${where}: edits do not match suggestions`,
    )
    for (const edit of finding.edits) {
      ensure(edit.range[0] === finding.offset && edit.range[1] === finding.endOffset, () => `${where}: edit range ${edit.range.join('-')} is not the finding's`)
    }
    if (finding.fix !== undefined) {
      const [start, end] = finding.fix.range
      ensure(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length, () => `${where}: fix range ${start}-${end} outside the text`)
      ensure(typeof finding.fix.text === 'string', () => `${where}: fix text is not a string`)
    }
  }

  const errors = result.findings.filter((finding) => finding.severity === 'error').length
  const warnings = result.findings.filter((finding) => finding.severity === 'warn').length
  ensure(result.summary.errors === errors && result.summary.warnings === warnings, () => `summary ${JSON.stringify(result.summary)} but findings have ${errors} errors, ${warnings} warnings`)

  ensure(Array.isArray(result.checklist), 'checklist is not a list')
  ensure(isDeepStrictEqual(result.checklist.map((item) => item.id), checklistIds), () => `checklist items ${result.checklist.map((item) => item.id).join(',')} are not the config's`)
  const failing = new Set(result.findings.map((finding) => finding.checklist))
  const manual = new Set(config.checklist.filter((item) => item.manual).map((item) => item.id))
  for (const item of result.checklist) {
    ensure(['pass', 'fail', 'manual'].includes(item.status), () => `checklist ${item.id}: status ${String(item.status)}`)
    ensure((item.status === 'fail') === failing.has(item.id), () => `checklist ${item.id} is ${item.status} with ${failing.has(item.id) ? '' : 'no '}findings under it`)
    ensure(!(manual.has(item.id) && item.status === 'pass'), () => `checklist ${item.id} is manual but passes`)
    ensure(typeof item.question === 'string' && item.question.trim() !== '', () => `checklist ${item.id} has no question`)
  }
}

// ------------------------------------------------------------------------------------ threads -----

export function threadInvariants(thread: Thread): void {
  ensure(thread !== null && typeof thread === 'object' && Array.isArray(thread.messages), 'parsed thread has no messages list')
  ensure(isPlainJson(thread), () => `parsed thread is not plain JSON: ${preview(thread)}`)
  for (const message of thread.messages) {
    ensure(message.from === 'customer' || message.from === 'agent', () => `message from ${String(message.from)}`)
    ensure(typeof message.text === 'string', 'message text is not a string')
  }
  if (thread.customer !== undefined) ensure(typeof thread.customer === 'string', 'customer is not a string')
  if (thread.channel !== undefined) ensure(typeof thread.channel === 'string', 'channel is not a string')
}

// ---------------------------------------------------------------------------------- libraries -----

const maxOffsetsChecked = 50_000

/**
 * The contract of a read library: ids unique, texts not blank, every offset of an entry's text mapping
 * into the file in order, and each character standing on itself or on what it was decoded from.
 */
export function libraryInvariants(library: LibraryFile, input: { file: string; content: string; format: string; channelNames: readonly string[] }): void {
  const { content } = input
  ensure(library.file === input.file && library.content === content, 'library does not keep its file name and content')
  ensure(Array.isArray(library.entries), 'entries is not a list')
  ensure(typeof library.template === 'boolean', 'template is not a boolean')
  if (library.format !== 'text') {
    ensure(library.entries.length > 0, 'a library without entries was read without error')
    const ids = new Set<string>()
    for (const entry of library.entries) {
      ensure(!ids.has(entry.id), () => `id ${preview(entry.id)} twice`)
      ids.add(entry.id)
      ensure(entry.text.trim() !== '', () => `entry ${preview(entry.id)} is blank`)
    }
  } else {
    ensure(library.entries.length === 1, 'a text library has one entry')
  }
  for (const entry of library.entries) {
    const where = `entry ${preview(entry.id)}`
    ensure(typeof entry.id === 'string', `${where}: id is not a string`)
    ensure(typeof entry.text === 'string', `${where}: text is not a string`)
    if (entry.channel !== undefined) ensure(input.channelNames.includes(entry.channel), () => `${where}: channel ${preview(entry.channel)}`)
    const step = entry.text.length > maxOffsetsChecked ? Math.ceil(entry.text.length / maxOffsetsChecked) : 1
    let before = -1
    for (let offset = 0; offset <= entry.text.length; offset += offset === entry.text.length ? 1 : Math.min(step, entry.text.length - offset)) {
      const source = entry.map.toSource(offset)
      ensure(Number.isInteger(source) && source >= 0 && source <= content.length, () => `${where}: text offset ${offset} maps to ${source}, outside the file (length ${content.length})`)
      ensure(source >= before, () => `${where}: text offset ${offset} maps to ${source}, before the previous offset's ${before}`)
      before = source
      if (offset < entry.text.length && step === 1) {
        const char = entry.text[offset]!
        const there = content[source]
        const decoded =
          there === char ||
          (there === '\\' && (library.format === 'json' || library.format === 'zendesk' || library.format === 'yaml')) ||
          (there === '&' && library.format === 'zendesk') ||
          (there === '"' && char === '"' && library.format === 'csv') ||
          (there === "'" && char === "'" && library.format === 'yaml') ||
          (/\s/.test(char) && there !== undefined && /\s/.test(there) && (library.format === 'yaml' || library.format === 'zendesk')) ||
          (char === '\n' && library.format === 'zendesk') ||
          // A YAML block scalar's final line break (clip, keep) may be one the file does not have.
          (char === '\n' && library.format === 'yaml' && source === content.length && offset === entry.text.length - 1)
        ensure(decoded, () => `${where}: text[${offset}] = ${preview(char)} maps to file[${source}] = ${preview(there)}, which it was not decoded from`)
      }
    }
    if (library.format === 'text') {
      const start = entry.map.toSource(0)
      ensure(content.slice(start, start + entry.text.length) === entry.text, `${where}: a reply file's text is not the file's own`)
    }
  }
}

// -------------------------------------------------------------------------------- prototypes -----

type Snapshot = Array<[object, string, Map<string | symbol, unknown>]>

const guarded: Array<[object, string]> = [
  [Object.prototype, 'Object.prototype'],
  [Array.prototype, 'Array.prototype'],
  [Function.prototype, 'Function.prototype'],
  [String.prototype, 'String.prototype'],
]

/** The built-in prototypes as they are now: every own property and its value. */
export function snapshotPrototypes(): Snapshot {
  return guarded.map(([object, name]) => {
    const values = new Map<string | symbol, unknown>()
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key)!
      values.set(key, 'value' in descriptor ? descriptor.value : descriptor.get)
    }
    return [object, name, values]
  })
}

/** Nothing added to, removed from or changed on the built-in prototypes; no "polluted" anywhere. */
export function prototypeInvariants(snapshot: Snapshot): void {
  for (const [object, name, values] of snapshot) {
    const keys = Reflect.ownKeys(object)
    for (const key of keys) {
      ensure(values.has(key), () => `${name} polluted: new property ${String(key)}`)
      const descriptor = Object.getOwnPropertyDescriptor(object, key)!
      ensure(values.get(key) === ('value' in descriptor ? descriptor.value : descriptor.get), () => `${name}.${String(key)} was changed`)
    }
    ensure(keys.length === values.size, () => `${name}: a property was removed`)
  }
  const probe = {} as Record<string, unknown>
  ensure(probe['polluted'] === undefined && probe['text'] === undefined && probe['channel'] === undefined, 'a fresh object inherits a polluted property')
}
