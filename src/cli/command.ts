/** Commands are declared as data; `run.ts` turns them into a commander program. */
import type {Io} from './io.js'

/** One option of a command, in commander's flag syntax (`-o, --out <dir>`). */
export interface OptionSpec {
  flags: string
  description: string
  default?: string | boolean | string[]
  /** Allowed values, checked before the action runs (usage error otherwise). */
  choices?: readonly string[]
}

/** A subcommand: its arguments, options and action. The action returns the exit code. */
export interface CommandSpec {
  name: string
  summary: string
  /** commander argument syntax, e.g. `<files...>` or `[dir]`. */
  args: string
  options: readonly OptionSpec[]
  /** Extra help text printed after the options. */
  help?: string
  action: (args: string[], options: Record<string, unknown>, io: Io) => Promise<0 | 1 | 2>
}

/** A usage or configuration error: exit code 2, message without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}
