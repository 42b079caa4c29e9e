// Seed 002 (geen robotantwoorden) and seed 001 (maak het persoonlijk): sending the customer the same text
// twice, usually the same canned response, tells them nobody read their answer. Compared as words, without
// the @mention, the sign-off, placeholders and punctuation, so a changed greeting does not hide a copy.
import { defineRule } from '../src/engine/define-rule.js'
import type { SentenceModel } from '../src/engine/reply-model.js'
import { PerMessage } from '../src/engine/thread.js'

/** Word pairs (bigrams) of a reply's language, in lower case. */
function bigrams(sentences: SentenceModel[]): Set<string> {
  const words = sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.kind === 'word').map((token) => token.norm))
  const pairs = new Set<string>()
  for (let index = 0; index + 1 < words.length; index++) pairs.add(`${words[index]} ${words[index + 1]}`)
  if (words.length === 1) pairs.add(words[0]!)
  return pairs
}

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
    wrong: '(eerder: "@eva Je pakket komt morgen. ^AB", klant: "Hij is er niet!") @eva Je pakket komt morgen. ^KJ',
    right: '(eerder: "@eva Je pakket komt morgen. ^AB", klant: "Hij is er niet!") @eva Wat vervelend dat hij er nog niet is. Ik heb de vervoerder gebeld: hij komt vandaag voor 18.00 uur. ^KJ',
    rationale:
      'Twee keer hetzelfde (standaard)antwoord laat de klant voelen dat niemand zijn bericht las; elke reactie gaat in op wat de klant net schreef (seed 002, geen robotantwoorden).',
  },
  defaults: () => ({ threshold: 0.8 }),
  create({ options }) {
    const threshold = typeof options['threshold'] === 'number' && options['threshold'] <= 1 ? options['threshold'] : 0.8
    // A thread's turns are read once for all the replies checked against it.
    const pairsOf = new PerMessage<Set<string>>()
    return (_tree, run) => {
      const earlier = (run.thread?.messages ?? []).filter((message) => message.from === 'agent')
      if (earlier.length === 0) return
      const draft = bigrams(run.sentences())
      // Too short to be a copy of anything ("Graag gedaan!").
      if (draft.size < 4) return
      let best = 0
      for (const message of earlier) best = Math.max(best, similarity(draft, pairsOf.get(message, (text) => bigrams(run.sentencesOf(text)))))
      if (best < threshold) return
      const words = run.sentences().flatMap((sentence) => sentence.tokens.filter((token) => token.kind === 'word'))
      run.report('repeated', { start: words[0]!.start, end: words.at(-1)!.end, data: { percent: Math.round(best * 100) } })
    }
  },
})
