// A phrase rule of data alone, read from a YAML file outside tov (a brand's own, or a test's): the format
// of rules/<id>.yml with its "rule" section, checked against the same schema and cross-checks.
import { basename } from 'node:path'
import { phraseRule, type PhraseRuleFile } from '../kit/phrase-rule.js'
import type { Rule } from '../kit/define-rule.js'
import { readInputFile } from '../read-input-file.js'
import { TovError } from '../tov-error.js'
import { phraseDataProblemText } from './phrase-patterns.js'

const maxRuleBytes = 1024 * 1024

/** The rule a phrase rule file describes; a TovError (CONFIG_INVALID) naming the file and the place. */
export async function loadPhraseRule(path: string): Promise<Rule> {
  const shown = basename(path)
  const bytes = await readInputFile(path, { name: shown, maxBytes: maxRuleBytes, tooLarge: 'groter dan 1 MiB; dat is geen regel.' })
  const { parseYamlData } = await import('./parse-yaml-data.js')
  let data: unknown
  try {
    data = parseYamlData(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    throw new TovError('CONFIG_INVALID', `${shown}: ${error instanceof TypeError ? 'geen geldige UTF-8-tekst' : (error as Error).message}`)
  }
  const problem = phraseDataProblemText(data)
  if (problem !== undefined) throw new TovError('CONFIG_INVALID', `${shown}: ${problem}`)
  if (!(data as { rule?: unknown }).rule) throw new TovError('CONFIG_INVALID', `${shown}: er ontbreekt een "rule"-deel met id, description, checklist, severity, channels, messages en docs.`)
  return phraseRule(data as PhraseRuleFile, shown)
}
