// `tov serve`'s page in a real browser (headless Chromium through playwright-core), against startServer on a
// free port in a folder with the brand's .tovrc.json, the way an agent uses it: type a draft key by key,
// see the findings marked in the text and the checklist ticked, apply a suggestion with the mouse and with
// the keyboard, and the time from the last keystroke to the marks of its check. Skipped, saying so, where
// no Chromium is installed. The server runs in this process, from src; nothing is spawned but the browser.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../src/serve/serve-server.js'
import { root } from './run-cli.js'

/** Debian's Chromium, or a `chromium` on the PATH. */
const executable = ['/usr/bin/chromium', ...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean).map((folder) => join(folder, 'chromium'))].find((path) => existsSync(path))
if (!executable) console.warn('test/serve-page.test.ts: overgeslagen: geen Chromium in /usr/bin/chromium of op het PATH (apt-get install chromium).')

const defective = '@eva Hoi Eva, we gaan ernaar kijken. Hoe is dit onstaan?'

// A reply of exactly 280 characters, as an agent writes one for X, with one misspelling in it ("preciese").
const longReply =
  '@eva Wat vervelend dat je pakket nog niet binnen is. Ik heb nagevraagd bij de vervoerder: door de drukte is er een ' +
  'dag vertraging. Je ontvangt het morgen tussen 9.00 en 12.00 uur; vanavond krijg je een mail met de preciese tijd. ' +
  'Sorry voor het wachten, dank je voor je geduld! ^AB'

const made: string[] = []

/** What the functions run in the page touch there (the tests compile without the DOM's types). */
interface TextArea {
  id: string
  tagName: string
  dataset: Record<string, string | undefined>
  selectionStart: number
  focus(): void
  setSelectionRange(start: number, end: number): void
  dispatchEvent(event: Event): boolean
}
interface PageGlobals {
  document: { activeElement: TextArea | null }
  /** The page's record of last input to marks on screen, in ms. */
  tovTimings: number[]
}

describe.skipIf(!executable)('tov serve in a browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>
  let browser: Browser
  let page: Page
  /** What the page said on its console (a CSP violation, an exception): nothing is expected. */
  const complaints: string[] = []

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tov-serve-page-'))
    made.push(folder)
    writeFileSync(join(folder, '.tovrc.json'), JSON.stringify({ channel: 'x' }))
    server = await startServer({ cwd: folder, port: 0 })
    browser = await chromium.launch({ executablePath: executable!, args: ['--no-sandbox'] })
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') complaints.push(message.text())
    })
    page.on('pageerror', (error) => complaints.push(error.message))
    await page.goto(server.url)
    await page.waitForSelector('body[data-ready="true"]')
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    for (const folder of made) rmSync(folder, { recursive: true, force: true })
  })

  /** Waits until the marks and the list show the check of the text as it is now. */
  const settled = () => page.waitForSelector('#findings-section[aria-busy="false"]', { state: 'attached' })

  /** Empties the draft (as the agent would: select all, delete) and waits for the page to settle. */
  async function clearDraft(): Promise<void> {
    await page.locator('#draft').focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Delete')
    await settled()
  }

  const marked = (rule: string) => page.locator(`#highlights mark[data-rule="${rule}"]`)
  const statusOf = (item: string) => page.locator(`#checklist [data-item="${item}"]`).getAttribute('data-status')

  it('starts with the brand\'s channel and the checklist from the config', async () => {
    expect(await page.locator('#channel').inputValue()).toBe('x')
    expect(await page.locator('#channel option').count()).toBe(8)
    expect(await page.locator('#checklist [data-item]').evaluateAll((items) => items.map((item) => item.getAttribute('data-item')))).toEqual([
      'persoonlijk', 'feiten', 'toon', 'vorm', 'privacy', 'deskundige', 'tevreden',
    ])
    expect(await page.locator('html').getAttribute('lang')).toBe('nl')
  })

  it('marks the findings in the text while the agent types, and ticks the checklist', async () => {
    await page.locator('#draft').focus()
    await page.keyboard.type(defective)
    await settled()
    expect(await page.locator('#draft').inputValue()).toBe(defective)
    expect(await marked('spelling').textContent()).toBe('onstaan')
    expect(await marked('no-hollow-promise').textContent()).toBe('we gaan ernaar kijken')
    // The sign-off is missing from the reply as a whole: it is marked over the reply.
    expect(await marked('sign-off').count()).toBeGreaterThan(0)
    expect(await statusOf('vorm')).toBe('fail')
    expect(await statusOf('feiten')).toBe('fail')
    expect(await statusOf('persoonlijk')).toBe('fail')
    expect(await statusOf('toon')).toBe('pass')
    expect(await statusOf('deskundige')).toBe('manual')
    // Under a failed item, its findings.
    expect(await page.locator('#checklist [data-item="vorm"] li[data-rule="spelling"]').textContent()).toContain('Onbekend woord "onstaan"')
    expect(await page.locator('#summary').textContent()).toBe('3 bevindingen: 2 fouten, 1 waarschuwing.')
    expect(await page.locator('#summary').getAttribute('aria-live')).toBe('polite')
    expect(await page.locator('#counter').textContent()).toContain(`${defective.length} / 280`)
    expect(await page.locator('#counter').getAttribute('data-over')).toBe('false')
    // Each mark shows its message: under the mouse, and at the cursor.
    const box = (await marked('spelling').boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    expect(await page.locator('.tooltip').textContent()).toContain('Onbekend woord "onstaan"')
    await page.mouse.move(0, 0)
    await page.locator('#draft').evaluate((element) => {
      const draft = element as unknown as TextArea
      draft.focus()
      draft.setSelectionRange(50, 50)
      draft.dispatchEvent(new Event('click'))
    })
    expect(await page.locator('#at-caret').textContent()).toContain('Onbekend woord "onstaan"')
  })

  it('applies a suggestion with one click and checks again', async () => {
    await page.locator('button[data-suggestion="ontstaan"]').click()
    await settled()
    expect(await page.locator('#draft').inputValue()).toBe(defective.replace('onstaan', 'ontstaan'))
    expect(await marked('spelling').count()).toBe(0)
    expect(await marked('no-hollow-promise').count()).toBe(1)
    expect(await statusOf('vorm')).toBe('pass')
    expect(await page.locator('#summary').textContent()).toBe('2 bevindingen: 1 fout, 1 waarschuwing.')
    // As typing: Ctrl+Z takes it back, and the word is marked again.
    await page.keyboard.press('Control+Z')
    await settled()
    expect(await page.locator('#draft').inputValue()).toBe(defective)
    expect(await marked('spelling').textContent()).toBe('onstaan')
  })

  it('is usable with the keyboard: Tab reaches a suggestion, Enter applies it', async () => {
    await clearDraft()
    await page.keyboard.type('@eva Hoe is dit onstaan? ^AB')
    await settled()
    expect(await marked('spelling').textContent()).toBe('onstaan')
    await page.locator('#draft').focus()
    const visited: string[] = []
    for (let presses = 0; presses < 12; presses++) {
      await page.keyboard.press('Tab')
      const at = await page.evaluate(() => {
        const active = (globalThis as unknown as PageGlobals).document.activeElement!
        return active.dataset['suggestion'] !== undefined ? `suggestion:${active.dataset['suggestion']}` : `${active.tagName.toLowerCase()}#${active.id}`
      })
      visited.push(at)
      if (at.startsWith('suggestion:')) break
    }
    // Past the conversation's summary (its field is folded) and the finding's own words, to its first suggestion.
    expect(visited.at(-1), visited.join(' ')).toBe('suggestion:ontstaan')
    expect(visited, visited.join(' ')).toEqual(['summary#', 'button#', 'suggestion:ontstaan'])
    await page.keyboard.press('Enter')
    await settled()
    expect(await page.locator('#draft').inputValue()).toBe('@eva Hoe is dit ontstaan? ^AB')
    expect(await marked('spelling').count()).toBe(0)
    // Focus went back to the text, after the word put in.
    expect(await page.evaluate(() => {
      const active = (globalThis as unknown as PageGlobals).document.activeElement!
      return [active.id, active.selectionStart]
    })).toEqual(['draft', 24])
  })

  it('marks the findings of a 280-character reply within 100 ms of the last keystroke', async () => {
    expect(longReply).toHaveLength(280)
    await clearDraft()
    await page.keyboard.type(longReply)
    await settled()
    expect(await page.locator('#draft').inputValue()).toBe(longReply)
    expect(await page.locator('#counter').textContent()).toContain('280 / 280')
    expect(await marked('spelling').textContent()).toBe('preciese')
    const timings: number[] = []
    for (let edit = 0; edit < 10; edit++) {
      const before = await page.evaluate(() => (globalThis as unknown as PageGlobals).tovTimings.length)
      // Delete the last character, then type it again: the reply stays as long as X allows.
      await page.keyboard.press(edit % 2 === 0 ? 'Backspace' : 'B')
      await page.waitForFunction((count) => (globalThis as unknown as PageGlobals).tovTimings.length > count, before)
      await settled()
      timings.push(await page.evaluate(() => (globalThis as unknown as PageGlobals).tovTimings.at(-1)!))
    }
    const sorted = [...timings].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]!
    console.log(`tov serve page: last keystroke to marks, 280 characters: ${timings.map((ms) => ms.toFixed(1)).join(', ')} ms; median ${median.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`)
    expect(median).toBeLessThanOrEqual(100)
    // The marks are those of the last check: the misspelling where it was, the sign-off complete again.
    expect(await marked('spelling').textContent()).toBe('preciese')
    expect(await marked('sign-off').count()).toBe(0)
  })

  it('never shows the answer to an older draft over a newer one', async () => {
    await clearDraft()
    // Answers held back in reverse: the first draft's arrives last.
    const held: Array<() => Promise<void>> = []
    await page.route('**/api/check', async (route) => {
      // The page stops waiting for an older answer (it aborts it): continuing that one may fail.
      held.push(() => route.continue().catch(() => undefined))
    })
    await page.locator('#draft').fill('@eva Hoe is dit onstaan? ^AB')
    await expect.poll(() => held.length).toBe(1)
    await page.locator('#draft').fill('@eva Je pakket komt morgen. ^AB')
    await expect.poll(() => held.length).toBe(2)
    await held[1]!()
    await held[0]!()
    await settled()
    await page.unroute('**/api/check')
    await page.waitForTimeout(100)
    expect(await marked('spelling').count()).toBe(0)
    expect(await page.locator('#summary').textContent()).toBe('Geen bevindingen: ga de punten met ? nog zelf na, dan kan je reactie weg.')
  })

  it('the screenshot for the README', async () => {
    await clearDraft()
    await page.locator('#thread-details summary').click()
    await page.locator('#thread').fill('@webcare Mijn pakket zou gisteren komen en is er nog steeds niet. Wat is er aan de hand?')
    await page.locator('#draft').focus()
    await page.keyboard.type('@eva Hoi Eva, sorry voor het ongemak! We gaan ernaar kijken. Zoals al eerder gezegd kon je de bezorgstatus ook op onze website vinden. Hoe is dit onstaan?')
    await settled()
    await page.mouse.move(0, 0)
    expect(await marked('no-condescension').count()).toBeGreaterThan(0)
    mkdirSync(join(root, 'test-artifacts'), { recursive: true })
    const image = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' })
    writeFileSync(join(root, 'test-artifacts', 'tov-serve.png'), image)
    // The README's copy is replaced only when asked: a test run leaves the tracked tree as it was.
    if (process.env['TOV_UPDATE_SCREENSHOTS'] === '1') {
      mkdirSync(join(root, 'docs', 'images'), { recursive: true })
      writeFileSync(join(root, 'docs', 'images', 'tov-serve.png'), image)
    }
    expect(image.length).toBeGreaterThan(10_000)
  })

  it('said nothing on its console: no CSP violation, no exception', () => {
    expect(complaints).toEqual([])
  })
})

describe.skipIf(!executable)('tov serve in a browser, with a token', () => {
  const token = 'c2VjcmV0LXRva2VuLWZvci10ZXN0cw'
  let server: Awaited<ReturnType<typeof startServer>>
  let browser: Browser

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tov-serve-page-'))
    made.push(folder)
    server = await startServer({ cwd: folder, port: 0, env: { TOV_SERVE_TOKEN: token } })
    browser = await chromium.launch({ executablePath: executable!, args: ['--no-sandbox'] })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('asks for the token, and takes it from the address once, removing it there', async () => {
    const asked = await browser.newPage()
    await asked.goto(server.url)
    await asked.waitForSelector('#token-form:not([hidden])')
    expect(await asked.locator('#problem').textContent()).toBe('Deze tov serve vraagt een toegangscode (TOV_SERVE_TOKEN).')
    await asked.locator('#token').fill(token)
    await asked.locator('#token-form button').click()
    await asked.waitForSelector('body[data-ready="true"]')

    const given = await browser.newPage()
    await given.goto(`${server.url}/#token=${token}`)
    await given.waitForSelector('body[data-ready="true"]')
    expect(given.url()).toBe(`${server.url}/`)
    await given.locator('#draft').focus()
    await given.keyboard.type(defective)
    await given.waitForSelector('#highlights mark[data-rule="spelling"]')
  })
})
