/** GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::reason` annotation per message. */
import {compareMessages, type Message} from '../core/message.js'
import type {Reporter} from './types.js'

const COMMAND: Record<Message['severity'], string> = {error: 'error', warning: 'warning', info: 'notice'}

/** Annotations GitHub shows on the pull request's changed lines. */
export const reportGithub: Reporter = (files, options = {}) => {
  const lines: string[] = []
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const file of sorted) {
    const messages = [...file.messages].filter((m) => !options.quiet || m.severity === 'error').sort(compareMessages)
    for (const m of messages) {
      const properties = [`file=${escapeProperty(m.file ?? file.path)}`]
      const start = m.place?.start
      const end = m.place?.end
      if (start) properties.push(`line=${start.line}`, `col=${start.column}`)
      if (start && end) properties.push(`endLine=${end.line}`, `endColumn=${end.column}`)
      properties.push(`title=${escapeProperty(m.ruleId)}`)
      lines.push(`::${COMMAND[m.severity]} ${properties.join(',')}::${escapeData(m.reason)}`)
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

/** Message text: `%`, CR and LF would end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Property values also may not contain `:` or `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
