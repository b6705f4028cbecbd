/** `teipipe render` (placeholder until its issue lands). */
import {UsageError, type CommandSpec} from '../command.js'

export const renderCommand: CommandSpec = {
  name: 'render',
  summary: 'not implemented yet',
  args: '[files...]',
  options: [],
  action: async () => {
    throw new UsageError('render is not implemented yet')
  }
}
