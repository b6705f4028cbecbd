/**
 * What a run of capitalised words names: a person, a place, an organisation, or nothing. Rules in order of
 * reliability; a run that no rule takes as a whole is split at its connecting words and the parts are tried.
 * Precision first: a run is tagged only when a rule positively identifies it (archive-conventions.md §4).
 */
import type {Kind} from '../registers.js'
import {ABBREVIATIONS} from './abbreviations.js'
import {ALLIANCE_HEADS, CONNECTORS, DEMONYM_LIKE, ENTERPRISE_HEADS, ENTERPRISE_PREFIXES, LOCATED_ORGS, NOT_ORG_HEADS, NOT_PLACE_HEADS, NUMBERED_UNITS, ORG_HEADS, PERSON_TITLES, TITLE_FOLLOWERS, TITLE_PARTS} from './cues.js'
import {lookupFigure, lookupFigureSurname} from './figures.js'
import {isStateName, lookupPlace} from './gazetteer.js'
import {isOrgWord, isPlaceWord, lexTags} from './nlp.js'
import {isHyphenatedGivenName, isJapaneseName, isPinyinName, isRussianSurname, isSyllableName, isSyllableWord} from './romanised.js'

/** A name found in the text: its printed form, the register name, and how sure the rule is. */
export interface FoundName {
  kind: Exclude<Kind, 'bibls'>
  /** The form as printed (what the text tags). */
  form: string
  /** The register's name (all-capitals put in normal case). */
  name: string
  cert: 'high' | 'medium' | 'low'
  /** A shorter form of the same person printed elsewhere (the surname of "V. V. Kuznetsov"). */
  short?: string | undefined
  /** Which rule found it (for tests and messages). */
  rule: string
}

const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Possessive', 'Copula', 'Modal', 'QuestionWord', 'Negative', 'Gerund', 'PastTense', 'Month', 'WeekDay', 'Date', 'Duration', 'Expression', 'Cardinal', 'Ordinal', 'TextValue'])
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName'])
const INITIALS = /^(?:\p{Lu}\p{Ll}?\.[ \u00a0]?){1,3}$/u

const lower = (w: string): string => w.toLowerCase()
const isCaps = (w: string): boolean => /^[\p{Lu}\d.’'-]+$/u.test(w) && /\p{Lu}{2}/u.test(w)
/** "KIM IL SUNG" → "Kim Il Sung"; other forms unchanged. */
export const normalCase = (s: string): string => (isCaps(s.replace(/\s/g, '')) && s.replace(/\W/g, '').length > 4 && /\s/.test(s) ? s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : s)

function isFunctionWord(w: string): boolean {
  return lexTags(lower(w)).some((t) => FUNCTION_TAGS.has(t))
}

/** Whether a word is a title or form of address printed before a name ("Comrade", "Cde.", "President"). */
export function isTitle(w: string): boolean {
  const l = lower(w)
  return PERSON_TITLES.has(l) || lexTags(l).includes('Honorific')
}

function isOrgHead(w: string): boolean {
  const l = lower(w)
  return !NOT_ORG_HEADS.has(l) && (ORG_HEADS.has(l) || ENTERPRISE_HEADS.has(l) || isOrgWord(l))
}

/** An enterprise head that heads no other body ("Works of Lenin" is a book, "Bank of China" a body). */
const isEnterpriseOnly = (w: string): boolean => ENTERPRISE_HEADS.has(lower(w)) && !ORG_HEADS.has(lower(w)) && !isOrgWord(lower(w))

/** "Mashinoimport", "Machimpex", "Mecanoexport", "Raznoexport": the socialist states' foreign trade enterprises, one compound word. */
const TRADE_ENTERPRISE = /^\p{Lu}\p{Ll}{2,}(?:export|import|impex|intorg|torg)$/u

/**
 * "Anshan Iron and Steel Company", "Import and Export Corporation": an "and" between two common words (products,
 * trades) inside a body's name, before its head; names and places on either side ("Poland and Hungary") do not join.
 */
function productPair(mods: string[]): boolean {
  return mods.every((w, i) => !isConnector(w) || (lower(w) === 'and' && w === 'and' && i > 0 && isCommon(mods[i - 1] ?? '') && isCommon(mods[i + 1] ?? '') && !isConnector(mods[i + 1] ?? '')))
}

/** A single word or a phrase that the lexicon knows as a common word (not a name). */
export function isCommonWord(w: string): boolean {
  return isCommon(w)
}

function isCommon(w: string): boolean {
  const tags = lexTags(lower(w))
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t) || t === 'LastName' || t === 'Country' || t === 'City' || t === 'Region')
}

const join = (tokens: string[]): string => tokens.join(' ')
/** A connecting word, in any case ("of", "OF"). */
const isConnector = (w: string): boolean => CONNECTORS.has(lower(w))

/** Titles that are also adjectives or common nouns: a common word after them is no surname. */
const ADJECTIVE_TITLES = new Set(['general', 'major', 'deputy', 'chief', 'secretary', 'minister', 'state', 'sir', 'captain', 'king', 'queen', 'prince', 'general', 'governor', 'marshal', 'admiral'])

/** A person's name after a title: one to four capitalised words, none of them a connector, place or common word. */
function personAfterTitle(rest: string[], title = ''): boolean {
  if (rest.length === 0 || rest.length > 4) return false
  if (rest.some((w) => isConnector(w) || isTitle(w) || isOrgHead(w))) return false
  if (lookupPlace(join(rest))) return false
  const one = rest[0] ?? ''
  // A common word after a title is still a surname ("Ambassador Lodge", "Undersecretary Stark", "VP Gore"), unless it
  // is a function word or part of the office ("Ambassador Extraordinary").
  if (rest.length === 1 && (INITIALS.test(`${one} `) || isFunctionWord(one) || TITLE_FOLLOWERS.has(lower(one)) || one.length < 2 || isCaps(one) && one.length <= 3)) return false
  // After a title that is also an adjective ("General Headquarters", "Major Powers") a common word is not a name.
  if (rest.length === 1 && ADJECTIVE_TITLES.has(lower(title)) && isCommon(one)) return false
  return true
}

/** Where a run stands: after "the" a run of common words can still be a body's name ("the Foreign Ministry"). */
export interface RunContext {
  definite?: boolean
}

/** Classify one run of tokens (words and connecting words). */
export function classify(tokens: string[], where: RunContext = {}): FoundName[] {
  // "Da Nang", "De Aar": a place whose first word is also a name particle (a connector in lower case).
  if (tokens.length >= 2 && /^\p{Lu}\p{Ll}/u.test(tokens[0] ?? '') && isConnector(tokens[0] ?? '') && lookupPlace(join(tokens))) return [{kind: 'places', form: join(tokens), name: join(tokens), cert: 'high', rule: 'gazetteer'}]
  // "Le Duan", "Van Tien Dung": a Korean or Vietnamese surname may also be an English or French function word or a
  // name particle, so the syllable rule sees the run before those are trimmed.
  // Not after an English article or preposition opening a sentence ("In Siam", "The Dong").
  const opener = lower(tokens[0] ?? '')
  if (tokens.length <= 3 && /^\p{Lu}\p{Ll}/u.test(tokens[0] ?? '') && (isConnector(opener) || isFunctionWord(opener)) && !['the', 'a', 'an'].includes(opener) && !lexTags(opener).includes('Preposition')) {
    const whole = syllableName(tokens)
    if (whole) return [whole]
  }
  let t = [...tokens]
  // A possessive closes the name ("Sato’s"); sentence-initial function words open the run ("According", "The").
  while (t.length > 0 && (isConnector(t[0] ?? '') || (isFunctionWord(t[0] ?? '') && !numberedUnit(t.slice(0, 2), where.definite === true)))) t = t.slice(1)
  while (t.length > 0 && isConnector(t[t.length - 1] ?? '')) t = t.slice(0, -1)
  if (t.length === 0) return []
  const last = t[t.length - 1] ?? ''
  if (/['’]s$/.test(last)) t[t.length - 1] = last.slice(0, -2)
  const text = join(t)
  const whole = wholeRun(t, text, where.definite === true && t.length === tokens.length)
  if (whole.length > 0) return whole
  // A place that closes the run and itself holds connecting words ("… OF THE UNION OF SOVIET SOCIALIST REPUBLICS").
  for (let i = 1; i < t.length - 2; i++) {
    if (!isConnector(t[i - 1] ?? '') && !isFunctionWord(t[i - 1] ?? '')) continue
    const tail = join(t.slice(i))
    if (t.slice(i).some(isConnector) && lookupPlace(tail)) return [...classify(t.slice(0, i - 1)), {kind: 'places', form: tail, name: normalCase(tail), cert: 'high', rule: 'gazetteer'}]
  }
  // "China National Import and Export Corporation and the Anshan Iron and Steel Company": two bodies joined by "and",
  // each a name as a whole (tried at each "and" from the right, so the bodies keep their own "and").
  for (let i = t.length - 2; i > 0; i--) {
    if (t[i] !== 'and') continue
    const left = t.slice(0, i)
    const right = lower(t[i + 1] ?? '') === 'the' ? t.slice(i + 2) : t.slice(i + 1)
    const a = left.length >= 2 ? wholeRun(left, join(left), false) : []
    const b = right.length >= 2 ? wholeRun(right, join(right), lower(t[i + 1] ?? '') === 'the') : []
    if (a.length === 1 && b.length === 1 && a[0]?.form === join(left) && b[0]?.form === join(right) && a[0].kind === 'orgs' && b[0].kind === 'orgs') return [...a, ...b]
  }
  // Not a name as a whole: try the parts between connecting and function words.
  const parts: string[][] = []
  let part: string[] = []
  for (const [i, w] of t.entries()) {
    // "Kim Il": after a name syllable, a syllable the lexicon reads as a function word ("Il", a French pronoun) is a name's.
    const nameSyllable = part.length > 0 && isSyllableWord(w) && isSyllableWord(part[part.length - 1] ?? '') && !isConnector(w)
    if (isConnector(w) || (isFunctionWord(w) && !nameSyllable && !NAME_TAGS.has(lexTags(lower(w))[0] ?? '') && !(part.length === 0 && numberedUnit(t.slice(i, i + 2), i === 0 && where.definite === true)))) {
      if (part.length > 0 && part.length < t.length) parts.push(part)
      part = []
    } else part.push(w)
  }
  if (part.length > 0 && part.length < t.length) parts.push(part)
  // The first part keeps the run's article ("the Deciphering Department on Monday").
  const found = parts.map((p, i) => classify(p, i === 0 && p[0] === tokens[0] ? where : {}))
  // "Chubais and Nemtsov", "Yeltsin and Chirac": a single unknown word joined by "and" to a person is a person too.
  if (t.length === 3 && lower(t[1] ?? '') === 'and' && parts.length === 2 && found.some((f) => f.length === 1 && f[0]?.kind === 'persons')) {
    found.forEach((f, i) => {
      const w = parts[i]?.[0] ?? ''
      if (f.length === 0 && parts[i]?.length === 1 && coordinatedSurname(w)) f.push({kind: 'persons', form: w, name: w, cert: 'low', rule: 'coordinated'})
    })
  }
  // "Ask Kasa-Vubu", "Tell Novotný": common words opening a sentence before a figure's name (figures.ts).
  if (found.every((f) => f.length === 0)) {
    for (let i = 1; i < t.length && isCommon(t[i - 1] ?? ''); i++) {
      const rest = t.slice(i)
      if (lookupFigure(join(rest)) || (rest.length === 1 && !isCommon(rest[0] ?? ''))) {
        const named = wholeRun(rest, join(rest), false).filter((f) => f.kind === 'persons' && f.rule.startsWith('figure'))
        if (named.length > 0) return named
      }
    }
  }
  return found.flat()
}

/** A word that can be a surname beside another person's: capitalised, unknown to the lexicon, no place, body or title. */
function coordinatedSurname(w: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(w) && lexTags(lower(w)).length === 0 && !lookupPlace(w) && !isOrgHead(w) && !isTitle(w) && !isPlaceWord(lower(w))
}

/**
 * "Tenth Department", "Second Committee", "the Deciphering Department": an ordinal (or, after "the", a verb form in
 * -ing) before a unit of a ministry or an army names that unit.
 */
function numberedUnit(t: string[], definite: boolean): boolean {
  const [first = '', last = ''] = [t[0], t[t.length - 1]]
  if (t.length !== 2 || !NUMBERED_UNITS.has(lower(last))) return false
  const tags = lexTags(lower(first))
  return tags.includes('Ordinal') || /^\d+(?:st|nd|rd|th)$/i.test(first) || (definite && /\p{Ll}ing$/u.test(first) && !tags.some((x) => x !== 'Gerund' && FUNCTION_TAGS.has(x)))
}

/** "Nam Il", "Le Duan", "Pham Van Dong": a Korean or Vietnamese name, one syllable a word (romanised.ts), or undefined. */
function syllableName(t: string[]): FoundName | undefined {
  const text = join(t)
  if (isCaps(text) || lookupPlace(text) || !isSyllableName(t, (w) => lexTags(lower(w)).some((x) => !NAME_TAGS.has(x) && x !== 'LastName'))) return undefined
  return {kind: 'persons', form: text, name: text, cert: 'low', rule: 'syllable-name'}
}

/** A state's name or abbreviation ("USSR", "Cuba"). */
const isState = (w: string): boolean => ABBREVIATIONS[w]?.kind === 'places' || lookupPlace(w) !== undefined

function wholeRun(t: string[], text: string, definite: boolean): FoundName[] {
  const abbr = ABBREVIATIONS[text]
  if (abbr) return [{kind: abbr.kind, form: text, name: abbr.name, cert: 'high', rule: 'abbreviation'}]
  const first = t[0] ?? ''
  const last = t[t.length - 1] ?? ''
  // "Gamal Abdel Nasser", "Chou En-lai", "N. S. Khrushchev": a Cold War figure's full name (figures.ts).
  const figure = (t.length >= 2 || /-/.test(first)) && !isTitle(first) ? lookupFigure(text) : undefined
  if (figure) {
    const short = lookupFigureSurname(figure.surname) === figure && figure.surname !== text ? figure.surname : undefined
    return [{kind: 'persons', form: text, name: figure.name, cert: 'medium', short, rule: 'figure'}]
  }
  // "MFA USSR", "KGB USSR": a body's abbreviation with its state is one body's name (the state is part of it).
  if (t.length >= 2 && ABBREVIATIONS[join(t.slice(0, -1))]?.kind === 'orgs' && isCaps(last) && isState(last)) return [{kind: 'orgs', form: text, name: text, cert: 'high', rule: 'abbreviation-state'}]
  // "UNOC Léopoldville", "ONUC Elisabethville": a body's abbreviation and the town of its office are two names (a state
  // after it is not an office's place: "NATO Russia relations").
  if (t.length >= 2 && ABBREVIATIONS[first]?.kind === 'orgs' && !isCaps(last) && lookupPlace(join(t.slice(1))) && !isStateName(join(t.slice(1)))) return [...classify([first]), ...classify(t.slice(1))]
  // "U.N. Goulart’s": an abbreviation ending a sentence is not a person's initials.
  if (t.length >= 2 && /\.$/.test(first) && (ABBREVIATIONS[first] !== undefined || lookupPlace(first))) return [...classify([first]), ...classify(t.slice(1))]
  // "THE EMBASSY IN HAVANA" (capitals): the embassy and its place are one body's name.
  if (t.length >= 3 && LOCATED_ORGS.has(lower(first)) && lower(t[1] ?? '') === 'in' && lookupPlace(join(t.slice(2)))) return [{kind: 'orgs', form: text, name: normalCase(text), cert: 'medium', rule: 'located-org'}]
  if (t.length === 2 && ALLIANCE_HEADS.has(lower(last)) && lookupPlace(first)) return [{kind: 'orgs', form: text, name: normalCase(text), cert: 'medium', rule: 'alliance'}]
  if (numberedUnit(t, definite)) return [{kind: 'orgs', form: text, name: normalCase(text), cert: 'medium', rule: 'numbered-unit'}]
  if (lookupPlace(text) && !(t.length === 1 && isOrgHead(first))) return [{kind: 'places', form: text, name: normalCase(text), cert: 'high', rule: 'gazetteer'}]
  // Enterprises: "VEB Carl Zeiss Jena", "VEB Kombinat Robotron" (the prefix names the body); "Machimpex".
  if (t.length >= 2 && ENTERPRISE_PREFIXES.has(first) && !t.some(isConnector)) return [{kind: 'orgs', form: text, name: text, cert: 'medium', rule: 'enterprise-prefix'}]
  if (t.length === 1 && !isCaps(first) && lexTags(lower(first)).length === 0 && TRADE_ENTERPRISE.test(first)) return [{kind: 'orgs', form: text, name: text, cert: 'medium', rule: 'trade-enterprise'}]
  // Organisations: "Soviet Embassy", "Sato Government", "Ministry of Foreign Affairs", "Government of Japan".
  if (!isTitle(first)) {
    const lexOrg = lexTags(lower(text)).includes('Organization') && (t.length > 1 || isCaps(text))
    // "Sato Government", "Soviet Embassy"; not "socialist country and Communist Party" (common words, no article).
    const mods = t.slice(0, -1)
    const proper = mods.some((w) => !isCommon(w) || DEMONYM_LIKE.has(lower(w)) || lexTags(lower(w)).includes('Demonym'))
    const enterprise = isEnterpriseOnly(last)
    const headLast = t.length >= 2 && isOrgHead(last) && productPair(mods) && (proper || (definite && !enterprise && !mods.some(isConnector)))
    // A long run in capitals ("REDUCTION OF THE MILITARY BUDGETS OF THE UNION OF …", a heading) is never one body's name;
    // in normal case a body may have twelve words ("Central Committee of the Communist Party of the Soviet Union").
    const headOf = (t.length <= 8 || (t.length <= 12 && !isCaps(t.join('')))) && t.some((w, i) => isOrgHead(w) && !isEnterpriseOnly(w) && (lower(t[i + 1] ?? '') === 'of' || lower(t[i + 1] ?? '') === 'for') && i + 2 < t.length)
    if (lexOrg || headLast || headOf) return [{kind: 'orgs', form: text, name: normalCase(text), cert: lexOrg ? 'high' : 'medium', rule: lexOrg ? 'lexicon-org' : 'org-head'}]
    if (t.length >= 2 && last.length >= 4 && isPlaceWord(lower(last)) && !NOT_PLACE_HEADS.has(lower(last)) && !t.slice(0, -1).some((w) => isConnector(w))) return [{kind: 'places', form: text, name: normalCase(text), cert: 'medium', rule: 'place-head'}]
  }
  // "Nasser", "NEHRU", "Gomulka": a figure's surname alone, when no other figure shares it and it is no common word.
  if (t.length === 1 && first.length >= 3 && !isCommon(first)) {
    const alone = lookupFigureSurname(first)
    if (alone) return [{kind: 'persons', form: first, name: alone.name, cert: 'medium', rule: 'figure-surname'}]
  }
  // Persons: initials and a surname ("V. V. Kuznetsov", "S.Y. Dao", "Thomas J. Kieran" is the given-name rule), not a
  // section number before an abstract noun ("I. Deployment of the Indian Army", "X. Relations with China").
  if (t.length >= 2 && !t.some(isTitle) && INITIALS.test(t.slice(0, -1).join(' ') + ' ') && /^\p{Lu}\p{Ll}[\p{L}’'-]+$/u.test(last) && !isCommon(last) && !sectionNumber(t)) {
    return [{kind: 'persons', form: text, name: text, cert: 'medium', short: last, rule: 'initials'}]
  }
  // A title before the name ("Comrade Kim Il Sung", "Polish President Kwasniewski", "Prime Minister Sato").
  let ti = -1
  for (let i = 0; i < t.length; i++) if (isTitle(t[i] ?? '')) ti = i
  if (ti >= 0) {
    const rest = t.slice(ti + 1)
    if (personAfterTitle(rest, t[ti] ?? '')) {
      let pre = ti
      while (pre > 0 && (isTitle(t[pre - 1] ?? '') || TITLE_PARTS.has(lower(t[pre - 1] ?? '')))) pre--
      const form = join(rest)
      // "President Nasser", "Comrade Gomułka": a figure's register name is its full name.
      const known = lookupFigure(form) ?? (rest.length === 1 ? lookupFigureSurname(form) : undefined)
      return [...(pre > 0 ? classify(t.slice(0, pre)) : []), {kind: 'persons', form, name: known?.name ?? normalCase(form), cert: 'medium', rule: known && rest.length === 1 ? 'title-figure' : 'title'}]
    }
    // "First Secretary of the Communist Party of Cuba": an office of a body; the body is named after "of (the)".
    if (rest.length >= 3 && lower(rest[0] ?? '') === 'of') return classify(rest.slice(1), {definite: lower(rest[1] ?? '') === 'the'})
    return []
  }
  // A given name the lexicon knows, then one to three more name words ("Frank Aiken", "Kim Il Sung").
  const firstTags = lexTags(lower(first))
  if (t.length >= 2 && t.length <= 4 && firstTags.some((x) => NAME_TAGS.has(x)) && !firstTags.some((x) => FUNCTION_TAGS.has(x))
    && !t.some((w) => isConnector(w) || isOrgHead(w) || isPlaceWord(lower(w)) || lookupPlace(w))
    && t.slice(1).every((w) => /^(?:\p{Lu}[\p{L}’'-]*|\p{Lu}\.)$/u.test(w))) {
    return [{kind: 'persons', form: text, name: normalCase(text), cert: 'medium', short: t.length === 2 && last.length >= 4 && !isCommon(last) ? last : undefined, rule: 'given-name'}]
  }
  // Romanised names the lexicon does not know: "Mao Zedong", "Chiang Ching-kuo", "Nakajima Kenzo" (two words).
  if (t.length === 2 && !isCaps(text) && t.every((w) => lexTags(lower(w)).every((x) => x === 'LastName'))) {
    const [a = '', b = ''] = t
    const rule = isHyphenatedGivenName(a, b) ? 'hyphenated-given-name' : isPinyinName(a, b) ? 'pinyin' : isJapaneseName(a, b) ? 'hepburn' : undefined
    if (rule) return [{kind: 'persons', form: text, name: text, cert: 'low', rule}]
  }
  // "Nam Il", "Le Duan", "Pham Van Dong": Korean and Vietnamese names, one syllable a word (cert low; a place
  // preposition before the run vetoes it, in recognise.ts: "to Lang Son").
  const syllables = syllableName(t)
  if (syllables) return [syllables]
  // "Vyshinsky", "Molotov": a Russian surname ending on a word the lexicon does not know.
  if (t.length === 1 && !isCaps(first) && lexTags(lower(first)).length === 0 && isRussianSurname(first)) {
    return [{kind: 'persons', form: first, name: first, cert: 'low', rule: 'russian-surname'}]
  }
  // A surname the lexicon knows only as a surname ("Stalin", "Molotov"), printed alone.
  if (t.length === 1 && first.length >= 4 && !isCaps(first)) {
    const tags = lexTags(lower(first))
    if (tags.length === 1 && tags[0] === 'LastName') return [{kind: 'persons', form: first, name: first, cert: 'low', rule: 'surname'}]
  }
  return []
}

/** Endings of English abstract nouns ("Deployment", "Relations", "Measures", "Assessment"), which no surname here has. */
const ABSTRACT_NOUN = /(?:\p{L}{4}ments?|\p{L}{3}(?:tion|sion)s?|\p{L}{3}ness|\p{L}{3}it(?:y|ies)|\p{L}{3}(?:ance|ence)s?|\p{L}{3}ships?|\p{L}{3}isms?|\p{L}{4}ures?|\p{L}{3}ings)$/u

/** A Roman section number ("I.", "V.", "X.") before one abstract noun: a heading's number, not an initial. */
function sectionNumber(t: readonly string[]): boolean {
  return t.length === 2 && /^[IVX]\.$/.test(t[0] ?? '') && ABSTRACT_NOUN.test(t[1] ?? '')
}
