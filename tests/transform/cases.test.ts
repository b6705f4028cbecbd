// The handed render cases (../shared/cases/render, copied into tests/fixtures/transform/cases/<case>/
// input.xml) and their reviewed right output: body.html (the page's <body>), reading.txt and
// diplomatic.txt. UPDATE_GOLDEN=1 writes missing goldens, which must then be reviewed by hand.
// Each case also states its rule below, so that a golden written wrong cannot hide the fault.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {packagePath} from '../../src/core/paths.js'
import {renderHtml} from '../../src/transform/html.js'
import {renderText, type TextProfile} from '../../src/transform/text.js'

const root = packagePath('tests', 'fixtures', 'transform', 'cases')

function bodyOf(html: string): string {
  const start = html.indexOf('<body')
  const end = html.indexOf('</body>')
  return start < 0 || end < 0 ? '' : html.slice(start, end + '</body>'.length)
}

function outputs(name: string): {html: string; reading: string; diplomatic: string; messages: TeiFile['messages']; once: TeiFile['messages']} {
  const xml = readFileSync(join(root, name, 'input.xml'), 'utf8')
  const h = new TeiFile(`${name}.xml`, xml)
  renderHtml(h)
  const text = (profile: TextProfile): TeiFile => {
    const f = new TeiFile(`${name}.xml`, xml)
    renderText(f, {profile})
    return f
  }
  const r = text('reading')
  const d = text('diplomatic')
  // Both editions of one file, as the build makes them: each message once.
  const both = new TeiFile(`${name}.xml`, xml)
  renderHtml(both)
  renderText(both)
  return {html: bodyOf(h.outputs.html ?? ''), reading: r.outputs.text ?? '', diplomatic: d.outputs.text ?? '', messages: [...h.messages, ...r.messages, ...d.messages], once: both.messages}
}

/** What each case is about, stated independently of its golden files. */
const rules: Record<string, (o: ReturnType<typeof outputs>) => void> = {
  'note-numbers-excerpt': (o) => {
    expect(o.html).toMatch(/aria-label="Note 12">12<\/a>/)
    expect(o.html).toMatch(/aria-label="Note 13">13<\/a>/)
    expect(o.html).not.toContain('Editorial notes')
    expect(o.reading).toContain('The cable was sent at noon.[12] The reply came the next day.[13]')
    expect(o.reading).toMatch(/\nNotes\n-----\n\n\[12\] Not found in the cable log\.\n\[13\] Received/)
    expect(o.reading).not.toContain('Editorial')
  },
  'note-numbers': (o) => {
    expect([...o.html.matchAll(/aria-label="Note ([^"]+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '4a'])
    expect(o.reading).toContain('[4] See also the embassy report[4a] of that week.\n[4a] Dated the same day.')
    expect(o.html).not.toContain('Editorial notes')
  },
  'editorial-signs': (o) => {
    const reading = o.reading.replace(/\s+/g, ' ')
    const diplomatic = o.diplomatic.replace(/\s+/g, ' ')
    // The translator's [sic] in both profiles, an editor's in the reading one; never a space before punctuation.
    expect(reading).toContain('West Berlin [sic]. The fraternal counties [sic] agreed; the minutes say recieved [sic].')
    expect(diplomatic).toContain('West Berlin [sic]. The fraternal counties [sic] agreed; the minutes say recieved.')
    expect(reading).toContain('Ferenc Münnich [or: Münich?] will arrive tomorrow with Kovalev[?], and Petrov[?] too.')
    expect(diplomatic).toContain('Ferenc Münnich [unclear: Münich?] will arrive tomorrow with [unclear: Kovalev?], and Petrov too.')
    expect(o.reading).toContain('\n⸢"Nagy should see this!"⸣\n')
    expect(o.diplomatic).toContain('\n[Handwritten: "Nagy should see this!"]\n')
    expect(o.reading).toContain('Send it ⟦today⟧⸢tomorrow⸣ to Sofia.')
    // The translator's label encoded beside the addition is not repeated; letters unclear inside a word are dotted below.
    expect(o.diplomatic).toContain('[Handwritten] Copy A, signed Ivanov.')
    expect(o.reading).toContain('[Handwritten] ⸢Copy A⸣, signed Iva\u0323n\u0323ov.')
    for (const text of [o.reading, o.diplomatic]) expect(text).not.toMatch(/ [.,;:]/)
    // HTML: the sign is visible, outside the name's link, focusable, and explained in a hidden tip.
    // (No title on the link: the entry's label, "Berlin", is the link's own text.)
    expect(o.html).toContain('<a href="#pl-berlin" id="occ-1">Berlin</a></span></span><span class="ed-sign sign-sic" tabindex="0"> [sic]<span class="ed-tip">')
    expect(o.html).toMatch(/Münnich<span class="ed-sign sign-unclear" tabindex="0"> \[or: Münich\?\]<span class="ed-tip"> unclear in the original/)
    expect(o.html).toMatch(/<ins class="add add-hand"><span class="ed-sign sign-add" tabindex="0">⸢<span class="ed-tip">added by hand: <\/span><\/span>"Nagy should see this!"<span class="ed-sign sign-add" aria-hidden="true">⸣<\/span><\/ins>/)
    expect(o.html).not.toContain('MünnichMünich')
  },
  'ms-history': (o) => {
    // origDate (TEI §10.8) in words, beside its place; provenance and acquisition labelled; nothing unhandled.
    expect(o.messages.filter((m) => m.ruleId === 'unhandled-element')).toEqual([])
    expect(o.reading).toContain('\nOrigin: Berlin, 12 March 1962\n\nProvenance: Kept by the embassy (between 1970 and 1975).\n\nAcquisition:\n\nBought at auction in 1994.\n')
    expect(o.reading).not.toMatch(/^1962-03-12$/m)
    expect(o.html).toContain('<dt>Date</dt><dd>12 March 1962</dd>')
    expect(o.html).toContain('<span class="part-label">Origin: </span><span class="origPlace">Berlin</span>, <time class="origDate" datetime="1962-03-12">12 March 1962</time>')
    expect(o.html).toContain('A letter written <time class="origDate" datetime="1962-03">in the spring of 1962</time>.')
    expect(o.diplomatic).toContain('A letter written in the spring of 1962.')
  },
  'margin-note': (o) => {
    expect(o.html).toMatch(/<span class="note type-authorial note-margin"><span class="note-label">In the margin: <\/span>Agreed\. — K\.<\/span>/)
    expect(o.html).toContain('In the left margin: </span>Urgent')
    expect(o.html).not.toMatch(/Editorial notes|class="footnotes"/)
    for (const text of [o.reading, o.diplomatic]) {
      expect(text).toContain('postpone the vote')
      expect(text).toContain('\n\n[In the margin: Agreed. — K.]\n\n')
      expect(text).toContain('\n\n[In the left margin: Urgent]\n\nPlease reply')
    }
  },
  'app-readings': (o) => {
    expect(o.html).toMatch(/left for <span class="app">Geneva<sup class="appref">/)
    expect(o.html).not.toMatch(/GenevaGenf|thirdfourth/)
    expect(o.html).toMatch(/<li id="app-1">.*<span class="lem">Geneva<\/span> <span class="wit">A<\/span>\] <span class="rdg">Genf<\/span> <span class="wit">B<\/span>/)
    expect(o.html).toMatch(/<span class="rdg"><em>omitted<\/em><\/span> <span class="wit">C<\/span>/)
    expect(o.reading).toContain('The delegation left for Geneva{1} on the third{2} of May.')
    expect(o.diplomatic).toContain('The delegation left for Geneva on the third of May.')
  },
  'nesting-1000': (o) => {
    for (const text of [o.reading, o.diplomatic]) expect(text).toContain('start deep end')
    expect(o.html).toMatch(/start <span class="hi">(<span class="hi">){195}deep<\/span>/)
    expect(o.once.map((m) => [m.ruleId, m.severity, m.place?.start.line, m.place?.start.column])).toEqual([['render-deep-markup', 'warning', 12, 800]])
  },
  'attribute-classes': (o) => {
    // A class part is made only from a value with a letter or digit: a corr without @cert is "corr"
    // (was "corr cert-"), rend "..." or "-" gives none (was "---", "-"), punctuation at a token's ends goes.
    expect(o.html).toContain('<span class="corr">Monday</span>')
    expect(o.html).toContain('<span class="corr cert-low">Tuesday</span>')
    expect(o.html).toContain('<span class="gap gap-tape-broke">[tape broke]</span>')
    expect(o.html).toContain('<span class="gap gap-omitted">[omitted]</span>')
    expect(o.html).toContain('<span class="gap">[nothing]</span>')
    expect(o.html).toContain('<span class="hi">dash</span>')
    expect(o.html).toContain('<span class="seg bold align-indent single">mixed</span>')
    expect(o.html).not.toMatch(/class="[^"]*(-"|- |"-| -)/)
  },
  'forme-work': (o) => {
    // Forme work (TEI §11.6) is kept, classed by its type (the CSS sets it apart: tests/browser) and
    // marked as forme work; the reading text keeps it between ‹ › so that it does not read as the text.
    expect(o.html).toContain('<span class="fw type-header" title="Forme work (header)">REPORT ON THE VISIT</span>')
    expect(o.html).toContain('<span class="fw type-catch" title="Forme work (catch)">the</span>')
    expect(o.html).toContain('Signed and sealed. <span class="fw type-rule" title="Forme work (rule)">__________</span> Copy to the file.')
    expect(o.reading).toContain('\n‹REPORT ON THE VISIT›\n\n‹12›\n')
    expect(o.reading).toContain('\n‹B2›\n\n‹the›\n')
    // The diplomatic text prints it as the page does.
    expect(o.diplomatic).toContain('REPORT ON THE VISIT\n\n12\n')
    expect(o.diplomatic).toContain('Signed and sealed. __________ Copy to the file.')
  },
  'event-spacing': (o) => {
    // An event (TEI §8.3, gap with desc, space) is set off from the words around it, once; none before
    // closing or after opening punctuation; word-internal markup that is no event still joins.
    for (const text of [o.reading, `\n${o.diplomatic}`]) {
      expect(text).toContain('\nso i passing truck you what\n')
      expect(text).toContain('\nStop laughs, he said nods.\n')
      expect(text).toContain('\nfish and chips, one two, three.\n')
      expect(text).toContain('\n(door slams) next, and “whispers” too.\n')
      expect(text).toContain('\nloud soft and he wrote EXIT on the door.\n')
      expect(text).toContain('\nsigned [signature] Ivanov, left right.\n')
      expect(text).toContain('ab[illegible]cd, word.')
      expect(text).not.toMatch(/ {2}\S| [.,;:)”]/)
    }
    expect(o.reading).toContain('\nThe ending coughs then, and a word [a passage] after.\n')
    // The project's gap is not in the diplomatic text: the words on either side stay apart.
    expect(o.diplomatic).toContain('\nThe ending coughs then, and a word after.\n')
    // The HTML edition reads the same (its text, tags dropped, blocks apart): every event has a template.
    const words = o.html.replace(/<\/(p|div)>/g, '\n').replace(/<[^>]+>/g, '').replace(/¶/g, '')
    expect(words).toContain('so i passing truck you what\n')
    expect(words).toContain('Stop laughs, he said nods.\n')
    expect(words).toContain('(door slams) next, and “whispers” too.\n')
    expect(words).toContain('loud soft and he wrote EXIT on the door.\n')
    expect(words).toContain('signed [signature] Ivanov, left [space] right.\n')
    expect(words).toContain('The ending coughs then, and a word [a passage] after.\n')
    expect(words.replace(/ +/g, ' ')).toContain('fish and chips, one two, three.\n')
    expect(o.html).not.toContain('unhandled')
    expect(o.messages.filter((m) => m.ruleId === 'unhandled-element')).toEqual([])
  },
  'source-note': (o) => {
    // The source's own statement (note type="source") in full, once in each edition: every archive it
    // names, its provenance sentence and credits; a credit it does not state (Boris Proof) still shown.
    const note = 'APRF, f. 45, op. 1, d. 342, l. 78; AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, List 80; and RGASPI, f. 558, op. 11, d. 342, ll. 0078. The document was given by the archive to the embassy in June 1994. Translated by Anna Example (Troy University).'
    expect(o.html).toContain(`<div><dt>Source</dt><dd>${note}</dd></div>`)
    // The statement credits the translator: no "Translated by" field repeats it (the checker, whom it
    // does not name, has no field of the HTML edition).
    expect(o.html).not.toContain('<dt>Translated by</dt>')
    expect(o.html.split('Anna Example').length - 1).toBe(1)
    expect(o.html.split('AVPRF').length - 1).toBe(1)
    expect(o.html).not.toContain('Archival citation')
    for (const text of [o.reading]) {
      const flat = text.replace(/\s+/g, ' ')
      expect(flat).toContain(`Source: ${note} Checked by Boris Proof.`)
      expect(flat.split('AVPRF').length - 1).toBe(1)
      expect(flat.split('Anna Example').length - 1).toBe(1)
    }
    // Hanging indent under the label: continuation lines start under the statement, not under "Source:".
    expect(o.reading).toMatch(/\nSource: APRF, f\. 45[^\n]*\n {8}\S/)
  },
  'source-citation': (o) => {
    // No source statement (another project's TEI): the citation built from msIdentifier, labelled as
    // before; a note of another type is not taken for one.
    expect(o.html).toContain('<div><dt>Archival citation</dt><dd>Bodleian Library, MS. Example 12, fols. 3–5</dd></div>')
    expect(o.html).not.toMatch(/<dt>Source<\/dt>|consul/)
    expect(o.reading).toContain('\nSource: Oxford, Bodleian Library, MS. Example 12, fols. 3–5\nTranslated by Anna Example.\n')
    expect(o.reading).toContain('\nSource: Oxford, Bodleian Library, MS. Example 12, fols. 3–5. Translated by\n        Anna Example.\n')
    expect(o.reading).not.toContain('consul')
  },
  'source-none': (o) => {
    // An empty source note and no msDesc: no Source field at all, in neither edition.
    expect(o.html).not.toMatch(/<dt>(Source|Archival citation)<\/dt>/)
    for (const text of [o.reading, o.diplomatic]) expect(text).not.toMatch(/Source:|Document Information/)
  },
  'credits-once': (o) => {
    // A credit the source statement states (its names and what they did: "Obtained by Sergey
    // Radchenko.") is shown there only; one it does not state is still shown, once, although the
    // statement names the person in another role ("papers of Gary Goldberg").
    expect(o.html).toContain('<div><dt>Source</dt><dd>AVPRF, fond 0102, opis 9, papers of Gary Goldberg. Obtained by Sergey Radchenko.</dd></div>')
    expect(o.html).not.toContain('<dt>Obtained by</dt>')
    expect(o.html).toContain('<div><dt>Translated by</dt><dd>Gary Goldberg</dd></div>')
    expect(o.html.split('Sergey Radchenko').length - 1).toBe(1)
    expect(o.reading).toContain('\nSource: AVPRF, fond 0102, opis 9, papers of Gary Goldberg. Obtained by Sergey\n        Radchenko.\nTranslated by Gary Goldberg.\n')
    expect(o.reading.replace(/\s+/g, ' ').split('Sergey Radchenko').length - 1).toBe(1)
  },
  'letterhead-lines': (o) => {
    // A letterhead as the author line: its lines joined by a space; short words in capitals that the
    // text never writes otherwise are acronyms and stay in capitals.
    // (the author line is in the reading profile's metadata block; the diplomatic one has none)
    expect(o.reading).toContain('\nMFA USSR Tenth Department, 14 May 1950\n')
    expect(o.reading).not.toMatch(/USSRTenth|Mfa|Ussr/)
  },
  'letterhead-capitals': (o) => {
    // Words in capitals get title case, except those the text also writes in capitals (GDR); a short
    // word the text writes in title case (Cuba) is a word, not an acronym.
    expect(o.reading).toContain('\nEmbassy of Cuba in the GDR, 20 October 1962\n')
  },
  'rights-once': (o) => {
    // The rights statement is printed once in each edition, after the text in "Document Information"
    // (as the archive's page and the HTML edition give it), not also in the block before the text.
    const rights = 'Reuse is welcome for research and teaching. Ask the archive before any commercial use.'
    const reading = o.reading.replace(/\s+/g, ' ')
    expect(reading.split('Reuse is welcome').length - 1).toBe(1)
    expect(o.reading).toContain(`\nDocument Information\n--------------------\nRights: Reuse is welcome`)
    expect(reading).toContain(`Rights: ${rights}`)
    expect(o.reading.indexOf('Reuse is welcome')).toBeGreaterThan(o.reading.indexOf('The delegation arrives on Monday.'))
    // The source's statement, not the edition's own, and none in the diplomatic profile.
    expect(o.reading).not.toContain('Markup by the test edition')
    expect(o.diplomatic).not.toMatch(/Rights|Reuse/)
    expect(o.html.split('Reuse is welcome').length - 1).toBe(1)
    expect(o.html).toMatch(/<section class="document-information"[^]*<dt>Rights<\/dt><dd><p>Reuse is welcome/)
  },
  'series-title': (o) => {
    // The title is the letter's (level a), not the series' or the date-as-title; the date is the
    // letter's (correspDesc, as written), not the edition's publication date, which is the Edition's.
    const title = 'Arthur Schnitzler an Richard Beer-Hofmann, [1896?]'
    expect(o.html).toContain(`<h1>${title}</h1>`)
    expect(o.html).toContain('<div><dt>Date</dt><dd>[1896?]</dd></div>')
    expect(o.html).not.toContain('<dt>Date</dt><dd>2023')
    expect(o.html).toContain('<div><dt>Edition</dt><dd>Austrian Centre for Digital Humanities, 2023</dd></div>')
    expect(o.html).not.toMatch(/<h1>Arthur Schnitzler: Briefwechsel/)
    expect(o.reading.startsWith(`${title}\n\nSchnitzler, Arthur, [1896?]\n`)).toBe(true)
  },
  'licence-paragraphs': (o) => {
    // Each paragraph of a licence is a paragraph of the Rights field, never a paragraph inside one.
    expect(o.html).toContain('<div><dt>Rights</dt><dd><p class="p">Sie dürfen: Teilen und Bearbeiten.</p><p class="p">Unter folgenden Bedingungen: Namensnennung.</p><p>Die Faksimiles sind nicht frei.</p></dd></div>')
    expect(o.html).not.toMatch(/<p>\s*<p/)
    expect(o.reading.replace(/\s+/g, ' ')).toContain('Rights: Sie dürfen: Teilen und Bearbeiten. Unter folgenden Bedingungen: Namensnennung. Die Faksimiles sind nicht frei.')
  },
  'ms-identifier': (o) => {
    // Every part of an identifier (TEI Guidelines §10.4) in both editions: place, institution,
    // repository and shelfmark on one line, each other identifier and each name labelled; no
    // empty "Identifier" for an identifier that has only a name and another identifier.
    expect(o.html).toContain('<div><dt>Identifier</dt><dd class="msIdentifier">Oxford, University of Oxford, Bodleian Library, MS Douce 1</dd></div>')
    expect(o.html).toContain('<div><dt>Other identifier (former)</dt><dd class="altIdentifier">SC 21575 (Summary Catalogue number)</dd></div>')
    expect(o.html).toContain('<div><dt>Name</dt><dd><span class="msName">Red Book of Hergest</span></dd></div>')
    expect(o.html).toContain('<div><dt>Name</dt><dd><span class="msName" lang="la">Codex Suprasliensis</span></dd></div>')
    expect(o.html).toContain('<div><dt>Other identifier (partial)</dt><dd class="altIdentifier">Ljubljana, Narodna knjiznica, MS Kopitar 2</dd></div>')
    expect(o.html).not.toContain('<dd class="msIdentifier"></dd>')
    expect(o.reading).toContain('\nSource: Oxford, University of Oxford, Bodleian Library, MS Douce 1\n')
    expect(o.reading).toMatch(/\nDescription of the original\n-+\n\nOther identifier \(former\): SC 21575 \(Summary Catalogue number\)\n\nName: Red Book of Hergest\n/)
    for (const text of [o.reading, o.diplomatic]) {
      expect(text).toContain('\nName: Codex Suprasliensis\n\nOther identifier (partial): Ljubljana, Narodna knjiznica, MS Kopitar 2\n')
    }
  },
  'figure-descriptions': (o) => {
    // What an image shows (graphic/desc) and a figure's description (figDesc) are in both editions;
    // a lone image without a description of its own is described by its figure's figDesc, once.
    expect(o.html).toMatch(/<span class="graphic">\[image: Photograph of the CPSU CC stamp\]<\/span>\s*<p class="head">Figure 1\. The stamp<\/p>\s*<span class="figDesc">\[figure: Round stamp, violet ink\]<\/span>/)
    expect(o.html).toContain('<span class="graphic">[image: Wax seal of the embassy]</span>')
    expect(o.html.split('Wax seal').length - 1).toBe(1)
    expect(o.html).toContain('<span class="figDesc">[figure: Sketch map of the border crossing]</span>')
    expect(o.html).toContain('A signature <span class="graphic">[image: facsimile of the signature of K. Rusakov]</span> closes the letter.')
    const reading = o.reading.replace(/\s+/g, ' ')
    expect(reading).toContain('[Figure: Figure 1. The stamp; Round stamp, violet ink; image: Photograph of the CPSU CC stamp]')
    expect(reading).toContain('[Figure: Wax seal of the embassy]')
    expect(reading).toContain('[Figure: Figure 3. A map not reproduced; Sketch map of the border crossing]')
    for (const text of [reading, o.diplomatic.replace(/\s+/g, ' ')]) {
      expect(text).toContain('A signature [image: facsimile of the signature of K. Rusakov] closes the letter.')
      expect(text).toContain('Photograph of the CPSU CC stamp')
    }
  },
  'toc-reading': (o) => {
    // A contents entry is its heading's words as the text shows them: the corrected reading of a
    // choice, "[sic]" and "[?]" after words printed as the source has them, a gap and supplied words
    // as printed, no deleted words and no note numbers.
    const entries = [...o.html.matchAll(/<li><a href="#div-\d+">([^<]*)<\/a><\/li>/g)].map((m) => m[1])
    expect(entries).toEqual([
      'Report on teh [sic] talks',
      'Talks with Gromyko[?]',
      'Section Five [illegible] end',
      '2. The situation in Oriente province remains tense [sic]. [Two lines are crossed out.]',
      'Visit of the Prime Minister, Cde. Ivanov[…]'
    ])
  },
  'numbered-items': (o) => {
    expect(o.html).not.toMatch(/<ol[^>]*><li class="item">1\. /)
    expect(o.reading).toContain('\n1. First point.\n2. Second point.\n')
    expect(o.reading).toContain('\n1. Alpha\n2. Beta\n')
  }
}

const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.xml'))).sort()

describe('handed render cases', () => {
  it('has a stated rule for every case folder', () => {
    expect(cases.sort()).toEqual(Object.keys(rules).sort())
  })
  for (const name of cases) {
    it(name, () => {
      const o = outputs(name)
      expect(o.messages.filter((m) => m.severity === 'error')).toEqual([])
      // No empty metadata box: these documents have none of the archive's fields.
      expect(o.html).not.toMatch(/<section class="metadata"[^>]*><\/section>|<dl class="fields"><\/dl>/)
      rules[name]?.(o)
      for (const [file, value] of [['body.html', o.html], ['reading.txt', o.reading], ['diplomatic.txt', o.diplomatic]] as const) {
        const golden = join(root, name, file)
        if (!existsSync(golden) && process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, `${value}\n`)
        expect(`${value}\n`, `${name}/${file}`).toBe(readFileSync(golden, 'utf8'))
      }
    })
  }
})
