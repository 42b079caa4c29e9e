// `tov report --format md`: the report's summary in Markdown, for a CI job's summary or an e-mail: the
// period and totals, the checklist's pass rates, the rules found most, the human voice and readability
// against the brand's target, and one line per agent. The coaching examples stay in the HTML page.
import { dutchDay } from './export-date.js'
import type { ReportData } from './report-data.js'
import { decimal, percent } from './svg-charts.js'

const count = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, '.')
/** A table cell: no pipes or line breaks from the data. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
const rate = (value: number | null) => (value === null ? '–' : percent(value))

export function renderReportMarkdown(report: ReportData): string {
  const { counts, period, voice, readability } = report
  const lines: string[] = []
  const span = period.from && period.to ? `${dutchDay(period.from)} t/m ${dutchDay(period.to)}` : 'geen periode'
  lines.push(`# Teamrapport tone of voice: ${span}`, '')
  const share = (part: number) => (counts.replies > 0 ? percent(part / counts.replies) : '–')
  lines.push(
    `- **${count(counts.replies)}** verstuurde reacties van **${count(counts.agents)}** ${counts.agents === 1 ? 'medewerker' : 'medewerkers'} (${period.weeks.length} ${period.weeks.length === 1 ? 'week' : 'weken'}; bron \`${report.source.file}\`${period.since ? `, vanaf ${dutchDay(period.since)}` : ''})`,
    `- zonder opmerkingen: ${share(counts.clean)} · met een fout: ${share(counts.repliesWithErrors)} · alleen waarschuwingen: ${share(counts.repliesWithWarningsOnly)}`,
    `- ${count(counts.errors)} fouten en ${count(counts.warnings)} waarschuwingen in totaal`,
  )
  if (counts.skipped > 0) lines.push(`- overgeslagen: ${count(counts.skipped)} (${report.skipped.map((reason) => `${reason.label}: ${reason.count}`).join('; ')})`)
  if (counts.beforeSince > 0) lines.push(`- van voor ${dutchDay(period.since!)}, niet meegeteld: ${count(counts.beforeSince)}`)
  if (report.anonymised) lines.push('- geanonimiseerd: medewerkers heten Medewerker A, B, … in volgorde van hun eerste reactie')
  lines.push('')

  lines.push('## Checklist', '', '| Punt | Haalt het | Per week |', '|---|---:|---|')
  for (const item of report.checklist) {
    const weeks = item.weeks.map((week, index) => `${period.weeks[index]!.label.replace('week ', 'wk ')}: ${rate(week.rate)}`).join(', ')
    lines.push(`| ${cell(item.id)} | ${rate(item.total.rate)} (${item.total.pass} van ${item.total.pass + item.total.fail}) | ${cell(weeks)} |`)
  }
  lines.push('')

  lines.push('## Meest gevonden regels', '')
  if (report.rules.length === 0) lines.push('tov vond niets in deze periode.')
  else {
    lines.push('| Regel | Punt | Reacties | Deel | Omschrijving |', '|---|---|---:|---:|---|')
    for (const rule of report.rules) lines.push(`| \`${cell(rule.ruleId)}\` | ${cell(rule.checklist)} | ${count(rule.replies)} | ${percent(rule.share)} | ${cell(rule.description)} |`)
  }
  lines.push('')

  lines.push('## Menselijke toon en leesbaarheid', '')
  if (voice.mean) {
    lines.push(
      `- menselijke toon gemiddeld ${percent(voice.mean.overall)} (doel ${percent(voice.target.overall)}): persoonlijk ${percent(voice.mean.personalisation)} (doel ${percent(voice.target.personalisation)}), informeel ${percent(voice.mean.informal)} (doel ${percent(voice.target.informal)}), uitnodigend ${percent(voice.mean.invitational)} (doel ${percent(voice.target.invitational)})`,
      `- onder het doel in minstens één groep: ${count(voice.belowTarget.replies)} reacties (${percent(voice.belowTarget.share)})`,
    )
  } else lines.push('- geen toonprofielen')
  const target = readability.target
  if (readability.fleschDouma.mean !== null) {
    lines.push(
      `- Flesch-Douma gemiddeld ${decimal(readability.fleschDouma.mean)}${target ? ` (doel ${target.level}: ${target.fleschDouma} of hoger; ${count(readability.fleschDouma.belowTarget!.replies)} reacties lager, ${percent(readability.fleschDouma.belowTarget!.share)})` : ' (geen doel ingesteld)'}`,
      `- gemiddeld ${decimal(readability.averageSentenceLength.mean!)} woorden per zin${target ? ` (richtlijn ${target.level}: hoogstens ${target.averageSentenceLength}; ${count(readability.averageSentenceLength.aboveTarget!.replies)} reacties erboven)` : ''}`,
    )
  }
  lines.push('')

  lines.push('## Per medewerker', '')
  for (const agent of report.agents) {
    const weakest = agent.checklist.filter((item) => item.rate !== null).sort((a, b) => a.rate! - b.rate!)[0]
    const parts = [
      `${count(agent.replies)} reacties`,
      `${agent.replies > 0 ? percent(agent.clean / agent.replies) : '–'} zonder opmerkingen`,
      `${count(agent.errors)} fouten`,
      ...(weakest && weakest.rate! < 1 ? [`zwakste punt ${weakest.id} (${percent(weakest.rate!)})`] : []),
      ...(agent.voice !== null ? [`toon ${percent(agent.voice)}`] : []),
      ...(agent.fleschDouma !== null ? [`Flesch-Douma ${decimal(agent.fleschDouma)}`] : []),
    ]
    lines.push(`- **${cell(agent.name)}**: ${parts.join(', ')}`)
  }
  lines.push('', 'De coachvoorbeelden per medewerker staan in het HTML-rapport (`tov report <export> -o rapport.html`).', '')
  return lines.join('\n')
}
