// The public API is what src/index.ts exports: this test makes every change to it deliberate.
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'EditsError', 'FileFailure', 'LineIndex', 'REPORTER_NAMES', 'TeiFile', 'VERSION', 'applyRuleSeverities', 'buildProject',
      'compareMessages', 'configSchema', 'countMessages', 'createMessage', 'documentFacts', 'documentNav', 'editsPathFor',
      'encodeFile', 'exitCode', 'expandInternalEntities', 'failedFacts', 'formatMessage', 'formatPlace', 'getRule', 'listRules',
      'loadConfig', 'loadEdits', 'loadReporter', 'parseXml', 'registerRules', 'renderHtml', 'renderText', 'reportGithub',
      'reportHuman', 'reportJson', 'reportJunit', 'reportSarif', 'resolveConfigPath', 'resolveSchemas', 'run', 'runStages',
      'sitePages', 'validateFiles'
    ])
  })

  it('registers every rule id once, each with a description', () => {
    const rules = api.listRules()
    expect(rules.length).toBeGreaterThan(30)
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(rule.description.length).toBeGreaterThan(10)
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
  })
})
