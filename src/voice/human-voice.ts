// The "conversational human voice" of a reply (Kelleher 2009; Van Hooijdonk & Liebrecht 2018): how much it
// personalises, speaks informally and invites the customer, beside what the brand's values ask (seed 004).
import type { AddressForm, HumanVoice, VoiceGroup, VoiceMarker, VoiceScores } from '../types.js'
import { findSyntaxSpans, placeholderParts, type SyntaxSpan } from '../syntax/syntax-spans.js'

export interface VoiceContext {
  addressForm: AddressForm
  /** The brand's values (config.values), for the target. */
  values: readonly string[]
  /** The customer's handle or name, when known (the thread's customer, without "@"). */
  customer?: string
  /** The team's agents: initials -> name (config.agents). */
  agents: Readonly<Record<string, string>>
  /** The text's syntax spans, when the caller found them already (the checker's syntax marking). */
  spans?: readonly SyntaxSpan[]
}

// ---------------------------------------------------------------------------------------------------------
// Groups, kinds and targets

/**
 * The kinds of each group, after the identification instrument of Van Hooijdonk & Liebrecht (2018): a
 * group's score is the share of its kinds a reply shows, so one kind more always counts the same.
 */
const groupKinds = {
  personalisation: ['greeting', 'customer-name', 'pronoun', 'agent-name'],
  informal: ['interjection', 'emoticon', 'colloquial'],
  invitational: ['thanks', 'acknowledgement', 'sympathy', 'apology', 'invite-reply', 'well-wishing'],
} as const satisfies Record<VoiceGroup, readonly string[]>

type Kind = (typeof groupKinds)[VoiceGroup][number]
const groups = Object.keys(groupKinds) as VoiceGroup[]
const kindList: Kind[] = groups.flatMap((group) => [...groupKinds[group]])
const groupOf = new Map<Kind, VoiceGroup>(groups.flatMap((group) => groupKinds[group].map((kind) => [kind, group] as const)))
const kindBit = new Map<Kind, number>(kindList.map((kind, index) => [kind, 1 << index]))

/**
 * What a value asks of personalisation and invitational rhetoric, as the share of the group's kinds a
 * typical reply shows; `informal`, where set, caps informal speech. Why these numbers:
 * - seed 004 gives `vriendelijk` "altijd begroeten en afsluiten, waardering uitspreken" and "tutoyeren,
 *   aanspreken met voornaam": every personal kind, and two or three of the six invitational ones (thanks
 *   or sympathy, and a closing wish), so that a reply with none of them is remarked;
 * - presets/values/persoonlijk.json asks the @mention, a greeting with the first name and the agent's own
 *   name (all four personal kinds) but no empathy formulas, so fewer invitational kinds;
 * - `behulpzaam` always gives a next step (invite a reply), `betrouwbaar` and `onbevooroordeeld` ask
 *   nothing of the voice and keep the middle;
 * - seed 004 gives `deskundig` "professioneel blijven" and "geen slang, geen emoji": a greeting and plain
 *   address are enough, and no informal speech at all.
 * Van Hooijdonk & Liebrecht (2018) found Dutch municipalities personalise often but hardly use informal
 * speech or invitational rhetoric; the middle asks a little of both, so that only a clear gap is remarked.
 */
const valueTargets: Readonly<Record<string, { personalisation: number; invitational: number; informal?: number }>> = {
  vriendelijk: { personalisation: 1, invitational: 0.4 },
  persoonlijk: { personalisation: 1, invitational: 0.33 },
  behulpzaam: { personalisation: 0.75, invitational: 0.33 },
  betrouwbaar: { personalisation: 0.75, invitational: 0.25 },
  onbevooroordeeld: { personalisation: 0.75, invitational: 0.25 },
  deskundig: { personalisation: 0.5, invitational: 0.17, informal: 0 },
}

/** No known values: greeting, name and address (three of four personal kinds), now and then a thank-you. */
const middleTarget = { personalisation: 0.75, invitational: 0.25 }

/**
 * Informal speech by address form: "u" keeps the distance a formal register asks (no interjections,
 * emoticons or colloquial words); "je" and the Flemish "ge" allow some: one kind in most replies or less.
 */
const informalTargets: Readonly<Record<AddressForm, number>> = { u: 0, je: 0.25, ge: 0.25 }

/** A group is "clearly below" its target when it misses by more than this (one personal kind is 0.25). */
const belowMargin = 0.25

const round = (value: number) => Math.round(value * 100) / 100

/** What the brand's values and address form ask of each group. */
export function voiceTarget(values: readonly string[], addressForm: AddressForm): VoiceScores {
  let personalisation = 0
  let invitational = 0
  let known = 0
  let informal = informalTargets[addressForm] ?? informalTargets.je
  for (const value of values) {
    const asks = Object.hasOwn(valueTargets, value) ? valueTargets[value] : undefined
    if (!asks) continue
    personalisation += asks.personalisation
    invitational += asks.invitational
    known++
    if (asks.informal !== undefined) informal = Math.min(informal, asks.informal)
  }
  const target = known === 0 ? middleTarget : { personalisation: personalisation / known, invitational: invitational / known }
  return scores(target.personalisation, informal, target.invitational)
}

function scores(personalisation: number, informal: number, invitational: number): VoiceScores {
  return {
    personalisation: round(personalisation),
    informal: round(informal),
    invitational: round(invitational),
    overall: round((personalisation + informal + invitational) / 3),
  }
}

// ---------------------------------------------------------------------------------------------------------
// Phrase data: each phrase is tried where one of its words starts (sticky), so a reply is read once.

// Pattern pieces. Every repetition is bounded, so a hostile reply costs time linear in its length.

/**
 * Letters as Dutch and Flemish replies write them (Latin, with accents and combining marks): much cheaper
 * to compile than \p{L} (~0.5 ms a class under /iu), and there are a hundred patterns.
 */
const letters = String.raw`a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF`
const letter = `[${letters}]`
const wordChar = `[${letters}0-9]`
const pictograph = String.raw`[\u2600-\u27BF\u{1F000}-\u{1FAFF}]`
/** The end of a word, not of the first part of a compound ("Hallo-pakket", "tot ziens-mail"). */
const end = String.raw`(?!${wordChar}|-${letter})`
const gap = String.raw`\s{1,3}`
const start = String.raw`(?<!${wordChar})`
/** No "niet", "geen", "nooit" or "zonder" in the two words before: "niet vervelend", "geen dank". */
const unnegated = String.raw`(?<!${start}(?:niet|geen|nooit|zonder)\s{1,3}(?:${letter}{1,20}\s{1,3})?)`
/** Words before the anchor that belong to the marker ("Wat vervelend"), optional. */
const lead = (words: string) => String.raw`(?<=(?:${start}(?<lead>(?:${words})\s{1,3}))?)`
/** Words that must come before the anchor, marked with it ("Je hebt gelijk"). */
const leadRequired = (words: string) => String.raw`(?<=${start}(?<lead>(?:${words})\s{1,3}))`
/**
 * The start of a main clause, where an imperative stands ("Zo niet, laat het ons weten", "Probeer het en
 * laat het weten"), not inside "Goed dat je het even laat weten". One particle may come first ("Dus ...").
 */
const clauseStart = String.raw`(?<=(?:^|[.!?,;:\n(…"'“‘]|@[${letters}0-9_.]{1,40}|${pictograph})\s{0,3}(?:(?:dan|anders|dus|ook|graag|zo|alsjeblieft|alstublieft|aub|svp|gerust|even|maar|vooral|nu|wel|hoor|alvast)\s{1,3})?|${start}(?:en|of)\s{1,3})`
/** After an exclamation, a closing or the sign-off: where a wish or an interjection ends. */
const wishEnd = String.raw`(?=\s{0,3}(?:[^${letters}0-9\s]|$)|\s{1,3}(?:en|met|in|op|daar|straks|alvast|toe|gewenst|toegewenst|allemaal|allebei|samen)${end})`
const punctuationAfter = String.raw`(?=\s{0,2}[,!?.…;:)]|\s{0,3}$|\s{0,3}\n)`
const intensifiers = 'wat|heel|erg|echt|zo|super|ontzettend|enorm|bijzonder|hartstikke|best|uiterst|vreselijk|nogal|knap|flink|reuze|verschrikkelijk|behoorlijk|natuurlijk|ook|toch'
const feelings =
  'frustratie|frustraties|ergernis|ergernissen|irritatie|irritaties|teleurstelling|ontgoocheling|onvrede|ongenoegen|boosheid|ongerustheid|bezorgdheid|zorgen|woede|verdriet|ongeduld'
const subjectYou = 'je|jij|u|ge|gij|jullie'
const telling =
  'meldt|meldde|melden|gemeld|aangeeft|aangaf|aangeven|aangegeven|doorgeeft|doorgaf|doorgegeven|laat\\s{1,3}weten|liet\\s{1,3}weten|laten\\s{1,3}weten|hebt\\s{1,3}laten\\s{1,3}weten|laat\\s{1,3}horen|zegt|zei|vraagt|vroeg|aankaart|aankaartte|opmerkt|signaleert|deelt|deelde|gedeeld|wijst|attendeert|opneemt|opnam|opgenomen|mailt|mailde|belt|belde|schrijft|schreef|stuurt|stuurde|vertelt|vertelde|reageert|reageerde|tipt|tipte|terugkoppelt|benadert|contacteert|contacteerde'
/** Capitals and small letters for names, in the same spirit (Latin Extended-A counts as both). */
const upper = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F`
const lower = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F\u0300-\u036F`
const initials = String.raw`[A-Z\u00C0-\u00D6\u00D8-\u00DE]{2,4}`
const namePart = String.raw`[${upper}][${lower}'’]{1,30}(?:-[${upper}]?[${lower}]{1,30}){0,3}`
/** Capitalised words that open a line or follow a greeting but name no person. */
const notAName = String.raw`(?!(?:Team|Teams|Klantenservice|Klantendienst|Webcare|Webcareteam|Service|Support|Customer|Afdeling|Redactie|Namens|Het|De|Een|Onze|Ons|Uw|Je|Jouw|Allemaal|Allen|Allebei|Iedereen|Daar|Klant|Klanten|Reiziger|Reizigers|Lezer|Lezers|Volger|Volgers|Collega|Mensen|Vrienden|Dames|Heren|Beste|Groet|Groeten|Groetjes|Dank|Bedankt|Sorry|Excuses|Fijne|Gemeente|Winkel)${end})`
const personName = String.raw`${notAName}${namePart}(?:[ \t](?:(?:van|de|der|den|ter|ten|te|la|le|du|da|el|al|von)[ \t]){0,3}${notAName}${namePart}){0,2}`

interface Phrase {
  kind: Kind
  /** The words (lower case) the phrase is tried at. */
  at: readonly string[]
  /** Matched from the anchor word; a lookbehind group `lead` extends the marker to words before it. */
  pattern: string
  /** Letters keep their case (names); else the pattern is written in lower case and ignores case. */
  caseSensitive?: boolean
  /** Tried right after a match; when it matches, the phrase is not a marker ("Ik begrijp je vraag niet"). */
  unlessAfter?: string
}

/** Negation later in the same clause: "ik begrijp je vraag niet", not "ik begrijp dat je niet kunt". */
const negatedClause = String.raw`(?:\s{1,3}(?!(?:dat|hoe|waarom|wat|of|als|wanneer|want|omdat)${end})${letter}{1,20}){0,4}?\s{1,3}(?:niet|geen|nooit)${end}`
const compounds = (prefix: string, tails: string) => tails.split('|').map((tail) => prefix + tail)

const phrases: Phrase[] = [
  // --- personalisation: closing greetings (the opening ones are found at line starts), the agent's name
  {
    kind: 'greeting',
    at: ['groet', 'groeten', 'groetjes', 'grtz', 'greetz', 'mvg', 'mvgr', 'hartelijks', 'gr', 'liefs', 'hoogachtend'],
    pattern: String.raw`(?<=(?:${start}(?<lead>(?:met${gap})?(?:vriendelijke|hartelijke|warme|zonnige|lieve|fijne|beste|sportieve|veel|hele|vele|de|zomerse|vriendelijk|hartelijk)${gap}|met${gap}))?)(?:groet|groeten|groetjes|grtz|greetz|mvgr?|hartelijks|hoogachtend|(?<!${start}veel${gap})liefs(?=\s{0,2}[,!\n]|\s{0,3}$)|gr(?=\.?,?[ \t]{0,3}(?:${letter}|\r?\n|$)))${end}\.?`,
  },
  {
    kind: 'greeting',
    at: ['tot'],
    pattern: String.raw`tot${gap}(?:ziens|snel|gauw|later|binnenkort|de${gap}volgende${gap}keer|een${gap}volgende${gap}keer)${end}(?=\s{0,3}(?:[^${letters}0-9\s]|$)|${gap}(?:in|bij|op|en|hoor)${end})`,
  },
  { kind: 'greeting', at: ['doei', 'daag', 'doeg', 'ciao', 'houdoe', 'cheers'], pattern: String.raw`(?:doei|daag|doeg|ciao|houdoe|cheers)${end}${punctuationAfter}` },
  // "Mijn naam is Anna", "Je spreekt met Kevin", "Ik ben Sanne van het webcareteam", "Hoi Eva, Sanne hier!"
  { kind: 'agent-name', at: ['naam'], caseSensitive: true, pattern: String.raw`${leadRequired("[Mm]ijn|[Mm]'n")}naam\s{1,3}is\s{1,3}${personName}` },
  { kind: 'agent-name', at: ['spreekt'], caseSensitive: true, pattern: String.raw`${leadRequired('[Jj]e|[Uu]|[Gg]e')}spreekt\s{1,3}met\s{1,3}${personName}` },
  {
    kind: 'agent-name',
    at: ['ben'],
    caseSensitive: true,
    pattern: String.raw`${leadRequired('[Ii]k')}ben\s{1,3}${notAName}${namePart}(?=\s{0,2}[,.!]|\s{1,3}(?:van|en|namens|bij|,)${end})`,
  },
  { kind: 'agent-name', at: ['hier'], caseSensitive: true, pattern: String.raw`(?<=,\s{1,3}(?<lead>${notAName}${namePart}\s{1,3}))hier(?=\s{0,2}[,.!]|\s{1,3}van${end})` },

  // --- informal: interjections
  {
    kind: 'interjection',
    at: ['oei', 'oeioei', 'oeps', 'oepsie', 'jeetje', 'jemig', 'tjonge', 'tjongejonge', 'tja', 'amai', 'ocharme', 'wauw', 'wow', 'waw', 'och', 'ach', 'goh', 'jee', 'jeminee', 'hoera', 'joepie', 'jippie', 'allez', 'awel', 'aha', 'hè', 'hé', 'auw', 'hm', 'hmm', 'pff', 'zucht', 'jawadde'],
    pattern: String.raw`(?<!['"‘“«„])(?:oei(?:oei)?|oeps(?:ie)?|jeetje|jemig|tjonge(?:jonge)?|tja|amai|ocharme|wauw|wow|waw|och|ach|goh|jee|jeminee|hoera|joepie|jippie|allez|awel|aha|hè|hé|auw|hm+|pff+|zucht|jawadde)${end}`,
  },
  // "Oh", "Ah", but not Albert Heijn's "AH".
  { kind: 'interjection', at: ['oh', 'ah', 'o'], caseSensitive: true, pattern: String.raw`(?:[Oo]h|[Aa]h|[Oo](?=\s{1,3}(?:jee|nee|wee)${end}))${end}` },
  { kind: 'interjection', at: ['nou'], pattern: String.raw`nou(?=\s{0,2}[,!?.]|${gap}(?:ja|nee|en${gap}of|nou)${end})` },
  // Particles: "Dat kan hoor!", "Wat fijn zeg!", "Geen probleem joh." (not the verbs: "ik hoor", "dat zeg ik")
  {
    kind: 'interjection',
    at: ['hoor', 'zeg', 'joh', 'he'],
    pattern: String.raw`(?<!${start}(?:ik|je|jij|u|we|wij|ge|gij|jullie|ze|zij|hij|men)(?:\s{1,3}${letter}{1,20}){0,3}\s{1,3})(?<!${start}(?:dat|dit|wat|het)\s{1,3})(?:hoor|zeg|joh|he(?=\s{0,2}[?!]))${punctuationAfter}`,
  },
  {
    kind: 'interjection',
    at: ['ai', 'aj', 'au', 'yes', 'oké', 'okay', 'okee', 'oke', 'ok', 'oki', 'okido', 'okidoki'],
    pattern: String.raw`(?:ai|aj|au|yes|oké|okay|okee|oke|ok|oki|okido|okidoki)(?=\s{0,2}[,!]|\s{0,2}\.(?!${letter})|${gap}(?:ai|nee)${end})`,
  },
  // --- informal: colloquial words (not the ones that are also formal: "echt" only as an intensifier)
  {
    kind: 'colloquial',
    at: ['top'],
    pattern: String.raw`(?<!${start}(?:de|het|een|aan|op|naar|in|the|tot|uit|van|zijn|onze)\s{1,3})(?:top(?=\s{0,2}[!,.?]|${gap}dat${end}|\s{0,3}$)|(?<=${start}(?:helemaal|echt|super|gewoon|wat|is|klinkt|vind\s{1,3}ik|was)\s{1,3})top(?![${letters}0-9-])(?!\s{0,2}[0-9]))`,
  },
  { kind: 'colloquial', at: ['toppie', 'topper', 'toppers', 'toppertje'], pattern: String.raw`(?:toppie|toppers?|toppertje)${end}` },
  {
    kind: 'colloquial',
    at: ['super'],
    caseSensitive: true,
    pattern: String.raw`(?<!${start}(?:[Dd]e|[Hh]et|[Ee]en|naar|in|bij|[Tt]he|van|[Dd]eze|die)\s{1,3})[Ss]uper(?=\s{0,2}[!,.]|\s{1,3}[${lower}]{2,20}${end})(?!\s{1,3}(?:de|het|een|van|voor|met|in|op|aan|bij|naar|en|of|is|zijn|was)${end})`,
  },
  {
    kind: 'colloquial',
    at: compounds('super', 'leuk|fijn|snel|blij|goed|vet|tof|mooi|lief|handig|vervelend|balen|chill|top|lekker|aardig|tevreden|vriendelijk|bedankt|knap|cool|gaaf|netjes|attent|stom|zielig|jammer|spijtig|gezellig|graag'),
    pattern: String.raw`super${letter}{2,12}${end}`,
  },
  { kind: 'colloquial', at: ['gaaf', 'gaafste', 'gaaaf'], pattern: String.raw`ga+f(?:ste)?${end}` },
  { kind: 'colloquial', at: ['gave'], pattern: String.raw`(?<=${start}(?:super|echt|wat|heel|zo|vet|mega)\s{1,3})gave${end}` },
  {
    kind: 'colloquial',
    at: ['vet'],
    pattern: String.raw`(?:(?<=${start}(?:echt|super|wat|zo|heel|best|mega|hartstikke)\s{1,3})vet${end}(?!${gap}(?:en|in|gehalte|percentage|eten))|vet(?=\s{0,2}!)|vet${gap}(?:cool|gaaf|leuk|mooi|goed|nice|tof|lekker|blij|snel|chill|gezellig)${end})`,
  },
  {
    kind: 'colloquial',
    at: ['chill', 'chillen', 'chille', 'sowieso', 'sws', 'effe', 'efkes', 'eventjes', 'evenkes', 'ff', 'ffkes', 'ffies', 'effies', 'tof', 'toffe', 'toffer', 'tofste', 'cool', 'nice', 'awesome', 'thx', 'tnx', 'thnx', 'btw', 'idd', 'lol', 'omg', 'np', 'wss', 'wrs', 'gwn', 'iig', 'hartstikke', 'harstikke', 'plezant', 'plezante', "da's", 'okido', 'easy'],
    pattern: String.raw`(?:chill(?:en|e)?|sowieso|sws|effe|efkes|eventjes|evenkes|ff|ffkes|ffies|effies|tof(?:fe|fer|ste)?|cool|nice|awesome|thx|tnx|thnx|btw|idd|lol|omg|np|wss|wrs|gwn|iig|hartstikke|harstikke|plezante?|da['’]s|easy${gap}peasy)${end}`,
  },
  { kind: 'colloquial', at: ['zalig'], pattern: String.raw`zalig${end}(?!${gap}(?:kerstfeest|kerstmis|pasen|nieuwjaar|feestdagen))` },
  { kind: 'colloquial', at: ['balen', 'baal', 'baalt', 'gebaald'], pattern: String.raw`(?:balen|baalt?|gebaald)${end}` },
  {
    kind: 'colloquial',
    at: ['echt'],
    pattern: String.raw`echt${gap}(?:super|top|toppie|vet|gaaf|tof|chill|cool|leuk|stom|rot|klote|heftig|zonde|balen|jammer|vervelend|fijn|lief|knap|mooi|geweldig|bizar|gek|raar|suf|gezellig|lekker|waar|nice|spijtig|ambetant|zalig)${end}`,
  },
  { kind: 'colloquial', at: ['kei', 'mega'], pattern: String.raw`(?:kei|mega)${gap}(?:goed|leuk|tof|blij|fijn|mooi|lekker|snel|vriendelijk|tevreden|graag|vet|chill|cool|gaaf|bedankt|druk)${end}` },
  {
    kind: 'colloquial',
    at: [...compounds('kei', 'goed|leuk|tof|blij|fijn|mooi|lekker|vriendelijk|tevreden|graag'), ...compounds('mega', 'leuk|blij|fijn|vet|goed|tof|snel|chill|cool|gaaf|bedankt')],
    pattern: String.raw`(?:kei|mega)${letter}{3,12}${end}`,
  },
  { kind: 'colloquial', at: ['dikke'], pattern: String.raw`dikke${gap}(?:merci|duim|pluim|knuffel|kus|zoen|proficiat|felicitaties|dank)${end}` },

  // --- invitational: thanks (not "geen dank", "niet te danken", "met dank aan" a colleague)
  {
    kind: 'thanks',
    at: ['bedankt'],
    pattern: String.raw`(?<!${start}(?:niet|geen|zonder)\s{1,3})${lead(`alvast|nogmaals|hartelijk|heel${gap}erg|heel${gap}hartelijk|erg|enorm|super|heel|bij${gap}voorbaat|vast|ontzettend|echt|wel|hartstikke|reuze|duizendmaal`)}bedankt${end}`,
  },
  {
    kind: 'thanks',
    at: ['dank'],
    pattern: String.raw`(?<!${start}(?:geen|zonder|niet${gap}te|niets${gap}te)\s{1,3})${lead(`hartelijk|vriendelijk|veel|heel${gap}veel|alvast|bij${gap}voorbaat|nogmaals|ik|duizendmaal|hartstikke|onze|mijn|grote|dikke`)}dank(?:${gap}(?:je|jij|jou|u|ge|jullie|uwe)(?:${gap}wel)?${end}|(?=${gap}(?:voor|daarvoor|hiervoor|nogmaals)${end}|\s{0,2}[!,.]))`,
  },
  { kind: 'thanks', at: ['dankjewel', 'dankuwel', 'dankje', 'dankwel', 'dankjulliewel'], pattern: String.raw`(?<!${start}(?:geen|niet)\s{1,3})(?:dank(?:je|u|jullie)?wel|dankje)${end}` },
  { kind: 'thanks', at: ['merci', 'thanks', 'thx', 'tnx', 'thnx'], pattern: String.raw`(?<!${start}(?:geen|no)\s{1,3})${lead('dikke|hartelijk|alvast|nogmaals|veel|grote|many')}(?:merci|thanks|thx|tnx|thnx)${end}` },
  { kind: 'thanks', at: ['danken'], pattern: String.raw`(?<!${start}(?:te|niet)\s{1,3})${lead('we|wij|ik')}danken${gap}(?:je|jou|u|jullie|ge|gij|we|wij|ik)${end}` },
  {
    kind: 'thanks',
    at: ['dankbaar'],
    pattern: String.raw`${unnegated}(?<=${start}(?:ben|zijn|zijn${gap}we|ben${gap}ik)\s{1,3}(?:(?:je|u|jullie|ge|jou)\s{1,3})?(?:(?:erg|heel|zeer|ontzettend|enorm|echt|super|bijzonder)\s{1,3})?)dankbaar${end}`,
  },
  {
    kind: 'thanks',
    at: ['waarderen', 'waardeer'],
    pattern: String.raw`${unnegated}(?:${leadRequired('we|wij|ik')}(?:waarderen|waardeer)${gap}(?:het|dat|je|jouw|uw|jullie|dit|enorm|zeer|erg|echt|heel)${end}|waarderen${gap}(?:we|wij)${end})`,
  },
  {
    kind: 'thanks',
    at: ['op'],
    pattern: String.raw`(?=op${gap}prijs${end})(?<!${start}niet\s{1,3})(?:op${gap}prijs${gap}(?:stellen|gesteld)|(?<=${start}(?:stellen|stel|stelt|stelden|stelde)\s{1,3}(?:${letter}{1,20}\s{1,3}){0,4})op${gap}prijs)${end}`,
  },

  // --- invitational: acknowledgement ("ik begrijp", "terecht", "goed dat je het meldt")
  {
    kind: 'acknowledgement',
    at: ['ik', 'we', 'wij'],
    pattern: String.raw`(?:ik|we|wij)${gap}(?:begrijp|begrijpen|snap|snappen|versta|verstaan)${end}(?:${gap}(?:heel|erg|zeker|echt|best|helemaal|volkomen|natuurlijk|ook|goed|wel|heus)${end}){0,3}(?!${gap}(?:je|jouw|uw|de|die|jullie|deze)${gap}(?:${feelings})${end})`,
    unlessAfter: negatedClause,
  },
  {
    kind: 'acknowledgement',
    at: ['ik', 'we', 'wij'],
    pattern: String.raw`(?:ik|we|wij)${gap}(?:kan|kunnen)${gap}(?:me|mij|ons)${gap}(?:(?:heel|erg|zeker|echt|best|goed|helemaal|wel|ook|natuurlijk|levendig|prima)${gap}){0,3}voorstellen${end}`,
  },
  {
    kind: 'acknowledgement',
    at: ['dat', 'dit', 'het'],
    pattern: String.raw`(?:dat|dit|het)${gap}(?:begrijp${gap}ik|begrijpen${gap}(?:we|wij)|snap${gap}ik|snappen${gap}(?:we|wij)|versta${gap}ik|verstaan${gap}(?:we|wij)|kan${gap}ik${gap}(?:me|mij)(?:${gap}(?:heel|goed|best|zeker|wel|levendig|helemaal)){0,2}${gap}voorstellen|kunnen${gap}(?:we|wij)${gap}ons(?:${gap}(?:heel|goed|best|zeker|wel|levendig|helemaal)){0,2}${gap}voorstellen)${end}(?:${gap}(?:heel|erg|zeker|echt|best|helemaal|volkomen|natuurlijk|ook|goed|wel)${end}){0,2}`,
    unlessAfter: negatedClause,
  },
  {
    kind: 'acknowledgement',
    at: ['begrijpelijk', 'begrijpelijke'],
    pattern: String.raw`${unnegated}${lead(`heel|zeer|erg|helemaal|goed|echt|best|volkomen|is|zijn|ook|natuurlijk|heel${gap}goed`)}(?:begrijpelijk${end}(?=\s{0,2}[!,.]|${gap}(?:dat|hoor|natuurlijk|ook)${end})|begrijpelijke${gap}(?:vraag|reactie|frustratie|ergernis|zorg|zorgen|opmerking|klacht|keuze|wens|irritatie|teleurstelling|vragen)${end})`,
  },
  {
    kind: 'acknowledgement',
    at: ['terecht', 'terechte'],
    pattern: String.raw`(?:(?<=(?:^|[.!?,:;\n]\s{0,3}|${start}(?:is|zijn|was|heel|zeer|helemaal|volkomen|geheel|volledig|erg|natuurlijk|uiteraard|ook|dus|best|zeker)\s{1,3}))terecht${end}(?=\s{0,2}[!,.;:?]|\s{0,3}$|${gap}(?:dat|hoor|natuurlijk|ook|opgemerkt|gezien)${end})|terechte${gap}(?:vraag|opmerking|klacht|punt|kritiek|vragen|opmerkingen|klachten|zorg|zorgen)${end})`,
  },
  {
    kind: 'acknowledgement',
    at: ['gelijk'],
    pattern: String.raw`${leadRequired(`(?:(?:daar|dan|hierin|hier)${gap})?(?:(?:${subjectYou})${gap}(?:hebt|heeft|heb|hebben)|(?:hebt|heeft|heb|hebben)${gap}(?:${subjectYou}))(?:${gap}(?:helemaal|volkomen|groot|zeker|natuurlijk|absoluut|echt|ook|hier|daar|wel)){0,2}`)}gelijk${end}(?!${gap}(?:een|de|het|naar|door|aan|op|mee|weer|terug|gestuurd|geregeld|gekregen|gehad|[0-9]))`,
  },
  {
    kind: 'acknowledgement',
    at: ['goed', 'fijn', 'prima', 'netjes', 'top', 'slim', 'handig', 'sterk', 'super', 'mooi', 'tof'],
    pattern: String.raw`${lead('wat|heel|erg|echt|zo|super')}(?:goed|fijn|prima|netjes|top|slim|handig|sterk|super|mooi|tof)${gap}dat${gap}(?:${subjectYou})${gap}(?:${letter}{1,20}${gap}){0,5}?(?:${telling})${end}`,
  },
  {
    kind: 'acknowledgement',
    at: ['goed', 'terecht', 'goede', 'goeie', 'sterk'],
    pattern: String.raw`${unnegated}(?:(?:goed|terecht|sterk)${gap}punt|(?:goede|goeie)${gap}(?:vraag|tip|opmerking|suggestie|vragen|tips|punt))${end}`,
  },
  {
    kind: 'acknowledgement',
    at: ['fijn', 'goed', 'leuk', 'prettig', 'mooi', 'plezant', 'tof'],
    pattern: String.raw`${unnegated}${lead('wat|heel|erg|echt|zo|super')}(?:fijn|goed|leuk|prettig|mooi|plezant|tof)${gap}om${gap}te${gap}(?:horen|lezen|zien)${end}`,
  },

  // --- invitational: sympathy ("wat vervelend", not "niet vervelend" or "jammer genoeg")
  {
    kind: 'sympathy',
    at: ['vervelend', 'vervelende', 'ambetant', 'ambetante', 'frustrerend', 'frustrerende', 'rottig', 'rottige'],
    pattern: String.raw`${unnegated}${lead(`(?:${intensifiers})(?:${gap}(?:${intensifiers}))?`)}(?:vervelende?|ambetante?|frustrerende?|rottige?)${end}(?!${gap}(?:verrassing|verrassingen)${end})`,
    // Not "om vervelende verrassingen te voorkomen", nor the concessive "hoe vervelend het ook is".
    unlessAfter: String.raw`(?:\s{1,3}${letter}{1,20}){0,3}\s{1,3}te\s{1,3}(?:voorkomen|vermijden)${end}|(?<=${start}hoe${gap}(?:(?:${intensifiers})${gap})?${letter}{1,20})(?:${gap}${letter}{1,20}){0,2}${gap}ook${end}`,
  },
  { kind: 'sympathy', at: ['jammer'], pattern: String.raw`${unnegated}${lead(`(?:${intensifiers})(?:${gap}(?:${intensifiers}))?`)}jammer${end}(?!${gap}(?:genoeg|maar${gap}helaas)${end})` },
  { kind: 'sympathy', at: ['spijtig'], pattern: String.raw`${unnegated}${lead(`(?:${intensifiers})(?:${gap}(?:${intensifiers}))?`)}spijtig${end}(?!${gap}genoeg${end})` },
  { kind: 'sympathy', at: ['balen', 'baal', 'baalt'], pattern: String.raw`${unnegated}${lead(`${intensifiers}|dikke|flink`)}(?:balen|baalt?)${end}` },
  {
    kind: 'sympathy',
    at: ['naar'],
    pattern: String.raw`(?:${leadRequired(`(?:wat|heel|erg|echt|zo|ontzettend|best|knap)`)}naar(?=\s{0,2}[!,.]|${gap}(?:voor|om|dat|zeg|hoor)${end})|(?<=${start}(?:is|klinkt|was)${gap}(?:(?:echt|heel|erg|ook|best|natuurlijk)${gap})?)naar(?=\s{0,2}[!,.]|${gap}(?:voor|om)${end})|naar${gap}om${gap}te${gap}(?:horen|lezen)${end})`,
  },
  {
    kind: 'sympathy',
    at: ['nare'],
    pattern: String.raw`${unnegated}${lead(`een|zo.n|wat${gap}een|die|deze|zo'n`)}nare${gap}(?:ervaring|ervaringen|situatie|toestand|gebeurtenis|dag|verrassing|start|gang${gap}van${gap}zaken|gedoe)${end}`,
  },
  {
    kind: 'sympathy',
    at: ['rot'],
    pattern: String.raw`(?:${leadRequired('wat|heel|erg|echt|zo|best|ontzettend|is|klinkt|was')}rot(?=\s{0,2}[!,.]|${gap}(?:voor|om|dat|zeg|hoor)${end})|rot(?=${gap}voor${gap}(?:je|jou|u|jullie)${end}))`,
  },
  { kind: 'sympathy', at: ['erg'], pattern: String.raw`${leadRequired('wat')}erg(?=\s{0,2}[!,.]|${gap}(?:voor|om|dat|zeg)${end})` },
  { kind: 'sympathy', at: ['zuur'], pattern: String.raw`${leadRequired('wat|heel|erg|echt|zo|best|is|klinkt|wel')}zuur(?=\s{0,2}[!,.]|${gap}(?:voor|om|dat|zeg|hoor)${end})` },
  {
    kind: 'sympathy',
    at: ['niet'],
    pattern: String.raw`(?=niet${gap}(?:(?:zo|erg|heel|echt)${gap})?(?:leuk|fijn|prettig|plezant|tof|goed|best)${end})(?:${leadRequired(`(?:is|was|zijn)(?:${gap}(?:echt|ook|natuurlijk|helemaal|uiteraard|zeker))?`)}niet${gap}(?:(?:zo|erg|heel|echt)${gap})?(?:leuk|fijn|prettig|plezant|tof)|(?<=${start}(?:klinkt|lijkt)${gap}(?:(?:echt|ook|inderdaad)${gap})?)niet${gap}(?:(?:zo|erg|heel|echt)${gap})?(?:leuk|fijn|prettig|goed|best))${end}(?=\s{0,2}[!,.;?]|${gap}(?:om|dat|voor|als|hoor|zeg|natuurlijk|wanneer)${end}|\s{0,3}$)`,
  },
  { kind: 'sympathy', at: ['geen'], pattern: String.raw`geen${gap}(?:pretje|lolletje|(?:fijne|leuke|prettige)${gap}(?:ervaring|situatie|start|dag))${end}` },
  {
    kind: 'sympathy',
    at: ['wat'],
    pattern: String.raw`wat${gap}een${gap}(?:(?:heel|enorm|flinke|ontzettende)${gap})?(?:gedoe|toestand|ellende|domper|pech|teleurstelling|schrik|ergernis|frustratie|rotervaring|rotdag|klotedag|rotstreek|(?:nare|vervelende|rottige|ambetante)${gap}${letter}{1,20})${end}`,
  },
  {
    kind: 'sympathy',
    at: ['ik', 'we', 'wij'],
    pattern: String.raw`(?:ik|we|wij)${gap}(?:(?:begrijp|begrijpen|snap|snappen|versta|verstaan|deel|delen|voel|voelen)(?:${gap}(?:heel|goed|echt|helemaal|zeker|best|ook)){0,2}${gap}(?:je|jouw|uw|de|die|jullie|deze)${gap}(?:${feelings})|(?:kan|kunnen)${gap}(?:me|mij|ons)${gap}(?:je|jouw|uw|de|die|jullie)${gap}(?:${feelings})${gap}(?:(?:heel|goed|best|wel|levendig)${gap})?voorstellen)${end}`,
    unlessAfter: negatedClause,
  },
  { kind: 'sympathy', at: ['je', 'jouw', 'uw'], pattern: String.raw`(?:je|jouw|uw)${gap}(?:${feelings})${gap}(?:begrijp|begrijpen|snap|snappen|versta|verstaan|delen)${gap}(?:ik|we|wij)${end}` },
  { kind: 'sympathy', at: ['ocharme', 'och'], pattern: String.raw`(?:ocharme|och${gap}arme)${end}` },
  { kind: 'sympathy', at: ['pech'], pattern: String.raw`${leadRequired(`wat${gap}een|echt|flink|flinke|een${gap}hoop|veel|wat`)}pech${end}(?!${gap}gehad)` },
  { kind: 'sympathy', at: ['gecondoleerd', 'condoleances', 'medeleven'], pattern: String.raw`${lead('ons|onze|mijn|oprecht|oprechte|innige|innig|veel')}(?:gecondoleerd|condoleances|medeleven)${end}` },
  { kind: 'sympathy', at: ['deelneming'], pattern: String.raw`${leadRequired('innige|oprechte|ons|onze|mijn|gemeende')}deelneming${end}` },

  // --- invitational: apology (not "geen excuus", "zonder excuses", "geen sorry nodig", a quoted title)
  {
    kind: 'apology',
    at: ['sorry'],
    pattern: String.raw`(?<!${start}(?:geen|niet|zonder)\s{1,3}(?:${letter}{1,20}\s{1,3})?)(?<!['"‘“«„]\s?)${lead(`nogmaals|echt|heel|ontzettend|super|oprecht|nog${gap}maals|excuses${gap}en`)}sorry${end}`,
  },
  {
    kind: 'apology',
    at: ['excuses', 'excuus'],
    pattern: String.raw`(?<!${start}(?:geen|zonder|niet|als|een|nooit)\s{1,3}(?:${letter}{1,20}\s{1,3})?)${lead(`(?:onze|mijn|ons)(?:${gap}(?:welgemeende|oprechte|grote|diepste|nederige))?|welgemeende|oprechte|nogmaals|nog${gap}maals`)}(?:excuses|excuus)${end}`,
  },
  { kind: 'apology', at: ['excuseer', 'excuseert', 'excuseren'], pattern: String.raw`${unnegated}(?:excuseer|excuseert|excuseren)${end}` },
  {
    kind: 'apology',
    at: ['verontschuldigen', 'verontschuldig', 'verontschuldigt', 'verontschuldiging', 'verontschuldigingen'],
    pattern: String.raw`${unnegated}${lead('onze|mijn|ons|oprechte')}verontschuldig(?:en|t|ing|ingen)?${end}`,
  },
  { kind: 'apology', at: ['het', 'dat', 'dit'], pattern: String.raw`(?:het|dat|dit)${gap}spijt${gap}(?:me|mij|ons)${end}` },
  { kind: 'apology', at: ['spijt'], pattern: String.raw`spijt${gap}(?:het|dat)${gap}(?:me|mij|ons)${end}|(?<=(?:^|[.!?,;:\n])\s{0,3})spijt${gap}(?:me|mij|ons)${end}` },
  { kind: 'apology', at: ['pardon'], pattern: String.raw`(?<!${start}(?:generaal|kinder)\s{1,3})pardon(?=\s{0,2}[!,.]|${gap}voor${end})` },
  {
    kind: 'apology',
    at: ['had', 'hadden', 'mag', 'mocht'],
    pattern: String.raw`(?:(?:had|hadden)${gap}(?:(?:echt|natuurlijk|zeker|ook)${gap})?(?:niet|nooit)${gap}(?:zo${gap})?(?:mogen|moeten)${gap}(?:gebeuren|gaan|lopen)|(?:mag|mocht)${gap}(?:(?:echt|natuurlijk|zeker|ook)${gap})?(?:niet|nooit)${gap}gebeuren)${end}`,
  },
  { kind: 'apology', at: ['onze', 'mijn'], pattern: String.raw`(?<=${start}(?:is|was|lag|ligt)(?:${gap}(?:helemaal|echt|volledig|ook))?${gap})(?:onze|mijn)${gap}(?:fout|foutje|schuld|vergissing)${end}` },
  { kind: 'apology', at: ['ligt', 'lag'], pattern: String.raw`(?:ligt|lag)${gap}(?:(?:echt|helemaal|volledig)${gap})?aan${gap}ons(?=\s{0,2}[!,.])` },
  { kind: 'apology', at: ['mea'], pattern: String.raw`mea${gap}culpa${end}` },
  // The formal register's regret: "Wij betreuren het dat ...", "Dit betreuren we".
  {
    kind: 'apology',
    at: ['betreuren', 'betreur', 'betreurt'],
    pattern: String.raw`${unnegated}(?:${leadRequired('we|wij|ik')}(?:betreuren|betreur)${gap}(?:het|dit|dat|ten${gap}zeerste|zeer|enorm)|(?:betreuren|betreur)${gap}(?:we|wij|ik))${end}`,
  },

  // --- invitational: inviting a reply or contact ("laat het ons weten", "stuur ons een DM", "heb je nog vragen")
  {
    kind: 'invite-reply',
    at: ['laat'],
    pattern: String.raw`${clauseStart}laat(?:${gap}(?:je|u|ge|jij|gij))?(?:${gap}(?:het|dit|dat|iets|wat|even|gerust|maar|dan|vooral|zeker|ons|me|mij|nog|eens|alsjeblieft|alstublieft|svp|aub|snel|graag|altijd)){0,5}${gap}(?:weten|(?:(?:iets|wat)${gap})?van${gap}(?:je|jou|u|jullie|uzelf)${gap}horen)${end}`,
  },
  {
    kind: 'invite-reply',
    at: ['stuur', 'stuurt'],
    pattern: String.raw`(?:${clauseStart}stuur|stuur${gap}(?:je|jij)|stuurt${gap}(?:u|ge|gij|jij))${gap}(?:(?:dan|gerust|even|maar|vooral|eventjes|zeker|alsjeblieft|nog)${gap}){0,2}(?:ons|me|mij)${end}(?:(?:${gap}(?:dan|gerust|even|maar|vooral|eventjes|zeker|nog)){0,2}${gap}een${gap}(?:(?:privé|prive|kort|persoonlijk|direct)${gap})?(?:dm|pb|pm|privébericht|privebericht|privé-bericht|bericht|berichtje|mail|mailtje|e-mail|mailbericht|direct${gap}message|appje|whatsapp(?:je|bericht)?)${end})?`,
  },
  {
    kind: 'invite-reply',
    at: ['dm', 'pb', 'app', 'mail', 'bel', 'contacteer', 'whatsapp', 'sms', 'belt', 'mailt', 'contacteert'],
    pattern: String.raw`(?:${clauseStart}(?:dm|pb|app|mail|bel|contacteer|whatsapp|sms)${gap}(?:(?:dan|even|maar|vooral|eventjes|zeker|nog|gerust)${gap}){0,2}(?:ons|me|mij|onze)${end}|${clauseStart}(?:bel|mail|app|contacteer)${gap}gerust${end}|(?:bel|mail|app)${gap}(?:je|jij)${gap}(?:ons|me|mij)${end}|(?:belt|mailt|contacteert)${gap}(?:u|ge|gij)${gap}(?:ons|me|mij)${end})`,
  },
  {
    kind: 'invite-reply',
    at: ['kunt', 'kan', 'kun', 'mag', 'moogt', 'kunnen'],
    pattern: String.raw`(?:(?<=${start}(?:${subjectYou})${gap})(?:kunt|kan|kun|mag|moogt|kunnen)|(?:kunt|kan|kun|mag|moogt|kunnen)${gap}(?:${subjectYou}))${gap}(?:(?:altijd|gerust|ook|steeds|dan|natuurlijk|hiervoor|daarvoor|nog|dag${gap}en${gap}nacht|zeker|altijd${gap}even)${gap}){0,2}(?:ons|me|mij)${gap}(?:(?:altijd|gerust|ook|steeds|dan|natuurlijk|hiervoor|daarvoor|hier|daar|even|via${gap}${letter}{1,20}|op${gap}\S{1,20}|een${gap}(?:dm|pb|bericht|berichtje|mail|mailtje|privébericht))${gap}){0,3}(?:bellen|mailen|appen|bereiken|contacteren|sturen|laten${gap}weten|dm['’]?en|berichten|een${gap}bericht(?:je)?${gap}sturen)${end}`,
  },
  // "Je kunt altijd contact met ons opnemen", "Aarzel niet om contact op te nemen" (not "fijn dat je contact opneemt")
  {
    kind: 'invite-reply',
    at: ['contact'],
    pattern: String.raw`(?<=${start}(?:kunt|kan|kun|mag|moogt|wilt|wil|gerust|altijd|om|steeds|even|zeker|natuurlijk|vooral|hiervoor|daarvoor)${gap}(?:${letter}{1,20}${gap}){0,2})contact${gap}(?:met${gap}(?:ons|me|mij|onze${gap}${letter}{1,20})${gap}(?:opnemen|op${gap}te${gap}nemen)|(?:opnemen|op${gap}te${gap}nemen)(?:${gap}met${gap}(?:ons|me|mij|onze${gap}${letter}{1,20}))?(?!${gap}met${end}))${end}`,
  },
  {
    kind: 'invite-reply',
    at: ['neem', 'neemt'],
    pattern: String.raw`(?:${clauseStart}neem|neemt${gap}(?:u|ge|gij))${gap}(?:(?:gerust|dan|vooral|altijd|even|zeker|alsjeblieft|eventueel|nog)${gap}){0,2}contact${gap}(?:met${gap}(?:ons|me|mij|onze${gap}${letter}{1,20})${gap})?op${end}(?!${gap}met${gap}(?!(?:ons|me|mij|onze)${end})${letter})`,
  },
  {
    kind: 'invite-reply',
    at: ['heb', 'hebt', 'heeft'],
    pattern: String.raw`(?:heb${gap}(?:je|jij)|hebt${gap}(?:u|ge|gij|jij)|heeft${gap}u)${gap}(?:(?:nog|verder|daarna|dan|nu|toch|eventueel|ook|andere|meer|een|wel)${gap}){0,3}vra(?:ag|gen)${end}`,
  },
  {
    kind: 'invite-reply',
    at: ['mocht', 'als', 'indien', 'wanneer'],
    pattern: String.raw`(?:mocht|als|indien|wanneer)${gap}(?:${subjectYou})${gap}(?:(?:nog|verder|daarna|dan|nu|toch|eventueel|ook|andere|meer|wel)${gap}){0,3}(?:vragen|een${gap}vraag|vraag)${gap}(?:hebt|heeft|heb|hebben|zou${gap}hebben|hadden)${end}`,
  },
  { kind: 'invite-reply', at: ['nog', 'vragen', 'vraag', 'andere', 'meer'], pattern: String.raw`${clauseStart}(?:nog${gap})?(?:(?:andere|meer|een)${gap})?(?:vragen|vraag)\s{0,2}\?` },
  {
    kind: 'invite-reply',
    at: ['horen', 'hoor'],
    pattern: String.raw`(?:${leadRequired('we|wij|ik')}(?:horen|hoor)${gap}(?:(?:het|dat|dan|ook|nog|wel|je|u|jou)${gap}){0,2}graag|(?:horen|hoor)${gap}(?:we|wij|ik)${gap}(?:(?:het|dat|dan|ook|nog|wel|je|u|jou)${gap}){0,2}graag)${end}`,
  },
  { kind: 'invite-reply', at: ['horen', 'hoor'], pattern: String.raw`${leadRequired('we|wij|ik')}(?:horen|hoor)${gap}(?:het|dat)${gap}(?:(?:dan|graag)${gap})?wel(?=\s{0,2}[!.,]|\s{0,3}$)` },
  { kind: 'invite-reply', at: ['help', 'helpen'], pattern: String.raw`${leadRequired('we|wij|ik')}(?:help|helpen)${gap}(?:je|jou|u|jullie)${gap}(?:(?:dan|ook|natuurlijk|altijd)${gap})?graag(?:${gap}verder)?${end}` },
  {
    kind: 'invite-reply',
    at: ['kunnen', 'kan'],
    pattern: String.raw`(?:kunnen|kan)${gap}(?:we|wij|ik)${gap}(?:(?:je|jou|u|jullie)${gap}(?:(?:nog|verder|ergens|anders|misschien|mee|daarmee|hiermee)${gap}){0,4}(?:helpen|van${gap}dienst${gap}zijn)|(?:nog${gap})?(?:iets|wat)${gap}(?:anders${gap})?voor${gap}(?:je|jou|u|jullie)${gap}(?:doen|betekenen))${end}`,
  },
  { kind: 'invite-reply', at: ['is'], pattern: String.raw`is${gap}er${gap}(?:nog|verder|anders)${gap}(?:(?:iets|wat)${gap})?(?:waarmee|waar|dat|wat)${end}` },
  { kind: 'invite-reply', at: ['aarzel', 'aarzelt'], pattern: String.raw`aarzelt?${gap}(?:(?:dan|vooral|zeker|u)${gap})?niet${end}` },
  {
    kind: 'invite-reply',
    at: ['welkom'],
    pattern: String.raw`${leadRequired(`(?:${subjectYou})${gap}(?:bent|zijt|zijn|is)(?:${gap}(?:altijd|van${gap}harte|steeds|zeker|ook|natuurlijk|hier|bij${gap}ons)){0,2}`)}welkom${end}`,
  },
  { kind: 'invite-reply', at: ['stel'], pattern: String.raw`stel${gap}(?:ze|die|hem|je${gap}vraag|je${gap}vragen|uw${gap}vraag|uw${gap}vragen)${gap}(?:gerust|maar|vooral|dan)${end}` },
  {
    kind: 'invite-reply',
    at: ['wil', 'wilt', 'zou', 'kun', 'kunt', 'kan'],
    pattern: String.raw`(?:wil${gap}(?:je|jij)|wilt${gap}(?:u|ge|gij|jij)|zou${gap}(?:je|u|ge)|kun${gap}(?:je|jij)|kunt${gap}(?:u|ge|gij|jij)|kan${gap}(?:je|jij|u|ge))${gap}(?:(?:even|eens|misschien|dan|alsjeblieft|nog)${gap}){0,2}(?:(?:ons|me|mij)${gap}(?:(?:even|eens|dan|nog)${gap})?(?:(?:je|jouw|uw|het|de|een|dit|dat|die)${gap}(?:${letter}{1,20}${gap}){0,3})?(?:(?:via|per|in|met|op)${gap}(?:${letter}{1,20}${gap}){0,2})?(?:sturen|mailen|doorgeven|doorsturen|laten${gap}weten|bellen|appen|dm['’]?en|melden|vertellen|berichten)|(?:je|jouw|uw|een|de|het|die|dit)${gap}(?:${letter}{1,20}${gap}){0,4}(?:(?:via|per|in|met)${gap}(?:${letter}{1,20}${gap}){0,2})?(?:sturen|doorgeven|doorsturen|mailen|laten${gap}weten))${end}`,
  },

  // --- invitational: well-wishing ("fijne dag nog", "veel plezier", "succes ermee", "beterschap")
  {
    kind: 'well-wishing',
    at: ['fijne', 'prettige', 'mooie', 'gezellige', 'zonnige', 'heerlijke', 'leuke', 'goede', 'relaxte', 'ontspannen', 'fantastische', 'geweldige', 'fijn', 'prettig', 'mooi', 'gezellig', 'heerlijk', 'goed', 'zalige', 'zalig', 'vrolijke', 'vrolijk', 'gelukkig', 'gelukkige'],
    pattern: String.raw`${lead(`(?:(?:nog|alvast)${gap})?een(?:${gap}(?:heel|hele|super|erg))?|(?:nog|alvast)(?:${gap}(?:heel|hele|super|erg))?|heel|hele|super|erg`)}(?:fijne|prettige|mooie|gezellige|zonnige|heerlijke|leuke|goede|relaxte|ontspannen|fantastische|geweldige|fijn|prettig|mooi|gezellig|heerlijk|goed|zalige|zalig|vrolijke|vrolijk|gelukkig|gelukkige)${gap}(?:(?:rest${gap}van${gap}(?:je|jouw|uw|de)|verdere|verder)${gap})?(?:dag|avond|middag|ochtend|morgen|weekend|weekeinde|week|vakantie|reis|feestdagen|kerst|kerstdagen|kerstmis|kerstfeest|nieuwjaar|jaarwisseling|verblijf|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|paasdagen|pasen|nacht|verlof|zomer|zomervakantie|verjaardag|trip|vlucht|rit|terugreis|thuisreis|avondje|dagje|voorjaar|lente|herfst|winter|wintersport|vakantiedagen|vrije${gap}dagen?|feest|nieuwjaarsdag)${end}(?:${gap}(?:nog|verder|toegewenst|gewenst|allemaal|allebei))?${wishEnd}`,
  },
  {
    kind: 'well-wishing',
    at: ['veel'],
    pattern: String.raw`${lead('heel|alvast|nog')}veel${gap}(?:${letter}{0,12}plezier|succes|geluk|sterkte|beterschap|gezondheid)${end}(?!${gap}(?:gehad|beleefd|gemaakt|aan|bij${gap}ons|van${gap}de))`,
  },
  {
    kind: 'well-wishing',
    at: ['succes'],
    pattern: String.raw`(?<!${start}(?:een|het|groot|grote|geen|dat|met|vol|enig|weinig|meer|zonder|zijn|haar|hun|ons|onze|je|jouw|uw)\s{1,3})${lead(`(?:heel${gap})?veel|alvast|nog${gap}veel|en|ook`)}succes${end}(?=\s{0,3}(?:[!.,]|$|\n)|${gap}(?:ermee|met|gewenst|toegewenst|vandaag|morgen|straks|daarmee|bij|op)${end})`,
  },
  { kind: 'well-wishing', at: ['beterschap'], pattern: String.raw`${lead('veel|goede|alvast|en')}beterschap${end}` },
  {
    kind: 'well-wishing',
    at: ['sterkte'],
    pattern: String.raw`(?<!${start}(?:de|het|een|signaal|wifi)\s{1,3})${lead(`(?:heel${gap})?veel|alvast|en`)}sterkte${end}(?=\s{0,3}(?:[!.,]|$|\n)|${gap}(?:gewenst|toegewenst|ermee|met|voor|de${gap}komende)${end})`,
  },
  { kind: 'well-wishing', at: ['geniet'], pattern: String.raw`${clauseStart}geniet(?:${gap}(?:er|nog|maar|lekker|vooral|alvast|extra|volop)){0,3}${gap}(?:ervan|van)${end}` },
  { kind: 'well-wishing', at: ['smakelijk', 'eet'], pattern: String.raw`(?:eet${gap})?smakelijk${end}` },
  { kind: 'well-wishing', at: ['het'], pattern: String.raw`(?=het${gap}(?:aller)?beste${end})${clauseStart}het${gap}(?:beste|allerbeste)${end}(?=\s{0,3}(?:[!.]|$|\n)|${gap}(?:ermee|gewenst|toegewenst|verder|nog|en|met)${end})` },
  { kind: 'well-wishing', at: ['alle'], pattern: String.raw`alle${gap}goeds${end}` },
  { kind: 'well-wishing', at: ['hou', 'houd', 'houdt'], pattern: String.raw`(?:${clauseStart}(?:hou|houd)${gap}(?:je|jij|u)|houdt${gap}u)${gap}(?:goed|haaks|taai)${end}(?=\s{0,3}(?:[!.,]|$|\n))` },
]

/** A pattern compiled on its first use: a one-reply CLI run compiles only the phrases its words call for. */
function lazy(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined
  return () => (pattern ??= new RegExp(source, flags))
}

interface CompiledPhrase {
  kind: Kind
  /** Run over the reply as written; the others run over its lower-case copy (no /i: cheaper to compile). */
  caseSensitive: boolean
  pattern: () => RegExp
  unlessAfter?: () => RegExp
}

/** Lower-case word -> the phrases tried there. */
const phrasesAt = new Map<string, CompiledPhrase[]>()
for (const phrase of phrases) {
  const compiled: CompiledPhrase = {
    kind: phrase.kind,
    caseSensitive: phrase.caseSensitive === true,
    pattern: lazy(phrase.pattern, 'uy'),
    ...(phrase.unlessAfter ? { unlessAfter: lazy(phrase.unlessAfter, 'uy') } : {}),
  }
  for (const word of new Set(phrase.at)) {
    const list = phrasesAt.get(word) ?? []
    list.push(compiled)
    phrasesAt.set(word, list)
  }
}

// ---------------------------------------------------------------------------------------------------------
// Words and places that need more than a phrase: pronouns, opening greetings, names, sign-offs.

/** Personal pronouns that address the customer, or the team as people. */
const pronouns = new Set(['je', 'jij', 'jou', 'jouw', 'u', 'uw', 'uwe', 'ge', 'gij', 'jullie', 'ik', 'mij', 'me', 'mijn', "m'n", 'm’n', 'we', 'wij', 'ons', 'onze'])

const letterOrDigit = /[\p{L}\p{N}]/u

/** Whether the UTF-16 unit at `index` belongs to a word: ASCII and Latin-1 by code, the rest by \p{L}\p{N}. */
function isWordUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  if (code < 0x250) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7
  // A surrogate pair is a letter only as a whole; those are rare in Dutch words and not worth the test.
  return code < 0xd800 || code > 0xdfff ? letterOrDigit.test(text[index]!) : false
}

/** The end of the word that starts at `start`: letters and digits, and one apostrophe inside ("m'n", "da's"). */
function wordEnd(text: string, start: number): number {
  let end = start + 1
  while (end < text.length && isWordUnit(text, end)) end++
  const code = text.charCodeAt(end)
  if ((code === 39 || code === 0x2019) && end + 1 < text.length && isWordUnit(text, end + 1)) {
    end += 2
    while (end < text.length && isWordUnit(text, end)) end++
  }
  return end
}
/** Interjections with a variable number of letters ("hahaha", "hmmm", "pfff", "wauw"), and "klote-" words. */
const stretched = /^(?:(?:ha){2,}h?|(?:hi){2,}|(?:he){2,}|hm+|pf{2,}t?|wa+u+w|wo+w|oe+i+|zu+cht)$/u
const curseCompound = /^klote\p{L}{2,}$/u

/** Run over the lower-case copy. */
const openingGreeting = lazy(
  String.raw`(?:hoi(?:[ \t]?hoi)?|hallo+|hai|hey+|hee+|hé|hi|hello|hallootjes|dag|daag|goede(?:n)?(?:morgen|middag|avond|dag)|goeie(?:n)?(?:morgen|middag|avond|dag)|beste|lieve|geachte|bonjour|moi|moin)${end}`,
  'uy',
)
/** "Beste", "Lieve", "Geachte" and "Dag" are only a greeting with someone after them ("Dag en nacht" is not). */
const needsAddressee = new Set(['beste', 'lieve', 'geachte', 'dag'])
const addressee = lazy(
  String.raw`,|!|[ \t]{0,3}$|[ \t]{0,3}\r?\n|[ \t]{1,3}(?:[${upper}]|[{[%@]|(?:klant|klanten|reiziger|reizigers|heer|mevrouw|meneer|lezer|lezers|allemaal|iedereen|allen|volger|volgers|mensen|collega|buur|buurman|buurvrouw|abonnee|bezoeker|bewoner|bewoners|inwoner|deelnemer|ouders)${end})`,
  'uy',
)
const greetingName = lazy(
  String.raw`[ \t]{1,3}(?:(?:meneer|mevrouw|heer|mevr\.|mw\.|dhr\.|juffrouw|Meneer|Mevrouw)[ \t]{1,3}(?:(?:van|de|der|den|ter|ten|te|Van|De)[ \t]{1,3}){0,3})?${notAName}${namePart}(?:[ \t]{1,3}(?:(?:van|de|der|den|ter|ten|te)[ \t]{1,3}){0,3}${namePart}(?=\s{0,2}[,!:]|[ \t]*\r?\n|[ \t]*$))?`,
  'uy',
)
const spacesAndComma = /[ \t,]{0,4}/y
/** Between a closing greeting and the agent's name: "Groetjes, Anna", "Met vriendelijke groet,\n\nTim". */
const closingGap = /[,.!]?[ \t]{0,3}(?:\r?\n[ \t]*){0,3}/y
const closingName = lazy(String.raw`(?:${personName}|${initials}${end})(?=[ \t]*(?:[,.!]|\r?\n|$)|[ \t]{1,3}(?:van|namens|bij|[-–—|])[ \t])`, 'uy')
/** "Eva, -Kevin" or "/AB" at the very end: a sign-off without the caret. */
const dashSignOff = lazy(String.raw`(?:^|\s)([-–—~/][ \t]?(?:${initials}|${notAName}${namePart}))[ \t]*$`, 'u')
/** The last line as a signature: "Anna de Boer", "Anna, Voorbeeld", "Sanne van Team Voorbeeld"; one word may be a brand. */
const signatureLine = lazy(
  String.raw`^[ \t]*(?:(${notAName}${namePart}(?:[ \t](?:(?:van|de|der|den|ter|ten|te)[ \t]){0,3}${notAName}${namePart}){1,2})|(${notAName}${namePart})(?:,[ \t]{1,3}\S.{0,60}|[ \t]{1,3}(?:van|namens|\||-)[ \t]{1,3}\S.{0,60}))[ \t]*$`,
  'u',
)
const loneName = lazy(String.raw`(?<=^[ \t]*)${notAName}${namePart}(?=[ \t]*$)`, 'u')
/** Vocative: "Merci voor uw beoordeling, Lieve!", "Heb je nog vragen, Eva?" */
const vocative = lazy(String.raw`,[ \t]{1,2}(${notAName}${namePart})(?=[ \t]{0,2}[!?])`, 'gu')
const closingWord = /(?:gr|mvg|hartelijks|liefs|hoogachtend)\S*$/iu
const placeholderNameVariable = /name|naam|klant|customer|contact|requester|user|mention|handle/iu
const agentPlaceholderVariable = /agent|medewerker|assignee|sender|afzender|current_user|signature/iu
const mentionPlaceholder = /mention|handle/iu

interface AgentNames {
  /** First names, lower case. */
  words: Set<string>
  /** Full names and initials, lower case. */
  lines: Set<string>
}
const agentCache = new WeakMap<object, AgentNames>()

/** The agents' names, cached per config object: the checker passes the same one on every check. */
function agentNames(agents: Readonly<Record<string, string>>): AgentNames {
  let names = agentCache.get(agents)
  if (names) return names
  names = { words: new Set(), lines: new Set() }
  for (const [initials, name] of Object.entries(agents)) {
    names.lines.add(initials.toLowerCase())
    const full = String(name).trim().toLowerCase()
    if (full === '') continue
    names.lines.add(full)
    names.words.add(full.split(/\s+/u)[0]!)
  }
  agentCache.set(agents, names)
  return names
}

/** The customer's first name as the reply may write it: "tom_vd" -> "tom", "@eva" -> "eva"; not "ik" of "@ik_ben_eva". */
function customerWord(customer: string | undefined): string | undefined {
  const letters = customer ? /\p{L}{3,}/u.exec(customer) : null
  const word = letters?.[0].toLowerCase()
  return word && !pronouns.has(word) ? word : undefined
}

// ---------------------------------------------------------------------------------------------------------
// The check

interface Found {
  kind: Kind
  offset: number
  endOffset: number
}

/** One reply being read. */
interface Reading {
  text: string
  /** The text in lower case, as long as the text: the phrases match it without /i. */
  lower: string
  spans: readonly SyntaxSpan[]
  found: Found[]
  /** Where opening greetings start: a word there is not also an interjection or a wish ("Hé Eva"). */
  openings: Set<number>
  customer: string | undefined
  lastLineStart: number
}

/** Span kinds whose words are not read as language. */
const skipped = new Set<SyntaxSpan['kind']>(['url', 'email', 'placeholder', 'mention', 'hashtag', 'signoff', 'emoji', 'emoticon'])

/** The human-voice markers of a reply and its scores, beside the brand's target. */
export function humanVoiceOf(text: string, context: VoiceContext): HumanVoice {
  const target = voiceTarget(context.values, context.addressForm)
  const found = text.length === 0 ? [] : findMarkers(text, context)
  let present = 0
  for (const marker of found) present |= kindBit.get(marker.kind)!
  const share = (group: VoiceGroup) => groupKinds[group].filter((kind) => present & kindBit.get(kind)!).length / groupKinds[group].length
  const score = scores(share('personalisation'), share('informal'), share('invitational'))
  // Never informal speech when the target asks none: a "u" brand is not told to be more informal.
  const below = groups.filter((group) => target[group] > 0 && target[group] - score[group] > belowMargin + 1e-9)
  return { markers: placeMarkers(text, found), scores: score, target, below }
}

function findMarkers(text: string, context: VoiceContext): Found[] {
  let lower = text.toLowerCase()
  // Only "İ" lower-cases to two code units; keep the copy as long as the text, so offsets agree.
  if (lower.length !== text.length) lower = text.replace(/\u0130/gu, 'I').toLowerCase()
  const reading: Reading = { text, lower, spans: context.spans ?? findSyntaxSpans(text), found: [], openings: new Set(), customer: customerWord(context.customer), lastLineStart: lastLineStartOf(text) }
  const { spans, found } = reading

  // Emoji and emoticons; the ^sign-off names the agent.
  for (const span of spans) {
    if (span.kind === 'emoji' || span.kind === 'emoticon') found.push({ kind: 'emoticon', offset: span.start, endOffset: span.end })
    else if (span.kind === 'signoff') found.push({ kind: 'agent-name', offset: span.start, endOffset: span.end })
  }

  // Opening greetings, at the start of the reply (after the @mentions) and of every line.
  findGreeting(reading, 0)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) findGreeting(reading, index + 1)
  }

  readWords(reading, context)
  findClosingNames(reading)
  findSignature(reading)
  if (text.includes(',')) findVocatives(reading)
  return cleaned(found, reading.openings)
}

/** Every word once: pronouns, the customer's and agents' names, and the phrases that start there. */
function readWords(reading: Reading, context: VoiceContext): void {
  const { text, lower, spans, found, customer, lastLineStart } = reading
  const agents = Object.keys(context.agents).length > 0 ? agentNames(context.agents) : undefined
  let lastWordEnd = text.length
  while (lastWordEnd > 0 && !letterOrDigit.test(text[lastWordEnd - 1]!)) lastWordEnd--
  let spanIndex = 0
  for (let offset = 0; offset < text.length; offset++) {
    if (!isWordUnit(text, offset)) continue
    const endOffset = wordEnd(text, offset)
    while (spanIndex < spans.length && spans[spanIndex]!.end <= offset) spanIndex++
    const span = spans[spanIndex]
    if (span && span.start <= offset && skipped.has(span.kind)) {
      offset = Math.max(endOffset, span.end) - 1
      continue
    }
    const word = lower.slice(offset, endOffset)
    if (pronouns.has(word) && isAddress(text, offset, endOffset)) found.push({ kind: 'pronoun', offset, endOffset })
    if (word === customer) found.push({ kind: 'customer-name', offset, endOffset })
    // An agent's name from the config, where a signature stands: the last line, or the last word.
    if (agents && (agents.words.has(word) || agents.lines.has(word)) && offset >= lastLineStart) {
      if (lastLineStart > 0 || endOffset >= lastWordEnd) found.push({ kind: 'agent-name', offset, endOffset })
    }
    const candidates = phrasesAt.get(word)
    if (candidates) {
      for (const phrase of candidates) tryPhrase(reading, phrase, offset)
    } else if (stretched.test(word)) {
      found.push({ kind: 'interjection', offset, endOffset })
    } else if (curseCompound.test(word)) {
      found.push({ kind: 'colloquial', offset, endOffset })
    }
    offset = endOffset - 1
  }
}

/** Where the last line with words starts (0 for a reply of one line). */
function lastLineStartOf(text: string): number {
  let end = text.length
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--
  return Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1
}

/** The first span that ends after `offset` (spans are sorted and do not overlap). */
function spanIndexAfter(spans: readonly SyntaxSpan[], offset: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (spans[middle]!.end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

function spanStartingAt(spans: readonly SyntaxSpan[], offset: number): SyntaxSpan | undefined {
  const span = spans[spanIndexAfter(spans, offset)]
  return span && span.start === offset ? span : undefined
}

function insideSkipped(spans: readonly SyntaxSpan[], offset: number): boolean {
  const span = spans[spanIndexAfter(spans, offset)]
  return span !== undefined && span.start <= offset && skipped.has(span.kind)
}

/**
 * Whether a pronoun addresses someone: not "16 u" (a time); not capitalised mid-sentence, where it is part
 * of a name or title ("Sorry We Missed You"); not "Mijn" or "Ons" before a capital ("Mijn Voorbeeld", a
 * product). The formal "U" and "Uw" may be capitalised anywhere.
 */
function isAddress(text: string, offset: number, endOffset: number): boolean {
  const first = text.charCodeAt(offset)
  if (first === 77 || first === 79) {
    // "Mijn Account", "Ons Magazine", "Onze Klantenservice"
    let after = endOffset
    while (text[after] === ' ') after++
    if (after > endOffset && /\p{Lu}/u.test(text[after] ?? '')) return false
  }
  let before = offset - 1
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--
  if (before < 0) return true
  const previous = text.charCodeAt(before)
  if ((first === 117 || first === 85) && endOffset === offset + 1 && before < offset - 1 && previous >= 48 && previous <= 57) return false
  if (first < 65 || first > 90 || first === 85) return true
  return !(letterOrDigit.test(text[before]!) && !endsMention(text, before))
}

/** Whether the character at `index` ends an @mention (a capital after it can start the reply). */
function endsMention(text: string, index: number): boolean {
  let at = index
  while (at >= 0 && at > index - 60 && /[\p{L}\p{N}_.]/u.test(text[at]!)) at--
  return at >= 0 && text[at] === '@'
}

function tryPhrase(reading: Reading, phrase: CompiledPhrase, offset: number): void {
  const subject = phrase.caseSensitive ? reading.text : reading.lower
  const pattern = phrase.pattern()
  pattern.lastIndex = offset
  const match = pattern.exec(subject)
  if (!match) return
  const endOffset = offset + match[0].length
  if (phrase.unlessAfter) {
    const unless = phrase.unlessAfter()
    unless.lastIndex = endOffset
    if (unless.test(subject)) return
  }
  const leading = match.groups?.['lead']?.length ?? 0
  reading.found.push({ kind: phrase.kind, offset: offset - leading, endOffset })
}

/** Where the words of a line start: after blanks, @mentions and placeholders standing for one. */
function skipLeading(reading: Reading, from: number): number {
  const { text, spans } = reading
  let at = from
  for (;;) {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++
    const span = spanStartingAt(spans, at)
    if (!span || (span.kind !== 'mention' && !(span.kind === 'placeholder' && mentionPlaceholder.test(span.value)))) return at
    at = span.end
  }
}

/** An opening greeting at a line start, and the customer's name after it. */
function findGreeting(reading: Reading, lineStart: number): void {
  const { text, lower, spans, found, customer } = reading
  const at = skipLeading(reading, lineStart)
  if (at >= text.length) return
  const greeting = openingGreeting()
  greeting.lastIndex = at
  const match = greeting.exec(lower)
  if (!match) return
  const greetingEnd = at + match[0].length
  if (needsAddressee.has(match[0])) {
    const after = addressee()
    after.lastIndex = greetingEnd
    if (!after.test(text)) return
  }
  found.push({ kind: 'greeting', offset: at, endOffset: greetingEnd })
  reading.openings.add(at)

  // The customer's name: a name, a placeholder for one ("Hoi {{first_name}},"), or their @handle.
  spacesAndComma.lastIndex = greetingEnd
  const nameStart = greetingEnd + spacesAndComma.exec(text)![0].length
  const span = spanStartingAt(spans, nameStart)
  if (span) {
    const variable = span.kind === 'placeholder' ? placeholderParts(span.value).name : ''
    if (span.kind === 'mention' || (placeholderNameVariable.test(variable) && !agentPlaceholderVariable.test(variable))) {
      found.push({ kind: 'customer-name', offset: span.start, endOffset: span.end })
    }
    return
  }
  const name = greetingName()
  name.lastIndex = greetingEnd
  const named = name.exec(text)
  if (named) {
    found.push({ kind: 'customer-name', offset: greetingEnd + named[0].length - named[0].trimStart().length, endOffset: greetingEnd + named[0].length })
  } else if (customer !== undefined && lower.startsWith(customer, nameStart) && !letterOrDigit.test(text[nameStart + customer.length] ?? '')) {
    // A lower-case name is the customer's only when it is the known customer ("hoi eva").
    found.push({ kind: 'customer-name', offset: nameStart, endOffset: nameStart + customer.length })
  }
}

/** The agent's name after a closing greeting: "Groetjes, Anna", "Gr. Sanne", "Met vriendelijke groet,\n\nTim". */
function findClosingNames(reading: Reading): void {
  const { text, spans, found, openings } = reading
  const count = found.length
  for (let index = 0; index < count; index++) {
    const closing = found[index]!
    if (closing.kind !== 'greeting' || openings.has(closing.offset) || !closingWord.test(text.slice(closing.offset, closing.endOffset))) continue
    closingGap.lastIndex = closing.endOffset
    const nameStart = closing.endOffset + closingGap.exec(text)![0].length
    const span = spanStartingAt(spans, nameStart)
    if (span) {
      if (span.kind === 'placeholder' && agentPlaceholderVariable.test(placeholderParts(span.value).name)) found.push({ kind: 'agent-name', offset: span.start, endOffset: span.end })
      continue
    }
    const name = closingName()
    name.lastIndex = nameStart
    const named = name.exec(text)
    if (named) found.push({ kind: 'agent-name', offset: nameStart, endOffset: nameStart + named[0].length })
  }
}

/** A sign-off without a caret at the very end ("-Kevin", "/AB"), or a signature line after a blank line. */
function findSignature(reading: Reading): void {
  const { text, found, lastLineStart } = reading
  const tailStart = Math.max(0, text.length - 48)
  const dash = dashSignOff().exec(text.slice(tailStart))
  if (dash) {
    const offset = tailStart + dash.index + dash[0].indexOf(dash[1]!)
    found.push({ kind: 'agent-name', offset, endOffset: offset + dash[1]!.length })
    return
  }
  if (lastLineStart === 0) return
  const line = text.slice(lastLineStart, lastLineStart + 121).trimEnd()
  if (line.length > 120) return
  const previousLineStart = text.lastIndexOf('\n', lastLineStart - 2) + 1
  if (text.slice(previousLineStart, lastLineStart).trim() === '') {
    // After a blank line: "Anna de Boer", "Anna, Voorbeeld" (a lone word may be the brand).
    const signature = signatureLine().exec(line)
    if (!signature) return
    const name = signature[1] ?? signature[2]!
    const offset = lastLineStart + line.indexOf(name)
    found.push({ kind: 'agent-name', offset, endOffset: offset + name.length })
  } else if (found.some((marker) => (marker.kind === 'well-wishing' || marker.kind === 'greeting') && marker.endOffset > previousLineStart && marker.endOffset <= lastLineStart)) {
    // Under a wish or a closing: "Fijne dag!\nAnna".
    const name = loneName().exec(line)
    if (name) found.push({ kind: 'agent-name', offset: lastLineStart + name.index, endOffset: lastLineStart + name.index + name[0].length })
  }
}

/** "Merci voor uw beoordeling, Lieve!": a name after a comma, before ! or ?. */
function findVocatives(reading: Reading): void {
  const { text, spans, found } = reading
  const pattern = vocative()
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const offset = match.index + match[0].length - match[1]!.length
    if (!insideSkipped(spans, offset)) found.push({ kind: 'customer-name', offset, endOffset: offset + match[1]!.length })
  }
}

/**
 * Sorted by place; of two markers of one kind that overlap, the first (the longest where they start
 * together); an opening greeting's word is not also an interjection or a wish ("Hé Eva", "Goede morgen").
 */
function cleaned(found: Found[], openings: ReadonlySet<number>): Found[] {
  found.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset || kindList.indexOf(a.kind) - kindList.indexOf(b.kind))
  const lastEnd = new Map<Kind, number>()
  const kept: Found[] = []
  for (const marker of found) {
    if ((lastEnd.get(marker.kind) ?? -1) > marker.offset) continue
    if ((marker.kind === 'interjection' || marker.kind === 'well-wishing') && openings.has(marker.offset)) continue
    kept.push(marker)
    lastEnd.set(marker.kind, marker.endOffset)
  }
  return kept
}

/** The markers with their text, group and 1-based line and column (lines end at \n, \r\n or \r). */
function placeMarkers(text: string, found: readonly Found[]): VoiceMarker[] {
  const markers: VoiceMarker[] = []
  let line = 1
  let lineStart = 0
  let scanned = 0
  for (const { kind, offset, endOffset } of found) {
    for (; scanned < offset; scanned++) {
      const code = text.charCodeAt(scanned)
      if (code === 10 || (code === 13 && text.charCodeAt(scanned + 1) !== 10)) {
        line++
        lineStart = scanned + 1
      }
    }
    markers.push({ group: groupOf.get(kind)!, kind, text: text.slice(offset, endOffset), offset, endOffset, line, column: offset - lineStart + 1 })
  }
  return markers
}
