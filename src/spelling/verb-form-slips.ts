// Seed 001 (no spelling mistakes): the slips a dictionary cannot see because both forms are words: d/t in
// present-tense verbs ("je word" for "je wordt"), a word typed twice ("de de"), and a compound written
// apart ("klanten service"). Precision first: every check only speaks where the word order leaves no doubt.
import type { SentenceModel, Token } from '../kit/reply-model.js'
import { findSplitCompounds } from './split-compounds.js'

export interface SpellingSlip {
  start: number
  end: number
  actual: string
  replacement: string
  kind: 'dt' | 'doubled' | 'split-compound'
  message: string
}

/**
 * Present-tense verbs whose bare stem and stem + t are easily swapped, by bare stem. Only stems that are
 * never a noun or a participle as written ("antwoord", "behoud", "beantwoord" are, so they stay out), and
 * not "hoor", which is also the particle ("dank je hoor").
 */
const stems = new Set([
  'word', 'vind', 'bevind', 'ondervind', 'houd', 'onthoud', 'meld', 'zend', 'verzend', 'verbind',
  'bied', 'rijd', 'leid', 'krijg', 'ontvang',
])

/**
 * Participles in -d that are a slip for the present in -t ("het gebeurd vaak", "wat je bedoeld"), with the
 * subjects that mark the present and the auxiliaries that would make the participle right.
 */
const participleSlips = new Map<string, { present: string; subjects: Set<string>; atEnd: boolean }>([
  // "sorry dat dit gebeurd!" drops an "is" more likely than it misspells "gebeurt": only mid-clause.
  ['gebeurd', { present: 'gebeurt', subjects: new Set(['het', 'dat', 'dit', 'er', 'wat']), atEnd: false }],
  ['bedoeld', { present: 'bedoelt', subjects: new Set(['je', 'jij', 'u', 'hij', 'ge']), atEnd: true }],
])
const auxiliaries = new Set([
  'is', 'was', 'ben', 'bent', 'zijn', 'waren', 'wordt', 'word', 'werd', 'heb', 'hebt', 'heeft', 'had', 'hadden',
  'hebben', 'kan', 'kun', 'kunt', 'zal', 'zult', 'moet', 'mag', 'wil', 'wilt', 'zou', 'kon', 'moest', 'mocht',
])

/** Stems that also make a polite imperative with a reflexive "u" ("Meld u aan", "Houd u aan de afspraak"). */
const reflexiveWithU = new Set(['meld', 'houd', 'bevind', 'verbind', 'zend', 'bied'])

/** Subjects that take stem + t right before the verb (the verb agrees with them). */
const tSubjects = new Set(['je', 'jij', 'u', 'hij', 'zij', 'ze', 'het', 'men', 'ge', 'gij', 'dat', 'dit', 'er', 'wat'])

/** Determiners before a singular noun ("het pakket", "dit formulier"): the noun cannot be a plural. */
const singularDeterminers = new Set(['het', 'dit', 'dat', 'een', 'ons', 'elk', 'ieder', 'elke', 'iedere'])
/** Determiners that also go with a plural ("de pakketten"): the noun must not look like one. */
const otherDeterminers = new Set(['de', 'je', 'jouw', 'uw', 'onze', 'mijn', 'deze', 'die', 'zijn', 'haar', 'hun'])

/** Subjects after which the bare stem is right, or that take a plural verb: the clause is theirs. */
const otherSubjects = new Set(['ik', 'we', 'wij', 'jullie'])

/** After the verb, the word that makes it an inversion whose bare stem is right ("vind je", "houd ik"). */
const stemAfter = new Set(['ik', 'je', 'jij'])

/**
 * Words that can follow a subject "je" right after the verb, and never follow a possessive "je": so in
 * "wordt je gebeld", "vindt je het fijn" the "je" is the subject, in "wordt je pakket" it is not.
 */
const afterSubjectJe = new Set([
  'het', 'dat', 'dit', 'die', 'deze', 'er', 'ze', 'hem', 'ons', 'me', 'mij', 'je', 'jezelf', 'zelf', 'u',
  'alles', 'niets', 'iets', 'meer', 'wat', 'vast', 'misschien', 'natuurlijk', 'weer', 'opnieuw', 'eerst',
  'niet', 'wel', 'nog', 'al', 'ook', 'dan', 'nu', 'zo', 'even', 'toch', 'graag',
  'morgen', 'vandaag', 'vanavond', 'straks', 'binnenkort', 'snel', 'direct', 'meteen', 'vanzelf',
  'automatisch', 'altijd', 'nooit', 'hier', 'daar', 'waarschijnlijk', 'zeker', 'echt', 'uiterlijk',
  'op', 'in', 'aan', 'met', 'via', 'door', 'van', 'voor', 'bij', 'naar', 'per', 'binnen', 'na', 'over',
  'gebeld', 'gemaild', 'geholpen', 'geïnformeerd', 'doorverbonden', 'teruggebeld', 'benaderd',
  'gecontacteerd', 'verwacht', 'bediend', 'verwittigd',
])

/** Words that open a clause with the finite verb at its end: "als je lid word." is "als je lid wordt.". */
const subordinators = new Set([
  'als', 'dat', 'of', 'zodra', 'wanneer', 'omdat', 'zodat', 'voordat', 'nadat', 'totdat', 'terwijl', 'hoewel',
  'indien', 'waar', 'waarin', 'waarmee', 'waarop', 'die', 'wat', 'hoe', 'waarom',
])
/** Subjects right after such a word whose verb takes stem + t at the clause end (not "het": an object). */
const clauseSubjects = new Set(['je', 'jij', 'u', 'hij', 'ge', 'gij'])
/** How far the end of such a clause may be: far enough for "als je het pakket morgen terug", no further. */
const clauseReach = 10
/** Words after a clause-final verb that close the clause: "als je lid word en", "dat je het vind." */
const clauseClosers = new Set(['en', 'maar'])

/** Articles after "je" make it a subject only for verbs that take no indirect object "je" before theirs. */
const articles = new Set(['de', 'een', 'geen'])
const takesArticleAfterJe = new Set(['krijg', 'ontvang', 'vind'])

/** Words that open a main clause before the verb without being its subject: "morgen krijg je", "hoe vind je". */
const frontedAdverbials = new Set([
  'wanneer', 'hoe', 'waar', 'waarom', 'wat', 'dan', 'daar', 'hier', 'nu', 'morgen', 'vandaag', 'vanavond',
  'straks', 'binnenkort', 'daarna', 'eerst', 'vervolgens', 'zo', 'dus', 'ook', 'hierbij', 'daarmee',
  'daarvoor', 'daardoor', 'hiermee', 'waarschijnlijk', 'misschien', 'meestal', 'altijd', 'vaak', 'soms',
  'overmorgen', 'dinsdag', 'maandag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'bovendien',
])

/** Words that are not a noun heading a subject ("dat ook", "de meeste"): the noun slot rejects them. */
const notNouns = new Set([
  ...tSubjects, ...otherSubjects, ...afterSubjectJe, ...articles, ...frontedAdverbials, ...singularDeterminers, ...otherDeterminers,
  'en', 'of', 'maar', 'want', 'dus', 'als', 'omdat', 'zodat', 'zodra', 'wanneer', 'waar', 'hoe', 'wie',
  'welke', 'meeste', 'beste', 'eerste', 'laatste', 'andere', 'zelfde', 'hele', 'heel', 'erg', 'veel',
  // Finite verbs a subject "je" or "dat" takes ("als je wilt meld ...", "als dat kan word ...").
  'kan', 'kun', 'wil', 'zal', 'mag', 'moet', 'ben', 'heb', 'is', 'was', 'had', 'kon', 'wou', 'zou', 'moest',
  'mocht', 'ga', 'doe', 'kreeg', 'ging', 'kwam', 'deed', 'zag', 'stond', 'lag', 'zat', 'wist', 'dacht',
])

/** A noun phrase after one of these is no subject: "in dat geval meld het ons", "via de app vind u". */
const prepositions = new Set([
  'in', 'op', 'aan', 'met', 'via', 'door', 'van', 'voor', 'bij', 'naar', 'per', 'binnen', 'na', 'over', 'uit',
  'tot', 'tegen', 'zonder', 'onder', 'boven', 'achter', 'sinds', 'vanaf', 'volgens', 'tijdens', 'om', 'rond',
  'langs', 'ondanks', 'dankzij', 'namens', 'wegens', 'tussen', 'vanwege', 'zoals',
])

/** Nouns in "t" that "je" often goes with; other words in "t" after "je" are verbs ("je wilt", "je hebt"). */
const nounsInT = new Set(['pakket', 'bericht', 'account', 'abonnement', 'contract', 'ticket', 'product', 'recht', 'krediet', 'budget', 'paspoort', 'resultaat', 'apparaat'])

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** The replacement written in the case of what it replaces ("Wordt" -> "Word"). */
function inCaseOf(actual: string, replacement: string): string {
  return actual.charAt(0) !== actual.charAt(0).toLowerCase() ? upperFirst(replacement) : replacement
}

function isWord(token: Token | undefined): token is Token {
  return token?.kind === 'word'
}

function looksPlural(noun: string): boolean {
  return /(?:en|s|'s)$/u.test(noun)
}

function dtSlip(verb: Token, replacement: string, message: string): SpellingSlip {
  const fixed = inCaseOf(verb.text, replacement)
  return { start: verb.start, end: verb.end, actual: verb.text, replacement: fixed, kind: 'dt', message: message.replace('{fixed}', fixed) }
}

const needsT = (subject: string): string => `Schrijf "{fixed}": bij "${subject}" hoort de stam + t.`
const needsStem = (subject: string): string => `Schrijf "{fixed}": bij "${subject}" hoort alleen de stam.`
const invertedJe = (subject: string): string => `Schrijf "{fixed}": staat "${subject}" achter het werkwoord, dan valt de t weg.`

/** The d/t slips of one sentence, in one pass over its tokens. */
function dtSlips(tokens: Token[], out: SpellingSlip[]): void {
  // Whether "ik" or "we" already spoke since the last punctuation: then "je" or "de doos" before a bare
  // stem is an object ("als ik je vind").
  let otherSubjectSeen = false
  // Whether an auxiliary already spoke in this stretch: then a participle is right ("is het al gebeurd").
  let auxiliarySeen = false
  // The subject of an open subordinate clause ("als je ..."), and where that clause began.
  let clauseSubject: Token | undefined
  let clauseStart = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') {
      if (token.kind === 'punctuation') {
        otherSubjectSeen = false
        auxiliarySeen = false
        clauseSubject = undefined
      }
      continue
    }
    if (clauseSubject && (index - clauseStart > clauseReach || otherSubjects.has(token.norm) || subordinators.has(token.norm) || token.norm === 'ze' || token.norm === 'zij')) {
      clauseSubject = undefined
    }
    const norm = token.norm
    const previous = tokens[index - 1]
    const next = tokens[index + 1]
    const nextNorm = isWord(next) ? next.norm : undefined

    // "Word" after another word is the program, not the verb.
    const name = token.text.charAt(0) !== norm.charAt(0) && isWord(previous)
    if (name) {
      // Only the bookkeeping below.
    } else if (stems.has(norm)) {
      const withT = `${norm}t`
      const before = out.length
      const subjectAfter = nextNorm === 'hij' || (nextNorm === 'u' && !reflexiveWithU.has(norm))
      if (otherSubjectSeen) {
        // "als ik je vind", "als we de doos vinden": the subject is not the word before.
      } else if (subjectAfter) {
        // "word u gebeld", "wat krijg hij": the subject after the verb still takes the t.
        out.push(dtSlip(token, withT, needsT(next!.text.toLowerCase())))
      } else if (nextNorm !== undefined && (stemAfter.has(nextNorm) || nextNorm === 'u')) {
        // "het vind je", "dat vind ik", "de code vind je": an inversion whose bare stem is right.
      } else if (isWord(previous) && tSubjects.has(previous.norm)) {
        // "je word", "het word", "er word gewerkt" (not "dank je krijg" without its comma).
        const beforeSubject = tokens[index - 2]
        const thanks = isWord(beforeSubject) && (beforeSubject.norm === 'dank' || beforeSubject.norm === 'bedankt')
        if (!thanks) out.push(dtSlip(token, withT, needsT(previous.text.toLowerCase())))
      } else {
        // "je pakket word", "de bezorger vind", "uw nieuwe bankpas word".
        const subject = nounPhraseBefore(tokens, index)
        // "Op dat moment word het pakket ...": the subject follows, so name none.
        const subjectFollows = nextNorm !== undefined && (otherDeterminers.has(nextNorm) || singularDeterminers.has(nextNorm))
        if (subject) out.push(dtSlip(token, withT, subjectFollows ? 'Schrijf "{fixed}": bij één onderwerp (hij, zij, het) hoort de stam + t.' : needsT(subject)))
      }
      // "als je lid word.", "dat u het pakket niet vind en": the verb at the end of a clause whose subject
      // is "je", "u" or "hij".
      const closes = next === undefined || next.kind === 'punctuation' || (nextNorm !== undefined && clauseClosers.has(nextNorm))
      if (out.length === before && clauseSubject && !otherSubjectSeen && closes) {
        out.push(dtSlip(token, withT, needsT(clauseSubject.text.toLowerCase())))
      }
    } else if (participleSlips.has(norm)) {
      // "het gebeurd vaak" for "het gebeurt vaak"; not "het is gebeurd", "is het gebeurd?", "wat je bedoeld had".
      const slip = participleSlips.get(norm)!
      const placed = slip.atEnd || nextNorm !== undefined
      if (placed && isWord(previous) && slip.subjects.has(previous.norm) && !auxiliarySeen && !(nextNorm && auxiliaries.has(nextNorm))) {
        out.push(dtSlip(token, slip.present, `Schrijf "{fixed}": bij "${previous.text.toLowerCase()}" hoort hier de tegenwoordige tijd, stam + t.`))
      }
    } else if (norm.endsWith('t') && stems.has(norm.slice(0, -1))) {
      const stem = norm.slice(0, -1)
      if (isWord(previous) && previous.norm === 'ik') {
        // "ik wordt": the first person takes the bare stem.
        out.push(dtSlip(token, stem, needsStem('ik')))
      } else if (nextNorm === 'ik') {
        out.push(dtSlip(token, stem, needsStem('ik')))
      } else if (nextNorm === 'jij') {
        out.push(dtSlip(token, stem, invertedJe('jij')))
      } else if (nextNorm === 'je' && (!isWord(previous) || frontedAdverbials.has(previous.norm))) {
        // "wordt je gebeld" (subject), not "wordt je pakket bezorgd" (possessive): only when what follows
        // "je" cannot be a noun. And only when the verb opens the clause or follows an adverbial: after a
        // subject "je" is an object ("de monteur houdt je op de hoogte").
        const after = tokens[index + 2]
        const subjectJe =
          after === undefined ||
          after.kind === 'punctuation' ||
          (isWord(after) && (afterSubjectJe.has(after.norm) || (articles.has(after.norm) && takesArticleAfterJe.has(stem))))
        if (subjectJe) out.push(dtSlip(token, stem, invertedJe('je')))
      }
    }
    if (otherSubjects.has(norm)) otherSubjectSeen = true
    if (auxiliaries.has(norm)) auxiliarySeen = true
    if (isWord(previous) && subordinators.has(previous.norm) && clauseSubjects.has(norm)) {
      // "Ik hoop dat je het fijn vind": the new clause has its own subject.
      clauseSubject = token
      clauseStart = index
      otherSubjectSeen = false
    }
  }
}

/** The subject noun phrase right before tokens[index] ("je pakket", "de nieuwe pas"), if there is one. */
function nounPhraseBefore(tokens: Token[], index: number): string | undefined {
  const noun = tokens[index - 1]
  if (!isWord(noun) || notNouns.has(noun.norm) || !/^\p{L}+$/u.test(noun.norm)) return undefined
  let at = index - 2
  let adjective: Token | undefined
  const beforeNoun = tokens[at]
  if (isWord(beforeNoun) && beforeNoun.norm.endsWith('e') && !notNouns.has(beforeNoun.norm) && /^\p{L}+$/u.test(beforeNoun.norm)) {
    adjective = beforeNoun
    at -= 1
  }
  const determiner = tokens[at]
  if (!isWord(determiner)) return undefined
  const beforeDeterminer = tokens[at - 1]
  if (isWord(beforeDeterminer) && prepositions.has(beforeDeterminer.norm)) return undefined
  // "je wilt", "je wilde": after "je" a word in -t, -de or -te is more likely its verb than a noun.
  if (determiner.norm === 'je' && !adjective && /(?:t|de|te)$/u.test(noun.norm) && !nounsInT.has(noun.norm)) return undefined
  const singular = singularDeterminers.has(determiner.norm)
  if (!singular && !(otherDeterminers.has(determiner.norm) && !looksPlural(noun.norm))) return undefined
  return [determiner, adjective, noun].filter(isWord).map((token) => token.text.toLowerCase()).join(' ')
}

/**
 * Words Dutch repeats on purpose: "dat dat klopt", "die die dag", "vind het het proberen waard", "kun je
 * je adres sturen", "had had", "heel heel fijn", "ja ja".
 */
const legitRepeats = new Set([
  'dat', 'die', 'had', 'heel', 'echt', 'erg', 'zeer', 'veel', 'super', 'ja', 'nee', 'zo', 'nou',
  'hoi', 'ha', 'he', 'hé', 'hè', 'oh', 'o', 'ok', 'oké', 'toe', 'tja', 'bye', 'doei', 'dag',
])

/** Pronouns that repeat as object and possessive, or subject and reflexive, but never to open a clause. */
const repeatsAfterVerb = new Set(['het', 'je', 'u', 'ze', 'me', 'ons', 'haar', 'zijn', 'hun'])

function doubledSlips(tokens: Token[], out: SpellingSlip[]): void {
  for (let index = 1; index < tokens.length; index++) {
    const first = tokens[index - 1]!
    const second = tokens[index]!
    // One space between them (the slip; `actual` writes it so): "de de", not "de  de" laid out on purpose.
    if (first.kind !== 'word' || second.kind !== 'word' || first.norm !== second.norm || second.start - first.end !== 1) continue
    const opensClause = tokens[index - 2] === undefined || tokens[index - 2]!.kind === 'punctuation'
    if (repeatsAfterVerb.has(first.norm) && !opensClause) continue
    if (legitRepeats.has(first.norm) || !/^\p{L}+(?:'\p{L}+)?$/u.test(first.norm)) continue
    // "Bora Bora", "Duran Duran": a capital on the second is a name.
    if (second.text.charAt(0) !== second.text.charAt(0).toLowerCase()) continue
    out.push({
      start: first.start,
      end: second.end,
      actual: `${first.text} ${second.text}`,
      replacement: first.text,
      kind: 'doubled',
      message: `Dubbel woord: schrijf "${first.text}" één keer.`,
    })
  }
}

/** The spelling slips in a reply's sentences, in reading order. */
export function findSpellingSlips(sentences: SentenceModel[], isKnownWord: (word: string) => boolean): SpellingSlip[] {
  const slips: SpellingSlip[] = []
  for (const sentence of sentences) {
    dtSlips(sentence.tokens, slips)
    doubledSlips(sentence.tokens, slips)
    findSplitCompounds(sentence.tokens, isKnownWord, slips)
  }
  return slips.sort((a, b) => a.start - b.start)
}
