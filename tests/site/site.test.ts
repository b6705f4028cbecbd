// The corpus site from facts: deterministic, failed documents listed with their reason, registers
// linking every document that names an entry, and the navigation parameters of each edition.
import {readFileSync, readdirSync} from 'node:fs'
import MiniSearch from 'minisearch'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
import {documentFacts, failedFacts, type DocumentFacts} from '../../src/site/facts.js'
import {SEARCH_FIELDS, STORED_FIELDS, foldTerm} from '../../src/site/search-index.js'
import {documentNav, sitePages} from '../../src/site/site.js'

const fixtures = packagePath('tests', 'fixtures', 'site', 'facts')

function corpus(): DocumentFacts[] {
  const facts = readdirSync(fixtures).sort().map((name) => documentFacts(name, readFileSync(`${fixtures}/${name}/input.xml`, 'utf8')))
  facts.push(documentFacts('134242', readFileSync(packagePath('tei', '134242.xml'), 'utf8')))
  facts.push(failedFacts('broken-1', 'The TEI is not valid: element "foo" not allowed here (line 3, column 4).'))
  return facts
}

describe('sitePages', () => {
  it('gives byte-identical pages whatever the order of the facts', () => {
    const facts = corpus()
    const a = sitePages(facts, {siteTitle: 'Test corpus'})
    const b = sitePages([...facts].reverse(), {siteTitle: 'Test corpus'})
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [path, content] of a) expect(b.get(path), path).toBe(content)
  })

  it('lists a failed document in the index with its reason and no link to a page it does not have', () => {
    const index = sitePages(corpus()).get('index.html') ?? ''
    expect(index).toContain('id="failed-broken-1"')
    expect(index).toContain('element &quot;foo&quot; not allowed here (line 3, column 4).')
    expect(index).not.toContain('href="broken-1.html"')
    expect(index).toMatch(/1 document could not be published/)
  })

  it('names a failed document by the title the build still knew, without a link', () => {
    const failed = {...documentFacts('g', readFileSync(`${fixtures}/generic-letter/input.xml`, 'utf8')), status: 'failed' as const, reason: 'The HTML edition could not be written.'}
    const index = sitePages([failed]).get('index.html') ?? ''
    expect(index).toContain('<span class="title">Letter from Ada to Charles</span><span class="id">g</span><span class="reason">The HTML edition could not be written.</span>')
    expect(index).not.toContain('href="g.html"')
  })

  it('shows date, linked title, catalogue title and type of published documents', () => {
    const index = sitePages(corpus()).get('index.html') ?? ''
    expect(index).toContain('<time datetime="1969-06-09">June 9, 1969</time>')
    expect(index).toContain('href="134242.html">Concerning Changes')
    expect(index).toContain('Soviet Embassy in North Korea, &#39;Concerning'.replace('&#39;', "'"))
    expect(index).toContain('<td>Report</td>')
    // Date order: the 1843 letter before the 1901 corpus before 1969.
    expect(index.indexOf('generic-letter.html')).toBeLessThan(index.indexOf('tei-corpus.html'))
    expect(index.indexOf('tei-corpus.html')).toBeLessThan(index.indexOf('134242.html'))
  })

  it('escapes what documents say (no markup from a title reaches the page)', () => {
    const evil = {...failedFacts('x', 'r'), status: 'published' as const, title: '<script>alert(1)</script>', persons: [{key: 'name:a', name: '<img src=x onerror=alert(1)>'}]}
    const pages = sitePages([evil])
    for (const content of pages.values()) {
      expect(content).not.toContain('<script>alert')
      expect(content).not.toContain('<img src=x')
    }
  })

  it('registers link every published document that names an entry', () => {
    const facts = corpus()
    const pages = sitePages(facts)
    const kinds = [['persons', 'corpus/persons.html'], ['places', 'corpus/places.html'], ['orgs', 'corpus/organisations.html']] as const
    for (const [kind, path] of kinds) {
      const page = pages.get(path) ?? ''
      const items = [...page.matchAll(/<li id="[^"]*" data-key="([^"]*)"(?: data-also="([^"]*)")?>[\s\S]*?<\/ul><\/li>/g)]
      const linked = new Map(items.flatMap((m) => {
        const docs = new Set([...(m[0].matchAll(/href="\.\.\/([^"]+)\.html"/g))].map((h) => h[1]))
        return [m[1] ?? '', ...(m[2] ? m[2].split(' | ') : [])].map((key) => [key, docs] as const)
      }))
      for (const f of facts) {
        for (const ref of f[kind]) {
          const entry = linked.get(ref.key.replace(/&/g, '&amp;').replace(/"/g, '&quot;'))
          expect(entry, `${kind}: ${ref.key}`).toBeDefined()
          expect(entry?.has(f.id), `${ref.key} → ${f.id}`).toBe(true)
        }
      }
      expect(items.length + items.reduce((n, m) => n + (m[2] ? m[2].split(' | ').length : 0), 0)).toBe(new Set(facts.flatMap((f) => f[kind].map((r) => r.key))).size)
    }
  })

  it('joins an unpointed name to the one authority entry of the corpus with that name', () => {
    const a = documentFacts('a', '<TEI><text><body><p><persName ref="https://viaf.org/viaf/1">Mao Zedong</persName></p></body></text></TEI>')
    const b = documentFacts('b', '<TEI><text><body><p><persName>Mao  Zedong</persName></p></body></text></TEI>')
    const c = documentFacts('c', '<TEI><text><body><p><persName ref="https://viaf.org/viaf/2">Zhou Enlai</persName><persName ref="https://viaf.org/viaf/3">Zhou Enlai</persName><persName>Zhou Enlai</persName></p></body></text></TEI>')
    const page = sitePages([a, b, c]).get('corpus/persons.html') ?? ''
    expect(page).toContain('data-key="https://viaf.org/viaf/1" data-also="name:mao zedong"')
    expect(page).not.toContain('data-key="name:mao zedong"')
    // Two authorities share the name: the unpointed name stays apart rather than guess.
    expect(page).toContain('data-key="name:zhou enlai"')
  })

  it('states how certain an identification is when every naming document says so', () => {
    const doc = (id: string, cert: string): DocumentFacts => documentFacts(id, `<TEI><standOff><listPerson><person xml:id="p"${cert}><persName>Sato</persName></person></listPerson></standOff><text><body><p><persName ref="#p">Sato</persName></p></body></text></TEI>`)
    const page = (...docs: DocumentFacts[]): string => sitePages(docs).get('corpus/persons.html') ?? ''
    expect(page(doc('a', ' cert="medium"'), doc('b', ' cert="low"'))).toContain('<span class="cert">identification: medium certainty</span>')
    expect(page(doc('a', ' cert="low"'))).toContain('identification: low certainty')
    expect(page(doc('a', ' cert="low"'), doc('b', ''))).not.toContain('class="cert"')
  })

  it('gives initial letters of any script a working anchor', () => {
    const doc = documentFacts('m', '<TEI><text><body><p><persName>メロス</persName> and <persName>Émile</persName> and <persName>𠀋子</persName></p></body></text></TEI>')
    const page = sitePages([doc]).get('corpus/persons.html') ?? ''
    for (const letter of ['メ', 'E', '𠀋']) {
      expect(page).toContain(`href="#letter-${letter}"`)
      expect(page).toContain(`id="letter-${letter}"`)
    }
  })

  it('files persons under their surname: the encoded one, else the last word that is not a suffix', () => {
    const doc = documentFacts('s', '<TEI><text><body><p><persName>Boris Yeltsin</persName>, <persName>K. V. Rusakov</persName>, <persName>Martin Luther King Jr.</persName>, <persName><surname>Mao</surname> <forename>Zedong</forename></persName> and <persName>Brezhnev, Leonid Ilyich</persName> met <persName>Aiken</persName>.</p></body></text></TEI>')
    const page = sitePages([doc]).get('corpus/persons.html') ?? ''
    const names = [...page.matchAll(/<span class="name">([^<]*)<\/span>/g)].map((m) => m[1])
    expect(names).toEqual(['Aiken', 'Brezhnev, Leonid Ilyich', 'Martin Luther King Jr.', 'Mao Zedong', 'K. V. Rusakov', 'Boris Yeltsin'])
    const letters = [...page.matchAll(/<h2 id="letter-([^"]*)">/g)].map((m) => m[1])
    expect(letters).toEqual(['A', 'B', 'K', 'M', 'R', 'Y'])
    expect(page).toMatch(/<h2 id="letter-Y">Y<\/h2>\s*<ul class="register">\s*<li[^>]*><p class="entry"><span class="name">Boris Yeltsin<\/span>/)
  })

  it('joins a surname-only entry to the entry another document\'s register gives that name to', () => {
    // 300240 points "Kuchma" at its entry "Leonid Kuchma"; 300237 has an entry "Kuchma" of its own.
    const a = documentFacts('a', '<TEI><standOff><listPerson><person xml:id="pers-kuchma"><persName>Kuchma</persName></person></listPerson></standOff><text><body><p><persName ref="#pers-kuchma">Kuchma</persName></p></body></text></TEI>')
    const b = documentFacts('b', '<TEI><standOff><listPerson><person xml:id="pers-leonid-kuchma"><persName>Leonid Kuchma</persName></person></listPerson></standOff><text><body><p><persName ref="#pers-leonid-kuchma">Leonid Kuchma</persName> and <persName ref="#pers-leonid-kuchma">Kuchma</persName></p></body></text></TEI>')
    expect(b.persons).toEqual([{key: 'name:leonid kuchma', name: 'Leonid Kuchma', forms: ['Kuchma']}])
    const page = sitePages([a, b]).get('corpus/persons.html') ?? ''
    expect(page.match(/<li id=/g)?.length).toBe(1)
    expect(page).toContain('data-key="name:leonid kuchma" data-also="name:kuchma"><p class="entry"><span class="name">Leonid Kuchma</span><span class="variants">also Kuchma</span>')
    // Two entries claiming the same short form: no guess, the short entry stays apart.
    const c = documentFacts('c', '<TEI><standOff><listPerson><person xml:id="p"><persName>Alexander Kuchma</persName></person></listPerson></standOff><text><body><p><persName ref="#p">Kuchma</persName></p></body></text></TEI>')
    expect(sitePages([a, b, c]).get('corpus/persons.html')?.match(/<li id=/g)?.length).toBe(3)
  })

  it('lists no one whom only the header credits (a translator in a respStmt)', () => {
    const doc = documentFacts('t', '<TEI><teiHeader><fileDesc><sourceDesc><bibl><respStmt><resp>translated by</resp><persName ref="#pers-gary-goldberg">Gary Goldberg</persName></respStmt></bibl></sourceDesc></fileDesc></teiHeader><standOff><listPerson><person xml:id="pers-gary-goldberg"><persName>Gary Goldberg</persName></person><person xml:id="pers-kim"><persName>Kim Il Sung</persName></person><person xml:id="pers-listed"><persName>Only Listed</persName></person></listPerson></standOff><text><body><p><persName ref="#pers-kim">Kim Il Sung</persName></p></body></text></TEI>')
    expect(doc.persons.map((p) => p.name)).toEqual(['Kim Il Sung', 'Only Listed'])
  })

  it('merges one person named in two documents into one entry linking both', () => {
    const a = {...documentFacts('a', '<TEI><text><body><p><persName>Émile Zola</persName></p></body></text></TEI>')}
    const b = {...documentFacts('b', '<TEI><text><body><p><persName>Emile Zola</persName></p></body></text></TEI>')}
    const page = sitePages([a, b]).get('corpus/persons.html') ?? ''
    expect(page.match(/<li id=/g)?.length).toBe(1)
    expect(page).toContain('href="../a.html"')
    expect(page).toContain('href="../b.html"')
    expect(page).toContain('2 documents')
  })
})

describe('search index', () => {
  function load(pages: Map<string, string>): MiniSearch {
    const script = pages.get('corpus/search-index.js') ?? ''
    const json = /^window\.teipipeSearchIndex = ([\s\S]*);\n$/.exec(script)?.[1] ?? ''
    return MiniSearch.loadJS(JSON.parse(json), {fields: [...SEARCH_FIELDS], storeFields: [...STORED_FIELDS], processTerm: foldTerm})
  }

  it('finds a word of a document body, accents and case ignored, and never a failed document', () => {
    const index = load(sitePages(corpus()))
    expect(index.search('paracelsus').map((r) => r.id)).toEqual(['series-letter'])
    expect(index.search('EMILE').map((r) => r.id)).toEqual(['tei-corpus'])
    expect(index.search('adventurist').map((r) => r.id)).toEqual(['134242'])
    expect(index.search('broken').map((r) => r.id)).toEqual([])
    expect(index.documentCount).toBe(corpus().filter((f) => f.status === 'published').length)
  })

  it('writes each published text as a data call the search page loads on demand', () => {
    const pages = sitePages(corpus())
    const script = pages.get('corpus/text/generic-letter.js') ?? ''
    expect(script).toBe('teipipeText("generic-letter", "Dear Charles, greetings from London & the Society.");\n')
    expect(pages.has('corpus/text/broken-1.js')).toBe(false)
    expect(pages.has('corpus/text/bare-minimum.js')).toBe(false)
    const evil = {...failedFacts('x', 'r'), status: 'published' as const, text: '</script><script>alert(1)</script>', words: 2}
    expect(sitePages([evil]).get('corpus/text/x.js')).not.toContain('<')
  })

  it('ships the MiniSearch browser bundle with its licence and no source-map reference', () => {
    const bundle = sitePages(corpus()).get('corpus/minisearch.js') ?? ''
    expect(bundle).toMatch(/^\/\*! MiniSearch \d+\.\d+\.\d+ .*MIT/)
    expect(bundle).toContain('global.MiniSearch = factory()')
    expect(bundle).not.toContain('sourceMappingURL')
  })
})

describe('documentNav', () => {
  it('links the previous and next published documents in date order, ties by id', () => {
    const facts = [
      {...failedFacts('c', 'bad')},
      {...failedFacts('b2', 'x'), status: 'published' as const, title: 'B2', date: '1950'},
      {...failedFacts('b1', 'x'), status: 'published' as const, title: 'B1', date: '1950'},
      {...failedFacts('a', 'x'), status: 'published' as const, title: 'A', date: '1949-12-31'},
      {...failedFacts('z', 'x'), status: 'published' as const, title: 'Undated'}
    ]
    expect(documentNav(facts, 'b1')).toMatchObject({'index-href': 'index.html', 'prev-href': 'a.html', 'prev-title': 'A', 'next-href': 'b2.html', 'next-title': 'B2'})
    expect(documentNav(facts, 'a')).toMatchObject({'prev-href': '', 'prev-title': '', 'next-href': 'b1.html'})
    expect(documentNav(facts, 'z')).toMatchObject({'prev-href': 'b2.html', 'next-href': ''})
    expect(documentNav(facts, 'c')).toMatchObject({'prev-href': '', 'next-href': '', citation: ''})
  })

  it('gives a how-to-cite text from the catalogue title, date, source and edition', () => {
    const memo = documentFacts('134242', readFileSync(packagePath('tei', '134242.xml'), 'utf8'))
    const nav = documentNav([memo], '134242', {siteTitle: 'Cold War documents', baseUrl: 'https://example.org/ed'})
    const letter = documentFacts('generic-letter', readFileSync(`${fixtures}/generic-letter/input.xml`, 'utf8'))
    expect(documentNav([letter], 'generic-letter').citation).toBe('Ada, “Letter from Ada to Charles”, July 1843 – August 1843. TEI edition, Some University.')
    expect(nav.citation).toBe("Soviet Embassy in North Korea, 'Concerning Changes in the Views of the Korean Leadership on Questions of the Unity of the Socialist Camp and the International Communist Movement', June 9, 1969. Wilson Center Digital Archive, record 134242. TEI edition, teipipe edition project, Cold War documents. https://example.org/ed/134242.html")
  })
})
