/** A document nested deeper than the site reads: one verdict (not published) in the summary, the report and the index. */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {build, letter, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('deep')
afterAll(cleanup)

const deep = (levels: number): string => letter('Deep', '1956-10-23', `${'<hi>'.repeat(levels)}deep${'</hi>'.repeat(levels)}`)

describe('teipipe build and documents nested too deep for the site', () => {
  for (const levels of [3000, 5000]) {
    it(`${levels} nested <hi> beside a good document: failed in the summary, the report (nesting-too-deep) and the index; no page written`, async () => {
      const dir = writeProject(join(root, `deep${levels}`), {'tei/deep.xml': deep(levels), 'tei/good.xml': letter('Good', '1956-10-24', 'Fine.')})
      const result = await build(dir, '--jobs', '1', '--format', 'json')
      expect(result.code).toBe(1)
      const report = JSON.parse(result.out) as {files: {path: string; messages: {ruleId: string; reason: string}[]}[]}
      const said = report.files.find((f) => f.path === 'tei/deep.xml')?.messages.find((m) => m.reason.startsWith('This document is not published'))
      expect(said?.ruleId).toBe('nesting-too-deep')
      expect(said?.reason).toBe('This document is not published: its elements nest more than 2,000 levels deep, deeper than teipipe reads a document for the site (its title, date and names for the index, registers and search). Flatten the nesting to publish it.')
      expect(existsSync(join(dir, 'dist', 'deep.html'))).toBe(false)
      expect(existsSync(join(dir, 'dist', 'deep.txt'))).toBe(false)
      expect(existsSync(join(dir, 'dist', 'good.html'))).toBe(true)
      const index = readFileSync(join(dir, 'dist', 'index.html'), 'utf8')
      expect(index).toMatch(/id="failed-deep"[\s\S]*?class="reason">This document is not published: its elements nest more than 2,000 levels deep/)
      expect(index).not.toContain('Maximum nested tags')
      expect(index).not.toContain('href="deep.html"')
      // The human summary counts the same.
      const human = await build(dir, '--jobs', '1')
      expect(human.out).toMatch(/published 1, failed 1 \(2 documents\)/)
    }, 120_000)
  }
})
