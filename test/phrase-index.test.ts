// tov's own phrase rules share one index, and each sentence's occurrences are worked out once for all of
// them. Sharing must not change a single match, and only fixed data may join the index: every group in it
// is looked up in every clause of every later check, so a config's phrases (a daemon sees many configs)
// keep an index of their own.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unified } from 'unified'
import retextDutch from 'retext-dutch'
import { describe, expect, it } from 'vitest'
import { createChecker } from '../src/engine/checker.js'
import { buildSentences } from '../src/kit/reply-model.js'
import { PhraseMatcher, sharedGroupCount, type PhraseFileData } from '../src/kit/phrase-matcher.js'
import { root } from './run-cli.js'

const phraseFiles = readdirSync(join(root, 'generated/phrases')).map((name) => ({
  name,
  data: JSON.parse(readFileSync(join(root, 'generated/phrases', name), 'utf8')) as PhraseFileData,
}))

/** Replies that hit the phrase rules: the drafts and clean replies of the fixtures, and the dev set. */
function replies(): string[] {
  const texts: string[] = []
  for (const folder of ['fixtures/drafts', ...readdirSync(join(root, 'fixtures/replies')).map((channel) => `fixtures/replies/${channel}`)]) {
    for (const name of readdirSync(join(root, folder))) texts.push(readFileSync(join(root, folder, name), 'utf8'))
  }
  const dev = join(root, '../shared/eval/dev.jsonl')
  try {
    for (const line of readFileSync(dev, 'utf8').split('\n').filter(Boolean)) texts.push((JSON.parse(line) as { text: string }).text)
  } catch {
    // without the dev set beside the project, the fixtures alone
  }
  return texts
}

const parser = unified().use(retextDutch)

describe('the shared phrase index', () => {
  it('finds exactly what a matcher with its own index finds, for every phrase file and reply', () => {
    const texts = replies()
    expect(texts.length).toBeGreaterThan(20)
    let matches = 0
    for (const { name, data } of phraseFiles) {
      const own = new PhraseMatcher(data, name)
      const shared = new PhraseMatcher(data, name, { shareIndex: true })
      for (const text of texts) {
        // Fresh sentences for each, so the shared one cannot lean on the other's work.
        const expected = own.find(buildSentences(parser.parse(text)))
        const sentences = buildSentences(parser.parse(text))
        expect(shared.find(sentences), `${name}: ${text}`).toEqual(expected)
        // The second time from the sentence's cache, the same again.
        expect(shared.find(sentences)).toEqual(expected)
        matches += expected.length
      }
    }
    expect(matches).toBeGreaterThan(20)
  })

  it("does not grow with a config's own phrases", async () => {
    await (await createChecker({})).check('@eva We kijken ernaar. ^AB')
    const before = sharedGroupCount()
    expect(before).toBeGreaterThan(0)
    for (const word of ['appeltaart', 'perentaart', 'kersentaart', 'bramentaart', 'pruimentaart']) {
      const checker = await createChecker({ phrases: [{ id: word, match: [word, `verse ${word}`] }] })
      const found = (await checker.check(`@eva Morgen is er ${word} in de winkel. ^AB`)).findings.filter((finding) => finding.ruleId === `custom/${word}`)
      expect(found.map((finding) => finding.actual)).toEqual([word])
    }
    expect(sharedGroupCount()).toBe(before)
  })
})
