/** `teipipe build` (placeholder until its issue lands). */
import {UsageError, type CommandSpec} from '../command.js'

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'not implemented yet',
  args: '[files...]',
  options: [],
  action: async () => {
    throw new UsageError('build is not implemented yet')
  }
}
