// A canned response is a template: {{first_name}} is filled in by the help desk. In a draft about to be
// sent, a placeholder nobody filled in reads as a robot's mistake ("Hoi {{first_name}},"): it must never go
// out. In a template, a placeholder must be whole ("{{first_name}" is not) and, when the config lists the
// names the help desk knows, one of them: a misspelt variable is sent as it is written.
import { defineRule } from '../src/engine/define-rule.js'
import { isPlaceholder, placeholderParts } from '../src/syntax/syntax-spans.js'

/** Braces of a placeholder that lost its other half. */
const halfPlaceholder = /\{\{|\}\}|\{%|%\}/g

const normalizeName = (name: string): string => name.replace(/\s+/g, '').toLowerCase()

export default defineRule({
  id: 'no-placeholder',
  description: 'Geen niet-ingevulde, onvolledige of onbekende placeholders',
  checklist: 'vorm',
  severity: 'error',
  channels: 'alle kanalen',
  messages: {
    unfilled: 'De placeholder "{actual}" is niet ingevuld: vervang hem door de echte tekst voor je verstuurt.',
    unbalanced: 'Onvolledige placeholder "{actual}": open en sluit hem met dezelfde haakjes, zoals {{first_name}}.',
    unknown: 'Onbekende placeholder "{name}"{hint}: de helpdesk vult hem niet in. Bekend zijn: {known}.',
  },
  options: {},
  docs: {
    wrong: '@{{handle}} Hoi {{first_name}, je pakket komt morgen. ^{{agent}}',
    right: '@{{handle}} Hoi {{first_name}}, je pakket komt morgen. ^{{agent}}',
    rationale:
      'Een niet ingevulde of kapotte placeholder laat zien dat de klant een standaardantwoord krijgt, en dat werkt juist bij standaardantwoorden averechts (seed 002: geen robotantwoorden).',
  },
  create({ settings }) {
    const known = settings.placeholders ? new Map(settings.placeholders.map((name) => [normalizeName(name), name])) : undefined
    return (_tree, run) => {
      // Halves of placeholders outside every whole one: "{{first_name," or "first_name}}".
      const broken: Array<{ start: number; end: number }> = []
      halfPlaceholder.lastIndex = 0
      for (const match of run.text.matchAll(halfPlaceholder)) {
        const at = match.index
        if (broken.some((token) => token.start <= at && at < token.end)) continue
        if (run.syntax.some((span) => span.start <= at && at < span.end)) continue
        let end = at + match[0].length
        while (end < run.text.length && !/[\s,.!?;:]/.test(run.text[end]!)) end++
        let start = at
        while (start > 0 && !/\s/.test(run.text[start - 1]!)) start--
        broken.push({ start, end })
        run.report('unbalanced', { start, end })
      }
      for (const span of run.syntax) {
        // A placeholder alone, or standing for the handle ("@{{handle}}") or the initials ("^{{agent}}").
        const lead = span.kind === 'mention' || span.kind === 'signoff' ? (/^[@^] ?/.exec(span.value)?.[0] ?? '') : ''
        const value = span.value.slice(lead.length)
        if (span.kind !== 'placeholder' && !(lead !== '' && isPlaceholder(value))) continue
        const start = span.start + lead.length
        if (broken.some((token) => token.start < span.end && start < token.end)) continue
        const { name } = placeholderParts(value)
        if (!run.template) {
          // "[in een DM]" is an aside, not a variable; "[naam]" and "{{ first_name }}" are.
          if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) run.report('unfilled', { start, end: span.end })
          continue
        }
        if (!known) continue
        if (known.has(normalizeName(name))) continue
        const close = [...known.values()].find(
          (candidate) => normalizeName(candidate).endsWith(normalizeName(name)) || normalizeName(name).endsWith(normalizeName(candidate)),
        )
        run.report('unknown', {
          start,
          end: span.end,
          data: { name, hint: close ? ` (bedoel je "${close}"?)` : '', known: [...known.values()].join(', ') },
        })
      }
    }
  },
})
