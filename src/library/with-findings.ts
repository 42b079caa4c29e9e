// A result with some of its findings taken out (silenced by a directive or the baseline, or below --quiet's
// level): its summary and checklist follow the findings that are left.
import type { CheckResult, Finding } from '../types.js'

export function withFindings(result: CheckResult, findings: Finding[]): CheckResult {
  const failing = new Set(findings.map((finding) => finding.checklist))
  const checklist = result.checklist.map((item) => (item.status === 'fail' && !failing.has(item.id) ? { ...item, status: 'pass' as const } : item))
  const errors = findings.filter((finding) => finding.severity === 'error').length
  return { ...result, findings, checklist, summary: { errors, warnings: findings.length - errors } }
}
