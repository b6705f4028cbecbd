<?xml version="1.0" encoding="UTF-8"?>
<!-- Spoken texts (TEI Guidelines §8.3: u, and what happens around the words: pause, vocal,
     kinesic, incident, writing, shift) and the described gaps and spaces of §11.4-11.5: an event
     is not part of a word, so it is set off from the words around it, as in the text edition
     (xslt/text/modules/spoken.xsl) and the site search text: "so i<incident><desc>passing
     truck</desc></incident>you" reads "so i passing truck you", never "so ipassing truckyou".
     The word boundaries of both editions are xslt/common/word-boundaries.xsl. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- An utterance is a block of its own, like a paragraph of speech. -->
  <xsl:template match="tei:u" priority="0">
    <xsl:call-template name="t:div"/>
  </xsl:template>

  <!-- Events with words of their own (the desc, or what was written) print them, in italics. -->
  <xsl:template match="tei:incident | tei:vocal | tei:kinesic | tei:writing" priority="0">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="class" select="'event'"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:desc[parent::tei:incident | parent::tei:vocal | parent::tei:kinesic | parent::tei:writing]" priority="1">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Events with no words of their own print nothing but keep two words apart. -->
  <xsl:template match="tei:pause | tei:shift" priority="0">
    <xsl:if test="f:ends-word(f:char-before(.)) and f:starts-word(f:char-after(.))">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- Around an event with words: a space before it when a word ends just before, and after it
       when a word starts just after; none beside whitespace, before closing or after opening
       punctuation, never two. The element's own template (above, or gap and space in
       transcr.xsl) renders it. -->
  <xsl:template priority="10" match="tei:incident | tei:vocal | tei:kinesic | tei:writing | tei:space | tei:gap[tei:desc]">
    <xsl:if test="f:ends-word(f:char-before(.))"><xsl:text> </xsl:text></xsl:if>
    <xsl:next-match/>
    <xsl:if test="f:starts-word(f:char-after(.))"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- For the word boundaries (xslt/common/word-boundaries.xsl): an element inside running text
       (f:in-running-text) does not stop the search for the character beside an event. -->
  <xsl:function name="f:within-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="f:in-running-text($e)"/>
  </xsl:function>
</xsl:stylesheet>
