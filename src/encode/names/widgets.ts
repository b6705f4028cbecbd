/**
 * Persons the archive's own "Associated People & Organizations" widget names (archive-conventions.md §1: widget
 * values seed the registers). The archive writes a person as a library heading, "Surname, Given[, dates]" ("Kim,
 * Il-sung, 1912-1994", "Stalin, Joseph, 1878-1953"); the entry is registered only when the body prints the name in
 * one of its usual orders ("Joseph Stalin", "Kim Il-sung", "Kim Il Sung") or the surname alone, and those printed
 * forms become the entry's forms. The archive's metadata is a stronger source than the encoder's guesses: these
 * entries are registered before the text's names (which then keep to them).
 */
import type {Ctx} from '../context.js'
import {frameText, WIDGETS, type Page} from '../page.js'
import {slugId} from '../registers.js'
import {findWord} from '../wraps.js'
import {isCommonWord} from './classify.js'

const HEADING = /^(\p{Lu}[\p{L}'’ -]*\p{L}), (\p{Lu}[\p{L}.'’ -]*\p{L}\.?)(?:, (?:\d{3,4}\??-?(?:\d{3,4}\??)?|active .*|approximately .*|\d{4}-))?$/u
const LABEL = 'Associated People & Organizations'

/** The persons of the widget as [surname, given names], in the widget's order. */
export function widgetPersons(page: Page): [string, string][] {
  const out: [string, string][] = []
  let inside = false
  for (const l of page.widgets) {
    const t = frameText(l.text)
    if (WIDGETS.test(t)) {
      inside = t.replace(/:$/, '') === LABEL
      continue
    }
    const m = inside ? HEADING.exec(t) : null
    if (m?.[1] && m[2]) out.push([m[1], m[2]])
  }
  return out
}

/** Register the widget's persons that the body prints (see the module comment). */
export function registerWidgetPersons(page: Page, ctx: Ctx): void {
  if (ctx.edits?.names?.auto === false) return
  const text = page.body.map((l) => l.text).join('\n')
  const reject = new Set(ctx.edits?.names?.reject ?? [])
  for (const [surname, given] of widgetPersons(page)) {
    const candidates = [`${given} ${surname}`, `${surname} ${given}`, `${surname} ${given.replace(/-/g, ' ')}`, `${surname} ${given.replace(/-(\p{Ll})/gu, (_, c: string) => ` ${c.toUpperCase()}`)}`]
    // The surname alone only when it is no common word ("Stalin", not "Long" or "Brown").
    if (surname.length >= 4 && !isCommonWord(surname)) candidates.push(surname)
    const forms = [...new Set(candidates)].filter((f) => !reject.has(f) && findWord(text, f).length > 0 && !ctx.registers.forms().some((k) => k.form === f))
    if (forms.length === 0) continue
    // East Asian names print the surname first ("Kim Il Sung"): the register follows the body's order.
    const name = forms.some((f) => f.startsWith(`${surname} `)) ? `${surname} ${given}` : `${given} ${surname}`
    const id = slugId('pers', name)
    if (ctx.registers.has(id)) continue
    ctx.registers.add('persons', {id, name, forms, cert: 'high', resp: '#teipipe'})
  }
}
