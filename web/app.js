// tov serve's page: the agent types or pastes a draft; every pause of a few milliseconds sends it to
// POST api/check, and the answer marks the findings in the text, lists them with their suggestions (a
// click applies one), and ticks the one-minute checklist. Plain browser JavaScript, no build step, no
// dependencies; everything shown is made with textContent, never parsed as HTML.

/** How long typing must pause before the draft is checked (ms). */
const pauseBeforeCheck = 30

const $ = (id) => document.getElementById(id)
const draft = $('draft')
const highlights = $('highlights')
const backdrop = highlights.parentElement
const channelPicker = $('channel')
const threadField = $('thread')
const counter = $('counter')
const summary = $('summary')
const problem = $('problem')
const findingList = $('findings')
const checklist = $('checklist')
const atCaret = $('at-caret')
const tokenForm = $('token-form')
const findingsSection = $('findings-section')

/** From the last input to the highlights of its check on screen (ms), for tests and the curious. */
window.tovTimings = []

const state = {
  /** GET api/settings: the default channel, each channel's limit, the version. */
  settings: null,
  /** The result on screen and the text it belongs to. */
  result: null,
  checkedText: null,
  /** The findings as marked now: the result's, moved along with the typing until the next answer. */
  marked: [],
  markedText: '',
  /** Requests are numbered; an answer older than the one on screen is dropped. */
  sent: 0,
  shown: 0,
  inFlight: null,
  timer: 0,
  /** When the last input happened, and whether its check is still to be shown. */
  inputAt: 0,
  timing: false,
  token: '',
  /** GET api/checklist: the items shown before the first check. */
  checklistDocument: null,
}

// A token in the address (#token=...) is taken once and removed from it: the address bar, the history and
// a screenshot should not show it. The fragment never reaches a server.
{
  const fromAddress = new URLSearchParams(location.hash.slice(1)).get('token')
  if (fromAddress) {
    sessionStorage.setItem('tov-token', fromAddress)
    history.replaceState(null, '', location.pathname + location.search)
  }
  state.token = sessionStorage.getItem('tov-token') ?? ''
}

class ApiError extends Error {
  constructor(status, code, message) {
    super(message)
    this.status = status
    this.code = code
  }
}

/** A call to tov serve's API; its refusals arrive as ApiError with tov's Dutch line. */
async function api(path, { body, signal } = {}) {
  const headers = {}
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (state.token) headers.Authorization = `Bearer ${state.token}`
  const response = await fetch(path, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body), signal })
  const data = await response.json().catch(() => null)
  if (!response.ok) {
    throw new ApiError(response.status, data?.error?.code ?? 'HTTP', data?.error?.message ?? `tov serve antwoordde met status ${response.status}.`)
  }
  return data
}

function showProblem(error) {
  if (error instanceof ApiError && error.status === 401) {
    tokenForm.hidden = false
    problem.textContent = state.token ? 'De toegangscode klopt niet. Vul de code in die bij tov serve hoort (TOV_SERVE_TOKEN).' : 'Deze tov serve vraagt een toegangscode (TOV_SERVE_TOKEN).'
  } else {
    problem.textContent = error instanceof ApiError ? error.message : `tov serve is niet bereikbaar: ${error.message}. Draait tov serve nog?`
  }
  problem.hidden = false
}

function clearProblem() {
  problem.hidden = true
  problem.textContent = ''
}

// ---------------------------------------------------------------------------------------------------
// What is sent.

/** The conversation pasted by the agent: one message per paragraph; "agent:" marks what the team wrote. */
function threadOf(text) {
  const messages = text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => {
      const agent = /^(?:agent|medewerker|webcare|wij)\s*:\s*/i.exec(paragraph)
      if (agent) return { from: 'agent', text: paragraph.slice(agent[0].length) }
      return { from: 'customer', text: paragraph.replace(/^(?:klant|customer)\s*:\s*/i, '') }
    })
  return messages.length === 0 ? undefined : { messages }
}

function requestBody() {
  const body = { text: draft.value, channel: channelPicker.value }
  const thread = threadOf(threadField.value)
  if (thread) body.thread = thread
  return body
}

// ---------------------------------------------------------------------------------------------------
// Checking while typing.

function scheduleCheck() {
  clearTimeout(state.timer)
  state.timer = setTimeout(checkNow, pauseBeforeCheck)
}

async function checkNow() {
  const body = requestBody()
  if (body.text.trim() === '') {
    state.inFlight?.abort()
    showResult(null, body.text)
    return
  }
  const number = ++state.sent
  // An answer to an older draft is not wanted any more: stop waiting for it.
  state.inFlight?.abort()
  const controller = new AbortController()
  state.inFlight = controller
  try {
    const result = await api('api/check', { body, signal: controller.signal })
    // Stale: a newer answer is on screen, or the draft changed since (its own check is on its way).
    if (number < state.shown || JSON.stringify(requestBody()) !== JSON.stringify(body)) return
    state.shown = number
    clearProblem()
    showResult(result, body.text)
  } catch (error) {
    if (error.name === 'AbortError') return
    if (number >= state.shown) {
      findingsSection.setAttribute('aria-busy', 'false')
      showProblem(error)
    }
  }
}

function showResult(result, text) {
  findingsSection.setAttribute('aria-busy', 'false')
  state.result = result
  state.checkedText = text
  state.marked = result ? result.findings.map((finding, index) => ({ ...finding, index })) : []
  state.markedText = text
  renderHighlights()
  renderFindings()
  renderChecklist()
  renderCounter()
  renderSummary()
  renderAtCaret()
  if (state.timing) {
    state.timing = false
    window.tovTimings.push(Math.round((performance.now() - state.inputAt) * 10) / 10)
  }
}

/** Something changed what is checked: mark the time, move the marks along, and check after the pause. */
function changed() {
  state.inputAt = performance.now()
  state.timing = true
  findingsSection.setAttribute('aria-busy', 'true')
  followEdit()
  renderCounter()
  scheduleCheck()
}

/**
 * Until the next answer, the marks follow the typing: findings before the edited part stay, those after it
 * move with it, those it touches wait for the answer.
 */
function followEdit() {
  const before = state.markedText
  const after = draft.value
  if (before === after) return
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  const oldEnd = before.length - end
  const shift = after.length - before.length
  state.marked = state.marked.flatMap((finding) => {
    if (finding.endOffset < start || (finding.endOffset === start && finding.offset < start)) return [finding]
    if (finding.offset > oldEnd || (finding.offset === oldEnd && finding.endOffset > oldEnd)) return [{ ...finding, offset: finding.offset + shift, endOffset: finding.endOffset + shift }]
    return []
  })
  state.markedText = after
  renderHighlights()
}

// ---------------------------------------------------------------------------------------------------
// Rendering.

const severityWord = { error: 'fout', warn: 'waarschuwing' }

/** The findings marked in a copy of the text behind the textarea; overlapping ones nest, the longest outside. */
function renderHighlights() {
  const text = state.markedText
  const findings = state.marked.map((finding) => ({ finding, index: finding.index }))
  const cuts = new Set([0, text.length])
  for (const { finding } of findings) {
    cuts.add(Math.min(finding.offset, text.length))
    cuts.add(Math.min(finding.endOffset, text.length))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const fragment = document.createDocumentFragment()
  points.forEach((at, position) => {
    for (const { finding, index } of findings) if (finding.offset === finding.endOffset && finding.offset === at) fragment.append(markOf(finding, index, true))
    const end = points[position + 1]
    if (end === undefined) return
    let node = document.createTextNode(text.slice(at, end))
    const covering = findings
      .filter(({ finding }) => finding.offset < finding.endOffset && finding.offset <= at && finding.endOffset >= end)
      .sort((a, b) => a.finding.endOffset - a.finding.offset - (b.finding.endOffset - b.finding.offset))
    for (const { finding, index } of covering) {
      const mark = markOf(finding, index, false)
      mark.append(node)
      node = mark
    }
    fragment.append(node)
  })
  // A textarea shows a last empty line after a final line break; without a character there the copy is shorter.
  if (text.endsWith('\n') || text === '') fragment.append(document.createTextNode(' '))
  highlights.replaceChildren(fragment)
  syncScroll()
}

function markOf(finding, index, empty) {
  const mark = document.createElement('mark')
  mark.dataset.rule = finding.ruleId
  mark.dataset.severity = finding.severity
  mark.dataset.finding = String(index)
  mark.title = finding.message
  if (empty) mark.classList.add('point')
  else if (finding.offset === 0 && finding.endOffset >= state.markedText.trimEnd().length) mark.classList.add('whole')
  return mark
}

function syncScroll() {
  backdrop.scrollTop = draft.scrollTop
  backdrop.scrollLeft = draft.scrollLeft
}

/** The words a finding is about, short enough for a button. */
function excerpt(text) {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat
}

function renderFindings() {
  const result = state.result
  const items = (result?.findings ?? []).map((finding, index) => {
    const item = document.createElement('li')
    item.className = 'finding'
    item.dataset.rule = finding.ruleId
    item.dataset.severity = finding.severity
    item.dataset.finding = String(index)

    const head = document.createElement('p')
    head.className = 'finding-head'
    const severity = document.createElement('span')
    severity.className = 'severity'
    severity.textContent = severityWord[finding.severity] ?? finding.severity
    const rule = document.createElement('code')
    rule.textContent = finding.ruleId
    head.append(severity, ' ', rule)
    if (finding.actual.trim() !== '') {
      const show = document.createElement('button')
      show.type = 'button'
      show.className = 'show'
      show.textContent = `„${excerpt(finding.actual)}”`
      show.setAttribute('aria-label', `Selecteer in je reactie: ${finding.actual}`)
      show.addEventListener('click', () => select(finding))
      head.append(' ', show)
    }
    const message = document.createElement('p')
    message.className = 'message'
    message.id = `finding-${index}`
    message.textContent = finding.message
    item.append(head, message)

    // Each edit is a button; a suggestion with a gap for the agent (<dag> <tijd>) is only shown.
    const edits = [...finding.edits]
    if (finding.fix && !edits.some((edit) => edit.text === finding.fix.text && edit.range[0] === finding.fix.range[0] && edit.range[1] === finding.fix.range[1])) edits.unshift(finding.fix)
    if (edits.length > 0) {
      const group = document.createElement('div')
      group.className = 'suggestions'
      group.setAttribute('role', 'group')
      group.setAttribute('aria-label', `Voorstellen voor ${finding.ruleId}`)
      for (const edit of edits) {
        const button = document.createElement('button')
        button.type = 'button'
        button.className = 'suggestion'
        button.dataset.suggestion = edit.text
        const replaced = state.checkedText.slice(edit.range[0], edit.range[1])
        button.textContent = edit.text === '' ? `„${excerpt(replaced)}” weghalen` : excerpt(edit.text)
        button.setAttribute(
          'aria-label',
          edit.text === '' ? `Haal „${replaced}” weg` : replaced === '' ? `Voeg „${edit.text}” in` : `Vervang „${replaced}” door „${edit.text}”`,
        )
        button.setAttribute('aria-describedby', message.id)
        button.addEventListener('click', () => apply(edit))
        group.append(button)
      }
      item.append(group)
    }
    const hints = finding.suggestions.filter((suggestion) => !finding.edits.some((edit) => edit.text === suggestion))
    if (hints.length > 0) {
      const hint = document.createElement('p')
      hint.className = 'hint'
      hint.textContent = `Zelf in te vullen: ${hints.join(' · ')}`
      item.append(hint)
    }
    return item
  })
  findingList.replaceChildren(...items)
}

const statusSign = { pass: '✔', fail: '✖', manual: '?', pending: '–' }
const statusWords = { pass: 'in orde', fail: 'niet in orde', manual: 'ga zelf na', pending: 'nog niet gecontroleerd' }

/** The checklist: the result's verdicts, or before any check the config's items from api/checklist. */
function renderChecklist() {
  const verdicts = state.result?.checklist ?? state.checklistDocument?.items.map((item) => ({ id: item.id, question: item.question, status: 'pending' })) ?? []
  const items = verdicts.map((verdict) => {
    const item = document.createElement('li')
    item.className = 'item'
    item.dataset.item = verdict.id
    item.dataset.status = verdict.status
    const sign = document.createElement('span')
    sign.className = 'sign'
    sign.setAttribute('aria-hidden', 'true')
    sign.textContent = statusSign[verdict.status] ?? '?'
    const words = document.createElement('span')
    words.className = 'visually-hidden'
    words.textContent = `${statusWords[verdict.status] ?? verdict.status}: `
    const question = document.createElement('span')
    question.className = 'question'
    question.textContent = verdict.question
    item.append(sign, ' ', words, question)
    const failed = (state.result?.findings ?? []).filter((finding) => verdict.status === 'fail' && finding.checklist === verdict.id)
    if (failed.length > 0) {
      const list = document.createElement('ul')
      list.className = 'item-findings'
      for (const finding of failed) {
        const entry = document.createElement('li')
        entry.dataset.rule = finding.ruleId
        entry.textContent = finding.message
        list.append(entry)
      }
      item.append(list)
    }
    return item
  })
  checklist.replaceChildren(...items)
}

/** The length against the channel's limit. X weighs (a link 23, an emoji 2, leading @mentions free): its verdict is tov's max-length finding. */
function renderCounter() {
  const text = draft.value
  const limit = state.settings?.channels.find((channel) => channel.name === channelPicker.value)?.limit ?? null
  const count = limit?.unit === 'utf8-bytes' ? new TextEncoder().encode(text).length : [...text].length
  const found = state.checkedText === text && (state.result?.findings ?? []).some((finding) => finding.ruleId === 'max-length')
  if (!limit) {
    counter.textContent = `${count} tekens · geen lengtegrens voor dit kanaal`
    counter.dataset.over = String(found)
    return
  }
  const unit = limit.unit === 'utf8-bytes' ? 'bytes' : 'tekens'
  const over = found || (limit.unit !== 'x-weighted' && count > limit.max)
  counter.textContent = limit.unit === 'x-weighted' ? `${count} / ${limit.max} tekens (X telt gewogen; tov meldt het als het te lang is)` : `${count} / ${limit.max} ${unit}`
  counter.dataset.over = String(over)
}

function renderSummary() {
  const result = state.result
  let text
  if (!result) text = draft.value.trim() === '' ? 'Nog niets gecontroleerd.' : 'Bezig met controleren…'
  else {
    const { errors, warnings } = result.summary
    const failed = result.checklist.some((item) => item.status === 'fail')
    if (errors + warnings === 0) text = failed ? 'Geen bevindingen.' : 'Geen bevindingen: ga de punten met ? nog zelf na, dan kan je reactie weg.'
    else {
      const parts = []
      if (errors > 0) parts.push(`${errors} ${errors === 1 ? 'fout' : 'fouten'}`)
      if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`)
      text = `${errors + warnings} ${errors + warnings === 1 ? 'bevinding' : 'bevindingen'}: ${parts.join(', ')}.`
    }
  }
  // Only a change is announced.
  if (summary.textContent !== text) summary.textContent = text
  summary.dataset.count = String(result ? result.findings.length : 0)
}

/** The message of each finding at the cursor, under the text (not those about the reply as a whole). */
function renderAtCaret() {
  const caret = draft.selectionStart
  const whole = (finding) => finding.offset === 0 && finding.endOffset >= state.markedText.trimEnd().length
  const here = state.marked.filter((finding) => finding.offset <= caret && caret <= finding.endOffset && !whole(finding))
  const text = here.length === 0 ? '' : `Bij de cursor: ${here.map((finding) => finding.message).join(' · ')}`
  if (atCaret.textContent !== text) atCaret.textContent = text
}

// ---------------------------------------------------------------------------------------------------
// Acting on findings.

/** Applies a suggestion to the text it was made for, then checks again (its input event does). */
function apply(edit) {
  if (draft.value !== state.checkedText) return
  draft.focus()
  draft.setSelectionRange(edit.range[0], edit.range[1])
  // As typing would: Ctrl+Z undoes it. Where the browser no longer offers that, replaced without undo.
  const typed = edit.text === '' ? edit.range[0] === edit.range[1] || document.execCommand('delete') : document.execCommand('insertText', false, edit.text)
  if (!typed || draft.value === state.checkedText) {
    draft.setRangeText(edit.text, edit.range[0], edit.range[1], 'end')
    changed()
  }
}

/** Selects a finding's words in the text. */
function select(finding) {
  if (draft.value !== state.checkedText) return
  draft.focus()
  draft.setSelectionRange(finding.offset, finding.endOffset)
  renderAtCaret()
}

/** The messages of the marks under the mouse, in a tooltip: the textarea lies over the marks. */
const tooltip = document.createElement('div')
tooltip.className = 'tooltip'
tooltip.setAttribute('role', 'tooltip')
tooltip.hidden = true
document.body.append(tooltip)

function showTooltip(event) {
  const messages = new Set()
  for (const mark of highlights.querySelectorAll('mark')) {
    for (const rect of mark.getClientRects()) {
      if (event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top && event.clientY <= rect.bottom) messages.add(mark.title)
    }
  }
  if (messages.size === 0) {
    tooltip.hidden = true
    return
  }
  tooltip.textContent = [...messages].join('\n')
  tooltip.hidden = false
  tooltip.style.left = `${Math.min(event.clientX + 12, window.innerWidth - tooltip.offsetWidth - 8)}px`
  tooltip.style.top = `${event.clientY + 18}px`
}

// ---------------------------------------------------------------------------------------------------
// Start.

draft.addEventListener('input', changed)
draft.addEventListener('scroll', syncScroll)
draft.addEventListener('mousemove', showTooltip)
draft.addEventListener('mouseleave', () => (tooltip.hidden = true))
for (const type of ['keyup', 'click', 'focus']) draft.addEventListener(type, renderAtCaret)
document.addEventListener('selectionchange', () => document.activeElement === draft && renderAtCaret())
threadField.addEventListener('input', changed)
channelPicker.addEventListener('change', changed)
new ResizeObserver(syncScroll).observe(draft)

tokenForm.addEventListener('submit', (event) => {
  event.preventDefault()
  state.token = $('token').value.trim()
  sessionStorage.setItem('tov-token', state.token)
  tokenForm.hidden = true
  clearProblem()
  void start()
})

async function start() {
  try {
    const [settings, checklistDocument] = await Promise.all([api('api/settings'), api('api/checklist')])
    state.settings = settings
    state.checklistDocument = checklistDocument
    const chosen = channelPicker.value || settings.channel
    channelPicker.replaceChildren(
      ...settings.channels.map((channel) => {
        const option = document.createElement('option')
        option.value = channel.name
        option.textContent = channel.limit ? `${channel.label} (${channel.limit.max}${channel.limit.unit === 'utf8-bytes' ? ' bytes' : ''})` : channel.label
        return option
      }),
    )
    channelPicker.value = chosen
    $('version').textContent = settings.version
    document.body.dataset.ready = 'true'
    renderChecklist()
    renderCounter()
    if (draft.value.trim() !== '') scheduleCheck()
  } catch (error) {
    showProblem(error)
  }
}

void start()
