/** Deterministic XML writing: escaping, attributes in a fixed order, two-space indentation. */

/** Escape text content (and attribute values: quotes too) for XML. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Attribute values by name; undefined values are left out, the order given is kept. */
export type Attrs = Record<string, string | undefined>

/** Serialise attributes in insertion order (so output never depends on object-key sorting). */
export function attrs(a: Attrs = {}): string {
  let out = ''
  for (const [k, v] of Object.entries(a)) if (v !== undefined) out += ` ${k}="${esc(v)}"`
  return out
}

/** An element with inline content (already XML); `undefined` content makes it self-closing. */
export function el(name: string, a: Attrs = {}, content?: string): string {
  return content === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${content}</${name}>`
}

/** A start tag. */
export function open(name: string, a: Attrs = {}): string {
  return `<${name}${attrs(a)}>`
}

/** Collects indented lines; nesting is explicit so the output is byte-stable. */
export class XmlWriter {
  private readonly lines: string[] = []
  private depth = 0

  /** Open a block element on its own line. */
  open(name: string, a: Attrs = {}): this {
    this.lines.push(`${' '.repeat(this.depth)}${open(name, a)}`)
    this.depth++
    return this
  }

  /** Close the innermost block element. */
  close(name: string): this {
    this.depth--
    this.lines.push(`${' '.repeat(this.depth)}</${name}>`)
    return this
  }

  /** One element with inline content on one line. */
  leaf(name: string, a: Attrs = {}, content?: string): this {
    return this.raw(el(name, a, content))
  }

  /** A line of ready-made XML at the current depth. */
  raw(xml: string): this {
    this.lines.push(`${' '.repeat(this.depth)}${xml}`)
    return this
  }

  /** Rewrite the last line containing `find` (a placeholder written earlier); false when no line has it. */
  patch(find: string, edit: (line: string) => string): boolean {
    for (let k = this.lines.length - 1; k >= 0; k--) {
      const line = this.lines[k] as string
      if (!line.includes(find)) continue
      this.lines[k] = edit(line)
      return true
    }
    return false
  }

  /** The document text, ending with a newline. */
  toString(): string {
    return `${this.lines.join('\n')}\n`
  }
}
