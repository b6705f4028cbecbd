/** The process-facing surface the CLI writes to; injected so tests capture it. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal (colour, progress). */
  isTty: boolean
  cwd: string
}

/**
 * An Io bound to the real process. A reader that stops early (`teipipe validate … | head`) closes
 * the pipe: the rest of that stream's output is dropped without a word (EPIPE is the reader's
 * choice, not an error of the run), and the command still finishes and exits with its own code.
 * Any other write error is raised.
 */
export function processIo(): Io {
  const closed = new Set<NodeJS.WriteStream>()
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
      closed.add(stream)
    })
  }
  const write = (stream: NodeJS.WriteStream, text: string): void => void (closed.has(stream) || stream.write(text))
  return {
    stdout: (text) => write(process.stdout, text),
    stderr: (text) => write(process.stderr, text),
    isTty: Boolean(process.stderr.isTTY),
    cwd: process.cwd()
  }
}

/** An Io that records everything, for tests. */
export function memoryIo(cwd = process.cwd()): Io & {out: string; err: string} {
  const io = {
    out: '',
    err: '',
    isTty: false,
    cwd,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text)
  }
  return io
}
