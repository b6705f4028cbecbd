/**
 * A config file that cannot be used stops a run before any document is read (exit code 2). A person reads
 * why on standard error; a CI job that asked for a machine format (`--format json|junit|github|sarif`, or a
 * SARIF log with `--sarif`) gets the same problems in that format, each with the config file, line, column and
 * rule `config-invalid`, instead of an empty report it cannot parse.
 */
import {resolve} from 'node:path'
import {writeFileAtomic} from '../core/fs.js'
import type {Message} from '../core/message.js'
import {loadReporter, REPORTER_NAMES, type ReporterName} from '../report/index.js'
import type {ConfigError} from './command.js'
import type {Io} from './io.js'

/**
 * Input: the error, the command's parsed options (`format`, `sarif`) and the io. Output: the machine report
 * on standard output when a machine format was asked for, and the SARIF log written when `--sarif` names one.
 * Raises nothing: a SARIF log that cannot be written is said on standard error (the run fails with 2 anyway).
 */
export async function reportConfigError(error: ConfigError, options: Record<string, unknown>, io: Io): Promise<void> {
  const byFile = new Map<string, Message[]>()
  for (const m of error.messages) byFile.set(m.file ?? 'teipipe.config.json', [...(byFile.get(m.file ?? 'teipipe.config.json') ?? []), m])
  const files = [...byFile].map(([path, messages]) => ({path, messages}))
  const counted = {count: 0, one: 'file', many: 'files', headline: 'Nothing was checked'}
  const format = options['format']
  if (typeof format === 'string' && format !== 'human' && (REPORTER_NAMES as readonly string[]).includes(format)) {
    io.stdout((await loadReporter(format as ReporterName))(files, {quiet: false, color: false, counted}))
  }
  if (typeof options['sarif'] === 'string') {
    try {
      writeFileAtomic(resolve(io.cwd, options['sarif']), (await loadReporter('sarif'))(files, {quiet: false, color: false, counted}))
    } catch (cause) {
      io.stderr(`teipipe: the SARIF log ${options['sarif']} cannot be written: ${(cause as Error).message}\n`)
    }
  }
}
