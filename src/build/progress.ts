/**
 * The build's progress display: a bar (cli-progress) on a terminal, a plain line per phase otherwise.
 * The CLI shows none with --quiet or a machine-readable --format.
 */
import {createRequire} from 'node:module'
import type {ProgressEvent} from './build.js'

// cli-progress (CommonJS) loads only for a terminal: a build in CI or a pipe, or a no-op, does without it.
const require = createRequire(import.meta.url)

/** A progress display: feed it events, stop it before printing the report. */
export interface Progress {
  update(event: ProgressEvent): void
  stop(): void
}

const LABEL: Record<ProgressEvent['phase'], string> = {check: 'Encoding and validating', render: 'Rendering'}

/** A display on `stream` when it is a terminal, else plain lines through `write` (one when a phase starts and one when it ends). */
export function createProgress(options: {tty: boolean; stream?: NodeJS.WritableStream; write: (text: string) => void}): Progress {
  if (options.tty && options.stream) {
    const cliProgress = require('cli-progress') as typeof import('cli-progress')
    const bar = new cliProgress.SingleBar({stream: options.stream, format: '{phase} [{bar}] {value}/{total} documents', hideCursor: true, clearOnComplete: true}, cliProgress.Presets.shades_classic)
    let phase: ProgressEvent['phase'] | undefined
    return {
      update(event) {
        if (event.phase !== phase) {
          if (phase) bar.stop()
          phase = event.phase
          bar.start(event.total, event.done, {phase: LABEL[event.phase]})
        } else bar.update(event.done)
      },
      stop() {
        if (phase) bar.stop()
        phase = undefined
      }
    }
  }
  const started = new Set<string>()
  return {
    update(event) {
      if (!started.has(event.phase) && event.total > event.done) {
        started.add(event.phase)
        options.write(`${LABEL[event.phase]} ${event.total - event.done} of ${event.total} document${event.total === 1 ? '' : 's'}…\n`)
      }
    },
    stop() {
      started.clear() // the next build (--watch) reports its phases again
    }
  }
}
