// The CLI as the launcher starts it (bundled as dist/cli/main.cjs, loaded through the code cache).
import { processIo, run } from './run.js'

export async function start(): Promise<void> {
  process.exitCode = await run(process.argv, processIo())
}
