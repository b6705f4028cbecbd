/** Types for customise.mjs. */
import type {RngElement} from './rng-tree.mjs'
export const TP: string
export interface ValueList {
  element: string
  attribute: string
  values: Record<string, string>
}
export function customise(grammar: RngElement, keep: Set<string>, lists: ValueList[]): {grammar: RngElement; problems: string[]}
