/**
 * Places by name: the one wrapper of countries-list (MIT; ISO 3166-1 countries with former names, capitals and
 * continents) and city-timezones (MIT; 7,300 cities with population), with compromise's lexicon (countries, cities,
 * regions) and the table of Cold War states that no current gazetteer keeps
 * (historical-states.ts) and of the period's city names, exonyms and regions (historical-places.ts). Names are matched as printed with an initial capital; abbreviations only in capitals
 * ("US" is a place, "us" is not).
 */
import {continents, countries, languages} from 'countries-list'
import {cityMapping} from 'city-timezones'
import {HISTORICAL_PLACES} from './historical-places.js'
import {HISTORICAL_STATES} from './historical-states.js'
import {lexTags} from './nlp.js'

/** What the gazetteer knows of a name. */
export interface PlaceFact {
  /** ISO 3166-1 alpha-2 of the country (of its capital), when known. */
  country?: string
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region'])

let names: Map<string, PlaceFact> | undefined

/** A city name that can mean nothing else: the lexicon knows it as no common word and no person's name. */
function plainPlace(name: string): boolean {
  return /^\p{Lu}/u.test(name) && lexTags(name.toLowerCase()).every((t) => PLACE_TAGS.has(t))
}

function build(): Map<string, PlaceFact> {
  const m = new Map<string, PlaceFact>()
  const put = (name: string, fact: PlaceFact): void => {
    if (!m.has(name)) m.set(name, fact)
  }
  for (const [code, c] of Object.entries(countries) as [string, {name: string; capital: string; alias?: string[]}][]) {
    put(c.name, {country: code})
    for (const a of c.alias ?? []) put(a, {country: code})
    if (c.capital && plainPlace(c.capital)) put(c.capital, {country: code})
  }
  for (const name of Object.values(continents) as string[]) put(name, {})
  // Cities of 100,000 people or more, unless the lexicon knows the name as a common word or a person's name
  // ("Reading", "Split", "Florence", "Lincoln"): a city is tagged only where the name can mean nothing else.
  for (const c of cityMapping as {city: string; city_ascii: string; pop: number; iso2: string}[]) {
    if (c.pop < 100_000) continue
    for (const name of new Set([c.city, c.city_ascii])) {
      if (plainPlace(name)) put(name, {country: c.iso2})
    }
  }
  for (const [name, code] of Object.entries(HISTORICAL_STATES)) put(name, code ? {country: code} : {})
  for (const [name, code] of Object.entries(HISTORICAL_PLACES)) put(name, code ? {country: code} : {})
  return m
}

let states: Set<string> | undefined

/** Whether a printed name is a state's (countries-list names and aliases, historical-states.ts): "Russia", "USSR", "GDR". */
export function isStateName(printed: string): boolean {
  states ??= new Set([...(Object.values(countries) as {name: string; alias?: string[]}[]).flatMap((c) => [c.name, ...(c.alias ?? [])]), ...Object.keys(HISTORICAL_STATES)])
  return states.has(printed)
}

let capitals: Map<string, PlaceFact> | undefined

/**
 * A country's capital by its name, also one the lexicon knows as a person's name ("Sofia"): such a name is a place
 * only where the text says so ("in Sofia", recognise.ts), so lookupPlace does not return it. Undefined otherwise.
 */
export function capitalCity(printed: string): PlaceFact | undefined {
  capitals ??= new Map((Object.entries(countries) as [string, {capital: string}][]).filter(([, c]) => c.capital).map(([code, c]) => [c.capital, {country: code}]))
  return capitals.get(printed)
}


/** The gazetteer entry for a printed name ("Japan", "DPRK", "New Delhi", "SOVIET UNION"), or undefined. */
export function lookupPlace(printed: string): PlaceFact | undefined {
  names ??= build()
  const exact = names.get(printed)
  if (exact) return exact
  // "Brașov", "Braşov", "Plzeň", "Ploiești", "Wrocław": the translation keeps the original's letters where the city
  // list has its ASCII form ("Brasov"); Romanian ș/ş and ț/ţ (comma and cedilla) both fold to s and t, Polish ł to l.
  const folded = printed.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L')
  if (folded !== printed) return lookupPlace(folded)
  if (/^[\p{Lu}.\s]+$/u.test(printed) && printed.replace(/\W/g, '').length <= 4) return undefined
  // All-caps and title-case forms of a multi-letter name ("SOVIET UNION", "Soviet Union").
  const title = printed.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase()).replace(/ (Of|The|And|For) /g, (w) => w.toLowerCase())
  const titled = names.get(title)
  if (titled) return titled
  // compromise knows a place only as a capitalised word: never a lower-case common word ("china", "turkey").
  const tags = lexTags(printed.toLowerCase())
  return /^\p{Lu}/u.test(printed) && tags.length > 0 && tags.every((t) => PLACE_TAGS.has(t) || t === 'ProperNoun') && tags.some((t) => PLACE_TAGS.has(t)) ? {} : undefined
}

let languageCodes: Map<string, string> | undefined

/**
 * The ISO 639-1 code of a language named in English ("Korean" → "ko", "Serbo-Croatian" → "sh"), from countries-list's
 * language table (English and native names, matched without case); undefined for a name it does not list.
 */
export function languageCode(name: string): string | undefined {
  if (!languageCodes) {
    languageCodes = new Map([['serbo-croatian', 'sh']])
    for (const [code, l] of Object.entries(languages)) {
      for (const n of [l.name, l.native]) if (!languageCodes.has(n.toLowerCase())) languageCodes.set(n.toLowerCase(), code)
    }
  }
  return languageCodes.get(name.trim().toLowerCase())
}
