<?xml version="1.0" encoding="UTF-8"?>
<!-- The history of a manuscript (TEI Guidelines §10.8: origin, provenance, acquisition) in the
     "Description of the original": a labelled block each ("Origin: Berlin, 3 March 1971"); the date
     of origin in words, its place and date separated by a comma when written side by side. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template mode="m:text" match="tei:history/tei:origin | tei:history/tei:provenance | tei:history/tei:acquisition" priority="1">
    <xsl:variable name="label" select="upper-case(substring(local-name(), 1, 1)) || substring(local-name(), 2) || ': '"/>
    <xsl:choose>
      <!-- prose in paragraphs: the label on a line of its own -->
      <xsl:when test="tei:p | tei:ab">
        <xsl:sequence select="f:block(normalize-space($label), false())"/>
        <xsl:call-template name="t:flow"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:block">
          <xsl:with-param name="prefix" select="$label"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template mode="m:inline" match="tei:origDate" priority="1">
    <xsl:if test="preceding-sibling::node()[1][self::element()]">, </xsl:if>
    <xsl:choose>
      <xsl:when test="f:orig-date(.) = normalize-space(.)"><xsl:apply-templates mode="m:inline"/></xsl:when>
      <xsl:otherwise>{f:orig-date(.)}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template mode="m:inline" match="tei:origPlace" priority="1">
    <xsl:if test="preceding-sibling::node()[1][self::element()]">, </xsl:if>
    <xsl:apply-templates mode="m:inline"/>
  </xsl:template>

  <!-- The identifier (TEI Guidelines §10.4): where the manuscript is and its number on one line, the
       parts separated by commas; then each other identifier (altIdentifier, with its type and note)
       and each name the manuscript is known by (msName, objectName) on a labelled line of its own.
       The header's identifier is the "Source" line before the text (metadata.xsl); its names and
       other identifiers are in the "Description of the original" after it. -->
  <xsl:template mode="m:text" match="tei:msIdentifier" priority="2">
    <xsl:variable name="main" select="* except (tei:msName | tei:objectName | tei:altIdentifier)"/>
    <xsl:if test="exists($main)">
      <b:block tight="false" indent="0" prefix="">{string-join($main ! f:inline-string(.)[. ne ''], ', ')}</b:block>
    </xsl:if>
    <xsl:apply-templates select="tei:altIdentifier | tei:msName | tei:objectName" mode="m:text"/>
  </xsl:template>

  <xsl:template mode="m:text" match="tei:msIdentifier/tei:altIdentifier" priority="2">
    <xsl:variable name="note" select="tei:note[normalize-space()] ! (' (' || f:inline-string(node()) || ')')"/>
    <b:block tight="false" indent="0" prefix="Other identifier{@type ! (' (' || translate(., '-_', '  ') || ')')}: ">{string-join((* except tei:note) ! f:inline-string(.)[. ne ''], ', ') || string-join($note, '')}</b:block>
  </xsl:template>

  <xsl:template mode="m:text" match="tei:msIdentifier/tei:msName | tei:msIdentifier/tei:objectName" priority="2">
    <b:block tight="false" indent="0" prefix="{if (self::tei:objectName) then 'Object name' else 'Name'}{@type ! (' (' || translate(., '-_', '  ') || ')')}: ">{f:inline-string(node())}</b:block>
  </xsl:template>
</xsl:stylesheet>
