// The report's charts as static SVG strings, drawn with d3's scales and shapes, no DOM and no script: a
// page that needs nothing to be read, printed or archived. Every chart has a title and a description for
// screen readers, axis labels and a legend, and every bar, point and line carries its figures in `data-`
// attributes (data-label, data-group, data-value, data-count) and a <title> a mouse shows.
import { max } from 'd3-array'
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale'
import { line, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape'

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Text safe in HTML and SVG, in content and in attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => escapes[char]!)

/** Okabe and Ito's colours, told apart by people with colour blindness too; lines also differ in dash and symbol. */
export const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#8C8C8C']
const dashes = ['', '7 3', '2 3', '9 3 2 3', '4 4', '12 4', '1 2', '6 2 2 2']
const symbols: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar, symbolWye, symbolCircle]

const colourOf = (index: number) => palette[index % palette.length]!
const dashOf = (index: number) => dashes[index % dashes.length]!
const symbolOf = (index: number) => symbols[index % symbols.length]!

/** 0.8234 as "82%"; a share above 0 that would round to 0% as "< 1%". */
export const percent = (rate: number): string => (rate > 0 && rate < 0.005 ? '< 1%' : `${Math.round(rate * 100)}%`)
/** A number with a decimal comma: 64.5 as "64,5". */
export const decimal = (value: number, digits = 1): string => value.toFixed(digits).replace('.', ',')
/** A figure for a data- attribute: as the JSON has it. */
const figure = (value: number | null) => (value === null ? '' : String(value))

const width = 720
const fontSize = 12
/** A label cut to `length` characters, with an ellipsis. */
const cut = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text)
/** A rough width of a label in the chart's font: enough to place legends and margins. */
const textWidth = (text: string) => text.length * fontSize * 0.58

/** A series' key in a legend. */
interface LegendItem {
  label: string
  index: number
  /** A line with its symbol, a filled square, or the target's dashed line. */
  kind: 'line' | 'swatch' | 'target'
}

/** The legend, in rows across the chart's width from `top`; returns its markup and height. */
function legend(items: readonly LegendItem[], left: number, top: number, right = width): { svg: string; height: number } {
  let x = left
  let y = top
  const parts: string[] = []
  for (const item of items) {
    const itemWidth = 26 + textWidth(item.label) + 14
    if (x + itemWidth > right - 10 && x > left) {
      x = left
      y += 18
    }
    const key =
      item.kind === 'line'
        ? `<line x1="0" x2="20" y1="0" y2="0" stroke="${colourOf(item.index)}" stroke-width="2" stroke-dasharray="${dashOf(item.index)}"/><path d="${symbol(symbolOf(item.index), 40)()}" transform="translate(10,0)" fill="${colourOf(item.index)}"/>`
        : item.kind === 'target'
          ? `<line x1="10" x2="10" y1="-7" y2="7" stroke="#000" stroke-width="2" stroke-dasharray="4 2"/>`
          : `<rect x="4" y="-6" width="12" height="12" fill="${colourOf(item.index)}"/>`
    parts.push(`<g class="legend-item" transform="translate(${x},${y})">${key}<text x="26" y="4">${escapeHtml(item.label)}</text></g>`)
    x += itemWidth
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: y - top + 18 }
}

/** The frame every chart shares: the accessible name and description, and the chart's markup. */
/** Room above a chart's legend for its visible title. */
const headingHeight = 24

function frame(id: string, chart: string, title: string, description: string, height: number, body: string, chartWidth = width): string {
  const total = Math.ceil(height + headingHeight)
  return (
    `<svg class="chart" data-chart="${escapeHtml(chart)}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${chartWidth} ${total}" width="${chartWidth}" height="${total}" xmlns="http://www.w3.org/2000/svg" font-size="${fontSize}" font-family="system-ui, sans-serif">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>` +
    `<text class="chart-title" x="8" y="16" font-size="${fontSize + 2}" font-weight="700" aria-hidden="true">${escapeHtml(title)}</text>` +
    `<g transform="translate(0,${headingHeight})">${body}</g></svg>`
  )
}

/** A vertical axis of rates (0-100%) or counts, with grid lines, from `top` to `bottom` at `left`. */
function verticalAxis(scale: (value: number) => number, ticks: readonly number[], format: (value: number) => string, left: number, right: number, label: string, top: number, bottom: number): string {
  const lines = ticks
    .map((tick) => `<g class="tick" transform="translate(0,${scale(tick).toFixed(1)})"><line x1="${left}" x2="${right}" stroke="#ddd"/><text x="${left - 6}" y="4" text-anchor="end">${escapeHtml(format(tick))}</text></g>`)
    .join('')
  const middle = (top + bottom) / 2
  return `<g class="axis axis-y">${lines}<line x1="${left}" x2="${left}" y1="${top}" y2="${bottom}" stroke="#444"/><text class="axis-label" transform="translate(14,${middle.toFixed(1)}) rotate(-90)" text-anchor="middle">${escapeHtml(label)}</text></g>`
}

/** A horizontal axis of rates or counts along `y`, with grid lines up to `top`. */
function horizontalAxis(scale: (value: number) => number, ticks: readonly number[], format: (value: number) => string, y: number, top: number, label: string, left: number, right: number): string {
  const lines = ticks
    .map((tick) => `<g class="tick" transform="translate(${scale(tick).toFixed(1)},0)"><line y1="${top}" y2="${y}" stroke="#ddd"/><text y="${y + 16}" text-anchor="middle">${escapeHtml(format(tick))}</text></g>`)
    .join('')
  return `<g class="axis axis-x">${lines}<line x1="${left}" x2="${right}" y1="${y}" y2="${y}" stroke="#444"/><text class="axis-label" x="${((left + right) / 2).toFixed(1)}" y="${y + 34}" text-anchor="middle">${escapeHtml(label)}</text></g>`
}

export interface LineSeries {
  /** What the data- attributes name it by (a checklist item's or rule's id). */
  key: string
  label: string
  /** One value per x label; null where there is none (a week without replies). */
  values: Array<number | null>
  /** What each point's <title> adds, per x label ("41 van 50"). */
  notes?: string[]
}

export interface LineChartOptions {
  id: string
  chart: string
  title: string
  description: string
  /** The x axis's labels, and their keys for the data- attributes. */
  x: Array<{ key: string; label: string }>
  xLabel: string
  yLabel: string
  series: LineSeries[]
  /** The top of the y axis (default 1: 100%); small shares read better on a shorter scale. */
  yMax?: number
}

/** Rates (0-1) over weeks, a line per series with its own colour, dash and symbol. */
export function lineChart(options: LineChartOptions): string {
  const margin = { left: 64, right: 20 }
  const legendPart = legend(options.series.map((series, index) => ({ label: series.label, index, kind: 'line' })), margin.left, 14)
  const top = 14 + legendPart.height + 10
  const plotHeight = 240
  const bottom = top + plotHeight
  const x = scalePoint<string>().domain(options.x.map((point) => point.key)).range([margin.left + 20, width - margin.right - 20]).padding(0.2)
  const y = scaleLinear().domain([0, options.yMax ?? 1]).range([bottom, top])
  const labelOf = new Map(options.x.map((point) => [point.key, point.label]))
  const every = Math.max(1, Math.ceil(options.x.length / 12))
  const xLabels = options.x
    .map((point, index) =>
      index % every === 0 ? `<text x="${x(point.key)!.toFixed(1)}" y="${bottom + 16}" text-anchor="middle">${escapeHtml(point.label)}</text>` : '',
    )
    .join('')
  const path = line<[string, number | null]>()
    .defined(([, value]) => value !== null)
    .x(([key]) => x(key)!)
    .y(([, value]) => y(value ?? 0))
  const series = options.series
    .map((entry, index) => {
      const pairs = options.x.map((point, at) => [point.key, entry.values[at] ?? null] as [string, number | null])
      const points = pairs
        .map(([key, value], at) => {
          if (value === null) return ''
          const note = entry.notes?.[at] ? ` (${entry.notes[at]})` : ''
          return `<path class="point" d="${symbol(symbolOf(index), 42)()}" transform="translate(${x(key)!.toFixed(1)},${y(value).toFixed(1)})" fill="${colourOf(index)}" data-label="${escapeHtml(entry.key)}" data-group="${escapeHtml(key)}" data-value="${figure(value)}"><title>${escapeHtml(`${entry.label}, ${labelOf.get(key)}: ${percent(value)}${note}`)}</title></path>`
        })
        .join('')
      return `<g class="series" data-label="${escapeHtml(entry.key)}"><path class="line" d="${path(pairs) ?? ''}" fill="none" stroke="${colourOf(index)}" stroke-width="2" stroke-dasharray="${dashOf(index)}"/>${points}</g>`
    })
    .join('')
  const axisY = verticalAxis(y, options.yMax === undefined ? [0, 0.25, 0.5, 0.75, 1] : y.ticks(5), percent, margin.left, width - margin.right, options.yLabel, top, bottom)
  const axisX = `<g class="axis axis-x"><line x1="${margin.left}" x2="${width - margin.right}" y1="${bottom}" y2="${bottom}" stroke="#444"/>${xLabels}<text class="axis-label" x="${((margin.left + width - margin.right) / 2).toFixed(1)}" y="${bottom + 34}" text-anchor="middle">${escapeHtml(options.xLabel)}</text></g>`
  return frame(options.id, options.chart, options.title, options.description, bottom + 44, `${legendPart.svg}${axisY}${axisX}${series}`)
}

export interface BarGroup {
  /** What the data- attributes name it by (an agent's name, a channel). */
  key: string
  label: string
  /** One value per series, in the order of the series; null where there is none. */
  values: Array<number | null>
  notes?: string[]
}

export interface GroupedBarOptions {
  id: string
  chart: string
  title: string
  description: string
  /** The bars within each group (checklist items), in the legend. */
  series: Array<{ key: string; label: string }>
  groups: BarGroup[]
  xLabel: string
  yLabel: string
}

/** Rates (0-1) as horizontal bars, grouped (an agent with a bar per checklist item). */
export function groupedBarChart(options: GroupedBarOptions): string {
  const labelLength = 28
  const margin = { left: Math.min(220, 24 + Math.max(60, ...options.groups.map((group) => textWidth(cut(group.label, labelLength))))), right: 56 }
  const legendPart = legend(options.series.map((series, index) => ({ label: series.label, index, kind: 'swatch' })), margin.left, 14)
  const top = 14 + legendPart.height + 8
  const barHeight = 8
  const groupHeight = Math.max(24, options.series.length * (barHeight + 1) + 12)
  const bottom = top + options.groups.length * groupHeight
  const y = scaleBand<string>().domain(options.groups.map((group) => group.key)).range([top, bottom]).paddingInner(0.15).paddingOuter(0.05)
  const inner = scaleBand<string>().domain(options.series.map((series) => series.key)).range([0, y.bandwidth()]).padding(0.1)
  const x = scaleLinear().domain([0, 1]).range([margin.left, width - margin.right])
  const bars = options.groups
    .map((group) => {
      const rows = options.series
        .map((series, index) => {
          const value = group.values[index] ?? null
          if (value === null) return ''
          const barY = y(group.key)! + inner(series.key)!
          const note = group.notes?.[index] ? ` (${group.notes[index]})` : ''
          return (
            `<rect class="bar" x="${margin.left}" y="${barY.toFixed(1)}" width="${Math.max(0.5, x(value) - margin.left).toFixed(1)}" height="${inner.bandwidth().toFixed(1)}" fill="${colourOf(index)}" data-label="${escapeHtml(series.key)}" data-group="${escapeHtml(group.key)}" data-value="${figure(value)}">` +
            `<title>${escapeHtml(`${group.label}, ${series.label}: ${percent(value)}${note}`)}</title></rect>`
          )
        })
        .join('')
      const middle = y(group.key)! + y.bandwidth() / 2
      return `<g class="group" data-group="${escapeHtml(group.key)}"><text x="${margin.left - 8}" y="${(middle + 4).toFixed(1)}" text-anchor="end"><title>${escapeHtml(group.label)}</title>${escapeHtml(cut(group.label, labelLength))}</text>${rows}</g>`
    })
    .join('')
  const axisX = horizontalAxis(x, [0, 0.25, 0.5, 0.75, 1], percent, bottom, top, options.xLabel, margin.left, width - margin.right)
  const axisY = `<text class="axis-label" transform="translate(14,${((top + bottom) / 2).toFixed(1)}) rotate(-90)" text-anchor="middle">${escapeHtml(options.yLabel)}</text>`
  return frame(options.id, options.chart, options.title, options.description, bottom + 44, `${legendPart.svg}${axisX}${axisY}${bars}`)
}

export interface BarOptions {
  id: string
  chart: string
  title: string
  description: string
  bars: Array<{ key: string; label: string; value: number; note?: string; count?: number }>
  xLabel: string
  yLabel: string
  /** What the one colour stands for, in the legend. */
  legendLabel: string
}

/** Shares (0-1) as horizontal bars, one colour, the figure beside each bar. */
export function barChart(options: BarOptions): string {
  const labelLength = 28
  const margin = { left: Math.min(220, 24 + Math.max(60, ...options.bars.map((bar) => textWidth(cut(bar.label, labelLength))))), right: 70 }
  const legendPart = legend([{ label: options.legendLabel, index: 0, kind: 'swatch' }], margin.left, 14)
  const top = 14 + legendPart.height + 8
  const bottom = top + Math.max(1, options.bars.length) * 26
  const y = scaleBand<string>().domain(options.bars.map((bar) => bar.key)).range([top, bottom]).padding(0.25)
  const upper = Math.min(1, Math.max(0.1, Math.ceil(((max(options.bars, (bar) => bar.value) ?? 0) + 0.049) * 10) / 10))
  const x = scaleLinear().domain([0, upper]).range([margin.left, width - margin.right])
  const bars = options.bars
    .map((bar) => {
      const barY = y(bar.key)!
      const note = bar.note ? ` (${bar.note})` : ''
      return (
        `<g class="bar-row"><text x="${margin.left - 8}" y="${(barY + y.bandwidth() / 2 + 4).toFixed(1)}" text-anchor="end"><title>${escapeHtml(bar.label)}</title>${escapeHtml(cut(bar.label, labelLength))}</text>` +
        `<rect class="bar" x="${margin.left}" y="${barY.toFixed(1)}" width="${Math.max(0.5, x(bar.value) - margin.left).toFixed(1)}" height="${y.bandwidth().toFixed(1)}" fill="${colourOf(0)}" data-label="${escapeHtml(bar.key)}" data-value="${figure(bar.value)}"${bar.count !== undefined ? ` data-count="${bar.count}"` : ''}>` +
        `<title>${escapeHtml(`${bar.label}: ${percent(bar.value)}${note}`)}</title></rect>` +
        `<text class="value" x="${(x(bar.value) + 6).toFixed(1)}" y="${(barY + y.bandwidth() / 2 + 4).toFixed(1)}">${percent(bar.value)}</text></g>`
      )
    })
    .join('')
  const axisX = horizontalAxis(x, x.ticks(5), percent, bottom, top, options.xLabel, margin.left, width - margin.right)
  const axisY = `<text class="axis-label" transform="translate(14,${((top + bottom) / 2).toFixed(1)}) rotate(-90)" text-anchor="middle">${escapeHtml(options.yLabel)}</text>`
  return frame(options.id, options.chart, options.title, options.description, bottom + 44, `${legendPart.svg}${axisX}${axisY}${bars}`)
}

export interface HistogramOptions {
  id: string
  chart: string
  title: string
  description: string
  bins: Array<{ label: string; from: number | null; to: number | null; count: number }>
  /** The brand's target, marked as a line at its value on the bins' scale. */
  target?: { value: number; label: string }
  xLabel: string
  yLabel: string
  legendLabel: string
  /** Narrower, for small multiples side by side. */
  small?: boolean
}

/** Counts per bin as vertical bars, the target as a dashed line. */
export function histogram(options: HistogramOptions): string {
  const chartWidth = options.small ? 340 : width
  const margin = { left: 56, right: 16 }
  const items: LegendItem[] = [{ label: options.legendLabel, index: 0, kind: 'swatch' }, ...(options.target ? [{ label: 'doel van het merk', index: 0, kind: 'target' as const }] : [])]
  const legendPart = legend(items, margin.left, 14, chartWidth)
  const top = 14 + legendPart.height + (options.target ? 22 : 8)
  const plotHeight = options.small ? 140 : 200
  const bottom = top + plotHeight
  const keys = options.bins.map((_, index) => String(index))
  const x = scaleBand<string>().domain(keys).range([margin.left, chartWidth - margin.right]).padding(0.08)
  const highest = Math.max(1, max(options.bins, (bin) => bin.count) ?? 0)
  const y = scaleLinear().domain([0, highest]).nice().range([bottom, top])
  const ticks = y.ticks(Math.min(5, highest)).filter((tick) => Number.isInteger(tick))
  const total = options.bins.reduce((sum, bin) => sum + bin.count, 0)
  const bars = options.bins
    .map((bin, index) => {
      const barX = x(String(index))!
      const share = total > 0 ? ` (${percent(bin.count / total)})` : ''
      return (
        `<rect class="bar" x="${barX.toFixed(1)}" y="${y(bin.count).toFixed(1)}" width="${x.bandwidth().toFixed(1)}" height="${(bottom - y(bin.count)).toFixed(1)}" fill="${colourOf(0)}" data-label="${escapeHtml(bin.label)}" data-from="${figure(bin.from)}" data-to="${figure(bin.to)}" data-value="${bin.count}">` +
        `<title>${escapeHtml(`${bin.label}: ${bin.count}${share}`)}</title></rect>`
      )
    })
    .join('')
  const every = options.bins.length > 8 && options.small ? 2 : 1
  const xLabels = options.bins
    .map((bin, index) => (index % every === 0 ? `<text x="${(x(String(index))! + x.bandwidth() / 2).toFixed(1)}" y="${bottom + 16}" text-anchor="middle">${escapeHtml(bin.label)}</text>` : ''))
    .join('')
  let targetLine = ''
  if (options.target) {
    // The target's place on the band scale: inside the bin that holds it, in proportion.
    const value = options.target.value
    let at = options.bins.findIndex((bin) => (bin.from === null || value >= bin.from) && (bin.to === null || value < bin.to))
    if (at < 0) at = value <= (options.bins[0]?.from ?? 0) ? 0 : options.bins.length - 1
    const bin = options.bins[at]!
    const fraction = bin.from !== null && bin.to !== null ? Math.min(1, Math.max(0, (value - bin.from) / (bin.to - bin.from))) : 0
    const step = x.step()
    const position = x(String(at))! - (step - x.bandwidth()) / 2 + fraction * step
    targetLine =
      `<g class="target" data-target="${figure(value)}"><line x1="${position.toFixed(1)}" x2="${position.toFixed(1)}" y1="${top - 14}" y2="${bottom}" stroke="#000" stroke-width="2" stroke-dasharray="5 3"/>` +
      `<text x="${(position + 4).toFixed(1)}" y="${top - 4}">${escapeHtml(options.target.label)}</text></g>`
  }
  const axisY = verticalAxis(y, ticks, (tick) => String(tick), margin.left, chartWidth - margin.right, options.yLabel, top, bottom)
  const axisX = `<g class="axis axis-x"><line x1="${margin.left}" x2="${chartWidth - margin.right}" y1="${bottom}" y2="${bottom}" stroke="#444"/>${xLabels}<text class="axis-label" x="${((margin.left + chartWidth - margin.right) / 2).toFixed(1)}" y="${bottom + 34}" text-anchor="middle">${escapeHtml(options.xLabel)}</text></g>`
  return frame(options.id, options.chart, options.title, options.description, bottom + 44, `${legendPart.svg}${axisY}${axisX}${bars}${targetLine}`, chartWidth)
}
