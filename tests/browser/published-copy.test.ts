// Nothing published runs script from a document (../shared/cases/render/published-copy-script.xml,
// copied to tests/fixtures/browser/): the TEI copy beside each page and the HTML page, opened in
// Debian's chromium. The untreated TEI is opened first, to show that the check sees script run.
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {packagePath} from '../../src/core/paths.js'
import {renderHtml} from '../../src/transform/html.js'
import {publishableTei} from '../../src/transform/tei-copy.js'

const CHROMIUM = '/usr/bin/chromium'

describe.runIf(existsSync(CHROMIUM))('published files run no script from the document', () => {
  let browser: Browser
  const dir = mkdtempSync(join(tmpdir(), 'teipipe-copy-'))
  let source = ''

  beforeAll(async () => {
    source = readFileSync(packagePath('tests', 'fixtures', 'browser', 'published-copy-script.xml'), 'utf8')
    browser = await chromium.launch({executablePath: CHROMIUM, args: ['--no-sandbox']})
  })
  afterAll(async () => {
    await browser?.close()
    rmSync(dir, {recursive: true, force: true})
  })

  /** Open a file; returns the dialogs script opened and the live script/handlers in the DOM. */
  async function open(name: string, content: string): Promise<{dialogs: string[]; scripts: number; handlers: number}> {
    const path = join(dir, name)
    writeFileSync(path, content)
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss() })
    await page.goto(pathToFileURL(path).href)
    await page.waitForTimeout(300)
    const live = await page.evaluate(() => ({
      scripts: document.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'script').length,
      handlers: [...document.getElementsByTagNameNS('http://www.w3.org/2000/svg', '*'), ...document.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', '*')]
        .filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length
    }))
    await page.close()
    return {dialogs, ...live}
  }

  it('the untreated TEI would run its script (so this check can fail)', async () => {
    const raw = await open('raw.xml', source)
    expect(raw.dialogs.length).toBeGreaterThan(0)
  })

  it('the published TEI copy runs none, and keeps the text', async () => {
    const copy = publishableTei(source).text ?? ''
    expect(copy).toContain('The foreign policy orientation of the')
    const opened = await open('134242.xml', copy)
    expect(opened).toEqual({dialogs: [], scripts: 0, handlers: 0})
  })

  it('the HTML page runs none', async () => {
    const file = new TeiFile('134242.xml', source)
    renderHtml(file, {teiHref: '134242.xml'})
    const html = file.outputs.html ?? ''
    expect(html).not.toMatch(/<script|<svg|\son\w+=/i)
    const opened = await open('134242.html', html)
    expect(opened).toEqual({dialogs: [], scripts: 0, handlers: 0})
  })
})
