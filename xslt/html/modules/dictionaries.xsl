<?xml version="1.0" encoding="UTF-8"?>
<!-- Dictionaries: entries as blocks, their parts as labelled inlines. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="tei:entry | tei:entryFree | tei:superEntry | tei:sense | tei:re | tei:dictScrap" priority="0">
    <xsl:call-template name="t:dictionary-block"/>
  </xsl:template>

  <!-- A dictionary entry or sense. Its body is a named template so that the union pattern (one template rule per alternative in the compiled stylesheet) does not repeat it. -->
  <xsl:template name="t:dictionary-block">
    <xsl:call-template name="t:block">
      <xsl:with-param name="content" as="node()*">
        <xsl:if test="self::tei:sense and @n"><span class="sense-number">{@n}.</span><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Parts of an entry; a space separates neighbours that TEI keeps apart only by markup. -->
  <xsl:template match="tei:form | tei:orth | tei:pron | tei:hyph | tei:syll | tei:gramGrp | tei:gram | tei:pos | tei:gen | tei:number | tei:case | tei:per | tei:tns | tei:mood | tei:iType | tei:subc | tei:colloc | tei:def | tei:etym | tei:lang | tei:usg | tei:lbl | tei:xr | tei:oRef | tei:pRef | tei:stress | tei:cit[@type = ('example', 'translation', 'translationEquivalent')]" priority="1">
    <xsl:call-template name="t:span"/>
    <xsl:if test="following-sibling::*[1] and not(following-sibling::node()[1][self::text()])"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
</xsl:stylesheet>
