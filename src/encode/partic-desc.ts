/**
 * The participants of a conversation or meeting for `particDesc` (TEI P5 §15.2.2, "describes the identifiable
 * speakers, voices, or other participants"), read from the encoded body's participants lists ("Present: …",
 * "Participants: …", recognisers/participants). Only a list that is clearly one of persons counts: its first item
 * names a person and at least half of its items do ("Present: the delegation, the interpreter" names no one).
 * Each person points with `@sameAs` at the register entry the names in the text already point at.
 */
import {el, esc} from './serialize.js'

const LIST = /<list type="participants">([\s\S]*?)<\/list>/g
const ITEM = /<item>([\s\S]*?)<\/item>/g
const PERSON = /<persName\b[^>]*\bref="#([^"\s]+)"[^>]*>([\s\S]*?)<\/persName>/g

const plain = (xml: string): string => xml.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim()

/**
 * The persons of the body's participants lists, once each, in their order: `{ref, name}` with `ref` the register id
 * (without "#") and `name` the longest form the lists print for it. Input: the encoded body XML. Empty when no list
 * is clearly one of persons.
 */
export function participants(bodyXml: string): {ref: string; name: string}[] {
  const byRef = new Map<string, string>()
  for (const list of bodyXml.matchAll(LIST)) {
    const items = [...(list[1] ?? '').matchAll(ITEM)].map((m) => m[1] ?? '')
    const named = items.filter((i) => /<persName\b[^>]*\bref="#/.test(i))
    if (named.length === 0 || items[0] !== named[0] || named.length * 2 < items.length) continue
    for (const item of named) {
      for (const m of item.matchAll(PERSON)) {
        const [ref, name] = [m[1] ?? '', plain(m[2] ?? '')]
        if ((byRef.get(ref)?.length ?? -1) < name.length) byRef.set(ref, name)
      }
    }
  }
  return [...byRef].map(([ref, name]) => ({ref, name}))
}

/** `particDesc` with a `listPerson` of the body's participants, or '' when there are none (see `participants`). */
export function particDesc(bodyXml: string): string {
  const persons = participants(bodyXml)
  if (persons.length === 0) return ''
  return el('particDesc', {}, el('listPerson', {}, persons.map((p) => el('person', {sameAs: `#${p.ref}`}, el('persName', {}, esc(p.name)))).join('')))
}
