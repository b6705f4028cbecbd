/** The process-facing surface the CLI writes to; injected so tests capture it. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal (colour, progress). */
  isTty: boolean
  cwd: string
}

/** An Io bound to the real process. */
export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
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
