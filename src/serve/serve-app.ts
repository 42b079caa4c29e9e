// `tov serve`: tov's checks as a web page and a JSON API on the agent's own computer. The page highlights
// findings while the agent types; the API gives a ticket system (or a script) the same answers as the CLI:
// POST /api/check is one element of `tov check --format json`, GET /api/rules is `tov rules --format json`.
// Routing and the HTTP concerns (body limit, time limit, CORS, bearer token, security headers, 405) are
// hono's middleware; this file decides only what tov answers. The config is read anew for every request,
// as `tov check` would read it in `cwd`; checkers are kept warm per config, as the daemon keeps them.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { HTTPException } from 'hono/http-exception'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { secureHeaders } from 'hono/secure-headers'
import { timeout } from 'hono/timeout'
import {
  requireChannel,
  channelNames,
  configForEntry,
  createChecker,
  describeRules,
  didYouMean,
  fixReply,
  getChannel,
  isTovError,
  loadConfig,
  parseThread,
  printable,
  TovError,
  version,
  type ChannelName,
  type Checker,
  type CheckOptions,
  type ResolvedConfig,
  type TovErrorCode,
} from '../index.js'
import { assertReplyText, reuseCheckers } from '../engine/checker.js'
import { buildChecklistDocument } from '../formats/checklist-document.js'
import { packageRoot } from '../package-root.js'
import { shownValue } from '../tov-error.js'

export interface ServeOptions {
  /** The folder whose config (.tovrc, package.json "tov") is used, as `tov check` would find it there. */
  cwd: string
  /** Where TOV_SERVE_TOKEN (the API's bearer token) and TOV_AGENT (initials for a sign-off fix) are read; default none. */
  env?: Record<string, string | undefined>
  /** The config file to use instead of searching (`tov serve --config <path>`). */
  configFile?: string
  /** The port to listen on (startServer; default 8787, 0 for a free one). */
  port?: number
  /**
   * The address to listen on (default 127.0.0.1, this computer only). On a loopback address the app also
   * refuses requests for any other host name, so that a web page cannot reach it by DNS rebinding.
   */
  host?: string
}

/** The name a checked reply has in results, as "<stdin>" in `tov check -`. */
export const replyName = '<serve>'

/** The most a request body may hold: a reply of 1 MiB, its thread (256 KiB of text) and JSON's escapes. */
export const maxBodyBytes = 2 * 1024 * 1024

/** The most time a request may take, its body included. */
export const requestTimeLimit = 10_000

/** Checkers kept warm, one per config, as the daemon and `tov mcp` keep them. */
const warmCheckers = 8

const replyFields = ['text', 'channel', 'thread', 'agent'] as const

/** A reply to check, from a request's body, every field validated. */
interface ReplyRequest {
  text: string
  channel?: ChannelName
  thread?: CheckOptions['thread']
  agent?: string
}

/** What the API answers with when it refuses: a code a program can test, and tov's one Dutch line. */
export interface ServeErrorBody {
  error: { code: string; message: string }
}

function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  const body: ServeErrorBody = { error: { code, message } }
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } })
}

/** A refusal with its status, thrown from anywhere in a request: hono hands it to onError as it is. */
function refuse(status: number, code: string, message: string, headers?: Record<string, string>): HTTPException {
  return new HTTPException(status as 400, { res: errorResponse(status, code, message, headers) })
}

/** The HTTP status of a TovError the request caused; the config's own errors are the server's (500). */
const statusOf: Partial<Record<TovErrorCode, number>> = {
  INPUT_TOO_LARGE: 413,
  CONFIG_INVALID: 500,
  CONFIG_UNREADABLE: 500,
  FILE_NOT_FOUND: 500,
  DATA_MISSING: 500,
}

const loopbackName = /^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i

/** Whether a host name or address means this computer only. */
export function isLoopback(host: string): boolean {
  return loopbackName.test(host) || /\.localhost$/i.test(host)
}

/** The bearer token from the environment, if any; one that no client could send is refused at start. */
function tokenOf(env: Record<string, string | undefined>): string | undefined {
  const token = env['TOV_SERVE_TOKEN']
  if (token === undefined || token === '') return undefined
  // The characters RFC 6750 allows in a bearer token (hono checks the header against the same).
  if (!/^[A-Za-z0-9._~+/-]+=*$/.test(token)) {
    throw new TovError('USAGE', 'TOV_SERVE_TOKEN mag alleen letters, cijfers en . _ ~ + / - bevatten; maak er een met: openssl rand -hex 32')
  }
  if (token.length < 16) throw new TovError('USAGE', 'TOV_SERVE_TOKEN is te kort: gebruik minstens 16 tekens; maak er een met: openssl rand -hex 32')
  return token
}

/** The body as JSON; every way it can be wrong is one Dutch line. */
async function jsonBody(c: Context): Promise<unknown> {
  const bytes = new Uint8Array(await c.req.arrayBuffer())
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    throw refuse(400, 'INVALID_JSON', 'De body is geen geldige JSON: het is geen UTF-8-tekst.')
  }
  if (text.trim() === '') throw refuse(400, 'INVALID_JSON', 'De body is geen geldige JSON: hij is leeg. Stuur bijvoorbeeld {"text": "…"}.')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw refuse(400, 'INVALID_JSON', `De body is geen geldige JSON: ${whereJsonFails(text, error)}. Stuur bijvoorbeeld {"text": "…"}.`)
  }
}

/** Where JSON.parse gave up, in words: "fout op regel 1, kolom 12", "onverwacht teken "}"", or that it ends too soon. */
function whereJsonFails(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : ''
  const at = /position (\d+)/.exec(message)
  if (at) {
    const before = text.slice(0, Number(at[1]))
    return `fout op regel ${before.split('\n').length}, kolom ${before.length - before.lastIndexOf('\n')}`
  }
  const token = /Unexpected token '(.+?)'/.exec(message)
  if (token) return `onverwacht teken "${printable(token[1]!)}"`
  return /end of JSON/i.test(message) ? 'de tekst houdt te vroeg op' : 'de opbouw klopt niet'
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** The reply a POST body asks about: `{ text, channel?, thread?, agent? }`; null counts as left out. */
function replyRequest(body: unknown): ReplyRequest {
  if (!isObject(body)) throw new TovError('USAGE', 'De body moet een JSON-object zijn, zoals {"text": "@eva Je pakket komt morgen. ^AB", "channel": "x"}.')
  for (const key of Object.keys(body)) {
    if (!(replyFields as readonly string[]).includes(key)) {
      throw new TovError('USAGE', `Onbekend veld "${shownValue(key)}"${didYouMean(key, replyFields)}. Geldig: ${replyFields.join(', ')}.`)
    }
  }
  const { text, channel, thread, agent } = body
  if (text === undefined || text === null) throw new TovError('USAGE', '"text" ontbreekt: stuur de reactie als tekst, zoals {"text": "…"}.')
  if (typeof text !== 'string') throw new TovError('USAGE', `"text" moet tekst zijn, geen ${Array.isArray(text) ? 'lijst' : typeof text}.`)
  assertReplyText(text, 'text')
  const request: ReplyRequest = { text }
  if (channel !== undefined && channel !== null) request.channel = requireChannel(channel)
  if (thread !== undefined && thread !== null) request.thread = parseThread(thread, 'thread')
  if (agent !== undefined && agent !== null) {
    if (typeof agent !== 'string' || !/^\p{L}[\p{L}.-]{0,19}$/u.test(agent)) throw new TovError('USAGE', '"agent" moet je initialen zijn, zoals "AB".')
    request.agent = agent
  }
  return request
}

/** The web page's files: a fixed list, so no request names a path. */
const pageFiles: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
}

/**
 * The app: routes and middleware, not listening (startServer listens; a test calls `app.request()`).
 * Throws a TovError when TOV_SERVE_TOKEN in `env` is not a usable token.
 */
export function createServeApp(options: ServeOptions): Hono {
  const env = options.env ?? {}
  const token = tokenOf(env)
  const guardsHost = isLoopback(options.host ?? '127.0.0.1')
  reuseCheckers(warmCheckers)

  // Each request's config, read once for it (its origin check and its answer share it) and anew for the next.
  const configs = new WeakMap<Context, Promise<ResolvedConfig>>()
  const configOf = (c: Context): Promise<ResolvedConfig> => {
    let config = configs.get(c)
    if (!config) {
      config = loadConfig(options.cwd, options.configFile !== undefined ? { configFile: options.configFile } : {})
      configs.set(c, config)
    }
    return config
  }

  /** A reply's checker and check options, as `tov check` has them for a reply on standard input. */
  const prepare = async (c: Context, request: ReplyRequest): Promise<{ checker: Checker; checkOptions: CheckOptions }> => {
    const config = await configOf(c)
    const channel = request.channel ?? request.thread?.channel ?? config.channel
    const agent = request.agent ?? env['TOV_AGENT']
    // The config's overrides for this channel apply; file globs do not match "<serve>".
    const checker = await createChecker(configForEntry(config, { file: replyName, channel }))
    return {
      checker,
      checkOptions: { file: replyName, channel, ...(request.thread ? { thread: request.thread } : {}), ...(agent ? { agent } : {}) },
    }
  }

  const app = new Hono()

  app.onError((error) => {
    if (error instanceof HTTPException) return error.getResponse()
    if (isTovError(error)) return errorResponse(statusOf[error.code as TovErrorCode] ?? 400, error.code, error.message)
    const message = printable((error instanceof Error ? error.message : String(error)).replace(/\s*[\n\r]+\s*/g, ' '))
    return errorResponse(500, 'INTERNAL', `interne fout: ${message}`)
  })
  app.notFound(() => errorResponse(404, 'NOT_FOUND', 'Die pagina bestaat niet. De API: POST /api/check, POST /api/fix, GET /api/rules, GET /api/checklist, GET /api/settings.'))

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
      xFrameOptions: 'SAMEORIGIN',
      referrerPolicy: 'no-referrer',
      // Plain HTTP on this computer: HSTS would mean nothing, or worse for a name shared with a real site.
      strictTransportSecurity: false,
    }),
  )

  // DNS rebinding: a web page whose host name points at 127.0.0.1 is same-origin with itself, not with tov.
  if (guardsHost) {
    app.use(async (c, next) => {
      const host = new URL(c.req.url).hostname
      if (!isLoopback(host)) {
        throw refuse(403, 'HOST_FORBIDDEN', `Onbekende host "${shownValue(host)}": tov serve luistert alleen op deze computer; open het adres dat tov serve noemde.`)
      }
      await next()
    })
  }

  // CORS: the page itself (no Origin, or the server's own) always; another web page only when the config
  // names its origin under serve.origins. Refused outright, so that no answer leaks to a page not listed.
  const allowedOrigins = new WeakMap<Context, string>()
  app.use(async (c, next) => {
    const origin = c.req.header('Origin')
    if (origin === undefined || origin === new URL(c.req.url).origin) return next()
    const listed = (await configOf(c)).serve?.origins ?? []
    if (!listed.includes(origin)) {
      throw refuse(403, 'ORIGIN_FORBIDDEN', `Een pagina van ${shownValue(origin)} mag tov serve niet aanroepen; zet die origin in de config onder "serve": { "origins": [...] }.`)
    }
    allowedOrigins.set(c, origin)
    return next()
  })
  const crossOrigin = cors({
    origin: (_origin, c) => allowedOrigins.get(c) ?? null,
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Content-Type', 'Authorization'],
    maxAge: 600,
  })
  app.use((c, next) => {
    if (!allowedOrigins.has(c)) return next()
    // Chrome asks before a public page may reach this computer (Private Network Access): a listed page may.
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Private-Network') === 'true') c.header('Access-Control-Allow-Private-Network', 'true')
    return crossOrigin(c, next)
  })

  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        errorResponse(405, 'METHOD_NOT_ALLOWED', `${c.req.method} kan hier niet; gebruik ${methods.filter((method) => method !== 'HEAD').join(' of ')}.`, { Allow: methods.join(', ') }),
    }),
  )

  app.use('/api/*', async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })
  if (token !== undefined) {
    const unauthorized = (message: string) => () => errorResponse(401, 'UNAUTHORIZED', message)
    app.use(
      '/api/*',
      bearerAuth({
        token,
        realm: 'tov',
        noAuthenticationHeader: { message: unauthorized('Deze API vraagt een toegangscode: stuur de kop "Authorization: Bearer <TOV_SERVE_TOKEN>".') },
        invalidAuthenticationHeader: { message: unauthorized('De kop Authorization moet "Bearer <TOV_SERVE_TOKEN>" zijn.') },
        invalidToken: { message: unauthorized('De toegangscode klopt niet.') },
      }),
    )
  }
  app.use(
    '/api/*',
    // The body may be half read: the connection cannot serve another request.
    timeout(requestTimeLimit, () =>
      refuse(503, 'TIMEOUT', `Dit duurde langer dan ${requestTimeLimit / 1000} seconden; probeer het opnieuw met een kortere reactie of een korter gesprek.`, { 'Retry-After': '1', Connection: 'close' }),
    ),
  )
  const limitBody: MiddlewareHandler = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      // The rest of the body is never read: tell the client not to send its next request on this connection.
      throw refuse(413, 'BODY_TOO_LARGE', `De body is groter dan ${maxBodyBytes / 1024 / 1024} MiB; een reactie mag 1 MiB zijn, met een gesprek van 256 KiB.`, { Connection: 'close' })
    },
  })

  app.post('/api/check', limitBody, async (c) => {
    const request = replyRequest(await jsonBody(c))
    const { checker, checkOptions } = await prepare(c, request)
    return c.json(await checker.check(request.text, checkOptions))
  })

  app.post('/api/fix', limitBody, async (c) => {
    const request = replyRequest(await jsonBody(c))
    const { checker, checkOptions } = await prepare(c, request)
    const outcome = await fixReply(checker, request.text, checkOptions)
    return c.json({ text: outcome.text, changed: outcome.text !== request.text, applied: outcome.applied, result: outcome.result })
  })

  // As `tov rules --format json` prints them (src/cli/commands/rules.ts).
  app.get('/api/rules', async (c) => {
    return c.json(describeRules(await configOf(c)))
  })

  // The checklist document of `tov checklist`: each item with the rules behind it, and the brand's values.
  app.get('/api/checklist', async (c) => c.json(buildChecklistDocument(await configOf(c))))

  // What the page needs besides checks: the default channel, and each channel's length limit in this config.
  app.get('/api/settings', async (c) => {
    const config = await configOf(c)
    const channels = channelNames.map((name) => {
      const spec = getChannel(name)
      const rule = configForEntry(config, { file: replyName, channel: name }).rules['max-length']
      const max = rule === undefined ? undefined : typeof rule.options['max'] === 'number' ? rule.options['max'] : spec.maxLength?.max
      return { name, label: spec.label, limit: max === undefined ? null : { max, unit: spec.maxLength?.unit ?? 'characters' } }
    })
    return c.json({ channel: config.channel, channels, version: version() })
  })

  app.get('/healthz', (c) => c.json({ ok: true, version: version() }))

  // The page: read from the package once, then from memory.
  const pages = new Map<string, Promise<string>>()
  for (const [path, { file, type }] of Object.entries(pageFiles)) {
    app.get(path, async (c) => {
      let content = pages.get(file)
      if (!content) {
        content = readFile(join(packageRoot(), 'web', file), 'utf8')
        pages.set(file, content)
        content.catch(() => pages.delete(file))
      }
      try {
        return c.body(await content, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' })
      } catch {
        throw new TovError('DATA_MISSING', `De webpagina ontbreekt in deze installatie van tov (web/${file}); installeer tov opnieuw.`)
      }
    })
  }
  // Browsers ask for it unasked; nothing is better than a 404 in the console.
  app.get('/favicon.ico', (c) => c.body(null, 204))

  return app
}
