import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {compileAllStylesheets, ensureStylesheet, sefPath} from '../../src/build/stylesheets.js'
import {packagePath} from '../../src/core/paths.js'
import {compileStylesheet, stylesheetHash} from '../../src/transform/saxon.js'

const temp = mkdtempSync(join(tmpdir(), 'teipipe-sef-'))
afterAll(() => rmSync(temp, {recursive: true, force: true}))

describe('stylesheet compilation', () => {
  it('compiles every entry to build/sef/<name>.sef.json and does not recompile unchanged ones', () => {
    compileAllStylesheets()
    expect(existsSync(sefPath('html'))).toBe(true)
    expect(JSON.parse(readFileSync(sefPath('html'), 'utf8')).N).toBe('package')
    expect(compileAllStylesheets()).toEqual([])
    expect(ensureStylesheet('html')).toBe(sefPath('html'))
  })

  it('recompiles when a module changes, and the hash does not depend on the working directory', () => {
    const xslt = join(temp, 'xslt')
    cpSync(packagePath('xslt'), xslt, {recursive: true})
    const entry = join(xslt, 'html', 'html.xsl')
    const sef = join(temp, 'html.sef.json')
    const roots = [join(xslt, 'common')]
    expect(compileStylesheet(entry, sef, {extraRoots: roots})).toBe(true)
    expect(compileStylesheet(entry, sef, {extraRoots: roots})).toBe(false)
    const before = stylesheetHash(entry, roots)
    const cwd = process.cwd()
    try {
      process.chdir(temp)
      expect(stylesheetHash(entry, roots)).toBe(before)
    } finally {
      process.chdir(cwd)
    }
    const params = join(xslt, 'common', 'params.xsl')
    writeFileSync(params, readFileSync(params, 'utf8').replace("select=\"'warn'\"", "select=\"'render'\""))
    expect(stylesheetHash(entry, roots)).not.toBe(before)
    expect(compileStylesheet(entry, sef, {extraRoots: roots})).toBe(true)
  })
})
