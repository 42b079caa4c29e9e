// Seed 004, "Don't: meerdere keren per gesprek verontschuldigen": one apology per conversation is
// sincere; a second one, in the same reply or after an earlier turn already said sorry, sounds hollow.
import data from '../generated/phrases/no-repeated-apology.json' with { type: 'json' }
import { defineRule, PerMessage, type PhraseFileData, type PhraseMatch, PhraseMatcher, type SentenceModel, type Token } from '../src/kit/index.js'

/** The longest quotation looked for: a title or a quoted phrase, not a paragraph. */
const maxQuoteLength = 160
const letter = /[\p{L}\p{N}]/u
/** Dutch clitics that start with an apostrophe: "'s avonds", "'t", "'n". */
const clitic = /^'(?:s|t|n|k|m)\b/iu

/**
 * Offsets of quoted text ('Sorry We Missed You', "sorry", “sorry”, ‘sorry’): an apology someone else
 * wrote, or a title, is not the agent's. One pass over the text; an apostrophe inside a word ("auto's")
 * neither opens nor closes a quotation.
 */
function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let open = -1
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (char === '\n' || (open >= 0 && index - open > maxQuoteLength)) open = -1
    if (!`'"‘’“”„«»`.includes(char)) continue
    const before = index > 0 ? text[index - 1]! : ' '
    const after = index + 1 < text.length ? text[index + 1]! : ' '
    const opens = !letter.test(before) && letter.test(after) && !clitic.test(text.slice(index, index + 3))
    const closes = letter.test(before) || /[.!?)]/.test(before) ? !letter.test(after) : false
    if (open >= 0 && closes) {
      ranges.push([open, index + 1])
      open = -1
    } else if (open < 0 && opens) {
      open = index
    }
  }
  return ranges
}

/**
 * An apology word that is part of a title written in capitals ("De film Sorry We Missed You"): capitalised
 * inside the sentence and followed by another capitalised word.
 */
function inTitle(words: Token[], start: number): boolean {
  const index = words.findIndex((token) => token.start === start)
  if (index <= 0) return false
  const next = words[index + 1]
  return /^\p{Lu}/u.test(words[index]!.text) && next !== undefined && /^\p{Lu}/u.test(next.text)
}

/** The apologies of a text that are the writer's own: not quoted, not in a title. */
function ownApologies(matches: PhraseMatch[], text: string, sentences: SentenceModel[]): PhraseMatch[] {
  const quoted = quotedRanges(text)
  const wordsOf = new Map<number, Token[]>()
  let next = 0
  // Matches and quotations both come in text order.
  return matches.filter((match) => {
    while (next < quoted.length && quoted[next]![1] <= match.start) next++
    const range = quoted[next]
    if (range && match.start >= range[0] && match.end <= range[1]) return false
    let words = wordsOf.get(match.sentenceIndex)
    if (!words) wordsOf.set(match.sentenceIndex, (words = sentences[match.sentenceIndex]!.tokens.filter((token) => token.kind === 'word')))
    return !inTitle(words, match.start)
  })
}

export default defineRule({
  id: 'no-repeated-apology',
  description: 'Verontschuldig je één keer per gesprek, niet vaker',
  checklist: 'toon',
  severity: 'warn',
  channels: 'alle kanalen',
  messages: {
    repeated: 'Je verontschuldigt je hier opnieuw ("{actual}"). Eén keer sorry is genoeg: vertel nu wat je doet.',
    again: 'Je hebt in dit gesprek al sorry gezegd. Laat "{actual}" weg en vertel wat je doet.',
  },
  options: {},
  docs: {
    wrong: '@eva Sorry voor het ongemak! Onze excuses dat je pakket te laat is. ^AB',
    right: '@eva Sorry voor het ongemak! Je pakket komt morgen voor 12.00 uur. ^AB',
    rationale:
      'Een stapel excuses klinkt als een formule en zegt niets over de oplossing. Verontschuldig je één keer per gesprek en vertel daarna wat je doet (seed 004).',
    details:
      'More than one apology in a reply (sorry, excuses, excuus, het spijt me/ons, verontschuldigen, ...), ' +
      'or an apology when the agent already apologised earlier in the `--thread` ("meerdere keren per ' +
      'gesprek verontschuldigen" is a don\'t, seed 004). Only the agent\'s own apologies count: "dat is geen ' +
      'excuus" and "geen sorry zeggen" are none, an apology in quotes (`\'sorry\'`, "excuses", the ' +
      'customer\'s words quoted) is someone else\'s, and one in a capitalised title ("de film Sorry We ' +
      'Missed You") is a name.',
  },
  create() {
    const matcher = new PhraseMatcher(data as PhraseFileData, 'rules/no-repeated-apology.yml', { shareIndex: true })
    // A thread's turns are read once for all the replies checked against it.
    const apologizes = new PerMessage<boolean>()
    return (_tree, run) => {
      const earlier = (run.thread?.messages ?? [])
        .filter((message) => message.from === 'agent')
        .some((message) =>
          apologizes.get(message, (text) => {
            const sentences = run.sentencesOf(text)
            return ownApologies(matcher.find(sentences), text, sentences).length > 0
          }),
        )
      const sentences = run.sentences()
      const apologies = ownApologies(matcher.find(sentences), run.text, sentences)
      apologies.forEach((apology, index) => {
        if (earlier) run.report('again', { start: apology.start, end: apology.end })
        else if (index > 0) run.report('repeated', { start: apology.start, end: apology.end })
      })
    }
  },
})
