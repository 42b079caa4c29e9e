// The productive Dutch diminutives (linkje, momentje, vraagje), derived at install time from OpenTaal's
// Hunspell affix flags by scripts/build-data.mjs. Each form maps to the noun(s) it is the diminutive of;
// "+" marks a plural form. Read once per process: the table is immutable.
import { packageText } from '../package-data.js'

export interface DiminutiveForm {
  /** The nouns it may come from: "balletje" is both "bal" and "ballet". */
  stems: string[]
  plural: boolean
}

let shared: Map<string, string> | undefined

function loadTable(): Map<string, string> {
  if (shared) return shared
  const content = packageText('generated/diminutives.tsv', 'De verkleinwoordenlijst')
  const table = new Map<string, string>()
  for (const line of content.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1))
  }
  shared = table
  return table
}

/** The diminutive a lower-case word is, or undefined when it is none (or a lexicalised one). */
export function diminutiveForm(word: string): DiminutiveForm | undefined {
  const entry = loadTable().get(word)
  if (entry === undefined) return undefined
  const stems = entry.split(',')
  return { stems: stems.map((stem) => stem.replace(/\+$/, '')), plural: stems.every((stem) => stem.endsWith('+')) }
}
