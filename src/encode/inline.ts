/** Phrase-level markup of a run of text: corrections, dates, names, abbreviations, quotations and citations. */
import type {Ctx} from './context.js'
import {findDates} from './dates.js'
import {findTimes} from './times.js'
import {KINDS} from './registers.js'
import {attrs, el, esc, open} from './serialize.js'
import {findWord, renderWraps, type Wrap} from './wraps.js'

/** A quotation found in a string: [start, end) includes the quotation marks. */
export interface QuoteSpan {
  start: number
  end: number
}

/** Ranks: lower is outer when two wraps cover the same range. */
const R = {seg: 0, cit: 10, quote: 20, bibl: 20, date: 30, name: 40, choice: 50}

/** Ranges of the sidecar's corrections in `text` (each use counted). */
function correctionWraps(text: string, ctx: Ctx): {wraps: Wrap[]; masked: [number, number][]} {
  const wraps: Wrap[] = []
  const masked: [number, number][] = []
  for (const c of ctx.edits?.corrections ?? []) {
    // An ambiguous find is corrected nowhere (index.ts reports it): never silently everywhere.
    if (ctx.ambiguous?.has(c)) continue
    for (const at of findWord(text, c.find)) {
      const seen = ctx.use.used.get(c) ?? 0
      ctx.use.hit(c)
      if (c.occurrence !== undefined && seen + 1 !== c.occurrence) continue
      const sic = c.sic ?? c.find
      const start = at + c.find.indexOf(sic)
      const end = start + sic.length
      const corr = c.corr === '' ? el('corr', {resp: '#ed', cert: c.cert}) : el('corr', {resp: '#ed', cert: c.cert}, esc(c.corr))
      wraps.push({start, end, open: '<choice><sic>', close: `</sic>${corr}</choice>`, rank: R.choice})
      if (c.when) wraps.push({start, end, open: open('date', {when: c.when, cert: c.cert, resp: '#ed', ana: c.ana}), close: '</date>', rank: R.date})
      masked.push([start, end])
    }
  }
  for (const d of ctx.edits?.dates ?? []) {
    for (const at of findWord(text, d.find)) {
      ctx.use.hit(d)
      const start = at + d.find.indexOf(d.part ?? d.find)
      const a = {when: d.when, from: d.from, to: d.to, notBefore: d.notBefore, notAfter: d.notAfter, cert: d.cert, resp: '#ed'}
      wraps.push({start, end: start + (d.part ?? d.find).length, open: open('date', a), close: '</date>', rank: R.date})
    }
  }
  return {wraps, masked}
}

/** Ranges a correction turns into `sic` (quotation marks there are not quotations); uses are not counted. */
export function maskedRanges(text: string, ctx: Ctx): [number, number][] {
  const out: [number, number][] = []
  for (const c of ctx.edits?.corrections ?? []) {
    for (const at of findWord(text, c.find)) {
      const start = at + c.find.indexOf(c.sic ?? c.find)
      out.push([start, start + (c.sic ?? c.find).length])
    }
  }
  return out
}

/** Curly-quoted passages (innermost pairs), ignoring quotation marks that a correction removes. */
export function findQuotes(text: string, masked: [number, number][] = []): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let openAt = -1
  const marks = /[“”]/g
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index
    const ch = m[0]
    if (masked.some(([s, e]) => i >= s && i < e)) continue
    if (ch === '“') openAt = i
    else if (openAt >= 0) {
      spans.push({start: openAt, end: i + 1})
      openAt = -1
    }
  }
  return spans
}

/** Quotations, with a following parenthesised source as `cit/quote/bibl` (or `quote/@source` when punctuation intervenes). */
function quoteWraps(text: string, masked: [number, number][], ctx: Ctx, quoteIds: Map<number, string>): Wrap[] {
  const wraps: Wrap[] = []
  for (const q of findQuotes(text, masked)) {
    const after = text.slice(q.end)
    const m = /^([.,]?)( ?)\(([^()]*)\)/.exec(after)
    const isSource = m !== null && (findDates(m[3] ?? '').length > 0 || /^from |bulletin|Sinmun|Pravda/.test(m[3] ?? ''))
    const id = quoteIds.get(q.start)
    const words = text.slice(q.start, q.end).split(/\s+/).length
    if (m && isSource) {
      const bStart = q.end + (m[1] ?? '').length + (m[2] ?? '').length
      const bEnd = q.end + m[0].length
      if (!m[1]) {
        wraps.push({start: q.start, end: bEnd, open: '<cit>', close: '</cit>', rank: R.cit})
        wraps.push({start: q.start, end: q.end, open: open('quote', {'xml:id': id}), close: '</quote>', rank: R.quote})
        wraps.push({start: bStart, end: bEnd, open: '<bibl>', close: '</bibl>', rank: R.bibl})
      } else {
        const bid = `b-${String(next(ctx)).padStart(2, '0')}`
        wraps.push({start: q.start, end: q.end, open: open('quote', {'xml:id': id, source: `#${bid}`}), close: '</quote>', rank: R.quote})
        wraps.push({start: bStart, end: bEnd, open: open('bibl', {'xml:id': bid}), close: '</bibl>', rank: R.bibl})
      }
    } else {
      const name = id || words >= 5 ? 'quote' : 'q'
      wraps.push({start: q.start, end: q.end, open: open(name, {'xml:id': id}), close: `</${name}>`, rank: R.quote})
    }
  }
  return wraps
}

function next(ctx: Ctx): number {
  ctx.counters.bibl = (ctx.counters.bibl ?? 0) + 1
  return ctx.counters.bibl
}

/** Names from the registers, plus "Cde."/"Comrade" abbreviations (not inside a correction's `sic`, which reads as printed). */
function nameWraps(text: string, ctx: Ctx, masked: [number, number][] = []): Wrap[] {
  const wraps: Wrap[] = []
  const taken: [number, number][] = []
  for (const f of ctx.registers.forms()) {
    for (const at of findWord(text, f.form)) {
      const end = at + f.form.length
      if (taken.some(([s, e]) => at < e && end > s)) continue
      taken.push([at, end])
      const name = KINDS[f.kind].name
      const a = f.kind === 'bibls' ? {level: 'j', ref: `#${f.id}`} : {ref: `#${f.id}`}
      wraps.push({start: at, end, open: `<${name}${attrs(a)}>${f.abbr ? '<abbr>' : ''}`, close: `${f.abbr ? '</abbr>' : ''}</${name}>`, rank: R.name})
    }
  }
  for (const abbr of ['Cde.', 'Comr.']) {
    for (const at of findWord(text, abbr)) if (!masked.some(([s, e]) => at < e && at + abbr.length > s)) wraps.push({start: at, end: at + abbr.length, open: '<choice><abbr>', close: '</abbr><expan>Comrade</expan></choice>', rank: R.choice})
  }
  return wraps
}

/** Render a run of text (slots stand for rendered brackets) with all phrase-level markup. */
export function renderText(text: string, ctx: Ctx, extra: Wrap[] = [], slots: string[] = [], quoteIds = new Map<number, string>()): string {
  const {wraps: corrections, masked} = correctionWraps(text, ctx)
  const fixedDates = corrections.filter((w) => w.open.startsWith('<date'))
  const found = findDates(text, {order: ctx.numericOrder, ref: ctx.pageDate}).filter((d) => !fixedDates.some((f) => d.start < f.end && d.end > f.start))
  const dates: Wrap[] = found.map((d) => ({start: d.start, end: d.end, open: open('date', d.attrs), close: '</date>', rank: R.date}))
  const times: Wrap[] = findTimes(text)
    .filter((t) => ![...found, ...fixedDates].some((d) => t.start < d.end && t.end > d.start))
    .map((t) => ({start: t.start, end: t.end, open: open('time', t.attrs), close: '</time>', rank: R.date}))
  // A translator's "[sic]" on a word the sidecar corrects is that correction's sic (one sic, the translator's too), not a second sic around it.
  const marked = extra.filter((w) => w.open.startsWith('<sic') && masked.some(([s, e]) => w.start === s && w.end === e))
  const own = extra.filter((w) => !marked.includes(w))
  const fixed = corrections.map((w) => (w.open === '<choice><sic>' && marked.some((m) => m.start === w.start && m.end === w.end) ? {...w, open: `<choice>${open('sic', {resp: '#tr'})}`} : w))
  const wraps = [...own, ...fixed, ...dates, ...times, ...nameWraps(text, ctx, masked), ...quoteWraps(text, masked, ctx, quoteIds)]
  return renderWraps(text, wraps, (k) => slots[k] ?? '')
}
