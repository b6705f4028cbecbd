/** Commands are declared as data; `run.ts` turns them into a commander program. */
import type {Io} from './io.js'
import type {Message} from '../core/message.js'

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

/**
 * The config file cannot be used: a usage error (exit code 2) that also carries its problems as messages
 * (rule `config-invalid`, with file, line and column), so machine formats can report them like any other.
 */
export class ConfigError extends UsageError {
  override name = 'ConfigError'
  constructor(
    message: string,
    readonly messages: readonly Message[]
  ) {
    super(message)
  }
}
