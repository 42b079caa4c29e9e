// tov in Freshdesk: intercepts Send on the ticket page and checks the reply with `tov serve`. Errors stop
// the reply, warnings are shown, and when tov cannot answer the reply goes with a notice: a help desk
// must never be stuck because a checker is down.
import {
  channelForFreshdesk,
  checkDraft,
  draftText,
  mustBlock,
  normalizeSettings,
  renderNotice,
  renderResult,
} from './tov-gate.js'

const UNREADABLE = 'tov kon je antwoord niet lezen; controleer zelf.'

/** The reply's HTML in the data of an intercepted ticket.sendReply, wherever this Freshdesk puts it. */
export function replyBody(data) {
  if (!data || typeof data !== 'object') return ''
  for (const candidate of [data.body, data.body_html, data.body_text, data.text, data.reply && data.reply.body]) {
    if (typeof candidate === 'string' && candidate.trim()) return candidate
  }
  return ''
}

/**
 * Wires the sidebar to a Freshdesk client (`app.initialized()`). `deps`: `fetch` and `document` of the
 * page, `timeoutMs` for tov. Returns the handlers (for tests and for the page's own use).
 */
export function start(client, deps) {
  const { document } = deps
  const timeoutMs = deps.timeoutMs
  const resultBox = document.getElementById('tov-result')
  const button = document.getElementById('tov-check-now')
  const draftBox = document.getElementById('tov-draft')
  const settingsReady = Promise.resolve()
    .then(() => client.iparams.get())
    .then(
      (iparams) => normalizeSettings(iparams || {}),
      () => normalizeSettings({}),
    )

  function show(html) {
    if (resultBox) resultBox.innerHTML = html
  }

  async function ticketChannel(settings) {
    try {
      const data = await client.data.get('ticket')
      const ticket = data && data.ticket
      return channelForFreshdesk(ticket && ticket.source, settings.channelMap) || settings.defaultChannel
    } catch {
      return settings.defaultChannel
    }
  }

  async function check(settings, text) {
    const channel = await ticketChannel(settings)
    return checkDraft({ url: settings.url, token: settings.token, text, channel, timeoutMs, fetch: deps.fetch })
  }

  /** The intercepted Send: exactly one of event.helper.done() (send) or event.helper.fail(message) (hold). */
  async function onSendReply(event) {
    let hold = ''
    try {
      const settings = await settingsReady
      const text = draftText(replyBody(await event.helper.getData()))
      if (!text) {
        show(renderNotice(UNREADABLE))
      } else {
        if (draftBox) draftBox.value = text
        const result = await check(settings, text)
        show(renderResult(result, { problems: settings.problems }))
        if (mustBlock(result, settings)) hold = result.message
      }
    } catch {
      show(renderNotice(UNREADABLE))
    }
    return hold ? event.helper.fail(hold) : event.helper.done()
  }

  /** "Controleer nu": checks the text in the sidebar's box (Freshdesk gives the editor's text only on Send). */
  async function checkNow() {
    if (button) button.disabled = true
    try {
      const settings = await settingsReady
      const text = draftText(draftBox ? draftBox.value : '')
      if (!text) show(renderNotice('Plak eerst je antwoord in het vak hieronder.', { problems: settings.problems }))
      else show(renderResult(await check(settings, text), { problems: settings.problems }))
    } catch {
      show(renderNotice(UNREADABLE))
    } finally {
      if (button) button.disabled = false
    }
  }

  // Registered at once, not on app.activated: Send must be checked even when the agent never opened the app.
  client.events.on('ticket.sendReply', (event) => void onSendReply(event), { intercept: true })
  if (button) button.addEventListener('click', () => void checkNow())
  void settingsReady.then((settings) => {
    if (settings.problems.length > 0) show(renderNotice('Controleer de instellingen van de app.', { problems: settings.problems }))
  })
  return { onSendReply, checkNow }
}

// In Freshdesk: the app client ({{{appclient}}}) is loaded before this module. In Node nothing starts.
const freshworks = globalThis.app
if (freshworks && typeof freshworks.initialized === 'function' && globalThis.document) {
  freshworks.initialized().then((client) => {
    start(client, { fetch: globalThis.fetch.bind(globalThis), document: globalThis.document })
  })
}
