// Step 5 of the tone-of-voice method (seed 004): check a sample of sent replies, "niet om ze terecht te
// kunnen wijzen, maar om in te schatten welke afdeling of medewerker wat extra coaching of training kan
// gebruiken". Every reply of an export is checked with the brand's config, one at a time, and counted as it
// goes: memory holds the tallies and, per agent, the three best and three weakest replies, never all
// results. The outcome is ReportData, plain data for the HTML, Markdown and JSON views.
import { getChannel } from '../channels/channels.js'
import { configForOverrides, matchingOverrides } from '../config/resolve-config.js'
import { createChecker, type Checker } from '../engine/checker.js'
import { isTovError, TovError } from '../tov-error.js'
import type { ChannelName, CheckResult, HumanVoice, ResolvedConfig, Severity, VoiceGroup, VoiceScores } from '../types.js'
import { voiceTarget } from '../voice/human-voice.js'
import { rulesFor } from '../../rules/index.js'
import { isoWeek, weeksBetween, type Day } from './export-date.js'
import { agentRedactions, customerRedactions, maskMessage, maskText, type AgentNames } from './mask-text.js'
import { skipReasonLabels, type ExportFile, type SkipReason } from './read-export.js'
import type { AgentSummary, ChannelSummary, CoachingExample, GroupSummary, HistogramBin, PassRate, ReportData, RuleSummary } from './report-data.js'

export interface BuildReportOptions {
  /** The brand's config (loadConfig). */
  config: ResolvedConfig
  /** Only replies from this day on ("YYYY-MM-DD"). */
  since?: Day
  /** Agents as "Medewerker A", "Medewerker B", … in order of first appearance, in the data and in the texts. */
  anonymise?: boolean
  /** Called now and then with the rows read and the export's total. */
  onProgress?: (done: number, total: number) => void
}

/** How much each kind of deviation weighs when the coaching examples are chosen (ReportData.scoring). */
export const scoring = { errors: 3, warnings: 1, voiceGap: 2 } as const

/** What a Flesch-Douma score and a sentence length should be for a reading level. B1: "redelijk makkelijk" (60 and up), at most 15 words a sentence on average. */
const readingLevels = { B1: { fleschDouma: 60, averageSentenceLength: 15 } } as const

const voiceGroups: readonly VoiceGroup[] = ['personalisation', 'informal', 'invitational']
const unknownAgent = 'Onbekende medewerker'
/** Rows listed per skip reason. */
const listedRows = 10
/** Distinct unknown channel values listed. */
const listedChannels = 20

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits
const rateOf = (part: number, whole: number) => (whole > 0 ? round(part / whole) : 0)

/** Pass and fail counts of the checklist items, by item. */
class ItemCounts {
  readonly counts = new Map<string, { pass: number; fail: number }>()

  add(id: string, passed: boolean): void {
    let count = this.counts.get(id)
    if (!count) {
      count = { pass: 0, fail: 0 }
      this.counts.set(id, count)
    }
    if (passed) count.pass++
    else count.fail++
  }

  rate(id: string): PassRate {
    const { pass, fail } = this.counts.get(id) ?? { pass: 0, fail: 0 }
    return { pass, fail, rate: pass + fail > 0 ? round(pass / (pass + fail)) : null }
  }
}

/** A histogram filled one value at a time: fixed bins, the first open below and the last open above when asked. */
class Histogram {
  readonly counts: number[]

  constructor(
    private readonly start: number,
    private readonly width: number,
    bins: number,
    private readonly openBelow: boolean,
    private readonly openAbove: boolean,
  ) {
    this.counts = new Array<number>(bins).fill(0)
  }

  add(value: number): void {
    const index = Math.min(this.counts.length - 1, Math.max(0, Math.floor((value - this.start) / this.width + 1e-9)))
    this.counts[index]!++
  }

  bins(): HistogramBin[] {
    const last = this.counts.length - 1
    return this.counts.map((count, index) => ({
      from: index === 0 && this.openBelow ? null : round(this.start + index * this.width),
      to: index === last && this.openAbove ? null : round(this.start + (index + 1) * this.width),
      count,
    }))
  }
}

/** Sums for a group's means. */
class GroupTally {
  replies = 0
  errors = 0
  warnings = 0
  clean = 0
  readonly items = new ItemCounts()
  voiceSum = 0
  voiceCount = 0
  fleschSum = 0
  sentenceSum = 0
  readableCount = 0

  summary(itemIds: readonly string[]): GroupSummary {
    return {
      replies: this.replies,
      errors: this.errors,
      warnings: this.warnings,
      clean: this.clean,
      checklist: itemIds.map((id) => ({ id, ...this.items.rate(id) })),
      voice: this.voiceCount > 0 ? round(this.voiceSum / this.voiceCount) : null,
      fleschDouma: this.readableCount > 0 ? round(this.fleschSum / this.readableCount, 1) : null,
      averageSentenceLength: this.readableCount > 0 ? round(this.sentenceSum / this.readableCount, 1) : null,
    }
  }
}

/** A reply kept as a coaching example: what is needed to show it, unmasked until the end. */
interface Candidate {
  row: number
  thread: string | undefined
  day: Day
  channel: ChannelName
  text: string
  errors: number
  warnings: number
  voice: number | null
  fleschDouma: number | null
  deviation: number
  findings: Array<{ ruleId: string; severity: Severity; message: string; start: number; end: number }>
  /** The customer's names the human-voice profile found, masked with the rest. */
  names: Array<{ start: number; end: number }>
}

class AgentTally extends GroupTally {
  readonly best: Candidate[] = []
  readonly weakest: Candidate[] = []

  constructor(
    readonly name: string,
    readonly order: number,
  ) {
    super()
  }
}

/** Closer to the brand's voice first: lower deviation, then a warmer voice, then the earlier row. */
const better = (a: Candidate, b: Candidate) => a.deviation - b.deviation || (b.voice ?? 0) - (a.voice ?? 0) || a.row - b.row
/** Further from it first: higher deviation, then more errors, then the earlier row. */
const weaker = (a: Candidate, b: Candidate) => b.deviation - a.deviation || b.errors - a.errors || a.row - b.row

/** Keeps the `size` first of a list sorted by `order`, inserting one candidate. */
function keepBest(list: Candidate[], candidate: Candidate, order: (a: Candidate, b: Candidate) => number, size = 3): void {
  if (list.length === size && order(candidate, list[size - 1]!) >= 0) return
  let index = list.length
  while (index > 0 && order(candidate, list[index - 1]!) < 0) index--
  list.splice(index, 0, candidate)
  if (list.length > size) list.pop()
}

/** "A", "B", … "Z", "AA", "AB", …: the pseudonym's letters for the agent at `index`. */
function pseudonymCode(index: number): string {
  let code = ''
  for (let rest = index; rest >= 0; rest = Math.floor(rest / 26) - 1) code = String.fromCharCode(65 + (rest % 26)) + code
  return code
}

/** The initials an agent may sign with: the config's for their name, and those of their first and last word. */
function initialsOf(name: string, agents: Readonly<Record<string, string>>): string[] {
  const lower = name.toLowerCase()
  const first = lower.split(/\s+/)[0] ?? ''
  const initials = Object.entries(agents)
    .filter(([, agentName]) => agentName.toLowerCase() === lower || (first.length >= 2 && agentName.toLowerCase().split(/\s+/)[0] === first))
    .map(([own]) => own)
  const words = name.split(/\s+/).filter((word) => /^\p{L}/u.test(word))
  if (words.length > 1) initials.push(`${words[0]![0]}${words[words.length - 1]![0]}`.toUpperCase())
  return [...new Set(initials)]
}

/** The deviation of a result from the brand's voice: weighted errors, warnings and voice below its target. */
function deviationOf(summary: CheckResult['summary'], voice: HumanVoice | undefined): number {
  let gap = 0
  if (voice) for (const group of voiceGroups) gap += Math.max(0, voice.target[group] - voice.scores[group])
  return round(scoring.errors * summary.errors + scoring.warnings * summary.warnings + scoring.voiceGap * gap, 2)
}

/** An agent's names and the pseudonym they take with --anonymise. */
interface AgentMask {
  names: AgentNames
  pseudonym: { name: string; code: string }
}

/** A text with every agent's names and initials replaced by their pseudonyms. */
function agentMasked(text: string, masks: readonly AgentMask[]): string {
  return masks.length === 0 ? text : maskText(text, masks.flatMap((mask) => agentRedactions(text, mask.names, mask.pseudonym))).text
}

/**
 * A kept candidate as the report shows it: customer data masked always; with --anonymise (`masks`), every
 * agent's name and initials, the author's and a colleague's alike, in the text and in the messages.
 */
function exampleOf(candidate: Candidate, masks: readonly AgentMask[]): CoachingExample {
  const redactions = customerRedactions(candidate.text, candidate.names)
  for (const mask of masks) redactions.push(...agentRedactions(candidate.text, mask.names, mask.pseudonym))
  const masked = maskText(candidate.text, redactions)
  return {
    row: candidate.row,
    ...(candidate.thread !== undefined ? { thread: candidate.thread } : {}),
    day: candidate.day,
    channel: candidate.channel,
    text: masked.text,
    errors: candidate.errors,
    warnings: candidate.warnings,
    voice: candidate.voice,
    fleschDouma: candidate.fleschDouma,
    deviation: candidate.deviation,
    findings: candidate.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: agentMasked(maskMessage(finding.message, masked.replaced), masks),
      start: masked.offset(finding.start, 'start'),
      end: Math.max(masked.offset(finding.start, 'start'), masked.offset(finding.end, 'end')),
    })),
  }
}

/** Checks every reply of the export and tallies them into ReportData. */
export async function buildReport(source: ExportFile, options: BuildReportOptions): Promise<ReportData> {
  const { config } = options
  const items = config.checklist.filter((item) => !item.manual)
  const itemIds = items.map((item) => item.id)
  const automatic = new Set(itemIds)
  const target = voiceTarget(config.values, config.addressForm)
  const level = config.readability?.target
  const readingTarget = level ? { level, ...readingLevels[level] } : null
  const ruleMeta = new Map(rulesFor(config).map((rule) => [rule.id, rule]))

  // A checker per channel, with the config's overrides for the export and that channel.
  const checkers = new Map<ChannelName, Promise<Checker>>()
  const checkerFor = (channel: ChannelName): Promise<Checker> => {
    let checker = checkers.get(channel)
    if (!checker) {
      checker = createChecker(configForOverrides(config, matchingOverrides(config, { file: source.file, channel })))
      checkers.set(channel, checker)
    }
    return checker
  }

  const total = new GroupTally()
  const weeks = new Map<string, { replies: number; items: ItemCounts; rules: Map<string, number> }>()
  const weekOfDay = new Map<Day, string>()
  const agents = new Map<string, AgentTally>()
  const channels = new Map<ChannelName, GroupTally>()
  const rules = new Map<string, { findings: number; replies: number; severity: Severity }>()
  const skipped = new Map<SkipReason, { count: number; rows: number[] }>()
  const unknownChannels = new Map<string, number>()
  const voiceHistograms = Object.fromEntries((['overall', ...voiceGroups] as const).map((group) => [group, new Histogram(0, 0.1, 10, false, false)])) as Record<'overall' | VoiceGroup, Histogram>
  const voiceSums: VoiceScores = { personalisation: 0, informal: 0, invitational: 0, overall: 0 }
  let voiceBelow = 0
  const flesch = new Histogram(0, 10, 10, true, true)
  const sentences = new Histogram(0, 5, 8, false, true)
  let fleschBelow = 0
  let sentencesAbove = 0
  let rows = 0
  let beforeSince = 0
  let withErrors = 0
  let warningsOnly = 0
  let from: Day | undefined
  let to: Day | undefined

  for (const row of source.rows()) {
    rows++
    if (rows % 100 === 0) options.onProgress?.(rows, source.total)
    if (row.kind === 'skipped') {
      let reason = skipped.get(row.reason)
      if (!reason) {
        reason = { count: 0, rows: [] }
        skipped.set(row.reason, reason)
      }
      reason.count++
      if (reason.rows.length < listedRows) reason.rows.push(row.row)
      continue
    }
    if (options.since !== undefined && row.day < options.since) {
      beforeSince++
      continue
    }
    if (row.unknownChannel !== undefined) {
      const known = unknownChannels.get(row.unknownChannel)
      if (known !== undefined || unknownChannels.size < listedChannels) unknownChannels.set(row.unknownChannel, (known ?? 0) + 1)
    }

    let result: CheckResult
    try {
      result = await (await checkerFor(row.channel)).check(row.text, { channel: row.channel, file: `${source.file}:${row.row}` })
    } catch (error) {
      // A bug shows up on one reply: say which, as a library check does.
      if (isTovError(error) || !(error instanceof Error)) throw error
      error.message = `${source.file}:${row.row}: ${error.message}`
      throw error
    }

    if (from === undefined || row.day < from) from = row.day
    if (to === undefined || row.day > to) to = row.day
    let weekId = weekOfDay.get(row.day)
    if (weekId === undefined) {
      weekId = isoWeek(row.day).id
      weekOfDay.set(row.day, weekId)
    }
    let week = weeks.get(weekId)
    if (!week) {
      week = { replies: 0, items: new ItemCounts(), rules: new Map() }
      weeks.set(weekId, week)
    }
    const agentKey = row.agent.toLowerCase()
    let agent = agents.get(agentKey)
    if (!agent) {
      agent = new AgentTally(row.agent, agents.size)
      agents.set(agentKey, agent)
    }
    let channel = channels.get(result.channel)
    if (!channel) {
      channel = new GroupTally()
      channels.set(result.channel, channel)
    }
    const groups = [total, agent, channel]

    const { errors, warnings } = result.summary
    week.replies++
    for (const group of groups) {
      group.replies++
      group.errors += errors
      group.warnings += warnings
      if (errors + warnings === 0) group.clean++
    }
    if (errors > 0) withErrors++
    else if (warnings > 0) warningsOnly++
    for (const verdict of result.checklist) {
      if (!automatic.has(verdict.id) || verdict.status === 'manual') continue
      const passed = verdict.status === 'pass'
      week.items.add(verdict.id, passed)
      for (const group of groups) group.items.add(verdict.id, passed)
    }
    const fired = new Map<string, Severity>()
    for (const finding of result.findings) {
      let rule = rules.get(finding.ruleId)
      if (!rule) {
        rule = { findings: 0, replies: 0, severity: finding.severity }
        rules.set(finding.ruleId, rule)
      }
      rule.findings++
      if (finding.severity === 'error') rule.severity = 'error'
      fired.set(finding.ruleId, finding.severity)
    }
    for (const ruleId of fired.keys()) {
      rules.get(ruleId)!.replies++
      week.rules.set(ruleId, (week.rules.get(ruleId) ?? 0) + 1)
    }

    // A profile with a score that is no number (a bug upstream) is left out rather than poisoning the means.
    const voice = result.voice && [...voiceGroups, 'overall' as const].every((group) => Number.isFinite(result.voice!.scores[group])) ? result.voice : undefined
    if (voice) {
      for (const group of voiceGroups) {
        voiceSums[group] += voice.scores[group]
        voiceHistograms[group].add(voice.scores[group])
      }
      voiceSums.overall += voice.scores.overall
      voiceHistograms.overall.add(voice.scores.overall)
      if (voice.below.length > 0) voiceBelow++
      for (const group of groups) {
        group.voiceSum += voice.scores.overall
        group.voiceCount++
      }
    }
    const readability = result.readability
    const readable = readability !== undefined && readability.words > 0 && Number.isFinite(readability.fleschDouma) && Number.isFinite(readability.averageSentenceLength)
    if (readable) {
      flesch.add(readability.fleschDouma)
      sentences.add(readability.averageSentenceLength)
      if (readingTarget && readability.fleschDouma < readingTarget.fleschDouma) fleschBelow++
      if (readingTarget && readability.averageSentenceLength > readingTarget.averageSentenceLength) sentencesAbove++
      for (const group of groups) {
        group.fleschSum += readability.fleschDouma
        group.sentenceSum += readability.averageSentenceLength
        group.readableCount++
      }
    }

    // A coaching example only when it would make one of the agent's lists: most replies never get here.
    const deviation = deviationOf(result.summary, voice)
    const probe = { deviation, voice: voice ? round(voice.scores.overall) : null, errors, row: row.row } as Candidate
    const fitsBest = agent.best.length < 3 || better(probe, agent.best[2]!) < 0
    const fitsWeakest = deviation > 0 && (agent.weakest.length < 3 || weaker(probe, agent.weakest[2]!) < 0)
    if (fitsBest || fitsWeakest) {
      const candidate: Candidate = {
        row: row.row,
        thread: row.thread,
        day: row.day,
        channel: result.channel,
        text: row.text,
        errors,
        warnings,
        voice: voice ? round(voice.scores.overall) : null,
        fleschDouma: readable ? round(readability.fleschDouma, 1) : null,
        deviation,
        findings: result.findings.map((finding) => ({ ruleId: finding.ruleId, severity: finding.severity, message: finding.message, start: finding.offset, end: finding.endOffset })),
        names: (voice?.markers ?? []).filter((marker) => marker.kind === 'customer-name').map((marker) => ({ start: marker.offset, end: marker.endOffset })),
      }
      if (fitsBest) keepBest(agent.best, candidate, better)
      if (fitsWeakest) keepBest(agent.weakest, candidate, weaker)
    }
  }
  options.onProgress?.(rows, source.total)

  const weekList = from !== undefined && to !== undefined ? weeksBetween(from, to) : []
  const replies = total.replies

  // Agents: pseudonyms in order of first appearance; by name otherwise, the agent without a name last.
  const agentList = [...agents.values()].sort((a, b) =>
    options.anonymise ? a.order - b.order : (a.name === '' ? 1 : 0) - (b.name === '' ? 1 : 0) || a.name.localeCompare(b.name, 'nl'),
  )
  const pseudonyms = new Map<AgentTally, AgentMask>()
  if (options.anonymise) {
    for (const agent of agentList) {
      if (agent.name === '') continue
      const code = pseudonymCode(pseudonyms.size)
      pseudonyms.set(agent, { names: { name: agent.name, initials: initialsOf(agent.name, config.agents) }, pseudonym: { code, name: `Medewerker ${code}` } })
    }
  }
  const masks = [...pseudonyms.values()]
  const agentSummaries: AgentSummary[] = agentList.map((agent) => {
    const pseudonym = pseudonyms.get(agent)?.pseudonym
    const show = (candidate: Candidate) => exampleOf(candidate, masks)
    // An agent with few replies has some in both lists: one with something to coach goes to the weakest,
    // as long as the best keep one.
    const weakRows = new Set(agent.weakest.map((candidate) => candidate.row))
    let best = agent.best.filter((candidate) => !(weakRows.has(candidate.row) && candidate.deviation > 0))
    if (best.length === 0) best = agent.best.slice(0, 1)
    const bestRows = new Set(best.map((candidate) => candidate.row))
    return {
      name: agent.name === '' ? unknownAgent : (pseudonym?.name ?? agent.name),
      ...agent.summary(itemIds),
      examples: { best: best.map(show), weakest: agent.weakest.filter((candidate) => !bestRows.has(candidate.row)).map(show) },
    }
  })

  const channelSummaries: ChannelSummary[] = [...channels.entries()]
    .sort(([a, left], [b, right]) => right.replies - left.replies || a.localeCompare(b))
    .map(([channel, tally]) => ({ channel, label: getChannel(channel).label, ...tally.summary(itemIds) }))

  const ruleSummaries: RuleSummary[] = [...rules.entries()]
    .sort(([a, left], [b, right]) => right.replies - left.replies || right.findings - left.findings || a.localeCompare(b))
    .slice(0, 10)
    .map(([ruleId, rule]) => {
      const meta = ruleMeta.get(ruleId)
      return {
        ruleId,
        description: meta?.description ?? ruleId,
        checklist: meta?.checklist ?? '',
        severity: rule.severity,
        findings: rule.findings,
        replies: rule.replies,
        share: rateOf(rule.replies, replies),
        weeks: weekList.map((week) => {
          const tally = weeks.get(week.id)
          const count = tally?.rules.get(ruleId) ?? 0
          return { week: week.id, replies: count, share: rateOf(count, tally?.replies ?? 0) }
        }),
      }
    })

  const voiceCount = total.voiceCount
  const readableCount = total.readableCount
  return {
    version: 1,
    source: {
      file: source.file,
      format: source.format,
      rowUnit: source.rowUnit,
      columns: source.columns,
      unknownChannels: [...unknownChannels.entries()].sort(([a, left], [b, right]) => right - left || a.localeCompare(b)).map(([value, count]) => ({ value, rows: count })),
    },
    period: {
      from: from ?? null,
      to: to ?? null,
      since: options.since ?? null,
      weeks: weekList.map((week) => ({ id: week.id, label: `week ${week.week}`, start: week.monday, replies: weeks.get(week.id)?.replies ?? 0 })),
    },
    brand: { config: config.file ?? null, channel: config.channel, values: [...config.values], addressForm: config.addressForm },
    anonymised: options.anonymise === true,
    counts: {
      rows,
      replies,
      skipped: [...skipped.values()].reduce((sum, reason) => sum + reason.count, 0),
      beforeSince,
      agents: agents.size,
      errors: total.errors,
      warnings: total.warnings,
      repliesWithErrors: withErrors,
      repliesWithWarningsOnly: warningsOnly,
      clean: total.clean,
    },
    scoring: { ...scoring },
    checklist: items.map((item) => ({
      id: item.id,
      question: item.question,
      total: total.items.rate(item.id),
      weeks: weekList.map((week) => weeks.get(week.id)?.items.rate(item.id) ?? { pass: 0, fail: 0, rate: null }),
    })),
    agents: agentSummaries,
    channels: channelSummaries,
    rules: ruleSummaries,
    voice: {
      replies: voiceCount,
      target: { personalisation: round(target.personalisation), informal: round(target.informal), invitational: round(target.invitational), overall: round(target.overall) },
      mean:
        voiceCount > 0
          ? { personalisation: round(voiceSums.personalisation / voiceCount), informal: round(voiceSums.informal / voiceCount), invitational: round(voiceSums.invitational / voiceCount), overall: round(voiceSums.overall / voiceCount) }
          : null,
      belowTarget: { replies: voiceBelow, share: rateOf(voiceBelow, voiceCount) },
      histograms: {
        overall: voiceHistograms.overall.bins(),
        personalisation: voiceHistograms.personalisation.bins(),
        informal: voiceHistograms.informal.bins(),
        invitational: voiceHistograms.invitational.bins(),
      },
    },
    readability: {
      replies: readableCount,
      target: readingTarget,
      fleschDouma: {
        mean: readableCount > 0 ? round(total.fleschSum / readableCount, 1) : null,
        histogram: flesch.bins(),
        belowTarget: readingTarget ? { replies: fleschBelow, share: rateOf(fleschBelow, readableCount) } : null,
      },
      averageSentenceLength: {
        mean: readableCount > 0 ? round(total.sentenceSum / readableCount, 1) : null,
        histogram: sentences.bins(),
        aboveTarget: readingTarget ? { replies: sentencesAbove, share: rateOf(sentencesAbove, readableCount) } : null,
      },
    },
    skipped: [...skipped.entries()]
      .sort(([, left], [, right]) => right.count - left.count)
      .map(([reason, tally]) => ({ reason, label: skipReasonLabels[reason], count: tally.count, rows: tally.rows })),
  }
}

/** Refuses a report of nothing: an export whose rows were all skipped, or all before --since. */
export function assertSomethingChecked(report: ReportData): void {
  if (report.counts.replies > 0) return
  const before = report.counts.beforeSince
  const why = [
    ...(before > 0 ? [`${before} ${before === 1 ? 'reactie' : 'reacties'} van voor ${report.period.since}`] : []),
    ...report.skipped.map((reason) => `${reason.label}: ${reason.count}`),
  ]
  throw new TovError('NO_REPLIES', `${report.source.file}: geen reactie om te bekijken (${why.join('; ') || 'geen rijen'}).`)
}
