// The help-desk apps in examples/ (Zendesk, Freshdesk) and the check they share, examples/helpdesk-shared/
// tov-gate.js: the verdict on tov serve's answers (real ones, copied from tov check --format json), the
// channel tables, the escaping of the sidebar, and each app wired to a fake help-desk client and a fake
// fetch: a reply with errors is held back, one with warnings goes, and one goes when tov is down. No
// network, no build: the apps' files are imported as they are shipped.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { channelNames } from '../src/channels/channels.js'

const root = join(import.meta.dirname, '..')
const examples = join(root, 'examples')

interface Finding {
  ruleId: string
  severity: 'error' | 'warn'
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  actual: string
  suggestions: string[]
  edits: { range: number[]; text: string }[]
  fix?: { range: number[]; text: string }
  checklist: string
}
interface ChecklistItem {
  id: string
  question: string
  status: 'pass' | 'fail' | 'manual'
}
interface TovResult {
  file: string
  channel: string
  findings: Finding[]
  checklist: ChecklistItem[]
  summary: { errors: number; warnings: number }
}
type Verdict = 'block' | 'warn' | 'pass' | 'unreachable'
interface GateResult {
  verdict: Verdict
  errors: Finding[]
  warnings: Finding[]
  checklist: ChecklistItem[]
  message: string
  channel?: string
  status?: number
  skipped?: boolean
}
interface Settings {
  url: string
  token: string
  defaultChannel: string
  channelMap: Record<string, string>
  blockOnErrors: boolean
  problems: string[]
}
type Fetch = (url: string, init: RequestInit) => Promise<Response>
interface CheckOptions {
  url?: string
  token?: string
  text: string
  channel?: string
  thread?: unknown
  fetch: Fetch
  timeoutMs?: number
}
interface Gate {
  TOV_CHANNELS: readonly string[]
  DEFAULT_URL: string
  UNREACHABLE: string
  MAX_LISTED_ERRORS: number
  ZENDESK_CHANNELS: Readonly<Record<string, string>>
  FRESHDESK_SOURCES: Readonly<Record<string, string>>
  channelForZendesk(via: unknown, overrides?: Record<string, string>): string | undefined
  channelForFreshdesk(source: unknown, overrides?: Record<string, string>): string | undefined
  normalizeSettings(raw?: Record<string, unknown>): Settings
  draftText(value: unknown): string
  checkDraft(options: CheckOptions): Promise<GateResult>
  mustBlock(result: GateResult, settings?: { blockOnErrors: boolean }): boolean
  escapeHtml(value: unknown): string
  renderResult(result: GateResult, options?: { problems?: string[] }): string
  renderNotice(message: string, options?: { problems?: string[] }): string
}
interface FakeDocument {
  getElementById(id: string): FakeElement | null
  body: { scrollHeight: number }
}
interface ZendeskApp {
  start(client: FakeZafClient, deps: { fetch: Fetch; document: FakeDocument; timeoutMs?: number }): { onSave(): Promise<unknown>; checkNow(): Promise<void> }
}
interface FreshdeskApp {
  start(client: FakeFreshdeskClient, deps: { fetch: Fetch; document: FakeDocument; timeoutMs?: number }): { checkNow(): Promise<void> }
  replyBody(data: unknown): string
}
interface SyncScript {
  copies: { source: string; targets: string[] }[]
  staleCopies(): string[]
  writeCopies(): string[]
}

/** A module of examples/ as the help desk's browser loads it (plain JavaScript, no types of its own). */
async function load<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(examples, path)).href)) as T
}

const gate = await load<Gate>('helpdesk-shared/tov-gate.js')
const sync = await load<SyncScript>('helpdesk-shared/sync.mjs')
// The apps load their copies of the shared files, which are not in git: made here as before packaging.
sync.writeCopies()
const zendesk = await load<ZendeskApp>('zendesk-app/assets/app.js')
const freshdesk = await load<FreshdeskApp>('freshdesk-app/app/scripts/app.js')

// node bin/tov.js check fixtures/drafts/x-draft.txt --format json (its first element)
const X_DRAFT: TovResult = {
  file: "fixtures/drafts/x-draft.txt",
  channel: "x",
  findings: [
    {"ruleId":"no-repeated-apology","severity":"warn","message":"Je verontschuldigt je hier opnieuw (\"excuses\"). Eén keer sorry is genoeg: vertel nu wat je doet.","line":1,"column":46,"endLine":1,"endColumn":53,"offset":45,"endOffset":52,"actual":"excuses","suggestions":[],"edits":[],"checklist":"toon"},
    {"ruleId":"no-hollow-promise","severity":"warn","message":"Loze belofte: \"We gaan ernaar kijken\". Zeg wat er concreet gebeurt en wanneer, bijvoorbeeld \"Je hoort uiterlijk <dag> <tijd> van ons\", of beloof het niet.","line":1,"column":74,"endLine":1,"endColumn":95,"offset":73,"endOffset":94,"actual":"We gaan ernaar kijken","suggestions":["Je hoort uiterlijk <dag> <tijd> van ons"],"edits":[],"checklist":"feiten"},
    {"ruleId":"no-condescension","severity":"error","message":"Dit klinkt betweterig: \"Zoals al eerder gezegd\". Geef de informatie zonder de klant iets te verwijten.","line":1,"column":97,"endLine":1,"endColumn":119,"offset":96,"endOffset":118,"actual":"Zoals al eerder gezegd","suggestions":[],"edits":[],"checklist":"toon"},
    {"ruleId":"no-condescension","severity":"error","message":"Dit klinkt betweterig: \"kon je de bezorgstatus ook op onze website vinden\". Geef de informatie zonder de klant iets te verwijten.","line":1,"column":120,"endLine":1,"endColumn":169,"offset":119,"endOffset":168,"actual":"kon je de bezorgstatus ook op onze website vinden","suggestions":[],"edits":[],"checklist":"toon"},
    {"ruleId":"spelling","severity":"error","message":"Onbekend woord \"onstaan\". Bedoel je \"ontstaan\" of \"instaan\" of \"omstaan\"? Is het een merk- of productnaam? Voeg het toe met: tov allow onstaan","line":1,"column":182,"endLine":1,"endColumn":189,"offset":181,"endOffset":188,"actual":"onstaan","suggestions":["ontstaan","instaan","omstaan","opstaan"],"edits":[{"range":[181,188],"text":"ontstaan"},{"range":[181,188],"text":"instaan"},{"range":[181,188],"text":"omstaan"},{"range":[181,188],"text":"opstaan"}],"checklist":"vorm"},
    {"ruleId":"sign-off","severity":"error","message":"Schrijf je ondertekening als ^AB: een dakje met direct daarachter je initialen in hoofdletters of je voornaam.","line":1,"column":191,"endLine":1,"endColumn":194,"offset":190,"endOffset":193,"actual":"^ab","suggestions":["^AB"],"edits":[{"range":[190,193],"text":"^AB"}],"fix":{"range":[189,193],"text":" ^AB"},"checklist":"persoonlijk"},
  ],
  checklist: [
    {"id":"persoonlijk","question":"Spreek je de klant persoonlijk aan en sluit je af met je naam of initialen?","status":"fail"},
    {"id":"feiten","question":"Heb je je beperkt tot de feiten, zonder loze beloftes of eigen mening?","status":"fail"},
    {"id":"toon","question":"Is je toon respectvol: geen betweterigheid, verdediging, robottaal of stapel excuses?","status":"fail"},
    {"id":"vorm","question":"Past je reactie in het kanaal en is ze foutloos gespeld?","status":"fail"},
    {"id":"privacy","question":"Deel je geen persoonsgegevens in het openbaar?","status":"pass"},
    {"id":"deskundige","question":"Heb je de reactie voorgelegd aan de inhoudelijk deskundige?","status":"manual"},
    {"id":"tevreden","question":"Zou jij als klant zelf tevreden zijn met deze reactie?","status":"manual"},
  ],
  summary: {"errors":4,"warnings":2},
}

// echo "@eva Sorry, we gaan ernaar kijken. ^AB" | node bin/tov.js check - --format json (its first element)
const WARN_ONLY: TovResult = {
  file: "<stdin>",
  channel: "x",
  findings: [
    {"ruleId":"no-hollow-promise","severity":"warn","message":"Loze belofte: \"we gaan ernaar kijken\". Zeg wat er concreet gebeurt en wanneer, bijvoorbeeld \"Je hoort uiterlijk <dag> <tijd> van ons\", of beloof het niet.","line":1,"column":13,"endLine":1,"endColumn":34,"offset":12,"endOffset":33,"actual":"we gaan ernaar kijken","suggestions":["je hoort uiterlijk <dag> <tijd> van ons"],"edits":[],"checklist":"feiten"},
  ],
  checklist: [
    {"id":"persoonlijk","question":"Spreek je de klant persoonlijk aan en sluit je af met je naam of initialen?","status":"pass"},
    {"id":"feiten","question":"Heb je je beperkt tot de feiten, zonder loze beloftes of eigen mening?","status":"fail"},
    {"id":"toon","question":"Is je toon respectvol: geen betweterigheid, verdediging, robottaal of stapel excuses?","status":"pass"},
    {"id":"vorm","question":"Past je reactie in het kanaal en is ze foutloos gespeld?","status":"pass"},
    {"id":"privacy","question":"Deel je geen persoonsgegevens in het openbaar?","status":"pass"},
    {"id":"deskundige","question":"Heb je de reactie voorgelegd aan de inhoudelijk deskundige?","status":"manual"},
    {"id":"tevreden","question":"Zou jij als klant zelf tevreden zijn met deze reactie?","status":"manual"},
  ],
  summary: {"errors":0,"warnings":1},
}

// echo "@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB" | node bin/tov.js check - --format json (its first element)
const CLEAN: TovResult = {
  file: "<stdin>",
  channel: "x",
  findings: [],
  checklist: [
    {"id":"persoonlijk","question":"Spreek je de klant persoonlijk aan en sluit je af met je naam of initialen?","status":"pass"},
    {"id":"feiten","question":"Heb je je beperkt tot de feiten, zonder loze beloftes of eigen mening?","status":"pass"},
    {"id":"toon","question":"Is je toon respectvol: geen betweterigheid, verdediging, robottaal of stapel excuses?","status":"pass"},
    {"id":"vorm","question":"Past je reactie in het kanaal en is ze foutloos gespeld?","status":"pass"},
    {"id":"privacy","question":"Deel je geen persoonsgegevens in het openbaar?","status":"pass"},
    {"id":"deskundige","question":"Heb je de reactie voorgelegd aan de inhoudelijk deskundige?","status":"manual"},
    {"id":"tevreden","question":"Zou jij als klant zelf tevreden zijn met deze reactie?","status":"manual"},
  ],
  summary: {"errors":0,"warnings":0},
}

/** A result with `count` error-level findings, each with its own message and suggestion. */
function withErrors(count: number): TovResult {
  const base = X_DRAFT.findings.find((finding) => finding.ruleId === 'sign-off')!
  const findings = Array.from({ length: count }, (_, index) => ({
    ...base,
    message: `Fout nummer ${index + 1}.`,
    suggestions: [`voorstel ${index + 1}`],
  }))
  return { ...X_DRAFT, findings, summary: { errors: count, warnings: 0 } }
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

interface Call {
  url: string
  init: RequestInit
  body: Record<string, unknown>
  headers: Record<string, string>
}

/** A fetch that answers every request with `answer` and records what it was asked. */
function fakeFetch(answer: () => Promise<Response> | Response) {
  const calls: Call[] = []
  const fetch: Fetch = async (url, init) => {
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([name, value]) => [name.toLowerCase(), value]))
    calls.push({ url, init, body: JSON.parse(String(init.body)) as Record<string, unknown>, headers })
    return answer()
  }
  return { fetch, calls }
}

const answering = (result: unknown, status = 200) => fakeFetch(() => json(result, status))
const down = () =>
  fakeFetch(() => {
    throw new TypeError('Failed to fetch')
  })

describe('checkDraft: what tov serve says, as a verdict', () => {
  it('blocks on errors, listing each error with its suggestions', async () => {
    const { fetch } = answering(X_DRAFT)
    const result = await gate.checkDraft({ text: 'concept', channel: 'x', fetch })
    expect(result.verdict).toBe('block')
    expect(result.errors.map((finding) => finding.ruleId)).toEqual(['no-condescension', 'no-condescension', 'spelling', 'sign-off'])
    expect(result.warnings.map((finding) => finding.ruleId)).toEqual(['no-repeated-apology', 'no-hollow-promise'])
    expect(result.checklist).toEqual(X_DRAFT.checklist)
    const lines = result.message.split('\n')
    expect(lines[0]).toBe('Niet verstuurd: tov vond 4 fouten. Pas je antwoord aan en verstuur het opnieuw.')
    expect(lines.slice(1)).toEqual([
      '1. Dit klinkt betweterig: "Zoals al eerder gezegd". Geef de informatie zonder de klant iets te verwijten.',
      '2. Dit klinkt betweterig: "kon je de bezorgstatus ook op onze website vinden". Geef de informatie zonder de klant iets te verwijten.',
      // The spelling message names its suggestions itself: they are not repeated.
      '3. Onbekend woord "onstaan". Bedoel je "ontstaan" of "instaan" of "omstaan"? Is het een merk- of productnaam? Voeg het toe met: tov allow onstaan',
      '4. Schrijf je ondertekening als ^AB: een dakje met direct daarachter je initialen in hoofdletters of je voornaam. Voorstel: "^AB".',
    ])
    // Warnings do not hold a reply back, so they are not in the message that does.
    expect(result.message).not.toContain('Loze belofte')
  })

  it('lists at most five errors in the message and counts the rest', async () => {
    const { fetch } = answering(withErrors(7))
    const result = await gate.checkDraft({ text: 'concept', fetch })
    expect(result.errors).toHaveLength(7)
    const lines = result.message.split('\n')
    expect(lines[0]).toBe('Niet verstuurd: tov vond 7 fouten. Pas je antwoord aan en verstuur het opnieuw.')
    expect(lines.slice(1, 6)).toEqual([1, 2, 3, 4, 5].map((n) => `${n}. Fout nummer ${n}. Voorstel: "voorstel ${n}".`))
    expect(lines[6]).toBe('En nog 2 fouten: zie de zijbalk van tov.')
    expect(lines).toHaveLength(7)
    expect(gate.MAX_LISTED_ERRORS).toBe(5)
  })

  it('lets a reply with warnings only pass, with the warnings', async () => {
    const result = await gate.checkDraft({ text: '@eva Sorry, we gaan ernaar kijken. ^AB', channel: 'x', fetch: answering(WARN_ONLY).fetch })
    expect(result.verdict).toBe('warn')
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual(WARN_ONLY.findings)
    expect(result.message).toBe('tov vond 1 waarschuwing. Je antwoord mag weg; kijk ze wel even na.')
    expect(gate.mustBlock(result, { blockOnErrors: true })).toBe(false)
  })

  it('lets a clean reply pass and points at the questions only a person answers', async () => {
    const result = await gate.checkDraft({ text: 'schoon', fetch: answering(CLEAN).fetch })
    expect(result).toMatchObject({ verdict: 'pass', errors: [], warnings: [], checklist: CLEAN.checklist })
    expect(result.message).toBe('tov vond niets. Beantwoord zelf nog de vragen met een vraagteken.')
  })

  it('posts the text and channel as JSON to <url>/api/check', async () => {
    for (const url of ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/', 'http://127.0.0.1:8787/api/check']) {
      const { fetch, calls } = answering(CLEAN)
      await gate.checkDraft({ url, text: 'Hoi Eva ^AB', channel: 'whatsapp', fetch })
      expect(calls).toHaveLength(1)
      expect(calls[0]!.url).toBe('http://127.0.0.1:8787/api/check')
      expect(calls[0]!.init.method).toBe('POST')
      expect(calls[0]!.headers['content-type']).toBe('application/json')
      expect(calls[0]!.body).toEqual({ text: 'Hoi Eva ^AB', channel: 'whatsapp' })
    }
    const { fetch, calls } = answering(CLEAN)
    await gate.checkDraft({ text: 'Hoi', fetch })
    expect(calls[0]!.url).toBe(`${gate.DEFAULT_URL}/api/check`)
  })

  it('sends the bearer token when one is set, and no Authorization header when not', async () => {
    const withToken = answering(CLEAN)
    await gate.checkDraft({ text: 'Hoi', token: ' s3cret-token ', fetch: withToken.fetch })
    expect(withToken.calls[0]!.headers['authorization']).toBe('Bearer s3cret-token')
    for (const token of [undefined, '', '   ']) {
      const without = answering(CLEAN)
      await gate.checkDraft({ text: 'Hoi', ...(token === undefined ? {} : { token }), fetch: without.fetch })
      expect(Object.keys(without.calls[0]!.headers)).not.toContain('authorization')
    }
  })

  it('accepts the CLI shape too: an array with one result', async () => {
    const result = await gate.checkDraft({ text: 'concept', fetch: answering([X_DRAFT]).fetch })
    expect(result.verdict).toBe('block')
  })

  it('does not ask tov about an empty draft', async () => {
    const { fetch, calls } = answering(X_DRAFT)
    for (const text of ['', '  \n ']) expect((await gate.checkDraft({ text, fetch })).verdict).toBe('pass')
    expect(calls).toHaveLength(0)
  })

  describe('never blocks when tov gives no clear answer', () => {
    const cases: { name: string; fetch: Fetch; detail: RegExp; status?: number }[] = [
      { name: 'no connection (or an origin tov refused: the browser does not tell them apart)', fetch: down().fetch, detail: /Draait tov serve op http:\/\/127\.0\.0\.1:8787, en staat deze app in serve\.origins van de \.tovrc\?$/ },
      { name: 'a 500', fetch: answering({ error: { code: 'INTERNAL', message: 'interne fout' } }, 500).fetch, detail: /foutcode 500/, status: 500 },
      { name: 'a 401', fetch: answering({ error: { code: 'UNAUTHORIZED', message: 'Geef een token.' } }, 401).fetch, detail: /\(401\): klopt het token.*"Geef een token\."/, status: 401 },
      { name: 'a 403', fetch: answering({ error: { code: 'HOST_FORBIDDEN', message: 'Onbekende host "tov.example.com".' } }, 403).fetch, detail: /weigert dit verzoek \(403\)\. tov zegt: "Onbekende host "tov\.example\.com"\."$/, status: 403 },
      { name: 'a 403 without a message', fetch: fakeFetch(() => new Response('', { status: 403 })).fetch, detail: /\(403\)\. Staat deze app in serve\.origins van de \.tovrc\?$/, status: 403 },
      { name: 'a 413', fetch: answering({ error: { code: 'INPUT_TOO_LARGE', message: 'Te lang.' } }, 413).fetch, detail: /kon dit antwoord niet controleren \(413\)/, status: 413 },
      { name: 'an error page that is not JSON', fetch: fakeFetch(() => new Response('<h1>Bad Gateway</h1>', { status: 502 })).fetch, detail: /foutcode 502\.$/, status: 502 },
      { name: 'a 200 that is not JSON', fetch: fakeFetch(() => new Response('hallo', { status: 200 })).fetch, detail: /niet begrijpt/ },
      { name: 'a 200 without findings', fetch: answering({ ok: true }).fetch, detail: /niet begrijpt/ },
    ]
    for (const { name, fetch, detail, status } of cases) {
      it(name, async () => {
        const result = await gate.checkDraft({ text: 'concept', fetch })
        expect(result.verdict).toBe('unreachable')
        expect(result.message.startsWith('tov is niet bereikbaar; controleer zelf. ')).toBe(true)
        expect(result.message).toMatch(detail)
        expect(result.status).toBe(status)
        expect(gate.mustBlock(result, { blockOnErrors: true })).toBe(false)
      })
    }

    it('a tov that does not answer in time', async () => {
      const started = Date.now()
      const result = await gate.checkDraft({ text: 'concept', timeoutMs: 50, fetch: () => new Promise<Response>(() => {}) })
      expect(result.verdict).toBe('unreachable')
      expect(result.message).toBe('tov is niet bereikbaar; controleer zelf. Geen antwoord van http://127.0.0.1:8787/api/check binnen 0,05 seconden.')
      expect(Date.now() - started).toBeLessThan(2000)
    })
  })
})

describe('channel tables', () => {
  it('knows the same channels as tov', () => {
    expect([...gate.TOV_CHANNELS].sort()).toEqual([...channelNames].sort())
    for (const channel of [...Object.values(gate.ZENDESK_CHANNELS), ...Object.values(gate.FRESHDESK_SOURCES)]) {
      expect(gate.TOV_CHANNELS).toContain(channel)
    }
  })

  it('maps each Zendesk via channel', () => {
    const table: [unknown, string | undefined][] = [
      [{ channel: 'twitter' }, 'x'],
      [{ channel: 'facebook' }, 'facebook'],
      [{ channel: 'facebook_post' }, 'facebook'],
      [{ channel: 'facebook_message' }, 'facebook-messenger'],
      [{ channel: 'sunshine_conversations_facebook_messenger' }, 'facebook-messenger'],
      [{ channel: 'instagram_dm' }, 'instagram-dm'],
      [{ channel: 'whatsapp' }, 'whatsapp'],
      [{ channel: 'native_messaging' }, 'whatsapp'],
      [{ channel: 'email' }, 'email'],
      [{ channel: 'mail' }, 'email'],
      [{ channel: 'web' }, 'email'],
      [{ channel: 'web_form' }, 'email'],
      [{ channel: 'Twitter' }, 'x'],
      // Messaging names the network in source.rel.
      [{ channel: 'native_messaging', source: { rel: 'messenger' } }, 'facebook-messenger'],
      [{ channel: 'native_messaging', source: { rel: 'instagram' } }, 'instagram-dm'],
      [{ channel: 'any_channel', source: { rel: 'whatsapp' } }, 'whatsapp'],
      // Only a messaging ticket's rel counts.
      [{ channel: 'email', source: { rel: 'messenger' } }, 'email'],
      // Unknown: the app's default channel decides.
      [{ channel: 'voice' }, undefined],
      [{ channel: 'api' }, undefined],
      [{ channel: 'chat' }, undefined],
      [{ channel: 'twitter_dm' }, undefined],
      [{}, undefined],
      [undefined, undefined],
      [null, undefined],
      ['twitter', 'x'],
    ]
    for (const [via, channel] of table) expect([via, gate.channelForZendesk(via)]).toEqual([via, channel])
    for (const [name, channel] of Object.entries(gate.ZENDESK_CHANNELS)) expect(gate.channelForZendesk({ channel: name })).toBe(channel)
  })

  it('maps each Freshdesk source, by number or by label', () => {
    const table: [unknown, string | undefined][] = [
      [1, 'email'],
      [2, 'email'],
      [3, undefined],
      [4, undefined],
      [5, 'x'],
      [6, 'facebook'],
      [7, undefined],
      [9, 'email'],
      [10, 'email'],
      [13, 'whatsapp'],
      [17, 'instagram-dm'],
      [18, 'instagram'],
      [19, 'facebook-messenger'],
      [20, 'facebook'],
      ['5', 'x'],
      ['Twitter', 'x'],
      ['WhatsApp', 'whatsapp'],
      ['Outbound Email', 'email'],
      ['Phone', undefined],
      [undefined, undefined],
      ['', undefined],
    ]
    for (const [source, channel] of table) expect([source, gate.channelForFreshdesk(source)]).toEqual([source, channel])
  })

  it('lets the team override the tables', () => {
    expect(gate.channelForZendesk({ channel: 'chat' }, { chat: 'whatsapp' })).toBe('whatsapp')
    expect(gate.channelForZendesk({ channel: 'twitter' }, { twitter: 'email' })).toBe('email')
    expect(gate.channelForFreshdesk(7, { '7': 'whatsapp' })).toBe('whatsapp')
    expect(gate.channelForFreshdesk('google', { google: 'google-review' })).toBe('google-review')
  })
})

describe('normalizeSettings', () => {
  it('fills in the defaults', () => {
    expect(gate.normalizeSettings({})).toEqual({
      url: 'http://127.0.0.1:8787',
      token: '',
      defaultChannel: 'email',
      channelMap: {},
      blockOnErrors: true,
      problems: [],
    })
  })

  it('reads the help desks\' values and says in Dutch what it cannot use', () => {
    const settings = gate.normalizeSettings({
      tovUrl: ' https://tov.example.com ',
      tovToken: ' abc ',
      defaultChannel: 'telefoon',
      channelMap: '{"Chat": "WhatsApp", "api": "fax"}',
      blockOnErrors: 'false',
    })
    expect(settings).toMatchObject({ url: 'https://tov.example.com', token: 'abc', defaultChannel: 'email', channelMap: { chat: 'whatsapp' }, blockOnErrors: false })
    expect(settings.problems).toEqual([
      'Het standaardkanaal "telefoon" kent tov niet; tov gebruikt "email".',
      'De kanaaltabel noemt voor "api" het kanaal "fax", dat tov niet kent; die regel telt niet.',
    ])
    expect(gate.normalizeSettings({ channelMap: '{chat: whatsapp}' }).problems).toEqual([
      'De kanaaltabel in de instellingen is geen JSON-object; tov gebruikt de standaardtabel.',
    ])
    expect(gate.normalizeSettings({ defaultChannel: 'twitter', blockOnErrors: false }).defaultChannel).toBe('x')
  })
})

describe('draftText: the reply as the customer reads it', () => {
  it('turns the editor\'s HTML into lines of text', () => {
    expect(gate.draftText('<p>Hoi Eva,</p><p>Je pakket komt&nbsp;morgen, &eacute;cht.<br>Groet, ^AB</p>')).toBe('Hoi Eva,\nJe pakket komt morgen, écht.\nGroet, ^AB')
    expect(gate.draftText('<div>Fijn&#33; &#x1F600;</div><div><br></div><div>^AB</div>')).toBe('Fijn! 😀\n\n^AB')
  })

  it('keeps a gap such as <dag> in a plain draft, and in HTML where the editor escaped it', () => {
    expect(gate.draftText('Je hoort <dag> <tijd> van ons. ^AB')).toBe('Je hoort <dag> <tijd> van ons. ^AB')
    expect(gate.draftText('<p>Je hoort &lt;dag&gt; van ons. ^AB</p>')).toBe('Je hoort <dag> van ons. ^AB')
  })

  it('leaves out quoted earlier mails and scripts', () => {
    const freshdesk = '<div>Dag Eva,<br>Het is geregeld.</div><div class="freshdesk_quote"><blockquote class="freshdesk_quote">Op maandag schreef Eva: waar blijft het?</blockquote></div>'
    expect(gate.draftText(freshdesk)).toBe('Dag Eva,\nHet is geregeld.')
    expect(gate.draftText('<p>Hoi</p><blockquote>oud <blockquote>ouder</blockquote> oud</blockquote><p>^AB</p><script>alert(1)</script>')).toBe('Hoi\n^AB')
  })

  it('gives an empty string for what is not text', () => {
    for (const value of [undefined, null, 42, {}]) expect(gate.draftText(value)).toBe('')
  })
})

describe('the sidebar', () => {
  const hostile: Finding = {
    ...X_DRAFT.findings[2]!,
    message: 'Niet doen: <script>alert("x")</script> & zo',
    actual: '"><img src=x onerror=alert(1)>',
    suggestions: ['<b>vet</b>', ''],
  }

  it('escapes every text from tov: findings, suggestions, checklist questions, notices', async () => {
    const answer: TovResult = {
      ...X_DRAFT,
      channel: '<i>x</i>',
      findings: [hostile],
      checklist: [{ id: 'toon', question: 'Toon <img src=x onerror=alert(2)>?', status: 'fail' }],
    }
    const result = await gate.checkDraft({ text: 'concept', fetch: answering(answer).fetch })
    const html = gate.renderResult(result, { problems: ['<svg onload=alert(3)>'] })
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<svg/)
    expect(html).toContain('Niet doen: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; zo')
    expect(html).toContain('Voorstellen: &quot;&lt;b&gt;vet&lt;/b&gt;&quot; of weglaten.')
    expect(html).toContain('Toon &lt;img src=x onerror=alert(2)&gt;?')
    expect(html).toContain('&lt;svg onload=alert(3)&gt;')
    expect(gate.renderNotice('<script>x</script>')).toBe('<p class="tov-banner tov-banner--unreachable" role="status">&lt;script&gt;x&lt;/script&gt;</p>')
    expect(gate.escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;')
  })

  it('shows the errors before the warnings, and the checklist with its marks', async () => {
    const html = gate.renderResult(await gate.checkDraft({ text: 'concept', channel: 'x', fetch: answering(X_DRAFT).fetch }))
    expect(html.startsWith('<p class="tov-banner tov-banner--block" role="status">Niet verstuurd: tov vond 4 fouten.')).toBe(true)
    const kinds = [...html.matchAll(/tov-finding--(error|warn)/g)].map((match) => match[1])
    expect(kinds).toEqual(['error', 'error', 'error', 'error', 'warn', 'warn'])
    expect(html).toContain('regel 1, kolom 191 · sign-off')
    const marks = [...html.matchAll(/tov-item--(pass|fail|manual)/g)].map((match) => match[1])
    expect(marks).toEqual(X_DRAFT.checklist.map((item) => item.status))
    expect(html).toContain('De 1-minuut-checklist')
  })
})

// --- The apps, wired to fake help desks ---------------------------------------------------------------

class FakeElement {
  innerHTML = ''
  value = ''
  disabled = false
  private readonly listeners: (() => void)[] = []
  addEventListener(type: string, listener: () => void): void {
    if (type === 'click') this.listeners.push(listener)
  }
  click(): void {
    for (const listener of this.listeners) listener()
  }
}

function fakeDocument(ids: string[]) {
  const elements = new Map(ids.map((id) => [id, new FakeElement()]))
  const document: FakeDocument = { getElementById: (id) => elements.get(id) ?? null, body: { scrollHeight: 480 } }
  return { document, element: (id: string) => elements.get(id)! }
}

/** Waits until `check` holds (the apps answer their events asynchronously). */
async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !check(); tries++) await new Promise((resolve) => setTimeout(resolve, 5))
  expect(check()).toBe(true)
}

interface ZendeskTicket {
  text?: string
  type?: string
  via?: unknown
}

class FakeZafClient {
  readonly handlers = new Map<string, (() => unknown)[]>()
  readonly invoked: [string, unknown][] = []
  readonly requests: Record<string, unknown>[] = []
  requestAnswer: () => Promise<unknown> = async () => ({ status: 200, responseJSON: CLEAN })
  getFails = false
  constructor(
    public ticket: ZendeskTicket,
    private readonly settings: Record<string, unknown> = {},
  ) {}
  on(name: string, handler: () => unknown): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler])
  }
  async get(paths: string[]): Promise<Record<string, unknown>> {
    if (this.getFails) throw new Error('ZAF: not available')
    const values: Record<string, unknown> = { 'ticket.comment.text': this.ticket.text, 'ticket.comment.type': this.ticket.type, 'ticket.via': this.ticket.via }
    return Object.fromEntries(paths.map((path) => [path, values[path]]))
  }
  invoke(name: string, options: unknown): Promise<void> {
    this.invoked.push([name, options])
    return Promise.resolve()
  }
  async metadata(): Promise<{ settings: Record<string, unknown> }> {
    return { settings: this.settings }
  }
  request(options: Record<string, unknown>): Promise<unknown> {
    this.requests.push(options)
    return this.requestAnswer()
  }
}

/**
 * What Zendesk does with a ticket.save handler's answer, as the ZAF SDK decides it (lib/utils.js `when`,
 * lib/client.js `postReplyWith`): a synchronous false, string or Error, a throw, or a rejected promise
 * cancels the save and shows the reason (an Error's message); anything else saves.
 */
async function zendeskSave(client: FakeZafClient): Promise<{ saved: boolean; message?: unknown }> {
  const handlers = client.handlers.get('ticket.save') ?? []
  expect(handlers).toHaveLength(1)
  let answer: unknown
  try {
    answer = handlers[0]!()
  } catch (error) {
    return { saved: false, message: error instanceof Error ? error.message : error }
  }
  const thenable = answer !== null && typeof answer === 'object' && typeof (answer as { then?: unknown }).then === 'function'
  if (!thenable && (answer === false || answer instanceof Error || typeof answer === 'string')) {
    return { saved: false, message: answer instanceof Error ? answer.message : answer }
  }
  try {
    await answer
    return { saved: true }
  } catch (reason) {
    return { saved: false, message: reason instanceof Error ? reason.message : reason }
  }
}

function startZendesk(ticket: ZendeskTicket, fetch: Fetch, settings: Record<string, unknown> = {}) {
  const client = new FakeZafClient(ticket, settings)
  const page = fakeDocument(['tov-result', 'tov-check-now'])
  const app = zendesk.start(client, { fetch, document: page.document, timeoutMs: 200 })
  return { client, app, sidebar: () => page.element('tov-result').innerHTML, button: page.element('tov-check-now') }
}

const X_TICKET = { text: '<p>@eva Zoals al eerder gezegd kon je de bezorgstatus ook op onze website vinden. ^ab</p>', type: 'publicReply', via: { channel: 'twitter' } }

describe('the Zendesk app', () => {
  it('cancels the save of a reply with errors and says why, in the save message and the sidebar', async () => {
    const { fetch, calls } = answering(X_DRAFT)
    const { client, sidebar } = startZendesk(X_TICKET, fetch)
    const outcome = await zendeskSave(client)
    expect(outcome.saved).toBe(false)
    expect(outcome.message).toEqual(expect.stringContaining('Niet verstuurd: tov vond 4 fouten.'))
    expect(outcome.message).toEqual(expect.stringContaining('Voorstel: "^AB".'))
    expect(calls).toHaveLength(1)
    expect(calls[0]!.body).toEqual({ text: '@eva Zoals al eerder gezegd kon je de bezorgstatus ook op onze website vinden. ^ab', channel: 'x' })
    expect(sidebar()).toContain('tov-banner--block')
    expect(sidebar()).toContain('Dit klinkt betweterig')
    expect(sidebar()).toContain('De 1-minuut-checklist')
    expect(client.invoked).toContainEqual(['resize', { width: '100%', height: '480px' }])
  })

  it('saves a reply with warnings only, and shows them', async () => {
    const { client, sidebar } = startZendesk(X_TICKET, answering(WARN_ONLY).fetch)
    expect(await zendeskSave(client)).toEqual({ saved: true })
    expect(sidebar()).toContain('tov-banner--warn')
    expect(sidebar()).toContain('Loze belofte')
  })

  it('saves when tov is down or refuses, and tells the agent to check', async () => {
    for (const fetch of [down().fetch, answering({ error: { code: 'UNAUTHORIZED', message: 'Geef een token.' } }, 401).fetch, answering({}, 500).fetch]) {
      const { client, sidebar } = startZendesk(X_TICKET, fetch)
      expect(await zendeskSave(client)).toEqual({ saved: true })
      expect(sidebar()).toContain('tov is niet bereikbaar; controleer zelf.')
    }
  })

  it('saves when it cannot even read the ticket', async () => {
    const { client, sidebar } = startZendesk(X_TICKET, answering(X_DRAFT).fetch)
    client.getFails = true
    expect(await zendeskSave(client)).toEqual({ saved: true })
    expect(sidebar()).toContain('tov kon je antwoord niet lezen; controleer zelf.')
  })

  it('leaves internal notes and saves without a comment alone', async () => {
    for (const ticket of [{ ...X_TICKET, type: 'internalNote' }, { ...X_TICKET, text: '' }, { ...X_TICKET, text: '<p><br></p>' }]) {
      const { fetch, calls } = answering(X_DRAFT)
      const { client } = startZendesk(ticket, fetch)
      expect(await zendeskSave(client)).toEqual({ saved: true })
      expect(calls).toHaveLength(0)
    }
  })

  it('uses the default channel for a channel it does not know, and the team\'s own table first', async () => {
    const first = answering(CLEAN)
    await zendeskSave(startZendesk({ ...X_TICKET, via: { channel: 'voice' } }, first.fetch, { defaultChannel: 'facebook-messenger' }).client)
    expect(first.calls[0]!.body['channel']).toBe('facebook-messenger')
    const second = answering(CLEAN)
    await zendeskSave(startZendesk({ ...X_TICKET, via: { channel: 'chat' } }, second.fetch, { channelMap: '{"chat": "whatsapp"}' }).client)
    expect(second.calls[0]!.body['channel']).toBe('whatsapp')
  })

  it('only warns when the team turned blocking off', async () => {
    const { client, sidebar } = startZendesk(X_TICKET, answering(X_DRAFT).fetch, { blockOnErrors: false })
    expect(await zendeskSave(client)).toEqual({ saved: true })
    expect(sidebar()).toContain('tov-banner--block')
  })

  it('sends the token from the settings to tov, from the browser', async () => {
    const { fetch, calls } = answering(CLEAN)
    await zendeskSave(startZendesk(X_TICKET, fetch, { tovUrl: 'https://tov.example.com', tovToken: 'abc123' }).client)
    expect(calls[0]!.url).toBe('https://tov.example.com/api/check')
    expect(calls[0]!.headers['authorization']).toBe('Bearer abc123')
  })

  it('goes through Zendesk\'s proxy with the secure token as a placeholder when asked to', async () => {
    const { fetch, calls } = answering(CLEAN)
    const { client } = startZendesk(X_TICKET, fetch, { tovUrl: 'https://tov.example.com', useZendeskProxy: true, tovToken: 'not-this-one' })
    client.requestAnswer = async () => ({ status: 200, responseJSON: X_DRAFT })
    expect((await zendeskSave(client)).saved).toBe(false)
    expect(calls).toHaveLength(0)
    expect(client.requests).toHaveLength(1)
    expect(client.requests[0]).toMatchObject({
      url: 'https://tov.example.com/api/check',
      type: 'POST',
      contentType: 'application/json',
      secure: true,
      cors: false,
      headers: { Authorization: 'Bearer {{setting.tovSecureToken}}', Accept: 'application/json' },
    })
    expect(JSON.parse(String(client.requests[0]!['data']))).toEqual({ text: expect.any(String), channel: 'x' })
    // An HTTP error through the proxy is a rejection with its status: no answer from tov, so the save goes.
    client.requestAnswer = async () => {
      throw { status: 401, responseText: '{"error":{"code":"UNAUTHORIZED","message":"Geef een token."}}' }
    }
    expect(await zendeskSave(client)).toEqual({ saved: true })
  })

  it('checks the draft on "Controleer nu" without saving', async () => {
    const { fetch, calls } = answering(X_DRAFT)
    const { button, sidebar } = startZendesk(X_TICKET, fetch)
    button.click()
    await until(() => sidebar().includes('tov-banner--block'))
    expect(calls).toHaveLength(1)
    expect(button.disabled).toBe(false)
  })

  it('says what is wrong with its settings', async () => {
    const { sidebar } = startZendesk(X_TICKET, answering(CLEAN).fetch, { defaultChannel: 'fax' })
    await until(() => sidebar().includes('Controleer de instellingen van de app.'))
    expect(sidebar()).toContain('Het standaardkanaal &quot;fax&quot; kent tov niet')
  })
})

interface Intercepted {
  sent: boolean
  message?: unknown
}

class FakeFreshdeskClient {
  readonly listeners: { name: string; handler: (event: unknown) => unknown; options: unknown }[] = []
  constructor(
    private readonly iparamValues: Record<string, unknown> = {},
    public source: unknown = 5,
  ) {}
  readonly events = {
    on: (name: string, handler: (event: unknown) => unknown, options?: unknown) => {
      this.listeners.push({ name, handler, options })
    },
  }
  readonly iparams = { get: async () => this.iparamValues }
  readonly data = {
    get: async (what: string) => {
      if (what !== 'ticket') throw new Error(`no ${what}`)
      return { ticket: { id: 42, source: this.source } }
    },
  }

  /** Clicks Send with this reply data; resolves with what the app told Freshdesk (done or fail, once). */
  async send(data: unknown): Promise<Intercepted> {
    const listener = this.listeners.find((candidate) => candidate.name === 'ticket.sendReply')!
    const answers: Intercepted[] = []
    const event = {
      type: 'ticket.sendReply',
      helper: {
        getData: () => data,
        done: () => void answers.push({ sent: true }),
        fail: (message: unknown) => void answers.push({ sent: false, message }),
      },
    }
    listener.handler(event)
    await until(() => answers.length > 0)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(answers).toHaveLength(1)
    return answers[0]!
  }
}

function startFreshdesk(fetch: Fetch, iparams: Record<string, unknown> = {}, source: unknown = 5) {
  const client = new FakeFreshdeskClient(iparams, source)
  const page = fakeDocument(['tov-result', 'tov-check-now', 'tov-draft'])
  freshdesk.start(client, { fetch, document: page.document, timeoutMs: 200 })
  return { client, sidebar: () => page.element('tov-result').innerHTML, button: page.element('tov-check-now'), box: page.element('tov-draft') }
}

const REPLY = { body: '<div>@eva Zoals al eerder gezegd kon je de bezorgstatus ook op onze website vinden. ^ab</div>' }

describe('the Freshdesk app', () => {
  it('intercepts Send', () => {
    const { client } = startFreshdesk(answering(CLEAN).fetch)
    expect(client.listeners.map(({ name, options }) => [name, options])).toEqual([['ticket.sendReply', { intercept: true }]])
  })

  it('holds back a reply with errors with event.helper.fail and the message', async () => {
    const { fetch, calls } = answering(X_DRAFT)
    const { client, sidebar } = startFreshdesk(fetch)
    const outcome = await client.send(REPLY)
    expect(outcome.sent).toBe(false)
    expect(outcome.message).toEqual(expect.stringContaining('Niet verstuurd: tov vond 4 fouten.'))
    expect(calls[0]!.body).toEqual({ text: '@eva Zoals al eerder gezegd kon je de bezorgstatus ook op onze website vinden. ^ab', channel: 'x' })
    expect(sidebar()).toContain('Dit klinkt betweterig')
  })

  it('sends a reply with warnings only, and shows them', async () => {
    const { client, sidebar } = startFreshdesk(answering(WARN_ONLY).fetch)
    expect(await client.send(REPLY)).toEqual({ sent: true })
    expect(sidebar()).toContain('Loze belofte')
  })

  it('sends when tov is down, when the reply cannot be read, and when the iparams cannot', async () => {
    const first = startFreshdesk(down().fetch)
    expect(await first.client.send(REPLY)).toEqual({ sent: true })
    expect(first.sidebar()).toContain('tov is niet bereikbaar; controleer zelf.')

    const { fetch, calls } = answering(X_DRAFT)
    const second = startFreshdesk(fetch)
    expect(await second.client.send({})).toEqual({ sent: true })
    expect(await second.client.send(undefined)).toEqual({ sent: true })
    expect(calls).toHaveLength(0)
    expect(second.sidebar()).toContain('tov kon je antwoord niet lezen; controleer zelf.')

    const third = startFreshdesk(answering(X_DRAFT).fetch)
    third.client.iparams.get = async () => {
      throw new Error('no iparams')
    }
    // Defaults then: a reply with errors is still held back.
    expect((await third.client.send(REPLY)).sent).toBe(false)
  })

  it('maps the ticket source and sends the token', async () => {
    const { fetch, calls } = answering(CLEAN)
    const { client } = startFreshdesk(fetch, { tovToken: 'abc', defaultChannel: 'google-review' }, 13)
    await client.send(REPLY)
    client.source = 3
    await client.send(REPLY)
    expect(calls.map((call) => call.body['channel'])).toEqual(['whatsapp', 'google-review'])
    expect(calls[0]!.headers['authorization']).toBe('Bearer abc')
  })

  it('only warns when the team turned blocking off', async () => {
    const { client } = startFreshdesk(answering(X_DRAFT).fetch, { blockOnErrors: false })
    expect(await client.send(REPLY)).toEqual({ sent: true })
  })

  it('reads the reply from the data of the event', () => {
    expect(freshdesk.replyBody({ body: '<p>a</p>' })).toBe('<p>a</p>')
    expect(freshdesk.replyBody({ body_text: 'b' })).toBe('b')
    expect(freshdesk.replyBody({ body: '', text: 'c' })).toBe('c')
    expect(freshdesk.replyBody({ other: 'x' })).toBe('')
  })

  it('checks the text in its box on "Controleer nu"', async () => {
    const { fetch, calls } = answering(WARN_ONLY)
    const { button, box, sidebar } = startFreshdesk(fetch)
    button.click()
    await until(() => sidebar().includes('Plak eerst je antwoord'))
    box.value = '@eva Sorry, we gaan ernaar kijken. ^AB'
    button.click()
    await until(() => sidebar().includes('tov-banner--warn'))
    expect(calls.map((call) => call.body['text'])).toEqual(['@eva Sorry, we gaan ernaar kijken. ^AB'])
  })
})

// --- What each help desk needs to install the app ----------------------------------------------------

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(examples, path), 'utf8')) as Record<string, unknown>
}

/** The local files a page loads (scripts, stylesheets, module imports), relative to its folder. */
function localReferences(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const found = [
    ...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...text.matchAll(/<link[^>]*\shref="([^"]+)"/g),
    ...text.matchAll(/^import[^'"]*from\s+'([^']+)'/gm),
  ].map((match) => match[1]!)
  return found.filter((reference) => !/^(https?:)?\/\/|^\{\{/.test(reference))
}

/** Every file a page needs, followed through the scripts it loads; each must exist inside `folder`. */
function packagedFiles(page: string, folder: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    expect(existsSync(file), `${file} is missing`).toBe(true)
    expect(resolve(file).startsWith(resolve(folder) + '/'), `${file} is outside ${folder}`).toBe(true)
    if (/\.(html|js)$/.test(file)) for (const reference of localReferences(file)) visit(join(dirname(file), reference))
  }
  visit(page)
  return [...seen].map((file) => file.slice(folder.length + 1)).sort()
}

describe('the apps as packages', () => {
  it('the Zendesk manifest has what ZAF v2 requires, and every parameter a label in each language', () => {
    const manifest = readJson('zendesk-app/manifest.json')
    expect(manifest).toMatchObject({
      name: expect.any(String),
      author: { name: expect.any(String), email: expect.stringMatching(/^[^@\s]+@[^@\s]+$/) },
      defaultLocale: 'nl',
      private: true,
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      frameworkVersion: '2.0',
    })
    const location = manifest['location'] as { support: Record<string, { url: string }> }
    expect(location.support['ticket_sidebar']!.url).toBe('assets/iframe.html')
    expect(location.support['new_ticket_sidebar']!.url).toBe('assets/iframe.html')

    const parameters = manifest['parameters'] as { name: string; type: string; secure?: boolean; default?: unknown }[]
    expect(parameters.map((parameter) => parameter.name)).toEqual(['tovUrl', 'tovToken', 'useZendeskProxy', 'tovSecureToken', 'defaultChannel', 'channelMap', 'blockOnErrors'])
    expect(parameters.find((parameter) => parameter.name === 'tovUrl')!.default).toBe('http://127.0.0.1:8787')
    // A secure setting never reaches the browser: it is the proxy's token, and only there.
    expect(parameters.filter((parameter) => parameter.secure).map((parameter) => parameter.name)).toEqual(['tovSecureToken'])
    expect(manifest['domainWhitelist']).toEqual(expect.arrayContaining([expect.any(String)]))
    expect(gate.TOV_CHANNELS).toContain(parameters.find((parameter) => parameter.name === 'defaultChannel')!.default)

    for (const locale of ['nl', 'en']) {
      const translations = readJson(`zendesk-app/translations/${locale}.json`) as { app: Record<string, unknown> }
      expect(translations.app).toMatchObject({ name: expect.any(String), short_description: expect.any(String), long_description: expect.any(String), installation_instructions: expect.any(String) })
      const labels = translations.app['parameters'] as Record<string, { label: string; helpText: string }>
      expect(Object.keys(labels).sort()).toEqual(parameters.map((parameter) => parameter.name).sort())
      for (const { label, helpText } of Object.values(labels)) expect([label, helpText].every((text) => text.length > 0)).toBe(true)
    }
    for (const logo of ['logo.png', 'logo-small.png']) expect(readFileSync(join(examples, 'zendesk-app/assets', logo)).subarray(1, 4).toString()).toBe('PNG')
  })

  it('the Zendesk page loads only files inside the app, the ZAF SDK and its module', () => {
    const folder = join(examples, 'zendesk-app')
    expect(packagedFiles(join(folder, 'assets/iframe.html'), folder)).toEqual(['assets/app.js', 'assets/iframe.html', 'assets/tov-gate.js', 'assets/tov-sidebar.css'])
    const page = readFileSync(join(folder, 'assets/iframe.html'), 'utf8')
    expect(page).toContain('src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"')
    expect(page).toMatch(/<script type="module" src="app\.js"><\/script>/)
    expect(page.indexOf('zaf_sdk')).toBeLessThan(page.indexOf('app.js'))
  })

  it('the Freshdesk manifest and iparams have what platform 2.x requires', () => {
    const manifest = readJson('freshdesk-app/manifest.json')
    expect(manifest['platform-version']).toMatch(/^2\.\d+$/)
    const location = (manifest['product'] as { freshdesk: { location: Record<string, { url: string; icon: string }> } }).freshdesk.location
    const sidebar = location['ticket_sidebar']!
    expect(sidebar.url).toBe('index.html')
    expect(readFileSync(join(examples, 'freshdesk-app/app', sidebar.icon), 'utf8')).toMatch(/^<svg /)
    // Front-end intercept events need no declaration in the manifest (its "events" are serverless ones).
    expect(manifest['events']).toBeUndefined()

    const iparams = readJson('freshdesk-app/config/iparams.json') as Record<string, { display_name: string; type: string; default_value?: unknown; options?: string[]; secure?: boolean }>
    expect(Object.keys(iparams)).toEqual(['tovUrl', 'tovToken', 'defaultChannel', 'channelMap', 'blockOnErrors'])
    expect(iparams['tovUrl']!.default_value).toBe('http://127.0.0.1:8787')
    // The front end cannot read a secure iparam, so the token the browser sends cannot be one.
    expect(iparams['tovToken']!.secure).toBe(false)
    expect([...iparams['defaultChannel']!.options!].sort()).toEqual([...gate.TOV_CHANNELS].sort())
    expect(iparams['defaultChannel']!.options).toContain(iparams['defaultChannel']!.default_value)
    for (const iparam of Object.values(iparams)) expect(iparam.display_name.length).toBeGreaterThan(0)
  })

  it('the Freshdesk page loads the app client and only files inside the app', () => {
    const folder = join(examples, 'freshdesk-app/app')
    expect(packagedFiles(join(folder, 'index.html'), folder)).toEqual(['index.html', 'scripts/app.js', 'scripts/tov-gate.js', 'styles/style.css', 'styles/tov-sidebar.css'])
    const page = readFileSync(join(folder, 'index.html'), 'utf8')
    expect(page).toContain('<script src="{{{appclient}}}"></script>')
    expect(page.indexOf('{{{appclient}}}')).toBeLessThan(page.indexOf('scripts/app.js'))
  })

  it('copies the shared files into both apps, and says when a copy is out of date', () => {
    expect(sync.copies.flatMap((copy) => copy.targets).sort()).toEqual([
      'freshdesk-app/app/scripts/tov-gate.js',
      'freshdesk-app/app/styles/tov-sidebar.css',
      'zendesk-app/assets/tov-gate.js',
      'zendesk-app/assets/tov-sidebar.css',
    ])
    for (const { source, targets } of sync.copies) {
      const text = readFileSync(join(examples, 'helpdesk-shared', source), 'utf8')
      for (const target of targets) expect(readFileSync(join(examples, target), 'utf8'), `examples/${target}: run node examples/helpdesk-shared/sync.mjs`).toBe(text)
    }
    expect(sync.staleCopies()).toEqual([])
    const copy = join(examples, 'zendesk-app/assets/tov-sidebar.css')
    writeFileSync(copy, `${readFileSync(copy, 'utf8')}\n/* edited by hand */\n`)
    expect(sync.staleCopies()).toEqual(['zendesk-app/assets/tov-sidebar.css'])
    sync.writeCopies()
    expect(sync.staleCopies()).toEqual([])
  })
})
