// `tov report`'s page in a real browser (headless Chromium through playwright-core): the report of the
// fixture export, made in this process from src (buildReport + renderReportHtml), opened from a file. Every
// chart is drawn, with the figures of the report's data on its bars and points; nothing is fetched; the
// coaching examples mark their findings; the page prints to A4. Skipped, saying so, where no Chromium is.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/index.js'
import { buildReport, readExport, renderReportHtml, type ReportData } from '../src/report/report.js'
import { root } from './run-cli.js'

/** Debian's Chromium, or a `chromium` on the PATH. */
const executable = ['/usr/bin/chromium', ...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean).map((folder) => join(folder, 'chromium'))].find((path) => existsSync(path))
if (!executable) console.warn('test/report-page.test.ts: overgeslagen: geen Chromium in /usr/bin/chromium of op het PATH (apt-get install chromium).')

const fixture = 'fixtures/exports/zendesk-november.csv'

/** What the functions run in the page use there (the tests compile without the DOM's types). */
interface PageGlobals {
  getComputedStyle(element: unknown): { breakInside: string; breakBefore: string }
}

/** A mark of a chart as the page has it: its data- attributes. */
interface Mark {
  label: string | null
  group: string | null
  value: string | null
  count: string | null
  from: string | null
  to: string | null
}

describe.skipIf(!executable)('the report page in a browser', () => {
  let browser: Browser
  let page: Page
  let data: ReportData
  let folder: string
  /** Every request the page made: only its own file is allowed. */
  const requests: string[] = []
  const complaints: string[] = []

  beforeAll(async () => {
    const config = await loadConfig(root, { configFile: 'fixtures/exports/team.tovrc.json' })
    data = await buildReport(await readExport(join(root, fixture), fixture, { channel: config.channel }), { config })
    folder = mkdtempSync(join(tmpdir(), 'tov-report-page-'))
    const file = join(folder, 'rapport.html')
    writeFileSync(file, renderReportHtml(data))
    browser = await chromium.launch({ executablePath: executable!, args: ['--no-sandbox'] })
    page = await browser.newPage({ viewport: { width: 1000, height: 1400 } })
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') complaints.push(message.text())
    })
    page.on('pageerror', (error) => complaints.push(error.message))
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    if (folder) rmSync(folder, { recursive: true, force: true })
  })

  /** The marks (bars, points) of a chart, with their data- attributes. */
  const marksOf = (chart: string): Promise<Mark[]> =>
    page.$$eval(`svg[data-chart="${chart}"] .bar, svg[data-chart="${chart}"] .point`, (elements) =>
      elements.map((element) => ({
        label: element.getAttribute('data-label'),
        group: element.getAttribute('data-group'),
        value: element.getAttribute('data-value'),
        count: element.getAttribute('data-count'),
        from: element.getAttribute('data-from'),
        to: element.getAttribute('data-to'),
      })),
    )

  it('draws every chart, each with a title, axis labels, a legend and marks of its own size', async () => {
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect()
        return {
          chart: svg.getAttribute('data-chart'),
          title: svg.querySelector('title')?.textContent ?? '',
          desc: svg.querySelector('desc')?.textContent ?? '',
          labelledBy: svg.getAttribute('aria-labelledby'),
          axisLabels: svg.querySelectorAll('.axis-label').length,
          legend: svg.querySelectorAll('.legend-item').length,
          marks: [...svg.querySelectorAll('.bar, .point')].filter((mark) => {
            const size = mark.getBoundingClientRect()
            return size.width > 0 && size.height > 0
          }).length,
          lines: svg.querySelectorAll('path.line').length,
          width: box.width,
          height: box.height,
        }
      }),
    )
    expect(charts.map((chart) => chart.chart)).toEqual([
      'checklist-weeks', 'checklist-agents', 'checklist-channels', 'rules-top', 'rules-weeks',
      'voice-overall', 'voice-personalisation', 'voice-informal', 'voice-invitational', 'readability-flesch', 'readability-sentences',
    ])
    for (const chart of charts) {
      expect(chart.title.length, chart.chart!).toBeGreaterThan(10)
      expect(chart.desc.length, chart.chart!).toBeGreaterThan(10)
      expect(chart.labelledBy).toBe(`${chart.chart}-title ${chart.chart}-desc`)
      expect(chart.axisLabels, chart.chart!).toBeGreaterThanOrEqual(1)
      expect(chart.legend, chart.chart!).toBeGreaterThanOrEqual(1)
      expect(chart.width, chart.chart!).toBeGreaterThan(250)
      expect(chart.width, chart.chart!).toBeLessThanOrEqual(1000)
      expect(chart.height, chart.chart!).toBeGreaterThan(100)
    }
    const byName = new Map(charts.map((chart) => [chart.chart, chart]))
    // A line per checklist item and per top rule, a point per item and week.
    expect(byName.get('checklist-weeks')!.lines).toBe(data.checklist.length)
    expect(byName.get('checklist-weeks')!.marks).toBe(data.checklist.length * data.period.weeks.length)
    expect(byName.get('rules-weeks')!.lines).toBe(Math.min(5, data.rules.length))
    // Histograms have a bar per bin, even an empty one (height 0 is not drawn).
    const flesch = await marksOf('readability-flesch')
    expect(flesch).toHaveLength(data.readability.fleschDouma.histogram.length)
  })

  it('carries the figures of the report data on the checklist charts', async () => {
    const weeks = await marksOf('checklist-weeks')
    const expected = data.checklist.flatMap((item) => item.weeks.flatMap((week, index) => (week.rate === null ? [] : [{ label: item.id, group: data.period.weeks[index]!.id, value: week.rate }])))
    expect(weeks.map((mark) => ({ label: mark.label, group: mark.group, value: Number(mark.value) }))).toEqual(expected)

    const agents = await marksOf('checklist-agents')
    const agentBars = data.agents.flatMap((agent) => agent.checklist.flatMap((item) => (item.rate === null ? [] : [{ label: item.id, group: agent.name, value: item.rate }])))
    expect(agents.map((mark) => ({ label: mark.label, group: mark.group, value: Number(mark.value) }))).toEqual(agentBars)

    const channels = await marksOf('checklist-channels')
    const channelBars = data.channels.flatMap((channel) => channel.checklist.flatMap((item) => (item.rate === null ? [] : [{ label: item.id, group: channel.channel, value: item.rate }])))
    expect(channels.map((mark) => ({ label: mark.label, group: mark.group, value: Number(mark.value) }))).toEqual(channelBars)
    // No bar for privacy on e-mail: the rule does not run there.
    expect(channels.some((mark) => mark.group === 'email' && mark.label === 'privacy')).toBe(false)
  })

  it('carries the figures of the report data on the rules, voice and readability charts', async () => {
    const rules = await marksOf('rules-top')
    expect(rules.map((mark) => ({ label: mark.label, value: Number(mark.value), count: Number(mark.count) }))).toEqual(data.rules.map((rule) => ({ label: rule.ruleId, value: rule.share, count: rule.replies })))
    const trend = await marksOf('rules-weeks')
    expect(trend.map((mark) => ({ label: mark.label, group: mark.group, value: Number(mark.value) }))).toEqual(
      data.rules.slice(0, 5).flatMap((rule) => rule.weeks.map((week) => ({ label: rule.ruleId, group: week.week, value: week.share }))),
    )
    for (const group of ['overall', 'personalisation', 'informal', 'invitational'] as const) {
      const bars = await marksOf(`voice-${group}`)
      expect(bars.map((mark) => Number(mark.value))).toEqual(data.voice.histograms[group].map((bin) => bin.count))
      expect(bars.map((mark) => [mark.from, mark.to])).toEqual(data.voice.histograms[group].map((bin) => [String(bin.from ?? ''), String(bin.to ?? '')]))
      const target = await page.$eval(`svg[data-chart="voice-${group}"] .target`, (element) => element.getAttribute('data-target'))
      expect(Number(target)).toBe(data.voice.target[group])
    }
    const flesch = await marksOf('readability-flesch')
    expect(flesch.map((mark) => Number(mark.value))).toEqual(data.readability.fleschDouma.histogram.map((bin) => bin.count))
    const sentences = await marksOf('readability-sentences')
    expect(sentences.map((mark) => Number(mark.value))).toEqual(data.readability.averageSentenceLength.histogram.map((bin) => bin.count))
    expect(await page.$eval('svg[data-chart="readability-flesch"] .target', (element) => element.getAttribute('data-target'))).toBe('60')
    expect(await page.$eval('svg[data-chart="readability-sentences"] .target', (element) => element.getAttribute('data-target'))).toBe('15')
  })

  it('marks the findings in the coaching examples, with the rule and message as the title', async () => {
    const agents = await page.$$eval('section.agent', (sections) => sections.map((section) => section.getAttribute('data-agent')))
    expect(agents).toEqual(data.agents.map((agent) => agent.name))
    const examples = await page.$$eval('article.example', (articles) => articles.length)
    expect(examples).toBe(data.agents.reduce((sum, agent) => sum + agent.examples.best.length + agent.examples.weakest.length, 0))
    const marks = await page.$$eval('article.example mark', (elements) => elements.map((element) => ({ text: element.textContent, title: element.getAttribute('title'), rules: element.getAttribute('data-rules') })))
    expect(marks.length).toBeGreaterThan(5)
    for (const mark of marks) {
      expect(mark.title).toMatch(/^[a-z/-]+: \S/)
      expect(mark.title!.startsWith(mark.rules!.split(' ')[0]!)).toBe(true)
    }
    // Masked personal data, marked as the finding it was.
    expect(marks).toContainEqual(expect.objectContaining({ text: '[telefoonnummer]', rules: 'no-personal-data' }))
  })

  it('fetches nothing and runs no script', async () => {
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
    expect(requests).toHaveLength(1)
    expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(0)
    expect(complaints).toEqual([])
  })

  it('prints to A4, a section a page, no figure cut in two', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // A page for the header and summary, one per section, the coaching examples over several.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages.length).toBeGreaterThanOrEqual(7)
    await page.emulateMedia({ media: 'print' })
    const breaks = await page.$$eval('figure, article.example', (elements) => [...new Set(elements.map((element) => (globalThis as unknown as PageGlobals).getComputedStyle(element).breakInside))])
    expect(breaks).toEqual(['avoid'])
    const sectionBreaks = await page.$$eval('section.page', (sections) => sections.map((section) => (globalThis as unknown as PageGlobals).getComputedStyle(section).breakBefore))
    expect(new Set(sectionBreaks)).toEqual(new Set(['page']))
    await page.emulateMedia({ media: 'screen' })
  })

  it('the screenshot for the README', async () => {
    mkdirSync(join(root, 'test-artifacts'), { recursive: true })
    const image = await page.screenshot({ fullPage: false, animations: 'disabled' })
    writeFileSync(join(root, 'test-artifacts', 'tov-report.png'), image)
    if (process.env['TOV_UPDATE_SCREENSHOTS'] === '1') {
      mkdirSync(join(root, 'docs', 'images'), { recursive: true })
      writeFileSync(join(root, 'docs', 'images', 'tov-report.png'), image)
    }
    expect(image.length).toBeGreaterThan(10_000)
  })
})
