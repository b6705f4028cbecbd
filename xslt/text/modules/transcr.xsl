<?xml version="1.0" encoding="UTF-8"?>
<!-- Transcription and editorial elements (mode m:inline): choice, supplied, gap, stamp.
     The reading profile shows corrections, expansions and regularisations and marks the
     project's own with {n}; the diplomatic profile shows what the source prints. The
     translator's bracket conventions are regenerated in both, since they are part of the
     published translation. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- choice: one alternative per profile, then the marker if the choice is the project's.
       The reading profile keeps an abbreviation as printed ("Cde.") unless its expansion
       resolves scribal marks (ex), as in manuscripts. -->
  <xsl:template mode="m:inline" match="tei:choice">
    <xsl:variable name="chosen" select="
      if ($reading) then (tei:corr, tei:reg, tei:expan[.//tei:ex], tei:abbr, tei:choice, *)[1]
      else (tei:sic, tei:orig, tei:abbr, tei:choice, *)[1]"/>
    <xsl:apply-templates select="$chosen" mode="m:inline"/>
    <xsl:call-template name="t:marker"/>
  </xsl:template>

  <!-- Editorial signs (README, "Editorial signs"). sic without a correction (TEI Guidelines §3.5.1):
       "[sic]" after the word, in both profiles when the translator printed it, else in the reading one. -->
  <xsl:template mode="m:inline" match="tei:sic[not(parent::tei:choice)]" priority="1">
    <xsl:call-template name="t:apart"/>
    <xsl:apply-templates mode="m:inline"/>
    <xsl:if test="$reading or @resp = '#tr'"> [sic]</xsl:if>
  </xsl:template>

  <!-- unclear (§11.3.3.1): "word[?]" in the reading profile; in the diplomatic one the translator's
       "[unclear: word?]", another source's word as it stands. -->
  <xsl:template mode="m:inline" match="tei:unclear[not(parent::tei:choice)]" priority="1">
    <xsl:call-template name="t:apart"/>
    <xsl:choose>
      <xsl:when test="f:unclear-in-word(.)">{if ($reading) then f:underdot(string(.)) else string(.)}</xsl:when>
      <xsl:when test="$reading">
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>[?]</xsl:text>
      </xsl:when>
      <xsl:when test="@resp = '#tr'">
        <xsl:text>[unclear: </xsl:text>
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>?]</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="m:inline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Alternative readings of an unclear word: the first, then "[or: other?]" (reading profile) or the
       translator's "[unclear: other?]" (diplomatic profile; another source's first reading alone). -->
  <xsl:template mode="m:inline" match="tei:choice[tei:unclear and empty(* except tei:unclear)]" priority="1">
    <xsl:apply-templates select="tei:unclear[1]/node()" mode="m:inline"/>
    <xsl:variable name="others" select="string-join(tei:unclear[position() gt 1] ! f:inline-string(node()), ' or ')"/>
    <xsl:choose>
      <xsl:when test="$reading">{' [or: ' || $others || '?]'}</xsl:when>
      <xsl:when test="tei:unclear/@resp = '#tr'">{' [unclear: ' || $others || '?]'}</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- add (§11.3.1.4): between half brackets ⸢ ⸣ in the reading profile; in the diplomatic one the
       translator's "[handwritten: …]" for an addition by hand, another addition as it stands. -->
  <xsl:template mode="m:inline" match="tei:add" priority="1">
    <xsl:call-template name="t:apart"/>
    <xsl:choose>
      <xsl:when test="$reading">
        <xsl:text>⸢</xsl:text>
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>⸣</xsl:text>
      </xsl:when>
      <!-- (not when the translator's label is encoded beside it, "[handwritten] Copy A") -->
      <xsl:when test="@hand and @resp = '#tr' and not(preceding-sibling::*[1][self::tei:note[@subtype = 'hand'] or self::tei:gap[@reason = 'handwriting']])">
        <xsl:text>[{if (preceding-sibling::node()[normalize-space()]) then 'h' else 'H'}andwritten: </xsl:text>
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="m:inline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- supplied: "[words]" (the translator's or another editor's insertion); the project's own
       insertions are marked {n} in the reading profile and absent from the diplomatic one. -->
  <xsl:template mode="m:inline" match="tei:supplied">
    <xsl:choose>
      <xsl:when test="f:editorial(.)">
        <xsl:if test="$reading">
          <xsl:apply-templates mode="m:inline"/>
          <xsl:call-template name="t:marker"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>[</xsl:text>
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>]</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- gap: its description (the translator's words, e.g. "signature"), in brackets unless an
       enclosing note already brackets it; without a description, what is missing and why. -->
  <xsl:template mode="m:inline" match="tei:gap">
    <xsl:variable name="words" select="
      if (tei:desc) then f:inline-string(tei:desc/node())
      else if (@rend = ('...', '…')) then string(@rend)
      else if (@reason = ('editorial', 'omitted', 'ellipsis', 'cancelled')) then '...'
      else string-join((if (@reason) then translate(@reason, '-_', '  ') else 'gap',
        if (@quantity) then normalize-space(@quantity || ' ' || @unit) else (),
        @extent ! string()), ', ')"/>
    <xsl:choose>
      <xsl:when test="@reason = 'obfuscated-in-source'">
        <xsl:text>[email protected]</xsl:text>
      </xsl:when>
      <xsl:when test="f:editorial(.) and not($reading)"/>
      <xsl:when test="f:bracketed(.)">
        <xsl:value-of select="$words"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="'[' || $words || ']'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- stamp: the translator's description of a stamp, in brackets; lines of the stamp's own
       text are separated by " / " in the reading profile (see the lb template). -->
  <xsl:template mode="m:inline" match="tei:stamp">
    <xsl:choose>
      <xsl:when test="@resp and not(f:bracketed(.))">
        <xsl:text>[</xsl:text>
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="m:inline"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The translator's "[page break]" and footnote anchors "[1]" are printed by the translation. -->
  <xsl:template mode="m:inline" match="tei:pb[@resp = '#tr']" priority="1">
    <xsl:text> [page break] </xsl:text>
  </xsl:template>

  <xsl:template mode="m:text" match="tei:pb[@resp = '#tr']" priority="1">
    <xsl:sequence select="f:block('[page break]', false())"/>
  </xsl:template>

  <xsl:template mode="m:inline" match="tei:ref[@type = 'noteAnchor']">
    <xsl:text>[</xsl:text>
    <xsl:apply-templates mode="m:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- Forme work (running heads, page numbers): as printed in the diplomatic profile; in the
       reading profile in single angle quotes, so it reads as apparatus and no word of the text is lost. -->
  <xsl:template mode="m:inline" match="tei:fw">
    <xsl:if test="$reading">‹</xsl:if>
    <xsl:apply-templates mode="m:inline"/>
    <xsl:if test="$reading">›</xsl:if>
  </xsl:template>

  <!-- Deleted text stays readable: in double square brackets (the Leiden sign for erasures,
       distinct from the translator's single brackets) in the reading profile, plain in the
       diplomatic one. -->
  <xsl:template mode="m:inline" match="tei:del">
    <xsl:if test="$reading">⟦</xsl:if>
    <xsl:apply-templates mode="m:inline"/>
    <xsl:if test="$reading">⟧</xsl:if>
    <!-- a deletion replaced by an addition: two readings, not one word -->
    <xsl:if test="not($reading) and following-sibling::node()[1][self::tei:add]">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
