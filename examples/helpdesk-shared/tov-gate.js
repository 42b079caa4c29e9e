// The check before send, shared by the Zendesk and Freshdesk apps: which tov channel a ticket is, what
// `tov serve` says about the draft, and whether the reply may go. A help desk must never be stuck because
// a checker is down, so everything that is not a clear answer from tov lets the reply go, with a notice.
//
// This file is the source. Zendesk and Freshdesk package an app from its own folder only, so
// `node examples/helpdesk-shared/sync.mjs` copies it into both apps; a test checks the copies are equal.
// Plain ES module, no dependencies: it runs in the apps' iframes as it is and in Node for the tests.

/** tov's channels (`tov check --channel`). */
export const TOV_CHANNELS = Object.freeze([
  'x',
  'facebook',
  'instagram',
  'instagram-dm',
  'facebook-messenger',
  'whatsapp',
  'google-review',
  'email',
])

export const DEFAULT_URL = 'http://127.0.0.1:8787'
export const DEFAULT_CHANNEL = 'email'
export const DEFAULT_TIMEOUT_MS = 5000
/** At most this many errors in the message that stops a reply; the sidebar lists them all. */
export const MAX_LISTED_ERRORS = 5
const MAX_LISTED_SUGGESTIONS = 3

export const UNREACHABLE = 'tov is niet bereikbaar; controleer zelf.'

/**
 * Zendesk's `ticket.via.channel` (and, for a messaging ticket, `via.source.rel`) to a tov channel. Zendesk
 * names a channel by its via type ("mail", "twitter_dm") or by the broader "ticket created by" group
 * ("email", "web"); both are here. A channel not listed gets the app's default channel.
 */
export const ZENDESK_CHANNELS = Object.freeze({
  twitter: 'x',
  x: 'x',
  facebook: 'facebook',
  facebook_post: 'facebook',
  facebook_message: 'facebook-messenger',
  messenger: 'facebook-messenger',
  sunshine_conversations_facebook_messenger: 'facebook-messenger',
  instagram_dm: 'instagram-dm',
  instagram: 'instagram-dm',
  whatsapp: 'whatsapp',
  // Zendesk's own messaging (web widget, mobile SDK): a private chat, like WhatsApp.
  native_messaging: 'whatsapp',
  email: 'email',
  mail: 'email',
  web: 'email',
  web_form: 'email',
})

/**
 * Freshdesk's ticket `source` (the number, or its label) to a tov channel. The numbers are those of the
 * source field's choices (Email 1, Portal 2, Phone 3, Forum 4, Twitter 5, Facebook 6, Chat 7, MobiHelp 8,
 * Feedback Widget 9, Outbound Email 10, Ecommerce 11, Bot 12, WhatsApp 13, ...); an account may add its own.
 */
export const FRESHDESK_SOURCES = Object.freeze({
  1: 'email',
  2: 'email',
  5: 'x',
  6: 'facebook',
  9: 'email',
  10: 'email',
  13: 'whatsapp',
  16: 'email',
  17: 'instagram-dm',
  18: 'instagram',
  19: 'facebook-messenger',
  20: 'facebook',
  email: 'email',
  portal: 'email',
  twitter: 'x',
  x: 'x',
  facebook: 'facebook',
  'feedback widget': 'email',
  'outbound email': 'email',
  whatsapp: 'whatsapp',
  'web form': 'email',
  'instagram message': 'instagram-dm',
  'instagram comment': 'instagram',
  'facebook message': 'facebook-messenger',
  'facebook comment': 'facebook',
})

/** Own entries (the app's channel mapping setting) first, then the built-in table. */
function lookUp(key, table, overrides) {
  if (key === undefined || key === null || key === '') return undefined
  const name = String(key).trim().toLowerCase()
  if (overrides && Object.prototype.hasOwnProperty.call(overrides, name)) return overrides[name]
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined
}

/** The tov channel of a Zendesk ticket's via object, or undefined (then: the default channel). */
export function channelForZendesk(via, overrides = {}) {
  if (!via || typeof via !== 'object') return lookUp(via, ZENDESK_CHANNELS, overrides)
  const rel = via.source && typeof via.source === 'object' ? via.source.rel : undefined
  // A messaging ticket names the network it came from in source.rel ("whatsapp", "messenger", "instagram").
  const generic = via.channel === 'native_messaging' || via.channel === 'any_channel'
  return (generic && lookUp(rel, ZENDESK_CHANNELS, overrides)) || lookUp(via.channel, ZENDESK_CHANNELS, overrides)
}

/** The tov channel of a Freshdesk ticket's source (number or label), or undefined. */
export function channelForFreshdesk(source, overrides = {}) {
  return lookUp(source, FRESHDESK_SOURCES, overrides)
}

function isTrue(value, fallback) {
  if (value === true || value === 'true' || value === 1 || value === '1') return true
  if (value === false || value === 'false' || value === 0 || value === '0') return false
  return fallback
}

/**
 * The app's settings (Zendesk's `metadata().settings`, Freshdesk's iparams) made safe to use, with the
 * problems found in them as Dutch sentences for the sidebar. A bad setting never stops the app.
 */
export function normalizeSettings(raw = {}) {
  const problems = []
  const url = typeof raw.tovUrl === 'string' && raw.tovUrl.trim() ? raw.tovUrl.trim() : DEFAULT_URL
  const token = typeof raw.tovToken === 'string' ? raw.tovToken.trim() : ''
  let defaultChannel = typeof raw.defaultChannel === 'string' ? raw.defaultChannel.trim().toLowerCase() : ''
  if (defaultChannel === 'twitter') defaultChannel = 'x'
  if (!defaultChannel) defaultChannel = DEFAULT_CHANNEL
  else if (!TOV_CHANNELS.includes(defaultChannel)) {
    problems.push(`Het standaardkanaal "${raw.defaultChannel}" kent tov niet; tov gebruikt "${DEFAULT_CHANNEL}".`)
    defaultChannel = DEFAULT_CHANNEL
  }
  const channelMap = {}
  const mapText = typeof raw.channelMap === 'string' ? raw.channelMap.trim() : ''
  if (mapText) {
    let parsed
    try {
      parsed = JSON.parse(mapText)
    } catch {
      parsed = undefined
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push('De kanaaltabel in de instellingen is geen JSON-object; tov gebruikt de standaardtabel.')
    } else {
      for (const [key, value] of Object.entries(parsed)) {
        const channel = typeof value === 'string' ? value.trim().toLowerCase() : ''
        if (TOV_CHANNELS.includes(channel)) channelMap[key.trim().toLowerCase()] = channel
        else problems.push(`De kanaaltabel noemt voor "${key}" het kanaal "${value}", dat tov niet kent; die regel telt niet.`)
      }
    }
  }
  return { url, token, defaultChannel, channelMap, blockOnErrors: isTrue(raw.blockOnErrors, true), problems }
}

const NAMED_ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', eacute: 'é', egrave: 'è', euml: 'ë', ecirc: 'ê', aacute: 'á',
  agrave: 'à', auml: 'ä', iuml: 'ï', iacute: 'í', oacute: 'ó', ouml: 'ö', ocirc: 'ô', uuml: 'ü', uacute: 'ú',
  ccedil: 'ç', Eacute: 'É', Euml: 'Ë', Iuml: 'Ï', Ouml: 'Ö', Uuml: 'Ü',
}

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole
  })
}

// Only real markup makes a draft HTML: a plain draft may hold a gap such as "<dag>" that tov must see.
const HTML_TAG = /<\/?(?:p|br|div|span|b|strong|i|em|u|s|a|ul|ol|li|blockquote|h[1-6]|pre|code|img|table|tbody|tr|td|th|hr|font|sub|sup)\b[^>]*>/i

/**
 * The text of a draft as the customer will read it. The help desks give the editor's HTML (Zendesk's rich
 * text, Freshdesk always): paragraphs and line breaks become new lines, quoted earlier mails are left out.
 */
export function draftText(value) {
  const text = typeof value === 'string' ? value : ''
  if (!HTML_TAG.test(text)) return text.replace(/\r\n?/g, '\n').trim()
  let html = text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
  // Freshdesk appends the conversation so far in a "freshdesk_quote" block: everything after it is quote.
  const quote = html.search(/<[a-z]+[^>]*class=["'][^"']*\bfreshdesk_quote\b/i)
  if (quote >= 0) html = html.slice(0, quote)
  let previous
  do {
    previous = html
    html = html.replace(/<blockquote\b[^>]*>(?:(?!<blockquote\b)[\s\S])*?<\/blockquote\s*>/gi, '')
  } while (html !== previous)
  html = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|h[1-6]|tr|pre)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
  return decodeEntities(html)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function checkUrl(url) {
  const base = String(url || DEFAULT_URL).trim().replace(/\/+$/, '')
  return /\/api\/check$/.test(base) ? base : `${base}/api/check`
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`
}

function quoted(suggestion) {
  return suggestion === '' ? 'weglaten' : `"${suggestion}"`
}

/**
 * "Voorstel: "^AB"." or "Voorstellen: "a", "b" of "c"." for a finding, or '' without suggestions. `unsaid`:
 * '' as well when the message itself already quotes a suggestion (the spelling rule names its own).
 */
export function suggestionText(finding, { unsaid = false } = {}) {
  const all = Array.isArray(finding.suggestions) ? finding.suggestions.filter((suggestion) => typeof suggestion === 'string') : []
  const message = String(finding.message || '')
  if (unsaid && all.some((suggestion) => suggestion !== '' && message.includes(`"${suggestion}"`))) return ''
  const suggestions = all.slice(0, MAX_LISTED_SUGGESTIONS)
  if (suggestions.length === 0) return ''
  if (suggestions.length === 1) return `Voorstel: ${quoted(suggestions[0])}.`
  const listed = suggestions.map(quoted)
  return `Voorstellen: ${listed.slice(0, -1).join(', ')} of ${listed[listed.length - 1]}.`
}

function blockMessage(errors) {
  const lines = [`Niet verstuurd: tov vond ${plural(errors.length, 'fout', 'fouten')}. Pas je antwoord aan en verstuur het opnieuw.`]
  errors.slice(0, MAX_LISTED_ERRORS).forEach((finding, index) => {
    const suggestion = suggestionText(finding, { unsaid: true })
    lines.push(`${index + 1}. ${finding.message || finding.ruleId}${suggestion ? ` ${suggestion}` : ''}`)
  })
  const rest = errors.length - MAX_LISTED_ERRORS
  if (rest > 0) lines.push(`En nog ${plural(rest, 'fout', 'fouten')}: zie de zijbalk van tov.`)
  return lines.join('\n')
}

function unreachable(detail, status) {
  return {
    verdict: 'unreachable',
    errors: [],
    warnings: [],
    checklist: [],
    message: `${UNREACHABLE} ${detail}`,
    detail,
    ...(status ? { status } : {}),
  }
}

/** tov serve's own error message (`{ error: { code, message } }`), if the answer has one. */
async function serverMessage(response) {
  try {
    const body = await response.json()
    const message = body && body.error && body.error.message
    return typeof message === 'string' && message.trim() ? message.trim() : ''
  } catch {
    return ''
  }
}

async function refusal(response, url) {
  const status = response.status
  const said = await serverMessage(response)
  const because = said ? ` tov zegt: "${said}"` : ''
  if (status === 401) return unreachable(`tov weigert de toegang (401): klopt het token in de instellingen van de app?${because}`, status)
  if (status === 403) return unreachable(`tov weigert dit verzoek (403).${because || ' Staat deze app in serve.origins van de .tovrc?'}`, status)
  if (status === 400 || status === 413) return unreachable(`tov kon dit antwoord niet controleren (${status}).${because}`, status)
  return unreachable(`tov op ${url} antwoordde met foutcode ${status}.${because}`, status)
}

function isResult(value) {
  return Boolean(value) && typeof value === 'object' && Array.isArray(value.findings)
}

/**
 * Asks `tov serve` about a draft: POST <url>/api/check with `{ text, channel, thread }`. Resolves, never
 * rejects, to `{ verdict, errors, warnings, checklist, message }`:
 * - 'block': error-level findings; `message` lists at most five, each with its suggestions;
 * - 'warn': only warnings; 'pass': nothing found;
 * - 'unreachable': no clear answer (no connection, a timeout, an HTTP error, a strange answer); the
 *   reply must go anyway, `message` starts with "tov is niet bereikbaar; controleer zelf."
 * `fetch` is the browser's (or a function like it); `token`, when set, goes as `Authorization: Bearer`.
 */
export async function checkDraft({ url, token, text, channel, thread, fetch, timeoutMs = DEFAULT_TIMEOUT_MS }) {
  const draft = typeof text === 'string' ? text : ''
  if (!draft.trim()) {
    return { verdict: 'pass', skipped: true, errors: [], warnings: [], checklist: [], message: 'Er is geen antwoord om te controleren.' }
  }
  const endpoint = checkUrl(url)
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' }
  const bearer = typeof token === 'string' ? token.trim() : ''
  if (bearer) headers.Authorization = `Bearer ${bearer}`
  const body = { text: draft }
  if (channel) body.channel = channel
  if (thread) body.thread = thread

  const controller = typeof AbortController === 'function' ? new AbortController() : undefined
  let timer
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => {
      if (controller) controller.abort()
      resolve('timeout')
    }, timeoutMs)
  })
  let response
  try {
    const request = { method: 'POST', headers, body: JSON.stringify(body), ...(controller ? { signal: controller.signal } : {}) }
    response = await Promise.race([fetch(endpoint, request), timedOut])
  } catch {
    response = undefined
  } finally {
    clearTimeout(timer)
  }
  if (response === 'timeout') {
    const seconds = String(timeoutMs / 1000).replace('.', ',')
    return unreachable(`Geen antwoord van ${endpoint} binnen ${seconds} ${timeoutMs === 1000 ? 'seconde' : 'seconden'}.`)
  }
  // A browser shows a refused origin (no CORS headers) the same as no server at all: name both causes.
  if (!response) return unreachable(`Draait tov serve op ${endpoint.replace(/\/api\/check$/, '')}, en staat deze app in serve.origins van de .tovrc?`)
  if (!response.ok) return refusal(response, endpoint)

  let answer
  try {
    answer = await response.json()
  } catch {
    answer = undefined
  }
  // tov serve answers with one result; `tov check --format json` with an array of them.
  const result = Array.isArray(answer) ? answer[0] : answer
  if (!isResult(result)) return unreachable('tov gaf een antwoord dat deze app niet begrijpt.')

  const errors = result.findings.filter((finding) => finding && finding.severity === 'error')
  const warnings = result.findings.filter((finding) => finding && finding.severity === 'warn')
  const checklist = Array.isArray(result.checklist) ? result.checklist : []
  const shared = { errors, warnings, checklist, channel: result.channel || channel }
  if (errors.length > 0) return { verdict: 'block', ...shared, message: blockMessage(errors) }
  if (warnings.length > 0) {
    return {
      verdict: 'warn',
      ...shared,
      message: `tov vond ${plural(warnings.length, 'waarschuwing', 'waarschuwingen')}. Je antwoord mag weg; kijk ze wel even na.`,
    }
  }
  return { verdict: 'pass', ...shared, message: 'tov vond niets. Beantwoord zelf nog de vragen met een vraagteken.' }
}

/** True when the help desk must hold the reply back: errors, and the team chose to block on them. */
export function mustBlock(result, settings) {
  return result.verdict === 'block' && (!settings || settings.blockOnErrors !== false)
}

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text made safe for innerHTML: tov's answer quotes the customer's and the agent's own words. */
export function escapeHtml(value) {
  return String(value === undefined || value === null ? '' : value).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character])
}

const BANNER_CLASS = { block: 'block', warn: 'warn', pass: 'pass', unreachable: 'unreachable' }
const CHECK_MARKS = {
  pass: ['✔', 'in orde'],
  fail: ['✖', 'niet in orde'],
  manual: ['?', 'ga zelf na'],
}

function renderFinding(finding) {
  const error = finding.severity === 'error'
  const where = Number.isInteger(finding.line) && Number.isInteger(finding.column) ? `regel ${finding.line}, kolom ${finding.column}` : ''
  const suggestion = suggestionText(finding)
  return [
    `<li class="tov-finding tov-finding--${error ? 'error' : 'warn'}">`,
    `<span class="tov-severity">${error ? 'fout' : 'waarschuwing'}</span> `,
    `<span class="tov-message">${escapeHtml(finding.message)}</span>`,
    suggestion ? `<div class="tov-suggestion">${escapeHtml(suggestion)}</div>` : '',
    where || finding.ruleId ? `<div class="tov-where">${escapeHtml([where, finding.ruleId].filter(Boolean).join(' · '))}</div>` : '',
    '</li>',
  ].join('')
}

function renderChecklist(checklist) {
  if (checklist.length === 0) return ''
  const items = checklist.map((item) => {
    const [mark, label] = CHECK_MARKS[item.status] || CHECK_MARKS.manual
    const status = CHECK_MARKS[item.status] ? item.status : 'manual'
    return `<li class="tov-item tov-item--${status}"><span class="tov-mark" title="${label}" aria-label="${label}">${mark}</span> ${escapeHtml(item.question)}</li>`
  })
  return `<h2 class="tov-heading">De 1-minuut-checklist</h2><ul class="tov-checklist">${items.join('')}</ul>`
}

/**
 * The sidebar's view of one check: a banner (the verdict in one line), every finding (errors first) with
 * its suggestions, and the one-minute checklist. Every text from tov or the ticket is escaped.
 */
export function renderResult(result, { problems = [] } = {}) {
  const verdict = BANNER_CLASS[result.verdict] ? result.verdict : 'unreachable'
  const [headline, ...rest] = String(result.message || '').split('\n')
  const banner = verdict === 'block' ? headline : [headline, ...rest].join(' ')
  const findings = [...(result.errors || []), ...(result.warnings || [])]
  return [
    `<p class="tov-banner tov-banner--${verdict}" role="status">${escapeHtml(banner)}</p>`,
    result.channel ? `<p class="tov-channel">Kanaal: ${escapeHtml(result.channel)}</p>` : '',
    findings.length > 0 ? `<ol class="tov-findings">${findings.map(renderFinding).join('')}</ol>` : '',
    renderChecklist(result.checklist || []),
    renderProblems(problems),
  ].join('')
}

/** A notice in the banner style (no check happened, or the settings need attention). */
export function renderNotice(message, { problems = [] } = {}) {
  return `<p class="tov-banner tov-banner--unreachable" role="status">${escapeHtml(message)}</p>${renderProblems(problems)}`
}

function renderProblems(problems) {
  if (!problems || problems.length === 0) return ''
  return `<ul class="tov-problems">${problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('')}</ul>`
}
