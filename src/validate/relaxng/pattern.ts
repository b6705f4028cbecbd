/**
 * RELAX NG patterns and their derivatives (James Clark, "An algorithm for RELAX NG validation",
 * http://www.thaiopensource.com/relaxng/derivative.html), with the error-recovery derivatives Jing uses
 * so that one mistake gives one message and validation goes on. Patterns are interned (hash-consed):
 * equal patterns are the same object, so every derivative is memoised on the pattern itself.
 */
import type {Datatype, DataFailure} from './datatypes.js'

/** An expanded name. */
export interface Name {
  ns: string
  local: string
}

/** A RELAX NG name class (RELAX NG §4.18 simplified form). */
export type NameClass =
  | {kind: 'name'; ns: string; local: string}
  | {kind: 'anyName'; except?: NameClass}
  | {kind: 'nsName'; ns: string; except?: NameClass}
  | {kind: 'choice'; a: NameClass; b: NameClass}

/** Does the name class contain the name? (RELAX NG §6.2.7.) */
export function ncContains(nc: NameClass, ns: string, local: string): boolean {
  switch (nc.kind) {
    case 'name':
      return nc.ns === ns && nc.local === local
    case 'anyName':
      return !nc.except || !ncContains(nc.except, ns, local)
    case 'nsName':
      return nc.ns === ns && (!nc.except || !ncContains(nc.except, ns, local))
    case 'choice':
      return ncContains(nc.a, ns, local) || ncContains(nc.b, ns, local)
  }
}

/** How specifically a name class names a name: 2 by name, 1 by namespace, 0 any name, -1 not at all. */
export function ncSpecificity(nc: NameClass, ns: string, local: string): number {
  switch (nc.kind) {
    case 'name':
      return nc.ns === ns && nc.local === local ? 2 : -1
    case 'anyName':
      return ncContains(nc, ns, local) ? 0 : -1
    case 'nsName':
      return ncContains(nc, ns, local) ? 1 : -1
    case 'choice':
      return Math.max(ncSpecificity(nc.a, ns, local), ncSpecificity(nc.b, ns, local))
  }
}

/** Names a name class lists explicitly, and whether it also allows open sets (other names or namespaces). */
export function ncNames(nc: NameClass, into: Map<string, Name>, open: {value: boolean}): void {
  switch (nc.kind) {
    case 'name':
      into.set(`{${nc.ns}}${nc.local}`, {ns: nc.ns, local: nc.local})
      return
    case 'choice':
      ncNames(nc.a, into, open)
      ncNames(nc.b, into, open)
      return
    default:
      open.value = true
  }
}

export const enum Kind {
  NotAllowed,
  Empty,
  Text,
  Choice,
  Group,
  Interleave,
  OneOrMore,
  After,
  Element,
  Attribute,
  Data,
  DataExcept,
  Value,
  List
}

/** Content types (RELAX NG §7.2), ordered as Jing orders them for `choice`. */
export const enum ContentType {
  Empty,
  Element,
  Mixed,
  Data
}

let nextId = 1

/** One pattern. Interned: build patterns only through {@link Builder}. */
export class Pattern {
  readonly id = nextId++
  readonly kind: Kind
  readonly a: Pattern | undefined
  readonly b: Pattern | undefined
  readonly nullable: boolean
  /** Element and attribute patterns. */
  nc?: NameClass
  /** Element content, compiled on first use (so only what documents reach is compiled). */
  private contentValue?: Pattern
  private contentThunk: (() => Pattern) | undefined
  datatype?: Datatype
  /** Value patterns: the value as written and its datatype. */
  value?: string
  /** Memoised derivatives and functions. */
  memo: Memo = {}
  constructor(kind: Kind, a?: Pattern, b?: Pattern, nullable = false) {
    this.kind = kind
    this.a = a
    this.b = b
    this.nullable = nullable
  }
  /** Content of an element or attribute pattern. */
  get content(): Pattern {
    if (!this.contentValue) {
      const thunk = this.contentThunk
      if (!thunk) throw new Error('element pattern without content')
      this.contentThunk = undefined
      this.contentValue = thunk()
    }
    return this.contentValue
  }
  setContent(content: Pattern | (() => Pattern)): void {
    if (typeof content === 'function') this.contentThunk = content
    else this.contentValue = content
  }
  private ct?: ContentType
  /** The content type of the pattern (After: of its first operand). */
  get contentType(): ContentType {
    if (this.ct === undefined) this.ct = contentTypeOf(this)
    return this.ct
  }
  private leaves?: Set<Pattern>
  /** The operands of a (nested) choice. */
  choiceLeaves(): Set<Pattern> {
    if (this.leaves) return this.leaves
    const set = new Set<Pattern>()
    const walk = (p: Pattern): void => {
      if (p.kind === Kind.Choice) {
        walk(p.a as Pattern)
        walk(p.b as Pattern)
      } else set.add(p)
    }
    walk(this)
    this.leaves = set
    return set
  }
}

interface Memo {
  startTag?: Map<string, Pattern>
  startTagRecover?: Map<string, Pattern>
  attribute?: Map<string, Pattern>
  endAttributes?: Pattern
  ignoreMissing?: Pattern
  textOnly?: Pattern
  endTag?: Pattern
  mixedText?: Pattern
  recoverAfter?: Pattern
  emptyAfter?: Pattern
}

function contentTypeOf(p: Pattern): ContentType {
  switch (p.kind) {
    case Kind.Data:
    case Kind.DataExcept:
    case Kind.Value:
    case Kind.List:
      return ContentType.Data
    case Kind.Text:
      return ContentType.Mixed
    case Kind.Element:
      return ContentType.Element
    case Kind.Choice:
    case Kind.Group:
    case Kind.Interleave:
      return Math.max((p.a as Pattern).contentType, (p.b as Pattern).contentType)
    case Kind.OneOrMore:
    case Kind.After:
      return (p.a as Pattern).contentType
    default:
      return ContentType.Empty
  }
}

/** Builds and interns patterns; one per compiled schema. */
export class Builder {
  readonly notAllowed = new Pattern(Kind.NotAllowed)
  readonly empty = new Pattern(Kind.Empty, undefined, undefined, true)
  readonly text = new Pattern(Kind.Text, undefined, undefined, true)
  private table = new Map<string, Pattern>()

  private intern(kind: Kind, a: Pattern, b: Pattern | undefined, nullable: boolean): Pattern {
    const key = b ? `${kind}:${a.id}:${b.id}` : `${kind}:${a.id}`
    let p = this.table.get(key)
    if (!p) {
      p = new Pattern(kind, a, b, nullable)
      this.table.set(key, p)
    }
    return p
  }

  element(nc: NameClass): Pattern {
    const p = new Pattern(Kind.Element)
    p.nc = nc
    return p
  }

  attribute(nc: NameClass, content: Pattern): Pattern {
    const p = new Pattern(Kind.Attribute)
    p.nc = nc
    p.setContent(content)
    return p
  }

  data(datatype: Datatype, except?: Pattern): Pattern {
    const p = except ? new Pattern(Kind.DataExcept, except) : new Pattern(Kind.Data)
    p.datatype = datatype
    return p
  }

  valuePattern(datatype: Datatype, value: string): Pattern {
    const p = new Pattern(Kind.Value)
    p.datatype = datatype
    p.value = value
    return p
  }

  list(p: Pattern): Pattern {
    return this.intern(Kind.List, p, undefined, false)
  }

  /** Choice with Jing's simplifications: duplicate operands dropped, After patterns merged. */
  choice(p1: Pattern, p2: Pattern): Pattern {
    if (p1 === p2) return p1
    if (p1 === this.notAllowed) return p2
    if (p2 === this.notAllowed) return p1
    if (p1.kind !== Kind.Choice) {
      if (p2.kind === Kind.Choice && p2.choiceLeaves().has(p1)) return p2
    } else if (p2.kind !== Kind.Choice) {
      if (p1.choiceLeaves().has(p2)) return p1
    } else {
      const seen = p1.choiceLeaves()
      let rest: Pattern | undefined
      for (const leaf of p2.choiceLeaves()) if (!seen.has(leaf)) rest = rest ? this.intern(Kind.Choice, rest, leaf, rest.nullable || leaf.nullable) : leaf
      if (!rest) return p1
      p2 = rest
    }
    if (p1.kind === Kind.After && p2.kind === Kind.After) {
      const [a1, b1, a2, b2] = [p1.a as Pattern, p1.b as Pattern, p2.a as Pattern, p2.b as Pattern]
      if (a1 === a2) return this.after(a1, this.choice(b1, b2))
      if (a1 === this.notAllowed) return p2
      if (a2 === this.notAllowed) return p1
      if (b1 === b2) return this.after(this.choice(a1, a2), b1)
    }
    return this.intern(Kind.Choice, p1, p2, p1.nullable || p2.nullable)
  }

  group(p1: Pattern, p2: Pattern): Pattern {
    if (p1 === this.notAllowed || p2 === this.notAllowed) return this.notAllowed
    if (p1 === this.empty) return p2
    if (p2 === this.empty) return p1
    return this.intern(Kind.Group, p1, p2, p1.nullable && p2.nullable)
  }

  interleave(p1: Pattern, p2: Pattern): Pattern {
    if (p1 === this.notAllowed || p2 === this.notAllowed) return this.notAllowed
    if (p1 === this.empty) return p2
    if (p2 === this.empty) return p1
    return this.intern(Kind.Interleave, p1, p2, p1.nullable && p2.nullable)
  }

  oneOrMore(p: Pattern): Pattern {
    if (p === this.notAllowed || p === this.empty || p.kind === Kind.OneOrMore) return p
    return this.intern(Kind.OneOrMore, p, undefined, p.nullable)
  }

  optional(p: Pattern): Pattern {
    return this.choice(p, this.empty)
  }

  after(p1: Pattern, p2: Pattern): Pattern {
    return this.intern(Kind.After, p1, p2, false)
  }

  /** Replace the second operand of every After in a choice of Afters. */
  applyAfter(p: Pattern, f: (x: Pattern) => Pattern): Pattern {
    switch (p.kind) {
      case Kind.After:
        return this.after(p.a as Pattern, f(p.b as Pattern))
      case Kind.Choice:
        return this.choice(this.applyAfter(p.a as Pattern, f), this.applyAfter(p.b as Pattern, f))
      case Kind.NotAllowed:
        return p
      default:
        throw new Error('applyAfter on a pattern that is not an After')
    }
  }

  /** Derivative for a start tag `<name` (recover: also allow skipping required content, as Jing does). */
  startTagOpen(p: Pattern, key: string, ns: string, local: string, recover = false): Pattern {
    const table = recover ? (p.memo.startTagRecover ??= new Map()) : (p.memo.startTag ??= new Map())
    let d = table.get(key)
    if (d) return d
    d = this.computeStartTagOpen(p, key, ns, local, recover)
    table.set(key, d)
    return d
  }

  private computeStartTagOpen(p: Pattern, key: string, ns: string, local: string, recover: boolean): Pattern {
    const a = p.a as Pattern
    const b = p.b as Pattern
    const d = (x: Pattern) => this.startTagOpen(x, key, ns, local, recover)
    switch (p.kind) {
      case Kind.Choice:
        return this.choice(d(a), d(b))
      case Kind.Group: {
        const tem = this.applyAfter(d(a), (x) => this.group(x, b))
        return a.nullable || recover ? this.choice(tem, d(b)) : tem
      }
      case Kind.Interleave:
        return this.choice(this.applyAfter(d(a), (x) => this.interleave(x, b)), this.applyAfter(d(b), (x) => this.interleave(a, x)))
      case Kind.After:
        return this.applyAfter(d(a), (x) => this.after(x, b))
      case Kind.OneOrMore:
        return this.applyAfter(d(a), (x) => this.group(x, this.optional(p)))
      case Kind.Element:
        return ncContains(p.nc as NameClass, ns, local) ? this.after(p.content, this.empty) : this.notAllowed
      default:
        return this.notAllowed
    }
  }

  /** Derivative for an attribute name. */
  startAttribute(p: Pattern, key: string, ns: string, local: string): Pattern {
    const table = (p.memo.attribute ??= new Map())
    let d = table.get(key)
    if (d) return d
    const a = p.a as Pattern
    const b = p.b as Pattern
    const f = (x: Pattern) => this.startAttribute(x, key, ns, local)
    switch (p.kind) {
      case Kind.Choice:
        d = this.choice(f(a), f(b))
        break
      case Kind.Group:
        d = this.choice(this.applyAfter(f(a), (x) => this.group(x, b)), this.applyAfter(f(b), (x) => this.group(a, x)))
        break
      case Kind.Interleave:
        d = this.choice(this.applyAfter(f(a), (x) => this.interleave(x, b)), this.applyAfter(f(b), (x) => this.interleave(a, x)))
        break
      case Kind.After:
        d = this.applyAfter(f(a), (x) => this.after(x, b))
        break
      case Kind.OneOrMore:
        d = this.applyAfter(f(a), (x) => this.group(x, this.optional(p)))
        break
      case Kind.Attribute:
        d = ncContains(p.nc as NameClass, ns, local) ? this.after(p.content, this.empty) : this.notAllowed
        break
      default:
        d = this.notAllowed
    }
    table.set(key, d)
    return d
  }

  /** The pattern after the start tag closes: attributes still required make it notAllowed. */
  endAttributes(p: Pattern): Pattern {
    return (p.memo.endAttributes ??= this.mapAttributes(p, 'endAttributes', () => this.notAllowed))
  }

  /** As endAttributes, but missing attributes are forgiven (recovery). */
  ignoreMissingAttributes(p: Pattern): Pattern {
    return (p.memo.ignoreMissing ??= this.mapAttributes(p, 'ignoreMissing', () => this.empty))
  }

  private mapAttributes(p: Pattern, slot: 'endAttributes' | 'ignoreMissing', onAttribute: () => Pattern): Pattern {
    const m = (x: Pattern) => (slot === 'endAttributes' ? this.endAttributes(x) : this.ignoreMissingAttributes(x))
    const a = p.a as Pattern
    const b = p.b as Pattern
    switch (p.kind) {
      case Kind.Group:
      case Kind.Interleave:
      case Kind.Choice: {
        const q1 = m(a)
        const q2 = m(b)
        if (q1 === a && q2 === b) return p
        return p.kind === Kind.Group ? this.group(q1, q2) : p.kind === Kind.Interleave ? this.interleave(q1, q2) : this.choice(q1, q2)
      }
      case Kind.OneOrMore: {
        const q = m(a)
        return q === a ? p : this.oneOrMore(q)
      }
      case Kind.After: {
        const q = m(a)
        return q === a ? p : this.after(q, b)
      }
      case Kind.Attribute:
        return onAttribute()
      default:
        return p
    }
  }

  /** The pattern for the text of a data-typed element: elements removed, attributes kept. */
  textOnly(p: Pattern): Pattern {
    if (p.memo.textOnly) return p.memo.textOnly
    const a = p.a as Pattern
    const b = p.b as Pattern
    let r: Pattern
    switch (p.kind) {
      case Kind.Group:
      case Kind.Interleave:
      case Kind.Choice: {
        const q1 = this.textOnly(a)
        const q2 = this.textOnly(b)
        r = q1 === a && q2 === b ? p : p.kind === Kind.Group ? this.group(q1, q2) : p.kind === Kind.Interleave ? this.interleave(q1, q2) : this.choice(q1, q2)
        break
      }
      case Kind.OneOrMore: {
        const q = this.textOnly(a)
        r = q === a ? p : this.oneOrMore(q)
        break
      }
      case Kind.After: {
        const q = this.textOnly(a)
        r = q === a ? p : this.after(q, b)
        break
      }
      case Kind.Element:
        r = this.notAllowed
        break
      default:
        r = p
    }
    p.memo.textOnly = r
    return r
  }

  /** Derivative for non-blank text in mixed content. */
  mixedText(p: Pattern): Pattern {
    if (p.memo.mixedText) return p.memo.mixedText
    const a = p.a as Pattern
    const b = p.b as Pattern
    let r: Pattern
    switch (p.kind) {
      case Kind.Text:
        r = p
        break
      case Kind.Group: {
        const q1 = this.mixedText(a)
        const tem = q1 === a ? p : this.group(q1, b)
        r = a.nullable ? this.choice(tem, this.mixedText(b)) : tem
        break
      }
      case Kind.Interleave: {
        const q1 = this.mixedText(a)
        const q2 = this.mixedText(b)
        r = this.choice(q1 === a ? p : this.interleave(q1, b), q2 === b ? p : this.interleave(a, q2))
        break
      }
      case Kind.OneOrMore:
        r = this.group(this.mixedText(a), this.optional(p))
        break
      case Kind.Choice: {
        const q1 = this.mixedText(a)
        const q2 = this.mixedText(b)
        r = q1 === a && q2 === b ? p : this.choice(q1, q2)
        break
      }
      case Kind.After: {
        const q = this.mixedText(a)
        r = q === a ? p : this.after(q, b)
        break
      }
      default:
        r = this.notAllowed
    }
    p.memo.mixedText = r
    return r
  }

  /** Derivative for an end tag. */
  endTag(p: Pattern): Pattern {
    if (p.memo.endTag) return p.memo.endTag
    let r: Pattern
    if (p.kind === Kind.Choice) r = this.choice(this.endTag(p.a as Pattern), this.endTag(p.b as Pattern))
    else if (p.kind === Kind.After) r = (p.a as Pattern).nullable ? (p.b as Pattern) : this.notAllowed
    else r = this.notAllowed
    p.memo.endTag = r
    return r
  }

  /** Recovery: leave the current element (drop the first operand of every After). */
  recoverAfter(p: Pattern): Pattern {
    if (p.memo.recoverAfter) return p.memo.recoverAfter
    let r: Pattern
    if (p.kind === Kind.Choice) r = this.choice(this.recoverAfter(p.a as Pattern), this.recoverAfter(p.b as Pattern))
    else if (p.kind === Kind.After) r = p.b as Pattern
    else r = this.notAllowed
    p.memo.recoverAfter = r
    return r
  }

  /** The pattern with every After's continuation replaced by empty (for expected-content questions). */
  emptyAfter(p: Pattern): Pattern {
    if (p.memo.emptyAfter) return p.memo.emptyAfter
    let r: Pattern
    if (p.kind === Kind.After) r = this.after(p.a as Pattern, this.empty)
    else if (p.kind === Kind.Choice) r = this.choice(this.emptyAfter(p.a as Pattern), this.emptyAfter(p.b as Pattern))
    else r = p
    p.memo.emptyAfter = r
    return r
  }

  /**
   * Derivative for a string (attribute value or the text of a data-typed element) on a choice of Afters:
   * an After whose first operand accepts the string continues with its second. Failures are collected.
   */
  dataAfter(p: Pattern, s: string, failures: DataFailure[]): Pattern {
    if (p.kind === Kind.Choice) return this.choice(this.dataAfter(p.a as Pattern, s, failures), this.dataAfter(p.b as Pattern, s, failures))
    if (p.kind === Kind.After) return this.valueMatch(p.a as Pattern, s, failures) ? (p.b as Pattern) : this.notAllowed
    return this.notAllowed
  }

  /** Does the pattern match the string? (Clark: valueMatch.) */
  valueMatch(p: Pattern, s: string, failures: DataFailure[]): boolean {
    return (p.nullable && isBlank(s)) || this.textDeriv(p, s, failures).nullable
  }

  /** Derivative for a whole string (Clark: textDeriv). */
  textDeriv(p: Pattern, s: string, failures: DataFailure[]): Pattern {
    const a = p.a as Pattern
    const b = p.b as Pattern
    switch (p.kind) {
      case Kind.Choice:
        return this.choice(this.textDeriv(a, s, failures), this.textDeriv(b, s, failures))
      case Kind.Interleave:
        return this.choice(this.interleave(this.textDeriv(a, s, failures), b), this.interleave(a, this.textDeriv(b, s, failures)))
      case Kind.Group: {
        const tem = this.group(this.textDeriv(a, s, failures), b)
        return a.nullable ? this.choice(tem, this.textDeriv(b, s, failures)) : tem
      }
      case Kind.OneOrMore:
        return this.group(this.textDeriv(a, s, failures), this.optional(p))
      case Kind.Text:
        return p
      case Kind.Value: {
        const dt = p.datatype as Datatype
        if (dt.equal(p.value as string, s)) return this.empty
        failures.push({kind: 'value', value: dt.normalize(p.value as string)})
        return this.notAllowed
      }
      case Kind.Data: {
        const problem = (p.datatype as Datatype).check(s)
        if (problem === undefined) return this.empty
        failures.push({kind: 'data', datatype: (p.datatype as Datatype).name, detail: problem})
        return this.notAllowed
      }
      case Kind.DataExcept: {
        const problem = (p.datatype as Datatype).check(s)
        if (problem !== undefined) {
          failures.push({kind: 'data', datatype: (p.datatype as Datatype).name, detail: problem})
          return this.notAllowed
        }
        if (this.textDeriv(a, s, []).nullable) {
          failures.push({kind: 'except', datatype: (p.datatype as Datatype).name})
          return this.notAllowed
        }
        return this.empty
      }
      case Kind.List: {
        let q = a
        for (const token of s.split(/[ \t\n\r]+/).filter((t) => t !== '')) q = this.textDeriv(q, token, failures)
        return q.nullable ? this.empty : this.notAllowed
      }
      default:
        return this.notAllowed
    }
  }
}

/** XML whitespace only (or empty)? */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false
  }
  return true
}

/** Element names that may start here (Jing: possibleStartTagNames). */
export function possibleStartTags(p: Pattern): {names: Map<string, Name>; open: boolean} {
  const names = new Map<string, Name>()
  const open = {value: false}
  const seen = new Set<Pattern>()
  const walk = (q: Pattern): void => {
    if (seen.has(q)) return
    seen.add(q)
    switch (q.kind) {
      case Kind.Choice:
      case Kind.Interleave:
        walk(q.a as Pattern)
        walk(q.b as Pattern)
        return
      case Kind.Group:
        walk(q.a as Pattern)
        if ((q.a as Pattern).nullable) walk(q.b as Pattern)
        return
      case Kind.OneOrMore:
      case Kind.After:
        walk(q.a as Pattern)
        return
      case Kind.Element:
        ncNames(q.nc as NameClass, names, open)
        return
      default:
    }
  }
  walk(p)
  return {names, open: open.value}
}

/** Attribute names allowed here (Jing: possibleAttributeNames). */
export function possibleAttributes(p: Pattern): {names: Map<string, Name>; open: boolean} {
  const names = new Map<string, Name>()
  const open = {value: false}
  const seen = new Set<Pattern>()
  const walk = (q: Pattern): void => {
    if (seen.has(q)) return
    seen.add(q)
    switch (q.kind) {
      case Kind.Choice:
      case Kind.Interleave:
      case Kind.Group:
        walk(q.a as Pattern)
        walk(q.b as Pattern)
        return
      case Kind.OneOrMore:
      case Kind.After:
        walk(q.a as Pattern)
        return
      case Kind.Attribute:
        ncNames(q.nc as NameClass, names, open)
        return
      default:
    }
  }
  walk(p)
  return {names, open: open.value}
}

/** Elements (or attributes) that must occur (Jing: RequiredElementsFunction / RequiredAttributesFunction). */
export function requiredNames(p: Pattern, attributes: boolean): Map<string, Name> {
  const named = (nc: NameClass): Map<string, Name> => (nc.kind === 'name' ? new Map([[`{${nc.ns}}${nc.local}`, {ns: nc.ns, local: nc.local}]]) : new Map())
  const union = (x: Map<string, Name>, y: Map<string, Name>) => {
    if (x.size === 0) return y
    if (y.size === 0) return x
    return new Map([...x, ...y])
  }
  const f = (q: Pattern): Map<string, Name> => {
    const a = q.a as Pattern
    switch (q.kind) {
      case Kind.Choice: {
        const s1 = f(a)
        const s2 = f(q.b as Pattern)
        if (s1.size === 0 || s2.size === 0) return new Map()
        return new Map([...s1].filter(([k]) => s2.has(k)))
      }
      case Kind.Group:
        if (attributes) return union(f(a), f(q.b as Pattern))
        return a.nullable ? f(q.b as Pattern) : f(a)
      case Kind.Interleave:
        return union(f(a), f(q.b as Pattern))
      case Kind.After:
      case Kind.OneOrMore:
        return f(a)
      case Kind.Element:
        return attributes ? new Map() : named(q.nc as NameClass)
      case Kind.Attribute:
        return attributes ? named(q.nc as NameClass) : new Map()
      default:
        return new Map()
    }
  }
  return f(p)
}

/** The contents of every element pattern reachable from `start` that names `ns`/`local` most specifically (Jing: FindElementFunction). */
export function findElement(builder: Builder, start: Pattern, ns: string, local: string): Pattern {
  let best = -1
  let found: Pattern | undefined
  const seen = new Set<Pattern>()
  const stack: Pattern[] = [start]
  while (stack.length > 0) {
    const q = stack.pop() as Pattern
    if (seen.has(q)) continue
    seen.add(q)
    switch (q.kind) {
      case Kind.Choice:
      case Kind.Group:
      case Kind.Interleave:
        stack.push(q.b as Pattern, q.a as Pattern)
        break
      case Kind.OneOrMore:
        stack.push(q.a as Pattern)
        break
      case Kind.Element: {
        const s = ncSpecificity(q.nc as NameClass, ns, local)
        if (s > best) {
          best = s
          found = q.content
        } else if (s === best && s !== -1) found = builder.choice(found as Pattern, q.content)
        stack.push(q.content)
        break
      }
      default:
    }
  }
  return found ?? builder.notAllowed
}

/** Every element pattern reachable from `start` (compiles the whole schema). */
export function allElements(start: Pattern): Pattern[] {
  const out: Pattern[] = []
  const seen = new Set<Pattern>()
  const stack: Pattern[] = [start]
  while (stack.length > 0) {
    const q = stack.pop() as Pattern
    if (seen.has(q)) continue
    seen.add(q)
    if (q.a) stack.push(q.a)
    if (q.b) stack.push(q.b)
    if (q.kind === Kind.Element) {
      out.push(q)
      stack.push(q.content)
    }
    if (q.kind === Kind.Attribute) stack.push(q.content)
  }
  return out
}
