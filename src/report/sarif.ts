/** SARIF 2.1.0 (code-scanning dashboards): one run, the rules that fired, one result per message. */
import {compareMessages, type Message} from '../core/message.js'
import {getRule} from '../core/rules.js'
import {VERSION} from '../version.js'
import type {Reporter} from './types.js'

const LEVEL: Record<Message['severity'], string> = {error: 'error', warning: 'warning', info: 'note'}

/** The SARIF log for a run, as pretty-printed JSON. */
export const reportSarif: Reporter = (files, options = {}) => {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const messages = sorted.flatMap((f) =>
    [...f.messages]
      .filter((m) => !options.quiet || m.severity === 'error')
      .sort(compareMessages)
      .map((m) => ({...m, file: m.file ?? f.path}))
  )
  const ruleIds = [...new Set(messages.map((m) => m.ruleId))].sort()
  const rules = ruleIds.map((id) => {
    const meta = getRule(id)
    return {
      id,
      shortDescription: {text: meta?.description ?? `Schematron rule ${id}.`},
      ...(meta?.url ? {helpUri: meta.url} : {}),
      ...(meta ? {defaultConfiguration: {level: LEVEL[meta.defaultSeverity]}} : {})
    }
  })
  const results = messages.map((m) => ({
    ruleId: m.ruleId,
    ruleIndex: ruleIds.indexOf(m.ruleId),
    level: LEVEL[m.severity],
    message: {text: m.reason},
    locations: [
      {
        physicalLocation: {
          artifactLocation: {uri: encodeURI(m.file.replace(/\\/g, '/'))},
          ...(m.place
            ? {
                region: {
                  startLine: m.place.start.line,
                  startColumn: m.place.start.column,
                  ...(m.place.end ? {endLine: m.place.end.line, endColumn: m.place.end.column} : {})
                }
              }
            : {})
        },
        ...(m.xpath ? {logicalLocations: [{fullyQualifiedName: m.xpath, kind: 'element'}]} : {})
      }
    ]
  }))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{tool: {driver: {name: 'teipipe', version: VERSION, rules}}, results}]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
