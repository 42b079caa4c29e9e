// `tov init` at a real terminal: the built CLI under a pseudo-terminal (util-linux `script`), answers typed,
// the terminal left open. The process must end by itself once the file is written. Runs dist/: after a
// change to src/cli/init.ts it tests the new code only once `npm run build` has run (as `npm test` does).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from './run-cli.js'

const script = '/usr/bin/script'
const bin = join(root, 'bin', 'tov.js')

describe('tov init under a pseudo-terminal', () => {
  it.skipIf(!existsSync(script) || !existsSync(join(root, 'dist', 'cli', 'main.cjs')))(
    'exits on its own after the last answer while the terminal stays open',
    async () => {
      const cwd = mkdtempSync(join(tmpdir(), 'tov-init-pty-'))
      // -q no banner, -f flush, -e the command's exit code, -c the command; the typescript file is not kept.
      const child = spawn(script, ['-qfec', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} init`, '/dev/null'], {
        cwd,
        env: { ...process.env, TERM: 'dumb' },
        stdio: ['pipe', 'pipe', 'pipe'],
      })
      let output = ''
      let answered = false
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8')
        // Answer once the first question is on the screen, as a person would; never end the input.
        if (!answered && output.includes('Merkwaarden')) {
          answered = true
          child.stdin.write('deskundig\nx\nje\nAB=Anna de Boer\n\n')
        }
      })
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<'still running after 10 s'>((resolve) => (timer = setTimeout(() => resolve('still running after 10 s'), 10_000)))
      const outcome = await Promise.race([exit, timeout])
      clearTimeout(timer)
      if (outcome !== 0) child.kill('SIGKILL')
      child.stdin.destroy()
      expect(outcome).toBe(0)
      expect(output).toContain('Geschreven: .tovrc.')
      expect(readFileSync(join(cwd, '.tovrc'), 'utf8')).toContain('AB: Anna de Boer')
    },
    15_000,
  )
})
