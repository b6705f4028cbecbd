<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes and numbered markers. Translator's notes (and notes the source prints inline) stay
     where they stand, in brackets, with the label "Translator’s note:" regenerated. In the
     reading profile every other note and every intervention of the project gets a {n} marker
     (braces, so they cannot be confused with the translator's square brackets) and an entry
     in the closing list; the diplomatic profile drops the project's notes and prints other
     notes in brackets where they stand. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template mode="m:inline" match="tei:note">
    <xsl:choose>
      <xsl:when test="f:inline-note(.)">
        <xsl:text>[</xsl:text>
        <xsl:if test="f:labelled(.)">
          <xsl:text>Translator’s note: </xsl:text>
        </xsl:if>
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:when test="$reading">
        <xsl:call-template name="t:marker"/>
      </xsl:when>
      <xsl:when test="f:editorial(.)"/>
      <xsl:otherwise>
        <xsl:text> [</xsl:text>
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>] </xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template mode="m:text" match="tei:note[f:source-footnote(.)]" priority="2">
    <xsl:call-template name="t:block">
      <xsl:with-param name="prefix" select="'[' || @n || '] '"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Whether a translator's note carries the printed label "Translator’s note:". The encoder
       strips the label and numbers labelled notes tn-NN; descriptions (td-NN) and notes with a
       @subtype (hand, unclassified) are bare bracketed text in the translation. Without ids, a
       note standing as a paragraph of its own counts as a description. -->
  <xsl:function name="f:labelled" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/@type = 'translator' and not($note/@subtype)
      and not(starts-with($note/@xml:id, 'td-'))
      and (starts-with($note/@xml:id, 'tn-') and not($note/(tei:stamp | tei:gap))
           or not($note/parent::*[not(text()[normalize-space()])]
              [self::tei:div or self::tei:body or self::tei:div1 or self::tei:div2 or self::tei:div3
               or self::tei:back or self::tei:front]))"/>
  </xsl:function>

  <!-- The {n} marker of the context element, if it has a number. -->
  <xsl:template name="t:marker">
    <xsl:param name="markers" as="map(xs:string, xs:integer)" tunnel="yes" select="map{}"/>
    <xsl:variable name="n" select="$markers(generate-id())"/>
    <xsl:if test="exists($n)">
      <xsl:value-of select="'{' || $n || '}'"/>
    </xsl:if>
  </xsl:template>

  <!-- The closing list: "{1} Source reads “9 Junes 1969”." and the notes' own words. -->
  <xsl:template name="t:endnotes">
    <xsl:param name="marked" as="element()*"/>
    <xsl:if test="exists($marked)">
      <xsl:sequence select="f:heading(if ($marked[self::tei:note][not(f:editorial(.))]) then 'Notes' else 'Editorial notes')"/>
      <xsl:for-each select="$marked">
        <b:block tight="{position() gt 1}" indent="0" prefix="{{{position()}}} ">
          <xsl:apply-templates select="." mode="m:endnote"/>
        </b:block>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:mode name="m:endnote" on-no-match="shallow-skip"/>

  <xsl:template mode="m:endnote" match="tei:note">
    <xsl:apply-templates mode="m:inline"/>
  </xsl:template>

  <xsl:template mode="m:endnote" match="tei:choice">
    <xsl:variable name="source" select="normalize-space(string-join((tei:sic, tei:orig, tei:abbr)[1]//text(), ''))"/>
    <xsl:variable name="corr" select="(tei:corr, tei:reg, tei:expan)[1]"/>
    <xsl:choose>
      <xsl:when test="normalize-space($corr) = ''">
        <xsl:value-of select="if (matches($source, '^\p{P}$')) then 'Source has a superfluous ' || $source || ' here.'
          else 'Source has “' || $source || '” here; omitted.'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>Source reads “{$source}”.</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$corr/@cert = ('medium', 'low') or ancestor::*[@cert = ('medium', 'low')][@resp]">
      <xsl:text> The correction is inferred from the context.</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template mode="m:endnote" match="tei:app">
    <xsl:variable name="others" select="(tei:lem, tei:rdg, tei:rdgGrp/tei:rdg) except (tei:lem, tei:rdg, tei:rdgGrp/tei:rdg)[1]"/>
    <xsl:text>Other readings: </xsl:text>
    <xsl:value-of select="string-join($others ! (
      (f:inline-string(node())[. ne ''], '(omitted)')[1]
      || (if (@wit) then ' (' || normalize-space(translate(@wit, '#', '')) || ')' else '')), '; ')"/>
    <xsl:text>.</xsl:text>
  </xsl:template>

  <xsl:template mode="m:endnote" match="tei:supplied">
    <xsl:text>Supplied by the editors.</xsl:text>
  </xsl:template>

  <!-- A heading: its words, underlined. -->
  <xsl:function name="f:heading" as="element(b:block)*">
    <xsl:param name="title" as="xs:string"/>
    <xsl:sequence select="f:block($title, false()),
      f:block(string-join((1 to string-length($title)) ! '-', ''), true())"/>
  </xsl:function>
</xsl:stylesheet>
