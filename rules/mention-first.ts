// Seed 001: "@dus altijd vooraan": a public reply opens with the customer's @mention, so it reads as
// personal and stays out of everyone's timeline.
import { defineRule, trimBlanksEnd } from '../src/kit/index.js'

function normalizeHandle(handle: string): string {
  return handle.replace(/^@/, '').toLowerCase()
}

export default defineRule({
  id: 'mention-first',
  description: 'Begin een openbare reactie met de @mention van de klant',
  checklist: 'persoonlijk',
  severity: 'error',
  channels: 'x, instagram (waar de @mention verplicht is)',
  messages: {
    missing: 'Begin je reactie met de @mention van de klant{example}, zodat die ziet dat je hem persoonlijk antwoordt.',
    notFirst: 'Zet de @mention {actual} vooraan: een @mention midden in de tekst maakt de reactie zichtbaar voor iedereen.',
    wrongCustomer: 'Deze reactie begint met {actual}, maar de klant in dit gesprek is {expected}. Begin met {expected}.',
  },
  options: {},
  docs: {
    wrong: 'Hoi Eva, je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    right: '@eva Hoi Eva, je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    rationale:
      'Met de @mention vooraan weet de klant dat hij persoonlijk wordt aangesproken en verschijnt je reactie niet in ieders tijdlijn (seed 001).',
    details:
      'A public reply opens with the customer\'s @mention (seed 001: "@dus altijd vooraan"); on `x` and ' +
      '`instagram`. A mention later in the text, or none, fails; with `--thread` it must be the thread\'s ' +
      'customer. Replies to several people may open with several mentions.',
  },
  create({ channel }) {
    if (channel.mention !== 'required') return null
    // The thread's handle, normalised once for all the replies checked against it.
    let handle: { written: string; normalized: string } | undefined
    const customerOf = (written: string): string => {
      if (handle?.written !== written) handle = { written, normalized: '@' + normalizeHandle(written) }
      return handle.normalized
    }
    return (_tree, run) => {
      const text = run.text
      const leadingStart = text.length - text.trimStart().length
      const mentions = run.syntax.filter((span) => span.kind === 'mention')
      const customer = run.thread?.customer ? customerOf(run.thread.customer) : undefined

      // Replies to several people open with several mentions; take them all as the opening.
      const opening = []
      let cursor = leadingStart
      for (const mention of mentions) {
        if (mention.start !== cursor) break
        opening.push(mention)
        cursor = mention.end
        while (cursor < text.length && /\s/.test(text[cursor]!)) cursor++
      }

      if (opening.length > 0) {
        if (!customer) return
        const isPlaceholder = opening.some((mention) => /[{[%]/.test(mention.value))
        if (isPlaceholder || opening.some((mention) => '@' + normalizeHandle(mention.value) === customer)) return
        const first = opening[0]!
        run.report('wrongCustomer', {
          start: first.start,
          end: first.end,
          data: { expected: customer },
          suggestions: [customer],
        })
        return
      }

      const later = mentions.find((mention) => !customer || '@' + normalizeHandle(mention.value) === customer) ?? mentions[0]
      if (later) {
        // Fix: move the mention to the front; the space before it goes with it ("morgen @eva." -> "morgen."),
        // and so does the comma that set it off before a punctuation mark ("morgen, @eva!" -> "morgen!").
        let before = trimBlanksEnd(text.slice(leadingStart, later.start))
        if (before.endsWith(',') && /^[.!?,;:]/.test(text.slice(later.end))) before = before.slice(0, -1)
        run.report('notFirst', {
          start: later.start,
          end: later.end,
          fix: { start: leadingStart, end: later.end, text: `${later.value} ${before}` },
        })
        return
      }
      const firstWordEnd = leadingStart + (/^\S*/.exec(text.slice(leadingStart))?.[0].length ?? 0)
      const firstWord = text.slice(leadingStart, firstWordEnd)
      run.report('missing', {
        start: leadingStart,
        end: firstWordEnd,
        data: { example: customer ? ` (${customer})` : '' },
        suggestions: customer ? [`${customer} ${firstWord}`] : [],
        ...(customer ? { fix: { start: leadingStart, end: leadingStart, text: `${customer} ` } } : {}),
      })
    }
  },
})
