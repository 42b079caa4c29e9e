// tov in Zendesk Support: checks the agent's reply with `tov serve` before the ticket is saved. Errors stop
// the save, warnings are shown, and when tov cannot answer the save goes on with a notice: a help desk
// must never be stuck because a checker is down.
import {
  channelForZendesk,
  checkDraft,
  draftText,
  mustBlock,
  normalizeSettings,
  renderNotice,
  renderResult,
} from './tov-gate.js'

// ZAF substitutes a secure setting only in a request through Zendesk's proxy, never in the browser.
const SECURE_TOKEN = '{{setting.tovSecureToken}}'
const INTERNAL_NOTE = 'internalNote'
const UNREADABLE = 'tov kon je antwoord niet lezen; controleer zelf.'

/** `client.request` (through Zendesk's proxy) in the shape of fetch, for checkDraft. */
export function proxyFetch(client) {
  return async (url, init) => {
    const { 'Content-Type': contentType, ...headers } = init.headers
    const answer = (response) => ({
      ok: response.status >= 200 && response.status < 300,
      status: response.status,
      json: async () => (response.responseJSON !== undefined ? response.responseJSON : JSON.parse(response.responseText)),
    })
    try {
      return answer(
        await client.request({
          url,
          type: init.method,
          contentType,
          data: init.body,
          headers,
          secure: true,
          cors: false,
          httpCompleteResponse: true,
        }),
      )
    } catch (failure) {
      // An HTTP error comes back as a rejection with its status; anything else is no answer at all.
      if (failure && typeof failure.status === 'number' && failure.status > 0) return answer(failure)
      throw failure
    }
  }
}

/**
 * Wires the sidebar to a ZAF client. `deps`: `fetch` and `document` of the page, `timeoutMs` for tov.
 * Returns the handlers (for tests and for the page's own use).
 */
export function start(client, deps) {
  const { document } = deps
  const timeoutMs = deps.timeoutMs
  const resultBox = document.getElementById('tov-result')
  const button = document.getElementById('tov-check-now')
  const settingsReady = client.metadata().then(
    (metadata) => ({ ...normalizeSettings((metadata && metadata.settings) || {}), proxy: isOn(metadata && metadata.settings && metadata.settings.useZendeskProxy) }),
    () => ({ ...normalizeSettings({}), proxy: false }),
  )

  function resize() {
    const body = document.body
    const height = Math.min(Math.max((body && body.scrollHeight) || 0, 120), 900)
    try {
      Promise.resolve(client.invoke('resize', { width: '100%', height: `${height}px` })).catch(() => undefined)
    } catch {
      // A sidebar of the wrong height is no reason to stop a save.
    }
  }

  function show(html) {
    if (!resultBox) return
    resultBox.innerHTML = html
    resize()
  }

  async function readDraft() {
    const data = await client.get(['ticket.comment.text', 'ticket.comment.type', 'ticket.via'])
    return {
      text: draftText(data['ticket.comment.text']),
      internal: data['ticket.comment.type'] === INTERNAL_NOTE,
      via: data['ticket.via'],
    }
  }

  function check(settings, draft) {
    const channel = channelForZendesk(draft.via, settings.channelMap) || settings.defaultChannel
    const transport = settings.proxy ? { fetch: proxyFetch(client), token: SECURE_TOKEN } : { fetch: deps.fetch, token: settings.token }
    return checkDraft({ url: settings.url, text: draft.text, channel, timeoutMs, ...transport })
  }

  /** The ticket.save hook: a rejected promise (with the message to show) cancels the save; anything else lets it go. */
  async function onSave() {
    let hold = ''
    try {
      const settings = await settingsReady
      const draft = await readDraft()
      // A save without a new comment (a status change) and an internal note reach no customer.
      if (draft.text && !draft.internal) {
        const result = await check(settings, draft)
        show(renderResult(result, { problems: settings.problems }))
        if (mustBlock(result, settings)) hold = result.message
      }
    } catch {
      show(renderNotice(UNREADABLE))
    }
    if (hold) return Promise.reject(hold)
    return true
  }

  /** "Controleer nu": the same check on the current draft, without saving. */
  async function checkNow() {
    if (button) button.disabled = true
    try {
      const settings = await settingsReady
      const draft = await readDraft()
      if (!draft.text) show(renderNotice('Er is nog geen antwoord om te controleren.', { problems: settings.problems }))
      else if (draft.internal) show(renderNotice('Dit is een interne notitie; tov controleert alleen antwoorden aan de klant.'))
      else show(renderResult(await check(settings, draft), { problems: settings.problems }))
    } catch {
      show(renderNotice(UNREADABLE))
    } finally {
      if (button) button.disabled = false
    }
  }

  client.on('ticket.save', onSave)
  if (button) button.addEventListener('click', () => void checkNow())
  void settingsReady.then((settings) => {
    if (settings.problems.length > 0) show(renderNotice('Controleer de instellingen van de app.', { problems: settings.problems }))
    else resize()
  })
  return { onSave, checkNow }
}

function isOn(value) {
  return value === true || value === 'true'
}

// In Zendesk: the ZAF SDK is loaded before this module. In Node (the tests) nothing starts by itself.
const zaf = globalThis.ZAFClient
if (zaf && globalThis.document) {
  start(zaf.init(), { fetch: globalThis.fetch.bind(globalThis), document: globalThis.document })
}
