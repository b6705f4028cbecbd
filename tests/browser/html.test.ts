// The memo's HTML edition in a real browser: Debian's chromium through playwright-core (never a
// downloaded browser), axe-core for accessibility, and the marginal marks' highlighting.
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {memoPath, read, render} from '../transform/html/helpers.js'

const require = createRequire(import.meta.url)
const CHROMIUM = '/usr/bin/chromium'
const memo = memoPath()

describe.runIf(memo !== undefined && existsSync(CHROMIUM))('HTML edition in chromium', () => {
  let browser: Browser
  let page: Page
  const dir = mkdtempSync(join(tmpdir(), 'teipipe-browser-'))

  beforeAll(async () => {
    const {html} = render(read(memo ?? ''), {textHref: '134242.txt', teiHref: '134242.xml'})
    const file = join(dir, '134242.html')
    writeFileSync(file, html)
    browser = await chromium.launch({executablePath: CHROMIUM, args: ['--no-sandbox']})
    page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await page.goto(pathToFileURL(file).href)
  })
  afterAll(async () => {
    await browser?.close()
    rmSync(dir, {recursive: true, force: true})
  })

  it('has no axe-core violations', async () => {
    const axe = require('axe-core') as {source: string}
    await page.addScriptTag({content: axe.source})
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as {axe: {run: (c: Document) => Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}}).axe.run(document)
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
    })
    expect(violations).toEqual([])
  })

  it('resolves every internal link', async () => {
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href') ?? '').filter((h) => !document.getElementById(decodeURIComponent(h.slice(1)))))
    expect(missing).toEqual([])
  })

  it('highlights the marked passage when a margin mark is hovered or focused', async () => {
    const marks = await page.$$eval('a.mark', (as) => as.map((a) => a.getAttribute('href') ?? ''))
    expect(marks.length).toBeGreaterThan(0)
    const background = (id: string) => page.$eval(`[id="${id}"]`, (e) => getComputedStyle(e).backgroundColor)
    for (const [i, href] of marks.entries()) {
      const id = href.slice(1)
      await page.mouse.move(0, 0)
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      const before = await background(id)
      const mark = page.locator('a.mark').nth(i)
      await mark.hover()
      const hovered = await background(id)
      await page.mouse.move(0, 0)
      await mark.focus()
      const focused = await background(id)
      expect(hovered, `hover ${href}`).not.toBe(before)
      expect(focused, `focus ${href}`).not.toBe(before)
    }
  })

  it('places each mark in the left gutter, at the height of its passage', async () => {
    const boxes = await page.$$eval('a.mark', (as) => as.map((a) => {
      const target = document.getElementById((a.getAttribute('href') ?? '').slice(1))
      const m = a.getBoundingClientRect()
      const t = target?.getBoundingClientRect()
      return {markRight: m.right, markTop: m.top, targetLeft: t?.left ?? 0, targetTop: t?.top ?? 0, targetBottom: t?.bottom ?? 0}
    }))
    for (const b of boxes) {
      expect(b.markRight).toBeLessThanOrEqual(b.targetLeft + 1)
      expect(b.markTop).toBeGreaterThanOrEqual(b.targetTop - 24)
      expect(b.markTop).toBeLessThanOrEqual(b.targetBottom)
    }
  })
})
