/**
 * The line that explains an exit code of 1 caused only by --max-warnings: without it a run whose report says
 * "0 errors" (and, with --quiet, shows no warning at all) fails with no reason given.
 */
import {countMessages} from '../core/statistics.js'
import type {Message} from '../core/message.js'

/**
 * Input: the run's files (their messages, after rule severities were applied) and the --max-warnings limit
 * (undefined: none). Output: one sentence for standard error when there are no errors and more warnings than
 * the limit allows, else undefined. Raises nothing.
 */
export function warningLimitLine(files: readonly {messages: readonly Message[]}[], maxWarnings: number | undefined): string | undefined {
  if (maxWarnings === undefined) return undefined
  const {errors, warnings} = countMessages(files)
  if (errors > 0 || warnings <= maxWarnings) return undefined
  const counted = `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
  return `teipipe: ${counted}, more than --max-warnings ${maxWarnings} allows, so this run fails (exit 1). Correct ${warnings === 1 ? 'it' : 'them'}, or raise the limit.\n`
}
