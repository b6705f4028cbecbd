// A built page in a real browser (Debian's chromium through playwright-core, never a downloaded browser),
// opened from file:// under its own Content-Security-Policy: the shared stylesheet it links
// (dist/corpus/edition.css) loads and styles it as the inline styles of an unbuilt page do.
import {existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build, letter, tempRoot, writeProject} from './helpers.js'
import {render} from '../transform/html/helpers.js'

const CHROMIUM = '/usr/bin/chromium'
if (!existsSync(CHROMIUM)) process.stderr.write(`[teipipe tests] ${CHROMIUM} is not installed: the built-page browser test is skipped.\n`)

describe.runIf(existsSync(CHROMIUM))('a built page in chromium', () => {
  const {root, cleanup} = tempRoot('build-browser')
  let browser: Browser
  let dir: string

  beforeAll(async () => {
    const tei = letter('Styled', '1901-01-01', 'A paragraph.')
    dir = writeProject(join(root, 'site'), {'tei/s.xml': tei, 'look.css': 'h1 { color: rgb(102, 51, 153) }\n', 'teipipe.config.json': JSON.stringify({render: {css: 'look.css'}})})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    // The same document rendered the unbuilt way (styles inside the page), for comparison.
    writeFileSync(join(root, 'inline.html'), render(tei).html)
    browser = await chromium.launch({executablePath: CHROMIUM, args: ['--no-sandbox']})
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    cleanup()
  })

  it('loads corpus/edition.css from file:// under the page\'s CSP, styled like the page with inline styles', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
    const styles = async (url: string): Promise<{skip: string; bodyFont: string; h1: string; sheets: number}> => {
      await page.goto(url)
      return page.evaluate(() => ({
        skip: getComputedStyle(document.querySelector('.skip') as Element).position,
        bodyFont: getComputedStyle(document.body).fontFamily,
        h1: getComputedStyle(document.querySelector('h1') as Element).color,
        sheets: document.styleSheets.length
      }))
    }
    const built = await styles(pathToFileURL(join(dir, 'dist', 's.html')).href)
    const inline = await styles(pathToFileURL(join(root, 'inline.html')).href)
    expect(errors).toEqual([])
    expect(built.sheets).toBe(1)
    expect(built.skip).toBe('absolute')
    expect(built.bodyFont).toBe(inline.bodyFont)
    // render.css comes after teipipe's own styles and wins.
    expect(built.h1).toBe('rgb(102, 51, 153)')
    expect(inline.h1).not.toBe('rgb(102, 51, 153)')
  })
})
