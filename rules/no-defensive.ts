// Seed 004, "Don't: in de verdediging schieten": no "dat is niet onze schuld", no pointing at others.
// Everyone reads along; take responsibility and offer an opening.
import data from '../generated/phrases/no-defensive.json' with { type: 'json' }
import { defineRule, type PhraseFileData, PhraseMatcher, type SentenceModel, type Token } from '../src/kit/index.js'

const phrases = data as PhraseFileData

/** Patterns that move the obligation elsewhere only after a concession: matched on the words after "maar". */
const AFTER_BUT = new Set(['na-maar-elders', 'na-maar-zelf'])

/**
 * Patterns that close a door: an offer in the same breath opens it again ("daar kunnen we niets aan
 * veranderen, maar we kunnen wel een nieuwe afspraak maken"). Denying blame is not softened by an offer.
 */
const CLOSES_DOOR = new Set(['niets-aan-doen', 'daar-niets-aan', 'geen-invloed', 'gaan-niet-over', 'niet-onze-zaak', 'geen-uitzonderingen', 'dat-is-beleid', 'volgens-de-regels', 'hoeven-niet', 'hoeven-niet-bijzin', 'niet-verplicht', 'geen-verplichting'])

const CONCESSION = new Set(['maar', 'echter'])
const MUST = new Set(['moet', 'moeten', 'moest', 'moesten', 'dient', 'dienen', 'diende', 'dienden'])
/** Who an obligation with the particle "maar" is put on: the customer, or someone in the third person. */
const SUBJECT = new Set(['u', 'je', 'jij', 'ge', 'gij', 'jullie', 'meneer', 'mevrouw', 'mijnheer', 'hij', 'zij', 'ze', 'klant', 'klanten', 'gast', 'gasten', 'reiziger', 'reizigers'])
/** Words that may stand between the modal and the particle: "moet u het dan maar", "moet de klant maar". */
const FILLER = new Set([...SUBJECT, 'de', 'het', 'dat', 'dit', 'dan', 'daar', 'daarvoor', 'hiervoor', 'ervoor', 'er', 'die', 'zelf', 'gewoon', 'nu', 'ook', 'even', 'eens', 'toch', 'dus'])
/**
 * "Dan moet je het ons maar laten weten", "je moet maar zeggen wanneer het uitkomt", "moet u maar even
 * bellen, dan regelen wij het": an invitation to us, or we act next; not sent away.
 */
const TOWARDS_US = new Set(['ons', 'mij', 'me', 'gerust', 'onze', 'we', 'wij', 'ik', 'zeggen', 'laten', 'weten', 'welkom'])
const AGENT = new Set(['we', 'wij', 'ik'])
/** "Maar we begrijpen wel je frustratie" is empathy, not an offer. */
const NO_OFFER = /^(begrijp|snap|voorstel|vind|vinden|hoop|hopen|jammer|vervelend|spijt)/

const GLAD = new Set(['gelukkig', 'fijn', 'leuk', 'top', 'mooi', 'goed'])

const words = (tokens: Token[]): Token[] => tokens.filter((token) => token.kind === 'word')

/**
 * "Dan moet u maar bij de webwinkel zijn", "voor de compensatie moet meneer maar ...": the modal particle
 * "maar" in an obligation on the customer or a third person dismisses. Not the conjunction ("je moet even
 * wachten, maar ..."), not us ("dan moeten we maar afwachten"), not an invitation ("moet je het ons maar
 * laten weten"). Returns [first, last] token of "moet ... maar".
 */
function dismissiveMaar(tokens: Token[]): [Token, Token] | undefined {
  let lastTowardsUs = -1
  tokens.forEach((token, index) => {
    if (token.kind === 'word' && TOWARDS_US.has(token.norm)) lastTowardsUs = index
  })
  for (let index = 0; index < tokens.length; index++) {
    const modal = tokens[index]!
    if (modal.kind !== 'word' || !MUST.has(modal.norm)) continue
    const before = tokens[index - 1]
    let subject: Token | undefined = before?.kind === 'word' && SUBJECT.has(before.norm) ? before : undefined
    for (let next = index + 1; next <= index + 5 && next < tokens.length; next++) {
      const token = tokens[next]!
      if (token.kind !== 'word') break
      if (token.norm === 'maar') {
        if (subject && lastTowardsUs < next) return [before === subject ? subject : modal, token]
        break
      }
      if (!FILLER.has(token.norm)) break
      if (SUBJECT.has(token.norm)) subject ??= token
    }
  }
  return undefined
}

/** "Maar ja, ..." opening a sentence or clause: the shrug after a regret. */
function shrug(tokens: Token[]): [Token, Token] | undefined {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const maar = tokens[index]!
    const ja = tokens[index + 1]!
    if (maar.norm !== 'maar' || ja.norm !== 'ja' || ja.kind !== 'word') continue
    const before = tokens[index - 1]
    const after = tokens[index + 2]
    const opens = before === undefined || before.kind !== 'word'
    const setOff = after === undefined || (after.kind === 'punctuation' && /^[,:;.…!]/.test(after.text))
    // "Maar ja, gelukkig is het opgelost" looks forward.
    const glad = tokens.slice(index + 2, index + 5).some((token) => token.kind === 'word' && GLAD.has(token.norm))
    if (opens && setOff && !glad) return [maar, ja]
  }
  return undefined
}

/** The words after the first concession ("maar", "echter") that is not the particle of "moet ... maar". */
function afterConcession(sentence: SentenceModel): SentenceModel | undefined {
  const tokens = sentence.tokens
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !CONCESSION.has(token.norm)) continue
    const previous = words(tokens.slice(Math.max(0, index - 4), index))
    if (token.norm === 'maar' && previous.some((word) => MUST.has(word.norm))) continue
    let from = index + 1
    while (from < tokens.length && (tokens[from]!.kind === 'punctuation' || tokens[from]!.norm === 'ja')) from++
    return from < tokens.length ? { ...sentence, tokens: tokens.slice(from) } : undefined
  }
  return undefined
}

/** An offer by us in these words: "(maar) we kunnen wel ...", "ik stuur je graag ...". */
function offers(tokens: Token[], graag: boolean): boolean {
  const list = words(tokens)
  return list.some((token, index) => {
    if (token.norm !== 'wel' && !(graag && token.norm === 'graag')) return false
    const around = list.slice(Math.max(0, index - 5), index + 6)
    return around.some((word) => AGENT.has(word.norm)) && !around.some((word) => NO_OFFER.test(word.norm))
  })
}

/** How far after a closed door an offer is looked for, in tokens (keeps a long sentence linear). */
const OFFER_REACH = 40

/** Whether a door-closing match at `end` in the sentence is followed by an offer in the same breath. */
function reopened(sentences: SentenceModel[], sentenceIndex: number, end: number): boolean {
  const tokens = sentences[sentenceIndex]!.tokens
  // The first token at or after `end`, by binary search (tokens are in order).
  let from = 0
  let to = tokens.length
  while (from < to) {
    const middle = (from + to) >> 1
    if (tokens[middle]!.start >= end) to = middle
    else from = middle + 1
  }
  const rest = tokens.slice(from, from + OFFER_REACH)
  const but = rest.findIndex((token) => token.norm === 'maar')
  if (but >= 0 && offers(rest.slice(but + 1), true)) return true
  const next = sentences[sentenceIndex + 1]
  return next !== undefined && offers(next.tokens.slice(0, OFFER_REACH), false)
}

export default defineRule({
  id: 'no-defensive',
  description: 'Schiet niet in de verdediging: geen "niet onze schuld", niet naar anderen wijzen',
  checklist: 'toon',
  severity: 'error',
  channels: 'alle kanalen',
  messages: {
    found:
      'Dit klinkt defensief: "{actual}". Neem verantwoordelijkheid ("Dit is niet hoe het hoort te gaan") en zeg wat je nu voor de klant doet.',
  },
  options: {},
  docs: {
    wrong: '@eva Dat ligt aan de vervoerder, daar kunnen wij niets aan doen. ^AB',
    right: '@eva Dit is niet hoe het hoort te gaan. Ik heb een nieuw pakket klaargezet; het komt morgen voor 12.00 uur. ^AB',
    rationale:
      'In de verdediging schieten is een don\'t (seed 004): iedereen leest mee, en een welles-nietes overtuigt niemand. Kijk naar jezelf en bied een opening.',
    details:
      '"In de verdediging schieten" is a don\'t (seed 004). Denying blame: "dat is niet onze schuld", "het ' +
      'ligt niet aan ons", "wij hebben niets fout gedaan", "wij zijn niet verantwoordelijk/aansprakelijk"; ' +
      'pointing at others ("dat ligt aan de vervoerder", "de schuld van PostNL"). Closing the door: "daar ' +
      'kunnen wij niets aan doen", "daar valt niets aan te doen", "daar gaan wij (als webcare) niet over", ' +
      '"daar hebben we geen invloed op", policy as a wall ("dat is nu eenmaal ons beleid", "regels zijn ' +
      'regels", "volgens de procedure gehandeld", "we maken geen uitzonderingen", "we hebben ons aan de ' +
      'afspraken gehouden"). Defence by argument structure, as real brand replies do it: after a ' +
      'concession ("maar", "echter"), the obligation moved to the customer or a third party ("..., maar ' +
      'voor een vergoeding moet u bij de webshop zijn", "maar dat moet u zelf met de verkoper oplossen"); ' +
      'the modal particle in "dan moet u maar ...", "moet ge maar"; a shrugging "Maar ja, ..."; "we moeten ' +
      'natuurlijk wel op de hoogte worden gebracht"; a causal refusal ("dus hoeven wij niets te ' +
      'vergoeden", "daarom betalen we de kosten niet terug", "wij zijn niet verplicht"); an investigation ' +
      'that acquits us or accuses someone else ("na onderzoek stellen we vast dat de fout niet aan onze ' +
      'kant ligt", "iemand anders heeft het ongetwijfeld meegenomen"); dismissing the feedback or the ' +
      'channel ("recensies interesseren ons niet", "verder geen commentaar", "daar gaan we niet op in", ' +
      '"daar reageer ik niet op", "waar gewerkt wordt ..."). A closed door followed by an offer in the ' +
      'same breath does not fire ("daar kunnen we niets aan veranderen, maar we kunnen wel een nieuwe ' +
      'afspraak maken", or "Ik kan je wel ..." in the next sentence); empathy is no offer ("maar we ' +
      'begrijpen wel je frustratie" still fires), and a denial of blame is not softened by an offer. Fine: ' +
      'owning a mistake ("dat is onze fout"), "je hoeft er niets aan te doen", a policy explained by its ' +
      'content ("volgens onze voorwaarden heb je 30 dagen bedenktijd"), a "maar" that explains with our ' +
      'own facts ("maar er was brand in het magazijn; we hebben je bestelling opnieuw verstuurd"), ' +
      'pointing the way without a concession ("voor de garantie moet je bij de fabrikant zijn: ' +
      '0800-1234"), an invitation ("dan moet je het ons maar laten weten") and a guess ("misschien heeft ' +
      'een buurman het meegenomen?").\n\n' +
      'Also wrong: `@eva Sorry voor de schade, maar voor een vergoeding moet u bij de webshop zijn. ^AB`',
  },
  create() {
    const pick = (keep: (id: string) => boolean): PhraseFileData => ({ ...phrases, patterns: phrases.patterns.filter((pattern) => keep(pattern.id)) })
    const anywhere = new PhraseMatcher(pick((id) => !AFTER_BUT.has(id)), 'rules/no-defensive.yml', { shareIndex: true })
    const afterBut = new PhraseMatcher(pick((id) => AFTER_BUT.has(id)), 'rules/no-defensive.yml', { shareIndex: true })
    return (_tree, run) => {
      const sentences = run.sentences()
      const spans: Array<{ start: number; end: number }> = []
      const add = (start: number, end: number): void => {
        if (!spans.some((span) => span.start < end && start < span.end)) spans.push({ start, end })
      }
      for (const match of anywhere.find(sentences)) {
        if (CLOSES_DOOR.has(match.patternId) && reopened(sentences, match.sentenceIndex, match.end)) continue
        add(match.start, match.end)
      }
      sentences.forEach((sentence) => {
        const rest = afterConcession(sentence)
        if (rest) for (const match of afterBut.find([rest])) add(match.start, match.end)
        const particle = dismissiveMaar(sentence.tokens)
        if (particle) add(particle[0].start, particle[1].end)
        const shrugged = shrug(sentence.tokens)
        if (shrugged) add(shrugged[0].start, shrugged[1].end)
      })
      spans.sort((a, b) => a.start - b.start)
      for (const span of spans) run.report('found', span)
    }
  },
})
