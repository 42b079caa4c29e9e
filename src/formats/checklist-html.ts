// `tov checklist --format html`: a self-contained page that prints on one A4 sheet.
import type { ChecklistDocument } from './checklist-document.js'

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => escapes[char]!)

const style = `
  body { font: 15px/1.45 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; color: #111; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; }
  ol.items > li { margin: .7rem 0; font-weight: 600; }
  ol.items ul { font-weight: 400; color: #444; margin: .2rem 0; }
  code { font-size: .85em; color: #555; }
  section.value { break-inside: avoid; }
  @media print { body { margin: 0; font-size: 12px; } }`

export function formatChecklistHtml(document: ChecklistDocument): string {
  const values = document.values.map((value) => value.name).join(', ')
  const items = document.items
    .map((item) => {
      const notes = item.manual
        ? ['<li>Dit beantwoord je zelf.</li>']
        : item.rules.length === 0
          ? ['<li>Geen regel controleert dit punt; beantwoord het zelf.</li>']
          : item.rules.map((rule) => `<li>${escape(rule.description)} <code>${escape(rule.id)}</code></li>`)
      return `    <li>${escape(item.question)}\n      <ul>${notes.join('')}</ul></li>`
    })
    .join('\n')
  const sections = document.values
    .map(
      (value) => `  <section class="value">
    <h3>${escape(value.name)}</h3>
    <p>${escape(value.description)}</p>
    <ul>${value.consequences.map((consequence) => `<li>${escape(consequence)}</li>`).join('')}</ul>
    <p>Regels: ${value.rules.map((id) => `<code>${escape(id)}</code>`).join(', ')}</p>
  </section>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>De 1-minuut-checklist</title>
  <style>${style}
  </style>
</head>
<body>
  <h1>De 1-minuut-checklist</h1>
  <p>Kanaal: ${escape(document.channel)}. Merkwaarden: ${escape(values || 'geen gekozen')}.</p>
  <p>Loop deze punten na voor je een reactie verstuurt; het kost een minuut.</p>
  <ol class="items">
${items}
  </ol>
${document.values.length > 0 ? `  <h2>Merkwaarden</h2>\n${sections}\n` : ''}</body>
</html>
`
}
