// A reply's sentences as the checker builds them (retext-dutch, syntax marking, sentence ends), for tests of
// the parts that read sentences: the phrase matcher, the spelling slips, the sentence ends themselves.
import type { Root } from 'nlcst'
import retextDutch from 'retext-dutch'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { buildSentences, type SentenceModel } from '../src/kit/reply-model.js'
import markSyntax from '../src/syntax/mark-syntax.js'
import splitSentenceEnds from '../src/syntax/split-sentence-ends.js'

const processor = unified().use(retextDutch).use(markSyntax).use(splitSentenceEnds)

export function parseSentences(text: string): SentenceModel[] {
  const file = new VFile({ value: text })
  return buildSentences(processor.runSync(processor.parse(file) as Root, file) as Root)
}
