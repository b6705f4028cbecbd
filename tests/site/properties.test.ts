// Properties of the corpus site over generated facts (fast-check): the pages do not depend on the order
// of the facts, no text from a document reaches a page unescaped, every published document is in the
// index and every failed one with its reason, and previous/next form one chain in date order.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {DocumentFacts, RegisterRef} from '../../src/site/facts.js'
import {documentNav, sitePages} from '../../src/site/site.js'

// Text that tries to break out of HTML: markup characters, quotes, entities, non-ASCII.
const hostile = fc.string({unit: fc.constantFrom('a', 'Z', 'é', ' ', '<', '>', '&', '"', "'", '/', 's', 'c', 'r', 'i', 'p', 't', '=', ';', '#', '\u2028')})
const ref: fc.Arbitrary<RegisterRef> = fc.record({key: fc.constantFrom('name:a', 'name:b', 'https://x.org/1', 'key:K'), name: hostile})
const date = fc.option(fc.constantFrom('1949', '1949-04', '1949-04-01', '1969-06-09', '-0300', '2001-12-31'), {nil: undefined})

const facts: fc.Arbitrary<DocumentFacts[]> = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,8}$/),
    title: hostile,
    date,
    failed: fc.boolean(),
    reason: hostile,
    persons: fc.array(ref, {maxLength: 3}),
    text: hostile
  }).map(({id, title, date: when, failed, reason, persons, text}): DocumentFacts => failed
    ? {id, title: id, status: 'failed', reason: reason || 'x', persons: [], places: [], orgs: [], words: 0}
    : {id, title: title || id, ...(when ? {date: when, dateText: when} : {}), status: 'published', persons: uniqueByKey(persons), places: [], orgs: [], words: text.split(' ').length, ...(text ? {text} : {})}),
  {selector: (f) => f.id, maxLength: 8}
)

function uniqueByKey(refs: RegisterRef[]): RegisterRef[] {
  return [...new Map(refs.map((r) => [r.key, r])).values()].sort((a, b) => (a.key < b.key ? -1 : 1))
}

describe('sitePages properties', () => {
  it('gives the same pages for any order of the facts', () => {
    fc.assert(fc.property(facts, fc.nat(), (list, seed) => {
      const shuffled = [...list].sort((a, b) => ((a.id.charCodeAt(0) * 31 + seed) % 7) - ((b.id.charCodeAt(0) * 31 + seed) % 7))
      const a = sitePages(list)
      const b = sitePages(shuffled)
      expect([...b]).toEqual([...a])
    }), {numRuns: 40})
  })

  it('never lets document text open an element or break out of a script string', () => {
    fc.assert(fc.property(facts, (list) => {
      for (const [path, content] of sitePages(list)) {
        if (path.endsWith('.html')) {
          // Only the site's own elements: every "<" starts a known tag name of ours.
          const tags = new Set([...content.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]))
          for (const tag of tags) expect(['html', 'head', 'meta', 'title', 'link', 'body', 'a', 'header', 'p', 'nav', 'ul', 'li', 'form', 'label', 'input', 'button', 'main', 'h1', 'h2', 'div', 'table', 'caption', 'thead', 'tr', 'th', 'tbody', 'td', 'time', 'span', 'strong', 'footer', 'script', 'section', 'noscript', 'ol', 'select', 'option']).toContain(tag)
          expect(content.match(/<script/g)?.length ?? 0).toBe(content.match(/<script src="[^"]+"><\/script>/g)?.length ?? 0)
        }
        if (path.startsWith('corpus/text/') || path === 'corpus/search-index.js') expect(content).not.toMatch(/[<\u2028\u2029]/)
      }
    }), {numRuns: 40})
  })

  it('lists every document in the index; failed ones with their reason and no link', () => {
    fc.assert(fc.property(facts, (list) => {
      const index = sitePages(list).get('index.html') ?? ''
      for (const f of list) {
        if (f.status === 'published') expect(index).toContain(`href="${f.id}.html"`)
        else {
          expect(index).toContain(`id="failed-${f.id}"`)
          expect(index).not.toContain(`href="${f.id}.html"`)
        }
      }
      expect(index.match(/<tr id=/g)?.length ?? 0).toBe(list.length)
    }), {numRuns: 40})
  })

  it('chains previous and next through every published document exactly once', () => {
    fc.assert(fc.property(facts, (list) => {
      const published = list.filter((f) => f.status === 'published')
      const first = published.filter((f) => documentNav(list, f.id)['prev-href'] === '')
      expect(first.length).toBe(published.length === 0 ? 0 : 1)
      const seen: string[] = []
      let current = first[0]?.id
      while (current !== undefined) {
        seen.push(current)
        const next = documentNav(list, current)['next-href']
        if (next !== '') expect(documentNav(list, next.replace(/\.html$/, ''))['prev-href']).toBe(`${current}.html`)
        current = next === '' ? undefined : next.replace(/\.html$/, '')
      }
      expect([...seen].sort()).toEqual(published.map((f) => f.id).sort())
    }), {numRuns: 60})
  })
})
