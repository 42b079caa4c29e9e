// `tov report`'s page: one self-contained HTML file (inline CSS, inline SVG, no script, nothing fetched)
// for a team lead, in Dutch, that prints on A4 with a page per section: the checklist per week, per agent
// and per channel, the rules found most and their trend, the human voice and readability against the
// brand's target, and per agent the replies to coach with, their findings marked in the text.
import type { ReportData, AgentSummary, CoachingExample, ExampleFinding, HistogramBin, PassRate } from './report-data.js'
import { dutchDay } from './export-date.js'
import { barChart, decimal, escapeHtml as escape, groupedBarChart, histogram, lineChart, percent } from './svg-charts.js'

/** 100000 as "100.000". */
const count = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, '.')
const plural = (value: number, one: string, more: string) => `${count(value)} ${value === 1 ? one : more}`
const rateText = (rate: PassRate) => (rate.rate === null ? '–' : `${percent(rate.rate)} (${rate.pass} van ${rate.pass + rate.fail})`)

const voiceLabels = { overall: 'Menselijke toon (totaal)', personalisation: 'Persoonlijk aanspreken', informal: 'Informele taal', invitational: 'Uitnodigend schrijven' } as const

const style = `
  @page { size: A4; margin: 14mm 12mm 16mm; }
  * { box-sizing: border-box; }
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111; margin: 0 auto; max-width: 760px; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
  h2 { font-size: 1.3rem; margin: 0 0 .5rem; border-bottom: 2px solid #0072B2; padding-bottom: .2rem; }
  h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
  p.lead { color: #333; margin: .2rem 0 1rem; }
  section { margin: 2rem 0; }
  figure { margin: 1rem 0 1.4rem; break-inside: avoid; page-break-inside: avoid; }
  figcaption { font-size: .85rem; color: #444; margin-top: .3rem; }
  svg.chart { display: block; width: 100%; height: auto; max-width: 100%; }
  svg.chart text { fill: #222; }
  svg.chart .axis-label { font-weight: 600; }
  .small-multiples { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem 1rem; }
  .small-multiples figure { margin: .4rem 0; }
  .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: .6rem; margin: 1rem 0; }
  .card { border: 1px solid #ccc; border-radius: 6px; padding: .5rem .7rem; break-inside: avoid; }
  .card strong { display: block; font-size: 1.35rem; }
  .card span { font-size: .85rem; color: #444; }
  table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .4rem 0; }
  th, td { border-bottom: 1px solid #ddd; padding: .2rem .4rem; text-align: left; vertical-align: top; }
  td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
  details { margin: .3rem 0 1rem; }
  summary { cursor: pointer; color: #0a4f7e; font-size: .9rem; }
  .agent { break-before: page; page-break-before: always; }
  .agent:first-of-type { break-before: auto; page-break-before: auto; }
  .example { border: 1px solid #ccc; border-left: 5px solid #009E73; border-radius: 4px; padding: .5rem .7rem; margin: .6rem 0; break-inside: avoid; page-break-inside: avoid; }
  .example.weak { border-left-color: #D55E00; }
  .example .meta { font-size: .8rem; color: #444; margin-bottom: .3rem; }
  .reply { white-space: pre-wrap; margin: 0; font-family: inherit; background: #fafafa; padding: .4rem .5rem; border-radius: 3px; }
  mark { background: #ffe08a; padding: 0 1px; border-bottom: 2px solid #E69F00; }
  mark.error { background: #ffc9b8; border-bottom-color: #D55E00; }
  ul.findings { margin: .3rem 0 0; padding-left: 1.1rem; font-size: .85rem; }
  .severity { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .02em; }
  .severity.error { color: #a33b00; }
  .severity.warn { color: #8a5a00; }
  code { font-size: .85em; color: #333; }
  .note { color: #444; font-size: .9rem; }
  blockquote.seed { margin: .8rem 0; padding: .3rem .8rem; border-left: 3px solid #999; color: #333; font-style: italic; }
  footer { margin-top: 2rem; font-size: .8rem; color: #555; }
  @media print {
    body { max-width: none; padding: 0; font-size: 11.5px; }
    section.page { break-before: page; page-break-before: always; margin-top: 0; }
    details { display: none; }
    mark, .example, svg.chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
  @media (max-width: 600px) { .cards, .small-multiples { grid-template-columns: 1fr; } }`

/** A table inside a <details>: the chart's figures for a screen reader, a copy, or a closer look. */
function figures(caption: string, head: readonly string[], rows: ReadonlyArray<readonly string[]>, numeric: (column: number) => boolean): string {
  const header = head.map((cell, column) => `<th${numeric(column) ? ' class="number"' : ''} scope="col">${escape(cell)}</th>`).join('')
  const body = rows.map((row) => `<tr>${row.map((cell, column) => (column === 0 ? `<th scope="row">${escape(cell)}</th>` : `<td${numeric(column) ? ' class="number"' : ''}>${escape(cell)}</td>`)).join('')}</tr>`).join('\n')
  return `<details><summary>De cijfers: ${escape(caption)}</summary><table><thead><tr>${header}</tr></thead><tbody>\n${body}\n</tbody></table></details>`
}

function header(report: ReportData): string {
  const { period, counts, brand } = report
  const span = period.from && period.to ? `${dutchDay(period.from)} t/m ${dutchDay(period.to)}` : 'geen periode'
  const weeks = period.weeks.length > 0 ? ` (${period.weeks[0]!.label}${period.weeks.length > 1 ? ` t/m ${period.weeks[period.weeks.length - 1]!.label}` : ''})` : ''
  const values = brand.values.length > 0 ? brand.values.join(', ') : 'geen gekozen'
  return `<header>
  <h1>Teamrapport tone of voice</h1>
  <p class="lead"><strong>${escape(span)}</strong>${escape(weeks)} · ${plural(counts.replies, 'verstuurde reactie', 'verstuurde reacties')} van ${plural(counts.agents, 'medewerker', 'medewerkers')} · bron: <code>${escape(report.source.file)}</code>${period.since ? ` · vanaf ${escape(dutchDay(period.since))}` : ''}</p>
  <p class="note">Merkwaarden: ${escape(values)} · aanspreekvorm: ${escape(brand.addressForm)} · standaardkanaal: ${escape(brand.channel)}${brand.config ? ` · config: <code>${escape(brand.config.split(/[\\/]/).pop() ?? brand.config)}</code>` : ''}${report.anonymised ? ' · <strong>geanonimiseerd</strong>: medewerkers heten Medewerker A, B, … in volgorde van hun eerste reactie' : ''}</p>
  <blockquote class="seed">Controleer steekproefsgewijs of medewerkers zich houden aan de tone-of-voice. Niet om ze terecht te kunnen wijzen, maar om in te schatten welke afdeling of medewerker wat extra coaching of training kan gebruiken.</blockquote>
</header>`
}

function summary(report: ReportData): string {
  const { counts, voice, readability, rules } = report
  const share = (part: number) => (counts.replies > 0 ? percent(part / counts.replies) : '–')
  const top = rules[0]
  const cards = [
    [count(counts.replies), 'reacties bekeken'],
    [share(counts.clean), `zonder opmerkingen (${count(counts.clean)})`],
    [share(counts.repliesWithErrors), `met een fout (${count(counts.repliesWithErrors)})`],
    [top ? top.ruleId : '–', top ? `meest gevonden: in ${percent(top.share)} van de reacties` : 'geen regel gevonden'],
    [voice.mean ? percent(voice.mean.overall) : '–', `menselijke toon gemiddeld (doel ${percent(voice.target.overall)})`],
    [
      readability.fleschDouma.mean !== null ? decimal(readability.fleschDouma.mean) : '–',
      `Flesch-Douma gemiddeld${readability.target ? ` (doel ${readability.target.level}: ${readability.target.fleschDouma} of hoger)` : ' (geen doel ingesteld)'}`,
    ],
  ]
  const skipped =
    counts.skipped > 0
      ? `<p class="note">${plural(counts.skipped, 'rij', 'rijen')} van de export ${counts.skipped === 1 ? 'is' : 'zijn'} overgeslagen (zie <a href="#overgeslagen">Overgeslagen rijen</a>).</p>`
      : ''
  const before = counts.beforeSince > 0 ? `<p class="note">${plural(counts.beforeSince, 'reactie', 'reacties')} van voor ${escape(dutchDay(report.period.since!))} ${counts.beforeSince === 1 ? 'telt' : 'tellen'} niet mee.</p>` : ''
  return `<section id="samenvatting">
  <h2>Samenvatting</h2>
  <div class="cards">${cards.map(([figure, label]) => `<div class="card"><strong>${escape(figure!)}</strong><span>${escape(label!)}</span></div>`).join('')}</div>
  ${skipped}${before}
  <h3>Hoe lees je dit rapport?</h3>
  <ul class="note">
    <li>Een checklistpunt <strong>slaagt</strong> voor een reactie als geen van zijn regels iets vond; het slagingspercentage telt alleen reacties waarop tov het punt kon beoordelen (punten met een vraagteken beantwoordt de medewerker zelf en tellen niet mee).</li>
    <li>De <strong>coachvoorbeelden</strong> per medewerker zijn gekozen op een afwijkingsscore: ${report.scoring.errors} × fouten + ${report.scoring.warnings} × waarschuwingen + ${report.scoring.voiceGap} × hoeveel de menselijke toon onder het doel van het merk ligt (per groep opgeteld). De laagste scores zijn de beste voorbeelden, de hoogste die met het meeste om over te praten.</li>
    <li><strong>Persoonsgegevens</strong> van klanten in de voorbeelden zijn altijd afgeschermd: telefoonnummers, IBAN's, adressen en postcodes, e-mailadressen en BSN's zoals tov ze vindt, @namen van klanten (<code>@klant</code>) en de naam na een begroeting (<code>[naam]</code>).${report.anonymised ? ' Namen en initialen van medewerkers zijn vervangen door Medewerker A, B, … (<code>^A</code>).' : ''}</li>
  </ul>
</section>`
}

function checklistSection(report: ReportData): string {
  const { checklist, period } = report
  const chart = lineChart({
    id: 'checklist-weeks',
    chart: 'checklist-weeks',
    title: 'Slagingspercentage per checklistpunt per week',
    description: `Per week het deel van de reacties dat elk checklistpunt haalt, van ${period.weeks[0]?.label ?? ''} tot ${period.weeks.at(-1)?.label ?? ''}.`,
    x: period.weeks.map((week) => ({ key: week.id, label: week.label })),
    xLabel: 'Week',
    yLabel: 'Reacties die het punt halen',
    series: checklist.map((item) => ({
      key: item.id,
      label: item.id,
      values: item.weeks.map((week) => week.rate),
      notes: item.weeks.map((week) => `${week.pass} van ${week.pass + week.fail}`),
    })),
  })
  const table = figures(
    'slagingspercentage per week',
    ['Checklistpunt', ...period.weeks.map((week) => week.label), 'Hele periode'],
    checklist.map((item) => [item.id, ...item.weeks.map(rateText), rateText(item.total)]),
    (column) => column > 0,
  )
  const questions = checklist.map((item) => `<li><strong>${escape(item.id)}</strong>: ${escape(item.question)} <em>${escape(rateText(item.total))}</em></li>`).join('')
  return `<section class="page" id="checklist">
  <h2>1. De checklist per week</h2>
  <p class="lead">Hoe vaak halen de reacties elk punt van de 1-minuut-checklist? Een dalende lijn is een onderwerp voor het teamoverleg.</p>
  <figure>${chart}<figcaption>Slagingspercentage per week; een week zonder reacties heeft geen punt.</figcaption></figure>
  ${table}
  <ul class="note">${questions}</ul>
</section>`
}

function groupsSection(report: ReportData): string {
  const series = report.checklist.map((item) => ({ key: item.id, label: item.id }))
  const agents = groupedBarChart({
    id: 'checklist-agents',
    chart: 'checklist-agents',
    title: 'Slagingspercentage per checklistpunt per medewerker',
    description: 'Per medewerker een balk per checklistpunt: het deel van hun reacties dat het punt haalt.',
    series,
    groups: report.agents.map((agent) => ({
      key: agent.name,
      label: `${agent.name} (${agent.replies})`,
      values: agent.checklist.map((item) => item.rate),
      notes: agent.checklist.map((item) => `${item.pass} van ${item.pass + item.fail}`),
    })),
    xLabel: 'Reacties die het punt halen',
    yLabel: 'Medewerker (aantal reacties)',
  })
  const channels = groupedBarChart({
    id: 'checklist-channels',
    chart: 'checklist-channels',
    title: 'Slagingspercentage per checklistpunt per kanaal',
    description: 'Per kanaal een balk per checklistpunt: het deel van de reacties op dat kanaal dat het punt haalt.',
    series,
    groups: report.channels.map((channel) => ({
      key: channel.channel,
      label: `${channel.label} (${channel.replies})`,
      values: channel.checklist.map((item) => item.rate),
      notes: channel.checklist.map((item) => `${item.pass} van ${item.pass + item.fail}`),
    })),
    xLabel: 'Reacties die het punt halen',
    yLabel: 'Kanaal (aantal reacties)',
  })
  const head = ['Medewerker', 'Reacties', 'Fouten', 'Waarsch.', 'Zonder opm.', ...report.checklist.map((item) => item.id), 'Toon', 'Flesch-Douma']
  const agentRows = report.agents.map((agent) => [
    agent.name,
    count(agent.replies),
    count(agent.errors),
    count(agent.warnings),
    percent(agent.replies > 0 ? agent.clean / agent.replies : 0),
    ...agent.checklist.map((item) => (item.rate === null ? '–' : percent(item.rate))),
    agent.voice === null ? '–' : percent(agent.voice),
    agent.fleschDouma === null ? '–' : decimal(agent.fleschDouma),
  ])
  const channelRows = report.channels.map((channel) => [
    channel.label,
    count(channel.replies),
    count(channel.errors),
    count(channel.warnings),
    percent(channel.replies > 0 ? channel.clean / channel.replies : 0),
    ...channel.checklist.map((item) => (item.rate === null ? '–' : percent(item.rate))),
    channel.voice === null ? '–' : percent(channel.voice),
    channel.fleschDouma === null ? '–' : decimal(channel.fleschDouma),
  ])
  const unknown = report.source.unknownChannels
  const unknownNote =
    unknown.length > 0
      ? `<p class="note">Kanaalwaarden die tov niet kent, telden als het kanaal uit de config (${escape(report.brand.channel)}): ${unknown.map((entry) => `${escape(entry.value)} (${entry.rows})`).join(', ')}.</p>`
      : ''
  return `<section class="page" id="medewerkers">
  <h2>2. Per medewerker en per kanaal</h2>
  <p class="lead">Wie haalt welk punt minder vaak? Vergelijk medewerkers met evenveel reacties, en kijk bij weinig reacties vooral naar de voorbeelden.</p>
  <figure>${agents}<figcaption>Tussen haakjes het aantal reacties van de medewerker.</figcaption></figure>
  ${figures('per medewerker', head, agentRows, (column) => column > 0)}
  <figure>${channels}<figcaption>Tussen haakjes het aantal reacties op het kanaal.</figcaption></figure>
  ${figures('per kanaal', ['Kanaal', ...head.slice(1)], channelRows, (column) => column > 0)}
  ${unknownNote}
</section>`
}

function rulesSection(report: ReportData): string {
  const { rules, period } = report
  if (rules.length === 0) {
    return `<section class="page" id="regels"><h2>3. Meest gevonden regels</h2><p class="lead">In deze periode vond tov niets in de reacties.</p></section>`
  }
  const bars = barChart({
    id: 'rules-top',
    chart: 'rules-top',
    title: 'Regels die het vaakst iets vonden',
    description: `De ${rules.length} regels die in de meeste reacties iets vonden, met het deel van alle reacties.`,
    bars: rules.map((rule) => ({ key: rule.ruleId, label: rule.ruleId, value: rule.share, count: rule.replies, note: `${rule.replies} reacties, ${rule.findings} meldingen` })),
    xLabel: 'Deel van de reacties',
    yLabel: 'Regel',
    legendLabel: 'Reacties met een melding van de regel',
  })
  const trendRules = rules.slice(0, 5)
  const highest = Math.max(0, ...trendRules.flatMap((rule) => rule.weeks.map((week) => week.share)))
  const trend = lineChart({
    yMax: Math.min(1, Math.max(0.1, Math.ceil(highest * 10 + 0.5) / 10)),
    id: 'rules-weeks',
    chart: 'rules-weeks',
    title: 'De vijf meest gevonden regels per week',
    description: 'Per week het deel van de reacties waarin elke regel iets vond.',
    x: period.weeks.map((week) => ({ key: week.id, label: week.label })),
    xLabel: 'Week',
    yLabel: 'Deel van de reacties',
    series: trendRules.map((rule) => ({
      key: rule.ruleId,
      label: rule.ruleId,
      values: rule.weeks.map((week, index) => (period.weeks[index]!.replies > 0 ? week.share : null)),
      notes: rule.weeks.map((week, index) => `${week.replies} van ${period.weeks[index]!.replies}`),
    })),
  })
  const table = figures(
    'meest gevonden regels',
    ['Regel', 'Checklistpunt', 'Reacties', 'Deel', 'Meldingen', 'Omschrijving'],
    rules.map((rule) => [rule.ruleId, rule.checklist, count(rule.replies), percent(rule.share), count(rule.findings), rule.description]),
    (column) => column >= 2 && column <= 4,
  )
  const explain = rules
    .slice(0, 5)
    .map((rule) => `<li><code>${escape(rule.ruleId)}</code> (${escape(rule.severity === 'error' ? 'fout' : 'waarschuwing')}, ${escape(rule.checklist)}): ${escape(rule.description)}. Uitleg en voorbeelden: <code>tov explain ${escape(rule.ruleId)}</code>.</li>`)
    .join('')
  return `<section class="page" id="regels">
  <h2>3. Meest gevonden regels</h2>
  <p class="lead">Welke regels vinden het vaakst iets, en worden ze minder? Bespreek de bovenste in het teamoverleg.</p>
  <figure>${bars}</figure>
  ${table}
  <figure>${trend}<figcaption>Een week zonder reacties heeft geen punt.</figcaption></figure>
  <ul class="note">${explain}</ul>
</section>`
}

const binLabel = (bin: HistogramBin, format: (value: number) => string) =>
  bin.from === null ? `< ${format(bin.to!)}` : bin.to === null ? `≥ ${format(bin.from)}` : `${format(bin.from)}–${format(bin.to)}`

function voiceSection(report: ReportData): string {
  const { voice } = report
  const groups = ['overall', 'personalisation', 'informal', 'invitational'] as const
  const charts = groups
    .map((group) =>
      histogram({
        id: `voice-${group}`,
        chart: `voice-${group}`,
        title: voiceLabels[group],
        description: `Hoeveel reacties per score voor ${voiceLabels[group].toLowerCase()}, met het doel van het merk (${percent(voice.target[group])}).`,
        bins: voice.histograms[group].map((bin) => ({ ...bin, label: binLabel(bin, (value) => decimal(value)) })),
        target: { value: voice.target[group], label: `doel ${percent(voice.target[group])}` },
        xLabel: 'Score (0 tot 1)',
        yLabel: 'Reacties',
        legendLabel: 'Reacties per score',
        small: true,
      }),
    )
    .map((svg) => `<figure>${svg}</figure>`)
    .join('')
  const table = figures(
    'menselijke toon',
    ['Groep', 'Gemiddeld', 'Doel'],
    groups.map((group) => [voiceLabels[group], voice.mean ? percent(voice.mean[group]) : '–', percent(voice.target[group])]),
    (column) => column > 0,
  )
  const none = voice.replies === 0 ? '<p class="note">Geen van de reacties had een toonprofiel.</p>' : ''
  return `<section class="page" id="toon">
  <h2>4. Menselijke toon</h2>
  <p class="lead">Klinkt het team als mensen? De score telt per reactie welke soorten kenmerken van een menselijke toon erin staan: persoonlijk aanspreken, informele taal en uitnodigend schrijven. De stippellijn is wat de merkwaarden en de aanspreekvorm vragen.</p>
  ${none}
  <div class="small-multiples">${charts}</div>
  ${table}
  <p class="note">${plural(voice.belowTarget.replies, 'reactie zit', 'reacties zitten')} duidelijk onder het doel in minstens één groep (${percent(voice.belowTarget.share)}).</p>
</section>`
}

function readabilitySection(report: ReportData): string {
  const { readability } = report
  const target = readability.target
  const flesch = histogram({
    id: 'readability-flesch',
    chart: 'readability-flesch',
    title: 'Leesbaarheid: Flesch-Douma per reactie',
    description: `Hoeveel reacties per Flesch-Douma-score (hoger is makkelijker)${target ? `, met het doel ${target.level}: ${target.fleschDouma} of hoger` : ''}.`,
    bins: readability.fleschDouma.histogram.map((bin) => ({ ...bin, label: binLabel(bin, (value) => String(value)) })),
    ...(target ? { target: { value: target.fleschDouma, label: `doel ${target.level}: ${target.fleschDouma}+` } } : {}),
    xLabel: 'Flesch-Douma (hoger is makkelijker)',
    yLabel: 'Reacties',
    legendLabel: 'Reacties per score',
  })
  const sentences = histogram({
    id: 'readability-sentences',
    chart: 'readability-sentences',
    title: 'Gemiddelde zinslengte per reactie',
    description: `Hoeveel reacties per gemiddeld aantal woorden per zin${target ? `, met de richtlijn voor ${target.level}: hoogstens ${target.averageSentenceLength}` : ''}.`,
    bins: readability.averageSentenceLength.histogram.map((bin) => ({ ...bin, label: binLabel(bin, (value) => String(value)) })),
    ...(target ? { target: { value: target.averageSentenceLength, label: `richtlijn ${target.level}: ≤ ${target.averageSentenceLength}` } } : {}),
    xLabel: 'Woorden per zin (gemiddeld per reactie)',
    yLabel: 'Reacties',
    legendLabel: 'Reacties per zinslengte',
  })
  const targetNote = target
    ? `<p class="note">Doel van het merk: taalniveau ${escape(target.level)}. ${plural(readability.fleschDouma.belowTarget!.replies, 'reactie scoort', 'reacties scoren')} lager dan ${target.fleschDouma} (${percent(readability.fleschDouma.belowTarget!.share)}); ${plural(readability.averageSentenceLength.aboveTarget!.replies, 'reactie heeft', 'reacties hebben')} zinnen van gemiddeld meer dan ${target.averageSentenceLength} woorden (${percent(readability.averageSentenceLength.aboveTarget!.share)}).</p>`
    : '<p class="note">Het merk heeft geen taalniveau ingesteld; zet <code>"readability": { "target": "B1" }</code> in de config om het doel te tonen.</p>'
  const table = figures(
    'leesbaarheid',
    ['Maat', 'Gemiddeld', 'Doel'],
    [
      ['Flesch-Douma', readability.fleschDouma.mean === null ? '–' : decimal(readability.fleschDouma.mean), target ? `${target.fleschDouma} of hoger` : '–'],
      ['Woorden per zin', readability.averageSentenceLength.mean === null ? '–' : decimal(readability.averageSentenceLength.mean), target ? `hoogstens ${target.averageSentenceLength}` : '–'],
    ],
    (column) => column > 0,
  )
  return `<section class="page" id="leesbaarheid">
  <h2>5. Leesbaarheid</h2>
  <p class="lead">Zijn de reacties makkelijk te lezen? Flesch-Douma is de Nederlandse leesbaarheidsscore: 60 tot 70 is taalniveau B1, hoger is makkelijker.</p>
  <figure>${flesch}</figure>
  <figure>${sentences}</figure>
  ${table}
  ${targetNote}
</section>`
}

/** The text with its findings marked: each stretch under the findings that cover it, the most severe colouring it. */
function markedText(example: CoachingExample): string {
  const text = example.text
  const marked = example.findings.filter((finding) => finding.end > finding.start && !(finding.start === 0 && finding.end >= text.length))
  const bounds = [...new Set([0, text.length, ...marked.flatMap((finding) => [finding.start, finding.end])])].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b)
  const parts: string[] = []
  for (let index = 0; index < bounds.length - 1; index++) {
    const start = bounds[index]!
    const end = bounds[index + 1]!
    const piece = escape(text.slice(start, end))
    const covering = marked.filter((finding) => finding.start <= start && finding.end >= end)
    if (covering.length === 0) {
      parts.push(piece)
      continue
    }
    const severity = covering.some((finding) => finding.severity === 'error') ? 'error' : 'warn'
    const title = covering.map((finding) => `${finding.ruleId}: ${finding.message}`).join('\n')
    parts.push(`<mark class="${severity}" title="${escape(title)}" data-rules="${escape(covering.map((finding) => finding.ruleId).join(' '))}">${piece}</mark>`)
  }
  return parts.join('')
}

function findingItem(finding: ExampleFinding, length: number): string {
  const whole = finding.end <= finding.start || (finding.start === 0 && finding.end >= length)
  return `<li><span class="severity ${finding.severity}">${finding.severity === 'error' ? 'fout' : 'waarschuwing'}</span> <code>${escape(finding.ruleId)}</code> ${escape(finding.message)}${whole ? ' <em>(de hele reactie)</em>' : ''}</li>`
}

function exampleBlock(example: CoachingExample, kind: 'best' | 'weak', unit: ReportData['source']['rowUnit'], channels: ReadonlyMap<string, string>): string {
  const meta = [
    `${unit === 'line' ? 'regel' : 'item'} ${example.row}`,
    ...(example.thread ? [`ticket ${example.thread}`] : []),
    dutchDay(example.day),
    channels.get(example.channel) ?? example.channel,
    example.errors + example.warnings === 0 ? 'geen meldingen' : `${plural(example.errors, 'fout', 'fouten')}, ${plural(example.warnings, 'waarschuwing', 'waarschuwingen')}`,
    ...(example.voice !== null ? [`toon ${percent(example.voice)}`] : []),
    ...(example.fleschDouma !== null ? [`Flesch-Douma ${decimal(example.fleschDouma)}`] : []),
    `afwijking ${decimal(example.deviation, 2)}`,
  ]
  const findings = example.findings.length > 0 ? `<ul class="findings">${example.findings.map((finding) => findingItem(finding, example.text.length)).join('')}</ul>` : ''
  return `<article class="example${kind === 'weak' ? ' weak' : ''}" data-row="${example.row}" data-deviation="${example.deviation}">
      <div class="meta">${escape(meta.join(' · '))}</div>
      <pre class="reply">${markedText(example)}</pre>
      ${findings}
    </article>`
}

function agentBlock(agent: AgentSummary, unit: ReportData['source']['rowUnit'], channels: ReadonlyMap<string, string>): string {
  const best = agent.examples.best.map((example) => exampleBlock(example, 'best', unit, channels)).join('\n')
  const weak = agent.examples.weakest.map((example) => exampleBlock(example, 'weak', unit, channels)).join('\n')
  const clean = agent.replies > 0 ? percent(agent.clean / agent.replies) : '–'
  return `<section class="agent" data-agent="${escape(agent.name)}">
    <h3>${escape(agent.name)}</h3>
    <p class="note">${plural(agent.replies, 'reactie', 'reacties')}, ${clean} zonder opmerkingen, ${plural(agent.errors, 'fout', 'fouten')} en ${plural(agent.warnings, 'waarschuwing', 'waarschuwingen')}.</p>
    <h4>Zo klinkt het merk</h4>
    ${best || '<p class="note">Geen voorbeelden.</p>'}
    <h4>Hier valt iets te halen</h4>
    ${weak || '<p class="note">Niets om te bespreken: geen reactie met meldingen.</p>'}
  </section>`
}

function coachingSection(report: ReportData): string {
  const channels = new Map(report.channels.map((channel) => [channel.channel, channel.label]))
  return `<section class="page" id="coaching">
  <h2>6. Coachvoorbeelden per medewerker</h2>
  <p class="lead">Per medewerker de drie reacties die het dichtst bij de stem van het merk liggen en de drie met het meeste om over te praten. Gemarkeerd is wat tov vond; houd de muis erboven voor de melding.</p>
  ${report.agents.map((agent) => agentBlock(agent, report.source.rowUnit, channels)).join('\n')}
</section>`
}

function skippedSection(report: ReportData): string {
  const unit = report.source.rowUnit === 'line' ? 'regels' : 'items'
  const body =
    report.skipped.length === 0
      ? '<p class="note">Geen: elke rij van de export is bekeken.</p>'
      : `<table><thead><tr><th scope="col">Reden</th><th scope="col" class="number">Rijen</th><th scope="col">Eerste ${unit}</th></tr></thead><tbody>${report.skipped
          .map((reason) => `<tr><th scope="row">${escape(reason.label)}</th><td class="number">${count(reason.count)}</td><td>${reason.rows.join(', ')}${reason.count > reason.rows.length ? ', …' : ''}</td></tr>`)
          .join('')}</tbody></table>`
  const columns = Object.entries(report.source.columns)
    .map(([field, name]) => `${field}: <code>${escape(name)}</code>`)
    .join(', ')
  return `<section id="overgeslagen">
  <h2>Overgeslagen rijen</h2>
  ${body}
  <p class="note">Gelezen kolommen: ${columns}. ${plural(report.counts.rows, 'rij', 'rijen')} in de export.</p>
</section>`
}

/** The report as one HTML page. */
export function renderReportHtml(report: ReportData): string {
  const title = report.period.from && report.period.to ? `Teamrapport tone of voice, ${dutchDay(report.period.from)} t/m ${dutchDay(report.period.to)}` : 'Teamrapport tone of voice'
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tov report">
<title>${escape(title)}</title>
<style>${style}
</style>
</head>
<body>
${header(report)}
${summary(report)}
${checklistSection(report)}
${groupsSection(report)}
${rulesSection(report)}
${voiceSection(report)}
${readabilitySection(report)}
${coachingSection(report)}
${skippedSection(report)}
<footer>Gemaakt met <code>tov report</code>. De cijfers staan ook in <code>tov report --format json</code>.</footer>
</body>
</html>
`
}
