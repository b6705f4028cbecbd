/** Config keys that apply to every command: `rules` (severity overrides by rule id). */

/** What a rule may be set to: `off` drops its messages; a severity replaces the rule's default. */
export type RuleSetting = 'off' | 'error' | 'warning' | 'info'

/** The root section's keys. */
export interface RootConfig {
  /** Rule id → setting, e.g. `{"ref-target-exists": "off", "date-in-period": "error"}`. */
  rules?: Record<string, RuleSetting>
}

/** JSON Schema of the root keys (merged into the whole config schema by `schema.ts`). */
export const rootProperties = {
  $schema: {type: 'string'},
  rules: {
    type: 'object',
    description: 'Rule id → "off", "error", "warning" or "info". Fatal problems (a file that is not well-formed) cannot be switched off.',
    propertyNames: {pattern: '^[a-z0-9]+(-[a-z0-9]+)*$'},
    additionalProperties: {type: 'string', enum: ['off', 'error', 'warning', 'info']}
  }
} as const
