<?xml version="1.0" encoding="UTF-8"?>
<!-- Tables (one line per row, cells separated by " | ") and figures (their heading,
     description and images' descriptions, bracketed in the reading profile). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template mode="m:text" match="tei:table">
    <xsl:apply-templates select="tei:head" mode="m:text"/>
    <xsl:for-each select="tei:row">
      <b:block tight="{position() gt 1 or exists(../tei:head)}" indent="0" prefix="">
        <xsl:for-each select="tei:cell">
          <xsl:if test="position() gt 1">
            <xsl:text> | </xsl:text>
          </xsl:if>
          <xsl:apply-templates mode="m:inline"/>
        </xsl:for-each>
      </b:block>
    </xsl:for-each>
    <xsl:apply-templates select="* except (tei:head | tei:row)" mode="m:text"/>
  </xsl:template>

  <xsl:template mode="m:inline" match="tei:row">
    <xsl:text> </xsl:text>
    <xsl:for-each select="tei:cell">
      <xsl:apply-templates mode="m:inline"/>
      <xsl:text> | </xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- A figure in one line: its heading, its description (figDesc) and other content, then what
       each of its images shows (graphic/desc, TEI Guidelines §14.4), separated by semicolons. -->
  <xsl:template mode="m:inline" match="tei:figure">
    <xsl:variable name="parts" select="(tei:head, * except (tei:head | tei:graphic | tei:media | tei:binaryObject)) ! f:inline-string(.),
      (tei:graphic | tei:media)/tei:desc ! ('image: ' || f:inline-string(node()))"/>
    <xsl:variable name="words" select="string-join($parts[. ne ''], '; ')"/>
    <xsl:if test="$words ne ''">
      <xsl:value-of select="if ($reading) then ' [Figure: ' || $words || '] ' else ' ' || $words || ' '"/>
    </xsl:if>
  </xsl:template>

  <xsl:template mode="m:text" match="tei:figure">
    <xsl:call-template name="t:block">
      <xsl:with-param name="nodes" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- An image outside a figure: never shown, but what it shows (its desc) is said where it stands. -->
  <xsl:template mode="m:inline" match="(tei:graphic | tei:media)[tei:desc[normalize-space()]]" priority="1">
    <xsl:value-of select="' [image: ' || string-join(tei:desc ! f:inline-string(node()), '; ') || '] '"/>
  </xsl:template>
  <xsl:template mode="m:text" match="(tei:graphic | tei:media)[tei:desc[normalize-space()]]" priority="1">
    <xsl:call-template name="t:block">
      <xsl:with-param name="nodes" select="."/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template mode="m:inline" match="tei:figDesc | tei:cell" priority="0">
    <xsl:apply-templates mode="m:inline"/>
  </xsl:template>
</xsl:stylesheet>
