/**
 * Persons, places and organisations in a document's text, found without a sidecar and registered in the standOff
 * registers as the encoder's identifications (`@resp="#teipipe"`, `@cert`). The text then tags every printed form
 * with `@ref` (inline.ts). Sidecar decisions win: a form the sidecar registers keeps the sidecar's entry, and
 * `names.reject` / `names.auto: false` in the sidecar stop the recogniser. Source: archive-conventions.md §4.
 */
import type {Ctx} from '../context.js'
import type {SourceLine} from '../page.js'
import {slugId, type Kind} from '../registers.js'
import type {RegisterEntry} from '../edits.js'
import {classify, isCommonWord, isTitle, normalCase, type FoundName} from './classify.js'
import {CONNECTORS, LOCATED_ORGS} from './cues.js'
import {findWord} from '../wraps.js'
import {capitalCity, lookupPlace} from './gazetteer.js'
import {ABBREVIATIONS} from './abbreviations.js'

// A plural possessive inside a name keeps its apostrophe ("Korean Workers' Party", "People’s"): the run goes on.
const WORD = String.raw`(?:\p{Lu}\p{Ll}{0,2}\.(?:[ \u00a0]?\p{Lu}\.)*|\p{Lu}{2,3}\.(?=[ \u00a0]\p{Lu})|\p{Lu}[\p{L}\p{M}’'-]*[sS]['’](?=[ \u00a0]\p{Lu})|\p{Lu}[\p{L}\p{M}’'-]*[\p{L}\p{M}]|\p{Lu})`
const CONN = 'of|the|for|and|de|da|do|dos|van|von|der|al|bin|on'
/** A run of capitalised words, possibly joined by connecting words ("Ministry of Foreign Affairs"). */
const RUN = new RegExp(`${WORD}(?:[ \\u00a0](?:(?:${CONN})[ \\u00a0])*${WORD})*`, 'uy')
/** Where a run can start: a capital after a non-letter. Found first, so the run pattern runs only there (fast). */
const START = /(?<![\p{L}\p{N}])\p{Lu}/gu

/** The next run at or after `from`, or null. */
function nextRun(text: string, from: number): RegExpExecArray | null {
  START.lastIndex = from
  for (let s = START.exec(text); s; s = START.exec(text)) {
    RUN.lastIndex = s.index
    const m = RUN.exec(text)
    if (m) return m
    START.lastIndex = s.index + 1
  }
  return null
}
const LOCATED = new RegExp(`[ \\u00a0]in[ \\u00a0](?:the[ \\u00a0])?(${WORD}(?:[ \\u00a0]${WORD}){0,2})`, 'uy')
/** A company's legal form after a comma ("Cargill, Inc."), which belongs to its name. */
const LEGAL_FORM = /,[ \u00a0](?:Inc\.|Ltd\.|Corp\.|Co\.|GmbH|AG|S\.A\.|N\.V\.)/uy
const DEFINED = /[ \u00a0]\(([\p{Lu}][\p{Lu}.]{1,7})\)/uy

/** Runs repeat within and across documents ("DPRK", "Comrade Kim Il Sung"): classification is pure, so it is cached. */
const CACHE = new Map<string, FoundName[]>()
const CACHE_MAX = 20_000

function classifyCached(tokens: string[], definite: boolean): FoundName[] {
  const key = `${definite ? 1 : 0}${tokens.join(' ')}`
  let hit = CACHE.get(key)
  if (!hit) {
    hit = classify(tokens, {definite})
    if (CACHE.size >= CACHE_MAX) CACHE.clear()
    CACHE.set(key, hit)
  }
  return hit
}

/** Match a sticky pattern at `at` (no copy of the rest of the text). */
function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}

const PREFIX: Record<Exclude<Kind, 'bibls'>, string> = {persons: 'pers', places: 'pl', orgs: 'org'}

/** An office in lower case just before a name ("member", "ambassador", "comrade"). */
const ROLE_BEFORE = /\b(?:member|members|comrade|ambassador|minister|secretary|chairman|premier|president|consul|envoy|marshal|general|attaché|counsellor|counselor|chargé d’affaires|correspondent|interpreter|leader)[ \u00a0]$/u

const TITLE_WORDS = 'Ambassador|Minister|Consul|President|Vice-President|Chairman|Premier|Secretary|Director|Chancellor|Governor|Speaker|Envoy|Representative|Attach[ée]|Counsell?or|Commander'
/**
 * "our Ambassador in Moscow, Vijaya Lakshmi Pandit,", "the President of the Parliament, Nuri,": an office (with
 * where it serves) and, between commas, the name of the person who holds it.
 */
const APPOSITION = new RegExp(String.raw`\b(?:${TITLE_WORDS})(?:[ \u00a0](?:of|in|to|at|for)[ \u00a0](?:the[ \u00a0])?\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,3})?,[ \u00a0]((?:\p{Lu}[\p{L}'’-]*[ \u00a0]){0,3}\p{Lu}[\p{L}'’-]*\p{Ll}),`, 'gu')

/**
 * "Heo Dam, DPRK Vice-Prime Minister and …": a name between a comma (or "with", "that") and a comma, followed by its
 * office (a few words, then an office word).
 */
const APPOSITION_AFTER = new RegExp(String.raw`(?:,[ \u00a0]|\b(?:with|that|by|and)[ \u00a0])((?:\p{Lu}[\p{L}'’-]*[ \u00a0]){1,2}\p{Lu}[\p{L}'’-]*\p{Ll}),[ \u00a0](?:the[ \u00a0])?(?:[\p{Lu}][\p{L}'’-]*[ \u00a0]){0,3}(?:Vice-|Deputy[ \u00a0]|First[ \u00a0])?(?:${TITLE_WORDS})\b`, 'gu')

/** Persons named in apposition to their office (see APPOSITION); the name must be no place, body, title or common word. */
export function appositions(text: string): FoundName[] {
  const out: FoundName[] = []
  for (const m of [...text.matchAll(APPOSITION), ...text.matchAll(APPOSITION_AFTER)]) {
    const name = m[1] ?? ''
    const words = name.split(/[ \u00a0]/)
    if (isTitle(words[0] ?? '') || lookupPlace(name) || classify(words).some((f) => f.kind !== 'persons')) continue
    // A common first word is no name ("However"); a later one may be ("Heo Dam").
    if (isCommonWord(words[0] ?? '')) continue
    out.push({kind: 'persons', form: name, name, cert: 'low', rule: 'apposition'})
  }
  return out
}

/**
 * "Recorded by: J. Kašpar", "Recorded by: Third Secretary of the Embassy V. Sorokin", "Minutes taken by Comrade Ivan
 * Petrov": the person who recorded a conversation or kept the minutes, named at the end of the line (initials and a
 * surname, or a given name and a surname), after the office when one is printed. Group 1: the name as printed.
 */
export const RECORDED_BY = /^(?:Recorded|Record(?:ed)? made|Written down|Noted down|Minutes (?:taken|kept)|Notes taken|Drawn up)(?: by)?:?[ \u00a0]+(?:[^\n]*?[ \u00a0])?((?:\p{Lu}\p{Ll}?\.[ \u00a0]?){1,3}\p{Lu}[\p{L}\p{M}’'-]+|\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}[\p{Ll}\p{M}’'-]+)\.?$/mu

/** The recorder of each line that names one (see RECORDED_BY): persons, cert medium. */
export function recorders(text: string): FoundName[] {
  const out: FoundName[] = []
  for (const line of text.split('\n')) {
    const name = RECORDED_BY.exec(line.trim())?.[1]
    if (!name || lookupPlace(name) || isTitle(name.split(/[ \u00a0]/)[0] ?? '')) continue
    out.push({kind: 'persons', form: name, name, cert: 'medium', rule: 'recorded-by'})
  }
  return out
}

/** Names found in a text, in order of first appearance (forms may repeat). */
export function findNames(text: string): FoundName[] {
  const out: FoundName[] = []
  let next = 0
  for (let m = nextRun(text, 0); m; m = nextRun(text, next)) {
    next = m.index + m[0].length
    const all = m[0].split(/[ \u00a0]+/)
    // A word of three letters or more ending in a full stop ends a sentence ("Premier Yen. In reply"), unless it is
    // a title ("Cde.", "Mrs."): the rest of the run is read again as a run of its own.
    const stop = all.findIndex((w, i) => i < all.length - 1 && /\p{L}{3,}\.$/u.test(w) && !isTitle(w))
    if (stop >= 0) next = m.index + all.slice(0, stop + 1).join(' ').length
    const tokens = stop >= 0 ? [...all.slice(0, stop), (all[stop] ?? '').slice(0, -1)] : all
    const run = m[0].slice(0, tokens.join(' ').length)
    const definite = /\b[Tt]he[ \u00a0]$/.test(text.slice(Math.max(0, m.index - 4), m.index))
    const end = m.index + run.length
    // "the Embassy in Havana": an embassy named only by its place.
    const bare = definite && tokens.length === 1 && LOCATED_ORGS.has((tokens[0] ?? '').toLowerCase()) ? stickyAt(LOCATED, text, end) : null
    if (bare?.[1] && lookupPlace(bare[1])) {
      const form = `${run}${bare[0]}`
      out.push({kind: 'orgs', form, name: normalCase(form), cert: 'medium', rule: 'located-org'})
      continue
    }
    // "to Lang Son", "at Da Nang": a place the gazetteer lacks is not a person named by syllables.
    const placeBefore = /\b(?:at|in|to|from|near|via|towards?|outside)[ \u00a0]$/.test(text.slice(Math.max(0, m.index - 8), m.index))
    // "Continental Grain Company and Cargill, Inc.": the words after the run's last connecting word name the company.
    const legal = stop < 0 ? stickyAt(LEGAL_FORM, text, end) : null
    const cut = tokens.findLastIndex((w) => CONNECTORS.has(w)) + 1
    const company = tokens.slice(cut)
    if (legal && company.length > 0 && company.every((w) => !isCommonWord(w) && !isTitle(w)) && !lookupPlace(company.join(' '))) {
      const form = `${company.join(' ')}${legal[0]}`
      if (cut > 1) out.push(...classifyCached(tokens.slice(0, cut - 1), definite))
      out.push({kind: 'orgs', form, name: form, cert: 'medium', rule: 'legal-form'})
      next = Math.max(next, end + legal[0].length)
      continue
    }
    const found = classifyCached(tokens, definite).filter((f) => !(placeBefore && f.rule === 'syllable-name'))
    // "in Sofia", "to Sofia": a capital whose name is also a person's is the city after a preposition of place.
    if (placeBefore && tokens.length <= 3 && found.every((f) => f.kind === 'persons' && f.form === run) && capitalCity(run)) {
      out.push({kind: 'places', form: run, name: run, cert: 'medium', rule: 'capital-after-preposition'})
      continue
    }
    // "Politburo member Hager", "the Soviet ambassador Puzanov": an office in lower case before an unknown name.
    if (found.length === 0 && tokens.length <= 2 && ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && tokens.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !isCommonWord(w)) && !lookupPlace(run)) {
      out.push({kind: 'persons', form: run, name: run, cert: 'low', rule: 'office-before'})
      continue
    }
    for (const f of found) {
      const endsRun = run.endsWith(f.form) || run.endsWith(`${f.form}’s`) || run.endsWith(`${f.form}'s`)
      // "Romanian Embassy in Pyongyang": the place belongs to the organisation's name.
      const located = f.kind === 'orgs' && endsRun && LOCATED_ORGS.has(f.form.split(' ').pop()?.toLowerCase() ?? '') ? stickyAt(LOCATED, text, end) : null
      if (located?.[1] && lookupPlace(located[1])) {
        const form = `${f.form}${located[0]}`
        out.push({...f, form, name: normalCase(form)})
        continue
      }
      out.push(f)
      // "Worker’s Party of Korea (KWP)": the text defines an abbreviation of the name.
      const defined = endsRun ? stickyAt(DEFINED, text, end) : null
      // An abbreviation the table knows is the table's body or state, whatever it follows ("… of Cuba (PCC)").
      if (defined?.[1] && f.kind !== 'persons' && (ABBREVIATIONS[defined[1]] === undefined || ABBREVIATIONS[defined[1]]?.kind === f.kind)) out.push({...f, form: defined[1], name: abbreviatedPart(f.name, defined[1]), rule: 'defined-abbreviation'})
    }
  }
  out.push(...appositions(text), ...recorders(text))
  return out
}

/**
 * The part of a name an abbreviation after it stands for: the whole name, unless the abbreviation's letters are the
 * initials of a closing part of it only ("Political Bureau of the CC of the Party of Labour of Albania (PLA)": PLA is
 * the Party of Labour of Albania). Abbreviations of another language's name ("Polish United Workers' Party (PZPR)")
 * match no part and keep the whole name.
 */
export function abbreviatedPart(name: string, abbreviation: string): string {
  const letters = abbreviation.replace(/\./g, '')
  const words = name.split(/[ \u00a0]+/)
  const initials = (ws: string[]): string => ws.filter((w) => !CONNECTORS.has(w.toLowerCase())).map((w) => w[0] ?? '').join('').toUpperCase()
  if (initials(words) === letters) return name
  for (let i = 1; i < words.length; i++) {
    const part = words.slice(i)
    if (CONNECTORS.has((part[0] ?? '').toLowerCase()) || !/^\p{Lu}/u.test(part[0] ?? '')) continue
    if (initials(part) === letters) return part.join(' ')
  }
  return name
}

/** Find the names of the body and register them (sidecar entries and rejections win). */
export function registerTextNames(body: SourceLine[], ctx: Ctx): void {
  const opts = ctx.edits?.names
  if (opts?.auto === false) return
  const reject = new Set(opts?.reject ?? [])
  const knownList = ctx.registers.forms().map((f) => f.form)
  const known = new Set(knownList)
  const byForm = new Map<string, RegisterEntry>()
  const text = body.map((l) => l.text).join('\n')
  // A surname printed for two different full names ("V. V. Kuznetsov", "A. A. Kuznetsov") names neither for sure.
  const ambiguous = new Set<string>()
  const created: RegisterEntry[] = []
  for (const f of ownNamesFirst([...suppliedNameParts(text), ...findNames(text)])) {
    const forms = [f.form, ...(f.short ? [f.short] : [])].filter((x) => !reject.has(x) && !known.has(x) && !ambiguous.has(x))
    if (!forms.includes(f.form)) continue
    // A reviewed (or header-given) name is never swallowed by a longer automatic one ("SED CC Politburo" around "SED").
    if (knownList.some((k) => findWord(f.form, k).length > 0)) continue
    // One entry per person: "Boris Yeltsin" joins the entry of an earlier "Yeltsin"; never two different full names.
    let entry = byForm.get(f.form)
    const viaShort = f.short !== undefined && forms.includes(f.short) ? byForm.get(f.short) : undefined
    if (!entry && viaShort && f.kind === 'persons' && isFullName(viaShort.name) && viaShort.name !== f.name) {
      ambiguous.add(f.short ?? '')
      viaShort.forms = (viaShort.forms ?? []).filter((x) => x !== f.short)
      byForm.delete(f.short ?? '')
      forms.splice(forms.indexOf(f.short ?? ''), 1)
    } else entry ??= viaShort
    if (!entry) {
      const id = slugId(PREFIX[f.kind], f.name)
      // "Minfar’s [Ministry of the Revolutionary Armed Forces’]": a second form of a name found already joins it.
      entry = created.find((e) => e.id === id && ctx.registers.entries[f.kind].includes(e))
      if (!entry && ctx.registers.has(id)) continue
      if (!entry) {
        entry = {id, name: f.name, forms: [], cert: f.cert, resp: '#teipipe'}
        ctx.registers.add(f.kind, entry)
        created.push(entry)
      }
    } else if (f.name.length > entry.name.length && f.kind === 'persons') entry.name = f.name
    for (const x of forms) {
      if (byForm.has(x)) continue
      byForm.set(x, entry)
      entry.forms = [...(entry.forms ?? []), x]
    }
    ctx.registers.touch()
  }
  mergeSurnames(created, ctx)
}

/**
 * The document's own full names before the gazetteer's: a figure's surname printed alone ("Chiang") where the
 * document names another person with that surname in full ("Chiang Ching-kuo") is that person's, so it stays a bare
 * name for mergeSurnames to join (figures.ts names the person only when the document does not).
 */
export function ownNamesFirst(found: FoundName[]): FoundName[] {
  const fold = (w: string): string => w.toLowerCase().replace(/['’]s$/, '')
  const own = found.filter((f) => f.kind === 'persons' && !/figure/.test(f.rule) && isFullName(f.name))
  return found.map((f) => {
    if (f.rule !== 'figure-surname' && f.rule !== 'title-figure') return f
    const word = fold(f.form)
    const other = own.some((o) => o.name !== f.name && [o.name.split(/\s+/)[0] ?? '', o.name.split(/\s+/).pop() ?? ''].some((w) => fold(w) === word))
    return other ? {...f, name: normalCase(f.form), cert: 'low'} : f
  })
}

/** A bracket whose words end in capitalised words, then the next word ("[Cuba’s Foreign Minister Raúl Garcia] Roa"). */
const SUPPLIED_PART = /(?:(\p{Lu}[\p{L}.-]*)[ \u00a0])?\[([^[\]\n]{1,80}?)\][ \u00a0]?(\p{Lu}[\p{L}’'-]*\p{L})/gu

/**
 * "[Carlos] Lechuga", "[Ambassador Boleslaw] JELEN": name parts the translator supplied before the printed surname.
 * The bracket's words and the surname are classified together; a person whose name ends with the surname gives one
 * entry with the full name ("Carlos Lechuga") and two printed forms (the supplied part, the surname), so both are
 * tagged with the same @ref (the supplied element stands between them). Archive-conventions.md §2, §4.
 */
export function suppliedNameParts(text: string): FoundName[] {
  const out: FoundName[] = []
  for (const m of text.matchAll(SUPPLIED_PART)) {
    const inner = (m[2] ?? '').trim().split(/[ \u00a0]+/)
    const surname = m[3] ?? ''
    // "Deputy Minister [Józef] Winiewicz": a title printed before the bracket names the person after it.
    const title = m[1] !== undefined && isTitle(m[1]) ? [m[1]] : []
    const person = classify([...title, ...inner, surname]).find((f) => f.kind === 'persons' && f.form.endsWith(` ${surname}`) && f.form.length > surname.length + 1)
    if (!person) continue
    const given = person.form.slice(0, -surname.length - 1)
    if (title.length > 0 && given !== inner.join(' ')) continue
    const name = person.form.split(' ').map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w)).join(' ')
    out.push({kind: 'persons', form: given, name, cert: person.cert, short: surname, rule: 'supplied-part'})
  }
  return out
}

const isFullName = (name: string): boolean => /\S\s+\S/u.test(name)

/**
 * "Chiang" and "Chiang Ching-kuo", "Kohl" and "Helmut Kohl": a bare name the encoder found joins the one fuller name
 * of the document that begins or ends with it (East Asian names print the surname first). Two fuller names that
 * share it ("Kim Il Sung", "Kim Jong Il") leave it alone: merging is only done when it is unambiguous.
 */
export function mergeSurnames(created: RegisterEntry[], ctx: Ctx): void {
  const persons = ctx.registers.entries.persons
  const fold = (w: string): string => w.toLowerCase().replace(/['’]s$/, '')
  for (const bare of created) {
    if (isFullName(bare.name) || !persons.includes(bare)) continue
    const word = fold(bare.name)
    const fuller = persons.filter((e) => e !== bare && isFullName(e.name) && [e.name.split(/\s+/)[0] ?? '', e.name.split(/\s+/).pop() ?? ''].some((w) => fold(w) === word))
    const target = fuller[0]
    if (fuller.length !== 1 || !target) continue
    target.forms = [...(target.forms ?? []), ...(bare.forms ?? []).filter((x) => !(target.forms ?? []).includes(x))]
    if (target.resp === '#teipipe' && bare.cert === 'medium' && target.cert === 'low') target.cert = 'medium'
    persons.splice(persons.indexOf(bare), 1)
    ctx.registers.touch()
  }
}
