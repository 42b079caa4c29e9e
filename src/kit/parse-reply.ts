// The parser every reply goes through before the rules: retext-dutch, then the syntax spans (mentions,
// links, placeholders as one node each), then sentence ends parse-latin misses. Long texts are parsed in
// pieces (parse-in-chunks.ts), so no shape of input costs more than linear time.
import type { Root } from 'nlcst'
import retextDutch from 'retext-dutch'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import markSyntax from '../syntax/mark-syntax.js'
import splitSentenceEnds from '../syntax/split-sentence-ends.js'
import { parseInChunks } from './parse-in-chunks.js'

type Parser = Processor<Root, Root, Root, undefined, undefined>

const parser = unified().use(retextDutch).use(markSyntax).use(splitSentenceEnds) as unknown as Parser

/** A reply's tree, with its syntax marked, and the file the marking is recorded in. */
export function parseReply(text: string, file: VFile = new VFile({ value: text })): { tree: Root; file: VFile } {
  const tree = parser.runSync(parseInChunks(text, (piece) => parser.parse(piece)), file)
  return { tree, file }
}
