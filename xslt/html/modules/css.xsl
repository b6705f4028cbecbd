<?xml version="1.0" encoding="UTF-8"?>
<!-- The page's only stylesheet, inlined (no external resources). Marks are highlighted with
     :has()/:focus/:target so that the edition works without script. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:v="https://teipipe.org/ns/variable"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:variable name="v:css" as="xs:string" expand-text="no">
:root { --ink: #1d1d1f; --muted: #555; --rule: #c9c3b6; --paper: #fffdf8; --accent: #7a2e12; --hl: #ffe9a8; --gutter: 4.5rem; }
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0 auto; max-width: 50rem; padding: 1.5rem 1.25rem 3rem; font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
/* Corpus navigation (All documents, Previous, Next): a bar above the title, the index link on the
   left and the neighbours on the right; wraps on narrow screens; hidden in print. */
.site-nav ul { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem .8rem; list-style: none; margin: 0 0 1rem; padding: 0 0 .4rem; border-bottom: 1px solid var(--rule); font: .9rem/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.site-nav li { margin: 0; }
.site-nav li:first-child:not(:last-child) { margin-right: auto; }
.site-nav a { display: inline-block; padding: .3rem .5rem; border-radius: 3px; color: var(--accent); text-decoration: none; }
.site-nav a:hover { background: #f3ecdc; text-decoration: underline; }
.site-nav a:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 1px; }
.site-nav .nav-title { font-style: italic; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
h1, h2, h3, h4 { font-weight: normal; line-height: 1.25; }
h1 { font-size: 1.6rem; margin: .2rem 0 .4rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; }
.edition-label { text-transform: uppercase; letter-spacing: .12em; font-size: .75rem; color: var(--muted); margin: 0; }
.subtitle { color: var(--muted); margin-top: 0; font-style: italic; }
.formats { font-size: .9rem; margin: .3rem 0 .8rem; }
.fields, .ms-parts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 1rem 0; font-size: .92rem; }
.fields > div, .ms-parts > div { display: contents; }
.ms-parts dd { margin: 0; } .ms-parts { font-size: .92rem; }
.fields dt, .ms-parts dt { color: var(--muted); font-variant: small-caps; letter-spacing: .03em; }
.fields dd { margin: 0; }
.fields dd p { margin: 0 0 .4rem; }
.metadata { border: 1px solid var(--rule); background: #fbf7ee; padding: .2rem 1rem; }
.toc ol { padding-left: 1.4rem; }
.toc { font-size: .95rem; }
main { margin-top: 1.5rem; }
main > .text, article > .text { padding-left: var(--gutter); }
.para, .lg, .sp, .ab { position: relative; }
.permalink { visibility: hidden; text-decoration: none; color: var(--muted); margin-left: .3em; font-size: .85em; }
.para:hover > .permalink, .permalink:focus { visibility: visible; }
.opener { margin: 1rem 0 1.5rem; }
.opener > .seg, .opener > .stamp, .opener > .dateline, .closer > .seg { display: block; }
.align-right, .dateline { text-align: right; }
.align-center { text-align: center; }
.type-classification { font-weight: bold; letter-spacing: .05em; }
.type-letterhead { text-align: center; font-variant: small-caps; letter-spacing: .06em; margin-top: 1rem; }
.type-docNumber { text-align: left; }
.stamp-box { display: inline-block !important; border: 1.5px solid var(--ink); padding: .3rem .8rem; margin: .5rem 0; font-family: "Courier New", monospace; font-size: .9rem; line-height: 1.35; }
.tr-desc { font-style: italic; font-family: Georgia, serif; }
/* Forme work (TEI Guidelines §11.6): the printer's running heads, page and folio numbers, signatures,
   catchwords and rules are not the text: small, muted, sans-serif. Between blocks each is a line of its
   own, placed as on the page (heads and numbers centred, signatures and catchwords right); inside a
   sentence (a printed rule) it stays in the line. */
.fw { font: normal normal .8rem/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--muted); letter-spacing: .03em; }
div > .fw { display: block; text-align: center; margin: .4rem 0; }
div > .fw.type-catch, div > .fw.type-catchword, div > .fw.type-sig, div > .fw.type-signature { text-align: right; }
.head { text-align: center; }
p.head { font-style: italic; margin-top: -.4rem; }
.type-separator { letter-spacing: .4em; border: 0; }
.type-main { font-size: 1.15rem; letter-spacing: .02em; }
.closer { display: flex; flex-wrap: wrap; gap: 1.5rem 3rem; justify-content: space-between; margin: 2rem 0 1rem; }
.signed { flex: 1 1 14rem; }
.roleName { font-variant: small-caps; }
.gap { color: var(--muted); font-style: italic; }
.supplied-tr, .supplied-ed { color: #333; }
.supplied-ed { font-style: italic; }
.note-inline { font-style: italic; color: #3b3b3b; }
/* Notes the source prints in a margin: in the right-hand margin beside their line on wide screens. */
.note-margin { float: right; clear: right; width: 10rem; margin: .15rem -11.75rem .3rem 1rem; padding-left: .5rem; border-left: 2px solid var(--rule); font-size: .85rem; line-height: 1.35; font-style: italic; color: #3b3b3b; }
.note-margin > .note-label { display: block; font-style: normal; font-size: .75rem; color: var(--muted); }
@media (max-width: 75rem) { .note-margin { float: none; display: block; width: auto; margin: .4rem 0; } }
.note-label { font-style: normal; font-variant: small-caps; }
/* Editorial signs ([sic], [?], [or: …?], ⸢ ⸣): the explanation is visually hidden (screen readers
   read it) and shown as a tooltip on hover or keyboard focus; in print the signs stay, the tips go. */
.ed-sign { position: relative; color: var(--accent); font-size: .9em; white-space: nowrap; }
.ed-sign:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 1px; }
.ed-tip { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.ed-sign:is(:hover, :focus) > .ed-tip { left: 0; top: 100%; z-index: 5; width: auto; height: auto; clip-path: none; overflow: visible; padding: .2rem .45rem; background: #fff; color: #1a1a1a; border: 1px solid var(--rule); border-radius: 3px; font: .8rem/1.3 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 1px 3px rgba(0, 0, 0, .15); }
.sic { text-decoration: underline dotted var(--muted); text-underline-offset: 3px; }
.unclear, .unclear-alternatives { background: #f3f0e6; }
ins.add { text-decoration: none; }
.correction .corr { text-decoration: underline dotted var(--accent); text-underline-offset: 3px; }
.noteref { line-height: 0; font-size: .75em; }
.noteref a { padding: 0 .1em; }
.footnotes ol { font-size: .92rem; padding-left: 1.8rem; }
.footnotes li:target, .entry:target { background: var(--hl); }
.backlink { text-underline-offset: 2px; }
abbr[title] { text-decoration: underline dotted; cursor: help; }
q { quotes: none; }
q::before, q::after { content: none; }
.quote-source { font-size: .8em; }
blockquote { margin: 1rem 2rem; }
.pb { float: right; color: var(--muted); font-size: .8rem; font-family: sans-serif; }
.persName a, .orgName a, .placeName a { color: inherit; text-decoration: underline 1px var(--rule); text-underline-offset: 3px; }
.persName a:hover, .orgName a:hover, .placeName a:hover { text-decoration-color: var(--accent); }
ul.plain { list-style: none; padding-left: 0; }
.type-distribution { margin-top: .3rem; }
.list-wrap > .head, .list-wrap > p.head { text-align: left; font-style: normal; margin: 1.5rem 0 0; }
.dispatch > .dateline { text-align: left; }
.l { position: relative; }
.line-number { position: absolute; left: -3rem; width: 2.5rem; text-align: right; color: var(--muted); font-size: .8em; }
.speaker { font-weight: bold; margin-bottom: 0; }
.stage { font-style: italic; }
.event { font-style: italic; color: var(--muted); }
.entry { margin: .8rem 0; }
.orth { font-weight: bold; }
.gramGrp, .pos { font-style: italic; }
.ex { font-style: italic; }
.italic { font-style: italic; } .bold { font-weight: bold; } .underline { text-decoration: underline; }
.sup, .superscript { vertical-align: super; font-size: .75em; line-height: 0; } .sub, .subscript { vertical-align: sub; font-size: .75em; line-height: 0; }
.smallcaps, .small-caps { font-variant: small-caps; } .strikethrough { text-decoration: line-through; }
/* Marginal marks in the left gutter. A line (single, double, form not stated) runs from the first
   to the last line of the passage it marks: a block target is the marks' containing block; an
   inline passage is a CSS anchor (anchor-name on it, position-anchor on its marks). Signs stand
   beside the passage's first line. */
.marked:not(span) { position: relative; }
.marks { position: absolute; display: flex; flex-direction: row-reverse; gap: .2rem; right: calc(100% + .55rem); font: bold 1rem/1.5 "DejaVu Sans", Arial, sans-serif; }
.marks-block { top: .2em; bottom: .2em; }
.marks-inline { top: anchor(top); bottom: anchor(bottom); right: calc(100% + 1.7rem); }
.mark { position: relative; display: block; min-width: .85rem; text-align: center; color: #8a1c1c; text-decoration: none; border-radius: 2px; }
.mark:not(.mark-line) { align-self: flex-start; line-height: 1.35; }
.mark-line { width: .85rem; min-height: 1.2em; }
.mark-line::before { content: ""; position: absolute; top: 0; bottom: 0; left: calc(50% - 1px); border-left: 2px solid currentColor; }
.mark-double::before { left: calc(50% - 3px); width: 2px; border-right: 2px solid currentColor; }
.mark-unspecified::before { border-left-width: 3px; opacity: .6; }
.mark.uncertain::before { border-style: dashed; }
.mark.uncertain:not(.mark-line) { border-bottom: 2px dashed currentColor; }
.mark:hover, .mark:focus { background: var(--hl); }
.mark:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 1px; }
.marked:has(> .marks-block .mark:is(:hover, :focus)), .marks-inline:has(.mark:is(:hover, :focus)) + .marked, .marked:target {
  background: var(--hl); box-shadow: 0 0 0 .25rem var(--hl); }
.marked:has(> .marks-block .mark.uncertain:is(:hover, :focus)), .marks-inline:has(.mark.uncertain:is(:hover, :focus)) + .marked {
  background: #fff6d6; box-shadow: none; outline: 2px dashed #b8860b; outline-offset: 3px; }
@supports not (top: anchor(top)) { .marks-inline { top: auto; bottom: auto; } .marks-inline .mark-line { height: 1.5em; } }
.legend .mark.sample { display: inline-block; vertical-align: middle; height: 1.3em; }
.metamark { color: #8a1c1c; font-weight: bold; }
.legend { font-size: .88rem; color: var(--muted); border-left: 3px solid var(--rule); padding: .2rem .8rem; margin: 1rem 0 1.5rem var(--gutter); }
.legend ul { list-style: none; padding: 0; margin: .2rem 0; display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; }
.legend .mark { display: inline-block; }
.legend-title { margin: 0; }
.document-information, .footnotes, .registers { font-size: .95rem; }
.abstract { border-left: 3px solid var(--rule); padding-left: 1rem; }
.registers ul { padding-left: 1.2rem; }
.entry-name { font-weight: bold; }
.occurrences { color: var(--muted); }
.empty-text { color: var(--muted); font-style: italic; }
.page-footer { margin-top: 3rem; border-top: 1px solid var(--rule); font-size: .85rem; color: var(--muted); }
@media (max-width: 40rem) {
  :root { --gutter: 2.4rem; }
  body { padding: 1rem .7rem; font-size: 1rem; }
  .fields { grid-template-columns: 1fr; }
  .fields dd { margin-bottom: .4rem; }
}
@media print {
  html, body { background: #fff; }
  body { max-width: none; font-size: 11pt; }
  .skip, .site-nav, .permalink, .toc, .backlink, .formats { display: none; }
  a { color: inherit; text-decoration: none; }
  .mark { color: #000; }
  .ed-tip { display: none; }
  .ed-sign { color: #000; }
  .fw { font-size: 8pt; color: #555; }
  .mark:hover, .mark:focus { background: none; }
  .note-margin { margin-right: -9rem; width: 8rem; }
  h2 { break-after: avoid; }
  .registers, .footnotes, .document-information { break-before: page; }
}
</xsl:variable>
</xsl:stylesheet>
