// What `tov report` knows about a period of sent replies, as plain data: the JSON of `--format json`, and
// what the HTML and Markdown views are drawn from. Rates and shares are fractions from 0 to 1, rounded to
// four decimals; days are "YYYY-MM-DD", weeks ISO weeks ("2026-W45"). Customer data in texts is masked.
import type { AddressForm, ChannelName, ReadingLevel, Severity, VoiceGroup, VoiceScores } from '../types.js'
import type { ExportField, SkipReason } from './read-export.js'

/** Replies that pass and fail a checklist item, and the pass rate (null when no reply was judged on it). */
export interface PassRate {
  pass: number
  fail: number
  rate: number | null
}

/** A week of the period, with or without replies. */
export interface ReportWeek {
  /** "2026-W45". */
  id: string
  /** "week 45". */
  label: string
  /** Its Monday. */
  start: string
  replies: number
}

/** A checklist item over the period: in all, and per week (in the order of `period.weeks`). */
export interface ChecklistSummary {
  id: string
  question: string
  total: PassRate
  weeks: PassRate[]
}

/** A finding of a coaching example, placed in the (masked) text for highlighting. */
export interface ExampleFinding {
  ruleId: string
  severity: Severity
  message: string
  /** 0-based offsets in the example's text, [start, end); start = end for a place, 0 to the end for the reply as a whole. */
  start: number
  end: number
}

/** A reply shown as a coaching example: its text with personal data masked, and why it was chosen. */
export interface CoachingExample {
  /** Its row in the export (see `source.rowUnit`). */
  row: number
  thread?: string
  day: string
  channel: ChannelName
  text: string
  errors: number
  warnings: number
  /** The human voice's overall score and Flesch-Douma, when the result had them. */
  voice: number | null
  fleschDouma: number | null
  /** The score it was chosen by: lower is closer to the brand's voice (see `scoring`). */
  deviation: number
  findings: ExampleFinding[]
}

/** Figures of a group of replies: an agent's, a channel's. */
export interface GroupSummary {
  replies: number
  errors: number
  warnings: number
  /** Replies without any finding. */
  clean: number
  /** Per checklist item, in the order of `checklist`. */
  checklist: Array<PassRate & { id: string }>
  /** Mean overall human-voice score, and mean Flesch-Douma; null without a profile. */
  voice: number | null
  fleschDouma: number | null
  averageSentenceLength: number | null
}

export interface AgentSummary extends GroupSummary {
  /** The agent as the export names them, or their pseudonym with --anonymise; "Onbekende medewerker" for rows without one. */
  name: string
  /** The three replies closest to the brand's voice and the three furthest from it (those with something to coach). */
  examples: { best: CoachingExample[]; weakest: CoachingExample[] }
}

export interface ChannelSummary extends GroupSummary {
  channel: ChannelName
  /** Its Dutch name ("e-mail"). */
  label: string
}

/** A rule that fired, over the period and per week. */
export interface RuleSummary {
  ruleId: string
  description: string
  checklist: string
  severity: Severity
  /** Findings in all, and replies with at least one. */
  findings: number
  replies: number
  /** Replies with it, of all replies. */
  share: number
  /** Per week, in the order of `period.weeks`: replies with it, and their share of the week's replies. */
  weeks: Array<{ week: string; replies: number; share: number }>
}

/** A bin of a histogram: [from, to); `from` null is open below, `to` null open above. */
export interface HistogramBin {
  from: number | null
  to: number | null
  count: number
}

export interface VoiceSummary {
  /** Replies with a human-voice profile. */
  replies: number
  /** What the brand's values and address form ask of each group. */
  target: VoiceScores
  /** Mean scores; null without profiles. */
  mean: VoiceScores | null
  /** Replies with a group clearly below its target. */
  belowTarget: { replies: number; share: number }
  /** Scores in ten bins of 0.1, overall and per group. */
  histograms: Record<'overall' | VoiceGroup, HistogramBin[]>
}

export interface ReadabilitySummary {
  /** Replies with at least one word. */
  replies: number
  /** The brand's reading level (config `readability.target`) and what it asks; null when it sets none. */
  target: { level: ReadingLevel; fleschDouma: number; averageSentenceLength: number } | null
  fleschDouma: { mean: number | null; histogram: HistogramBin[]; belowTarget: { replies: number; share: number } | null }
  averageSentenceLength: { mean: number | null; histogram: HistogramBin[]; aboveTarget: { replies: number; share: number } | null }
}

/** Rows not checked, by reason, with the first few rows (see `source.rowUnit`). */
export interface SkippedSummary {
  reason: SkipReason
  label: string
  count: number
  rows: number[]
}

/** Everything `tov report` shows, JSON-serialisable. */
export interface ReportData {
  /** The shape's version: tools reading the JSON can check it. */
  version: 1
  source: {
    file: string
    format: 'csv' | 'json'
    /** How rows are counted: lines of a CSV file, items of a JSON list, from 1. */
    rowUnit: 'line' | 'item'
    /** The export's names of the fields tov read. */
    columns: Partial<Record<ExportField, string>>
    /** Channel values no tov channel matched: those rows took the config's channel. */
    unknownChannels: Array<{ value: string; rows: number }>
  }
  period: {
    /** First and last day with a checked reply; null when none was. */
    from: string | null
    to: string | null
    /** --since, when given. */
    since: string | null
    weeks: ReportWeek[]
  }
  brand: {
    config: string | null
    channel: ChannelName
    values: string[]
    addressForm: AddressForm
  }
  /** Agent names are pseudonyms ("Medewerker A") in order of first appearance. */
  anonymised: boolean
  counts: {
    /** Data rows in the export. */
    rows: number
    /** Rows checked. */
    replies: number
    skipped: number
    /** Rows before --since. */
    beforeSince: number
    agents: number
    errors: number
    warnings: number
    /** Replies with an error, with warnings only, without findings. */
    repliesWithErrors: number
    repliesWithWarningsOnly: number
    clean: number
  }
  /** How the coaching examples were chosen: deviation = errors × errors + warnings × warnings + voiceGap × (the sum over the groups of how far each is below its target). */
  scoring: { errors: number; warnings: number; voiceGap: number }
  checklist: ChecklistSummary[]
  agents: AgentSummary[]
  channels: ChannelSummary[]
  /** The rules found in most replies, at most ten. */
  rules: RuleSummary[]
  voice: VoiceSummary
  readability: ReadabilitySummary
  skipped: SkippedSummary[]
}
