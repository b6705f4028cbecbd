/**
 * RELAX NG validation of a positioned tree by derivatives, with Jing's recovery (PatternMatcher): after a
 * mistake the state is repaired so that validation continues and the next mistake is reported on its
 * own, and errors that follow only from an earlier one are suppressed. Each problem carries what the
 * schema expected at that point (element names, text, the end tag) and what is missing.
 */
import type {XmlAttribute, XmlElement, XmlText} from '../../parse/tree.js'
import type {DataFailure} from './datatypes.js'
import {ContentType, Kind, findElement, isBlank, possibleAttributes, possibleStartTags, requiredNames, type Name, type Pattern} from './pattern.js'
import type {CompiledRng} from './schema.js'

const XMLNS = 'http://www.w3.org/2000/xmlns/'

/** What the schema allows at a point. */
export interface Expected {
  names: Name[]
  /** Elements from other namespaces (or any name) are allowed too. */
  open: boolean
  endTag: boolean
  text: boolean
  data: boolean
}

/** One RELAX NG problem, before it is worded. */
export type RngProblem =
  | {kind: 'element-unknown' | 'element-out-of-context' | 'element-not-yet'; element: XmlElement; expected: Expected; missing: Name[]; previous?: XmlElement}
  | {kind: 'element-incomplete'; element: XmlElement; expected: Expected; missing: Name[]}
  | {kind: 'text-not-allowed'; element: XmlElement; text?: XmlText; expected: Expected}
  | {kind: 'attribute-not-allowed'; element: XmlElement; attribute: XmlAttribute; allowed: Name[]; open: boolean}
  | {kind: 'attribute-value-invalid'; element: XmlElement; attribute: XmlAttribute; failures: DataFailure[]}
  | {kind: 'attribute-missing'; element: XmlElement; missing: Name[]; allowed: Name[]}
  | {kind: 'value-invalid'; element: XmlElement; value: string; failures: DataFailure[]; blank: boolean; expected?: Expected}
  | {kind: 'id-duplicate'; element: XmlElement; attribute: XmlAttribute; first: XmlElement}
  | {kind: 'idref-missing'; element: XmlElement; attribute: XmlAttribute; value: string}

/** Validate a tree; returns the problems in document order of detection. */
export function validateTree(schema: CompiledRng, root: XmlElement): RngProblem[] {
  return new Matcher(schema).run(root)
}

/** Jing's isNotAllowed: notAllowed, or an After whose first operand is (inside an unknown element). */
function na(p: Pattern): boolean {
  return p.kind === Kind.NotAllowed || (p.kind === Kind.After && na(p.a as Pattern))
}

const expectedCache = new WeakMap<Pattern, Expected>()

class Matcher {
  private readonly b
  private memo: Pattern
  private hadError = false
  private textTyped = false
  private ignoreNext = false
  private readonly problems: RngProblem[] = []
  private readonly ids = new Map<string, XmlElement>()
  private readonly idrefs: {element: XmlElement; attribute: XmlAttribute; value: string}[] = []
  constructor(private readonly schema: CompiledRng) {
    this.b = schema.builder
    this.memo = schema.start
  }

  run(root: XmlElement): RngProblem[] {
    // An explicit stack, so that deeply nested documents cannot overflow the call stack.
    type Frame = {element: XmlElement; index: number; buffer: string | undefined; previous: XmlElement | undefined}
    const stack: Frame[] = []
    const open = (element: XmlElement, previous: XmlElement | undefined): void => {
      this.startElement(element, previous)
      stack.push({element, index: 0, buffer: this.textTyped ? '' : undefined, previous: undefined})
    }
    open(root, undefined)
    while (stack.length > 0) {
      const frame = stack.at(-1) as Frame
      const child = frame.element.children[frame.index++]
      if (!child) {
        stack.pop()
        this.endElement(frame.element, frame.buffer)
        continue
      }
      if (child.type === 'text') {
        if (frame.buffer !== undefined) frame.buffer += child.value
        else if (!isBlank(child.value)) this.untypedText(frame.element, child)
        continue
      }
      if (frame.buffer !== undefined) {
        const text = frame.buffer
        frame.buffer = undefined
        if (!isBlank(text)) this.untypedText(frame.element, undefined)
      }
      const previous = frame.previous
      frame.previous = child
      open(child, previous)
    }
    for (const ref of this.idrefs) if (!this.ids.has(ref.value)) this.problems.push({kind: 'idref-missing', ...ref})
    return this.problems
  }

  private ignoreError(): boolean {
    return this.hadError && na(this.memo)
  }

  /** Record a problem unless it only follows from an earlier one. */
  private error(problem: () => RngProblem): void {
    if (this.ignoreError()) return
    this.hadError = true
    this.problems.push(problem())
  }

  private startElement(element: XmlElement, previous: XmlElement | undefined): void {
    const {uri: ns, local} = element
    const key = `{${ns}}${local}`
    const d = this.b.startTagOpen(this.memo, key, ns, local)
    if (!na(d)) this.memo = d
    else {
      let next = this.b.startTagOpen(this.memo, key, ns, local, true)
      if (!na(next)) {
        this.error(() => {
          const missing = [...requiredNames(this.memo, false).values()]
          return {kind: 'element-not-yet', element, expected: this.expected(), missing, ...(previous ? {previous} : {})}
        })
      } else {
        const cache = (this.schema.found ??= new Map<string, Pattern>())
        let found = cache.get(key)
        if (!found) {
          found = findElement(this.b, this.schema.start, ns, local)
          cache.set(key, found)
        }
        next = this.b.after(found, this.memo)
        this.error(() => ({kind: found === this.b.notAllowed ? 'element-unknown' : 'element-out-of-context', element, expected: this.expected(), missing: [], ...(previous ? {previous} : {})}))
      }
      this.memo = next
    }
    for (const attribute of element.attributes) {
      if (attribute.uri === XMLNS) continue
      this.attribute(element, attribute)
    }
    const closed = this.b.endAttributes(this.memo)
    if (!na(closed)) this.memo = closed
    else {
      this.error(() => ({kind: 'attribute-missing', element, missing: [...requiredNames(this.memo, true).values()], allowed: [...possibleAttributes(this.memo).names.values()]}))
      this.memo = this.b.ignoreMissingAttributes(this.memo)
    }
    this.textTyped = this.memo.contentType === ContentType.Data
  }

  private attribute(element: XmlElement, attribute: XmlAttribute): void {
    const key = `{${attribute.uri}}${attribute.local}`
    const d = this.b.startAttribute(this.memo, key, attribute.uri, attribute.local)
    if (na(d)) {
      this.error(() => {
        const possible = possibleAttributes(this.memo)
        return {kind: 'attribute-not-allowed', element, attribute, allowed: [...possible.names.values()], open: possible.open}
      })
      return // the value is ignored, as Jing does
    }
    this.memo = d
    this.noteIds(element, attribute)
    const failures: DataFailure[] = []
    const v = this.b.dataAfter(this.memo, attribute.value, failures)
    if (!na(v)) {
      this.memo = v
      return
    }
    this.error(() => ({kind: 'attribute-value-invalid', element, attribute, failures}))
    this.memo = this.b.recoverAfter(this.memo)
  }

  /** ID checking (RELAX NG DTD Compatibility §4): attributes whose schema type is ID or IDREF(S). */
  private noteIds(element: XmlElement, attribute: XmlAttribute): void {
    let type: string | undefined
    const visit = (p: Pattern): void => {
      if (p.kind === Kind.Choice) {
        visit(p.a as Pattern)
        visit(p.b as Pattern)
      } else if (p.kind === Kind.After) {
        const content = p.a as Pattern
        if ((content.kind === Kind.Data || content.kind === Kind.DataExcept) && content.datatype?.idType) type = content.datatype.idType
      }
    }
    visit(this.memo)
    if (!type) return
    const value = attribute.value.trim()
    if (type === 'ID') {
      const first = this.ids.get(value)
      if (first) this.problems.push({kind: 'id-duplicate', element, attribute, first})
      else this.ids.set(value, element)
    } else for (const token of value.split(/\s+/).filter(Boolean)) this.idrefs.push({element, attribute, value: token})
  }

  private untypedText(element: XmlElement, text: XmlText | undefined): void {
    const d = this.b.mixedText(this.memo)
    if (!na(d)) {
      this.memo = d
      return
    }
    this.error(() => ({kind: 'text-not-allowed', element, expected: this.expected(), ...(text ? {text} : {})}))
  }

  private endElement(element: XmlElement, buffer: string | undefined): void {
    if (buffer !== undefined && buffer.length > 0) {
      this.ignoreNext = true
      this.dataText(element, buffer)
    }
    if (this.ignoreNext) {
      this.ignoreNext = false
      return
    }
    if (this.textTyped) {
      this.dataText(element, '')
      return
    }
    const d = this.b.endTag(this.memo)
    if (!na(d)) {
      this.memo = d
      return
    }
    const next = this.b.recoverAfter(this.memo)
    if (!this.ignoreError() && (!na(next) || na(this.b.endTag(this.b.emptyAfter(this.memo))))) {
      this.error(() => ({kind: 'element-incomplete', element, expected: this.expected(), missing: [...requiredNames(this.memo, false).values()]}))
    }
    this.memo = next
  }

  /** The text of a data-typed element (Jing: setDataDeriv). */
  private dataText(element: XmlElement, value: string): void {
    this.textTyped = false
    const textOnly = this.b.textOnly(this.memo)
    const failures: DataFailure[] = []
    const d = this.b.dataAfter(textOnly, value, failures)
    if (!na(d)) {
      this.memo = d
      return
    }
    const next = this.b.recoverAfter(this.memo)
    if (!this.ignoreError() && (!na(next) || na(this.b.dataAfter(this.b.emptyAfter(textOnly), value, [])))) {
      const blank = isBlank(value) && possibleStartTags(this.memo).names.size > 0
      this.error(() => ({kind: 'value-invalid', element, value, failures, blank, ...(blank ? {expected: this.expected()} : {})}))
    }
    this.memo = next
  }

  /** What may come next (Jing: expectedContent); one answer per state, shared by every file. */
  private expected(): Expected {
    let known = expectedCache.get(this.memo)
    if (!known) {
      known = this.computeExpected()
      expectedCache.set(this.memo, known)
    }
    return known
  }

  private computeExpected(): Expected {
    const endTag = !na(this.b.endTag(this.memo))
    const type = this.b.emptyAfter(this.memo).contentType
    const text = type === ContentType.Mixed && !na(this.b.mixedText(this.memo))
    const data = type === ContentType.Data
    const possible = possibleStartTags(this.memo)
    return {names: [...possible.names.values()], open: possible.open, endTag, text, data}
  }
}
