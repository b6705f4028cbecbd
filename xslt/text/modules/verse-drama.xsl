<?xml version="1.0" encoding="UTF-8"?>
<!-- Verse (one line per l, a blank line between stanzas) and drama (speaker labels). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template mode="m:text" match="tei:lg">
    <xsl:apply-templates select="*" mode="m:text"/>
  </xsl:template>

  <!-- A verse line: its own line, directly under the previous line of the same group. -->
  <xsl:template mode="m:text" match="tei:l">
    <xsl:call-template name="t:block">
      <xsl:with-param name="tight" select="exists(preceding-sibling::*[not(self::tei:lb or self::tei:pb or self::tei:cb or self::tei:milestone)][1][self::tei:l or self::tei:speaker])"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A speech: "SPEAKER: first line", later lines and paragraphs hang under the first. -->
  <xsl:template mode="m:text" match="tei:sp">
    <xsl:variable name="speaker" select="f:inline-string(tei:speaker)"/>
    <xsl:variable name="blocks" as="element(b:block)*">
      <xsl:call-template name="t:flow">
        <xsl:with-param name="nodes" select="node() except tei:speaker"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$speaker = ''">
        <xsl:sequence select="$blocks"/>
      </xsl:when>
      <xsl:when test="empty($blocks)">
        <xsl:sequence select="f:block($speaker, false())"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- A label printed with its colon ("KIM IL SUNG:") is not given a second one. -->
        <xsl:sequence select="f:prefix-blocks($blocks, $speaker || (if (matches($speaker, ':\s*$')) then ' ' else ': '), false())"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Cast lists: one line per part, the lines of a list or group together. -->
  <xsl:template mode="m:text" match="tei:castItem">
    <xsl:call-template name="t:block">
      <xsl:with-param name="tight" select="exists(preceding-sibling::*[1][self::tei:castItem or self::tei:castGroup or self::tei:head])"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Stage directions standing alone. -->
  <xsl:template mode="m:text" match="tei:stage">
    <xsl:call-template name="t:block"/>
  </xsl:template>
</xsl:stylesheet>
