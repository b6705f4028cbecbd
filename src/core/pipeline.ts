/** Run stages over a file: a throw becomes a fatal message, later stages skip fatal files. */
import {FileFailure, type TeiFile} from './file.js'

/** Context shared by all stages of one run. */
export interface Context {
  cwd: string
}

/** A stage changes the file and adds messages; it never prints. */
export type Stage = (file: TeiFile, context: Context) => void | Promise<void>

/** Run `stages` in order on `file`; never throws. */
export async function runStages(file: TeiFile, stages: readonly Stage[], context: Context): Promise<TeiFile> {
  for (const stage of stages) {
    if (file.fatal) break
    try {
      await stage(file, context)
    } catch (error) {
      if (error instanceof FileFailure) continue // the message is already on the file
      file.message(`teipipe failed while processing this file (${stage.name || 'stage'}): ${errorText(error)}. This is a bug in teipipe; please report it with the file.`, {
        ruleId: 'internal-error',
        source: 'internal',
        severity: 'error',
        fatal: true,
        cause: error
      })
    }
  }
  return file
}

/** A short text for an unknown thrown value. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
