// Copies the shared check and its stylesheet into the Zendesk and the Freshdesk app: each help desk
// packages an app from its own folder only, so the apps cannot load them from here. The copies are not in
// git (one source, no second copy to drift): run this before serving or packaging an app.
//
//   node examples/helpdesk-shared/sync.mjs           copy (after editing tov-gate.js or tov-sidebar.css)
//   node examples/helpdesk-shared/sync.mjs --check   exit 1 when a copy differs from its source (CI)
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const examples = dirname(here)

/** Each source file in this folder and the paths of its copies, relative to examples/. */
export const copies = [
  { source: 'tov-gate.js', targets: ['zendesk-app/assets/tov-gate.js', 'freshdesk-app/app/scripts/tov-gate.js'] },
  { source: 'tov-sidebar.css', targets: ['zendesk-app/assets/tov-sidebar.css', 'freshdesk-app/app/styles/tov-sidebar.css'] },
]

/** The copies that differ from their source (or are missing), as paths relative to examples/. */
export function staleCopies() {
  const stale = []
  for (const { source, targets } of copies) {
    const text = readFileSync(join(here, source))
    for (const target of targets) {
      let copy
      try {
        copy = readFileSync(join(examples, target))
      } catch {
        copy = undefined
      }
      if (!copy || !copy.equals(text)) stale.push(target)
    }
  }
  return stale
}

function main(args) {
  if (args.includes('--check')) {
    const stale = staleCopies()
    for (const target of stale) console.error(`out of date: examples/${target} (run node examples/helpdesk-shared/sync.mjs)`)
    return stale.length === 0 ? 0 : 1
  }
  for (const line of writeCopies()) console.log(line)
  return 0
}

/** Writes every copy from its source; one line per copy ("source -> copy"). */
export function writeCopies() {
  const written = []
  for (const { source, targets } of copies) {
    const text = readFileSync(join(here, source))
    for (const target of targets) {
      writeFileSync(join(examples, target), text)
      written.push(`${relative(process.cwd(), join(here, source))} -> ${relative(process.cwd(), join(examples, target))}`)
    }
  }
  return written
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2))
