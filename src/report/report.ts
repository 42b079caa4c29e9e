// `tov report` in one module, loaded by its command only (and by the library's reportFromExport): reading
// an export, building the report's data, and its three views. Nothing here runs for `tov check`.
export { assertSomethingChecked, buildReport, scoring, type BuildReportOptions } from './build-report.js'
export { exportDay, isoWeek, parseDayFlag } from './export-date.js'
export { exportChannel } from './export-channel.js'
export { parseExport, readExport, skipReasonLabels, type ExportFile, type ExportReply, type ExportRow, type ParseExportOptions, type SkippedRow, type SkipReason } from './read-export.js'
export { renderReportHtml } from './render-html.js'
export { renderReportMarkdown } from './render-markdown.js'
// The config as this module's own code reads it: in the bundled CLI the report is a file of its own, and a
// config resolved by the CLI's copy of tov is not one this copy's checkers recognise.
export { loadConfig } from '../config/load-config.js'
export type * from './report-data.js'

import type { ReportData } from './report-data.js'
import { renderReportHtml } from './render-html.js'
import { renderReportMarkdown } from './render-markdown.js'

/** The formats of `tov report`. */
export const reportFormats = ['html', 'md', 'json'] as const
export type ReportFormat = (typeof reportFormats)[number]

/** The report in a format: the HTML page, the Markdown summary, or the data as JSON. */
export function renderReport(report: ReportData, format: ReportFormat): string {
  if (format === 'html') return renderReportHtml(report)
  if (format === 'md') return renderReportMarkdown(report)
  return `${JSON.stringify(report, null, 2)}\n`
}
