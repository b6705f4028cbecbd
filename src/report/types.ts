/** The reporter contract: a pure function from results to text. */
import type {Message} from '../core/message.js'

/** What a reporter sees of a file: its path and messages. */
export interface ReportedFile {
  path: string
  messages: readonly Message[]
}

/** Options every reporter accepts. */
export interface ReportOptions {
  /** Show only errors. */
  quiet?: boolean
  /** Colour the human report (only when writing to a terminal). */
  color?: boolean
  /** Show notes and urls. */
  verbose?: boolean
}

/** A reporter: files → text. Never throws, never prints. */
export type Reporter = (files: readonly ReportedFile[], options?: ReportOptions) => string
