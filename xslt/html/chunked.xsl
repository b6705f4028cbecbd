<?xml version="1.0" encoding="UTF-8"?>
<!-- Bounded rendering of very large documents (src/transform/chunked.ts; src/transform/README.md
     "Memory"). Not an edition of its own: the stock HTML edition with two entry points over it.
     - Mode m:chunk renders one run of a document cut outside XSLT (the header, the run's top-level
       parts of the text, copies of what they point at). Its principal result is empty; secondary
       results: "front", "body", "back" (the run's HTML), the run's items of the notes sections
       ("notes-source", "notes-editorial", "apparatus"), its name occurrences ("occurrences": lines
       "id TAB number TAB label") and the running counters after it ("counters"). The counters
       start where the previous run's ended ($chunk-counters, xslt/common/params.xsl).
     - The default mode renders the page around the runs from a skeleton of the document: the
       sections built from the whole document hold markers (U+F8F0 name U+F8F1) that chunked.ts
       replaces with the runs' items. The markup of the items and sections repeats notes.xsl,
       apparatus.xsl and registers.xsl: the test of chunked rendering (byte equality with the
       one-pass page) fails when they diverge. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:vp="https://teipipe.org/ns/variable/private"
  xmlns:tpc="urn:x-teipipe:chunk"
  default-mode="m:html"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:import href="html.xsl"/>

  <!-- Page pass: the counters after the whole document (six, space-separated) and the ids of the
       register entries that occur in the text. -->
  <xsl:param name="chunk-totals" as="xs:string" select="''"/>
  <xsl:param name="chunk-occurring" as="xs:string" select="''"/>
  <xsl:variable name="vp:totals" as="xs:integer*" select="tokenize($chunk-totals) ! xs:integer(.)"/>
  <xsl:variable name="vp:occurring" as="map(xs:string, xs:boolean)" select="map:merge(tokenize($chunk-occurring) ! map{.: true()}, map{'duplicates': 'use-first'})"/>

  <xsl:function name="vp:marker" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="'&#xF8F0;' || $name || '&#xF8F1;'"/>
  </xsl:function>

  <!-- ==== page pass ==== -->

  <xsl:template name="t:footnotes">
    <xsl:if test="$vp:totals[2] gt 0">
      <section class="footnotes" aria-labelledby="source-notes-heading">
        <h2 id="source-notes-heading">Notes</h2>
        <ul class="plain">{vp:marker('notes-source')}</ul>
      </section>
    </xsl:if>
    <xsl:if test="$vp:totals[1] gt 0">
      <section class="footnotes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Editorial notes</h2>
        <ol>{vp:marker('notes-editorial')}</ol>
      </section>
    </xsl:if>
    <xsl:if test="$vp:totals[3] gt 0">
      <section class="apparatus" aria-labelledby="apparatus-heading">
        <h2 id="apparatus-heading">Apparatus</h2>
        <ul class="plain">{vp:marker('apparatus')}</ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A register entry: registers.xsl's, with the occurrences from the runs. -->
  <xsl:template match="*" mode="m:register">
    <li id="{@xml:id}" class="entry">
      <span class="entry-name">{if ($vp:first-entries(string(@xml:id)) is .) then $v:register-labels(string(@xml:id)) else f:register-label(.)}</span>
      <xsl:variable name="other-names" select="(tei:persName | tei:orgName | tei:placeName)[position() gt 1]"/>
      <xsl:if test="$other-names"> <span class="entry-alt"> ({string-join($other-names ! f:reading(.), '; ')})</span></xsl:if>
      <xsl:for-each select="tei:note"><span class="entry-note"> — <xsl:apply-templates mode="m:html"/>{' (uncertain)'[current()/@cert = ('low', 'medium')]}</span></xsl:for-each>
      <xsl:choose>
        <xsl:when test="map:contains($vp:occurring, string(@xml:id))">
          <span class="occurrences"><xsl:text> — occurs: </xsl:text>{vp:marker('occ ' || @xml:id)}</span>
        </xsl:when>
        <xsl:otherwise><span class="occurrences"> — named only in the document description</span></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- ==== one run ==== -->

  <xsl:mode name="m:chunk" on-no-match="shallow-skip" use-accumulators="#all"/>

  <xsl:template match="/" mode="m:chunk">
    <xsl:variable name="text" select="*/tei:text"/>
    <!-- The body and the divisions opened for the run (tpc:open is their first child; a tpc:seg marker
         comes before the first part of each region of the page); the units are the other elements in them, and the front and back. -->
    <xsl:variable name="containers" select="$text/tei:body | $text/tei:body//*[tpc:open]"/>
    <xsl:variable name="units" select="$text/tei:front | $containers/*[not(self::tpc:* or tpc:open)] | $text/tei:back"/>
    <xsl:for-each select="$text/tei:front">
      <xsl:result-document href="front"><xsl:apply-templates select="node()"/></xsl:result-document>
    </xsl:for-each>
    <xsl:for-each select="$containers">
      <xsl:for-each-group select="*" group-starting-with="tpc:seg">
        <xsl:if test="self::tpc:seg">
          <xsl:result-document href="{@n}"><xsl:apply-templates select="current-group()[not(self::tpc:* or tpc:open)]"/></xsl:result-document>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:for-each>
    <xsl:for-each select="$text/tei:back">
      <xsl:result-document href="back"><xsl:apply-templates select="node()"/></xsl:result-document>
    </xsl:for-each>
    <xsl:result-document href="notes-source">
      <xsl:for-each select="$units/descendant-or-self::tei:note[accumulator-before('vp:counters')[7] eq 2]">
        <xsl:variable name="n" select="accumulator-before('vp:counters')[2]"/>
        <xsl:variable name="label" select="if (normalize-space(@n)) then normalize-space(@n) else string($n)"/>
        <li id="note-{$n}">
          <span class="note-n">{$label}</span>
          <xsl:text> </xsl:text>
          <xsl:if test="@xml:id"><span id="{@xml:id}"/></xsl:if>
          <xsl:apply-templates select="." mode="m:note-body"/>
          <xsl:text> </xsl:text>
          <a class="backlink" href="#noteref-{$n}" aria-label="Back to the text at note {$label}">↩</a>
        </li>
      </xsl:for-each>
    </xsl:result-document>
    <xsl:result-document href="notes-editorial">
      <xsl:for-each select="$units/descendant-or-self::*[self::tei:note[accumulator-before('vp:counters')[7] eq 1] or self::tei:choice[tei:sic and tei:corr]]">
        <xsl:variable name="n" select="accumulator-before('vp:counters')[1]"/>
        <li id="fn-{$n}" value="{$n}">
          <xsl:choose>
            <xsl:when test="self::tei:choice">{f:source-reading(.)}</xsl:when>
            <xsl:otherwise>
              <xsl:if test="@xml:id"><span id="{@xml:id}"/></xsl:if>
              <xsl:apply-templates select="." mode="m:note-body"/>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:text> </xsl:text>
          <a class="backlink" href="#fnref-{$n}" aria-label="Back to the text at note {$n}">↩</a>
        </li>
      </xsl:for-each>
    </xsl:result-document>
    <xsl:result-document href="apparatus">
      <xsl:for-each select="$units/descendant-or-self::tei:app[f:has-variants(.)]">
        <xsl:variable name="n" select="f:app-number(.)"/>
        <xsl:variable name="base" select="f:app-base(.)"/>
        <li id="app-{$n}">
          <span class="note-n">{f:app-letter($n)}</span>
          <xsl:text> </xsl:text>
          <xsl:for-each select="(tei:lem | tei:rdg | tei:rdgGrp//tei:lem | tei:rdgGrp//tei:rdg)">
            <xsl:if test="position() gt 1">{if (position() eq 2 and $base/self::tei:lem) then '' else '; '}</xsl:if>
            <span class="{local-name()}">
              <xsl:choose>
                <xsl:when test="normalize-space(.) or *"><xsl:apply-templates/></xsl:when>
                <xsl:otherwise><em>omitted</em></xsl:otherwise>
              </xsl:choose>
            </span>
            <xsl:for-each select="f:tokens(@wit)">
              <xsl:text> </xsl:text><span class="wit">{if (starts-with(., '#')) then substring(., 2) else .}</span>
            </xsl:for-each>
            <xsl:if test="self::tei:lem">] </xsl:if>
          </xsl:for-each>
          <xsl:text> </xsl:text>
          <a class="backlink" href="#appref-{$n}" aria-label="Back to the text at variant {f:app-letter($n)}">↩</a>
        </li>
      </xsl:for-each>
    </xsl:result-document>
    <xsl:result-document href="occurrences" method="text">
      <xsl:value-of select="$units/descendant-or-self::*[@ref][self::tei:persName or self::tei:orgName or self::tei:placeName or self::tei:name or self::tei:rs or self::tei:title or self::tei:geogName]
        ! (let $n := accumulator-before('vp:counters')[6], $label := f:occurrence-label(.)
           return distinct-values(f:local-targets(@ref)) ! (. || '&#9;' || $n || '&#9;' || $label || '&#10;'))" separator=""/>
    </xsl:result-document>
    <xsl:result-document href="counters" method="text">
      <xsl:value-of select="$units[last()]/accumulator-after('vp:counters')" separator=" "/>
    </xsl:result-document>
  </xsl:template>
</xsl:stylesheet>
