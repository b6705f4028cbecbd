/** Human report: files sorted, one aligned row per message, a summary line. */
import {compareMessages, type Message} from '../core/message.js'
import {countMessages} from '../core/statistics.js'
import type {ReportedFile, ReportOptions, Reporter} from './types.js'

const LABEL: Record<Message['severity'], string> = {error: 'error', warning: 'warning', info: 'info'}

/** Render messages for people: `path` headers, then `line:col  severity  reason  rule-id` rows. */
export const reportHuman: Reporter = (files, options = {}) => {
  const shown = visibleFiles(files, options)
  const lines: string[] = []
  for (const file of shown) {
    const messages = [...file.messages].sort(compareMessages)
    lines.push(underline(file.path, options))
    // Line numbers right-aligned and columns left-aligned, so the colons line up.
    const lineWidth = Math.max(...messages.map((m) => String(m.place?.start.line ?? '').length))
    const columnWidth = Math.max(...messages.map((m) => String(m.place?.start.column ?? '').length))
    const labelWidth = Math.max(...messages.map((m) => LABEL[m.severity].length))
    for (const m of messages) {
      const start = m.place?.start
      const place = start ? `${String(start.line).padStart(lineWidth)}:${String(start.column).padEnd(columnWidth)}` : ' '.repeat(lineWidth + columnWidth + 1)
      lines.push(`  ${place}  ${paint(LABEL[m.severity].padEnd(labelWidth), m.severity, options)}  ${oneLine(m.reason)}  ${dim(m.ruleId, options)}`.trimEnd())
      if (options.verbose && m.note) lines.push(`      ${dim(oneLine(m.note), options)}`)
      if (options.verbose && m.url) lines.push(`      ${dim(m.url, options)}`)
    }
    lines.push('')
  }
  lines.push(summary(files, options))
  return `${lines.join('\n')}\n`
}

/** Files to show: those with messages (errors only when quiet), sorted by path. */
function visibleFiles(files: readonly ReportedFile[], options: ReportOptions): ReportedFile[] {
  // A message about another file (a source's .edits.json sidecar) is listed under that file's name, so that
  // its line and column are read against the right file.
  const byPath = new Map<string, Message[]>()
  for (const f of files) {
    for (const m of options.quiet ? f.messages.filter((x) => x.severity === 'error') : f.messages) {
      const path = m.file ?? f.path
      byPath.set(path, [...(byPath.get(path) ?? []), m])
    }
  }
  return [...byPath].map(([path, messages]) => ({path, messages})).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The summary line, e.g. `2 files checked: 1 error, 3 warnings` (or what `options.counted` names). */
function summary(files: readonly ReportedFile[], options: ReportOptions): string {
  const stats = countMessages(files)
  const {count, one, many, headline} = options.counted ?? {count: files.length, one: 'file', many: 'files'}
  // A run that stopped before its work (build: a config or customisation problem) says so instead of a count.
  const counted = headline ?? `${count} ${count === 1 ? one : many} checked`
  if (stats.errors === 0 && stats.warnings === 0) return `${counted}: no problems`
  const parts = [`${stats.errors} ${stats.errors === 1 ? 'error' : 'errors'}`]
  if (!options.quiet) parts.push(`${stats.warnings} ${stats.warnings === 1 ? 'warning' : 'warnings'}`)
  return `${counted}: ${parts.join(', ')}`
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
}

function underline(text: string, options: ReportOptions): string {
  return options.color ? `\u001B[4m${text}\u001B[24m` : text
}

function dim(text: string, options: ReportOptions): string {
  return options.color ? `\u001B[2m${text}\u001B[22m` : text
}

function paint(text: string, severity: Message['severity'], options: ReportOptions): string {
  if (!options.color) return text
  const code = severity === 'error' ? 31 : severity === 'warning' ? 33 : 36
  return `\u001B[${code}m${text}\u001B[39m`
}
