/**
 * The one wrapper of the NLP library compromise (https://github.com/spencermountain/compromise, MIT): its English
 * lexicon (given names, surnames, countries, cities, regions, honorifics, function words) and its lists of the head
 * nouns of organisation and place names. Only the lexicon is used, not the tagger: lookups are O(1) and the encoder
 * stays fast. The library is loaded on first use (about half a second, once per process).
 */
import {createRequire} from 'node:module'

/** Lexicon tags of compromise used by the recognisers. */
export type LexTag = string

interface Model {
  one: {lexicon: Record<string, LexTag | LexTag[]>}
  two: {orgWords: Record<string, boolean>; placeWords: Record<string, boolean>}
}

let model: Model | undefined

function load(): Model {
  if (!model) {
    const require = createRequire(import.meta.url)
    const nlp = require('compromise/two') as {model: () => Model}
    model = nlp.model()
  }
  return model
}

/** Tags the lexicon gives a lower-case word or phrase ("moscow" → ["City"]); empty when unknown. */
export function lexTags(phrase: string): LexTag[] {
  const t = load().one.lexicon[phrase]
  return t === undefined ? [] : Array.isArray(t) ? t : [t]
}

/** Whether a lower-case word heads organisation names in compromise's model ("committee", "bank", "army"). */
export function isOrgWord(word: string): boolean {
  return load().two.orgWords[word] === true
}

/** Whether a lower-case word heads place names in compromise's model ("airport", "island", "river"). */
export function isPlaceWord(word: string): boolean {
  return load().two.placeWords[word] === true
}
