// Spelling on real Dutch help-centre and webcare prose (fixtures/prose/*.txt, sources in SOURCES.md):
// how many correct words tov's spelling rule flags per 1,000 words, with Hunspell (nl_NL) on the same text,
// and how many of the real typos listed in fixtures/prose/typos.txt each tool still catches.
//
//   node bench/prose-spelling.mjs          (runs src/ through Vite's SSR loader: no build needed)
//   node bench/prose-spelling.mjs --dist   (runs the built dist/ instead; after `npm run build`)
//   node bench/prose-spelling.mjs --json   (machine-readable totals and lists)
//
// The fixture texts are a derived form of the pages (each sentence's words reordered, see SOURCES.md):
// the words, their capitals at sentence starts, punctuation, apostrophes and hyphens are the pages' own.
// Each paragraph (blank-line separated) is checked as one reply, channel email, spelling rule only; only its
// unknown-word findings count, as the checks that read word order (d/t, doubled words) need the pages' own
// order, which the fixtures do not keep.
// Words: whitespace-separated tokens with at least one letter; the same count is the denominator for both
// tools (their tokenisers differ, so flags are counted per 1,000 of these words).
// Real typos in the sources are listed in fixtures/prose/typos.txt and do not count as "correct words flagged"
// (a flag matches a listed typo after quotes and sentence punctuation around it are trimmed); "typos caught"
// is how many listed typos a tool flags at least once.
// Hunspell is run over each file's text as is; its nl_NL tokeniser keeps quotes and periods on tokens
// ("retourformulier.", "'Meer"), so a second Hunspell figure counts only the flags whose trimmed form
// Hunspell still rejects.
// Nothing is downloaded; Hunspell is used only if it is installed (apt-get install -y hunspell hunspell-nl).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(fileURLToPath(import.meta.url), '..', '..')
// PROSE_DIR=... runs another folder of .txt files laid out the same way.
const folder = process.env.PROSE_DIR ?? join(root, 'fixtures/prose')
const asJson = process.argv.includes('--json')
const hunspellDictionary = process.env.HUNSPELL_DICT ?? 'nl_NL'

const useDist = process.argv.includes('--dist')

/** tov's public API: from dist/ with --dist, else straight from src/ through Vite (a dev dependency). */
async function loadTov() {
  if (useDist) {
    if (!existsSync(join(root, 'dist/src/index.js'))) {
      console.error('dist/ is missing: run `npm run build` first, or leave out --dist to run src/.')
      process.exit(2)
    }
    return { api: await import(pathToFileURL(join(root, 'dist/src/index.js')).href), close: async () => {} }
  }
  const { createServer } = await import('vite')
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  return { api: await server.ssrLoadModule('/src/index.ts'), close: () => server.close() }
}

/** typos.txt: one word per line, `#` starts a comment. */
function readTypos() {
  const path = join(folder, 'typos.txt')
  if (!existsSync(path)) return new Set()
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean),
  )
}

function paragraphs(text) {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

function countWords(text) {
  return text.split(/\s+/).filter((token) => /\p{L}/u.test(token)).length
}

function tally(words) {
  const counts = new Map()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'))
}

function hunspellStatus() {
  const probe = spawnSync('hunspell', ['-d', hunspellDictionary, '-l', '-i', 'UTF-8'], { input: 'huis\n', encoding: 'utf8' })
  if (probe.error) return { ok: false, why: 'hunspell is not installed' }
  if (probe.status !== 0 || /can't open|cannot open/i.test(probe.stderr)) {
    return { ok: false, why: `hunspell has no ${hunspellDictionary} dictionary (${probe.stderr.trim()})` }
  }
  return { ok: true }
}

/** The tokens Hunspell flags, one per occurrence. */
function hunspellFlags(text) {
  const result = spawnSync('hunspell', ['-d', hunspellDictionary, '-l', '-i', 'UTF-8'], {
    input: text,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
  if (result.status !== 0) throw new Error(`hunspell failed: ${result.stderr}`)
  return result.stdout.split('\n').filter(Boolean)
}

/** A token without the quotes and sentence punctuation around it ("'Meer", "retourformulier." → "Meer", "retourformulier"). */
const trim = (token) => token.replace(/^['’‘"“”„(\[,.:;!?]+|['’‘"“”)\],.:;!?]+$/gu, '')

/** Of Hunspell's flags, those whose trimmed form Hunspell still rejects (the trimmed forms, one per occurrence). */
function hunspellTrimmed(flags) {
  const trimmed = flags.map(trim).filter((token) => /[\p{L}\p{N}]/u.test(token))
  const rejected = new Set(hunspellFlags([...new Set(trimmed)].join('\n')))
  return trimmed.filter((token) => rejected.has(token))
}

const typos = readTypos()
const hunspell = hunspellStatus()
const tov = await loadTov()
const checker = await tov.api.createChecker({ extends: [], rules: { spelling: 'error' }, channel: 'email' })
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.txt') && name !== 'typos.txt')
  .sort()

const rows = []
for (const name of files) {
  const text = readFileSync(join(folder, name), 'utf8')
  const row = { file: name, paragraphs: 0, words: countWords(text), tov: [], hunspell: null, hunspellTrimmed: null }
  for (const paragraph of paragraphs(text)) {
    row.paragraphs++
    const result = await checker.check(paragraph, { channel: 'email', file: name })
    // Unknown words only: the d/t, doubled-word and split-compound checks read word order, which the
    // reordered fixtures do not keep (they would see "de de" where the shuffle put two articles side by side).
    for (const finding of result.findings) if (finding.ruleId === 'spelling' && finding.message.startsWith('Onbekend woord')) row.tov.push(finding.actual)
  }
  if (hunspell.ok) {
    row.hunspell = hunspellFlags(text)
    row.hunspellTrimmed = hunspellTrimmed(row.hunspell)
  }
  rows.push(row)
}

const perThousand = (count, words) => (words === 0 ? 0 : (count * 1000) / words)
const summarise = (flags, words) => {
  const correct = flags.filter((word) => !typos.has(trim(word)))
  return {
    flagged: flags.length,
    typos: flags.length - correct.length,
    correctFlagged: correct.length,
    typosCaught: [...typos].filter((typo) => flags.some((word) => trim(word) === typo)),
    perThousand: perThousand(correct.length, words),
    list: tally(flags),
  }
}

const totalWords = rows.reduce((sum, row) => sum + row.words, 0)
const allTov = rows.flatMap((row) => row.tov)
const allHunspell = hunspell.ok ? rows.flatMap((row) => row.hunspell) : null
const allHunspellTrimmed = hunspell.ok ? rows.flatMap((row) => row.hunspellTrimmed) : null
const report = {
  files: rows.map((row) => ({
    file: row.file,
    paragraphs: row.paragraphs,
    words: row.words,
    tov: summarise(row.tov, row.words),
    hunspell: row.hunspell ? summarise(row.hunspell, row.words) : null,
    hunspellTrimmed: row.hunspellTrimmed ? summarise(row.hunspellTrimmed, row.words) : null,
  })),
  total: {
    files: rows.length,
    paragraphs: rows.reduce((sum, row) => sum + row.paragraphs, 0),
    words: totalWords,
    typosListed: [...typos],
    tov: summarise(allTov, totalWords),
    hunspell: allHunspell ? summarise(allHunspell, totalWords) : null,
    hunspellTrimmed: allHunspellTrimmed ? summarise(allHunspellTrimmed, totalWords) : null,
  },
  hunspell: hunspell.ok ? { dictionary: hunspellDictionary } : { missing: hunspell.why },
}

if (asJson) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  await tov.close()
  process.exit(0)
}

const fmt = (value) => value.toFixed(2)
const listText = (list) => list.map(([word, count]) => (count > 1 ? `${word} ×${count}` : word)).join(', ') || '-'
const line = (label, s) =>
  `  ${label.padEnd(16)} ${String(s.flagged).padStart(4)} flagged` +
  (s.typos ? ` (${s.typos} listed typo${s.typos > 1 ? 's' : ''})` : '') +
  `, ${s.correctFlagged} correct words flagged = ${fmt(s.perThousand)} per 1,000 words` +
  (typos.size ? `; typos caught ${s.typosCaught.length}/${typos.size}` : '')

for (const file of report.files) {
  console.log(`${file.file}: ${file.words} words, ${file.paragraphs} paragraphs`)
  console.log(line('tov', file.tov))
  console.log(`            ${listText(file.tov.list)}`)
  if (file.hunspell) {
    console.log(line('hunspell', file.hunspell))
    console.log(`            ${listText(file.hunspell.list)}`)
    console.log(line('hunspell trimmed', file.hunspellTrimmed))
  }
}

const { total } = report
console.log('')
console.log(`TOTAL: ${total.files} files, ${total.paragraphs} paragraphs, ${total.words} words; typos.txt lists ${typos.size} source typos`)
console.log(line('tov', total.tov))
if (total.hunspell) {
  console.log(line('hunspell', total.hunspell))
  console.log(line('hunspell trimmed', total.hunspellTrimmed))
} else {
  console.log(`  hunspell: not run: ${hunspell.why}.`)
  console.log('            Install it with: apt-get install -y hunspell hunspell-nl (Debian/Ubuntu), then run this again.')
}
console.log('')
console.log(`tov flags (${total.tov.list.length} distinct):`)
for (const [word, count] of total.tov.list) console.log(`  ${String(count).padStart(3)}  ${word}${typos.has(trim(word)) ? '   (listed typo)' : ''}`)
if (total.hunspell) {
  console.log('')
  console.log(`hunspell flags, trimmed (${total.hunspellTrimmed.list.length} distinct; raw tokens per file above):`)
  for (const [word, count] of total.hunspellTrimmed.list) {
    console.log(`  ${String(count).padStart(3)}  ${word}${typos.has(trim(word)) ? '   (listed typo)' : ''}`)
  }
}
await tov.close()
