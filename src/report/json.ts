/** JSON report with a versioned shape; no stacks or causes. */
import {compareMessages} from '../core/message.js'
import {countMessages} from '../core/statistics.js'
import type {Reporter} from './types.js'

/** Version of the JSON report shape; bump on breaking changes. */
export const JSON_SCHEMA_VERSION = 1

/** `{schemaVersion, files: [{path, errorCount, warningCount, messages}]}` */
export const reportJson: Reporter = (files, options = {}) => {
  const out = {
    schemaVersion: JSON_SCHEMA_VERSION,
    files: [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((file) => {
        const messages = [...file.messages].filter((m) => !options.quiet || m.severity === 'error').sort(compareMessages)
        const stats = countMessages([{messages}])
        return {
          path: file.path,
          errorCount: stats.errors,
          warningCount: stats.warnings,
          messages: messages.map((m) => ({
            ruleId: m.ruleId,
            source: m.source,
            severity: m.severity,
            ...(m.fatal ? {fatal: true} : {}),
            reason: m.reason,
            ...(m.place ? {line: m.place.start.line, column: m.place.start.column} : {}),
            ...(m.place?.end ? {endLine: m.place.end.line, endColumn: m.place.end.column} : {}),
            ...(m.xpath ? {xpath: m.xpath} : {}),
            ...(m.note ? {note: m.note} : {}),
            ...(m.url ? {url: m.url} : {})
          }))
        }
      })
  }
  return `${JSON.stringify(out, null, 2)}\n`
}
