<?xml version="1.0" encoding="UTF-8"?>
<!-- Plain-text edition (entry point). Two profiles:
     reading    – metadata block, corrected text with the translator's conventions restored,
                  the project's interventions as {n} markers listed as endnotes, then the
                  archive summary and the document information;
     diplomatic – the source's readings only (sic, abbr, orig), no metadata, no markers.
     Templates in the modules build a flat sequence of b:block elements (one per paragraph or
     line group); blocks.xsl wraps and joins them, so wrapping lives in one place. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:e="https://teipipe.org/ns/error"
  default-mode="m:text"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/errors.xsl"/>
  <xsl:include href="../common/functions.xsl"/>
  <xsl:include href="../common/unhandled.xsl"/>
  <xsl:include href="../common/word-boundaries.xsl"/>

  <xsl:include href="modules/blocks.xsl"/>
  <xsl:include href="modules/classify.xsl"/>
  <xsl:include href="modules/document.xsl"/>
  <xsl:include href="modules/metadata.xsl"/>
  <xsl:include href="modules/msdesc.xsl"/>
  <xsl:include href="modules/textstructure.xsl"/>
  <xsl:include href="modules/core.xsl"/>
  <xsl:include href="modules/transcr.xsl"/>
  <xsl:include href="modules/spoken.xsl"/>
  <xsl:include href="modules/notes.xsl"/>
  <xsl:include href="modules/verse-drama.xsl"/>
  <xsl:include href="modules/dictionaries.xsl"/>
  <xsl:include href="modules/tables-figures.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- 'reading' (default) or 'diplomatic'; see the comment at the top of this file. -->
  <xsl:param name="profile" as="xs:string" select="'reading'"/>

  <!-- Line width for wrapping; words are never broken, so a longer word makes a longer line. -->
  <xsl:param name="width" as="xs:integer" select="78"/>

  <!-- True in the reading profile (a typed shadow of $profile used in match predicates). -->
  <xsl:variable name="reading" as="xs:boolean" select="$profile ne 'diplomatic'"/>

  <xsl:mode name="m:text" on-no-match="shallow-skip" use-accumulators="#all"/>

  <!-- The whole output: blocks from the document, wrapped and joined, one final newline. -->
  <xsl:template match="/" mode="m:text">
    <xsl:variable name="blocks" as="element(b:block)*">
      <xsl:apply-templates select="*" mode="m:document"/>
    </xsl:variable>
    <xsl:variable name="text" select="f:join-blocks($blocks)"/>
    <xsl:value-of select="if ($text = '') then '' else $text || '&#10;'"/>
  </xsl:template>
</xsl:stylesheet>
