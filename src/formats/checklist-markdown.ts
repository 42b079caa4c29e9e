// `tov checklist` as Markdown: the document to put in a wiki or print.
import type { ChecklistDocument } from './checklist-document.js'

export function formatChecklistMarkdown(document: ChecklistDocument): string {
  const lines = ['# De 1-minuut-checklist', '']
  const values = document.values.map((value) => value.name).join(', ')
  lines.push(`Kanaal: ${document.channel}. Merkwaarden: ${values || 'geen gekozen'}.`, '')
  lines.push('Loop deze punten na voor je een reactie verstuurt; het kost een minuut.', '')
  document.items.forEach((item, index) => {
    lines.push(`${index + 1}. **${item.question}**`)
    if (item.manual) lines.push('   - Dit beantwoord je zelf.')
    else if (item.rules.length === 0) lines.push('   - Geen regel controleert dit punt; beantwoord het zelf.')
    for (const rule of item.rules) lines.push(`   - ${rule.description} (\`${rule.id}\`, ${rule.severity})`)
  })
  if (document.values.length > 0) {
    lines.push('', '## Merkwaarden')
    for (const value of document.values) {
      lines.push('', `### ${value.name}`, '', value.description, '')
      for (const consequence of value.consequences) lines.push(`- ${consequence}`)
      lines.push('', `Regels: ${value.rules.map((id) => `\`${id}\``).join(', ')}`)
    }
  }
  return lines.join('\n') + '\n'
}
