/** A minimal element tree for RELAX NG files: parse with saxes, serialise deterministically. */
import {SaxesParser} from 'saxes'

export const RNG = 'http://relaxng.org/ns/structure/1.0'

/**
 * Parse XML text into {type:'element', name, uri, local, attrs: [[qname, value]], children} nodes.
 * Comments and processing instructions are dropped; whitespace-only text is dropped (RELAX NG ignores it).
 */
export function parseTree(text) {
  const parser = new SaxesParser({xmlns: true})
  const root = {type: 'root', children: []}
  const stack = [root]
  parser.on('opentag', (tag) => {
    const attrs = Object.values(tag.attributes).map((a) => [a.name, a.value])
    const node = {type: 'element', name: tag.name, uri: tag.uri, local: tag.local, attrs, children: []}
    stack.at(-1).children.push(node)
    stack.push(node)
  })
  parser.on('closetag', () => stack.pop())
  parser.on('text', (t) => {
    if (t.trim()) stack.at(-1).children.push({type: 'text', value: t})
  })
  parser.write(text).close()
  return root.children[0]
}

/** The value of an attribute, or undefined. */
export function attr(node, name) {
  return node.attrs.find(([n]) => n === name)?.[1]
}

/** RELAX NG element children (foreign elements such as annotations and Schematron excluded). */
export function rngChildren(node) {
  return node.children.filter((c) => c.type === 'element' && c.uri === RNG)
}

/** A new RELAX NG element node. */
export function rng(local, attrs = [], children = []) {
  return {type: 'element', name: local, uri: RNG, local, attrs, children}
}

/** Deep copy of a node. */
export function clone(node) {
  return node.type === 'text' ? {...node} : {...node, attrs: node.attrs.map((a) => [...a]), children: node.children.map(clone)}
}

/** Serialise with one-space indentation; text-only elements stay on one line. */
export function serialise(node, depth = 0) {
  const pad = ' '.repeat(depth)
  const attrs = node.attrs.map(([n, v]) => ` ${n}="${escape(v, true)}"`).join('')
  if (node.children.length === 0) return `${pad}<${node.name}${attrs}/>`
  if (node.children.every((c) => c.type === 'text')) return `${pad}<${node.name}${attrs}>${escape(node.children.map((c) => c.value).join(''), false)}</${node.name}>`
  const inner = node.children.map((c) => (c.type === 'text' ? pad + ' ' + escape(c.value.trim(), false) : c.type === 'comment' ? `${pad} <!--${c.value}-->` : serialise(c, depth + 1)))
  return `${pad}<${node.name}${attrs}>\n${inner.join('\n')}\n${pad}</${node.name}>`
}

function escape(text, inAttribute) {
  const t = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return inAttribute ? t.replace(/"/g, '&quot;') : t
}
