/** Registry of rule ids: each module registers the rules it can emit, with a description. */
import type {MessageSource, Severity} from './message.js'

/** What we know about a rule id. */
export interface RuleMeta {
  id: string
  source: MessageSource
  defaultSeverity: Severity
  /** One sentence: what the rule checks. */
  description: string
  /** Where a user reads more (a README in the repository). */
  url?: string
}

const registry = new Map<string, RuleMeta>()

/** Register rules; a second registration of the same id with another source is a programming error. */
export function registerRules(rules: readonly RuleMeta[]): void {
  for (const rule of rules) {
    const existing = registry.get(rule.id)
    if (existing && existing.source !== rule.source) {
      throw new Error(`rule id ${rule.id} registered twice (${existing.source}, ${rule.source})`)
    }
    registry.set(rule.id, rule)
  }
}

/** Look up a rule. */
export function getRule(id: string): RuleMeta | undefined {
  return registry.get(id)
}

/** All registered rules, sorted by id. */
export function listRules(): RuleMeta[] {
  return [...registry.values()].sort((a, b) => (a.id < b.id ? -1 : 1))
}

registerRules([
  {id: 'internal-error', source: 'internal', defaultSeverity: 'error', description: 'teipipe itself failed on this file; please report it.'},
  {id: 'file-not-found', source: 'cli', defaultSeverity: 'error', description: 'A file or directory named on the command line does not exist (validate: or a folder or pattern names no TEI file); the other files are still done.'},
  {id: 'file-unreadable', source: 'cli', defaultSeverity: 'error', description: 'A file could not be read.'},
  {id: 'no-input', source: 'cli', defaultSeverity: 'error', description: 'A directory or pattern matched no files.'},
  {id: 'output-exists', source: 'cli', defaultSeverity: 'error', description: 'An output file exists and --force was not given.'},
  {id: 'bad-option', source: 'cli', defaultSeverity: 'error', description: 'A command-line option is missing or has a wrong value.'}
])
