// Where tov's own data (presets, generated dictionary) lives, whether running from src/ or dist/src/.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | undefined

export function packageRoot(): string {
  if (cached !== undefined) return cached
  let directory = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory)
    if (parent === directory) throw new Error('tov: package.json not found above ' + import.meta.url)
    directory = parent
  }
  cached = directory
  return directory
}
