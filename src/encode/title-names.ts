/** Persons the page title names in the archive's fixed title forms; tagged in the text only where printed exactly. */
import type {Ctx} from './context.js'
import type {SourceLine} from './page.js'
import {slugId} from './registers.js'
import {findWord} from './wraps.js'
import {isTitle} from './names/classify.js'
import {TITLE_PARTS} from './names/cues.js'

const NAME = "(\\p{Lu}[\\p{L}'’-]*\\.?(?: \\p{Lu}[\\p{L}'’-]*\\.?){0,2} \\p{Lu}[\\p{L}'’-]+)"
/** Title forms of the archive: "X's [Full Name's]", "Letter, A to B", "… from A (Place) to B", "Statement of A, …". */
const FORMS = [
  new RegExp(`\\[${NAME}(?:['’]s)?\\]`, 'gu'),
  new RegExp(`^Letter,? ${NAME} to `, 'gu'),
  new RegExp(`\\bfrom ${NAME}(?: \\([^()]*\\))? to ${NAME}`, 'gu'),
  new RegExp(`^Statement of ${NAME},`, 'gu')
]
const BODY_WORDS = /\b(Embassy|Ministry|Department|Office|Committee|Bureau|Division|Government|Council|Foreign|Consulate|Legation|Association|Party|Union|Republic|Provincial|All)\b/

/**
 * "Ambassador Dumitru Popa" → "Dumitru Popa": titles and forms of address are not part of the person's name (the text
 * keeps them before the persName; guide §1.13, archive-conventions.md §3). A name that is only titles gives "".
 */
export function withoutTitles(name: string): string {
  const words = name.split(' ')
  let i = 0
  while (i < words.length - 1 && (isTitle(words[i] ?? '') || TITLE_PARTS.has((words[i] ?? '').toLowerCase()))) i++
  return words.slice(i).join(' ')
}

/** Names of persons in a page title (two words or more, titles left out; never bodies such as "the Romanian Embassy"). */
export function titlePersons(title: string): string[] {
  const out: string[] = []
  for (const re of FORMS) {
    re.lastIndex = 0
    for (let m = re.exec(title); m; m = re.exec(title)) {
      // "[Helmut Kohl's]": the possessive is not part of the name.
      for (const name of m.slice(1).map((n) => (n ? withoutTitles(n.replace(/['’]s$/, '')) : n))) if (name && name.includes(' ') && !BODY_WORDS.test(name) && !out.includes(name)) out.push(name)
    }
  }
  return out
}

/** Register the title's persons that the body prints in exactly that form, so the text tags them with @ref. */
export function registerTitlePersons(title: string | undefined, body: SourceLine[], ctx: Ctx): void {
  const text = body.map((l) => l.text).join('\n')
  for (const name of titlePersons(title ?? '')) {
    if (findWord(text, name).length === 0) continue
    const known = ctx.registers.forms().some((f) => f.form === name)
    if (!known) ctx.registers.add('persons', {id: slugId('pers', name), name, forms: [name]})
  }
}
