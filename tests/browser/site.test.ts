// The corpus site in a real browser (Debian's chromium through playwright-core, never a downloaded
// browser): axe-core finds no violations on index, search and register pages; search finds a word of
// a document's body and links to the document; registers link every document naming an entry; the
// index sorts and filters with script and is a plain table without it.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
import {documentFacts, failedFacts, type DocumentFacts} from '../../src/site/facts.js'
import {sitePages} from '../../src/site/site.js'
import {render} from '../transform/html/helpers.js'

const require = createRequire(import.meta.url)
const CHROMIUM = '/usr/bin/chromium'
if (!existsSync(CHROMIUM)) process.stderr.write(`[teipipe tests] ${CHROMIUM} is not installed: the corpus-site browser tests are skipped.\n`)

describe.runIf(existsSync(CHROMIUM))('corpus site in chromium', () => {
  let browser: Browser
  let page: Page
  // axe-core is injected as an inline script, which the pages' CSP forbids: its page bypasses the CSP.
  // Every other test runs under the CSP, so the site's own scripts are shown to work with it.
  let axePage: Page
  let facts: DocumentFacts[]
  const dir = mkdtempSync(join(tmpdir(), 'teipipe-site-'))
  const url = (path: string): string => pathToFileURL(join(dir, path)).href

  beforeAll(async () => {
    const fixtures = packagePath('tests', 'fixtures', 'site', 'facts')
    const sources = new Map(readdirSync(fixtures).sort().map((name) => [name, readFileSync(join(fixtures, name, 'input.xml'), 'utf8')]))
    sources.set('134242', readFileSync(packagePath('tei', '134242.xml'), 'utf8'))
    facts = [...sources].map(([id, xml]) => documentFacts(id, xml))
    facts.push(failedFacts('broken-1', 'The TEI is not valid: element "foo" not allowed here (line 3, column 4).'))
    for (const [id, xml] of sources) writeFileSync(join(dir, `${id}.html`), render(xml).html)
    for (const [path, content] of sitePages(facts, {siteTitle: 'Test corpus'})) {
      mkdirSync(dirname(join(dir, path)), {recursive: true})
      writeFileSync(join(dir, path), content)
    }
    browser = await chromium.launch({executablePath: CHROMIUM, args: ['--no-sandbox']})
    page = await browser.newPage({viewport: {width: 1280, height: 900}})
    page.on('pageerror', (error) => { throw error })
    axePage = await browser.newPage({viewport: {width: 1280, height: 900}, bypassCSP: true})
  })
  afterAll(async () => {
    await browser?.close()
    rmSync(dir, {recursive: true, force: true})
  })

  async function axeViolations(): Promise<string[]> {
    const axe = require('axe-core') as {source: string}
    await axePage.addScriptTag({content: axe.source})
    return axePage.evaluate(async () => {
      const result = await (window as unknown as {axe: {run: (c: Document) => Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}}).axe.run(document)
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
    })
  }

  it.each(['index.html', 'corpus/search.html?q=party', 'corpus/persons.html', 'corpus/places.html', 'corpus/organisations.html'])('%s has no axe-core violations', async (path) => {
    await axePage.goto(url(path.replace(/\?.*/, '')) + (path.includes('?') ? path.slice(path.indexOf('?')) : ''))
    if (path.includes('?q=')) await axePage.locator('#results .context mark').first().waitFor()
    expect(await axeViolations()).toEqual([])
  })

  it('every page declares a CSP that allows only the site\'s own files, and the pages work under it', async () => {
    const violations: string[] = []
    page.on('console', (message) => { if (/Content Security Policy/.test(message.text())) violations.push(message.text()) })
    for (const path of ['index.html', 'corpus/search.html', 'corpus/persons.html']) {
      await page.goto(url(path))
      expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain("script-src 'self'")
    }
    expect(violations).toEqual([])
  })

  it('search finds a word of a document body and links to the document', async () => {
    await page.goto(url('corpus/search.html'))
    await page.getByLabel(/^Search \d+ documents$/).fill('adventurist')
    const link = page.locator('#results li a.title')
    await expect.poll(() => link.count()).toBe(1)
    expect(await page.locator('#search-status').textContent()).toBe('1 document found for “adventurist”.')
    // The passage where the word occurs is quoted from the document's text, the word marked.
    await expect.poll(() => page.locator('#results .context mark').allTextContents()).toEqual(['adventurist'])
    expect(await page.locator('#results .context').textContent()).toContain('adventurist line of Mao Zedong')
    await link.click()
    await page.waitForURL(/134242\.html$/)
    expect(await page.title()).toContain('Concerning Changes in the Views of the Korean Leadership')
  })

  it('search takes the query from the address and ignores accents', async () => {
    await page.goto(`${url('corpus/search.html')}?q=emile`)
    await expect.poll(() => page.locator('#results li a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['../tei-corpus.html'])
    // Marked in the text as written, with its accent.
    await expect.poll(() => page.locator('#results .context mark').allTextContents()).toEqual(['Émile', 'Emile'])
  })

  it('orders hits by relevance or by date', async () => {
    await page.goto(`${url('corpus/search.html')}?q=the`)
    const hrefs = (): Promise<(string | null)[]> => page.locator('#results li a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(3)
    const found = new Set(await hrefs())
    await page.getByLabel('Order').selectOption('date')
    // Dated hits in date order (ties by id), then the undated ones by id.
    const expected = facts.filter((f) => found.has(`../${f.id}.html`))
      .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || (a.id < b.id ? -1 : 1))
      .map((f) => `../${f.id}.html`)
    await expect.poll(hrefs).toEqual(expected)
  })

  it('the header search box on the index leads to the results', async () => {
    await page.goto(url('index.html'))
    await page.getByRole('searchbox', {name: 'Search the documents'}).fill('Paracelsus')
    await page.getByRole('button', {name: 'Search'}).click()
    await page.waitForURL(/search\.html\?q=Paracelsus$/)
    await expect.poll(() => page.locator('#results li a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['../series-letter.html'])
  })

  it.each([['persons', 'corpus/persons.html'], ['places', 'corpus/places.html'], ['orgs', 'corpus/organisations.html']] as const)('the %s register links every document naming an entry, and each link resolves', async (kind, path) => {
    await page.goto(url(path))
    const linked = await page.$$eval('ul.register > li', (lis) => lis.flatMap((li) => {
      const hrefs = [...li.querySelectorAll('ul.documents a')].map((a) => (a as HTMLAnchorElement).href)
      const keys = [li.getAttribute('data-key') ?? '', ...(li.getAttribute('data-also')?.split(' | ') ?? [])]
      return keys.map((key) => [key, hrefs] as const)
    }))
    const byKey = new Map(linked)
    for (const f of facts) {
      for (const ref of f[kind]) expect(byKey.get(ref.key), `${ref.key} → ${f.id}`).toContain(url(`${f.id}.html`))
    }
    for (const href of new Set(linked.flatMap(([, hrefs]) => hrefs))) expect(existsSync(new URL(href).pathname), href).toBe(true)
  })

  it('the register filter hides entries, empty letter sections and their letters', async () => {
    await page.goto(url('corpus/persons.html'))
    const letters = (): Promise<string[]> => page.locator('.letters li:not([hidden]) a').allTextContents()
    expect((await letters()).length).toBeGreaterThan(2)
    await page.getByLabel('Filter persons').fill('brezhnev')
    await expect.poll(() => page.locator('ul.register > li:not([hidden]) .name').allTextContents()).toEqual(['Brezhnev, Leonid Ilyich'])
    expect(await letters()).toEqual(['B'])
    expect(await page.locator('#register section:not([hidden]) h2').allTextContents()).toEqual(['B'])
    await page.getByLabel('Filter persons').fill('')
    await expect.poll(async () => (await letters()).length).toBeGreaterThan(2)
  })

  it('the index sorts by a column and filters rows', async () => {
    await page.goto(url('index.html'))
    const titles = (): Promise<string[]> => page.$$eval('#documents tbody tr:not([hidden]) td:nth-child(2) > :first-child', (es) => es.map((e) => e.textContent ?? ''))
    const byDate = await titles()
    await page.getByRole('button', {name: 'Title'}).click()
    expect(await page.getAttribute('th:nth-child(2)', 'aria-sort')).toBe('ascending')
    const byTitle = await titles()
    expect(byTitle).toEqual([...byDate].sort((a, b) => a.localeCompare(b)))
    await page.getByRole('button', {name: 'Title'}).click()
    expect(await titles()).toEqual([...byTitle].reverse())
    await page.getByLabel('Filter documents').fill('COLLECTED')
    await expect.poll(titles).toEqual(['Collected Papers'])
    expect(await page.locator('#filter-count').textContent()).toBe(`1 of ${facts.length} shown`)
    await page.getByLabel('Filter documents').fill('')
    await page.getByLabel('Type').selectOption('Report')
    await expect.poll(titles).toEqual([facts.find((f) => f.id === '134242')?.title])
    expect(await page.locator('#filter-type option').allTextContents()).toContain('letter (1)')
  })

  it('without JavaScript the index is a plain table of every document and the failed one says why', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const plain = await context.newPage()
    await plain.goto(url('index.html'))
    expect(await plain.locator('#documents tbody tr').count()).toBe(facts.length)
    expect(await plain.locator('.filter').isVisible()).toBe(false)
    expect(await plain.locator('#failed-broken-1').textContent()).toContain('element "foo" not allowed here')
    await context.close()
  })
})
