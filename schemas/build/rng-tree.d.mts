/** Types for rng-tree.mjs (the schema generator is plain JavaScript; tests type-check against these). */
export const RNG: string
export interface RngText {
  type: 'text'
  value: string
}
export interface RngElement {
  type: 'element'
  name: string
  uri: string
  local: string
  attrs: [string, string][]
  children: RngNode[]
}
export type RngNode = RngElement | RngText
export function parseTree(text: string): RngElement
export function attr(node: RngElement, name: string): string | undefined
export function rngChildren(node: RngElement): RngElement[]
export function rng(local: string, attrs?: [string, string][], children?: RngNode[]): RngElement
export function clone<T extends RngNode>(node: T): T
export function serialise(node: RngElement, depth?: number): string
