/** Applying the config's `rules` to messages: switch a rule off, or give it another severity. */
import {closest} from 'fastest-levenshtein'
import type {TeiFile} from '../core/file.js'
import {createMessage, type Message} from '../core/message.js'
import {listRules} from '../core/rules.js'
import type {LoadedConfig} from './load.js'

/**
 * Apply `config.rules` to every file's messages, in place: a rule set to `off` loses its messages, any
 * other setting replaces their severity. Fatal messages are never changed (a file that cannot be read
 * cannot be validated, whatever the config says). Returns the number of messages dropped.
 */
export function applyRuleSeverities(files: readonly TeiFile[], loaded: Pick<LoadedConfig, 'config'>): number {
  const rules = loaded.config.rules
  if (rules === undefined || Object.keys(rules).length === 0) return 0
  let dropped = 0
  for (const file of files) {
    const kept: Message[] = []
    for (const message of file.messages) {
      const setting = message.fatal ? undefined : rules[message.ruleId]
      if (setting === 'off') {
        dropped++
        continue
      }
      if (setting !== undefined) message.severity = setting
      kept.push(message)
    }
    file.messages.splice(0, file.messages.length, ...kept)
  }
  return dropped
}

/**
 * Warnings for rule ids in `config.rules` that no loaded module registered (a typo would otherwise
 * switch nothing off, silently), each with the closest known id. Call it after every stage whose rules
 * matter has been imported (the registry fills as modules load). `schematronIds` are the ids of the
 * Schematron checks in use (teipipe.sch's, the config's `validate.schematron`), which no module registers;
 * a file's own Schematron named only by its <?xml-model?> cannot be known here, so the warning says so.
 */
export function unknownRuleMessages(loaded: Pick<LoadedConfig, 'config' | 'path'>, schematronIds: readonly string[] = []): Message[] {
  const known = [...listRules().map((r) => r.id), ...schematronIds]
  if (known.length === 0) return []
  return Object.keys(loaded.config.rules ?? {})
    .filter((id) => !known.includes(id))
    .map((id) =>
      createMessage(`The config names a rule "${id}" that teipipe does not know (did you mean "${closest(id, known)}"?); unless a Schematron file of your own gives a check that id, it has no effect.`, {
        ruleId: 'config-unknown-rule',
        source: 'cli',
        severity: 'warning',
        ...(loaded.path === undefined ? {} : {file: loaded.path})
      })
    )
}
