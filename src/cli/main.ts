/** Process entry: run the CLI with the real process and exit with its code. */
import {processIo} from './io.js'
import {run} from './run.js'

process.exitCode = await run(process.argv.slice(2), processIo())
