// Seed 002 (geen robotantwoorden) and seed 001 (maak het persoonlijk): sending the customer the same text
// twice, usually the same canned response, tells them nobody read their answer. Compared as words, without
// the @mention, the sign-off, placeholders and punctuation, so a changed greeting does not hide a copy, nor
// clauses put the other way round.
import { defineRule, PerMessage, type SentenceModel } from '../src/kit/index.js'

/** What a reply says, as words: its language, and the times and numbers it gives. */
interface Wording {
  /** Word pairs (bigrams) of the reply's language, in lower case: the same sentences. */
  pairs: Set<string>
  /** Its words, times and numbers, in lower case: the same answer, even with its clauses swapped. */
  words: Set<string>
}

function wordingOf(sentences: SentenceModel[]): Wording {
  const words = sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.kind === 'word').map((token) => token.norm))
  const pairs = new Set<string>()
  for (let index = 0; index + 1 < words.length; index++) pairs.add(`${words[index]} ${words[index + 1]}`)
  if (words.length === 1) pairs.add(words[0]!)
  const said = new Set(words)
  // A different time or number makes a different answer ("morgen tussen 9.00 en 12.00" or "13.00 en 17.00").
  for (const sentence of sentences) for (const token of sentence.tokens) if (token.kind === 'time' || token.kind === 'number') said.add(token.norm)
  return { pairs, words: said }
}

/**
 * How alike two replies are: the same sentences (word pairs), or the same words in another order. The
 * second only counts for a reply long enough to tell, and when nearly every word is shared.
 */
function likeness(draft: Wording, earlier: Wording): number {
  const sentences = similarity(draft.pairs, earlier.pairs)
  const words = draft.words.size >= minimumWordsReordered ? similarity(draft.words, earlier.words) : 0
  return Math.max(sentences, words >= reorderedThreshold ? words : 0)
}

/** Fewer distinct words than this are too few to call a reordering a copy. */
const minimumWordsReordered = 8
/** The share of words two reordered replies must have in common. */
const reorderedThreshold = 0.9

/** Dice's coefficient of two sets: 1 for the same text, 0 for nothing in common. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  // Walk the smaller set: a long earlier turn costs no more than the draft.
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const pair of small) if (large.has(pair)) shared++
  return (2 * shared) / (a.size + b.size)
}

export default defineRule({
  id: 'no-repeat-answer',
  description: 'Stuur de klant niet (bijna) hetzelfde antwoord als eerder in het gesprek',
  checklist: 'toon',
  severity: 'warn',
  channels: 'alle kanalen, met een thread',
  messages: {
    repeated: 'Deze reactie is voor {percent}% gelijk aan je eerdere antwoord in dit gesprek. Ga in op wat de klant nu zegt, in plaats van hetzelfde nog eens te sturen.',
  },
  options: { threshold: 'number' },
  docs: {
    wrong: '@eva Je pakket wordt morgen tussen 9.00 en 12.00 uur bij je bezorgd. ^KJ',
    right: '@eva Wat vervelend dat hij er nog niet is. Ik heb de vervoerder gebeld: hij komt vandaag voor 18.00 uur. ^KJ',
    thread: [
      { from: 'agent', text: '@eva Je pakket wordt morgen tussen 9.00 en 12.00 uur bij je bezorgd. ^AB' },
      { from: 'customer', text: '@merk Hij is er nog steeds niet!' },
    ],
    rationale:
      'Twee keer hetzelfde (standaard)antwoord laat de klant voelen dat niemand zijn bericht las; elke reactie gaat in op wat de klant net schreef (seed 002, geen robotantwoorden).',
    details:
      'With `--thread`: the draft is (nearly) the same text as an earlier agent turn, usually the same ' +
      'canned response sent twice. Compared as word pairs (Dice\'s coefficient, threshold 0.8, option ' +
      '`threshold`), without the @mention, the sign-off, placeholders and punctuation, so a new greeting ' +
      'does not hide a copy; and as words, times and numbers in any order, so the same answer with its ' +
      'clauses swapped is a copy too (at least 8 distinct words, 90% shared; a different time makes a ' +
      'different answer). Replies of fewer than five words ("Graag gedaan!") are never compared.',
  },
  defaults: () => ({ threshold: 0.8 }),
  create({ options }) {
    const threshold = typeof options['threshold'] === 'number' && options['threshold'] <= 1 ? options['threshold'] : 0.8
    // A thread's turns are read once for all the replies checked against it.
    const wordings = new PerMessage<Wording>()
    return (_tree, run) => {
      const earlier = (run.thread?.messages ?? []).filter((message) => message.from === 'agent')
      if (earlier.length === 0) return
      const draft = wordingOf(run.sentences())
      // Too short to be a copy of anything ("Graag gedaan!").
      if (draft.pairs.size < 4) return
      let best = 0
      for (const message of earlier) best = Math.max(best, likeness(draft, wordings.get(message, (text) => wordingOf(run.sentencesOf(text)))))
      if (best < threshold) return
      const words = run.sentences().flatMap((sentence) => sentence.tokens.filter((token) => token.kind === 'word'))
      run.report('repeated', { start: words[0]!.start, end: words.at(-1)!.end, data: { percent: Math.round(best * 100) } })
    }
  },
})
