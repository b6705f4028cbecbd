/** Where a value sits in a JSON text: for messages that point into a config or sidecar file. */
import {findNodeAtLocation, parseTree} from 'jsonc-parser'
import type {Position} from './message.js'

/**
 * The place (1-based line and column, 0-based offset) of the value at `path` (object keys and array
 * indexes, e.g. `['corrections', 2]`) in a JSON text (RFC 8259), or undefined when the text does not parse
 * or has no such value. Columns count UTF-16 code units, as editors' JSON positions do.
 */
export function jsonPlace(text: string, path: readonly (string | number)[]): Position | undefined {
  const tree = parseTree(text, [], {allowTrailingComma: false, disallowComments: true})
  if (tree === undefined) return undefined
  const node = findNodeAtLocation(tree, [...path])
  if (node === undefined) return undefined
  const before = text.slice(0, node.offset)
  return {start: {line: before.split('\n').length, column: node.offset - (before.lastIndexOf('\n') + 1) + 1, offset: node.offset}}
}
