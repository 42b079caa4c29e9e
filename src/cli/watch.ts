// `tov check --watch <file>`: the agent keeps the draft open in an editor; on every save tov clears the
// terminal and shows the checklist view again. Editors save by writing or by renaming a new file into
// place, so the folder is watched and the draft's name filtered; quick successive events count once.
import { watch } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { isTovError } from '../index.js'
import type { CliIo } from './run.js'

const clearScreen = '\u001b[2J\u001b[H'

/** Renders once, then on every change of `file`, until `io.signal` aborts (or the process ends). */
export async function watchFile(file: string, io: CliIo, render: () => Promise<string>): Promise<void> {
  const path = resolve(io.cwd, file)
  let running = Promise.resolve()
  const show = () => {
    running = running.then(async () => {
      let output: string
      try {
        output = await render()
      } catch (error) {
        // A half-saved or emptied draft is a moment in editing, not the end of the watch.
        if (!isTovError(error)) throw error
        output = `tov: ${error.message}\n`
      }
      io.stdout(`${clearScreen}${output}\n${'—'.repeat(3)} tov kijkt naar ${file}; Ctrl+C stopt.\n`)
    })
    return running
  }
  await show()
  let timer: NodeJS.Timeout | undefined
  const watcher = watch(dirname(path), { signal: io.signal }, (_event, name) => {
    if (name !== basename(path)) return
    clearTimeout(timer)
    timer = setTimeout(() => void show(), 50)
  })
  await new Promise<void>((done) => {
    watcher.on('close', done)
    watcher.on('error', (error) => (error.name === 'AbortError' ? done() : io.stderr(`tov: ${error.message}\n`)))
    io.signal?.addEventListener('abort', () => done())
  })
  clearTimeout(timer)
  await running
}
