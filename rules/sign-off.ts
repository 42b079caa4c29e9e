// Seeds 000 and 001: a reply closes with a caret and the agent's name or initials (^AB), so the customer
// knows who they are talking to; nothing comes after it.
import { blanksBefore, defineRule } from '../src/kit/index.js'
import { isPlaceholder, leadingPlaceholder } from '../src/syntax/syntax-spans.js'

const initials = /^\p{Lu}{2,4}$/u
const firstName = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u
const looseInitials = /^\p{L}{2,4}$/u

export default defineRule({
  id: 'sign-off',
  description: 'Sluit af met ^ en je initialen of voornaam, en zet daar niets meer achter',
  checklist: 'persoonlijk',
  severity: 'error',
  channels: 'alle kanalen behalve google-review en email',
  messages: {
    missing: 'Sluit af met ^ en je initialen of voornaam, bijvoorbeeld {example}.',
    malformed: 'Schrijf je ondertekening als {expected}: een dakje met direct daarachter je initialen in hoofdletters of je voornaam.',
    notLast: 'Zet niets na je ondertekening {signature}: verplaats "{actual}" naar vóór het dakje.',
    unknownAgent: 'Onbekende initialen {actual}: die staan niet bij "agents" in de config. Controleer ze of voeg ze toe.',
  },
  options: {},
  docs: {
    wrong: '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. Groetjes!',
    right: '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB',
    rationale:
      'Met een dakje en je naam of initialen weet de klant met wie hij praat; dat maakt webcare persoonlijk (seeds 000 en 001).',
    details:
      'Ends with `^` and the agent\'s initials (2-4 capitals) or first name, nothing after it (seeds 000, ' +
      '001). `^ ab` is malformed (suggestion `^AB`); with `agents` in the config, unknown initials are a ' +
      'warning. Not on `google-review` and `email`.',
  },
  create({ channel, settings }) {
    if (channel.signOff !== 'required') return null
    const agentInitials = Object.keys(settings.agents)
    const agentNames = new Set(Object.values(settings.agents).map((name) => name.split(/\s+/)[0]!.toLowerCase()))
    const example = agentInitials.length === 1 ? `^${agentInitials[0]}` : '^AB'

    return (_tree, run) => {
      const text = run.text
      const trimmedEnd = text.trimEnd().length
      const caret = text.lastIndexOf('^', trimmedEnd - 1)
      // "^^" is an emoticon, not a signature.
      if (caret < 0 || text[caret - 1] === '^') {
        const lastLineStart = text.lastIndexOf('\n', trimmedEnd - 1) + 1
        // Fix, when the agent is known: add the sign-off after the last word.
        const agent = run.agent && initials.test(run.agent.toUpperCase()) ? run.agent.toUpperCase() : undefined
        run.report('missing', {
          start: lastLineStart,
          end: trimmedEnd,
          data: { example: agent ? `^${agent}` : example },
          ...(agent ? { fix: { start: trimmedEnd, end: trimmedEnd, text: ` ^${agent}` } } : {}),
        })
        return
      }

      const after = text.slice(caret + 1, trimmedEnd)
      const parts = /^(\s*)(\S*)(.*)$/su.exec(after)!
      const gap = parts[1]!
      let signature = parts[2]!
      let rest = parts[3]!
      // A placeholder may contain spaces ("{{ agent.initials }}").
      const placeholderMatch = leadingPlaceholder(after.slice(gap.length))
      if (placeholderMatch) {
        signature = placeholderMatch
        rest = after.slice(gap.length + signature.length)
      }
      const signatureStart = caret + 1 + gap.length
      const signatureEnd = signatureStart + signature.length

      if (rest.trim().length > 0) {
        const restStart = signatureEnd + (rest.length - rest.trimStart().length)
        run.report('notLast', {
          start: restStart,
          end: trimmedEnd,
          data: { signature: `^${signature}` },
          suggestions: [''],
        })
      }

      if (isPlaceholder(signature)) return
      const wellFormed = gap === '' && (initials.test(signature) || firstName.test(signature))
      if (!wellFormed) {
        const fixed = looseInitials.test(signature) && !firstName.test(signature) ? signature.toUpperCase() : signature
        const expected = fixed && (initials.test(fixed) || firstName.test(fixed)) ? `^${fixed}` : example
        const suggestions = expected === example && !fixed ? [] : [expected]
        // Fix: "^ ab" -> "^AB", with one space (or the line break) before the caret.
        const spaceBefore = blanksBefore(text, caret)
        const lineStart = caret - spaceBefore === 0 || text[caret - spaceBefore - 1] === '\n'
        run.report('malformed', {
          start: caret,
          end: signatureEnd,
          data: { expected },
          suggestions,
          ...(suggestions.length > 0 ? { fix: { start: caret - spaceBefore, end: signatureEnd, text: `${lineStart ? '' : ' '}${expected}` } } : {}),
        })
        return
      }
      if (
        agentInitials.length > 0 &&
        initials.test(signature) &&
        !agentInitials.includes(signature) &&
        !agentNames.has(signature.toLowerCase())
      ) {
        run.report('unknownAgent', { start: caret, end: signatureEnd, severity: 'warn', suggestions: agentInitials.map((i) => `^${i}`).slice(0, 5) })
      }
    }
  },
})
