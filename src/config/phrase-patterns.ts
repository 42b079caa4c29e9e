// A brand's own patterns (config "phrases[].patterns" and "lexicon") are phrase data in the format of the
// built-in rules' rules/*.yml, checked against the same JSON Schema (schema/phrase-data.schema.json) and
// the same cross-checks, so that a pattern in a config means exactly what it means in a built-in rule.
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv'
import { phraseDataProblem, type PhraseFileData } from '../kit/phrase-matcher.js'
import { packageModule, packageText } from '../package-data.js'

let validator: ValidateFunction | undefined

function schemaValidator(): ValidateFunction {
  if (validator) return validator
  // Loaded only for a config that has patterns: most have none, and Ajv is a large module to compile.
  const { Ajv } = packageModule<{ Ajv: typeof AjvClass }>('ajv')
  const schema = JSON.parse(packageText('schema/phrase-data.schema.json', 'Het schema van de patronen')) as object
  // verbose: an error carries the schema it broke, so an unknown key can be answered with the known ones.
  validator = new Ajv({ allErrors: false, verbose: true }).compile(schema)
  return validator
}

/** "/patterns/0/all/1" as "patterns[0].all[1]". */
function shownPath(path: string): string {
  return path
    .split('/')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '')
}

const typeNames: Record<string, string> = {
  string: 'tekst',
  integer: 'een geheel getal',
  number: 'een getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
}

function dutchProblem(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {})
      return `onbekende sleutel "${String(params['additionalProperty'])}".${known.length > 0 ? ` Geldig: ${known.join(', ')}.` : ''}`
    }
    case 'required':
      return `"${String(params['missingProperty'])}" ontbreekt.`
    case 'type':
      return `verwacht ${typeNames[String(params['type'])] ?? String(params['type'])}.`
    case 'minItems':
    case 'minLength':
      return 'mag niet leeg zijn.'
    case 'minimum':
      return `moet minstens ${String(params['limit'])} zijn.`
    case 'pattern':
      return 'gebruik kleine letters, cijfers en streepjes, zoals "te-laat".'
    case 'oneOf':
      return 'verwacht de naam van een woordgroep uit "lexicon" of een lijst woorden.'
    default:
      return `${error.message ?? 'ongeldig'}.`
  }
}

/**
 * What is wrong with phrase data (a rules/*.yml file, or a config phrase's patterns and lexicon), in Dutch
 * and prefixed with where ("patterns[0]: onbekende sleutel ..."); undefined when it is sound.
 */
export function phraseDataProblemText(data: unknown): string | undefined {
  const validate = schemaValidator()
  if (!validate(data)) {
    const errors = validate.errors ?? []
    // A group that is neither a name nor a list fails both branches of a oneOf: say what a group is.
    const error = errors.find((candidate) => candidate.keyword === 'oneOf') ?? errors[0]
    if (!error) return 'ongeldige patronen.'
    const where = shownPath(error.instancePath)
    return `${where === '' ? '' : `${where}: `}${dutchProblem(error)}`
  }
  const problem = phraseDataProblem(data as PhraseFileData)
  if (!problem) return undefined
  const where = problem.pattern.startsWith('lexicon.') ? problem.pattern : `patterns.${problem.pattern}`
  if ('unknownGroup' in problem) return `${where}: woordgroep "${problem.unknownGroup}" staat niet in "lexicon".`
  return `${where}: "${problem.badLemma}" is geen lemma; schrijf "=werkwoord", zoals "=opnemen", of "=opnemen/present" (of past, participle, all).`
}

/** What is wrong with a config phrase's patterns and lexicon (see phraseDataProblemText). */
export function phrasePatternsProblem(data: { patterns?: unknown; lexicon?: unknown }): string | undefined {
  return phraseDataProblemText({ patterns: data.patterns ?? [], ...(data.lexicon !== undefined ? { lexicon: data.lexicon } : {}) })
}
