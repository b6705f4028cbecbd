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
  /**
   * What the summary line counts, when it is not the files reported: e.g. `{count: 22, one: 'document', many:
   * 'documents'}` for a build, whose report lists each document's source and TEI file (`22 documents checked`).
   */
  counted?: {count: number; one: string; many: string; headline?: string}
}

/** A reporter: files → text. Never throws, never prints. */
export type Reporter = (files: readonly ReportedFile[], options?: ReportOptions) => string
