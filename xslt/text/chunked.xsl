<?xml version="1.0" encoding="UTF-8"?>
<!-- Bounded rendering of very large documents (src/transform/chunked.ts; src/transform/README.md
     "Memory"): the stock text edition with two entry points over it, as ../html/chunked.xsl.
     - Mode m:chunk renders one run (front, top-level parts of the body, back) of a document cut
       outside XSLT. Secondary results: "text" (the run's blocks, laid out and joined), "notes-source"
       and "notes-editorial" (its entries of the closing lists, reading profile), each with a
       "…-tight" companion (whether its first block is tight: the separator before it), and
       "counters" (the marked elements and the source notes after the run, from vp:notes). Counters start at $chunk-counters.
     - The default mode renders the page around the runs from a skeleton whose text is one marker
       block; the closing lists are headings with a marker block (U+F8F0 name U+F8F1). The entries
       repeat notes.xsl's; the byte-equality test of chunked rendering fails when they diverge. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:fp="https://teipipe.org/ns/function/private"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:vp="https://teipipe.org/ns/variable/private"
  xmlns:tpc="urn:x-teipipe:chunk"
  default-mode="m:text"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:import href="text.xsl"/>

  <!-- Page pass: the numbers of marked elements and of source notes after the whole document. -->
  <xsl:param name="chunk-totals" as="xs:string" select="''"/>
  <xsl:variable name="vp:totals" as="xs:integer*" select="tokenize($chunk-totals) ! xs:integer(.)"/>

  <xsl:function name="vp:marker" as="element(b:block)">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="f:block('&#xF8F0;' || $name || '&#xF8F1;', false())"/>
  </xsl:function>

  <!-- ==== page pass ==== -->

  <xsl:template name="t:source-notes">
    <xsl:param name="notes" as="element()*"/>
    <xsl:if test="$vp:totals[2] gt 0">
      <xsl:sequence select="f:heading('Notes'), vp:marker('notes-source')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t:endnotes">
    <xsl:param name="marked" as="element()*"/>
    <xsl:if test="$vp:totals[1] gt 0">
      <xsl:sequence select="f:heading('Editorial notes'), vp:marker('notes-editorial')"/>
    </xsl:if>
  </xsl:template>

  <!-- ==== one run ==== -->

  <xsl:mode name="m:chunk" on-no-match="shallow-skip" use-accumulators="#all"/>

  <xsl:template match="/" mode="m:chunk">
    <xsl:variable name="text" select="*/tei:text"/>
    <!-- The body and the divisions opened for the run (tpc:open is their first child; a tpc:seg marker
         comes before the first part of each region of the page); the units are the other elements in them, and the front and back. -->
    <xsl:variable name="containers" select="$text/tei:body/vp:opened(.)"/>
    <xsl:variable name="units" select="$text/tei:front | $containers/*[not(self::tpc:* or *[1][self::tpc:open])] | $text/tei:back"/>
    <xsl:variable name="blocks" as="element(b:block)*">
      <xsl:apply-templates select="$units" mode="m:text"/>
    </xsl:variable>
    <xsl:call-template name="vp:joined"><xsl:with-param name="name" select="'text'"/><xsl:with-param name="blocks" select="$blocks"/></xsl:call-template>
    <xsl:if test="$reading">
      <xsl:call-template name="vp:joined">
        <xsl:with-param name="name" select="'notes-source'"/>
        <xsl:with-param name="blocks" as="element(b:block)*">
          <xsl:for-each select="$units/descendant-or-self::tei:note[fp:source-note-here(.)]">
            <b:block tight="{accumulator-before('vp:notes')[2] gt 3}" indent="0" prefix="[{f:source-note-label(.)}] ">
              <xsl:apply-templates select="." mode="m:endnote"/>
            </b:block>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="vp:joined">
        <xsl:with-param name="name" select="'notes-editorial'"/>
        <xsl:with-param name="blocks" as="element(b:block)*">
          <xsl:for-each select="$units/descendant-or-self::*[self::tei:note or self::tei:choice or self::tei:supplied or self::tei:app][accumulator-before('vp:notes')[1] mod 2 eq 1]">
            <xsl:variable name="n" select="f:marked-number(.)"/>
            <b:block tight="{$n gt 1}" indent="0" prefix="{{{$n}}} ">
              <xsl:apply-templates select="." mode="m:endnote"/>
            </b:block>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:result-document href="counters" method="text">
      <xsl:value-of select="$units[last()]/accumulator-after('vp:notes')[position() le 2] ! (. idiv 2)" separator=" "/>
    </xsl:result-document>
  </xsl:template>

  <!-- $c and the divisions opened inside it, recursively (tpc:open is the first child of an opened
       division): a walk down the opened chain, not a search of every element of the run. -->
  <xsl:function name="vp:opened" as="element()+">
    <xsl:param name="c" as="element()"/>
    <xsl:sequence select="$c, $c/*[*[1][self::tpc:open]] ! vp:opened(.)"/>
  </xsl:function>

  <!-- Blocks laid out and joined as f:join-blocks does, and whether the first that prints is tight. -->
  <xsl:template name="vp:joined">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="blocks" as="element(b:block)*"/>
    <xsl:result-document href="{$name}" method="text">{f:join-blocks($blocks)}</xsl:result-document>
    <xsl:result-document href="{$name}-tight" method="text">{$blocks[exists(fp:layout(.))][1]/@tight}</xsl:result-document>
  </xsl:template>
</xsl:stylesheet>
