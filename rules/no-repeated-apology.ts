// Seed 004, "Don't: meerdere keren per gesprek verontschuldigen": one apology per conversation is
// sincere; a second one, in the same reply or after an earlier turn already said sorry, sounds hollow.
import data from '../generated/phrases/no-repeated-apology.json' with { type: 'json' }
import { defineRule } from '../src/engine/define-rule.js'
import { PhraseMatcher, type PhraseFileData } from '../src/engine/phrase-matcher.js'
import { PerMessage } from '../src/engine/thread.js'

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
  },
  create() {
    const matcher = new PhraseMatcher(data as PhraseFileData, 'rules/no-repeated-apology.yml')
    // A thread's turns are read once for all the replies checked against it.
    const apologizes = new PerMessage<boolean>()
    return (_tree, run) => {
      const earlier = (run.thread?.messages ?? [])
        .filter((message) => message.from === 'agent')
        .some((message) => apologizes.get(message, (text) => matcher.find(run.sentencesOf(text)).length > 0))
      const apologies = matcher.find(run.sentences())
      apologies.forEach((apology, index) => {
        if (earlier) run.report('again', { start: apology.start, end: apology.end })
        else if (index > 0) run.report('repeated', { start: apology.start, end: apology.end })
      })
    }
  },
})
