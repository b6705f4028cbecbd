/** Block and line conventions (§3), in order. */
import type {BlockRecogniser} from './types.js'

export const BLOCKS: readonly BlockRecogniser[] = []
