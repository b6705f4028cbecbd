/** `teipipe encode` (placeholder until its issue lands). */
import {UsageError, type CommandSpec} from '../command.js'

export const encodeCommand: CommandSpec = {
  name: 'encode',
  summary: 'not implemented yet',
  args: '[files...]',
  options: [],
  action: async () => {
    throw new UsageError('encode is not implemented yet')
  }
}
