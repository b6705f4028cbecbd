/**
 * §2 a transliteration of the original term: "[molniruite]", "[opis’]", "[pristupit k obiednineniiu]" →
 * supplied reason="transliteration" containing foreign xml:lang="ru-Latn". Recognised by the letter patterns of
 * the Library of Congress romanisation of Russian (ii, iu, ia, kh, zh, shch, soft sign ’), all in lower case.
 */
import {esc, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

const LOWER_WORDS = /^[a-z’'ʹ]+(?: [a-z’'ʹ]+){0,5}$/
const ROMANISED_RUSSIAN = /(?:uite\b|ii|iu\b|iiu|ia\b|kh|zh|shch|\w’(?:\s|$)|\wʹ|ogo\b|ykh\b|nyi\b|skii\b|stvo\b)/

export const recogniser: BracketRecogniser = {
  name: 'transliteration',
  convention: '"[molniruite]", "[opis’]" → supplied reason="transliteration" with foreign xml:lang="ru-Latn"',
  accepts: (s) => LOWER_WORDS.test(s.inner.trim()) && ROMANISED_RUSSIAN.test(s.inner.trim()) && !/\p{L}$/u.test(s.before),
  render: (b, ctx) => {
    ctx.facts.languages.add('ru-Latn')
    return `${open('supplied', {reason: 'transliteration', resp: '#tr'})}${open('foreign', {'xml:lang': 'ru-Latn'})}${esc(b.inner)}</foreign></supplied>`
  }
}
