// Inputs as a webcare agent and an attacker send them: Dutch-ish replies with the syntax tov cares about
// (@mentions, ^AB sign-offs, placeholders, URLs, personal data), unicode oddities and fully random text;
// threads, libraries and configs both well-formed and broken. Shared by the property suite (vitest) and
// `npm run fuzz`, so this module imports no code of tov at run time, only fast-check and yaml.
import fc from 'fast-check'
import { parse as yamlParse, stringify as yamlStringify } from 'yaml'

export const channelNames = ['x', 'facebook', 'instagram', 'instagram-dm', 'facebook-messenger', 'whatsapp', 'google-review', 'email'] as const

/** Knobs that differ between the suite (fast, a few thousand inputs) and the fuzz run (longer shapes). */
export interface Sizes {
  /** The longest "shape" input (repetitions of one token): where quadratic paths show. */
  maxShapeLength: number
}

export const suiteSizes: Sizes = { maxShapeLength: 6_000 }
export const fuzzSizes: Sizes = { maxShapeLength: 40_000 }

// ---------------------------------------------------------------------------------------------- text --

const dutchWords = [
  'hoi', 'hallo', 'hey', 'goedemorgen', 'bedankt', 'dank', 'voor', 'je', 'jij', 'jou', 'jouw', 'u', 'uw', 'ge', 'gij',
  'jullie', 'we', 'wij', 'ons', 'onze', 'het', 'de', 'een', 'en', 'of', 'maar', 'dat', 'die', 'dit', 'is', 'zijn',
  'heb', 'hebt', 'heeft', 'bericht', 'berichtje', 'sorry', 'excuses', 'pakket', 'pakketje', 'bestelling',
  'morgen', 'vandaag', 'gisteren', 'kijken', 'ernaar', 'naar', 'gekeken', 'helaas', 'natuurlijk', 'gewoon',
  'eigenlijk', 'misschien', 'wellicht', 'meneer', 'mevrouw', 'klantenservice', 'klantendienst', 'vervelend',
  'begrijp', 'begrijpen', 'frustratie', 'snap', 'ticket', 'nummer', 'dm', 'even', 'rustig', 'lees', 'goed',
  'zoals', 'gezegd', 'al', 'eerder', 'aangegeven', 'schuld', 'niet', 'onze', 'volgens', 'mij', 'vind', 'vraagje',
  'momentje', 'lol', 'haha', 'kut', 'verdomme', 'onstaan', 'interresant', 'afhaalpunt', 'Utrecht', 'PostNL',
  'bezorger', 'legitimatie', 'ophalen', 'vrijdag', 'laat', 'weten', 'graag', 'gedaan', 'fijne', 'dag', 'groetjes',
  'klik', 'hier', 'link', 'retour', 'terugbetaling', 'storing', 'opgelost', 'zsm', 'asap', 'meteen',
]

const phrases = [
  'we kijken ernaar', 'we gaan ernaar kijken', 'zoals eerder aangegeven', 'excuses voor het ongemak',
  'wij begrijpen uw frustratie', 'dat is niet onze schuld', 'volgens mij', 'lees even goed',
  'sorry sorry sorry', 'neem contact op met de klantenservice', 'klik hier', 'stuur ons een dm',
  'Je pakket komt morgen tussen 9.00 en 12.00 uur.', 'Wat vervelend dat je pakket nog niet is aangekomen.',
  'Ik heb het voor je nagekeken.', 'dat had je zelf kunnen lezen', 'het ligt aan de vervoerder',
  'we doen ons best', 'we nemen het mee', 'Beste meneer', 'Beste mevrouw', 'Geachte heer/mevrouw',
  'Dankjewel voor je geduld!', 'Fijne dag nog!',
]

const handleText = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/)

const mention = fc.oneof(
  { arbitrary: handleText.map((handle) => `@${handle}`), weight: 6 },
  { arbitrary: fc.constantFrom('@', '@@eva', '@{{naam}}', '@[naam]', '@%naam%', '@é', '@_', '@ eva', '@Eva.', '@eva@', '@1', '@ΕΥΑ', '@eva\u200d'), weight: 2 },
)

const hashtag = fc.oneof(handleText.map((tag) => `#${tag}`), fc.constantFrom('#', '##', '#1', '#storing', '#NS'))

const url = fc.oneof(
  fc.constantFrom(
    'https://example.nl/status?id=1#x', 'http://bol.com', 'www.postnl.nl/track', 'bit.ly/abc', 'https://',
    'http://a', 'https://t.co/xyz', 'HTTPS://EXAMPLE.NL', 'ftp://x.nl', 'https://example.nl/a(b)c', 'example.nl',
    'https://xn--bcher-kva.example/', 'https://example.nl/?q={{naam}}',
  ),
  fc.tuple(fc.constantFrom('https://', 'http://', 'www.'), handleText, fc.constantFrom('.nl', '.com', '.be'), fc.stringMatching(/^(\/[a-z0-9._~-]{0,8}){0,3}$/)).map(
    (parts) => parts.join(''),
  ),
)

const email = fc.oneof(
  fc.tuple(handleText, fc.constantFrom('@example.nl', '@gmail.com', '@b', '@.nl', '@x.co')).map(([user, domain]) => user + domain),
  fc.constantFrom('a@b', 'eva.de.vries@example.nl', 'info@', '@example.nl', 'x@y@z.nl'),
)

const signOff = fc.constantFrom(
  '^AB', '^AB', '^CD', '^ab', '^Eva', '^Anna-Lies', '^', '^^', '^ABCDE', '^A', '^{{agent}}', '^{{ agent.initials }}', '^ AB',
  '^AB!', '^%agent%', '^[agent]', '^AB ^CD', '^ÉÉ', '^ΑΒ', '^AB\u200d', '^12',
)

const placeholder = fc.constantFrom(
  '{{naam}}', '{{ ticket.id }}', '{{first_name}}', '{%naam,fallback=klant%}', '{%x,fallback=y%}', '[naam]', '%naam%',
  '{{', '}}', '{%', '%}', '{{{{x}}}}', '{{naam', '[[naam]]', '%%', '{{ }}', '{{naam|default:"klant"}}', '{{onbekend}}',
  '[', ']', '{', '}', '%', '{%%}', '[]', '{{}}', '%naam', '{{naam}}{{naam}}',
)

const emoji = fc.constantFrom('😀', '👍', '👍🏽', '👨‍👩‍👧', '❤️', '🇳🇱', '🙏', '😡', '✅', '☺', '🏳️‍🌈', '\u{1F3FB}', '©', '™')
const emoticon = fc.constantFrom(':)', ';-)', ':-(', ':D', 'xD', '<3', '^^', ':P', '(:', ':\'(', ':-/', 'o_O')

const numberish = fc.oneof(
  fc.constantFrom('9.00', '12:30', '9.00-12.00 uur', '12-03-2024', '€ 12,50', '50%', '3x', '1e', '2de', '24/7', '0', '1.000.000'),
  fc.integer({ min: 0, max: 99_999 }).map(String),
)

const personalData = fc.constantFrom(
  '06-12345678', '+31 6 12345678', '+31612345678', '020 123 4567', '0612345678', 'NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00',
  '1234 AB', '1234AB', '123456782', 'BE68 5390 0754 7034', 'Kerkstraat 12', '06 -', '+31',
)

const punctuation = fc.constantFrom(
  '.', ',', '!', '?', '!!!', '???', '...', '…', ':', ';', '-', '—', '–', '(', ')', '"', "'", '„', '“', '”', '‘', '’',
  '*', '_', '~', '/', '\\', '&', '<b>', '</b>', '>', '<', '?!', '.,', '!?!?', '(!)', '`', '|', '=',
)

const whitespace = fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\t', '  ', '\u00a0', '\u2028', '\u2029', '\n\n\n\n', ' \n ', '\v', '\f')

const oddity = fc.constantFrom(
  '\u0301', 'e\u0301', 'ë', '\u202e', '\u202d', '\u200f', '\u200e', '\u2066', '\u200d', '\u200b', '\u200c', '\u2060', '\ufeff', '\ud800',
  '\udbff', '\udc00', '\udfff', '\u0000', '\u0001', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u00ad', 'İ', 'ß', 'ẞ', 'ĳ', 'Ĳ', 'ﬁ',
  '\ufffd', '𝔘𝔫𝔦', 'ǅ', 'Ω', 'K', 'ΐ', '\u{E0001}', '\u3000', 'ﾟ', 'ÅÄÖ', 'Ⅻ', '١٢٣', 'שלום', 'مرحبا', '\u0308\u0308\u0308',
)

const randomBit = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary-ascii', maxLength: 6 }),
)

const word = fc.constantFrom(...dutchWords)
const capitalized = word.map((text) => text.charAt(0).toUpperCase() + text.slice(1))

/** The tokens a reply is made of. `benign` ones are what a real agent types; the rest is what breaks parsers. */
const benignToken = fc.oneof(
  { arbitrary: word, weight: 40 },
  { arbitrary: capitalized, weight: 8 },
  { arbitrary: fc.constantFrom(...phrases), weight: 8 },
  { arbitrary: mention, weight: 4 },
  { arbitrary: hashtag, weight: 1 },
  { arbitrary: url, weight: 2 },
  { arbitrary: email, weight: 1 },
  { arbitrary: signOff, weight: 3 },
  { arbitrary: placeholder, weight: 3 },
  { arbitrary: emoji, weight: 2 },
  { arbitrary: emoticon, weight: 1 },
  { arbitrary: numberish, weight: 2 },
  { arbitrary: personalData, weight: 1 },
  { arbitrary: fc.constantFrom('.', ',', '!', '?', '...', ':', '-', '(', ')', '"'), weight: 6 },
)

export const replyToken = fc.oneof(
  { arbitrary: benignToken, weight: 20 },
  { arbitrary: punctuation, weight: 3 },
  { arbitrary: whitespace, weight: 3 },
  { arbitrary: oddity, weight: 2 },
  { arbitrary: randomBit, weight: 2 },
)

const separator = fc.oneof({ arbitrary: fc.constant(' '), weight: 30 }, { arbitrary: fc.constant(''), weight: 6 }, { arbitrary: fc.constant('\n'), weight: 2 }, {
  arbitrary: fc.constant('\n\n'),
  weight: 1,
})

function joinTokens(parts: Array<[string, string]>): string {
  return parts.map(([token, sep]) => token + sep).join('')
}

/** A reply as an agent writes it: @mention, a few sentences, a sign-off. Never refused by a checker. */
export const benignReply: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(mention.filter((m) => /^@[a-z]/.test(m)), { nil: undefined }),
    fc.array(fc.tuple(benignToken, fc.constantFrom(' ', ' ', ' ', ' ', '\n')), { minLength: 1, maxLength: 40 }),
    fc.option(fc.constantFrom('^AB', '^CD', '^Eva', '^{{agent}}'), { nil: undefined }),
  )
  .map(([open, body, close]) => [open, joinTokens(body).trim(), close].filter((part) => part !== undefined).join(' '))
  .filter((text) => text.trim() !== '')

/** Dutch-ish text with every kind of token, oddities included. */
export const messyReply: fc.Arbitrary<string> = fc
  .array(fc.tuple(replyToken, separator), { maxLength: 50 })
  .map(joinTokens)

/** Fully random strings: code points, graphemes, ASCII with control characters. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  // UTF-16 code units, lone surrogates included.
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 100 }).map((units) => String.fromCharCode(...units)),
)

/** One token repeated: long runs without spaces, huge sentences, many lines, many mentions. */
export function shapeText(sizes: Sizes): fc.Arbitrary<string> {
  const unit = fc.oneof(
    fc.constantFrom(
      'a', 'woord ', 'x', '!', '@', '@eva ', '{{', '{{naam}}', '^', '^AB ', '\n', '😀', 'e\u0301', 'http://', 'a@', '1 ', '06-', '[',
      '{%', '.', 'sorry ', ' ', 'x ', 'ha', 'Hoi. ', 'we kijken ernaar ', '#', '%', '"', '(', 'ab-', 'a.', '@a.', 'www.', '\ud800',
      'kijken ', 'ernaar ', 'u ', 'je ', '...', 'https://a.nl/', ':)', '<3', '12:30 ', '\t', '\r', '€', '-', '— ', 'lol ', 'İ',
    ),
    fc.tuple(replyToken, separator).map(([token, sep]) => token + sep),
  )
  return fc
    .tuple(unit, fc.integer({ min: 1, max: sizes.maxShapeLength }), fc.option(benignReply, { nil: undefined }), fc.boolean())
    .map(([piece, length, around, before]) => {
      const run = piece.repeat(Math.max(1, Math.ceil(length / Math.max(piece.length, 1)))).slice(0, Math.max(length, 1))
      if (around === undefined) return run
      return before ? `${around} ${run}` : `${run} ${around}`
    })
}

export interface ReplyInput {
  text: string
  /** Written as an agent would: refusing it is a bug. */
  benign: boolean
}

export function replyInput(sizes: Sizes): fc.Arbitrary<ReplyInput> {
  return fc.oneof(
    { arbitrary: benignReply.map((text) => ({ text, benign: true })), weight: 6 },
    { arbitrary: messyReply.map((text) => ({ text, benign: false })), weight: 10 },
    { arbitrary: randomText.map((text) => ({ text, benign: false })), weight: 3 },
    { arbitrary: shapeText(sizes).map((text) => ({ text, benign: false })), weight: 1 },
  )
}

// ------------------------------------------------------------------------------------- odd values --

/** Values of the wrong type, as a JavaScript caller (not only a JSON file) can pass them. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null, undefined, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', true, false, [], {}, [null], [[]], { toString: 1 },
    { valueOf: 1, toString: 1 }, Object.create(null), Symbol('x'), 10n, () => 1, new Date(0), /x/, new Map(), [1, 'x'], ['error', {}, 3],
    '__proto__', 'constructor', 'toString', 'error', 'warn', 'off',
  ),
  fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true, withBigInt: true, withBoxedValues: true, withSparseArray: true }),
)

export const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'] as const

/** A JSON text that puts prototype keys where objects are merged; parsed, the keys are own properties. */
export const pollutingJson: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...prototypeKeys), fc.constantFrom('{"polluted":"yes"}', '{"prototype":{"polluted":"yes"}}', '"error"', '["error",{"polluted":1}]', 'null', '{"toString":1}'))
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}:${value}}`) as unknown)

// -------------------------------------------------------------------------------------- threads --

const threadMessage = fc.record({
  from: fc.constantFrom('customer', 'agent'),
  text: fc.oneof({ arbitrary: benignReply, weight: 4 }, { arbitrary: messyReply, weight: 2 }, { arbitrary: randomText, weight: 1 }),
})

export const validThread = fc.record(
  {
    channel: fc.constantFrom(...channelNames),
    customer: fc.oneof(handleText.map((handle) => `@${handle}`), handleText, fc.constantFrom('@Eva', 'eva.de.vries', '@éva')),
    messages: fc.array(threadMessage, { maxLength: 8 }),
  },
  { requiredKeys: ['messages'] },
)

export type ThreadInput =
  | { kind: 'object'; raw: unknown; draft: ReplyInput; top: boolean }
  | { kind: 'text'; content: string; draft: ReplyInput; top: boolean }

function withField(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base }
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true })
  return copy
}

const malformedThread: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    { messages: [null] }, { customer: 5, messages: [] }, { messages: {} }, { channel: { toString: 1 }, messages: [] }, [1, 2, 3], [null],
    [[]], { messages: 'hoi' }, { messages: [{ from: 'agent' }] }, { messages: [{ from: 'agent', text: 5 }] }, { messages: [{ from: 'bot', text: 'x' }] },
    { messages: [{ from: 'customer', text: { toString: 1 } }] }, { messages: [], customer: '' }, { messages: [], customer: '@' },
    { messages: [], customer: { toString: 1 } }, { messages: [], channel: 'telegram' }, { messages: [], channel: null }, {}, null, 'klant: hoi',
    { messages: [Object.create(null)] }, { messages: [{ from: 'customer', text: 'x', __proto__: { text: 1 } }] },
  ),
  junkValue,
  fc.array(junkValue, { maxLength: 4 }),
  // A valid thread with one field replaced by junk.
  fc.tuple(validThread, fc.constantFrom('channel', 'customer', 'messages', '__proto__', 'constructor'), junkValue).map(([thread, key, value]) =>
    withField(thread as Record<string, unknown>, key, value),
  ),
  fc.tuple(validThread, fc.nat(), fc.constantFrom('from', 'text'), junkValue).map(([thread, index, key, value]) => {
    if (thread.messages.length === 0) return { ...thread, messages: [value] }
    const messages = [...thread.messages] as unknown[]
    messages[index % messages.length] = withField(messages[index % messages.length] as Record<string, unknown>, key, value)
    return { ...thread, messages }
  }),
)

/** Many turns: a whole conversation pasted in. */
const bigThread = fc.tuple(fc.integer({ min: 50, max: 3_000 }), benignReply, fc.option(handleText, { nil: undefined })).map(([count, text, customer]) => ({
  ...(customer ? { customer } : {}),
  messages: Array.from({ length: count }, (_, index) => ({ from: index % 2 === 0 ? 'customer' : 'agent', text })),
}))

const threadLine = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom('klant: ', 'agent: ', 'Klant:', 'k: ', 'a: ', 'customer: ', 'medewerker: ', 'webcare:', 'wij: ', 'cliënt: ', 'client:'), benignReply).map(([prefix, text]) => prefix + text), weight: 6 },
  { arbitrary: messyReply, weight: 2 },
  { arbitrary: fc.constantFrom('', ' ', 'klant:', 'agent:', ':', 'klant::', '^AB: hoi'), weight: 1 },
)

const threadText = fc.oneof(
  fc.array(threadLine, { maxLength: 10 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol))),
  fc.oneof(validThread, malformedThread.filter(isJsonable)).chain((raw) =>
    fc.tuple(fc.constant(JSON.stringify(raw) ?? 'null'), fc.nat(), fc.boolean()).map(([json, cut, truncate]) => (truncate ? json.slice(0, cut % (json.length + 1)) : json)),
  ),
  randomText,
)

function isJsonable(value: unknown): boolean {
  try {
    return JSON.stringify(value) !== undefined
  } catch {
    return false
  }
}

export function threadInput(sizes: Sizes): fc.Arbitrary<ThreadInput> {
  const draft = replyInput(sizes)
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('object' as const), raw: validThread as fc.Arbitrary<unknown>, draft, top: fc.boolean() }), weight: 5 },
    { arbitrary: fc.record({ kind: fc.constant('object' as const), raw: malformedThread, draft, top: fc.boolean() }), weight: 5 },
    { arbitrary: fc.record({ kind: fc.constant('object' as const), raw: bigThread as fc.Arbitrary<unknown>, draft, top: fc.constant(false) }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('text' as const), content: threadText, draft, top: fc.boolean() }), weight: 4 },
  )
}

// ----------------------------------------------------------------------------- check options ------

export interface CheckOptionsInput {
  channel?: string
  agent?: string
  template?: boolean
  file?: string
}

export const checkOptions: fc.Arbitrary<CheckOptionsInput> = fc.record(
  {
    channel: fc.oneof({ arbitrary: fc.constantFrom(...channelNames), weight: 8 }, { arbitrary: fc.constantFrom('telegram', '', 'X', '__proto__', 'toString'), weight: 1 }),
    agent: fc.oneof({ arbitrary: fc.constantFrom('AB', 'ab', 'CD', 'XYZ'), weight: 4 }, { arbitrary: fc.constantFrom('A', '', 'ABCDE', 'a b', 'É', '^AB', '{{agent}}'), weight: 1 }),
    template: fc.boolean(),
    file: fc.oneof(fc.constantFrom('reply.txt', '<tekst>', ''), fc.string({ maxLength: 10 })),
  },
  { requiredKeys: [] },
)

export interface CheckInput {
  reply: ReplyInput
  options: CheckOptionsInput
  /** Which of the shared checkers (configs) to use. */
  config: number
  /** Through the top-level `check()` (a checker per call) instead of a shared checker. */
  top: boolean
  /** Arguments of the wrong type, as a JavaScript caller may pass them: used instead of reply and options. */
  wrongTypes?: { text: unknown; options: unknown }
}

/** Options with fields of the wrong type, or no object at all. */
const wrongOptions: fc.Arbitrary<unknown> = fc.oneof(
  junkValue,
  fc.record({ channel: junkValue, agent: junkValue, template: junkValue, file: junkValue, thread: junkValue }, { requiredKeys: [] }),
)

export function checkInput(sizes: Sizes): fc.Arbitrary<CheckInput> {
  return fc.record(
    {
      reply: replyInput(sizes),
      options: checkOptions,
      config: fc.nat(),
      top: fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 }),
      wrongTypes: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 30 },
        { arbitrary: fc.record({ text: fc.oneof(junkValue, benignReply), options: wrongOptions }), weight: 1 },
      ),
    },
    { requiredKeys: ['reply', 'options', 'config', 'top'] },
  )
}

// ------------------------------------------------------------------------------------------ fix ----

export interface FixInput {
  text: string
  benign: boolean
  agent?: string
  customer?: string
  channel?: string
  template?: boolean
}

/** Replies with the mechanical faults fixes exist for: a late @mention, no sign-off, a brand's own words. */
const fixableReply = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof({ arbitrary: benignToken, weight: 6 }, { arbitrary: fc.constantFrom('klantendienst', 'pakketje', 'sorry', 'ernaar kijken', 'Klantendienst', 'KLANTENDIENST', '@eva', '@Eva', '@piet'), weight: 3 }), fc.constantFrom(' ', ' ', '', '\n', ', ')), { minLength: 1, maxLength: 30 }),
    fc.constantFrom('', '', ' ^AB', '^AB', ' ^', ' ^^', ' ^ab', '  ', '\n'),
  )
  .map(([body, end]) => joinTokens(body) + end)

/** Many fixable findings in one reply: a brand word in sentence after sentence. */
const manyFixes = fc
  .tuple(fc.constantFrom('Bel de klantendienst. ', 'Je pakketje komt morgen.\n', 'De klantendienst helpt je, de klantendienst belt je. ', 'klantendienst '), fc.integer({ min: 2, max: 70 }), fc.constantFrom('', ' ^AB', '@eva '))
  .map(([sentence, count, edge]) => (edge === '@eva ' ? edge + sentence.repeat(count) : sentence.repeat(count) + edge))

export function fixInput(sizes: Sizes): fc.Arbitrary<FixInput> {
  return fc.record(
    {
      text: fc.oneof({ arbitrary: fixableReply, weight: 6 }, { arbitrary: manyFixes, weight: 1 }, { arbitrary: messyReply, weight: 3 }, { arbitrary: randomText, weight: 1 }, { arbitrary: shapeText({ maxShapeLength: Math.min(sizes.maxShapeLength / 2, 10_000) }), weight: 1 }),
      benign: fc.constant(false),
      agent: fc.constantFrom('AB', 'ab', 'CD', 'XYZ', 'A', ''),
      customer: fc.constantFrom('@eva', 'eva', '@Eva', '@piet', '@e_va'),
      channel: fc.constantFrom(...channelNames),
      template: fc.boolean(),
    },
    { requiredKeys: ['text', 'benign'] },
  )
}

// -------------------------------------------------------------------------------------- libraries --

export const libraryFormats = ['json', 'yaml', 'csv', 'zendesk', 'text'] as const
export type LibraryFormatName = (typeof libraryFormats)[number]

export interface ExpectedEntry {
  id: string
  channel?: string
  /** Undefined when the text is decoded by tov in a way the test cannot know (HTML). */
  text?: string
}

export interface LibraryInput {
  format: LibraryFormatName
  file: string
  content: string
  /** Passed as `format` to readLibrary, or left to the extension. */
  explicitFormat: boolean
  csvColumns?: { id: string; text: string; channel: string }
  template?: boolean
  /** The entries of a well-formed library, which must come back exactly; undefined once mutated. */
  expected?: ExpectedEntry[]
  /** Arguments of the wrong type (file name, content, options), used instead of the fields above. */
  wrongTypes?: { file: unknown; content: unknown; options: unknown }
}

interface GeneratedEntry {
  id: string
  channel?: string
  text: string
}

const entryText = fc
  .oneof({ arbitrary: benignReply, weight: 5 }, { arbitrary: messyReply, weight: 3 }, { arbitrary: randomText, weight: 1 })
  .filter((text) => text.trim() !== '' && !text.includes('\u0000'))

const entryId = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), fc.constantFrom('welkom', 'bezorging', 'retour', 'Ünïcode', 'met spatie', 'true', 'null', '1e3'))

const generatedEntries: fc.Arbitrary<GeneratedEntry[]> = fc
  .uniqueArray(
    fc.record({ id: entryId, channel: fc.constantFrom(...channelNames), text: entryText }, { requiredKeys: ['id', 'text'] }),
    { minLength: 1, maxLength: 6, selector: (entry) => entry.id },
  )
  .map((entries) => entries.map((entry) => ({ ...entry })))

/** A tiny deterministic generator for serialization choices (fast-check draws its seed). */
function chooser(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1
  return (n) => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) % n
  }
}

/** A JSON string literal with some characters escaped at random, the way other tools write them. */
function jsonString(text: string, pick: (n: number) => number): string {
  let out = '"'
  for (const char of text) {
    const code = char.codePointAt(0)!
    const mustEscape = char === '"' || char === '\\' || code < 0x20 || (code >= 0xd800 && code <= 0xdfff)
    if (mustEscape || pick(8) === 0) {
      const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '/': '\\/' }
      if (short[char] !== undefined && pick(2) === 0) out += short[char]
      else for (let index = 0; index < char.length; index++) out += `\\u${char.charCodeAt(index).toString(16).padStart(4, '0')}`
    } else {
      out += char
    }
  }
  return `${out}"`
}

function jsonLibrary(entries: GeneratedEntry[], seed: number): { content: string; expected: ExpectedEntry[] } {
  const pick = chooser(seed)
  const indent = ['', '  ', '\t'][pick(3)]!
  const nl = indent === '' ? '' : '\n'
  const shape = pick(3)
  const item = (entry: GeneratedEntry, withId: boolean) => {
    const fields: string[] = []
    if (withId) fields.push(`"id": ${jsonString(entry.id, pick)}`)
    if (entry.channel) fields.push(`"channel": ${jsonString(entry.channel, pick)}`)
    fields.push(`"text": ${jsonString(entry.text, pick)}`)
    if (pick(4) === 0) fields.push('"extra": [1, {"a": null}]')
    return `{${fields.join(', ')}}`
  }
  const expected = entries.map((entry) => ({ id: entry.id, ...(entry.channel ? { channel: entry.channel } : {}), text: entry.text }))
  if (shape === 0) {
    return { content: `[${nl}${entries.map((entry) => indent + item(entry, true)).join(`,${nl}`)}${nl}]${nl}`, expected }
  }
  if (shape === 1) {
    const plain = expected.map(({ id, text }) => ({ id, text }))
    return { content: `{${nl}${entries.map((entry) => `${indent}${jsonString(entry.id, pick)}: ${jsonString(entry.text, pick)}`).join(`,${nl}`)}${nl}}`, expected: plain }
  }
  return { content: `{${nl}${entries.map((entry) => `${indent}${jsonString(entry.id, pick)}: ${item(entry, false)}`).join(`,${nl}`)}${nl}}`, expected }
}

const yamlStringTypes = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const

function yamlLibrary(entries: GeneratedEntry[], seed: number): { content: string; expected?: ExpectedEntry[] } {
  const pick = chooser(seed)
  const options = {
    defaultStringType: yamlStringTypes[pick(yamlStringTypes.length)]!,
    defaultKeyType: 'PLAIN' as const,
    lineWidth: [0, 20, 80][pick(3)]!,
    minContentWidth: 0,
  }
  const shape = pick(3)
  const data =
    shape === 0
      ? entries.map((entry) => ({ id: entry.id, ...(entry.channel ? { channel: entry.channel } : {}), text: entry.text }))
      : shape === 1
        ? Object.fromEntries(entries.map((entry) => [entry.id, entry.text]))
        : Object.fromEntries(entries.map((entry) => [entry.id, { ...(entry.channel ? { channel: entry.channel } : {}), text: entry.text }]))
  const content = yamlStringify(data, options)
  // yaml's stringify does not always round-trip (folded scalars with more-indented lines, escaped spaces
  // at a fold): what a library holds is what the YAML says, so the expected texts are yaml's own reading.
  let parsed: unknown
  try {
    parsed = yamlParse(content)
  } catch {
    return { content }
  }
  const expected = shape === 0 ? expectedFromList(parsed) : expectedFromMap(parsed)
  return expected ? { content, expected } : { content }
}

function expectedFromList(parsed: unknown): ExpectedEntry[] | undefined {
  if (!Array.isArray(parsed)) return undefined
  return parsed.map((item: { id?: unknown; channel?: unknown; text?: unknown }) => ({
    id: String(item.id),
    ...(typeof item.channel === 'string' ? { channel: item.channel } : {}),
    ...(typeof item.text === 'string' ? { text: item.text } : {}),
  }))
}

function expectedFromMap(parsed: unknown): ExpectedEntry[] | undefined {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
  return Object.entries(parsed as Record<string, unknown>).map(([id, value]) => {
    if (typeof value === 'string') return { id, text: value }
    const entry = value as { channel?: unknown; text?: unknown }
    return { id, ...(typeof entry.channel === 'string' ? { channel: entry.channel } : {}), ...(typeof entry.text === 'string' ? { text: entry.text } : {}) }
  })
}

/** A block literal written by hand, for texts it can hold (the commonest way people write YAML libraries). */
function yamlBlockLibrary(entries: GeneratedEntry[]): { content: string; expected: ExpectedEntry[] } {
  const lines = entries.map((entry) => `${JSON.stringify(entry.id)}:\n  text: |-\n${entry.text.split('\n').map((line) => `    ${line}`).join('\n')}`)
  return { content: `${lines.join('\n')}\n`, expected: entries.map(({ id, text }) => ({ id, text })) }
}

function csvLibrary(entries: GeneratedEntry[], seed: number): { content: string; expected: ExpectedEntry[]; csvColumns?: LibraryInput['csvColumns'] } {
  const pick = chooser(seed)
  const delimiter = pick(2) === 0 ? ',' : ';'
  const eol = pick(3) === 0 ? '\r\n' : '\n'
  const renamed = pick(4) === 0
  const names = renamed ? { id: 'naam', text: 'tekst', channel: 'kanaal' } : { id: 'id', text: 'text', channel: 'channel' }
  const withChannel = entries.some((entry) => entry.channel) || pick(2) === 0
  const columns = (['id', 'text', ...(withChannel ? ['channel'] : [])] as Array<'id' | 'text' | 'channel'>).sort(() => pick(3) - 1)
  const alwaysQuote = pick(3) === 0
  const field = (value: string) => {
    const needs = value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r')
    return needs || alwaysQuote ? `"${value.replaceAll('"', '""')}"` : value
  }
  // The header decides the delimiter: make sure it holds one.
  const header = columns.map((column) => names[column]).join(delimiter)
  const rows = entries.map((entry) => columns.map((column) => field(column === 'channel' ? (entry.channel ?? '') : entry[column])).join(delimiter))
  const content = (pick(5) === 0 ? '\ufeff' : '') + [header, ...rows].join(eol) + (pick(2) === 0 ? eol : '')
  const expected = entries.map((entry) => ({ id: entry.id, ...(entry.channel ? { channel: entry.channel } : {}), text: entry.text }))
  return { content, expected, ...(renamed ? { csvColumns: names } : {}) }
}

/** Tags and entities a help desk writes; the text stays visible whatever the parser makes of them. */
const htmlBits = ['<p>', '</p>', '<br>', '<br/>', '<b>', '</b>', '&amp;', '&nbsp;', '&#233;', '&#x1F600;', '&lt;', '<div>', '</div>', '<ul><li>', '</li></ul>', '<a href="https://x.nl">', '</a>', '<h1>', '</h1>', '<i>']
/** And what a hostile or broken export holds: hidden elements, comments, half tags, unknown entities. */
const wildHtmlBits = ['<script>x</script>', '<!-- c -->', '&bogus;', '<style>p{}</style>', '&', '<', '<p', '<table><tr><td>', '<template>', '<![CDATA[x]]>', '&#0;', '&#xD800;', '</br>', '<svg><title>', '<textarea>']

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

function zendeskLibrary(entries: GeneratedEntry[], seed: number): { content: string; expected?: ExpectedEntry[] } {
  const pick = chooser(seed)
  const expected: ExpectedEntry[] = []
  let wild = false
  const macros = entries.map((entry, index) => {
    const numericId = pick(2) === 0
    const id = numericId ? 360_000 + index : entry.id
    const actions: unknown[] = []
    if (pick(3) === 0) actions.push({ field: 'status', value: 'solved' })
    const kinds = [pick(3), pick(4) === 0 ? pick(3) : -1].filter((kind) => kind >= 0)
    kinds.forEach((kind, position) => {
      const entryId = position === 0 ? String(id) : `${id}#${position + 1}`
      if (kind === 0) {
        actions.push({ field: 'comment_value', value: entry.text })
        expected.push({ id: entryId, text: entry.text })
      } else if (kind === 1) {
        actions.push({ field: 'comment_value', value: ['channel:all', entry.text] })
        expected.push({ id: entryId, text: entry.text })
      } else {
        const html = entry.text
          .split(' ')
          .map((part) => {
            if (pick(4) !== 0) return escapeHtml(part)
            if (pick(5) === 0) {
              wild = true
              return wildHtmlBits[pick(wildHtmlBits.length)]! + part
            }
            return htmlBits[pick(htmlBits.length)]! + escapeHtml(part)
          })
          .join(' ')
        actions.push({ field: 'comment_value_html', value: html })
        expected.push({ id: entryId })
      }
    })
    return { id, title: `Macro ${entry.id}`, active: true, actions }
  })
  const content = JSON.stringify({ macros, count: macros.length }, null, pick(2) === 0 ? 2 : undefined)
  return wild ? { content } : { content, expected }
}

function textLibrary(entry: GeneratedEntry, seed: number): { content: string; expected: ExpectedEntry[]; file: string } {
  const pick = chooser(seed)
  const file = ['reply.txt', 'welkom.md', 'map/antwoord.txt', 'geen-extensie'][pick(4)]!
  if (pick(2) === 0) return { content: entry.text, expected: [{ id: file, text: entry.text }], file }
  const fields = [`id: ${JSON.stringify(entry.id)}`, ...(entry.channel ? [`channel: ${entry.channel}`] : [])]
  const eol = pick(3) === 0 ? '\r\n' : '\n'
  const content = `---${eol}${fields.join(eol)}${eol}---${eol}${entry.text}`
  return { content, expected: [{ id: entry.id, ...(entry.channel ? { channel: entry.channel } : {}), text: entry.text }], file }
}

const fileOf: Record<LibraryFormatName, string> = { json: 'antwoorden.json', yaml: 'antwoorden.yaml', csv: 'antwoorden.csv', zendesk: 'macros.json', text: 'reply.txt' }

/** A well-formed library of a format and the entries it must read back as. */
function wellFormed(format: LibraryFormatName): fc.Arbitrary<LibraryInput> {
  return fc.tuple(generatedEntries, fc.nat(), fc.boolean(), fc.boolean()).map(([entries, seed, explicitFormat, template]) => {
    const base = { format, file: fileOf[format], explicitFormat, ...(template ? { template } : {}) }
    switch (format) {
      case 'json':
        return { ...base, ...jsonLibrary(entries, seed) }
      case 'yaml': {
        const simple = entries.every((entry) => /^[\p{L}\p{M}\p{N}\p{P}\p{S}][\p{L}\p{M}\p{N}\p{P}\p{S} \n]*$/u.test(entry.text) && !/ \n|\n | $|\n\n|\n$/.test(entry.text))
        return { ...base, ...(simple && seed % 3 === 0 ? yamlBlockLibrary(entries) : yamlLibrary(entries, seed)) }
      }
      case 'csv':
        return { ...base, ...csvLibrary(entries, seed) }
      case 'zendesk':
        return { ...base, ...zendeskLibrary(entries, seed) }
      case 'text': {
        const text = textLibrary(entries[0]!, seed)
        return { ...base, file: text.file, content: text.content, expected: text.expected }
      }
    }
  })
}

const insertions = [
  '"', '\\', '{', '[', '}', ']', ',', ':', '\n', '---\n', '- ', '&a ', '*a', '!!binary ', '<', '&amp;', '\u0000', '\ufeff', ';', "'", '""', '\r',
  '\\u', '\\ud800', '#', '|', '>', '? ', '%YAML 1.1\n', '@', '`', ' '.repeat(40), 'null', '1e999', '-0', '"__proto__"', '__proto__: ', '{"a":',
]

type Mutation = { kind: 'truncate' | 'insert' | 'delete' | 'duplicate'; at: number; size: number; bit: string }

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('truncate', 'insert', 'insert', 'delete', 'duplicate'),
  at: fc.nat(),
  size: fc.integer({ min: 1, max: 40 }),
  bit: fc.oneof(fc.constantFrom(...insertions), fc.string({ maxLength: 4 })),
})

function mutate(content: string, mutations: Mutation[]): string {
  let text = content
  for (const { kind, at, size, bit } of mutations) {
    const position = at % (text.length + 1)
    if (kind === 'truncate') text = text.slice(0, position)
    else if (kind === 'insert') text = text.slice(0, position) + bit + text.slice(position)
    else if (kind === 'delete') text = text.slice(0, position) + text.slice(position + size)
    else text = text.slice(0, position + size) + text.slice(position, position + size) + text.slice(position + size)
  }
  return text
}

/** Wrong types where a library wants text: a number for "text", an object for "id", a list for "macros". */
function wrongTypes(format: LibraryFormatName): fc.Arbitrary<string> {
  const value = fc.constantFrom('5', 'null', 'true', '{}', '[]', '{"text": 1}', '["a"]', '1e400', '-1', '"x"', '{"__proto__": {"text": "x"}}')
  switch (format) {
    case 'json':
      return fc.tuple(value, value, value).chain(([text, id, channel]) =>
        fc.constantFrom(`[{"id": ${id}, "text": ${text}}]`, `{"a": ${text}}`, `{"a": {"text": ${text}, "channel": ${channel}}}`, `[{"text": "hoi", "channel": ${channel}}]`, `[${text}]`, text, `{"__proto__": ${text}}`, `{"a": "hoi", "a": "hoi"}`),
      )
    case 'zendesk':
      return fc.tuple(value, value).chain(([macros, inner]) =>
        fc.constantFrom(
          `{"macros": ${macros}}`, `{"macros": [${inner}]}`, `{"macros": [{"id": ${inner}, "actions": ${macros}}]}`, `{"macros": [{"actions": [{"field": "comment_value", "value": ${inner}}]}]}`,
          `{"macros": [{"actions": [{"field": "comment_value_html", "value": [${inner}]}]}]}`, `{"macros": [{"actions": [{"field": ${inner}, "value": "x"}]}]}`, `{"macros": [{"id": 1, "actions": [{"field": "comment_value", "value": "a"}]}, {"id": 1, "actions": [{"field": "comment_value", "value": "b"}]}]}`,
        ),
      )
    case 'yaml':
      return fc.constantFrom(
        '- text: 5\n', '- text: [a, b]\n', '- text: {a: 1}\n', 'a:\n  text: null\n', 'a: 5\n', '- 5\n', '5\n', '- id: {a: 1}\n  text: hoi\n', 'a: &x hoi\nb: *x\n', 'a: !!binary aGk=\n',
        'a:\n  channel: 5\n  text: hoi\n', '? [a]\n: hoi\n', 'a: hoi\na: hoi\n', '__proto__: hoi\n', '__proto__:\n  text: hoi\n', 'a: !!str\n', '- !!map {text: hoi}\n', '- ~\n', 'a: |\n', 'a: >-\n\n\n',
        'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: [*d, *d]\n', '%TAG ! tag:x\n--- !x\na: hoi\n', 'a: hoi\n---\nb: hoi\n', '{a: hoi, b: [', '- "\\ud800"\n',
      )
    case 'csv':
      return fc.constantFrom('text\n"a"b\n', 'id,text\n1\n', 'id,text\n1,2,3\n', 'id;text\n"x;"y"\n', 'text\n', 'text', '', 'id,text\n,\n', 'id,text,channel\n1,hoi,telegram\n', '"id","text"\n"a","b', 'id,tekst\n1,hoi\n', 'id,text\n1,hoi\n1,hoi\n', '\ufeff\ufefftext\nhoi\n', 'a,b\r\rhoi,x\n')
    case 'text':
      return fc.constantFrom('---\n', '---\n---\n', '---\nchannel: telegram\n---\nhoi', '---\nid: [1]\nchannel: {a: 1}\n---\nhoi', '---\n: :\n---\nhoi', '---\n&a [*a]\n---\nhoi', '---\r\nid: 1\r\n---', '', ' ', '---\nid: !!binary x\n---\nhoi')
  }
}

/** Deep nesting, many entries, long lines: the sizes a parser must bound. */
function heavy(format: LibraryFormatName, sizes: Sizes): fc.Arbitrary<string> {
  const depth = fc.integer({ min: 10, max: Math.min(sizes.maxShapeLength, 20_000) })
  switch (format) {
    case 'json':
    case 'zendesk':
      return fc.tuple(depth, fc.boolean()).map(([n, arrays]) =>
        arrays ? `${'['.repeat(n)}${']'.repeat(n)}` : `{"macros": [{"actions": ${'['.repeat(n)}${']'.repeat(n)}}], "a": ${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`,
      )
    case 'yaml':
      return fc.tuple(depth, fc.integer({ min: 0, max: 2 })).map(([n, kind]) =>
        kind === 0 ? `a: ${'['.repeat(n)}${']'.repeat(n)}\n` : kind === 1 ? Array.from({ length: Math.min(n, 300) }, (_, i) => `${' '.repeat(i)}- `).join('\n') + 'x\n' : Array.from({ length: n }, (_, i) => `e${i}: hoi ${i}`).join('\n'),
      )
    case 'csv':
      return fc.tuple(depth, fc.boolean()).map(([n, quotes]) => (quotes ? `id,text\n1,"${'""'.repeat(n)}x"\n` : `id,text\n${Array.from({ length: n }, (_, i) => `${i},hoi ${i}`).join('\n')}\n`))
    case 'text':
      return depth.map((n) => `---\n${'a: '.repeat(Math.min(n, 2_000))}x\n---\nhoi`)
  }
}

export function libraryInput(sizes: Sizes, formats: readonly LibraryFormatName[] = libraryFormats): fc.Arbitrary<LibraryInput> {
  return fc.constantFrom(...formats).chain((format) => {
    const valid = wellFormed(format)
    const base = { format, file: fileOf[format], explicitFormat: true }
    return fc.oneof(
      { arbitrary: valid, weight: 8 },
      {
        arbitrary: fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([library, mutations]) => {
          const { expected: _expected, ...rest } = library
          return { ...rest, content: mutate(library.content, mutations) }
        }),
        weight: 6,
      },
      { arbitrary: wrongTypes(format).map((content) => ({ ...base, content })), weight: 2 },
      { arbitrary: randomText.map((content) => ({ ...base, content })), weight: 1 },
      { arbitrary: heavy(format, sizes).map((content) => ({ ...base, content })), weight: 1 },
      {
        arbitrary: fc
          .record({
            file: fc.oneof(fc.constant(base.file), junkValue),
            content: fc.oneof(fc.constant('[{"text": "hoi"}]'), junkValue),
            options: fc.oneof(junkValue, fc.record({ format: fc.oneof(fc.constantFrom('bogus', 'JSON', '', 'toString', '__proto__'), junkValue), csvColumns: junkValue, template: junkValue }, { requiredKeys: [] })),
          })
          .map((wrongTypes) => ({ ...base, content: '', wrongTypes })),
        weight: 1,
      },
    )
  })
}

// ---------------------------------------------------------------------------------------- configs --

export interface RuleInfo {
  id: string
  options: Record<string, string>
}

const knownValueNames = ['behulpzaam', 'betrouwbaar', 'deskundig', 'onbevooroordeeld', 'persoonlijk', 'vriendelijk']

function optionValue(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'number':
      return fc.oneof(fc.integer({ min: 1, max: 500 }), fc.constantFrom(0, -1, 0.5, Number.NaN, 1e308))
    case 'boolean':
      return fc.boolean()
    case 'string':
      return fc.string({ maxLength: 10 })
    default:
      return fc.array(fc.oneof(fc.constantFrom(...dutchWords), fc.string({ maxLength: 6 })), { maxLength: 5 })
  }
}

function ruleSetting(rule: RuleInfo): fc.Arbitrary<unknown> {
  const severity = fc.constantFrom('error', 'warn', 'off')
  const names = Object.keys(rule.options)
  const options =
    names.length === 0
      ? fc.constant({})
      : fc.uniqueArray(fc.constantFrom(...names), { maxLength: names.length }).chain((chosen) =>
          fc.tuple(...chosen.map((name) => optionValue(rule.options[name]!))).map((values) => Object.fromEntries(chosen.map((name, index) => [name, values[index]]))),
        )
  return fc.oneof({ arbitrary: severity, weight: 4 }, { arbitrary: fc.tuple(severity, options), weight: 3 }, { arbitrary: junkValue, weight: 1 }, {
    arbitrary: fc.tuple(severity, fc.dictionary(fc.constantFrom('unknown', 'mx', ...prototypeKeys), junkValue, { maxKeys: 2 })),
    weight: 1,
  })
}

const phraseEntry = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), fc.constantFrom('Geen', '__proto__', '', 'a b', 'x_y')),
    match: fc.oneof(fc.constantFrom('klantendienst', 'ernaar kijken', 'sorry', 'pakketje', 'helaas', 'u', 'a', '.*', '(', '[', '\\', 'é', 'kijken we'), fc.array(fc.constantFrom(...dutchWords, '', '1', '@'), { maxLength: 4 }), junkValue),
    replace: fc.oneof(fc.constantFrom('klantenservice', 'excuus', 'we zoeken het uit', '', ' ', '$&', '$1', '{actual}'), junkValue),
    message: fc.oneof(fc.constantFrom('Schrijf "{replace}" in plaats van "{actual}".', '{actual}', '{onbekend}', 'Regel\nmet twee regels', ''), junkValue),
    severity: fc.oneof(fc.constantFrom('error', 'warn', 'off'), junkValue),
    checklist: fc.oneof(fc.constantFrom('toon', 'feiten', 'merktaal', 'deskundige', 'onbekend', '__proto__'), junkValue),
    exact: fc.oneof(fc.boolean(), junkValue),
    patterns: fc.oneof(
      fc.array(
        fc.record(
          {
            id: fc.constantFrom('p', 'P Q', '', '__proto__'),
            all: fc.oneof(fc.constantFrom<unknown>([['pakket*']], ['late'], [[]], [42], [['=Opnemen']], [['=opnemen/soms']], []), junkValue),
            window: fc.oneof(fc.constantFrom<unknown>(1, 0, -3, 2.5, 1e9), junkValue),
            near: fc.oneof(fc.constantFrom<unknown>('late', ['we']), junkValue),
            windw: fc.constant(4),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      junkValue,
    ),
    lexicon: fc.oneof(fc.constantFrom<unknown>({ late: ['te laat'] }, { late: [] }, { late: 'te laat' }, JSON.parse('{"__proto__": ["x"]}')), junkValue),
  },
  { requiredKeys: [] },
)

/** Patterns and a lexicon in the built-in format, all valid, for a config phrase entry. */
const validPatterns = fc.record(
  {
    lexicon: fc.constantFrom({ late: ['te laat', 'vertraagd', 'later'] }, { late: ['=uitstellen'], who: ['we', 'wij'] }),
    patterns: fc.array(
      fc.record(
        {
          id: fc.constantFrom('laat', 'p1', 'x-y'),
          all: fc.constantFrom<Array<string | string[]>>(['late', ['pakket*']], [['=doorsturen'], ['we']], ['late']),
          window: fc.integer({ min: 1, max: 12 }),
          ordered: fc.boolean(),
          unless: fc.constantFrom([['morgen', 'vandaag']], []),
          skipQuestions: fc.boolean(),
          suggestions: fc.constantFrom(['<noem de dag>'], ['later'], []),
        },
        { requiredKeys: ['id', 'all'] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
  },
  { requiredKeys: ['patterns', 'lexicon'] },
)

function validOptionValue(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'number':
      return fc.oneof(fc.integer({ min: 1, max: 2_000 }), fc.double({ min: 0.01, max: 1, noNaN: true }))
    case 'boolean':
      return fc.boolean()
    case 'string':
      return fc.constantFrom('x', 'hoi', '')
    default:
      return fc.array(fc.constantFrom(...dutchWords, 'PostNL', 'Bol.com', 'IBAN', '06-12345678'), { maxLength: 4 })
  }
}

function validRuleSetting(rule: RuleInfo): fc.Arbitrary<unknown> {
  const severity = fc.constantFrom('error', 'warn', 'off')
  const names = Object.keys(rule.options)
  if (names.length === 0) return severity
  const options = fc
    .subarray(names)
    .chain((chosen) => fc.tuple(...chosen.map((name) => validOptionValue(rule.options[name]!))).map((values) => Object.fromEntries(chosen.map((name, index) => [name, values[index]]))))
  return fc.oneof(severity, fc.tuple(severity, options))
}

/** A config a brand would write: every key valid, any combination of them. */
export function validConfigObject(rules: readonly RuleInfo[]): fc.Arbitrary<Record<string, unknown>> {
  const checklistItems = fc.uniqueArray(fc.record({ id: fc.constantFrom('merktaal', 'empathie', 'a-b', 'x1'), question: fc.constantFrom('Gebruik je de merktaal?', 'Toon je begrip?') }), { maxLength: 2, selector: (item) => item.id })
  return fc
    .record(
      {
        extends: fc.constantFrom([], ['recommended']),
        channel: fc.constantFrom(...channelNames),
        values: fc.subarray(knownValueNames),
        addressForm: fc.constantFrom('je', 'u', 'ge'),
        agents: fc.constantFrom({}, { AB: 'Anna de Boer' }, { AB: 'Anna de Boer', CD: 'Chris Dekker' }, { ÉÉ: 'Élise', ABCD: 'A B C D' }),
        vocabulary: fc.array(fc.constantFrom('PostNL', 'Bol.com', 'webcare', 'Ünïcode', 'zsm'), { maxLength: 4 }),
        rules: fc
          .uniqueArray(fc.constantFrom(...rules), { maxLength: rules.length, selector: (rule) => rule.id })
          .chain((chosen) => fc.tuple(...chosen.map(validRuleSetting)).map((settings) => Object.fromEntries(chosen.map((rule, index) => [rule.id, settings[index]])))),
        checklist: checklistItems,
        placeholders: fc.array(fc.constantFrom('naam', 'first_name', 'ticket.id', 'agent'), { maxLength: 3 }),
        placeholderLength: fc.integer({ min: 0, max: 40 }),
        csvColumns: fc.constantFrom({ text: 'tekst' }, { id: 'naam', text: 'tekst', channel: 'kanaal' }),
        $schema: fc.constant('https://example.nl/schema.json'),
      },
      { requiredKeys: [] },
    )
    .chain((config) => {
      const checklistIds = ['persoonlijk', 'feiten', 'toon', 'vorm', 'privacy', ...((config['checklist'] as Array<{ id: string }> | undefined) ?? []).map((item) => item.id)]
      const phrase = fc.record(
        {
          id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/),
          match: fc.oneof(fc.constantFrom('klantendienst', 'ernaar kijken', 'sorry', 'pakketje', 'helaas', 'kijken we', 'zsm'), fc.uniqueArray(fc.constantFrom(...dutchWords), { minLength: 1, maxLength: 3 })),
          replace: fc.constantFrom('klantenservice', 'excuus', 'we zoeken het uit', 'pakket'),
          message: fc.constantFrom('Schrijf "{replace}" in plaats van "{actual}".', 'Niet "{actual}".'),
          severity: fc.constantFrom('error', 'warn', 'off'),
          checklist: fc.constantFrom(...checklistIds),
          exact: fc.boolean(),
        },
        { requiredKeys: ['id', 'match'] },
      )
      const withPatterns = fc.tuple(phrase, fc.option(validPatterns, { nil: undefined })).map(([entry, patterns]) => ({ ...entry, ...patterns }))
      return fc.uniqueArray(withPatterns, { maxLength: 3, selector: (entry) => entry.id }).map((phrases) => (phrases.length > 0 ? { ...config, phrases } : config))
    })
}

/** A config object as written, with each key valid, missing, or of the wrong type. */
export function configObject(rules: readonly RuleInfo[]): fc.Arbitrary<unknown> {
  const ruleIds = rules.map((rule) => rule.id)
  const rulesRecord = fc
    .uniqueArray(fc.constantFrom(...rules), { maxLength: 6, selector: (rule) => rule.id })
    .chain((chosen) => fc.tuple(...chosen.map(ruleSetting)).map((settings) => Object.fromEntries(chosen.map((rule, index) => [rule.id, settings[index]]))))
  const validish = fc.record(
    {
      extends: fc.oneof({ arbitrary: fc.constantFrom<unknown>([], ['recommended'], ['recommended', 'recommended']), weight: 4 }, { arbitrary: fc.constantFrom<unknown>(['onbekend'], ['../../etc/passwd'], ['__proto__'], 'recommended'), weight: 1 }, { arbitrary: junkValue, weight: 1 }),
      channel: fc.oneof({ arbitrary: fc.constantFrom(...channelNames), weight: 4 }, { arbitrary: junkValue, weight: 1 }),
      values: fc.oneof({ arbitrary: fc.subarray(knownValueNames), weight: 4 }, { arbitrary: fc.constantFrom<unknown>(['onbekend'], ['../presets/recommended'], ['constructor']), weight: 1 }, { arbitrary: junkValue, weight: 1 }),
      addressForm: fc.oneof(fc.constantFrom('je', 'u', 'ge'), junkValue),
      agents: fc.oneof(fc.constantFrom<unknown>({ AB: 'Anna de Boer' }, { AB: 'Anna de Boer', CD: 'Chris Dekker' }, { ÉÉ: 'Élise' }), fc.dictionary(fc.constantFrom('AB', 'ab', 'ABCDE', '', ...prototypeKeys), junkValue, { maxKeys: 3 }), junkValue),
      vocabulary: fc.oneof(fc.array(fc.constantFrom('PostNL', 'Bol.com', 'webcare', 'Ünïcode', '', '.*', '\u0000'), { maxLength: 5 }), junkValue),
      rules: fc.oneof({ arbitrary: rulesRecord, weight: 6 }, { arbitrary: fc.dictionary(fc.constantFrom('mention-frist', 'spelling ', 'Spelling', ...prototypeKeys, ...ruleIds), junkValue, { maxKeys: 3 }), weight: 1 }, { arbitrary: junkValue, weight: 1 }),
      phrases: fc.oneof(fc.array(phraseEntry, { maxLength: 3 }), junkValue),
      checklist: fc.oneof(fc.array(fc.record({ id: fc.constantFrom('merktaal', 'toon', 'Merk', '', 'a-b'), question: fc.constantFrom('Gebruik je de merktaal?', '', ' ') }, { requiredKeys: [] }), { maxLength: 2 }), junkValue),
      placeholders: fc.oneof(fc.constantFrom<unknown>(['naam'], ['first_name', 'ticket.id'], [], ['']), junkValue),
      placeholderLength: fc.oneof(fc.constantFrom<unknown>(0, 10, 5, -1, 1.5, 1e9), junkValue),
      csvColumns: fc.oneof(fc.constantFrom<unknown>({ text: 'tekst' }, { id: 'naam', text: 'tekst', channel: 'kanaal' }, { text: '' }, { tekst: 'x' }), junkValue),
      $schema: fc.constantFrom('https://example.nl/schema.json', 5),
    },
    { requiredKeys: [] },
  )
  return fc.oneof(
    { arbitrary: validConfigObject(rules), weight: 8 },
    { arbitrary: validish, weight: 6 },
    // Extra keys: typos, prototype keys, $import.
    {
      arbitrary: fc.tuple(validish, fc.constantFrom('chanel', 'rule', '$import', ...prototypeKeys), junkValue).map(([config, key, value]) =>
        config !== null && typeof config === 'object' ? withField(config as Record<string, unknown>, key, value) : config,
      ),
      weight: 2,
    },
    { arbitrary: pollutingJson, weight: 2 },
    { arbitrary: junkValue, weight: 1 },
  )
}

export type ConfigInput =
  | { kind: 'object'; raw: unknown; valid: boolean }
  | { kind: 'arguments'; cwd: unknown; options: unknown; valid: false }
  | { kind: 'file'; name: string; named: boolean; content: string; valid: boolean }

export const configFileNames = ['package.json', '.tovrc', '.tovrc.json', '.tovrc.yaml', '.tovrc.yml', 'team.tovrc', 'tov.json', 'tov.yaml', 'config'] as const

function configText(name: string, raw: unknown, seed: number): string {
  const pick = chooser(seed)
  const data = name === 'package.json' ? { name: 'repo', version: '1.0.0', tov: raw } : raw
  if (name.endsWith('.json') || pick(3) === 0) return JSON.stringify(data, null, pick(2) === 0 ? 2 : undefined) ?? ''
  try {
    return yamlStringify(data, { lineWidth: 0 })
  } catch {
    return JSON.stringify(data) ?? ''
  }
}

const yamlHostile = fc.constantFrom(
  'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: &e [*d, *d]\nf: &f [*e, *e]\ng: &g [*f, *f]\nh: [*g, *g]\n',
  '$import: ./evil.mjs\n', '$import: ./evil.cjs\n', '$import: [./evil.mjs, ./evil.cjs]\n', '$import: /etc/hostname\n', '$import: .tovrc\n',
  'extends: [recommended]\n$import: ../outside.yaml\n', '{"$import": "./evil.cjs"}', '{"tov": {"$import": "./evil.cjs"}}',
  '<<: {channel: email}\n', 'base: &b {channel: email}\n<<: *b\n', '__proto__: {polluted: yes}\n', 'constructor: {prototype: {polluted: yes}}\n',
  'rules: {__proto__: {polluted: yes}}\n', 'agents: {__proto__: {polluted: yes}}\n', 'rules:\n  toString: error\n', 'channel: !!js/function "function(){}"\n',
  'channel: !!binary eA==\n', '%YAML 1.1\n---\nchannel: x\n', '---\nchannel: x\n---\nchannel: email\n', 'channel: x\nchannel: email\n', '? [a, b]\n: c\n',
  'placeholderLength: 0x10\n', 'placeholderLength: .inf\n', 'channel: ~\n', '- channel: x\n', '"\\ud800": x\n', 'vocabulary: [*undefined]\n', '{', '\ufeff{}', '\u0000',
  '{"__proto__": {"polluted": "yes"}}', '{"constructor": {"prototype": {"polluted": "yes"}}}', '{"rules": {"__proto__": "error"}}', 'null', '[]', '""', '1e999',
)

export function configInput(rules: readonly RuleInfo[]): fc.Arbitrary<ConfigInput> {
  const raw = fc.oneof(
    { arbitrary: validConfigObject(rules).map((config) => ({ config: config as unknown, valid: true })), weight: 3 },
    { arbitrary: configObject(rules).filter(isJsonable).map((config) => ({ config, valid: false })), weight: 4 },
    { arbitrary: yamlHostile.map((config) => ({ config: config as unknown, valid: false })), weight: 2 },
  )
  const file = fc
    .tuple(fc.constantFrom(...configFileNames), raw, fc.nat(), fc.array(mutation, { maxLength: 2 }), fc.boolean())
    .map(([name, { config, valid }, seed, mutations, namedWish]): ConfigInput => {
      const verbatim = typeof config === 'string' && seed % 2 === 0
      const content = verbatim ? config : configText(name, config, seed)
      // package.json and the search places are found by searching; other names only when named.
      const named = (configFileNames.indexOf(name) >= 5 || namedWish) && name !== 'package.json'
      const mutated = mutations.length > 0 && seed % 3 === 0
      return { kind: 'file', name, named, content: mutated ? mutate(content, mutations) : content, valid: valid && !mutated && !verbatim }
    })
  return fc.oneof(
    { arbitrary: validConfigObject(rules).map((config): ConfigInput => ({ kind: 'object', raw: config, valid: true })), weight: 2 },
    { arbitrary: configObject(rules).map((config): ConfigInput => ({ kind: 'object', raw: config, valid: false })), weight: 3 },
    { arbitrary: file, weight: 2 },
    {
      // loadConfig called with arguments of the wrong type (undefined cwd is the working folder: left out).
      arbitrary: fc
        .record({ cwd: junkValue.filter((value) => value !== undefined && typeof value !== 'string'), options: fc.oneof(junkValue, fc.record({ configFile: junkValue })) })
        .map(({ cwd, options }): ConfigInput => ({ kind: 'arguments', cwd, options, valid: false })),
      weight: 1,
    },
  )
}
