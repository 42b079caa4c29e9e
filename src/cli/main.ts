// Entry point of the `tov` executable.
import { processIo, run } from './run.js'

process.exitCode = await run(process.argv, processIo())
