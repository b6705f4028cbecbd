/**
 * Every element the encoder writes has a rendering of its own in both editions: no unhandled-element
 * message (the message of the default template) for any of them. The names come from src/encode's
 * source (`el('name'` and literal `<name` tags) and, for the text edition, also from the TEI the
 * encoder writes for tests/fixtures/encode and the Wilson corpus (../shared, when present), since
 * some names are built by helpers the source search does not see. HTML: each name is placed in a
 * paragraph. Text: each name is matched by a template of the text stylesheets (not only by the
 * catch-all), names it reads by path in the header (the metadata block, "Document Information") are
 * named there, and every encoded document renders in both profiles with no unhandled-element message.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
import {render as renderHtml, tei} from './html/helpers.js'
import {TeiFile} from '../../src/core/file.js'
import {render as renderText} from './text/helpers.js'
import {shared} from '../support/shared.js'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Element names the encoder's source writes. Structural ones (text, body) are covered by every test. */
function encoderElements(): string[] {
  const names = new Set<string>()
  for (const path of sources(packagePath('src/encode'))) {
    for (const m of readFileSync(path, 'utf8').matchAll(/(?:\bel\('|['`>]<)([a-z][A-Za-z]*)(?=[\s>/'])/g)) names.add(m[1] as string)
  }
  for (const structural of ['text', 'body']) names.delete(structural)
  return [...names].sort()
}

/**
 * Header-only elements: the encoder writes them in encodingDesc, profileDesc and availability, which
 * the editions read by path (the metadata panel, the licence line), not through element templates;
 * they are not looked for in the body. respStmt is written in titleStmt, the source bibl and the original's msItem
 * ("recorded by"), never in the text. particDesc (with its listPerson of person entries) holds the participants of a
 * conversation, whose list the text prints where the document has it.
 */
const headerOnly = new Set(['catDesc', 'catRef', 'category', 'correction', 'keywords', 'language', 'licence', 'normalization', 'particDesc', 'person', 'quotation', 'rendition', 'resp', 'respStmt'])

describe('elements the encoder writes', () => {
  it('each has a template in the HTML edition', () => {
    const names = encoderElements()
    expect(names).toContain('fw')
    expect(names).toContain('origDate')
    const doc = tei(`<p>${names.filter((n) => !headerOnly.has(n)).map((n, i) => `<${n}>w${i}</${n}>`).join(' ')}</p>`)
    const unhandled = (messages: {ruleId: string; reason: string}[]): string[] =>
      messages.filter((m) => m.ruleId === 'unhandled-element').map((m) => /<([^>]+)>/.exec(m.reason)?.[1] ?? m.reason)
    expect(unhandled(renderHtml(doc).file.messages), 'HTML edition').toEqual([])
    // Forme work, which the encoder writes for printed rules, is kept in both editions.
    const fw = tei('<p>a <fw type="rule">____</fw> b</p>')
    expect(renderHtml(fw).html).toContain('<span class="fw type-rule" title="Forme work (rule)">____</span>')
    expect(renderText(fw).text).toContain('‹____›')
  })
})

/** Sources the encoder reads: tests/fixtures/encode (every page, cases included) and the Wilson corpus. */
function encoderSources(): string[] {
  const pages = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? (name === 'gold' ? [] : pages(path)) : path.endsWith('.txt') ? [path] : []
  })
  const corpus = shared('corpus', 'wilson')
  return [...pages(packagePath('tests', 'fixtures', 'encode')), ...(corpus ? pages(corpus) : [])]
}

/**
 * Header elements the text edition reads by path (xslt/text/modules/metadata.xsl: the metadata block and
 * "Document Information"; msdesc.xsl) rather than through element templates: not looked for in a
 * paragraph, but each must be named by those stylesheets.
 */
const textReadByPath = ['availability', 'catDesc', 'category', 'collection', 'fileDesc', 'funder', 'licence', 'msContents', 'msDesc', 'msIdentifier', 'msItem', 'profileDesc', 'publicationStmt', 'repository', 'sourceDesc', 'teiHeader']

/**
 * Never shown in the text edition, on purpose: the project's encoding notes (encodingDesc and what it
 * holds), its revision history, the registers of standOff (names are kept where they occur), the
 * correspondence and creation summaries (their facts are the date line), the participants (particDesc: the text
 * prints the document's own list), the link to the original.
 */
const textNeverShown = ['catRef', 'change', 'classDecl', 'correction', 'correspAction', 'correspDesc', 'creation', 'particDesc', 'editorialDecl', 'encodingDesc', 'keywords', 'langUsage', 'language', 'listOrg', 'listPerson', 'listPlace', 'normalization', 'org', 'person', 'place', 'quotation', 'relatedItem', 'rendition', 'resp', 'respStmt', 'revisionDesc', 'standOff', 'tagsDecl', 'taxonomy', 'textClass', 'titleStmt', 'TEI']

/**
 * Element names the text stylesheets render by a template of their own: those a match pattern names
 * (`tei:name`, in any mode) and those of the block and phrase lists (classify.xsl), which templates
 * match through the maps built from them. The catch-all `*` templates (unhandled.xsl's policy) are not counted.
 */
function textTemplateNames(): Set<string> {
  const dir = packagePath('xslt', 'text', 'modules')
  const names = new Set<string>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xsl'))) {
    const xsl = readFileSync(join(dir, file), 'utf8')
    for (const template of xsl.matchAll(/<xsl:template\b[^>]*\bmatch="([^"]*)"/g)) {
      for (const m of (template[1] as string).matchAll(/tei:([A-Za-z]+)/g)) names.add(m[1] as string)
    }
  }
  const classify = readFileSync(join(dir, 'classify.xsl'), 'utf8')
  for (const list of ['v:block-names', 'v:inline-names']) {
    const start = classify.indexOf(`name="${list}"`)
    const body = classify.slice(start, classify.indexOf('"/>', start))
    for (const m of body.matchAll(/'([A-Za-z]+)'/g)) names.add(m[1] as string)
  }
  return names
}

describe('elements the encoder writes, in the text edition', () => {
  const encoded: TeiFile[] = []
  const names = new Set(encoderElements())
  beforeAll(async () => {
    const {encodeFile} = await import('../../src/encode/index.js')
    for (const path of encoderSources()) {
      const file = new TeiFile(path, readFileSync(path, 'utf8'))
      try { encodeFile(file) } catch { continue }
      if (file.tei === undefined) continue
      encoded.push(file)
      for (const m of file.tei.matchAll(/<([A-Za-z][\w.-]*)[\s>/]/g)) names.add(m[1] as string)
    }
  }, 120_000)

  it('each has a template of its own in the text stylesheets (none is left to the default)', () => {
    expect(encoded.length).toBeGreaterThan(20)
    // Names only the encoded TEI shows (the source search does not see the helpers that write them).
    for (const name of ['div', 'opener', 'closer', 'stamp', 'supplied', 'metamark', 'fw', 'origDate']) expect(names).toContain(name)
    const aside = new Set([...textReadByPath, ...textNeverShown, 'text', 'body'])
    const handled = textTemplateNames()
    expect(handled.has('fw') && handled.has('gap') && !handled.has('fancyThing')).toBe(true)
    expect([...names].filter((n) => !aside.has(n) && !handled.has(n)).sort(), 'elements the encoder writes that only the default template renders').toEqual([])
  })

  it('names each header element it reads by path in its header stylesheets', () => {
    const sources = ['metadata.xsl', 'msdesc.xsl', 'textstructure.xsl', 'document.xsl'].map((f) => readFileSync(packagePath('xslt', 'text', 'modules', f), 'utf8')).join('\n')
    expect(textReadByPath.filter((n) => !sources.includes(`tei:${n}`))).toEqual([])
  })

  it('renders every encoded document in both profiles with no unhandled element', () => {
    expect(encoded.length).toBeGreaterThan(20)
    for (const file of encoded) {
      for (const profile of ['reading', 'diplomatic'] as const) {
        const {file: out} = renderText(file.tei as string, profile)
        expect(out.messages.filter((m) => m.ruleId === 'unhandled-element' || m.severity === 'error').map((m) => m.reason), `${file.path} (${profile})`).toEqual([])
      }
    }
  })
})
