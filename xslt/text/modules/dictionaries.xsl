<?xml version="1.0" encoding="UTF-8"?>
<!-- Dictionary entries: the headword line (forms and grammar), then numbered senses indented
     under it; etymologies and related entries as paragraphs of the entry. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- An entry with loose text between its parts (common in entryFree: "<form>Kamyczek</form>,
       <gram>…</gram> kamienia <def>…</def>"): the headword line is everything before the first
       block part, the rest is laid out under it, so no text is lost. -->
  <xsl:template mode="m:text" match="(tei:entry | tei:entryFree | tei:superEntry | tei:re)[text()[normalize-space()]]" priority="0.5">
    <xsl:variable name="first" select="node()[f:is-block(.) and not(self::tei:form or self::tei:gramGrp or self::tei:hom)][1]"/>
    <xsl:variable name="head" select="if ($first) then node()[. &lt;&lt; $first] else node()"/>
    <b:block tight="false" indent="0" prefix="">
      <xsl:apply-templates select="$head" mode="m:inline"/>
    </b:block>
    <xsl:variable name="rest" as="element(b:block)*">
      <xsl:call-template name="t:flow">
        <xsl:with-param name="nodes" select="node() except $head"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:sequence select="f:prefix-blocks($rest, '', true()) ! f:indent(., 2)"/>
  </xsl:template>

  <xsl:template mode="m:text" match="tei:entry | tei:entryFree | tei:superEntry | tei:re" priority="0">
    <xsl:variable name="head" select="tei:form | tei:gramGrp | tei:hom/tei:form"/>
    <xsl:if test="exists($head)">
      <b:block tight="false" indent="0" prefix="">
        <xsl:for-each select="$head">
          <xsl:if test="position() gt 1">
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:apply-templates select="." mode="m:inline"/>
        </xsl:for-each>
      </b:block>
    </xsl:if>
    <xsl:variable name="rest" as="element(b:block)*">
      <xsl:apply-templates select="* except $head" mode="m:text"/>
    </xsl:variable>
    <xsl:sequence select="f:prefix-blocks($rest, '', true()) ! f:indent(., 2)"/>
  </xsl:template>

  <!-- A sense: "1. definition …", sub-senses further in. -->
  <xsl:template mode="m:text" match="tei:sense">
    <xsl:variable name="blocks" as="element(b:block)*">
      <xsl:call-template name="t:block">
        <xsl:with-param name="nodes" select="node() except tei:sense"/>
        <xsl:with-param name="tight" select="true()"/>
      </xsl:call-template>
      <xsl:apply-templates select="tei:sense" mode="m:text"/>
    </xsl:variable>
    <xsl:variable name="prefix" select="if (@n) then @n || '. ' else ''"/>
    <xsl:sequence select="f:prefix-blocks($blocks[1], $prefix, true()), $blocks[position() gt 1] ! f:indent(., 2)"/>
  </xsl:template>

  <!-- Form parts, grammar and etymology inline, separated by spaces. -->
  <xsl:template mode="m:inline" match="tei:form | tei:gramGrp | tei:hom | tei:orth | tei:pron | tei:hyph
      | tei:syll | tei:stress | tei:pos | tei:gram | tei:gen | tei:number | tei:case | tei:per | tei:tns
      | tei:mood | tei:iType | tei:subc | tei:colloc | tei:def | tei:usg | tei:lbl | tei:xr | tei:etym
      | tei:oRef | tei:oVar | tei:pRef | tei:pVar | tei:dictScrap" priority="0">
    <xsl:if test="preceding-sibling::*">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:apply-templates mode="m:inline"/>
  </xsl:template>

  <xsl:template mode="m:text" match="tei:etym | tei:xr | tei:dictScrap | tei:def | tei:usg
      | tei:form | tei:gramGrp | tei:hom" priority="0">
    <xsl:call-template name="t:block">
      <xsl:with-param name="nodes" select="."/>
      <xsl:with-param name="tight" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A copy of a block moved right by $n columns. -->
  <xsl:function name="f:indent" as="element(b:block)">
    <xsl:param name="block" as="element(b:block)"/>
    <xsl:param name="n" as="xs:integer"/>
    <b:block tight="{$block/@tight}" indent="{xs:integer($block/@indent) + $n}" prefix="{$block/@prefix}">{string($block)}</b:block>
  </xsl:function>
</xsl:stylesheet>
