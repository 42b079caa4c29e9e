// `tov serve`'s JSON API, driven as a ticket system or a script drives it: in-process through the hono app's
// own request(), and over HTTP against startServer on a free port. Every answer is compared with what the
// CLI prints (`tov check --format json -`, `tov check --fix -`, `tov rules --format json`) or what the
// library's check() says about the same text with the same config, never with a value this test computed
// the way the server does. The HTTP concerns (limits, token, CORS, methods) are each tried both ways round.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import type { Hono } from 'hono'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { check, loadConfig, resolveConfig, type CheckResult, type Thread } from '../src/index.js'
import { createServeApp, maxBodyBytes } from '../src/serve/serve-app.js'
import { startServer } from '../src/serve/serve-server.js'
import { root, tov } from './run-cli.js'

const fixture = (path: string): string => readFileSync(join(root, 'fixtures', path), 'utf8')
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

// A draft for X with known defects (a second apology, a hollow promise, condescension, a misspelling, a
// malformed sign-off), and one that lacks its @mention and its sign-off.
const draft = fixture('drafts/x-draft.txt')
const unsigned = fixture('drafts/x-no-mention.txt')
const thread: Thread = { customer: '@eva', messages: [{ from: 'customer', text: '@webcare Waar blijft mijn pakket? Ik wacht al een week.' }] }

/** The brand's config in the folder tov serve runs in: one agent (for the sign-off fix), a rule off, one origin. */
const brandConfig = {
  channel: 'x',
  agents: { AB: 'Anna de Boer' },
  rules: { 'no-robotic-empathy': 'off' },
  serve: { origins: ['https://acme.zendesk.com'] },
}

const made: string[] = []
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true })
})

function brandFolder(config: object = brandConfig): string {
  const folder = mkdtempSync(join(tmpdir(), 'tov-serve-'))
  made.push(folder)
  writeFileSync(join(folder, '.tovrc.json'), JSON.stringify(config))
  return folder
}

interface Answer {
  status: number
  headers: Headers
  body: unknown
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text()
  const json = (response.headers.get('content-type') ?? '').startsWith('application/json')
  return { status: response.status, headers: response.headers, body: json ? JSON.parse(text) : text }
}

async function post(app: Hono, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body)
  return answer(await app.request(path, { method: 'POST', body: raw, headers: { 'Content-Type': 'application/json', ...headers } }))
}

async function get(app: Hono, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return answer(await app.request(path, { headers }))
}

/** An error answer: its code and its one line. */
function refusal(answer: Answer): { code: string; message: string } {
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
  const { error } = answer.body as { error: { code: string; message: string } }
  expect(error.message).not.toContain('\n')
  return error
}

describe('tov serve: the API answers as the CLI does', () => {
  let folder: string
  let app: Hono
  beforeAll(() => {
    folder = brandFolder()
    app = createServeApp({ cwd: folder })
  })

  it('POST /api/check is one element of tov check --format json', async () => {
    const served = await post(app, '/api/check', { text: draft })
    expect(served.status).toBe(200)
    const cli = await tov(['check', '--format', 'json', '-'], { cwd: folder, stdin: draft })
    expect(cli.code).toBe(1)
    const [printed] = JSON.parse(cli.stdout) as CheckResult[]
    expect(served.body).toEqual({ ...printed, file: '<serve>' })
    // And the library's check() with the folder's config: the same findings, in the same places.
    expect(served.body).toEqual(await check(draft, { config: await loadConfig(folder), file: '<serve>' }))
    const result = served.body as CheckResult
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['spelling', 'no-hollow-promise', 'no-repeated-apology']))
    // The config's own settings count: its rule turned off is silent.
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('no-robotic-empathy')
  })

  it('takes the channel and the thread as --channel and --thread do', async () => {
    const threadFile = join(folder, 'gesprek.json')
    writeFileSync(threadFile, JSON.stringify(thread))
    const served = await post(app, '/api/check', { text: unsigned, channel: 'instagram', thread })
    expect(served.status).toBe(200)
    const cli = await tov(['check', '--format', 'json', '--channel', 'instagram', '--thread', 'gesprek.json', '-'], { cwd: folder, stdin: unsigned })
    const [printed] = JSON.parse(cli.stdout) as CheckResult[]
    expect(served.body).toEqual({ ...printed, file: '<serve>' })
    expect((served.body as CheckResult).channel).toBe('instagram')
    // The thread's customer is the @mention the reply must start with.
    expect((served.body as CheckResult).findings.find((finding) => finding.ruleId === 'mention-first')?.suggestions.join(' ')).toContain('@eva')
    // An alias is the channel it names, as everywhere in tov.
    expect(((await post(app, '/api/check', { text: unsigned, channel: 'Twitter' })).body as CheckResult).channel).toBe('x')
  })

  it('POST /api/fix mends what tov check --fix mends, and a second fix changes nothing', async () => {
    const fixed = await post(app, '/api/fix', { text: unsigned, thread })
    expect(fixed.status).toBe(200)
    const body = fixed.body as { text: string; changed: boolean; applied: Array<{ ruleId: string }>; result: CheckResult }
    expect(Object.keys(body).sort()).toEqual(['applied', 'changed', 'result', 'text'])
    const cli = await tov(['check', '--fix', '--thread', 'gesprek.json', '-'], { cwd: folder, stdin: unsigned })
    expect(body.text).toBe(cli.stdout)
    expect(body.changed).toBe(true)
    expect(body.text).toMatch(/^@eva .*\^AB\n?$/s)
    expect(body.applied.map((fix) => fix.ruleId).sort()).toEqual(['mention-first', 'sign-off'])
    // The result is the check of the fixed text.
    expect(body.result).toEqual(await check(body.text, { config: await loadConfig(folder), file: '<serve>', thread }))
    const again = (await post(app, '/api/fix', { text: body.text, thread })).body as typeof body
    expect(again).toMatchObject({ text: body.text, changed: false, applied: [] })
  })

  it('GET /api/rules is tov rules --format json', async () => {
    const served = await get(app, '/api/rules')
    expect(served.status).toBe(200)
    const cli = await tov(['rules', '--format', 'json'], { cwd: folder })
    expect(cli.code).toBe(0)
    expect(served.body).toEqual(JSON.parse(cli.stdout))
    expect((served.body as Array<{ id: string; setting: string }>).find((rule) => rule.id === 'no-robotic-empathy')?.setting).toBe('off')
  })

  it('GET /api/checklist gives the checklist items with the rules behind each', async () => {
    const served = await get(app, '/api/checklist')
    expect(served.status).toBe(200)
    const document = served.body as { channel: string; items: Array<{ id: string; question: string; manual: boolean; rules: Array<{ id: string }> }> }
    expect(document.channel).toBe('x')
    expect(document.items.map((item) => item.id)).toEqual(['persoonlijk', 'feiten', 'toon', 'vorm', 'privacy', 'deskundige', 'tevreden'])
    expect(document.items.find((item) => item.id === 'vorm')?.question).toBe('Past je reactie in het kanaal en is ze foutloos gespeld?')
    expect(document.items.filter((item) => item.manual).map((item) => item.id)).toEqual(['deskundige', 'tevreden'])
    const rulesOf = (id: string) => document.items.find((item) => item.id === id)!.rules.map((rule) => rule.id)
    expect(rulesOf('vorm')).toEqual(expect.arrayContaining(['spelling', 'max-length']))
    expect(rulesOf('feiten')).toContain('no-hollow-promise')
    // Turned off in the config: not behind any item.
    expect(document.items.flatMap((item) => item.rules.map((rule) => rule.id))).not.toContain('no-robotic-empathy')
    expect(rulesOf('deskundige')).toEqual([])
  })

  it('GET /api/settings gives the page its channels and limits; GET /healthz is open', async () => {
    const settings = (await get(app, '/api/settings')).body as { channel: string; channels: Array<{ name: string; limit: { max: number; unit: string } | null }>; version: string }
    expect(settings.channel).toBe('x')
    expect(settings.version).toBe(packageVersion)
    expect(settings.channels.map((channel) => channel.name)).toEqual(['x', 'facebook', 'instagram', 'instagram-dm', 'facebook-messenger', 'whatsapp', 'google-review', 'email'])
    expect(settings.channels.find((channel) => channel.name === 'x')?.limit).toEqual({ max: 280, unit: 'x-weighted' })
    expect(settings.channels.find((channel) => channel.name === 'google-review')?.limit).toEqual({ max: 4096, unit: 'utf8-bytes' })
    expect(settings.channels.find((channel) => channel.name === 'email')?.limit).toBeNull()
    const health = await get(app, '/healthz')
    expect(health).toMatchObject({ status: 200, body: { ok: true, version: packageVersion } })
  })

  it('reads the config again for every request: a changed .tovrc counts at once', async () => {
    const changing = brandFolder({ channel: 'whatsapp', rules: { 'max-length': ['error', { max: 100 }] } })
    const served = createServeApp({ cwd: changing })
    expect(((await post(served, '/api/check', { text: unsigned })).body as CheckResult).channel).toBe('whatsapp')
    const limitOf = async () =>
      ((await get(served, '/api/settings')).body as { channels: Array<{ name: string; limit: { max: number } | null }> }).channels.find((channel) => channel.name === 'whatsapp')?.limit
    expect(await limitOf()).toEqual({ max: 100, unit: 'characters' })
    writeFileSync(join(changing, '.tovrc.json'), JSON.stringify({ channel: 'email' }))
    expect(((await post(served, '/api/check', { text: unsigned })).body as CheckResult).channel).toBe('email')
    expect(await limitOf()).toEqual({ max: 4096, unit: 'characters' })
  })

  it('a broken config is a 500 with the Dutch line, and the server goes on once it is mended', async () => {
    const breaking = brandFolder({ channel: 'x' })
    const served = createServeApp({ cwd: breaking })
    writeFileSync(join(breaking, '.tovrc.json'), JSON.stringify({ chanel: 'x' }))
    for (const broken of [await post(served, '/api/check', { text: draft }), await get(served, '/api/rules')]) {
      expect(broken.status).toBe(500)
      expect(refusal(broken)).toEqual({ code: 'CONFIG_INVALID', message: expect.stringContaining('.tovrc.json: onbekende sleutel "chanel" (bedoel je "channel"?)') })
    }
    writeFileSync(join(breaking, '.tovrc.json'), '{ "channel": "x", }')
    expect(refusal(await get(served, '/api/checklist'))).toMatchObject({ code: 'CONFIG_UNREADABLE', message: expect.stringContaining('kan niet worden gelezen') })
    writeFileSync(join(breaking, '.tovrc.json'), JSON.stringify({ channel: 'x' }))
    expect((await post(served, '/api/check', { text: draft })).status).toBe(200)
  })
})

describe('tov serve: bad requests are one Dutch line with the right status', () => {
  let app: Hono
  beforeAll(() => {
    app = createServeApp({ cwd: brandFolder() })
  })

  it.each([
    ['{"text": "Hoi",}', 'De body is geen geldige JSON: fout op regel 1, kolom 16. Stuur bijvoorbeeld {"text": "…"}.'],
    ['{"text": "Hoi"', 'De body is geen geldige JSON: fout op regel 1, kolom 15. Stuur bijvoorbeeld {"text": "…"}.'],
    ['{"text":\n  "Hoi" "x"}', 'De body is geen geldige JSON: fout op regel 2, kolom 9. Stuur bijvoorbeeld {"text": "…"}.'],
    ['', 'De body is geen geldige JSON: hij is leeg. Stuur bijvoorbeeld {"text": "…"}.'],
  ])('malformed JSON %j is a 400', async (body, message) => {
    const refused = await post(app, '/api/check', body)
    expect(refused.status).toBe(400)
    expect(refusal(refused)).toEqual({ code: 'INVALID_JSON', message })
  })

  it('a body that is not UTF-8 is a 400', async () => {
    const refused = await answer(await app.request('/api/check', { method: 'POST', body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]) }))
    expect(refused.status).toBe(400)
    expect(refusal(refused)).toEqual({ code: 'INVALID_JSON', message: 'De body is geen geldige JSON: het is geen UTF-8-tekst.' })
  })

  it.each([
    [{ text: '@eva Hoi', channel: 'twiter' }, 'UNKNOWN_CHANNEL', 'Onbekend kanaal "twiter" (bedoel je "twitter"?). Kies uit: x, facebook, instagram, instagram-dm, facebook-messenger, whatsapp, google-review, email.'],
    [{ text: '@eva Hoi', channel: 7 }, 'UNKNOWN_CHANNEL', '"channel" moet een kanaalnaam zijn, zoals "x"; kies uit: x, facebook, instagram, instagram-dm, facebook-messenger, whatsapp, google-review, email.'],
    [{ text: '   \n ' }, 'EMPTY_INPUT', 'text: leeg; er is geen reactie om te controleren.'],
    [{ text: '' }, 'EMPTY_INPUT', 'text: leeg; er is geen reactie om te controleren.'],
    [{ channel: 'x' }, 'USAGE', '"text" ontbreekt: stuur de reactie als tekst, zoals {"text": "…"}.'],
    [{ text: 42 }, 'USAGE', '"text" moet tekst zijn, geen number.'],
    [{ txt: 'Hoi' }, 'USAGE', 'Onbekend veld "txt" (bedoel je "text"?). Geldig: text, channel, thread, agent.'],
    [['Hoi'], 'USAGE', 'De body moet een JSON-object zijn, zoals {"text": "@eva Je pakket komt morgen. ^AB", "channel": "x"}.'],
    [{ text: 'Hoi', thread: { messages: [{ from: 'klant', text: 'Hallo' }] } }, 'THREAD_INVALID', 'thread: bericht 1: "from" moet "customer" of "agent" zijn.'],
    [{ text: 'Hoi', thread: 'klant: hallo' }, 'THREAD_INVALID', 'thread: verwacht een object met "messages" of een lijst van berichten.'],
    [{ text: 'Hoi', agent: '^AB' }, 'USAGE', '"agent" moet je initialen zijn, zoals "AB".'],
    [{ text: 'Hoi\u0000' }, 'BINARY_INPUT', 'text: dit is een binair bestand, geen tekst.'],
  ])('%j is a 400', async (body, code, message) => {
    for (const path of ['/api/check', '/api/fix']) {
      const refused = await post(app, path, body)
      expect(refused.status, path).toBe(400)
      expect(refusal(refused)).toEqual({ code, message })
    }
  })

  it('a body over the limit is a 413, refused while it is read', async () => {
    // Without a Content-Length (streamed, as a chunked upload): the limit holds while reading, so the
    // server stops pulling the stream soon after the limit instead of reading it all.
    let pulled = 0
    const chunk = new Uint8Array(64 * 1024).fill(0x20)
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length
        if (pulled > 64 * 1024 * 1024) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const refused = await answer(await app.request('/api/check', { method: 'POST', body: stream, duplex: 'half' } as RequestInit))
    expect(refused.status).toBe(413)
    expect(refusal(refused)).toEqual({ code: 'BODY_TOO_LARGE', message: 'De body is groter dan 2 MiB; een reactie mag 1 MiB zijn, met een gesprek van 256 KiB.' })
    expect(pulled).toBeLessThan(maxBodyBytes + 4 * chunk.length)
    // With a Content-Length over the limit: refused before reading.
    const declared = await answer(
      await app.request('/api/check', { method: 'POST', body: 'x'.repeat(maxBodyBytes + 1), headers: { 'Content-Length': String(maxBodyBytes + 1) } }),
    )
    expect(declared.status).toBe(413)
    // Just under the limit, a reply over 1 MiB of text is tov's own refusal, also a 413.
    const reply = await post(app, '/api/check', { text: 'a'.repeat(1024 * 1024 + 1) })
    expect(reply.status).toBe(413)
    expect(refusal(reply)).toEqual({ code: 'INPUT_TOO_LARGE', message: 'text: te groot voor één reactie (meer dan 1 MiB).' })
  })

  it('a request that takes longer than the time limit is a 503', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      // A body that never ends: the client went quiet halfway.
      const stalled = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"text": "Hoi')) })
      const pending = app.request('/api/check', { method: 'POST', body: stalled, duplex: 'half' } as RequestInit)
      await vi.advanceTimersByTimeAsync(10_000)
      const refused = await answer(await pending)
      expect(refused.status).toBe(503)
      expect(refusal(refused)).toMatchObject({ code: 'TIMEOUT', message: expect.stringContaining('langer dan 10 seconden') })
    } finally {
      vi.useRealTimers()
    }
  })

  it('a wrong method is a 405 that names the right one; an unknown route a 404', async () => {
    const wrong = await get(app, '/api/check')
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toBe('POST')
    expect(refusal(wrong)).toEqual({ code: 'METHOD_NOT_ALLOWED', message: 'GET kan hier niet; gebruik POST.' })
    const deleted = await answer(await app.request('/api/rules', { method: 'DELETE' }))
    expect(deleted.status).toBe(405)
    expect(deleted.headers.get('allow')).toBe('GET, HEAD')
    const unknown = await get(app, '/api/checks')
    expect(unknown.status).toBe(404)
    expect(refusal(unknown).code).toBe('NOT_FOUND')
    expect((await get(app, '/etc/passwd')).status).toBe(404)
    expect((await get(app, '/../package.json')).status).toBe(404)
  })
})

describe('tov serve: security', () => {
  const token = 'Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4'
  let folder: string
  beforeAll(() => {
    folder = brandFolder()
  })

  it('with TOV_SERVE_TOKEN, every /api/ request needs it; the page and /healthz stay open', async () => {
    const app = createServeApp({ cwd: folder, env: { TOV_SERVE_TOKEN: token } })
    const attempts: Array<Record<string, string>> = [{}, { Authorization: `Bearer ${token}x` }, { Authorization: 'Bearer wrong' }, { Authorization: `Basic ${token}` }, { Authorization: 'Bearer' }]
    for (const headers of attempts) {
      for (const refused of [await post(app, '/api/check', { text: draft }, headers), await get(app, '/api/rules', headers)]) {
        expect(refused.status, JSON.stringify(headers)).toBe(401)
        expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer /)
        expect(refusal(refused).code).toBe('UNAUTHORIZED')
      }
    }
    expect(refusal(await get(app, '/api/rules')).message).toBe('Deze API vraagt een toegangscode: stuur de kop "Authorization: Bearer <TOV_SERVE_TOKEN>".')
    expect(refusal(await get(app, '/api/rules', { Authorization: 'Bearer wrong' })).message).toBe('De toegangscode klopt niet.')
    expect((await post(app, '/api/check', { text: draft }, { Authorization: `Bearer ${token}` })).status).toBe(200)
    expect((await get(app, '/api/rules', { Authorization: `bearer ${token}` })).status).toBe(200)
    expect((await get(app, '/healthz')).status).toBe(200)
    expect((await get(app, '/')).status).toBe(200)
  })

  it('refuses a token no client could send, or one too short to guess', () => {
    expect(() => createServeApp({ cwd: folder, env: { TOV_SERVE_TOKEN: 'kort' } })).toThrow('TOV_SERVE_TOKEN is te kort: gebruik minstens 16 tekens')
    expect(() => createServeApp({ cwd: folder, env: { TOV_SERVE_TOKEN: 'een token met spaties erin' } })).toThrow('TOV_SERVE_TOKEN mag alleen letters, cijfers en')
    // Empty means unset, as for NO_COLOR.
    expect(() => createServeApp({ cwd: folder, env: { TOV_SERVE_TOKEN: '' } })).not.toThrow()
  })

  it('CORS: an origin not in serve.origins is a 403 without Access-Control-Allow-Origin; a listed one is echoed', async () => {
    const app = createServeApp({ cwd: folder })
    for (const origin of ['https://evil.example', 'https://acme.zendesk.com.evil.example', 'http://acme.zendesk.com', 'null']) {
      const refused = await post(app, '/api/check', { text: draft }, { Origin: origin })
      expect(refused.status, origin).toBe(403)
      expect(refused.headers.get('access-control-allow-origin')).toBeNull()
      expect(refusal(refused)).toEqual({ code: 'ORIGIN_FORBIDDEN', message: `Een pagina van ${origin} mag tov serve niet aanroepen; zet die origin in de config onder "serve": { "origins": [...] }.` })
    }
    const allowed = await post(app, '/api/check', { text: draft }, { Origin: 'https://acme.zendesk.com' })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://acme.zendesk.com')
    expect(allowed.headers.get('vary')).toMatch(/Origin/)
    // Its refusals are readable to it too.
    const bad = await post(app, '/api/check', { text: '' }, { Origin: 'https://acme.zendesk.com' })
    expect(bad.status).toBe(400)
    expect(bad.headers.get('access-control-allow-origin')).toBe('https://acme.zendesk.com')
    // The page itself: its own origin, or none.
    const own = await post(app, '/api/check', { text: draft }, { Origin: 'http://localhost' })
    expect(own.status).toBe(200)
    expect((await post(app, '/api/check', { text: draft })).headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers the preflight of a listed origin only, also when a token is required', async () => {
    const app = createServeApp({ cwd: folder, env: { TOV_SERVE_TOKEN: token } })
    const preflight = (origin: string) =>
      app.request('/api/check', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, authorization' } })
    const allowed = await preflight('https://acme.zendesk.com')
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://acme.zendesk.com')
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET,POST')
    expect(allowed.headers.get('access-control-allow-headers')).toBe('Content-Type,Authorization')
    expect(allowed.headers.get('access-control-allow-private-network')).toBeNull()
    // Chrome's Private Network Access preflight, from a listed page to 127.0.0.1.
    const privateNetwork = await app.request('/api/check', {
      method: 'OPTIONS',
      headers: { Origin: 'https://acme.zendesk.com', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Private-Network': 'true' },
    })
    expect(privateNetwork.status).toBe(204)
    expect(privateNetwork.headers.get('access-control-allow-private-network')).toBe('true')
    const refused = await preflight('https://evil.example')
    expect(refused.status).toBe(403)
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
    expect(refused.headers.get('access-control-allow-methods')).toBeNull()
    // Without an Origin it is no preflight: OPTIONS is not a method of the API.
    const bare = await app.request('/api/check', { method: 'OPTIONS', headers: { Authorization: `Bearer ${token}` } })
    expect(bare.status).toBe(405)
    expect(bare.headers.get('allow')).toBe('POST')
  })

  it('on this computer only, a request for another host name is refused (DNS rebinding)', async () => {
    const app = createServeApp({ cwd: folder })
    const rebound = await answer(await app.request('http://evil.example:8787/api/rules'))
    expect(rebound.status).toBe(403)
    expect(refusal(rebound).code).toBe('HOST_FORBIDDEN')
    for (const host of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787']) expect((await app.request(`${host}/api/rules`)).status, host).toBe(200)
    // Listening on every interface is a choice: then any host name may reach it (and a token should guard it).
    expect((await createServeApp({ cwd: folder, host: '0.0.0.0' }).request('http://tov.intern.example/api/rules')).status).toBe(200)
  })

  it('the page has its security headers', async () => {
    const app = createServeApp({ cwd: folder })
    const page = await get(app, '/')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const policy = page.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.body).toContain('<textarea')
    expect(page.body).toContain('lang="nl"')
    for (const [path, type] of [['/app.js', 'text/javascript; charset=utf-8'], ['/style.css', 'text/css; charset=utf-8']]) {
      const asset = await get(app, path!)
      expect(asset.status, path).toBe(200)
      expect(asset.headers.get('content-type')).toBe(type)
    }
  })

  it('serve.origins takes origins only, with a Dutch line for anything else', async () => {
    expect(() => resolveConfig({ serve: { origins: ['ftp://x'] } } as never, '.tovrc.json')).toThrow(
      '.tovrc.json: serve.origins[0]: "ftp://x" is geen origin; schrijf https://host of https://host:poort, zonder pad.',
    )
    expect(() => resolveConfig({ serve: { origins: ['https://acme.zendesk.com/agent'] } } as never, '.tovrc.json')).toThrow('serve.origins[0]: "https://acme.zendesk.com/agent" is geen origin')
    expect(() => resolveConfig({ serve: { origins: ['*'] } } as never, '.tovrc.json')).toThrow('serve.origins[0]: "*": een * zou te veel websites toelaten')
    expect(() => resolveConfig({ serve: { origins: ['https://*.zendesk.com'] } } as never, '.tovrc.json')).toThrow('een * zou te veel websites toelaten')
    expect(() => resolveConfig({ serve: { origins: 'https://acme.zendesk.com' } } as never, '.tovrc.json')).toThrow('serve.origins: verwacht een lijst origins')
    expect(() => resolveConfig({ serve: { origin: ['https://acme.zendesk.com'] } } as never, '.tovrc.json')).toThrow('serve: onbekende sleutel "origin" (bedoel je "origins"?)')
    // As a browser sends it: the host in lower case, a default port and a trailing slash left out.
    expect(resolveConfig({ serve: { origins: ['https://ACME.zendesk.com:443/', 'http://localhost:3000'] } }).serve).toEqual({ origins: ['https://acme.zendesk.com', 'http://localhost:3000'] })
    // A config without it resolves as it always did (the checker and cache keys stay the same).
    expect(resolveConfig({})).not.toHaveProperty('serve')
    // The JSON schema agrees.
    const schema = JSON.parse(readFileSync(join(root, 'schema', 'tovrc.schema.json'), 'utf8'))
    const validate = new Ajv({ strict: false }).compile(schema)
    expect(validate({ serve: { origins: ['https://acme.zendesk.com', 'http://localhost:3000'] } })).toBe(true)
    for (const origins of [['ftp://x'], ['https://a.example/pad'], ['*'], ['https://*.zendesk.com']]) expect(validate({ serve: { origins } }), origins[0]).toBe(false)
    // tov serve refuses to start on such a config, with the same line, as tov check does.
    const refused = brandFolder({ serve: { origins: ['ftp://x'] } })
    await expect(startServer({ cwd: refused, port: 0 })).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: '.tovrc.json: serve.origins[0]: "ftp://x" is geen origin; schrijf https://host of https://host:poort, zonder pad.' })
    const cli = await tov(['check', '-'], { cwd: refused, stdin: draft })
    expect(cli).toMatchObject({ code: 2, stderr: expect.stringContaining('serve.origins[0]: "ftp://x" is geen origin') })
  })
})

describe('tov serve over HTTP', () => {
  let folder: string
  let server: Awaited<ReturnType<typeof startServer>>
  beforeAll(async () => {
    folder = brandFolder()
    server = await startServer({ cwd: folder, port: 0 })
  })
  afterAll(async () => {
    await server?.close()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('listens on 127.0.0.1 on the port the system chose, and says so', async () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    const health = await fetch(`${server.url}/healthz`)
    expect(await health.json()).toEqual({ ok: true, version: packageVersion })
  })

  it('a port in use is one Dutch line', async () => {
    await expect(startServer({ cwd: folder, port: server.port })).rejects.toMatchObject({
      code: 'USAGE',
      message: `Poort ${server.port} is al in gebruik; kies een andere met --port.`,
    })
  })

  it('a body over the limit with its Content-Length is a 413 over the wire too', async () => {
    const response = await fetch(`${server.url}/api/check`, { method: 'POST', body: JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) }), headers: { 'Content-Type': 'application/json' } })
    expect(response.status).toBe(413)
    expect(response.headers.get('connection')).toBe('close')
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BODY_TOO_LARGE')
    // The connection it came on is not reused: the next request is answered.
    expect((await fetch(`${server.url}/api/check`, { method: 'POST', body: JSON.stringify({ text: draft }) })).status).toBe(200)
  })

  it('answers 1,000 requests from 20 clients at once, each as the library does', async () => {
    const replies = [
      draft,
      unsigned,
      fixture('drafts/x-after-apology.txt'),
      fixture('replies/x/pakket-afhaalpunt.txt'),
      fixture('replies/x/router-stappenplan.txt'),
      fixture('replies/x/storing-monteur.txt'),
      fixture('replies/whatsapp/afspraak-verzet.txt'),
      fixture('replies/email/factuur.txt'),
    ]
    const config = await loadConfig(folder)
    const expected = await Promise.all(replies.map((text) => check(text, { config, file: '<serve>' })))
    const total = 1000
    const clients = 20
    const latencies: number[] = []
    const failures: string[] = []
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let index = next++; index < total; index = next++) {
          const which = index % replies.length
          const start = performance.now()
          try {
            const response = await fetch(`${server.url}/api/check`, { method: 'POST', body: JSON.stringify({ text: replies[which] }), headers: { 'Content-Type': 'application/json' } })
            const body = (await response.json()) as CheckResult
            latencies.push(performance.now() - start)
            if (response.status !== 200) failures.push(`${index}: ${response.status} ${JSON.stringify(body)}`)
            else if (JSON.stringify(body) !== JSON.stringify(expected[which])) failures.push(`${index}: another result for reply ${which}`)
          } catch (error) {
            failures.push(`${index}: ${String(error)} ${String((error as { cause?: unknown }).cause)}`)
          }
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.ceil(share * latencies.length) - 1)]!
    console.log(
      `tov serve: ${total} requests, ${clients} clients: ${(total / seconds).toFixed(0)}/s; latency p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
    )
    expect(failures).toEqual([])
    expect(latencies).toHaveLength(total)
  }, 120_000)

  it('closes: the port is free again, and closing twice is fine', async () => {
    const other = await startServer({ cwd: folder, port: 0 })
    await fetch(`${other.url}/healthz`)
    await other.close()
    await other.close()
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow()
    const again = await startServer({ cwd: folder, port: other.port })
    expect(again.port).toBe(other.port)
    await again.close()
  })
})
