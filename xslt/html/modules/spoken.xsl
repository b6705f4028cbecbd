<?xml version="1.0" encoding="UTF-8"?>
<!-- Spoken texts (TEI Guidelines §8.3: u, and what happens around the words: pause, vocal,
     kinesic, incident, writing, shift) and the described gaps and spaces of §11.4-11.5: an event
     is not part of a word, so it is set off from the words around it, as in the text edition
     (xslt/text/modules/spoken.xsl) and the site search text: "so i<incident><desc>passing
     truck</desc></incident>you" reads "so i passing truck you", never "so ipassing truckyou". -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:fp="https://teipipe.org/ns/function/private"
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
    <xsl:if test="fp:ends-word(fp:char-before(.)) and fp:starts-word(fp:char-after(.))">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- Around an event with words: a space before it when a word ends just before, and after it
       when a word starts just after; none beside whitespace, before closing or after opening
       punctuation, never two. The element's own template (above, or gap and space in
       transcr.xsl) renders it. -->
  <xsl:template priority="10" match="tei:incident | tei:vocal | tei:kinesic | tei:writing | tei:space | tei:gap[tei:desc]">
    <xsl:if test="fp:ends-word(fp:char-before(.))"><xsl:text> </xsl:text></xsl:if>
    <xsl:next-match/>
    <xsl:if test="fp:starts-word(fp:char-after(.))"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- The last character of the text just before $e within its block ('' at the block's start):
       the preceding sibling's, else (first in a phrase) the phrase's own. -->
  <xsl:function name="fp:char-before" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="p" select="$e/preceding-sibling::node()[self::text() or self::*][1]"/>
    <xsl:sequence select="
      if (exists($p)) then (let $s := string($p) return substring($s, string-length($s)))
      else if ($e/parent::* and f:in-running-text($e/parent::*)) then fp:char-before($e/parent::*)
      else ''"/>
  </xsl:function>

  <!-- The first character of the text just after $e within its block ('' at the block's end). -->
  <xsl:function name="fp:char-after" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="$e/following-sibling::node()[self::text() or self::*][1]"/>
    <xsl:sequence select="
      if (exists($n)) then substring(string($n), 1, 1)
      else if ($e/parent::* and f:in-running-text($e/parent::*)) then fp:char-after($e/parent::*)
      else ''"/>
  </xsl:function>

  <!-- True when $c ends a word: not whitespace, opening punctuation or a dash. -->
  <xsl:function name="fp:ends-word" as="xs:boolean">
    <xsl:param name="c" as="xs:string"/>
    <xsl:sequence select="$c ne '' and not(matches($c, '[\s\p{Ps}\p{Pi}\p{Pd}]'))"/>
  </xsl:function>

  <!-- True when $c starts a word: not whitespace, closing punctuation (.,;:!? ) ” …) or a dash. -->
  <xsl:function name="fp:starts-word" as="xs:boolean">
    <xsl:param name="c" as="xs:string"/>
    <xsl:sequence select="$c ne '' and not(matches($c, '[\s\p{Po}\p{Pe}\p{Pf}\p{Pd}]'))"/>
  </xsl:function>
</xsl:stylesheet>
