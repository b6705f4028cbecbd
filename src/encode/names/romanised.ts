/**
 * Romanised East Asian and Russian personal names, recognised by the phonotactics of their romanisation systems
 * (Hanyu Pinyin, Wade–Giles, Revised/McCune–Reischauer, Hepburn) and by Russian surname endings: a grammar of
 * transliteration, not a list of names. Used only for words the English lexicon does not know, and only where the
 * gazetteer has not already taken the run as a place.
 */

const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)'
const PINYIN_WORD = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,3}$`)
const PINYIN_ONE = new RegExp(`^${PINYIN_SYLLABLE}$`)
/** Hepburn morae: (consonant)(vowel), syllabic n, doubled consonants ("Ikkan"). */
const HEPBURN_WORD = /^(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts|ky|gy|ny|hy|my|ry|by|py)?[aiueo]|n(?![aiueoy])|[kstp](?=[kstpc]))+$/
/** Russian surnames: -ov(a), -ev(a), -yov, -sky/-ski/-skii/-skaya, -enko, -yan, -shvili, -dze, -vich. */
const RUSSIAN_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:ov|ova|ev|eva|yov|sky|ski|skii|skiy|skaya|enko|yan|shvili|dze|vich)$/u

/** A single word in lower case is romanised Chinese (one to three Pinyin syllables). */
export function isPinyin(word: string, syllables: 'one' | 'word' = 'word'): boolean {
  const w = word.toLowerCase()
  return (syllables === 'one' ? PINYIN_ONE : PINYIN_WORD).test(w)
}

/** "Chiang Ching-kuo", "Ri Jong-mok", "Kim Young-Sam": a short surname and a hyphenated two-syllable given name. */
export function isHyphenatedGivenName(surname: string, given: string): boolean {
  return /^\p{Lu}\p{Ll}{1,5}$/u.test(surname) && /^\p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{1,5}$/u.test(given)
}

/** "Mao Zedong", "Li Peng", "Deng Xiaoping": a one-syllable Pinyin surname and a one- to three-syllable given name. */
export function isPinyinName(surname: string, given: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(surname) && /^\p{Lu}\p{Ll}+$/u.test(given) && isPinyin(surname, 'one') && isPinyin(given)
}

/** "Nakajima Kenzo", "Ushiba Nobuhiko": two words of Hepburn morae, each of two morae or more. */
export function isJapaneseName(surname: string, given: string): boolean {
  const ok = (w: string): boolean => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && HEPBURN_WORD.test(w.toLowerCase())
  return ok(surname) && ok(given)
}

/**
 * "-in" surnames ("Yeltsin", "Chernomyrdin", "Kosygin", "Pushkin"): only with a letter cluster of Russian
 * romanisation (kh, zh, ts, sh, ch, y) inside the word, so English words and places ("Margin", "Bulletin",
 * "Kremlin", "Latin") are not taken.
 */
const RUSSIAN_IN = /^\p{Lu}\p{Ll}{3,}[bcdfgklmnprstvz]in$/u
const RUSSIAN_CLUSTER = /kh|zh|ts|sh|ch|y/

/** "Vyshinsky", "Molotov", "Krasovsky", "Yeltsin": a word with a Russian surname ending. */
export function isRussianSurname(word: string): boolean {
  return RUSSIAN_SURNAME.test(word) || (RUSSIAN_IN.test(word) && RUSSIAN_CLUSTER.test(word.slice(1).toLowerCase()))
}

/**
 * One syllable of Korean in McCune–Reischauer or Revised Romanisation without diacritics ("Kim", "Il", "Choe",
 * "Ryu", "Jang"): an initial, a vowel (simple, or with y/w glide), a final among k, l, m, n, p, ng.
 */
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[gkndrlmbpsjhty])?(?:wae|yae|yeo|ae|eo|eu|oe|ui|wa|wo|we|wi|ya|ye|yo|yu|a|e|i|o|u)(?:ng|[klmnp])?$/
/**
 * One syllable of Vietnamese in the national alphabet with its diacritics dropped, as translations print it ("Pham",
 * "Nguyen", "Truong", "Giap", "Chinh"): an initial (ngh, ng, nh, ch, gh, gi, kh, ph, qu, th, tr or a single
 * consonant), a vowel nucleus (with its glides), a final among c, ch, m, n, ng, nh, p, t.
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:uye|uya|uyu|uoi|ieu|yeu|oai|oay|uay|uo|ie|ye|ia|ua|oa|oe|uy|ai|ao|au|ay|eo|eu|iu|oi|ui|a|e|i|o|u|y)(?:ch|nh|ng|[cmnpt])?$/

/** A capitalised word of one Korean or Vietnamese syllable ("Nam", "Il", "Duan", "Nguyen"). */
export function isSyllableWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{0,5}$/u.test(word)) return false
  const w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd')
  return KOREAN_SYLLABLE.test(w) || VIETNAMESE_SYLLABLE.test(w)
}

/**
 * "Nam Il", "Kim Il", "Le Duan", "Pham Van Dong", "Vo Nguyen Giap", "Choe Yong Gon": Korean and Vietnamese names print
 * one syllable per word, surname first. Two or three such words are a name when at most one of them is an English
 * word (`known`: "Van", "Il", "Le"), so runs of English words ("Ten Men") are not taken.
 */
export function isSyllableName(words: string[], known: (w: string) => boolean): boolean {
  return (words.length === 2 || words.length === 3) && words.every(isSyllableWord) && words.filter(known).length <= 1
}
