// Dutch message templates of the rules: `{name}` is filled from what the rule reports.

/** Fills `{name}` placeholders of a message template; quoted text that spans lines is shown on one. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]).replace(/\s+/gu, ' ') : whole))
}
