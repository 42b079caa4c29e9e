// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's file and line.
import type { CheckResult } from '../types.js'

// https://github.com/actions/toolkit (command.ts): data escapes %, CR, LF; properties also : and ,.
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** One workflow command per finding of `result`. */
export function githubLines(result: CheckResult): string[] {
  const lines: string[] = []
  for (const finding of result.findings) {
    const command = finding.severity === 'error' ? 'error' : 'warning'
    const title = result.entry === undefined ? `tov ${finding.ruleId}` : `tov ${finding.ruleId} (${result.entry})`
    const properties = [
      `file=${escapeProperty(result.file)}`,
      `line=${finding.line}`,
      `col=${finding.column}`,
      `endLine=${finding.endLine}`,
      `endColumn=${finding.endColumn}`,
      `title=${escapeProperty(title)}`,
    ].join(',')
    lines.push(`::${command} ${properties}::${escapeData(finding.message)}`)
  }
  return lines
}

export function formatGithub(results: readonly CheckResult[]): string {
  const lines = results.flatMap(githubLines)
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
