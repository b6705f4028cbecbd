/** Reporters by name, loaded lazily. */
import type {Reporter} from './types.js'

/** Names accepted by `--format`. */
export const REPORTER_NAMES = ['human', 'json', 'junit', 'github', 'sarif'] as const
export type ReporterName = (typeof REPORTER_NAMES)[number]

/** Load a reporter by name. */
export async function loadReporter(name: ReporterName): Promise<Reporter> {
  switch (name) {
    case 'human':
      return (await import('./human.js')).reportHuman
    case 'json':
      return (await import('./json.js')).reportJson
    case 'junit':
      return (await import('./junit.js')).reportJunit
    case 'github':
      return (await import('./github.js')).reportGithub
    case 'sarif':
      return (await import('./sarif.js')).reportSarif
  }
}
