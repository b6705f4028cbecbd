/** The one file object that travels through every stage. */
import {createMessage, type Message, type MessageOptions} from './message.js'

/** The outputs a file can carry after the transform stage. */
export type OutputKind = 'html' | 'text'

/** Thrown by {@link TeiFile.fail}; the pipeline turns it into a fatal message, never a stack trace. */
export class FileFailure extends Error {
  override name = 'FileFailure'
  readonly teipipeMessage: Message
  constructor(message: Message) {
    super(message.reason)
    this.teipipeMessage = message
  }
}

/** A document on its way through teipipe: its source, what stages made of it, and their messages. */
export class TeiFile {
  /** Path as the user gave it (relative paths stay relative, so reports are portable). */
  readonly path: string
  /** The input text (a source text for `encode`, TEI XML otherwise). */
  source: string
  /** TEI XML produced by the encoder, or the source itself when it already is TEI. */
  tei?: string
  readonly outputs: Partial<Record<OutputKind, string>> = {}
  readonly messages: Message[] = []
  /** Stage-private data (parsed trees, timings); never serialised. */
  readonly data: Record<string, unknown> = {}

  constructor(path: string, source = '') {
    this.path = path
    this.source = source
  }

  /** Add a message (default severity `warning`, the file path filled in) and return it. */
  message(reason: string, options: MessageOptions): Message {
    const message = createMessage(reason, {file: this.path, severity: 'warning', ...options})
    this.messages.push(message)
    return message
  }

  /** Add an error message. */
  error(reason: string, options: Omit<MessageOptions, 'severity'>): Message {
    return this.message(reason, {...options, severity: 'error'})
  }

  /** Add a fatal error and stop this file's pipeline. */
  fail(reason: string, options: Omit<MessageOptions, 'severity' | 'fatal'>): never {
    const message = this.message(reason, {...options, severity: 'error', fatal: true})
    throw new FileFailure(message)
  }

  /** True once a fatal message was added: later stages skip the file. */
  get fatal(): boolean {
    return this.messages.some((m) => m.fatal)
  }
}
