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
    <xsl:variable name="kind" select="accumulator-before('vp:notes')[3]" xmlns:vp="https://teipipe.org/ns/variable/private"/>
    <xsl:choose>
      <xsl:when test="$kind eq 'inline'">
        <xsl:text>[</xsl:text>
        <xsl:if test="f:labelled(.)">
          <xsl:text>Translator’s note: </xsl:text>
        </xsl:if>
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <!-- marginal notes: a line of their own after the block (t:marginal-notes) -->
      <xsl:when test="$kind eq 'margin'"/>
      <xsl:when test="$reading and $kind eq 'source' and not(f:source-footnote(.))">
        <xsl:text>[{f:source-note-label(.)}]</xsl:text>
      </xsl:when>
      <xsl:when test="$reading">
        <xsl:call-template name="t:marker"/>
      </xsl:when>
      <xsl:when test="f:editorial(.)"/>
      <xsl:otherwise>
        <xsl:text> [</xsl:text>
        <!-- the source's own number, so that "[Note 12: …]" can be found in the original -->
        <xsl:if test="normalize-space(@n)">Note {normalize-space(@n)}: </xsl:if>
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>] </xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The marginal notes standing in $nodes: one line each, "[In the left margin: …]", in both
       profiles (the source prints them beside the text, not in it). -->
  <xsl:template name="t:marginal-notes">
    <xsl:param name="nodes" as="node()*"/>
    <!-- true: the notes standing before any text of the block; false: the others -->
    <xsl:param name="leading" as="xs:boolean" select="false()"/>
    <xsl:for-each select="$nodes/descendant-or-self::tei:note[f:marginal(.)][not(ancestor::tei:note intersect $nodes/descendant-or-self::tei:note)]
      [f:leading-note(.) eq $leading]">
      <xsl:variable name="side" select="f:margin-side(.)"/>
      <b:block tight="false" indent="0" prefix="">
        <xsl:text>[In the {if ($side) then $side || ' ' else ''}margin: </xsl:text>
        <xsl:apply-templates mode="m:inline"/>
        <xsl:text>]</xsl:text>
      </b:block>
    </xsl:for-each>
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

  <!-- A marginal note printed before any text of its paragraph (beside its first line). -->
  <xsl:function name="f:leading-note" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="empty($note/preceding-sibling::node()[self::* or normalize-space()])
      and exists($note/parent::*[f:is-block(.)])"/>
  </xsl:function>

  <!-- The {n} marker of the context element, if it is one of the project's interventions. -->
  <xsl:template name="t:marker">
    <!-- f:marked as the accumulator found it (classify.xsl) -->
    <xsl:if test="$reading and (self::tei:note or self::tei:choice or self::tei:supplied or self::tei:app)">
      <xsl:variable name="marked" select="accumulator-before('vp:notes')[1]" xmlns:vp="https://teipipe.org/ns/variable/private"/>
      <xsl:if test="$marked mod 2 eq 1">{{{$marked idiv 2}}}</xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The document's own notes, under "Notes": "[12] Not found in the cable log." -->
  <xsl:template name="t:source-notes">
    <xsl:param name="notes" as="element()*"/>
    <xsl:if test="exists($notes)">
      <xsl:sequence select="f:heading('Notes')"/>
      <xsl:for-each select="$notes">
        <b:block tight="{position() gt 1}" indent="0" prefix="[{f:source-note-label(.)}] ">
          <xsl:apply-templates select="." mode="m:endnote"/>
        </b:block>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The project's interventions: "{1} Source reads “9 Junes 1969”." and its notes' words. -->
  <xsl:template name="t:endnotes">
    <xsl:param name="marked" as="element()*"/>
    <xsl:if test="exists($marked)">
      <xsl:sequence select="f:heading('Editorial notes')"/>
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
    <!-- (the string value of an element is the text of its descendants, joined) -->
    <xsl:variable name="source" select="normalize-space(string((tei:sic, tei:orig, tei:abbr)[1]))"/>
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
    <xsl:if test="$corr/@cert = ('medium', 'low') or ancestor::*[@resp][@cert = ('medium', 'low')]">
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
