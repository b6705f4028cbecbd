/**
 * Accept/reject cases for each restriction of schemas/teipipe.rng: every closed value list (each of
 * its values accepted, one foreign value rejected at an exact place) and some excluded TEI elements.
 * Positions are Jing's (line:column of the end of the offending start tag).
 */
import {readFileSync} from 'node:fs'
import {packagePath} from '../../../src/core/paths.js'
import type {Edit} from './helpers.js'

/** One closed value list of the customisation. */
export interface ValueList {
  element: string
  attribute: string
  values: Record<string, string>
}

/** The customisation's value lists (source of the generated schema). */
export const valueLists: ValueList[] = (JSON.parse(readFileSync(packagePath('schemas/build/customisation.json'), 'utf8')) as {valueLists: ValueList[]}).valueLists

/** How to put a value into the base fixture, and a rejected value with Jing's position. */
export interface ValueListCase {
  list: string
  accept: (value: string) => Edit[]
  reject: {edits: Edit[]; line: number; column: number}
}

const at = (from: string, template: (v: string) => string) => (v: string): Edit[] => [[from, template(v)]]

export const valueListCases: ValueListCase[] = [
  {list: 'div/@type', accept: at('<div type="telegram"', (v) => `<div type="${v}"`), reject: {edits: [['<div type="telegram"', '<div type="chapter"']], line: 67, column: 42}},
  {list: 'note/@type', accept: at('<note type="translator"', (v) => `<note type="${v}"`), reject: {edits: [['<note type="translator"', '<note type="comment"']], line: 76, column: 587}},
  {list: 'metamark/@function', accept: at('<metamark function="flag"', (v) => `<metamark function="${v}"`), reject: {edits: [['<metamark function="flag"', '<metamark function="delete"']], line: 76, column: 289}},
  {list: 'metamark/@rend', accept: at('rend="line-double" target="#seg-1-1"', (v) => `rend="${v}" target="#seg-1-1"`), reject: {edits: [['rend="line-double" target="#seg-1-1"', 'rend="bold" target="#seg-1-1"']], line: 76, column: 280}},
  {list: 'metamark/@place', accept: at('place="margin-left" rend=', (v) => `place="${v}" rend=`), reject: {edits: [['place="margin-left" rend=', 'place="margin" rend=']], line: 76, column: 282}},
  {list: 'idno/@type', accept: at('<idno type="delo">', (v) => `<idno type="${v}">`), reject: {edits: [['<idno type="delo">', '<idno type="ISBN">']], line: 22, column: 25}},
  {list: 'seg/@type', accept: at('<seg type="classification">', (v) => `<seg type="${v}">`), reject: {edits: [['<seg type="classification">', '<seg type="sentence">']], line: 69, column: 27}},
  {list: 'list/@type', accept: at('<list type="distribution">', (v) => `<list type="${v}">`), reject: {edits: [['<list type="distribution">', '<list type="gloss">']], line: 84, column: 24}},
  {list: 'stamp/@type', accept: at('<stamp type="registration"', (v) => `<stamp type="${v}"`), reject: {edits: [['<stamp type="registration"', '<stamp type="postmark"']], line: 70, column: 40}},
  {list: 'gap/@reason', accept: at('<gap reason="signature"', (v) => `<gap reason="${v}"`), reject: {edits: [['<gap reason="signature"', '<gap reason="sampling"']], line: 80, column: 48}},
  {list: 'supplied/@reason', accept: at('<supplied reason="omitted-in-original"', (v) => `<supplied reason="${v}"`), reject: {edits: [['<supplied reason="omitted-in-original"', '<supplied reason="damage"']], line: 76, column: 119}},
  {list: 'date/@type', accept: at('<date when="1961">', (v) => `<date type="${v}" when="1961">`), reject: {edits: [['<date when="1961">', '<date type="birth" when="1961">']], line: 76, column: 194}},
  {list: 'title/@type', accept: at('<title type="main">', (v) => `<title type="${v}">`), reject: {edits: [['<title type="main">', '<title type="desc">']], line: 6, column: 24}},
  {list: 'abbr/@type', accept: at('reports <supplied', (v) => `reports <abbr type="${v}">X</abbr> <supplied`), reject: {edits: [['reports <supplied', 'reports <abbr type="initialism">X</abbr> <supplied']], line: 76, column: 106}},
  {list: 'ref/@type', accept: at('reports <supplied', (v) => `reports <ref type="${v}" target="#p-1-2">x</ref> <supplied`), reject: {edits: [['reports <supplied', 'reports <ref type="link" target="#p-1-2">x</ref> <supplied']], line: 76, column: 115}},
  {list: 'bibl/@type', accept: at('<bibl xml:id="b-1">', (v) => `<bibl type="${v}" xml:id="b-1">`), reject: {edits: [['<bibl xml:id="b-1">', '<bibl type="book" xml:id="b-1">']], line: 77, column: 121}},
  {list: 'correspAction/@type', accept: at('<correspAction type="received">', (v) => `<correspAction type="${v}">`), reject: {edits: [['<correspAction type="received">', '<correspAction type="copied">']], line: 44, column: 34}},
  {list: 'head/@type', accept: at('<head type="main">', (v) => `<head type="${v}">`), reject: {edits: [['<head type="main">', '<head type="chapter">']], line: 73, column: 26}}
]

/** TEI elements we leave out: tei_all accepts each case, our schema rejects it at the given place. */
export const excludedElementCases: {element: string; edits: Edit[]; line: number; column: number}[] = [
  {element: 'w', edits: [['reports <supplied', 'reports <w>word</w> <supplied']], line: 76, column: 85},
  {element: 'app', edits: [['<head>I.</head>', '<head>I.<app><lem>I</lem><rdg>1</rdg></app></head>']], line: 75, column: 19},
  {element: 'biblStruct', edits: [['<msDesc xml:id="src-orig">', '<biblStruct><monogr><title>T</title><imprint><publisher>P</publisher></imprint></monogr></biblStruct><msDesc xml:id="src-orig">']], line: 16, column: 17}
]
