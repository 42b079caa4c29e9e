// The README as a developer meets it: install and quick start first, a table of contents that matches its
// sections, the rule reference and the Dutch guide linked, and no link into the README that goes nowhere.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const sections = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]!)

/** GitHub's anchor of a heading. */
const anchorOf = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, '').replace(/ /g, '-')

describe('README', () => {
  it('leads with the quick start, the contents and installing tov in your own project', () => {
    expect(sections.slice(0, 3)).toEqual(['Quick start', 'Contents', 'Install in your own project'])
  })

  it('lists every section in its contents, with anchors that exist', () => {
    const contents = readme.slice(readme.indexOf('## Contents'), readme.indexOf('## Install in your own project'))
    const anchors = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1])
    expect(anchors).toEqual(sections.filter((section) => !['Quick start', 'Contents'].includes(section)).map(anchorOf))
  })

  it('links the rule reference and the Dutch guide, which exist', () => {
    for (const doc of ['docs/rules.md', 'docs/handleiding.md']) {
      expect(readme).toContain(`](${doc})`)
      expect(existsSync(join(root, doc))).toBe(true)
    }
    expect(readFileSync(join(root, 'docs/handleiding.md'), 'utf8')).toMatch(/^# Handleiding/)
  })

  it('says how to call tov without npx for checks in a row', () => {
    expect(readme).toContain('node_modules/.bin/tov')
  })

  it('has no link to a heading of its own that does not exist', () => {
    const headings = new Set([...readme.matchAll(/^#{2,4} (.+)$/gm)].map((match) => anchorOf(match[1]!)))
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!)
    expect(links.filter((link) => !headings.has(link))).toEqual([])
  })
})
