// tov serve under load: the BUILT server (dist/cli/serve-server.cjs, as `tov serve` runs it) on a free port
// in a temporary folder, and `requests` POST /api/check requests with realistic replies (the drafts and the
// replies of fixtures/, each on its own channel) from `clients` clients at once, each sending its next
// request when the last is answered. Every channel is warmed first, as an agent's first keystrokes would;
// the figures are what an agent or a ticket system waits for under that load, once the server is warm.
//
//   node bench/serve-load.mjs [--requests 1000] [--clients 20]
//
// bench/bench.mjs calls serveLoad() for its table.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The replies of fixtures/drafts (for X) and fixtures/replies/<channel>/, each with its channel. */
export function loadReplies(root) {
  const replies = []
  const drafts = join(root, 'fixtures', 'drafts')
  for (const name of readdirSync(drafts).sort()) if (name.endsWith('.txt')) replies.push({ name: `drafts/${name}`, channel: 'x', text: readFileSync(join(drafts, name), 'utf8') })
  const folder = join(root, 'fixtures', 'replies')
  for (const path of readdirSync(folder, { recursive: true }).map(String).sort()) {
    if (!path.endsWith('.txt')) continue
    replies.push({ name: `replies/${path.split(sep).join('/')}`, channel: path.split(sep)[0], text: readFileSync(join(folder, path), 'utf8') })
  }
  return replies
}

const percentile = (sorted, share) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]
const round = (ms) => Math.round(ms * 10) / 10

/**
 * Starts the built server, fires the requests and stops it. Returns the number of requests, those that
 * failed (a status other than 200, or no answer), latency percentiles in ms, and the wall time in seconds.
 */
export async function serveLoad({ root, requests = 1000, clients = 20 }) {
  const bundle = join(root, 'dist', 'cli', 'serve-server.cjs')
  if (!existsSync(bundle)) throw new Error(`serve-load: ${relative(process.cwd(), bundle) || bundle} is missing; run "npm run build" first`)
  const { startServer } = createRequire(import.meta.url)(bundle)
  const replies = loadReplies(root)
  const cwd = mkdtempSync(join(tmpdir(), 'tov-serve-load-'))
  writeFileSync(join(cwd, '.tovrc.json'), JSON.stringify({ channel: 'x' }))
  const server = await startServer({ cwd, port: 0 })
  const endpoint = `${server.url}/api/check`
  const send = async (reply) => {
    const response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: reply.text, channel: reply.channel }) })
    const body = await response.json()
    return response.status === 200 && Array.isArray(body.findings)
  }
  /** `count` requests from `clients` clients at once; their latencies (ms) and how many failed. */
  const fire = async (count) => {
    const latencies = []
    let errors = 0
    let next = 0
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let index = next++; index < count; index = next++) {
          const start = performance.now()
          let ok = false
          try {
            ok = await send(replies[index % replies.length])
          } catch {
            ok = false
          }
          latencies.push(performance.now() - start)
          if (!ok) errors++
        }
      }),
    )
    return { latencies, errors }
  }
  try {
    // Unmeasured first: each reply once (every channel's rules compiled, as after an agent's first minute),
    // then a round from every client (their connections open, the HTTP path compiled).
    for (const reply of replies) if (!(await send(reply))) throw new Error(`serve-load: ${reply.name} was not checked`)
    await fire(clients * 5)
    const started = performance.now()
    const { latencies, errors } = await fire(requests)
    const seconds = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    return {
      requests,
      errors,
      p50: round(percentile(latencies, 0.5)),
      p95: round(percentile(latencies, 0.95)),
      p99: round(percentile(latencies, 0.99)),
      max: round(latencies.at(-1)),
      seconds: Math.round(seconds * 100) / 100,
    }
  } finally {
    await server.close()
    rmSync(cwd, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(name)
    return at >= 0 ? Number(process.argv[at + 1]) : fallback
  }
  const requests = option('--requests', 1000)
  const clients = option('--clients', 20)
  const root = join(fileURLToPath(import.meta.url), '..', '..')
  try {
    const result = await serveLoad({ root, requests, clients })
    const rows = [
      ['requests', String(result.requests)],
      ['clients', String(clients)],
      ['errors', String(result.errors)],
      ['per second', (result.requests / result.seconds).toFixed(0)],
      ['p50', `${result.p50} ms`],
      ['p95', `${result.p95} ms`],
      ['p99', `${result.p99} ms`],
      ['max', `${result.max} ms`],
      ['wall time', `${result.seconds} s`],
    ]
    const width = Math.max(...rows.map(([label]) => label.length))
    console.log(`tov serve: POST /api/check, ${loadReplies(root).length} fixture replies in turn\n`)
    for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value.padStart(9)}`)
    process.exitCode = result.errors > 0 ? 1 : 0
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 2
  }
}
