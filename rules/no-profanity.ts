// Seed 004 (reviewtips: "woedende reacties zijn niet goed voor je reputatie"): no swearing and no
// insults in a reply, whatever the customer wrote.
import data from '../generated/phrases/no-profanity.json' with { type: 'json' }
import { defineRule, normalizeWord, type PhraseFileData, PhraseMatcher } from '../src/kit/index.js'

interface ProfanityData extends PhraseFileData {
  stems: string[]
  harmlessAfter: Record<string, string[]>
}

const profanity = data as unknown as ProfanityData

/** The one-word swear words and insults of the phrase data ("klote", "sukkel"). */
const swearWords = new Set(
  profanity.patterns.flatMap((pattern) => pattern.all.flatMap((group) => (Array.isArray(group) ? group : []))).filter((form) => !form.includes(' ')),
)
// Longest stem first, so "klootzak" is judged as itself before anything shorter.
const stems = [...profanity.stems].sort((a, b) => b.length - a.length)
/** Place names are not swear words ("Kuttingstraat"). */
const placeSuffix = /(?:straat|laan|weg|plein|kade|gracht|singel|dijk|dreef|hof|steeg|markt|park|baan|ring|veld|dorp|kerk|berg)$/

/**
 * Whether a word is a swear word or insult this rule reports: one of the listed words, or a compound that
 * starts with a swear word ("klotedag", "kutservice", "kankerzooi", "shitdag"), but not a disease or
 * clothes compound ("kankeronderzoek", "klerenkast") or a street. The spelling check asks this, so a word
 * this rule already reports is not also reported as unknown.
 */
export function isProfaneWord(word: string): boolean {
  const norm = normalizeWord(word)
  return swearWords.has(norm) || isProfaneCompound(norm)
}

/** A compound that starts with a swear word; `norm` is normalised. */
function isProfaneCompound(norm: string): boolean {
  if (swearWords.has(norm) || placeSuffix.test(norm)) return false
  const stem = stems.find((candidate) => norm.startsWith(candidate))
  if (stem === undefined) return false
  const rest = norm.slice(stem.length).replace(/^-/, '')
  return !(profanity.harmlessAfter[stem] ?? []).some((harmless) => rest.startsWith(harmless))
}

/** Runs of letters and asterisks in the raw text: a masked word ("t**fus", "kl*te") is one run. */
const letterRun = /[\p{L}*]+/gu
/** The longest masked word looked at; longer runs are no word. */
const longestMasked = 30

/**
 * Whether `parts` (the letters of a masked word, split at its runs of asterisks) can spell `word`: the
 * parts in order, the first at the start, the last at the end, each run of asterisks standing for one to
 * four letters ("t**fus" is "tyfus", "k*t" is "kut", "g*dverdomme" is "godverdomme").
 */
function spells(parts: string[], word: string): boolean {
  // The parts are few and the words short (at most `longestMasked` letters), so this is cheap.
  const reach = (from: number, index: number): boolean => {
    const part = parts[index]!
    if (index === parts.length - 1) {
      const gap = word.length - part.length - from
      return gap >= 1 && gap <= 4 && word.endsWith(part)
    }
    for (let gap = 1; gap <= 4; gap++) {
      const at = from + gap
      if (word.startsWith(part, at) && reach(at + part.length, index + 1)) return true
    }
    return false
  }
  const first = parts[0]!
  return word.startsWith(first) && reach(first.length, 1)
}

/** Whether a masked word ("t**fus", "k*tservice") stands for a swear word or a compound of one. */
function isMaskedProfanity(masked: string): boolean {
  const parts = masked.split(/\*+/)
  // One or two masked spots: more is no masked word, and would make `spells` try too many ways.
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => part.length === 0)) return false
  if ([...swearWords].some((word) => !word.includes(' ') && spells(parts, word))) return true
  // A compound: the masking falls in the stem, the rest is written out ("k*tservice", "kl*tedag").
  const last = parts.at(-1)!
  for (const stem of stems) {
    for (let cut = 1; cut < last.length - 1; cut++) {
      const rest = last.slice(cut)
      if (!spells([...parts.slice(0, -1), last.slice(0, cut)], stem)) continue
      if (!(profanity.harmlessAfter[stem] ?? []).some((harmless) => rest.startsWith(harmless))) return true
    }
  }
  return false
}

export default defineRule({
  id: 'no-profanity',
  description: 'Geen vloeken of scheldwoorden',
  checklist: 'toon',
  severity: 'error',
  channels: 'alle kanalen',
  messages: {
    found: 'Vloek of scheldwoord: "{actual}". Haal het weg; blijf rustig, hoe fel de klant ook is.',
  },
  options: {},
  docs: {
    wrong: '@eva Klote dat je pakket weer niet kwam, die bezorger is echt een sukkel. ^AB',
    right: '@eva Balen dat je pakket weer niet kwam. Ik heb een nieuwe bezorging gepland voor morgen voor 12.00 uur. ^AB',
    rationale:
      'Iedereen leest mee en woedende reacties zijn niet goed voor je reputatie (seed 004). Een merk vloekt niet en scheldt niet, ook niet terug.',
    details:
      'Dutch swearing and insults ("klote", "kutzooi", "godverdomme", "shit", "sukkel", "klootzak"), ' +
      'whatever the customer wrote (seed 004: "woedende reacties zijn niet goed voor je reputatie"). A ' +
      'word that starts with a swear word is one too ("klotedag", "kutservice", "tyfusherrie"), but not a ' +
      'disease or clothes compound ("kankeronderzoek", "tyfusvaccinatie", "klerenkast"), a capitalised ' +
      'name inside a sentence ("Kuttingstraat") or the idiom "de tering naar de nering zetten". Masked ' +
      'swear words count: "t**fus", "k*t", "kl*tedag", "g*dverdomme" (a run of asterisks inside a word ' +
      'stands for a few letters; "*echt*" is emphasis). So does calling the customer names: an insulting ' +
      'noun in a frame that aims it at someone ("wat een zuurpruim", "u bent een gierige krent", "valse ' +
      'feeks", "stelletje zeikerds"), or the plural of a pure insult ("zuurpruimen", "azijnpissers"); "u ' +
      'bent geen zeurpiet" and "krentenbollen" are fine.',
  },
  create() {
    const matcher = new PhraseMatcher(profanity, 'rules/no-profanity.yml', { shareIndex: true })
    return (_tree, run) => {
      const sentences = run.sentences()
      const spans = matcher.find(sentences).map((match) => ({ start: match.start, end: match.end }))
      const reported = new Set(spans.map((span) => span.start))
      for (const sentence of sentences) {
        // A capital inside a sentence is a name ("Kuttingstraat", "Klerebrug"), not a curse; a capital
        // after a full stop is not ("u. Godverdorie!" may be one sentence to the parser).
        let startsSentence = true
        for (const token of sentence.tokens) {
          if (token.kind === 'punctuation') {
            if (/[.!?]/.test(token.text)) startsSentence = true
            continue
          }
          if (token.kind !== 'word') continue
          const isName = !startsSentence && /^\p{Lu}/u.test(token.text)
          startsSentence = false
          if (!reported.has(token.start) && !isName && isProfaneCompound(token.norm)) spans.push({ start: token.start, end: token.end })
        }
      }
      // Masked swear words: the parser splits "t**fus" at the asterisks, so they are read from the text.
      for (const found of run.text.matchAll(letterRun)) {
        const raw = found[0]
        // Asterisks around a word are emphasis ("*echt*"), not masking.
        const masked = raw.replace(/^\*+|\*+$/g, '')
        if (!masked.includes('*') || masked.length > longestMasked) continue
        const start = found.index + raw.indexOf(masked)
        const end = start + masked.length
        if (spans.some((span) => span.start < end && start < span.end)) continue
        if (isMaskedProfanity(normalizeWord(masked))) spans.push({ start, end })
      }
      spans.sort((a, b) => a.start - b.start)
      for (const span of spans) run.report('found', span)
    }
  },
})
