<?xml version="1.0" encoding="UTF-8"?>
<!-- Text structure: text, front/body/back, divisions and headings, opener and closer. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="tei:address | tei:back | tei:body | tei:byline | tei:docTitle | tei:front | tei:group | tei:postscript | tei:salute | tei:titlePage | tei:trailer | tei:text" priority="0">
    <xsl:call-template name="t:div"/>
  </xsl:template>

  <xsl:template match="tei:addrLine | tei:titlePart" priority="0">
    <xsl:call-template name="t:div"/>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7" priority="0">
    <xsl:call-template name="t:block">
      <xsl:with-param name="name" select="if (tei:head) then 'section' else 'div'"/>
      <xsl:with-param name="class" select="'div'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The first heading of a division is an HTML heading ranked by depth (h2 for top-level
       divisions, the page title being h1); later heads (genre labels, subtitles) are styled paragraphs. -->
  <xsl:template match="tei:head">
    <!-- Divisions by name test (no function call at every ancestor). -->
    <xsl:variable name="depth" select="count(ancestor::*[starts-with(local-name(), 'div') and string-length(local-name()) le 4][namespace-uri() = 'http://www.tei-c.org/ns/1.0']) + count(ancestor::tei:TEI[parent::tei:teiCorpus])"/>
    <xsl:variable name="first" select="not(preceding-sibling::tei:head)"/>
    <xsl:call-template name="t:block">
      <xsl:with-param name="name" select="if ($first and $depth gt 0) then 'h' || min((6, $depth + 1)) else 'p'"/>
      <xsl:with-param name="class" select="'head'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Heads of lists, tables, figures, notes: not document headings. -->
  <xsl:template match="tei:list/tei:head | tei:listBibl/tei:head | tei:figure/tei:head | tei:lg/tei:head | tei:note//tei:head | tei:teiHeader//tei:head | tei:sp/tei:head" priority="2">
    <xsl:call-template name="t:block"><xsl:with-param name="name" select="'p'"/><xsl:with-param name="class" select="'head'"/></xsl:call-template>
  </xsl:template>

  <!-- Opener and closer keep the document's layout: each part on a line of its own. Line breaks
       that only separate the parts are dropped (the parts are blocks already). -->
  <xsl:template match="tei:opener | tei:closer" priority="0">
    <xsl:call-template name="t:div"/>
  </xsl:template>
  <xsl:template match="tei:opener/tei:lb | tei:closer/tei:lb" priority="2"/>
  <xsl:template match="tei:opener/tei:seg | tei:closer/tei:seg" priority="2">
    <xsl:call-template name="t:div"/>
  </xsl:template>

  <xsl:template match="tei:dateline">
    <xsl:call-template name="t:div"/>
  </xsl:template>

  <xsl:template match="tei:signed">
    <xsl:call-template name="t:div"/>
  </xsl:template>
</xsl:stylesheet>
