/** The recogniser catalogue's shapes: one small module per archive convention (../shared/docs/archive-conventions.md). */
import type {Piece} from '../brackets.js'
import type {Ctx} from '../context.js'
import type {Wrap} from '../wraps.js'

/** A parsed bracket: its inner text and nested pieces. */
export type Bracket = Extract<Piece, {kind: 'bracket'}>

/** A bracket where it stands: the characters just before and after it (for completions inside a word, "[sic]"). */
export interface BracketSite {
  /** The bracket's own words: each bracket nested in it stands as one NESTED character, so that a bracket is never
   * classified by its children's words ("[a quick decision. [illegible]]" is not an illegible gap). */
  inner: string
  before: string
  after: string
  /** How many brackets are nested directly in it. */
  nested: number
}

/** Stands for a nested bracket in `BracketSite.inner` (U+FFFC OBJECT REPLACEMENT CHARACTER: never a word character). */
export const NESTED = '\uFFFC'

/** The site of bracket `b` between the characters `before` and `after`. */
export function siteOf(b: Bracket, before = '', after = ''): BracketSite {
  const inner = b.pieces.map((p) => (p.kind === 'text' ? p.text : NESTED)).join('')
  return {inner, before, after, nested: b.pieces.filter((p) => p.kind === 'bracket').length}
}

/** Rendering helpers handed to bracket recognisers (passed in, so the catalogue imports no renderer: no cycles). */
export interface BracketTools {
  /** Render nested pieces as phrase content (brackets inside brackets included). */
  pieces(pieces: Piece[], wraps?: Wrap[]): string
  /** Render plain text with phrase markup (dates, names). */
  text(text: string): string
}

/** A bracket convention (§2): `accepts` decides on the words alone; `render` returns the TEI for the bracket. */
export interface BracketRecogniser {
  /** Folder name under src/encode/recognisers/. */
  name: string
  /** The convention row it implements, in the archive's words. */
  convention: string
  accepts(site: BracketSite): boolean
  /** True when `render` keeps nested brackets as markup (through `tools.pieces`); only such a recogniser may take a
   * bracket with brackets inside it (a `desc` or a plain reading cannot hold a bracket's markup). */
  holdsBrackets?: boolean
  render(b: Bracket, ctx: Ctx, tools: BracketTools): string
  /** Markup the bracket puts on the text around it (the word before "[sic]"); `at` is the bracket's slot index. */
  around?(text: string, at: number, b: Bracket, ctx: Ctx): Wrap[]
}

/** A block or line convention (§1, §3): `accepts` looks at one block's text and the block after it. */
export interface BlockRecogniser {
  name: string
  convention: string
  /** `text` is a block (lines joined by "\n", trimmed); `next` is the following block's text, if any. */
  accepts(text: string, next?: string): boolean
}

/** A page-layout convention (§1): `accepts` looks at the whole capture. */
export interface PageRecogniser {
  name: string
  convention: string
  accepts(source: string): boolean
}

/**
 * A labelled bracket ("[crossed out: X]", "[Translator's note: X]"): the pieces after the label and the label's
 * match. The label's words (group 1, else the whole match) are accounted for the lossless check, since they
 * become markup. Without a label at the start of the first text piece, the pieces are returned unchanged.
 */
export function withoutLabel(b: Bracket, label: RegExp, ctx: Ctx): {pieces: Piece[]; match?: RegExpExecArray} {
  const [first, ...rest] = b.pieces
  const match = first?.kind === 'text' ? label.exec(first.text) : null
  if (!match || first?.kind !== 'text') return {pieces: b.pieces}
  ctx.accounted.push(match[1] ?? match[0])
  return {pieces: [{kind: 'text', text: first.text.slice(match[0].length)}, ...rest], match}
}

/** Count the words a label contributes, for the lossless check (labels become markup). */
export function labelOf(text: string, re: RegExp): string | undefined {
  return re.exec(text)?.[0]
}
