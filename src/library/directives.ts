// Saying "this one is fine" inside a canned response: HTML comments that silence one rule for a stretch of
// the reply, as ESLint's eslint-disable comments do for code.
//   <!-- tov-disable rule[, rule] -- reason -->            from here to a tov-enable (or the end)
//   <!-- tov-disable-next-line rule[, rule] -- reason -->  the next line only
//   <!-- tov-enable [rule] -->                             ends what tov-disable started
// The comments are taken out of the text before it is checked (so no rule and no length count sees them),
// and the findings keep their places in the file. Only for canned responses: a draft about to be sent has
// nothing to silence.
import { didYouMean } from '../did-you-mean.js'
import { TovError } from '../tov-error.js'
import type { Finding } from '../types.js'
import type { OffsetMap } from './offset-map.js'

export interface Directive {
  kind: 'disable' | 'disable-next-line' | 'enable'
  /** The rules it names; empty for an enable of everything. */
  rules: string[]
  reason: string | undefined
  /** Where it acts, in the stripped text: [start, end). */
  start: number
  end: number
  /** Where the comment itself was, in the entry's text, for messages. */
  at: number
  /** Set when it silenced a finding. */
  used: boolean
}

export interface StrippedText {
  text: string
  map: OffsetMap
  directives: Directive[]
}

/**
 * A directive is one short comment: at most 500 characters to its "-->", so that text full of unclosed
 * "<!-- tov-disable" costs linear time, not a scan to the end of the text for each of them.
 */
const directivePattern = /<!--\s*tov-(disable-next-line|disable|enable)\b([^]{0,500}?)-->/g

/** The most directives one reply may hold. */
const maxDirectives = 200

/** A map from the stripped text through the entry's text to the file. */
class StrippedMap implements OffsetMap {
  /** [offset in the stripped text, offset in the entry's text] where each kept stretch starts. */
  constructor(
    private readonly starts: Array<[number, number]>,
    private readonly inner: OffsetMap,
  ) {}

  toSource(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle]![0] <= offset) low = middle
      else high = middle - 1
    }
    const [stripped, original] = this.starts[low] ?? [0, 0]
    return this.inner.toSource(original + offset - stripped)
  }
}

/** Rule ids (or "custom/..." ids) a directive names, checked against the rules there are. */
function parseRules(list: string, known: ReadonlySet<string>, where: string): string[] {
  const rules = list.split(/[\s,]+/).filter(Boolean)
  for (const rule of rules) {
    if (!known.has(rule)) throw new TovError('UNKNOWN_RULE', `${where}: onbekende regel "${rule}" in een tov-directive${didYouMean(rule, [...known])}.`)
  }
  return rules
}

/**
 * The entry's text without its directives, with a map to the file, and the directives with the stretches
 * they act on. `where` names the entry in errors; `knownRules` are the ids a directive may name.
 */
export function stripDirectives(text: string, map: OffsetMap, knownRules: ReadonlySet<string>, where: string, requireReason: boolean): StrippedText {
  if (!text.includes('tov-')) return { text, map, directives: [] }
  const pieces: string[] = []
  const starts: Array<[number, number]> = [[0, 0]]
  const directives: Directive[] = []
  let kept = 0
  let from = 0
  for (const match of text.matchAll(directivePattern)) {
    // No canned response needs more; more would make matching findings to directives quadratic.
    if (directives.length === maxDirectives) {
      throw new TovError('INPUT_TOO_COMPLEX', `${where}: meer dan ${maxDirectives} tov-directives in één reactie; zet een regel liever uit met "tov" in het antwoord of met overrides.`)
    }
    const start = match.index
    let end = start + match[0].length
    // A comment alone on its line takes its line break with it, so that the next line moves up.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1
    if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t]*\r?\n/.test(text.slice(end))) end += /^[ \t]*\r?\n/.exec(text.slice(end))![0].length
    pieces.push(text.slice(from, start))
    kept += start - from
    starts.push([kept, end])
    from = end
    const [list = '', reason] = (match[2] ?? '').split(/\s--\s?/, 2)
    const kind = match[1] as Directive['kind']
    const rules = parseRules(list, knownRules, where)
    if (kind !== 'enable' && rules.length === 0) throw new TovError('USAGE', `${where}: tov-${kind} noemt geen regel; schrijf bijvoorbeeld <!-- tov-${kind} sign-off -- waarom -->.`)
    const trimmedReason = reason?.trim() || undefined
    if (requireReason && kind !== 'enable' && !trimmedReason) {
      throw new TovError('USAGE', `${where}: tov-${kind} ${rules.join(', ')} zonder reden; schrijf de reden na " -- ", zoals <!-- tov-${kind} ${rules[0]} -- vaste tekst van juridische zaken -->.`)
    }
    directives.push({ kind, rules, reason: trimmedReason, start: kept, end: kept, at: start, used: false })
  }
  pieces.push(text.slice(from))
  const stripped = pieces.join('')
  // Where each directive acts: a disable until the next enable of its rules; the next line for next-line.
  for (const [index, directive] of directives.entries()) {
    if (directive.kind === 'disable-next-line') {
      const lineEnd = stripped.indexOf('\n', directive.start)
      directive.end = lineEnd === -1 ? stripped.length : lineEnd
    } else if (directive.kind === 'disable') {
      const enable = directives.slice(index + 1).find((later) => later.kind === 'enable' && (later.rules.length === 0 || later.rules.some((rule) => directive.rules.includes(rule))))
      directive.end = enable ? enable.start : stripped.length
    }
  }
  return { text: stripped, map: new StrippedMap(starts, map), directives }
}

/** An entry's own directive (its `tov` field) as one that acts on its whole text. */
export function wholeEntryDirective(entry: { rules: string[]; reason: string | undefined }, length: number, knownRules: ReadonlySet<string>, where: string, requireReason: boolean): Directive {
  const rules = parseRules(entry.rules.join(' '), knownRules, where)
  if (requireReason && !entry.reason) {
    throw new TovError('USAGE', `${where}: "tov.disable" ${rules.join(', ')} zonder reden; geef "tov.reason", zoals tov: { disable: [${rules[0]}], reason: "vaste tekst van juridische zaken" }.`)
  }
  return { kind: 'disable', rules, reason: entry.reason, start: 0, end: length, at: 0, used: false }
}

/** The directive that silences a finding, if any; it is then marked used. */
export function silencedBy(finding: Finding, directives: readonly Directive[]): Directive | undefined {
  const directive = directives.find(
    (candidate) => candidate.kind !== 'enable' && candidate.rules.includes(finding.ruleId) && finding.offset >= candidate.start && finding.offset <= candidate.end,
  )
  if (directive) directive.used = true
  return directive
}
