<?xml version="1.0" encoding="UTF-8"?>
<!-- What happens around the words (TEI Guidelines §8.3 "Elements Unique to Spoken Texts": pause,
     vocal, kinesic, incident, writing, shift; §11.4 gap with its desc; §11.5.1 space): an event
     is not part of a word, so it is set off from the words around it. The site search text does
     the same (src/site/text.ts, BREAKS): "<incident><desc>passing truck</desc></incident>you" is
     "passing truck you", never "passing truckyou". -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:fp="https://teipipe.org/ns/function/private"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:v="https://teipipe.org/ns/variable"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- An event inside a phrase: its own rendering (next-match: the phrase, gap or space template),
       then a space before it when a word ends just before, and after it when a word starts just
       after; none beside whitespace, before closing punctuation or after opening punctuation, and
       never two. An event with no words of its own (pause, shift, an editorial gap in the
       diplomatic profile) leaves one space between two words. -->
  <xsl:template mode="m:inline" priority="10" match="tei:incident | tei:vocal | tei:kinesic | tei:pause
      | tei:shift | tei:writing | tei:space | tei:gap[tei:desc]">
    <xsl:variable name="content" as="xs:string"><xsl:value-of><xsl:next-match/></xsl:value-of></xsl:variable>
    <xsl:variable name="before" select="fp:ends-word(fp:char-before(.))"/>
    <xsl:variable name="after" select="fp:starts-word(fp:char-after(.))"/>
    <xsl:choose>
      <xsl:when test="normalize-space($content) = ''">
        <xsl:value-of select="if ($before and $after) then ' ' else $content"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="' '[$before and not(starts-with($content, ' '))] || $content
          || ' '[$after and not(ends-with($content, ' '))]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Events with no words of their own. -->
  <xsl:template mode="m:inline" match="tei:pause | tei:shift"/>

  <!-- The description of an event is what the edition prints for it. -->
  <xsl:template mode="m:inline" match="tei:desc[parent::tei:incident | parent::tei:vocal | parent::tei:kinesic | parent::tei:writing]">
    <xsl:apply-templates mode="m:inline"/>
  </xsl:template>

  <!-- An event between blocks (an incident between two utterances) is a line of its own. -->
  <xsl:template mode="m:text" match="tei:incident | tei:vocal | tei:kinesic | tei:writing | tei:pause | tei:shift" priority="0">
    <xsl:call-template name="t:block" xmlns:t="https://teipipe.org/ns/template">
      <xsl:with-param name="nodes" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- The last character of the text just before $e within its block ('' at the block's start):
       the preceding sibling's, else (first in a phrase) the phrase's own. Comments are skipped. -->
  <xsl:function name="fp:char-before" as="xs:string">
    <xsl:param name="e" as="node()"/>
    <xsl:variable name="p" select="$e/preceding-sibling::node()[self::text() or self::*][1]"/>
    <xsl:sequence select="
      if (exists($p)) then (let $s := string($p) return substring($s, string-length($s)))
      else if ($e/parent::* and not(f:is-block($e/parent::*))) then fp:char-before($e/parent::*)
      else ''"/>
  </xsl:function>

  <!-- The first character of the text just after $e within its block ('' at the block's end). -->
  <xsl:function name="fp:char-after" as="xs:string">
    <xsl:param name="e" as="node()"/>
    <xsl:variable name="n" select="$e/following-sibling::node()[self::text() or self::*][1]"/>
    <xsl:sequence select="
      if (exists($n)) then substring(string($n), 1, 1)
      else if ($e/parent::* and not(f:is-block($e/parent::*))) then fp:char-after($e/parent::*)
      else ''"/>
  </xsl:function>

  <!-- True when $c ends a word: not whitespace, a forced break, opening punctuation or a dash. -->
  <xsl:function name="fp:ends-word" as="xs:boolean">
    <xsl:param name="c" as="xs:string"/>
    <xsl:sequence select="$c ne '' and $c ne $f:break and not(matches($c, '[\s\p{Ps}\p{Pi}\p{Pd}]'))"/>
  </xsl:function>

  <!-- True when $c starts a word: not whitespace, a forced break, closing punctuation
       (.,;:!? ) ” and the like) or a dash. -->
  <xsl:function name="fp:starts-word" as="xs:boolean">
    <xsl:param name="c" as="xs:string"/>
    <xsl:sequence select="$c ne '' and $c ne $f:break and not(matches($c, '[\s\p{Po}\p{Pe}\p{Pf}\p{Pd}]'))"/>
  </xsl:function>
</xsl:stylesheet>
