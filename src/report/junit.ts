/**
 * JUnit XML, as CI dashboards read it: a `<testsuite>` per file, a `<testcase>` per message (a
 * passing one for a clean file), a `<failure type="rule-id">` for errors and warnings. Info is left out.
 */
import {compareMessages, formatPlace, type Message} from '../core/message.js'
import type {ReportedFile, Reporter} from './types.js'

/** The JUnit XML document for a run. */
export const reportJunit: Reporter = (files, options = {}) => {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const suites = sorted.map((file) => suite(file, Boolean(options.quiet)))
  const tests = suites.reduce((n, s) => n + s.tests, 0)
  const failures = suites.reduce((n, s) => n + s.failures, 0)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="teipipe" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    ''
  ].join('\n')
}

function suite(file: ReportedFile, quiet: boolean): {xml: string; tests: number; failures: number} {
  const messages = [...file.messages].filter((m) => (quiet ? m.severity === 'error' : m.severity !== 'info')).sort(compareMessages)
  const name = escapeXml(file.path)
  const cases = messages.length === 0 ? [`    <testcase classname="${name}" name="${name}"/>`] : messages.map((m) => testcase(file.path, m))
  const head = `  <testsuite name="${name}" tests="${cases.length}" failures="${messages.length}" errors="0">`
  return {xml: [head, ...cases, '  </testsuite>'].join('\n'), tests: cases.length, failures: messages.length}
}

function testcase(path: string, m: Message): string {
  const start = m.place?.start
  const name = escapeXml(`${start ? `${start.line}:${start.column} ` : ''}${m.ruleId}`)
  const body = escapeXml(`${formatPlace({...m, file: m.file ?? path})}: ${m.severity} ${m.reason} [${m.ruleId}]`)
  return [
    `    <testcase classname="${escapeXml(path)}" name="${name}">`,
    `      <failure type="${escapeXml(m.ruleId)}" message="${escapeXml(m.reason)}">${body}</failure>`,
    '    </testcase>'
  ].join('\n')
}

/** Escape text for XML content and attribute values (control characters XML forbids are dropped). */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}
