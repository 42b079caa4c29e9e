// A canned response is a template: {{first_name}} is filled in by the help desk. In a draft about to be
// sent, a placeholder nobody filled in reads as a robot's mistake ("Hoi {{first_name}},"): it must never go
// out. In a template, a placeholder must be whole ("{{first_name}" is not) and, when the config lists the
// names the help desk knows, one of them: a misspelt variable is sent as it is written.
import { defineRule } from '../src/kit/index.js'
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
    template: true,
    details:
      'Placeholders are the help desk\'s variables: `{{first_name}}`, `{naam}`, `[naam]`, `%naam%`, and the ' +
      'syntaxes of Zendesk (`{{ticket.requester.first_name}}`), Freshdesk, Front and Gorgias (`{{...}}`), ' +
      'Intercom (`{{user.name|fallback:"daar"}}`) and Help Scout (`{%customer.firstName,fallback=daar%}`). ' +
      'In a **draft** about to be sent (a single file or standard input), a placeholder nobody filled in ' +
      'is an error: it must never go out. In a **canned response** (an entry of a library, a file from a ' +
      'folder or with front matter, or any file with `--template`), placeholders are expected, but a half ' +
      'one (`{{first_name}`, `first_name}}`) is a finding, and so is a name that is not in the config\'s ' +
      '`placeholders` list, when it gives one (with a "bedoel je" for a near miss). Other rules treat a ' +
      'placeholder for what it stands for: `@{{handle}}` satisfies `mention-first`, `^{{agent_initials}}` ' +
      'satisfies `sign-off`, `Hoi {{first_name}},` is a greeting, `spelling` skips it (but checks the ' +
      'words of a fallback, which the customer may read), and `max-length` counts it as ' +
      '`placeholderLength` characters (default 10).',
  },
  create({ settings }) {
    const known = settings.placeholders ? new Map(settings.placeholders.map((name) => [normalizeName(name), name])) : undefined
    const knownNames = known ? [...known.values()] : []
    const knownList = knownNames.join(', ')
    // Matches, spans and reported halves all come in text order, so each list is walked once with a pointer
    // (searching the whole list per placeholder took 34 s for a reply of 1 MB of "{{naam}} ").
    return (_tree, run) => {
      const { text, syntax } = run
      // Halves of placeholders outside every whole one: "{{first_name," or "first_name}}".
      const broken: Array<{ start: number; end: number }> = []
      let inSpan = 0
      let wordStart = 0
      let scanned = 0
      halfPlaceholder.lastIndex = 0
      for (const match of text.matchAll(halfPlaceholder)) {
        const at = match.index
        // Reported halves grow in both start and end, so only the last can contain a later match.
        const last = broken[broken.length - 1]
        if (last && last.start <= at && at < last.end) continue
        while (inSpan < syntax.length && syntax[inSpan]!.end <= at) inSpan++
        if (inSpan < syntax.length && syntax[inSpan]!.start <= at) continue
        let end = at + match[0].length
        while (end < text.length && !/[\s,.!?;:]/.test(text[end]!)) end++
        // The start of the word: the character after the last white space before `at`, found by reading on
        // from where the previous match left off instead of back from `at`.
        for (; scanned < at; scanned++) if (/\s/.test(text[scanned]!)) wordStart = scanned + 1
        broken.push({ start: wordStart, end })
        run.report('unbalanced', { start: wordStart, end })
      }
      let half = 0
      for (const span of syntax) {
        // A placeholder alone, or standing for the handle ("@{{handle}}") or the initials ("^{{agent}}").
        const lead = span.kind === 'mention' || span.kind === 'signoff' ? (/^[@^] ?/.exec(span.value)?.[0] ?? '') : ''
        const value = span.value.slice(lead.length)
        if (span.kind !== 'placeholder' && !(lead !== '' && isPlaceholder(value))) continue
        const start = span.start + lead.length
        while (half < broken.length && broken[half]!.end <= start) half++
        if (half < broken.length && broken[half]!.start < span.end) continue
        const { name } = placeholderParts(value)
        if (!run.template) {
          // "[in een DM]" is an aside, not a variable; "[naam]" and "{{ first_name }}" are.
          if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) run.report('unfilled', { start, end: span.end })
          continue
        }
        if (!known) continue
        if (known.has(normalizeName(name))) continue
        const close = knownNames.find(
          (candidate) => normalizeName(candidate).endsWith(normalizeName(name)) || normalizeName(name).endsWith(normalizeName(candidate)),
        )
        run.report('unknown', {
          start,
          end: span.end,
          data: { name, hint: close ? ` (bedoel je "${close}"?)` : '', known: knownList },
        })
      }
    }
  },
})
