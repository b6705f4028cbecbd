<?xml version="1.0" encoding="UTF-8"?>
<!-- Verse (line groups, lines) and drama (speeches, speakers, stage directions). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="tei:lg | tei:sp | tei:spGrp | tei:performance | tei:set | tei:prologue | tei:epilogue" priority="0">
    <xsl:call-template name="t:div"/>
  </xsl:template>

  <!-- A verse line, its number (@n) shown in the margin when present. -->
  <xsl:template match="tei:l">
    <xsl:call-template name="t:block">
      <xsl:with-param name="content" as="node()*">
        <xsl:if test="@n"><span class="line-number" aria-hidden="true">{@n}</span><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:speaker | tei:role | tei:roleDesc | tei:actor | tei:caesura | tei:rhyme | tei:metSym" priority="0">
    <xsl:call-template name="t:span"/>
  </xsl:template>

  <xsl:template match="tei:sp/tei:speaker" priority="2">
    <xsl:call-template name="t:block"><xsl:with-param name="name" select="'p'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:stage | tei:move | tei:view | tei:camera | tei:sound | tei:tech | tei:caption" priority="0">
    <xsl:call-template name="t:stage"/>
  </xsl:template>

  <!-- A stage direction. Its body is a named template so that the union pattern (one template rule per alternative in the compiled stylesheet) does not repeat it. -->
  <xsl:template name="t:stage">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="name" select="if (f:in-running-text(.) or parent::tei:sp/tei:p or parent::tei:l) then 'span' else 'div'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
