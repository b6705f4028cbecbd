/** Counts and exit codes. */
import type {TeiFile} from './file.js'
import type {Message} from './message.js'

/** Counts of messages by severity. */
export interface Statistics {
  errors: number
  warnings: number
  infos: number
  fatal: number
}

/** Count the messages of some files (or loose messages). */
export function countMessages(files: readonly {messages: readonly Message[]}[]): Statistics {
  const stats: Statistics = {errors: 0, warnings: 0, infos: 0, fatal: 0}
  for (const file of files) {
    for (const m of file.messages) {
      if (m.severity === 'error') stats.errors++
      else if (m.severity === 'warning') stats.warnings++
      else stats.infos++
      if (m.fatal) stats.fatal++
    }
  }
  return stats
}

/** Exit code: 0 clean, 1 errors or more warnings than allowed (`maxWarnings` < 0 means no limit). */
export function exitCode(files: readonly TeiFile[], options: {maxWarnings?: number} = {}): 0 | 1 {
  const stats = countMessages(files)
  if (stats.errors > 0) return 1
  const max = options.maxWarnings ?? -1
  return max >= 0 && stats.warnings > max ? 1 : 0
}
