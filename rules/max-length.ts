// Seed 001 ("houd reacties zo kort mogelijk") and the channels' own limits: a reply that does not fit is
// cut off or refused. X counts its own way (weighted, leading @mentions free); Google counts UTF-8 bytes.
import { xOverflow } from '../src/channels/x-weighted-length.js'
import type { LengthUnit } from '../src/channels/channels.js'
import { defineRule } from '../src/kit/index.js'
import type { SyntaxSpan } from '../src/syntax/syntax-spans.js'

interface Overflow {
  length: number
  /** `length` is a lower bound: X's count of a text far over the limit is not worth its cost. */
  atLeast?: true
  overflowAt: number
}

function characterOverflow(text: string, max: number): Overflow | null {
  const characters = [...text]
  if (characters.length <= max) return null
  return { length: characters.length, overflowAt: characters.slice(0, max).join('').length }
}

function byteOverflow(text: string, max: number): Overflow | null {
  const length = Buffer.byteLength(text, 'utf8')
  if (length <= max) return null
  let bytes = 0
  let offset = 0
  for (const character of text) {
    bytes += Buffer.byteLength(character, 'utf8')
    if (bytes > max) break
    offset += character.length
  }
  return { length, overflowAt: offset }
}

/**
 * The text as the customer will get it: each placeholder counts as `placeholderLength` characters (a first
 * name, a ticket number), not as its own "{{ticket.requester.first_name}}". `toOriginal` maps back.
 */
function countedText(text: string, syntax: readonly SyntaxSpan[], placeholderLength: number) {
  const placeholders = syntax.filter((span) => span.kind === 'placeholder' && span.end <= text.length)
  if (placeholders.length === 0) return { text, toOriginal: (offset: number) => offset }
  let counted = ''
  const starts: Array<{ counted: number; original: number; length: number; placeholder: boolean }> = []
  let at = 0
  for (const span of placeholders) {
    starts.push({ counted: counted.length, original: at, length: span.start - at, placeholder: false })
    counted += text.slice(at, span.start)
    starts.push({ counted: counted.length, original: span.start, length: placeholderLength, placeholder: true })
    counted += 'x'.repeat(placeholderLength)
    at = span.end
  }
  starts.push({ counted: counted.length, original: at, length: text.length - at, placeholder: false })
  counted += text.slice(at)
  const toOriginal = (offset: number): number => {
    const part = starts.findLast((candidate) => candidate.counted <= offset) ?? starts[0]!
    return part.placeholder ? part.original : part.original + (offset - part.counted)
  }
  return { text: counted, toOriginal }
}

/** What to cut, with its unit: "159 tekens", "1 byte" (X's weighted count is in characters too). */
function amount(count: number, unit: LengthUnit): string {
  const [one, many] = unit === 'utf8-bytes' ? ['byte', 'bytes'] : ['teken', 'tekens']
  return `${count} ${count === 1 ? one : many}`
}

const unitNotes: Record<LengthUnit, string> = {
  'x-weighted': ' (zoals X telt: een link telt 23, een emoji 2; de @mentions vooraan tellen niet mee)',
  'utf8-bytes': ' bytes',
  characters: ' tekens',
}

export default defineRule({
  id: 'max-length',
  description: 'Blijf binnen de lengtegrens van het kanaal',
  checklist: 'vorm',
  severity: 'error',
  channels: 'alle kanalen met een grens (x 280 gewogen, google-review 4096 bytes, ...)',
  messages: {
    tooLong: 'Te lang voor {channel}: {length}/{max}{unit}. Kort je reactie met {over} in; alles vanaf hier valt weg.',
    tooLongAtLeast: 'Te lang voor {channel}: minstens {length}/{max}{unit}. Kort je reactie met minstens {over} in; alles vanaf hier valt weg.',
  },
  options: { max: 'number' },
  docs: {
    wrong:
      '@eva Wat vervelend dat je pakket nog niet is aangekomen, terwijl het gisteren bezorgd had moeten worden. Ik heb direct contact opgenomen met de vervoerder en die laat weten dat het pakket door de drukte een dag vertraging heeft opgelopen. Je ontvangt het morgen tussen 9.00 en 12.00 uur; vanavond krijg je een mail met de precieze tijd. ^AB',
    right: '@eva Wat vervelend dat je pakket er nog niet is. De vervoerder heeft door drukte een dag vertraging: je ontvangt het morgen tussen 9.00 en 12.00 uur. Vanavond krijg je een mail met de precieze tijd. ^AB',
    rationale: 'Een te lange reactie wordt afgekapt of geweigerd; mensen lezen lange berichten bovendien slecht (seed 001).',
    details:
      'The channel\'s limit, shown as `312/280`, pointing at the first character past it (never inside a ' +
      'link or emoji). X counts its own way (twitter-text\'s weighted length; leading @mentions travel as ' +
      'reply metadata and do not count, the message says so); Google\'s review replies count UTF-8 bytes. A ' +
      'reply far over X\'s limit is weighed in pieces and, where an exact count would cost more than linear ' +
      'time, reported as "minstens N/280" with a lower bound. Option: `max`.',
  },
  defaults(channel) {
    return channel.maxLength ? { max: channel.maxLength.max } : {}
  },
  create({ options, channel, settings }) {
    const max = options['max']
    if (typeof max !== 'number') return null
    const unit: LengthUnit = channel.maxLength?.unit ?? 'characters'
    return async (_tree, run) => {
      const { text, toOriginal } = countedText(run.text.trimEnd(), run.syntax, settings.placeholderLength)
      const overflow =
        unit === 'x-weighted'
          ? await xOverflow(text, max)
          : unit === 'utf8-bytes'
            ? byteOverflow(text, max)
            : characterOverflow(text, max)
      if (!overflow) return
      // Never point into the middle of a link, mention or emoji: it goes as a whole.
      const overflowAt = toOriginal(overflow.overflowAt)
      const inside = run.syntax.find((span) => span.start < overflowAt && overflowAt < span.end)
      run.report(overflow.atLeast ? 'tooLongAtLeast' : 'tooLong', {
        start: inside?.start ?? overflowAt,
        end: run.text.trimEnd().length,
        data: { channel: channel.label, length: overflow.length, max, unit: unitNotes[unit], over: amount(overflow.length - max, unit) },
      })
    }
  },
})
