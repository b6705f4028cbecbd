/** SARIF 2.1.0 (code-scanning dashboards): one run, the rules that fired, one result per message. */
import {compareMessages, type Message, type MessageSource} from '../core/message.js'
import {getRule} from '../core/rules.js'
import {VERSION} from '../version.js'
import type {Reporter} from './types.js'

const LEVEL: Record<Message['severity'], string> = {error: 'error', warning: 'warning', info: 'note'}

/** The repository (package.json `repository`), whose READMEs document every rule id. */
export const REPOSITORY_URL = 'https://github.com/teipipe/teipipe'

/** Where each stage documents its rule ids (a README with one anchor per id). */
const RULE_DOCS: Partial<Record<MessageSource, string>> = {relaxng: 'src/validate/README.md', xml: 'src/validate/README.md', schematron: 'src/validate/README.md', encode: 'src/encode/README.md'}

/** The help page of a rule: its own url, else the anchor in its stage's README, else the project README. */
export function ruleHelpUri(id: string, source: MessageSource | undefined, url?: string): string {
  if (url) return url
  const doc = source ? RULE_DOCS[source] : undefined
  return doc ? `${REPOSITORY_URL}/blob/main/${doc}#${id}` : `${REPOSITORY_URL}#readme`
}

/**
 * A file path as the URI of a SARIF `artifactLocation` (SARIF 2.1.0 §3.4.3: a URI reference, RFC 3986):
 * each segment percent-encoded except the characters a path segment may hold (`:@!$&'()*+,;=`), so `#`, `?`,
 * `%` and spaces cannot turn into a fragment, a query or an escape; a relative path whose first segment
 * has a colon (`MS:Bodl 771.xml`) is written `./MS:Bodl%20771.xml`, since it would read as the scheme `MS:`
 * (RFC 3986 §4.2); an absolute path becomes a `file:` URI.
 */
export function artifactUri(path: string): string {
  const slashed = path.replace(/\\/g, '/')
  const drive = /^[A-Za-z]:\//.test(slashed)
  const segments = slashed.split('/').map((segment, i) => (drive && i === 0 ? segment : encodeURIComponent(segment).replace(/%(3A|40|24|26|2B|2C|3B|3D)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))))
  const joined = segments.join('/')
  if (slashed.startsWith('/')) return `file://${joined}`
  if (drive) return `file:///${joined}`
  return (segments[0] ?? '').includes(':') ? `./${joined}` : joined
}

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
    const first = messages.find((m) => m.ruleId === id)
    const description = meta?.description ?? `Schematron rule ${id}${first?.source === 'schematron' ? ' (from the Schematron schema)' : ''}: ${first?.reason ?? ''}`
    return {
      id,
      shortDescription: {text: (meta?.description ?? `Schematron rule ${id}.`).replace(/^(.{0,200}?[.;:])\s.*$/s, '$1')},
      fullDescription: {text: description},
      // A project's own Schematron rule (not registered) links to its @see, else to how teipipe runs Schematron.
      helpUri: meta ? ruleHelpUri(id, meta.source, meta.url) : (first?.url ?? `${REPOSITORY_URL}/blob/main/src/validate/README.md#schematron-rules`),
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
          artifactLocation: {uri: artifactUri(m.file)},
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
