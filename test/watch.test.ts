// tov check --watch: the checklist view at the start and again after every save, until stopped.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tov } from './run-cli.js'

describe('tov check --watch', () => {
  it('re-checks on every save, clearing the screen, in the checklist view', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tov-watch-'))
    writeFileSync(join(cwd, 'concept.txt'), 'Je pakket komt morgen.\n')
    const controller = new AbortController()
    const screens: string[] = []
    let saved = false
    const done = tov(['check', '--watch', 'concept.txt'], {
      cwd,
      signal: controller.signal,
      onStdout: (stdout) => {
        const shown = stdout.split('\u001b[2J\u001b[H').filter(Boolean)
        if (shown.length > screens.length) screens.splice(0, screens.length, ...shown)
        if (screens.length === 1 && !saved) {
          saved = true
          setTimeout(() => writeFileSync(join(cwd, 'concept.txt'), '@eva Je pakket komt morgen. ^AB\n'), 100)
        }
        if (screens.length === 2) controller.abort()
      },
    })
    const result = await Promise.race([done, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no second screen')), 8000))])
    expect(result.code).toBe(0)
    expect(screens[0]).toMatch(/^✖ Spreek je de klant persoonlijk aan/)
    expect(screens[0]).toContain('tov kijkt naar concept.txt')
    expect(screens[1]).toMatch(/^✔ Spreek je de klant persoonlijk aan/)
  }, 10_000)

  it('follows one file only', async () => {
    const { code, stderr } = await tov(['check', '--watch', 'a.txt', 'b.txt'])
    expect(code).toBe(2)
    expect(stderr).toBe('tov: --watch volgt één bestand: tov check --watch concept.txt\n')
  })
})
