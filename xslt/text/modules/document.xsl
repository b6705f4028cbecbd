<?xml version="1.0" encoding="UTF-8"?>
<!-- Document level (mode m:document): TEI, teiCorpus, and anything else. Running numbers of
     notes and interventions come from accumulators (classify.xsl): one pass, linear in size. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:fp="https://teipipe.org/ns/function/private"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:mode name="m:document" on-no-match="shallow-skip"/>

  <!-- One document: metadata, text, endnotes, summary and document information. -->
  <xsl:template match="tei:TEI" mode="m:document">
    <xsl:variable name="text" select="tei:text"/>
    <xsl:if test="$reading">
      <xsl:apply-templates select="tei:teiHeader" mode="m:metadata"/>
    </xsl:if>
    <xsl:apply-templates select="tei:text | tei:sourceDoc" mode="m:text"/>
    <xsl:if test="$reading">
      <xsl:call-template name="t:source-notes">
        <xsl:with-param name="notes" select="$text/descendant::tei:note[fp:source-note-here(.)]"/>
      </xsl:call-template>
      <xsl:call-template name="t:endnotes">
        <xsl:with-param name="marked" select="f:marked-nodes($text)"/>
      </xsl:call-template>
      <xsl:apply-templates select="tei:teiHeader" mode="m:document-information"/>
    </xsl:if>
  </xsl:template>

  <!-- A corpus: its own header, then each member after a rule. -->
  <xsl:template match="tei:teiCorpus" mode="m:document">
    <xsl:if test="$reading">
      <xsl:apply-templates select="tei:teiHeader" mode="m:metadata"/>
    </xsl:if>
    <xsl:for-each select="tei:TEI | tei:teiCorpus">
      <xsl:if test="position() gt 1 or $reading">
        <xsl:sequence select="f:block(string-join((1 to $width) ! '=', ''), false())"/>
      </xsl:if>
      <xsl:apply-templates select="." mode="m:document"/>
    </xsl:for-each>
  </xsl:template>

  <!-- Not TEI: say so, and still render whatever text there is. -->
  <xsl:template match="*" mode="m:document">
    <xsl:message error-code="e:not-tei" xmlns:e="https://teipipe.org/ns/error"><teipipe severity="warning" element="{name()}"/>The document's root element is &lt;{name()}&gt;, not a TEI &lt;TEI&gt; or &lt;teiCorpus&gt;; its text is rendered without any TEI-specific layout.</xsl:message>
    <xsl:apply-templates select="." mode="m:text"/>
  </xsl:template>
</xsl:stylesheet>
