// The memo's HTML edition in a real browser: Debian's chromium through playwright-core (never a
// downloaded browser), axe-core for accessibility, and the marginal marks' highlighting.
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readdirSync} from 'node:fs'
import {packagePath} from '../../src/core/paths.js'
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
    page = await browser.newPage({viewport: {width: 1280, height: 900}, bypassCSP: true})
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

  /** Geometry of every mark against its passage (first line top to last line bottom). */
  const geometry = () => page.$$eval('a.mark', (as) => as.map((a) => {
    const target = document.getElementById((a.getAttribute('href') ?? '').slice(1))
    const rects = target ? [...target.getClientRects()] : []
    const block = target?.closest('p, div, li, section, blockquote') ?? target
    const m = a.getBoundingClientRect()
    return {
      href: a.getAttribute('href') ?? '', line: a.classList.contains('mark-line'), focusable: a.tabIndex >= 0,
      markLeft: m.left, markRight: m.right, markTop: m.top, markBottom: m.bottom,
      blockLeft: block?.getBoundingClientRect().left ?? 0,
      top: rects[0]?.top ?? 0, bottom: rects.at(-1)?.bottom ?? 0,
      lineHeight: Number.parseFloat(getComputedStyle(target ?? document.body).lineHeight) || 24
    }
  }))

  function expectMarksAlongPassages(boxes: Awaited<ReturnType<typeof geometry>>): void {
    expect(boxes.some((b) => b.line)).toBe(true)
    expect(boxes.some((b) => !b.line)).toBe(true)
    for (const b of boxes) {
      expect(b.focusable, b.href).toBe(true)
      expect(b.markRight, `${b.href} in the gutter`).toBeLessThanOrEqual(b.blockLeft + 1)
      expect(b.markLeft, `${b.href} on the page`).toBeGreaterThanOrEqual(0)
      if (b.line) {
        // A line runs along the whole passage: from its first line to its last.
        expect(Math.abs(b.markTop - b.top), `${b.href} top`).toBeLessThanOrEqual(10)
        expect(Math.abs(b.markBottom - b.bottom), `${b.href} bottom`).toBeLessThanOrEqual(10)
      } else {
        // A sign stands beside the passage's first line.
        expect(b.markTop, `${b.href} top`).toBeGreaterThanOrEqual(b.top - 10)
        expect(b.markTop, `${b.href} top`).toBeLessThanOrEqual(b.top + b.lineHeight)
        expect(b.markBottom - b.markTop).toBeLessThan(2 * b.lineHeight)
      }
    }
  }

  it('draws each line mark along the full height of its passage, each sign beside its first line', async () => {
    const boxes = await geometry()
    // Multi-line passages exist, so a one-line mark would fail here.
    expect(boxes.some((b) => b.line && b.bottom - b.top > 3 * b.lineHeight)).toBe(true)
    expectMarksAlongPassages(boxes)
  })

  it('keeps the marks along their passages on a narrow screen and in print', async () => {
    await page.setViewportSize({width: 560, height: 900})
    expectMarksAlongPassages(await geometry())
    await page.setViewportSize({width: 1280, height: 900})
    await page.emulateMedia({media: 'print'})
    expectMarksAlongPassages(await geometry())
    await page.emulateMedia({media: 'screen'})
  })
})

/** axe-core's violations on a page, as "rule: targets". */
async function axeViolations(page: Page): Promise<string[]> {
  const axe = require('axe-core') as {source: string}
  await page.addScriptTag({content: axe.source})
  return page.evaluate(async () => {
    const result = await (window as unknown as {axe: {run: (c: Document) => Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}}).axe.run(document)
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
  })
}

const casesDir = packagePath('tests', 'fixtures', 'transform', 'cases')

describe.runIf(existsSync(CHROMIUM))('document pages of the handed cases in chromium', () => {
  let browser: Browser
  const dir = mkdtempSync(join(tmpdir(), 'teipipe-cases-'))
  beforeAll(async () => {
    browser = await chromium.launch({executablePath: CHROMIUM, args: ['--no-sandbox']})
  })
  afterAll(async () => {
    await browser?.close()
    rmSync(dir, {recursive: true, force: true})
  })

  it('has no axe-core violations on any case page (notes, margin notes, apparatus, lists)', async () => {
    const names = readdirSync(casesDir).filter((d) => existsSync(join(casesDir, d, 'input.xml')))
    expect(names.length).toBeGreaterThanOrEqual(5)
    for (const name of names) {
      const {html} = render(read(join(casesDir, name, 'input.xml')), {teiHref: `${name}.xml`})
      const file = join(dir, `${name}.html`)
      writeFileSync(file, html)
      const page = await browser.newPage({viewport: {width: 1280, height: 900}, bypassCSP: true})
      await page.goto(pathToFileURL(file).href)
      expect(await axeViolations(page), name).toEqual([])
      await page.close()
    }
    // A page per case folder (20 and growing), each a few seconds of axe under load on 2 cores.
  }, 300_000)

  it('shows a marginal note in the margin beside its paragraph on a wide screen', async () => {
    const {html} = render(read(join(casesDir, 'margin-note', 'input.xml')))
    const file = join(dir, 'margin.html')
    writeFileSync(file, html)
    const page = await browser.newPage({viewport: {width: 1280, height: 900}, bypassCSP: true})
    await page.goto(pathToFileURL(file).href)
    const boxes = await page.$$eval('.note-margin', (notes) => notes.map((n) => {
      const p = n.closest('p')?.getBoundingClientRect()
      const r = n.getBoundingClientRect()
      return {left: r.left, right: r.right, top: r.top, pRight: p?.right ?? 0, pTop: p?.top ?? 0, pBottom: p?.bottom ?? 0}
    }))
    expect(boxes).toHaveLength(2)
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(b.pRight)
      expect(b.top).toBeGreaterThanOrEqual(b.pTop - 2)
      expect(b.top).toBeLessThan(b.pBottom)
    }
    await page.close()
  })

  it('shows the corpus navigation as a bar: no bullets, one row, visible focus, hidden in print', async () => {
    const {html} = render(read(join(casesDir, 'margin-note', 'input.xml')), {
      params: {'index-href': 'index.html', 'prev-href': 'a.html', 'prev-title': 'The previous document', 'next-href': 'c.html', 'next-title': 'The next document'}
    })
    const file = join(dir, 'nav.html')
    writeFileSync(file, html)
    const page = await browser.newPage({viewport: {width: 1280, height: 900}, bypassCSP: true})
    await page.goto(pathToFileURL(file).href)
    const nav = () => page.$$eval('.site-nav li', (items) => items.map((li) => ({
      bullet: getComputedStyle(li).listStyleType, display: getComputedStyle(li.parentElement as Element).display,
      top: li.getBoundingClientRect().top, left: li.getBoundingClientRect().left, right: li.getBoundingClientRect().right,
      barLeft: (li.parentElement as Element).getBoundingClientRect().left, barRight: (li.parentElement as Element).getBoundingClientRect().right
    })))
    const wide = await nav()
    expect(wide).toHaveLength(3)
    expect(wide.map((i) => i.bullet)).toEqual(['none', 'none', 'none'])
    expect(wide[0]?.display).toBe('flex')
    // One row, in reading order, the index on the left and the neighbours pushed to the right.
    expect(new Set(wide.map((i) => Math.round(i.top))).size).toBe(1)
    expect(Math.abs((wide[0]?.left ?? 0) - (wide[0]?.barLeft ?? 1))).toBeLessThan(1)
    expect(Math.abs((wide[2]?.right ?? 0) - (wide[2]?.barRight ?? 1))).toBeLessThan(1)
    expect((wide[1]?.left ?? 0) - (wide[0]?.right ?? 0)).toBeGreaterThan(50)
    await page.keyboard.press('Tab') // the skip link
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement
      return {text: a.textContent, outline: getComputedStyle(a).outlineStyle, width: getComputedStyle(a).outlineWidth}
    })
    expect(focused).toEqual({text: 'All documents', outline: 'solid', width: '3px'})
    expect(await axeViolations(page)).toEqual([])
    await page.emulateMedia({media: 'print'})
    expect(await page.$eval('.site-nav', (n) => getComputedStyle(n).display)).toBe('none')
    await page.close()
  })
  it('sets forme work apart from the text: smaller, muted, sans-serif; heads and page numbers centred and catchwords right, on lines of their own; the same in print', async () => {
    const {html} = render(read(join(casesDir, 'forme-work', 'input.xml')))
    const file = join(dir, 'forme-work.html')
    writeFileSync(file, html)
    const page = await browser.newPage({viewport: {width: 1280, height: 900}, bypassCSP: true})
    await page.goto(pathToFileURL(file).href)
    const look = () => page.evaluate(() => {
      const style = (selector: string) => {
        const e = document.querySelector(selector) as Element
        const s = getComputedStyle(e)
        return {display: s.display, align: s.textAlign, size: Number.parseFloat(s.fontSize), color: s.color, family: s.fontFamily}
      }
      return {body: style('.para'), header: style('.fw.type-header'), page: style('.fw.type-pageNum'), catch: style('.fw.type-catch'), sig: style('.fw.type-sig'), rule: style('.fw.type-rule')}
    })
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({media})
      const l = await look()
      for (const fw of [l.header, l.page, l.catch, l.sig, l.rule]) {
        expect(fw.size, media).toBeLessThan(l.body.size * 0.9)
        expect(fw.color, media).not.toBe(l.body.color)
        expect(fw.family, media).not.toBe(l.body.family)
      }
      expect([l.header.display, l.header.align], media).toEqual(['block', 'center'])
      expect([l.page.display, l.page.align], media).toEqual(['block', 'center'])
      expect([l.catch.display, l.catch.align], media).toEqual(['block', 'right'])
      expect([l.sig.display, l.sig.align], media).toEqual(['block', 'right'])
      // A printed rule inside a sentence stays in the line.
      expect(l.rule.display, media).toBe('inline')
    }
    await page.emulateMedia({media: 'screen'})
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
