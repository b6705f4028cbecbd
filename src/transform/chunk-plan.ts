/**
 * Cutting a very large TEI document into runs for bounded rendering (src/transform/README.md,
 * "Memory"). One streaming pass over the prepared XML (saxes, through src/parse) finds the text's
 * parts, the top-level parts of the body, the ids that something points at and the divisions and
 * headings the page's table of contents needs; the documents of each run and of the page's skeleton
 * are then written from slices of the original text, with a map back to it for messages.
 */
import {scanXml, type ScannedElement} from '../parse/parse-xml.js'

const TEI = 'http://www.tei-c.org/ns/1.0'
/** Markers in the skeleton's page (private-use characters a document may not contain: checked). */
export const MARK_OPEN = '\uF8F0'
export const MARK_CLOSE = '\uF8F1'
/** Namespace of the container of copied elements in a run's document. */
const STUB_NS = 'urn:x-teipipe:chunk'
/** A copied element larger than this (characters) makes the document render in one pass. */
const STUB_LIMIT = 256 * 1024

/** An element's names and offsets in the prepared text. */
export interface Span {
  uri: string
  local: string
  name: string
  start: number
  startTagEnd: number
  end: number
}

/** A node the skeleton keeps: a division (with its kept children) or a heading (whole). */
interface Kept {
  span: Span
  kind: 'division' | 'head'
  /** True when the division's parent is not the kept node it belongs under (a division inside a paragraph or note). */
  detached: boolean
  children: Kept[]
}

/** An element of the body a run may start or end at: a child of the body or of a division the plan opens. */
export interface Part {
  span: Span
  /** Its index among the same-named children of its parent (1-based, as in an XPath). */
  index: number
  /** Element children, for divisions with element-only content (which the plan may open). */
  children?: Part[]
  /** Text directly inside (then it is never opened). */
  mixed: boolean
}

/** One part of the text a run renders: the front, the back, or a part of the body in a region of the page. */
export interface Unit {
  /** `front`, `back`, or `<container>.<segment>`: the body is `body`, an opened division `c1`, `c2`…; segments are the stretches between opened divisions. */
  region: string
  span: Span
  part?: Part
  /** The opened divisions around it, outermost first. */
  open: Part[]
}

/** The plan of a chunked rendering. */
export interface ChunkPlan {
  xml: string
  text: Span
  containers: {region: 'front' | 'body' | 'back'; span: Span; kept: Kept[]}[]
  body: Span
  /** The body's children (and, inside divisions, theirs). */
  bodyPart: Part
  /** Opened divisions by start offset → their container key (`c1`…). */
  opened: Map<number, string>
  /** Runs of units, in document order. */
  runs: Unit[][]
  /** Where each element name first occurs (`name()` as written → start offset). */
  firstOfName: Map<string, number>
  /** Elements of the text with an xml:id that something points at, by id. */
  targets: Map<string, Span>
  /** Pointers: the start offset of the element whose attribute names `#id`, and the id. */
  pointers: {at: number; id: string}[]
  /** Marginal marks (metamark) and notes with @target in the text, and the elements of the text they point at. */
  marks: {span: Span; on: Span[]; metamark: boolean}[]
  /** The first `seg type="letterhead"` of the text (the text edition's metadata reads it). */
  letterhead?: Span
}

/** A chunk of text written from slices of the prepared text, with the map back to it. */
export class SlicedText {
  private readonly parts: string[] = []
  /** [offset here, offset in the prepared text, length] for every verbatim slice. */
  private readonly map: [number, number, number][] = []
  private length = 0
  constructor(private readonly source: string) {}

  /** Append the prepared text from `from` to `to` as it is. */
  verbatim(from: number, to: number): this {
    if (to <= from) return this
    this.map.push([this.length, from, to - from])
    this.parts.push(this.source.slice(from, to))
    this.length += to - from
    return this
  }

  /** Append text of our own (tags, markers): it maps to nothing. */
  synthetic(text: string): this {
    this.parts.push(text)
    this.length += text.length
    return this
  }

  toString(): string {
    return this.parts.join('')
  }

  /** The offset in the prepared text of an offset here, or undefined inside text of our own. */
  toSource(offset: number): number | undefined {
    let lo = 0
    let hi = this.map.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const [at, from, length] = this.map[mid] as [number, number, number]
      if (offset < at) hi = mid - 1
      else if (offset >= at + length) lo = mid + 1
      else return from + offset - at
    }
    return undefined
  }
}

const isDivision = (e: {local: string}): boolean => e.local.startsWith('div') && e.local.length <= 4
/** Paragraphs and divisions: their rendering never looks at their siblings (headings, verse lines, list labels, inline elements do). */
const standsAlone = (e: {uri: string; local: string}): boolean => isDivision(e) || (e.uri === TEI && (e.local === 'p' || e.local === 'ab'))
const span = (e: ScannedElement): Span => ({uri: e.uri, local: e.local, name: e.name, start: e.start, startTagEnd: e.startTagEnd, end: e.end})

/**
 * Plan the runs of `xml` (prepared XML text) of about `size` characters each, cut only between the
 * front, the back and consecutive paragraphs or divisions of the body (standsAlone). Returns a sentence saying why not when the document must render in
 * one pass: not one TEI document with one text of front/body/back, namespaces declared inside the
 * text, register entries inside the text, duplicate ids, pointers
 * at the root, text or body, a pointed-at element over 256 KB, the markers' characters, or fewer than
 * two runs.
 */
export function planChunks(xml: string, size: number): ChunkPlan | string {
  if (xml.includes(MARK_OPEN) || xml.includes(MARK_CLOSE)) return 'the document contains the private-use characters U+F8F0/U+F8F1'
  let reason: string | undefined
  const fail = (why: string) => void (reason ??= why)
  const stack: {element: ScannedElement; kept?: Kept; inText: boolean}[] = []
  let root: ScannedElement | undefined
  let text: ScannedElement | undefined
  let body: ScannedElement | undefined
  const containers: ChunkPlan['containers'] = []
  const parts = new Map<ScannedElement, {part: Part; element: ScannedElement; names: Map<string, number>}>()
  const firstOfName = new Map<string, number>()
  const ids = new Map<string, ScannedElement>()
  const inTextIds = new Set<string>()
  const forbidden = new Set<string>()
  const pointers: {at: number; id: string}[] = []
  let letterhead: ScannedElement | undefined
  const marking: {element: ScannedElement; targets: string[]; metamark: boolean}[] = []
  const ok = scanXml(xml, {
    open(element) {
      const parent = stack.at(-1)
      if (!firstOfName.has(element.name)) firstOfName.set(element.name, element.start)
      const inText = parent !== undefined && (parent.inText || parent.element === text)
      let kept: Kept | undefined
      if (!parent) {
        root = element
        if (element.uri !== TEI || element.local !== 'TEI') fail('the root is not a TEI element')
      } else if (parent.element === root && element.uri === TEI && element.local === 'text') {
        if (text) fail('the document has more than one text')
        text = element
      } else if (parent.element === text) {
        const region = element.uri === TEI && (element.local === 'front' || element.local === 'body' || element.local === 'back') ? element.local : undefined
        if (!region || containers.some((c) => c.region === region)) fail('the text holds more than a front, a body and a back')
        else {
          kept = {span: span(element), kind: 'division', detached: false, children: []}
          containers.push({region, span: kept.span, kept: kept.children})
          if (region === 'body') {
            body = element
            parts.set(element, {part: {span: kept.span, index: 1, children: [], mixed: false}, element, names: new Map()})
          }
        }
      } else if (inText) {
        const chain = parts.get(parent.element)
        if (chain?.part.children) {
          const key = `{${element.uri}}${element.local}`
          const index = (chain.names.get(key) ?? 0) + 1
          chain.names.set(key, index)
          const part: Part = {span: span(element), index, mixed: false, ...(isDivision(element) ? {children: []} : {})}
          chain.part.children.push(part)
          parts.set(element, {part, element, names: new Map()})
        }
        if (element.uri === TEI && element.local === 'text') fail('the text holds another text')
        const target = element.attributes['target']
        if (element.uri === TEI && (element.local === 'metamark' || element.local === 'note') && target !== undefined) {
          marking.push({element, targets: target.split(/\s+/).filter((t) => t.startsWith('#')).map((t) => t.slice(1)), metamark: element.local === 'metamark'})
        }
        if (element.uri === TEI && ['person', 'personGrp', 'org', 'place'].includes(element.local) && element.attributes['xml:id'] !== undefined) fail('register entries stand inside the text')
        if (element.uri === TEI && element.local === 'seg' && element.attributes['type'] === 'letterhead') letterhead ??= element
        const owner = [...stack].reverse().find((f) => f.kept)?.kept
        if (owner && isDivision(element)) {
          kept = {span: span(element), kind: 'division', detached: parent.kept !== owner, children: []}
          owner.children.push(kept)
        } else if (owner && parent.kept === owner && element.uri === TEI && element.local === 'head') {
          kept = {span: span(element), kind: 'head', detached: false, children: []}
          owner.children.push(kept)
        }
      }
      for (const [name, value] of Object.entries(element.attributes)) {
        if (name === 'xml:id') {
          if (ids.has(value)) fail('two elements have the same xml:id')
          ids.set(value, element)
          if (inText) inTextIds.add(value)
          if (element === root || element === text || element === body) forbidden.add(value)
        } else if ((name === 'xmlns' || name.startsWith('xmlns:')) && (inText || element === text)) {
          fail('namespaces are declared inside the text')
        } else if (value.includes('#')) {
          for (const token of value.split(/\s+/)) if (token.startsWith('#') && token.length > 1) pointers.push({at: element.start, id: token.slice(1)})
        }
      }
      stack.push({element, inText, ...(kept ? {kept} : {})})
    },
    close(element) {
      const frame = stack.pop()
      if (frame?.kept) frame.kept.span.end = element.end
      const chain = parts.get(element)
      if (chain) {
        chain.part.span.end = element.end
        if (!chain.part.children) parts.delete(element)
      }
    },
    text(value, parent) {
      if (parent && (parent === body || parent === text || parent === root) && value.trim() !== '') fail('there is text directly in the body')
      const chain = parent ? parts.get(parent) : undefined
      if (chain && value.trim() !== '') chain.part.mixed = true
    }
  })
  if (!ok) return 'the document is not well-formed'
  if (reason) return reason
  if (!root || !text || !body) return 'the document has no text with a body'
  if (text.startTagEnd === text.end) return 'the text is empty'
  const targets = new Map<string, Span>()
  for (const {id} of pointers) {
    if (forbidden.has(id)) return 'something points at the root, the text or the body'
    const target = ids.get(id)
    if (target && inTextIds.has(id) && !targets.has(id)) {
      if (target.end - target.start > STUB_LIMIT) return 'a pointed-at element is too large to copy'
      targets.set(id, span(target))
    }
  }
  for (const container of containers) {
    const element = container.region === 'body' ? body : undefined
    if (element) container.span.end = element.end
  }
  const bodyPart = parts.get(body)?.part
  if (!bodyPart) return 'the document has no text with a body'
  // A division larger than a run, with element-only content, is opened: its children become units.
  const opened = new Map<number, string>()
  const units: Unit[] = []
  const walk = (container: Part, key: string, open: Part[]): void => {
    let segment = 0
    for (const child of container.children ?? []) {
      if (child.children && !child.mixed && child.children.length > 1 && child.span.end - child.span.start > size) {
        const inner = `c${opened.size + 1}`
        opened.set(child.span.start, inner)
        walk(child, inner, [...open, child])
        segment++
      } else units.push({region: `${key}.${segment}`, span: child.span, part: child, open})
    }
  }
  for (const container of [...containers].sort((a, b) => a.span.start - b.span.start)) {
    if (container.region === 'body') walk(bodyPart, 'body', [])
    else units.push({region: container.region, span: container.span, open: []})
  }
  const runs: Unit[][] = []
  let run: Unit[] = []
  let runSize = 0
  for (const unit of units) {
    const previous = run.at(-1)
    const inBody = (u: Unit) => u.region !== 'front' && u.region !== 'back'
    const cuttable = previous !== undefined && (!inBody(previous) || !inBody(unit) || (standsAlone(previous.span) && standsAlone(unit.span)))
    if (cuttable && runSize >= size) {
      runs.push(run)
      run = []
      runSize = 0
    }
    run.push(unit)
    runSize += unit.span.end - unit.span.start
  }
  if (run.length > 0) runs.push(run)
  if (runs.length < 2) return 'the text has no places to cut it'
  const marks: ChunkPlan['marks'] = []
  for (const m of marking) {
    const on = m.targets.map((id) => ids.get(id)).filter((e): e is ScannedElement => e !== undefined && inTextIds.has(e.attributes['xml:id'] ?? '')).map(span)
    if (m.element.end - m.element.start > STUB_LIMIT) return 'a marginal mark or note is too large to copy'
    marks.push({span: span(m.element), on, metamark: m.metamark})
  }
  return {xml, text: span(text), containers, body: span(body), bodyPart, opened, runs, firstOfName, targets, pointers, marks, ...(letterhead ? {letterhead: span(letterhead)} : {})}
}

/** A marker in the skeleton's page. */
export const marker = (name: string): string => `${MARK_OPEN}${name}${MARK_CLOSE}`

/** Outermost elements among `spans` (sorted by start), dropping those inside another or inside `exclude`. */
function outermost(spans: Span[], exclude: (s: Span) => boolean): Span[] {
  const out: Span[] = []
  for (const s of spans.sort((a, b) => a.start - b.start)) {
    if (exclude(s)) continue
    const last = out.at(-1)
    if (last && s.start < last.end) continue
    out.push(s)
  }
  return out
}

/** Copies of `spans` in a container after the text, so that pointers into other runs still resolve. */
function writeStubs(out: SlicedText, plan: ChunkPlan, spans: Span[]): void {
  if (spans.length === 0) return
  // Inside a text (marks are drawn only on elements of a text) and an ab (not a part of the table of contents).
  const ab = `${plan.text.name.includes(':') ? `${plan.text.name.split(':')[0]}:` : ''}ab`
  out.synthetic(`<tpc:stubs xmlns:tpc="${STUB_NS}"><${plan.text.name}><${ab}>`)
  for (const s of spans) out.verbatim(s.start, s.end)
  out.synthetic(`</${ab}></${plan.text.name}></tpc:stubs>`)
}

/** The end tag of a span's element. */
const endTag = (s: Span): string => `</${s.name}>`
/** The start tag of a span's element, never self-closing. */
function openTag(out: SlicedText, s: Span): void {
  if (s.startTagEnd === s.end) out.verbatim(s.start, s.startTagEnd - 2).synthetic('>')
  else out.verbatim(s.start, s.startTagEnd)
}

/**
 * The document of run `index`: everything before the text's content (prolog, header, other parts),
 * the run's units inside their front/body/back, copies of the elements of other runs its pointers
 * name, and everything after the text.
 */
export function runDocument(plan: ChunkPlan, index: number): SlicedText {
  const run = plan.runs[index] ?? []
  const out = new SlicedText(plan.xml).verbatim(0, plan.text.startTagEnd)
  const from = run[0]?.span.start ?? 0
  const to = run.at(-1)?.span.end ?? 0
  for (const container of plan.containers.slice().sort((a, b) => a.span.start - b.span.start)) {
    if (container.region !== 'body') {
      if (run.some((u) => u.region === container.region)) out.verbatim(container.span.start, container.span.end)
      continue
    }
    if (container.span.startTagEnd === container.span.end) {
      out.verbatim(container.span.start, container.span.end)
      continue
    }
    out.verbatim(container.span.start, container.span.startTagEnd)
    // The run's parts inside the divisions they belong to; a marker element opens each such division
    // and comes before the first part of each region.
    const open: Part[] = []
    let region = ''
    for (const unit of run) {
      if (unit.region === 'front' || unit.region === 'back') continue
      let common = 0
      while (common < open.length && common < unit.open.length && open[common] === unit.open[common]) common++
      while (open.length > common) out.synthetic(endTag((open.pop() as Part).span))
      for (const division of unit.open.slice(common)) {
        out.verbatim(division.span.start, division.span.startTagEnd).synthetic(`<tpc:open xmlns:tpc="${STUB_NS}"/>`)
        open.push(division)
      }
      if (unit.region !== region) {
        region = unit.region
        out.synthetic(`<tpc:seg xmlns:tpc="${STUB_NS}" n="${region}"/>`)
      }
      out.verbatim(unit.span.start, unit.span.end)
    }
    while (open.length > 0) out.synthetic(endTag((open.pop() as Part).span))
    out.synthetic(endTag(container.span))
  }
  out.synthetic(endTag(plan.text))
  const wanted = new Set<string>()
  for (const p of plan.pointers) if (p.at >= from && p.at < to) wanted.add(p.id)
  const spans = [...wanted].map((id) => plan.targets.get(id)).filter((s): s is Span => s !== undefined)
  // Marks and notes elsewhere that point into the run (the run's elements are drawn marked).
  for (const mark of plan.marks) if (mark.on.some((s) => s.start >= from && s.end <= to)) spans.push(mark.span)
  writeStubs(out, plan, outermost(spans, (s) => s.start >= from && s.end <= to))
  return out.verbatim(plan.text.end, plan.xml.length)
}

/**
 * The skeleton of the page. HTML: the text's front, body and back keep their start tags, hold
 * markers around their divisions and headings (for the table of contents), and the elements of the
 * text that parts outside the text point at are copied after it. Text: the text is one marker
 * paragraph, and the first letterhead is copied after it (inside a text of its own, which the
 * edition never renders).
 */
export function skeletonDocument(plan: ChunkPlan, edition: 'html' | 'text'): SlicedText {
  const out = new SlicedText(plan.xml).verbatim(0, plan.text.startTagEnd)
  if (edition === 'text') {
    const body = plan.body
    out.synthetic(`<${body.name}>${marker('text')}</${body.name}>`).synthetic(endTag(plan.text))
    if (plan.letterhead) writeStubs(out, plan, [plan.letterhead])
    return out.verbatim(plan.text.end, plan.xml.length)
  }
  const prefix = plan.body.name.includes(':') ? `${plan.body.name.split(':')[0]}:` : ''
  // An opened division (or the body) holds markers around the stretches between the divisions opened inside it.
  const writeRegions = (key: string, children: Kept[]): void => {
    let segment = 0
    out.synthetic(marker(`${key}.${segment}-start`))
    for (const child of children) {
      const inner = plan.opened.get(child.span.start)
      if (inner === undefined || child.kind !== 'division' || child.detached) {
        write(child)
        continue
      }
      out.synthetic(marker(`${key}.${segment}-end`))
      out.verbatim(child.span.start, child.span.startTagEnd)
      writeRegions(inner, child.children)
      out.synthetic(endTag(child.span))
      segment++
      out.synthetic(marker(`${key}.${segment}-start`))
    }
    out.synthetic(marker(`${key}.${segment}-end`))
  }
  const write = (kept: Kept): void => {
    if (kept.kind === 'head' || kept.span.startTagEnd === kept.span.end) {
      if (kept.detached) out.synthetic(`<${prefix}ab>`)
      out.verbatim(kept.span.start, kept.span.end)
      if (kept.detached) out.synthetic(`</${prefix}ab>`)
      return
    }
    if (kept.detached) out.synthetic(`<${prefix}ab>`)
    out.verbatim(kept.span.start, kept.span.startTagEnd)
    for (const child of kept.children) write(child)
    out.synthetic(endTag(kept.span))
    if (kept.detached) out.synthetic(`</${prefix}ab>`)
  }
  for (const container of plan.containers.slice().sort((a, b) => a.span.start - b.span.start)) {
    openTag(out, container.span)
    if (container.region === 'body') writeRegions('body', container.kept)
    else {
      out.synthetic(marker(`${container.region}-start`))
      for (const kept of container.kept) write(kept)
      out.synthetic(marker(`${container.region}-end`))
    }
    out.synthetic(endTag(container.span))
  }
  out.synthetic(endTag(plan.text))
  const outside = new Set<string>()
  for (const p of plan.pointers) if (p.at < plan.text.start || p.at >= plan.text.end) outside.add(p.id)
  const spans = [...outside].map((id) => plan.targets.get(id)).filter((s): s is Span => s !== undefined)
  // The legend of marginal marks: every mark, and what it marks (whether the extent is uncertain).
  for (const mark of plan.marks) if (mark.metamark) spans.push(mark.span, ...mark.on)
  writeStubs(out, plan, outermost(spans, () => false))
  return out.verbatim(plan.text.end, plan.xml.length)
}
