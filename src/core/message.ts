/** One message type for every stage: encode, parse, validate, transform and the CLI. */

/** How bad a message is. `error` makes a file invalid; `warning` only with `--max-warnings`. */
export type Severity = 'error' | 'warning' | 'info'

/** A place in a file: 1-based line and column; `offset` is 0-based in UTF-16 code units. */
export interface Point {
  line: number
  column: number
  offset?: number
}

/** A span in a file; `end` when the producer knows it. */
export interface Position {
  start: Point
  end?: Point
}

/** Which part of teipipe produced a message. */
export type MessageSource =
  | 'xml'
  | 'relaxng'
  | 'schematron'
  | 'tei'
  | 'xslt'
  | 'encode'
  | 'cli'
  | 'internal'

/** A diagnostic about one file (or about the run, when `file` is absent). */
export interface Message {
  /** A sentence a historian can act on. */
  reason: string
  /** Stable kebab-case id, unique across the project (see `core/rules.ts`). */
  ruleId: string
  source: MessageSource
  severity: Severity
  /** Set when later stages cannot run for this file. */
  fatal?: true
  file?: string
  place?: Position
  /** XPath of the node the message is about, when the engine gave one. */
  xpath?: string
  actual?: string
  expected?: string[]
  /** Extra detail: the engine's raw message, the rule's hint. */
  note?: string
  url?: string
  cause?: unknown
}

/** Options accepted when creating a message; everything but `reason` and `ruleId`. */
export type MessageOptions = Omit<Message, 'reason' | 'ruleId' | 'source' | 'severity'> & {
  ruleId: string
  source: MessageSource
  severity?: Severity
}

/** Create a message; severity defaults to `error`. */
export function createMessage(reason: string, options: MessageOptions): Message {
  const message: Message = {...options, reason, severity: options.severity ?? 'error'}
  if (message.fatal === undefined) delete message.fatal
  return message
}

/** `path:line:col` (or `path`) of a message, as editors and CI systems expect. */
export function formatPlace(message: Message): string {
  const start = message.place?.start
  const file = message.file ?? '<run>'
  return start ? `${file}:${start.line}:${start.column}` : file
}

/** One line: `path:line:col: severity reason [rule-id]`. */
export function formatMessage(message: Message): string {
  return `${formatPlace(message)}: ${message.severity} ${message.reason} [${message.ruleId}]`
}

/** Sort messages by position (messages without a place first), then by rule id. */
export function compareMessages(a: Message, b: Message): number {
  const la = a.place?.start.line ?? 0
  const lb = b.place?.start.line ?? 0
  if (la !== lb) return la - lb
  const ca = a.place?.start.column ?? 0
  const cb = b.place?.start.column ?? 0
  if (ca !== cb) return ca - cb
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0
}
