<?xml version="1.0" encoding="UTF-8"?>
<!-- Inline rendering (mode m:inline): text nodes only, so that adjacent pieces join without
     added spaces. Phrase-level elements give their content; line and page breaks become spaces
     or forced breaks; block elements met inside a phrase are set off by spaces. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:mode name="m:inline" on-no-match="text-only-copy"/>

  <!-- Phrase-level elements rendered as their content (names, emphasis, quotations, dates…). -->
  <xsl:template mode="m:inline" match="tei:hi | tei:emph | tei:foreign | tei:distinct | tei:term
      | tei:gloss | tei:mentioned | tei:soCalled | tei:q | tei:quote | tei:said | tei:cit | tei:title
      | tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:roleName | tei:forename
      | tei:surname | tei:addName | tei:genName | tei:nameLink | tei:geogName | tei:geogFeat
      | tei:country | tei:region | tei:settlement | tei:district | tei:bloc | tei:date | tei:time
      | tei:num | tei:measure | tei:measureGrp | tei:idno | tei:seg | tei:w | tei:c | tei:pc | tei:s
      | tei:phr | tei:cl | tei:g | tei:ref | tei:add | tei:subst | tei:unclear | tei:damage
      | tei:restore | tei:secl | tei:surplus | tei:ex | tei:am | tei:abbr | tei:expan | tei:sic
      | tei:corr | tei:reg | tei:orig | tei:mod | tei:retrace | tei:bibl | tei:author | tei:editor
      | tei:publisher | tei:pubPlace | tei:biblScope | tei:citedRange | tei:edition | tei:label
      | tei:email | tei:affiliation | tei:age | tei:lang | tei:origDate | tei:origPlace | tei:locus
      | tei:material | tei:dimensions | tei:height | tei:width | tei:depth | tei:extent | tei:lem
      | tei:incipit | tei:explicit | tei:rubric | tei:finalRubric | tei:colophon | tei:summary
      | tei:textLang | tei:docAuthor | tei:docDate | tei:byline | tei:dateline | tei:salute
      | tei:signed | tei:speaker | tei:stage | tei:trailer | tei:titlePart | tei:docImprint
      | tei:street | tei:postCode | tei:postBox | tei:addrLine | tei:address | tei:objectType
      | tei:role | tei:roleDesc | tei:castItem | tei:actor | tei:camera | tei:sound | tei:view
      | tei:caption | tei:tech | tei:move | tei:writing | tei:incident | tei:kinesic | tei:vocal
      | tei:catchwords | tei:signatures | tei:heraldry | tei:watermark | tei:stdVals" priority="0">
    <xsl:call-template name="t:apart"/>
    <xsl:apply-templates mode="m:inline"/>
  </xsl:template>

  <!-- Siblings in element-only content (forename + surname, w + w, tree labels) written without
       spaces between them are separate words: keep them apart. ("Not the first element child"
       rather than preceding-sibling::*: saxon-js materialises a reverse axis, which made a
       paragraph with thousands of names quadratic.) -->
  <xsl:template name="t:apart">
    <xsl:if test="not(preceding-sibling::node()[1][self::text()]) and not(. is ../*[1])
      and not(parent::tei:choice or parent::tei:app or parent::tei:subst or parent::tei:rdgGrp)
      and not(../text()[normalize-space()])">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- Block elements inside a phrase (a list in a note, paragraphs of a quotation): set off by
       spaces so that words on either side never run together. -->
  <xsl:template mode="m:inline" match="*[map:contains($v:block-set, local-name())]" priority="-0.5">
    <xsl:text> </xsl:text>
    <xsl:apply-templates mode="m:inline"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- Labels of items inside a phrase keep the list separator. -->
  <xsl:template mode="m:inline" match="tei:label[following-sibling::*[1][self::tei:item]]">
    <xsl:text> </xsl:text>
    <xsl:apply-templates mode="m:inline"/>
    <xsl:text> – </xsl:text>
  </xsl:template>

  <!-- No text of their own. -->
  <xsl:template mode="m:inline" match="tei:anchor | tei:milestone | tei:metamark | tei:index
      | tei:interp | tei:interpGrp | tei:link | tei:linkGrp | tei:join | tei:alt | tei:altGrp
      | tei:spanGrp | tei:span | tei:timeline | tei:fs | tei:graphic | tei:media | tei:binaryObject
      | tei:certainty | tei:precision | tei:respons | tei:ptr | tei:handShift
      | tei:witDetail | tei:rdg | tei:rdgGrp" priority="0"/>
  <xsl:template mode="m:inline" match="tei:desc[parent::tei:gap]"/>

  <!-- Line, column and page breaks: nothing inside a word (break="no"), a forced break where
       lines matter (f:hard-lb), a space elsewhere. -->
  <xsl:template mode="m:inline" match="tei:lb">
    <xsl:choose>
      <xsl:when test="@break = 'no'"/>
      <xsl:when test="$reading and ancestor::tei:stamp[@resp]">
        <xsl:text> / </xsl:text>
      </xsl:when>
      <xsl:when test="f:hard-lb(.)">
        <xsl:value-of select="$f:break"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text> </xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template mode="m:inline" match="tei:pb | tei:cb | tei:gb" priority="0">
    <xsl:if test="not(@break = 'no')">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template mode="m:inline" match="tei:space">
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- Variant readings: the lemma (or the first reading) in the text; in the reading profile
       the other readings go to the closing notes (notes.xsl, mode m:endnote). -->
  <xsl:template mode="m:inline" match="tei:app">
    <xsl:apply-templates mode="m:inline" select="(tei:lem, tei:rdg, tei:rdgGrp)[1]/node()"/>
    <xsl:call-template name="t:marker"/>
  </xsl:template>

  <!-- Unknown elements: reported once, content kept. -->
  <xsl:template mode="m:inline" match="*" priority="-1">
    <xsl:call-template name="t:unhandled"/>
    <xsl:call-template name="t:apart"/>
    <xsl:apply-templates mode="m:inline"/>
  </xsl:template>
</xsl:stylesheet>
