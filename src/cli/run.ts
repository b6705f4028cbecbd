/**
 * The CLI: `(argv, io) → exit code`. Only this layer touches the process (through `io`). Only the command
 * being run is loaded (see commands/index.ts); the others are listed by name and summary.
 */
import {Command, CommanderError, Option} from 'commander'
import {commands} from './commands/index.js'
import {ConfigError, UsageError, type CommandSpec} from './command.js'
import {reportConfigError} from './config-report.js'
import type {Io} from './io.js'
import {errorText} from '../core/pipeline.js'
import {VERSION} from '../version.js'

/** Run the CLI with `argv` (without `node` and the script path); resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<0 | 1 | 2> {
  let code: 0 | 1 | 2 = 0
  const program = new Command('teipipe')
    .description('Encode archival documents as TEI P5, validate them without Java, and publish HTML and text editions.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr})
    .showHelpAfterError('(run teipipe --help for usage)')
  const wanted = commandName(argv)
  for (const entry of commands) {
    if (entry.name === wanted) program.addCommand(toCommand(await entry.load(), io, (c) => (code = c)))
    else program.addCommand(new Command(entry.name).description(entry.summary))
  }
  if (argv.length === 0) {
    io.stdout(program.helpInformation())
    return 2
  }
  try {
    await program.parseAsync([...argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are not errors.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      return 2
    }
    if (error instanceof UsageError) {
      io.stderr(`teipipe: ${error.message}\n`)
      return 2
    }
    io.stderr(`teipipe: internal error: ${errorText(error)}\nThis is a bug in teipipe; please report it.\n`)
    return 2
  }
  return code
}

/** The command `argv` runs (or asks help for: `help <command>`): its first word that is not an option. */
function commandName(argv: readonly string[]): string | undefined {
  const words = argv.filter((a) => !a.startsWith('-'))
  return words[0] === 'help' ? words[1] : words[0]
}

/** Build a commander command from a spec. */
function toCommand(spec: CommandSpec, io: Io, setCode: (code: 0 | 1 | 2) => void): Command {
  const command = new Command(spec.name).description(spec.summary).exitOverride().configureOutput({writeOut: io.stdout, writeErr: io.stderr})
  if (spec.args) command.arguments(spec.args)
  for (const o of spec.options) {
    const option = new Option(o.flags, o.description)
    if (o.default !== undefined) option.default(o.default)
    if (o.choices) option.choices(o.choices)
    command.addOption(option)
  }
  if (spec.help) command.addHelpText('after', `\n${spec.help}`)
  command.action(async (...parameters: unknown[]) => {
    // commander passes the declared arguments, then the options object, then the command.
    const options = command.opts()
    const args = parameters.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a.map(String) : a === undefined ? [] : [String(a)]))
    try {
      setCode(await spec.action(args, options, io))
    } catch (error) {
      if (error instanceof ConfigError) await reportConfigError(error, options, io)
      throw error
    }
  })
  return command
}
