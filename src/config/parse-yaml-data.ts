// A YAML config as data only: the core schema (no custom tags), few aliases, so no alias bomb and no code.
// A module of its own, imported only when a YAML config is found: most checks find none, and the YAML
// parser is a large module to compile at every start.
import { parseDocument } from 'yaml'

/** The first line of a parser's message, without the code frame. */
function oneLine(message: string): string {
  return (message.split('\n').find((line) => line.trim() !== '') ?? message).trim()
}

/** The data of a YAML text; throws an Error whose message says, in Dutch, where it is not valid YAML. */
export function parseYamlData(content: string): unknown {
  // logLevel 'error': the yaml package would otherwise print warnings through process.emitWarning.
  const document = parseDocument(content, { schema: 'core', uniqueKeys: true, prettyErrors: true, logLevel: 'error' })
  const error = document.errors[0]
  if (error) {
    const where = error.linePos?.[0]
    throw new Error(`ongeldige YAML${where ? ` op regel ${where.line}, kolom ${where.col}` : ''}: ${oneLine(error.message.replace(/ at line \d+, column \d+:?/, ''))}`)
  }
  try {
    return document.toJS({ maxAliasCount: 50 })
  } catch (error) {
    throw new Error(`ongeldige YAML: ${oneLine((error as Error).message)}`)
  }
}
