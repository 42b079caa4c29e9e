// --cache: results of entries whose text, channel and config did not change since the last run are reused,
// so a CI run over a library of thousands re-checks only what a pull request touched. The cache is one JSON
// file (default .tovcache), written atomically, safe to delete, and thrown away whole when tov's version,
// its data or the config differ: it is never trusted across versions.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { writeAtomically } from '../write-atomically.js'
import type { ChecklistItem, ChecklistStatus, CheckResult } from '../types.js'

type CachedResult = Omit<CheckResult, 'file' | 'entry'>

/** What is stored: the checklist as statuses only (the questions come from the config). */
type StoredResult = Omit<CachedResult, 'checklist'> & { checklist: ChecklistStatus[] }

interface CacheFile {
  tool: 'tov'
  fingerprint: string
  entries: Record<string, StoredResult>
}


const sha = (text: string): string => createHash('sha256').update(text).digest('base64url')

export class ResultCache {
  private readonly previous: Map<string, StoredResult>
  private readonly next = new Map<string, StoredResult>()
  hits = 0

  private constructor(
    readonly path: string,
    private readonly fingerprint: string,
    private readonly items: readonly ChecklistItem[],
    previous: Record<string, StoredResult>,
  ) {
    this.previous = new Map(Object.entries(previous))
  }

  /**
   * Opens the cache at `path` for runs with this fingerprint (tov's version, its data, the resolved config,
   * the thread). A missing, unreadable or foreign cache starts empty; it never fails a run.
   */
  static async open(path: string, fingerprintParts: readonly string[], items: readonly ChecklistItem[]): Promise<ResultCache> {
    const fingerprint = sha(fingerprintParts.join('\u0000'))
    let entries: Record<string, StoredResult> = {}
    try {
      const file = JSON.parse(await readFile(path, 'utf8')) as Partial<CacheFile>
      if (file.tool === 'tov' && file.fingerprint === fingerprint && file.entries && typeof file.entries === 'object') entries = file.entries
    } catch {
      // No cache yet, or not one of ours: start afresh.
    }
    return new ResultCache(path, fingerprint, items, entries)
  }

  /** The key of an entry: its text and how it is checked. */
  key(text: string, channel: string, template: boolean): string {
    return sha(`${channel}\u0000${template ? 1 : 0}\u0000${text}`)
  }

  get(key: string): CachedResult | undefined {
    const found = this.next.get(key) ?? this.previous.get(key)
    if (!found || found.checklist.length !== this.items.length) return undefined
    this.hits++
    this.next.set(key, found)
    return {
      channel: found.channel,
      findings: found.findings,
      checklist: this.items.map((item, index) => ({ id: item.id, question: item.question, status: found.checklist[index]! })),
      summary: found.summary,
    }
  }

  set(key: string, result: CheckResult): void {
    const { file: _file, entry: _entry, checklist, ...rest } = result
    this.next.set(key, { ...rest, checklist: checklist.map((item) => item.status) })
  }

  /** Writes the entries of this run atomically: an interrupted write leaves the old cache. */
  save(): void {
    const content: CacheFile = { tool: 'tov', fingerprint: this.fingerprint, entries: Object.fromEntries(this.next) }
    writeAtomically(this.path, JSON.stringify(content))
  }
}
