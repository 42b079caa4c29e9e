// --cache: results of entries whose text, channel and config did not change since the last run are reused,
// so a CI run over a library of thousands re-checks only what a pull request touched. The cache is one JSON
// file (default .tovcache), written atomically, safe to delete, and thrown away whole when tov's version,
// its data or the config differ: it is never trusted across versions.
//
// A cache file is input like any other: a repository can commit one. So the file carries an HMAC under a
// key the repository cannot know (TOV_CACHE_KEY, or a random key in the user's cache folder), and every
// entry read is checked against the shape of a result and against its own text before it is replayed. A
// file or entry that fails is re-checked, never trusted.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { TovError } from '../tov-error.js'
import { writeAtomically } from '../write-atomically.js'
import { channelNames } from '../channels/channels.js'
import { withVoiceDetail } from '../checklist/checklist.js'
import type { ChecklistItem, ChecklistStatus, CheckResult, Finding } from '../types.js'

type CachedResult = Omit<CheckResult, 'file' | 'entry'>

/** What is stored: the checklist as statuses only (the questions come from the config). */
type StoredResult = Omit<CachedResult, 'checklist'> & { checklist: ChecklistStatus[] }

interface CacheFile {
  tool: 'tov'
  fingerprint: string
  /** HMAC-SHA256 of the fingerprint and the entries, under the cache key. */
  mac: string
  entries: Record<string, StoredResult>
}

const sha = (text: string): string => createHash('sha256').update(text).digest('base64url')

/**
 * The key that signs cache files: TOV_CACHE_KEY when set (a CI secret), else a random key kept in the
 * user's cache folder (created on first use, readable by the user only). A cache written under another key
 * is simply not used.
 */
export function cacheKey(env: Record<string, string | undefined>): Buffer {
  const fromEnv = env['TOV_CACHE_KEY']
  if (fromEnv) return Buffer.from(fromEnv, 'utf8')
  const folder = join(env['XDG_CACHE_HOME'] || join(env['HOME'] || homedir(), '.cache'), 'tov')
  const file = join(folder, 'cache-key')
  try {
    const key = readFileSync(file)
    if (key.length >= 32) return key
  } catch {
    // None yet.
  }
  const key = randomBytes(32)
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    writeAtomically(file, key, { mode: 0o600 })
  } catch {
    // An unwritable home: the key lives for this run only, so the cache is used within the run alone.
  }
  return key
}

function macOf(key: Buffer, fingerprint: string, entries: string): string {
  return createHmac('sha256', key).update(fingerprint).update('\u0000').update(entries).digest('base64url')
}

function sameMac(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

const isInteger = (value: unknown, minimum = 0): value is number => Number.isSafeInteger(value) && (value as number) >= minimum
const isString = (value: unknown): value is string => typeof value === 'string'
const statuses: readonly unknown[] = ['pass', 'fail', 'manual']

function isEdit(value: unknown, length: number): boolean {
  if (value === null || typeof value !== 'object') return false
  const { range, text } = value as { range?: unknown; text?: unknown }
  return Array.isArray(range) && range.length === 2 && isInteger(range[0]) && isInteger(range[1]) &&
    range[0] <= range[1] && range[1] <= length && isString(text)
}

function isFinding(value: unknown, text: string, ruleIds: ReadonlySet<string>, itemIds: ReadonlySet<string>): value is Finding {
  if (value === null || typeof value !== 'object') return false
  const finding = value as Record<string, unknown>
  const { offset, endOffset } = finding
  return isString(finding['ruleId']) && ruleIds.has(finding['ruleId']) &&
    (finding['severity'] === 'error' || finding['severity'] === 'warn') &&
    isString(finding['message']) && finding['message'] !== '' &&
    isInteger(finding['line'], 1) && isInteger(finding['column'], 1) && isInteger(finding['endLine'], 1) && isInteger(finding['endColumn'], 1) &&
    isInteger(offset) && isInteger(endOffset) && offset <= endOffset && endOffset <= text.length &&
    finding['actual'] === text.slice(offset, endOffset) &&
    Array.isArray(finding['suggestions']) && finding['suggestions'].every(isString) &&
    Array.isArray(finding['edits']) && finding['edits'].every((edit) => isEdit(edit, text.length)) &&
    (finding['fix'] === undefined || isEdit(finding['fix'], text.length)) &&
    isString(finding['checklist']) && itemIds.has(finding['checklist'])
}

/** A stored result that has the shape of a result of this text, and agrees with itself. */
function isStoredResult(value: unknown, text: string, items: readonly ChecklistItem[], ruleIds: ReadonlySet<string>): value is StoredResult {
  if (value === null || typeof value !== 'object') return false
  const { channel, findings, checklist, summary, voice, readability } = value as Record<string, unknown>
  // The profiles as the checker made them (the cache is signed; a shape check keeps a stray one out).
  if (voice !== undefined && (voice === null || typeof voice !== 'object' || !Array.isArray((voice as { markers?: unknown }).markers) || !Array.isArray((voice as { below?: unknown }).below))) return false
  if (readability !== undefined && (readability === null || typeof readability !== 'object' || typeof (readability as { fleschDouma?: unknown }).fleschDouma !== 'number')) return false
  const itemIds = new Set(items.map((item) => item.id))
  if (!isString(channel) || !(channelNames as readonly string[]).includes(channel)) return false
  if (!Array.isArray(findings) || !findings.every((finding) => isFinding(finding, text, ruleIds, itemIds))) return false
  if (!Array.isArray(checklist) || checklist.length !== items.length || !checklist.every((status) => statuses.includes(status))) return false
  const failed = new Set(findings.map((finding) => finding.checklist))
  if (!items.every((item, index) => (checklist[index] === 'fail') === failed.has(item.id))) return false
  if (summary === null || typeof summary !== 'object') return false
  const errors = findings.filter((finding) => finding.severity === 'error').length
  const counts = summary as Record<string, unknown>
  return counts['errors'] === errors && counts['warnings'] === findings.length - errors
}

export class ResultCache {
  private readonly previous: Map<string, unknown>
  private readonly next = new Map<string, StoredResult>()
  hits = 0

  private constructor(
    readonly path: string,
    private readonly fingerprint: string,
    private readonly items: readonly ChecklistItem[],
    private readonly ruleIds: ReadonlySet<string>,
    private readonly secret: Buffer,
    previous: Record<string, unknown>,
  ) {
    this.previous = new Map(Object.entries(previous))
  }

  /**
   * Opens the cache at `path` for runs with this fingerprint (tov's version, its data, the resolved config,
   * the thread), signed with `key`. A missing, unreadable, foreign or unsigned cache starts empty; it never
   * fails a run. `ruleIds` are the rules a cached finding may come from.
   */
  static async open(
    path: string,
    fingerprintParts: readonly string[],
    items: readonly ChecklistItem[],
    options: { key: Buffer; ruleIds: Iterable<string> },
  ): Promise<ResultCache> {
    const fingerprint = sha(fingerprintParts.join('\u0000'))
    let entries: Record<string, unknown> = {}
    try {
      const file = JSON.parse(await readFile(path, 'utf8')) as Partial<CacheFile>
      if (
        file.tool === 'tov' && file.fingerprint === fingerprint && isString(file.mac) &&
        file.entries !== null && typeof file.entries === 'object' && !Array.isArray(file.entries) &&
        sameMac(file.mac, macOf(options.key, fingerprint, JSON.stringify(file.entries)))
      ) {
        entries = file.entries
      }
    } catch {
      // No cache yet, or not one of ours: start afresh.
    }
    return new ResultCache(path, fingerprint, items, new Set(options.ruleIds), options.key, entries)
  }

  /** The key of an entry: its text and how it is checked. */
  key(text: string, channel: string, template: boolean): string {
    return sha(`${channel}\u0000${template ? 1 : 0}\u0000${text}`)
  }

  /** The cached result of `text` under `key`, when there is a sound one. */
  get(key: string, text: string): CachedResult | undefined {
    const found = this.next.get(key) ?? this.previous.get(key)
    if (!isStoredResult(found, text, this.items, this.ruleIds)) return undefined
    this.hits++
    this.next.set(key, found)
    const checklist = this.items.map((item, index) => ({ id: item.id, question: item.question, status: found.checklist[index]! }))
    return {
      channel: found.channel,
      findings: found.findings,
      // The remark under persoonlijk follows from the voice, as when it was checked.
      checklist: found.voice ? withVoiceDetail(checklist, found.voice) : checklist,
      summary: found.summary,
      ...(found.voice ? { voice: found.voice } : {}),
      ...(found.readability ? { readability: found.readability } : {}),
    }
  }

  set(key: string, result: CheckResult): void {
    const { file: _file, entry: _entry, checklist, ...rest } = result
    // Without its remarks: they follow from the voice (get).
    this.next.set(key, { ...rest, checklist: checklist.map((item) => item.status) })
  }

  /** Writes the entries of this run atomically: an interrupted write leaves the old cache. */
  save(): void {
    // A cache location in a folder that does not exist yet (--cache-location .cache/tov/results.json) is made.
    try {
      mkdirSync(dirname(this.path), { recursive: true })
    } catch (error) {
      throw new TovError('WRITE_FAILED', `De map van de cache (${dirname(this.path)}) kan niet worden gemaakt: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Kies een andere --cache-location.`)
    }
    const entries = Object.fromEntries(this.next)
    const content: CacheFile = { tool: 'tov', fingerprint: this.fingerprint, mac: macOf(this.secret, this.fingerprint, JSON.stringify(entries)), entries }
    writeAtomically(this.path, JSON.stringify(content))
  }
}
