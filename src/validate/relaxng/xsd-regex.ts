/**
 * XML Schema regular expressions (XML Schema Part 2, Appendix F) translated to JavaScript (`u` flag):
 * implicitly anchored; `^` and `$` are ordinary characters; `.` excludes only \n and \r; the escapes
 * \i \c \w \d and character-class subtraction `[a-z-[aeiou]]` rewritten to JavaScript equivalents.
 */

const NAME_START = 'A-Z_a-z:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}'
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`

/** Inside a class: the JavaScript class body of a multi-character escape, or undefined when it is negated. */
const POSITIVE: Record<string, string> = {
  s: ' \\t\\n\\r',
  i: NAME_START,
  c: NAME_CHAR,
  d: '\\p{Nd}'
}
const NEGATIVE: Record<string, string> = {S: 's', I: 'i', C: 'c', D: 'd'}

const BLOCKS: Record<string, string> = {
  BasicLatin: '\\u0000-\\u007F',
  'Latin-1Supplement': '\\u0080-\\u00FF',
  LatinExtended_A: '\\u0100-\\u017F',
  'LatinExtended-A': '\\u0100-\\u017F',
  'LatinExtended-B': '\\u0180-\\u024F',
  Greek: '\\u0370-\\u03FF',
  GreekandCoptic: '\\u0370-\\u03FF',
  Cyrillic: '\\u0400-\\u04FF',
  Hebrew: '\\u0590-\\u05FF',
  Arabic: '\\u0600-\\u06FF'
}

/** Compile an XSD pattern; throws an Error with a plain sentence when it cannot be translated. */
export function xsdRegex(pattern: string): RegExp {
  const out = translate(pattern)
  try {
    return new RegExp(`^(?:${out})$`, 'u')
  } catch (error) {
    throw new Error(`the pattern ${pattern} is not a regular expression teipipe can read (${(error as Error).message})`)
  }
}

function translate(p: string): string {
  let out = ''
  let i = 0
  while (i < p.length) {
    const c = p[i] as string
    if (c === '\\') {
      const [js, next] = escape(p, i, false)
      out += js
      i = next
    } else if (c === '[') {
      const [js, next] = charClass(p, i)
      out += js
      i = next
    } else if (c === '.') {
      out += '[^\\n\\r]'
      i++
    } else if (c === '^' || c === '$') {
      out += `\\${c}`
      i++
    } else if (c === '(') {
      out += p.startsWith('(?', i) ? '\\(' : '('
      i++
    } else {
      out += c
      i++
    }
  }
  return out
}

/** An escape at p[i] === '\\': its JavaScript form (in or out of a class) and the next index. */
function escape(p: string, i: number, inClass: boolean): [string, number] {
  const e = p[i + 1] ?? ''
  if (e === 'p' || e === 'P') {
    const close = p.indexOf('}', i)
    const prop = p.slice(i + 3, close)
    const block = /^Is(.*)$/.exec(prop)?.[1]
    let body: string
    if (block !== undefined) {
      const range = BLOCKS[block]
      if (!range) throw new Error(`the Unicode block ${prop} in a pattern is not supported`)
      body = range
      return [e === 'p' ? (inClass ? body : `[${body}]`) : inClass ? negatedInClass(body) : `[^${body}]`, close + 1]
    }
    return [`\\${e}{${prop}}`, close + 1]
  }
  if (POSITIVE[e] !== undefined) return [inClass ? (POSITIVE[e] as string) : `[${POSITIVE[e]}]`, i + 2]
  const negated = NEGATIVE[e]
  if (negated !== undefined) {
    const body = POSITIVE[negated] as string
    return [inClass ? negatedInClass(body) : `[^${body}]`, i + 2]
  }
  if (e === 'w') return [inClass ? negatedInClass('\\p{P}\\p{Z}\\p{C}') : '[^\\p{P}\\p{Z}\\p{C}]', i + 2]
  if (e === 'W') return [inClass ? '\\p{P}\\p{Z}\\p{C}' : '[\\p{P}\\p{Z}\\p{C}]', i + 2]
  if (e === '-' && !inClass) return ['-', i + 2]
  // XSD 1.0 single-character escapes, plus \$ (XSD 1.1, accepted by Jing and Saxon).
  if ('nrt\\|.-^?*+{}()[]$'.includes(e)) return [`\\${e}`, i + 2]
  throw new Error(`the escape \\${e} is not part of XML Schema regular expressions`)
}

function negatedInClass(body: string): string {
  // A negated set inside a class cannot be written in a `u`-flag class; callers wrap the class instead.
  throw new NegatedInClass(body)
}

class NegatedInClass extends Error {
  readonly body: string
  constructor(body: string) {
    super('negated escape in class')
    this.body = body
  }
}

/** A character class at p[i] === '[' (with optional subtraction); returns a JavaScript group. */
function charClass(p: string, i: number): [string, number] {
  let j = i + 1
  let negate = false
  if (p[j] === '^') {
    negate = true
    j++
  }
  let body = ''
  const negatedParts: string[] = []
  let subtraction: string | undefined
  let first = true
  while (j < p.length) {
    const c = p[j] as string
    if (c === ']' && !first) {
      j++
      break
    }
    first = false
    if (c === '-' && p[j + 1] === '[') {
      const [sub, next] = charClass(p, j + 1)
      subtraction = sub
      j = next
      if (p[j] === ']') j++
      break
    }
    if (c === '\\') {
      try {
        const [js, next] = escape(p, j, true)
        body += js
        j = next
      } catch (error) {
        if (!(error instanceof NegatedInClass)) throw error
        negatedParts.push(error.body)
        j += p[j + 1] === 'p' || p[j + 1] === 'P' ? p.indexOf('}', j) + 1 - j : 2
      }
      continue
    }
    if (c === '[') body += '\\['
    else if (c === '/' || c === '|' || c === '(' || c === ')' || c === '{' || c === '}') body += `\\${c}`
    else body += c
    j++
  }
  const alternatives: string[] = []
  if (body) alternatives.push(`[${body}]`)
  for (const part of negatedParts) alternatives.push(`[^${part}]`)
  let positive = alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`
  if (alternatives.length === 0) positive = '[]'
  let result = negate ? `(?:(?!${positive})[^])` : positive
  if (subtraction) result = `(?:(?!${subtraction})${result})`
  return [result, j]
}
