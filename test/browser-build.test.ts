// The browser build (dist/browser/) in a real browser: Debian's Chromium, headless, driven by playwright-core.
// A page without any server (its files answered by the test from dist/browser) loads tov.js, fetches the
// data, and checks every fixture reply and library entry; the results must equal the Node library's. The
// same again in a module web worker. .ci/run installs chromium; without it the test says so and skips.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { extname, join, relative } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createChecker, readLibrary, type CheckResult, type ChannelName } from '../src/index.js'
import { root } from './run-cli.js'

// What the functions run inside the page use of the browser (this project's types have no DOM library).
declare class Worker {
  constructor(url: string, options: { type: 'module' })
  onmessage: (event: { data: unknown }) => void
  onerror: (event: { message: string }) => void
  postMessage(data: unknown): void
}

const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))
const built = existsSync(join(root, 'dist/browser/tov.js'))
if (!chromiumPath) console.warn('test/browser-build.test.ts: skipped, no chromium (apt-get install chromium; .ci/run does)')

interface Reply {
  name: string
  text: string
  channel?: ChannelName
  template: boolean
}

function filesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? filesIn(path) : [path]
  })
}

/** Every reply of the fixtures: reply files, drafts, and each entry of each canned-response library. */
async function fixtureReplies(): Promise<Reply[]> {
  const replies: Reply[] = []
  const files = ['fixtures/replies', 'fixtures/drafts', 'fixtures/libraries'].flatMap((folder) => filesIn(join(root, folder)))
  for (const file of files.filter((path) => ['.txt', '.md', '.json', '.yaml', '.csv'].includes(extname(path))).sort()) {
    const name = relative(root, file)
    const library = await readLibrary(name, readFileSync(file, 'utf8'))
    for (const entry of library.entries) replies.push({ name: `${name} › ${entry.id}`, text: entry.text, ...(entry.channel ? { channel: entry.channel } : {}), template: library.template })
  }
  return replies
}

const origin = 'http://tov.test'
const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.dawg': 'application/octet-stream', '.html': 'text/html' }

/** A page whose requests to tov.test are answered from dist/browser (and `extra`): no server anywhere. */
async function openPage(browser: Browser, extra: Record<string, string> = {}): Promise<Page> {
  const page = await browser.newPage()
  await page.route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(1) || 'index.html'
    if (extra[path] !== undefined) return route.fulfill({ body: extra[path], contentType: contentTypes[extname(path)] ?? 'text/plain' })
    const file = join(root, 'dist/browser', path)
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' })
    return route.fulfill({ body: readFileSync(file), contentType: contentTypes[extname(path)] ?? 'application/octet-stream' })
  })
  await page.goto(`${origin}/index.html`)
  await page.waitForFunction(() => (globalThis as { tov?: unknown }).tov !== undefined)
  return page
}

// The page imports the build as a page would, and hands it to the test as globalThis.tov.
const pageHtml =
  '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>tov</title>' +
  '<script type="module">import * as tov from "/tov.js"; globalThis.tov = tov</script></head><body></body></html>'

type Tov = typeof import('../src/browser.js')

// Checks every reply in the page's context and hands back the results.
const checkAll = async (replies: Reply[]): Promise<CheckResult[]> => {
  const tov = (globalThis as unknown as { tov: Tov }).tov
  await tov.loadTovData()
  const checker = await tov.createChecker({})
  const results: CheckResult[] = []
  for (const reply of replies) results.push(await checker.check(reply.text, { file: reply.name, template: reply.template, ...(reply.channel ? { channel: reply.channel } : {}) }))
  return results
}

const workerScript = `
import { loadTovData, createChecker } from './tov.js'
self.onmessage = async ({ data: replies }) => {
  await loadTovData()
  const checker = await createChecker({})
  const results = []
  for (const reply of replies) results.push(await checker.check(reply.text, { file: reply.name, template: reply.template, ...(reply.channel ? { channel: reply.channel } : {}) }))
  self.postMessage(results)
}
`

describe.skipIf(!chromiumPath || !built)('the browser build in Chromium', () => {
  let browser: Browser
  let replies: Reply[]
  let expected: CheckResult[]

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath!, args: ['--no-sandbox'] })
    replies = await fixtureReplies()
    const checker = await createChecker({})
    expected = []
    for (const reply of replies) expected.push(await checker.check(reply.text, { file: reply.name, template: reply.template, ...(reply.channel ? { channel: reply.channel } : {}) }))
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('finds in a page what the Node library finds, for every fixture reply', async () => {
    expect(replies.length).toBeGreaterThan(20)
    expect(expected.some((result) => result.findings.length > 0)).toBe(true)
    const page = await openPage(browser, { 'index.html': pageHtml })
    const results = await page.evaluate(checkAll, replies)
    expect(results).toEqual(expected)
    await page.close()
  }, 60_000)

  it('finds the same in a module web worker', async () => {
    const page = await openPage(browser, { 'index.html': pageHtml, 'worker.js': workerScript })
    const results = await page.evaluate(
      (replies) =>
        new Promise<unknown>((resolve, reject) => {
          const worker = new Worker('/worker.js', { type: 'module' })
          worker.onmessage = ({ data }) => resolve(data)
          worker.onerror = (event) => reject(new Error(event.message))
          worker.postMessage(replies)
        }),
      replies,
    )
    expect(results).toEqual(expected)
    await page.close()
  }, 60_000)

  it('says in one line when a check runs before the data is loaded, and fetches the data once', async () => {
    const page = await openPage(browser, { 'index.html': pageHtml })
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    const outcome = await page.evaluate(async () => {
      const tov = (globalThis as unknown as { tov: Tov }).tov
      let before = ''
      try {
        const checker = await tov.createChecker({})
        await checker.check('Hoi Eva, dit is onstaan. ^AB')
      } catch (error) {
        before = `${(error as Error).name}: ${(error as Error).message}`
      }
      await Promise.all([tov.loadTovData(), tov.loadTovData()])
      await tov.loadTovData()
      const result = await tov.check('@eva Hoi Eva, dit is onstaan. ^AB')
      return { before, rules: result.findings.map((finding) => finding.ruleId), version: tov.version() }
    })
    expect(outcome.before).toMatch(/^TovError: .+ ontbreekt \(.+\)\. Roep eerst loadTovData\(\) aan\.$/)
    expect(outcome.rules).toContain('spelling')
    expect(outcome.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
    expect(requests.filter((path) => path === '/nl-nl.dawg')).toHaveLength(1)
    expect(requests.filter((path) => path === '/tov-data.json')).toHaveLength(1)
    await page.close()
  }, 60_000)
})

describe.skipIf(!built)('the browser build as files', () => {
  it('holds no Node built-in and documents its size', () => {
    const bundle = readFileSync(join(root, 'dist/browser/tov.js'), 'utf8')
    expect(bundle).not.toMatch(/["']node:[a-z_/]+["']/)
    expect(bundle).not.toMatch(/\brequire\(["'](fs|path|module|url|os|crypto)["']\)/)
    const sizes = readFileSync(join(root, 'dist/browser/SIZES.txt'), 'utf8')
    expect(sizes).toMatch(/^tov\.js \d+ KiB \(gzip \d+ KiB\)$/m)
  })
})
