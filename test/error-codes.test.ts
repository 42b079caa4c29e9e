// Every code a TovError can carry is documented in the README's table, and the table names no other.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

it('the README documents every TovError code', () => {
  const source = readFileSync(join(root, 'src/tov-error.ts'), 'utf8')
  const union = source.slice(source.indexOf('export type TovErrorCode'), source.indexOf('export class TovError'))
  const codes = [...union.matchAll(/'([A-Z_0-9]+)'/g)].map((match) => match[1]).sort()
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const table = readme.slice(readme.indexOf('| code | raised when |'))
  const rows = table.slice(0, table.indexOf('\n\n'))
  const documented = [...rows.matchAll(/`([A-Z_0-9]+)`/g)].map((match) => match[1]).sort()
  expect(codes.length).toBeGreaterThan(15)
  expect(documented).toEqual(codes)
})
