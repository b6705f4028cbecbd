/**
 * Derive teipipe's schema from tei_all: keep the chosen elements, prune every content model to them,
 * narrow the typed attributes to closed value lists, drop unreachable defines and all annotations.
 * Every step only removes alternatives, so the result accepts a subset of what tei_all accepts.
 */
import {attr, clone, rng, rngChildren, RNG} from './rng-tree.mjs'

/** Marks an attribute pattern narrowed by us (foreign attribute: ignored by RELAX NG processors). */
export const TP = 'urn:x-teipipe:customisation'

/**
 * Customise the parsed tei_all grammar. `keep` is the set of element names, `lists` the value lists.
 * Returns {grammar, problems}: problems are kept elements whose content became impossible, or lists
 * that found no attribute to narrow.
 */
export function customise(grammar, keep, lists) {
  const problems = []
  stripForeign(grammar)
  const defines = new Map(rngChildren(grammar).filter((d) => d.local === 'define').map((d) => [attr(d, 'name'), d]))
  const elementOf = (define) => {
    const kids = rngChildren(define)
    return kids.length === 1 && kids[0].local === 'element' ? attr(kids[0], 'name') : undefined
  }
  for (const name of keep) if (![...defines.values()].some((d) => elementOf(d) === name)) problems.push(`element ${name} is not in tei_all`)
  // Excluded elements become notAllowed; then notAllowed is propagated until nothing changes.
  const dead = new Set()
  for (const [name, d] of defines) {
    const element = elementOf(d)
    if (element !== undefined && !keep.has(element)) dead.add(name)
  }
  for (let changed = true; changed; ) {
    changed = false
    for (const [name, d] of defines) {
      if (dead.has(name)) continue
      if (isDead(d, dead)) {
        dead.add(name)
        changed = true
        if (elementOf(d)) problems.push(`element ${elementOf(d)} lost all its possible content`)
      }
    }
  }
  for (const [name, d] of defines) if (!dead.has(name)) prune(d, dead)
  // Start from TEI only (no teiCorpus), then keep what is reachable.
  const start = rngChildren(grammar).find((c) => c.local === 'start')
  start.children = [rng('ref', [['name', 'TEI']])]
  const reachable = new Set()
  const visit = (node) => {
    if (node.type !== 'element') return
    if (node.local === 'ref') {
      const name = attr(node, 'name')
      if (!reachable.has(name)) {
        reachable.add(name)
        visit(defines.get(name))
      }
    }
    node.children.forEach(visit)
  }
  visit(start)
  grammar.children = grammar.children.filter((c) => c.type !== 'element' || c.local !== 'define' || reachable.has(attr(c, 'name')))
  for (const list of lists) {
    const define = [...defines.values()].find((d) => elementOf(d) === list.element)
    if (!define || !reachable.has(attr(define, 'name'))) {
      problems.push(`value list ${list.element}/@${list.attribute}: element not in the schema`)
      continue
    }
    if (!narrow(rngChildren(define)[0], list, defines)) problems.push(`value list ${list.element}/@${list.attribute}: no such attribute on ${list.element}`)
  }
  for (const d of defines.values()) for (const e of rngChildren(d)) if (e.local === 'element' && !reachable.has(attr(d, 'name')) && keep.has(attr(e, 'name'))) problems.push(`element ${attr(e, 'name')} is not reachable from TEI`)
  return {grammar, problems}
}

/** Remove documentation, embedded Schematron and other foreign markup. */
function stripForeign(node) {
  node.children = node.children.filter((c) => c.type === 'text' || c.uri === RNG)
  node.children.forEach((c) => c.type === 'element' && stripForeign(c))
}

/** True when a pattern can match nothing, given the dead defines. */
function isDead(node, dead) {
  switch (node.local) {
    case 'notAllowed':
      return true
    case 'ref':
      return dead.has(attr(node, 'name'))
    case 'choice':
      return rngChildren(node).every((c) => isDead(c, dead))
    case 'optional':
    case 'zeroOrMore':
    case 'mixed':
      return false
    case 'define':
    case 'element':
    case 'attribute':
    case 'group':
    case 'interleave':
    case 'oneOrMore':
    case 'list':
      return rngChildren(node).some((c) => c.local !== 'name' && c.local !== 'anyName' && c.local !== 'nsName' && isDead(c, dead))
    default:
      return false
  }
}

/** Remove dead alternatives and dead optional parts in place. */
function prune(node, dead) {
  if (node.type !== 'element') return
  node.children = node.children.filter((c) => {
    if (c.type !== 'element') return true
    if (node.local === 'choice' && isDead(c, dead)) return false
    if ((c.local === 'optional' || c.local === 'zeroOrMore') && rngChildren(c).some((g) => isDead(g, dead))) return false
    return true
  })
  node.children.forEach((c) => prune(c, dead))
  const content = rngChildren(node).filter((c) => !['name', 'anyName', 'nsName', 'param', 'except'].includes(c.local))
  if (['element', 'define', 'group', 'interleave', 'oneOrMore', 'zeroOrMore', 'optional', 'mixed', 'list'].includes(node.local) && content.length === 0 && node.local !== 'define') {
    if (node.local !== 'element' || !node.children.some((c) => c.local === 'empty')) node.children.push(rng('empty'))
  }
}

/**
 * Replace the content of `attribute name=list.attribute` on one element by a closed choice. The
 * attribute may be declared on the element itself or come from an attribute class; a class reference
 * is then inlined for this element only (other elements keep the class unchanged).
 */
function narrow(element, list, defines) {
  const target = list.attribute
  const containsAttribute = (node, seen = new Set()) => {
    if (node.type !== 'element' || node.local === 'element') return false
    if (node.local === 'attribute' && attr(node, 'name') === target) return true
    if (node.local === 'ref') {
      const name = attr(node, 'name')
      if (seen.has(name) || !name.startsWith('att.')) return false
      seen.add(name)
      return containsAttribute(defines.get(name), seen)
    }
    return node.children.some((c) => containsAttribute(c, seen))
  }
  const rewrite = (parent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const c = parent.children[i]
      if (c.type !== 'element' || c.local === 'element') continue
      if (c.local === 'attribute' && attr(c, 'name') === target) {
        c.attrs.push(['tp:valueList', `${list.element}/@${target}`])
        c.children = [rng('choice', [], Object.keys(list.values).map((v) => rng('value', [], [{type: 'text', value: v}])))]
        return true
      }
      if (c.local === 'ref' && containsAttribute(c)) {
        const copy = rngChildren(defines.get(attr(c, 'name'))).map(clone)
        parent.children.splice(i, 1, ...copy)
        return rewrite(parent)
      }
      if (rewrite(c)) return true
    }
    return false
  }
  return rewrite(element)
}
