// Seed 004: "vriendelijk" means "waardering uitspreken", and for reviews: "bedank de persoon voor
// zijn/haar reactie, hoe stevig de kritiek ook is". Where the customer gave feedback, say thanks.
import data from '../generated/phrases/appreciation.json' with { type: 'json' }
import { defineRule, normalizeWord, PerMessage, type PhraseFileData, PhraseMatcher } from '../src/kit/index.js'

const feedbackWords = new Set((data as unknown as { feedback: string[] }).feedback)

export default defineRule({
  id: 'appreciation',
  description: 'Bedank de klant voor feedback of een review',
  checklist: 'toon',
  severity: 'warn',
  channels: 'google-review altijd; andere kanalen als de klant in de --thread feedback gaf',
  messages: {
    missing: 'Bedank de klant voor de feedback, ook als die kritisch is: bijvoorbeeld "Bedankt voor je review!"',
  },
  options: { always: 'boolean' },
  docs: {
    wrong: 'Jammer dat we je niet naar tevredenheid hebben geholpen. Ik bel je morgen.',
    right: 'Bedankt voor je eerlijke review. Jammer dat we je niet naar tevredenheid hebben geholpen; ik bel je morgen.',
    rationale:
      'Iemand heeft de moeite genomen om zijn mening te geven, en dat is altijd waardevol: bedank de persoon, hoe stevig de kritiek ook is (seed 004, reviewtips).',
    channel: 'google-review',
    details:
      'Thanks or appreciation where the customer gave feedback (seed 004: "waardering uitspreken", and for ' +
      'reviews "bedank de persoon voor zijn/haar reactie, hoe stevig de kritiek ook is"). Always on ' +
      '`google-review`; on other channels when the last customer turn of the `--thread` is feedback (a ' +
      'review, tip, compliment, complaint, praise or criticism of a person or the service: "zo ' +
      'behulpzaam", "onbeschofte medewerker"). "Bedankt", "dank je wel", "wat fijn dat je", "we ' +
      'waarderen", "merci" all count. Option: `always`.',
  },
  defaults(channel) {
    return { always: channel.name === 'google-review' }
  },
  create({ options }) {
    const matcher = new PhraseMatcher(data as PhraseFileData, 'rules/appreciation.yml', { shareIndex: true })
    const always = options['always'] === true
    // A thread's turns are read once for all the replies checked against it.
    const feedbackIn = new PerMessage<boolean>()
    return (_tree, run) => {
      const lastCustomer = (run.thread?.messages ?? []).findLast((message) => message.from === 'customer')
      const gaveFeedback =
        lastCustomer !== undefined &&
        feedbackIn.get(lastCustomer, (text) => text.split(/[^\p{L}]+/u).some((word) => feedbackWords.has(normalizeWord(word))))
      if (!always && !gaveFeedback) return
      if (matcher.find(run.sentences()).length > 0) return
      const first = run.sentences()[0]
      const opening = first?.tokens.find((token) => token.kind === 'word') ?? first?.tokens[0]
      if (!opening) return
      run.report('missing', { start: opening.start, end: opening.end })
    }
  },
})
