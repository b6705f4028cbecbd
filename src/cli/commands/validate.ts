/** `teipipe validate` (placeholder until its issue lands). */
import {UsageError, type CommandSpec} from '../command.js'

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'not implemented yet',
  args: '[files...]',
  options: [],
  action: async () => {
    throw new UsageError('validate is not implemented yet')
  }
}
