<?xml version="1.0" encoding="UTF-8"?>
<!-- What happens around the words (TEI Guidelines §8.3 "Elements Unique to Spoken Texts": pause,
     vocal, kinesic, incident, writing, shift; §11.4 gap with its desc; §11.5.1 space): an event
     is not part of a word, so it is set off from the words around it (the word boundaries are
     xslt/common/word-boundaries.xsl, shared with the HTML edition). The site search text does
     the same (src/site/text.ts, BREAKS): "<incident><desc>passing truck</desc></incident>you" is
     "passing truck you", never "passing truckyou". -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- An event inside a phrase: its own rendering (next-match: the phrase, gap or space template),
       then a space before it when a word ends just before, and after it when a word starts just
       after; none beside whitespace, before closing punctuation or after opening punctuation, and
       never two. An event with no words of its own (pause, shift, an editorial gap in the
       diplomatic profile) leaves one space between two words. -->
  <xsl:template mode="m:inline" priority="10" match="tei:incident | tei:vocal | tei:kinesic | tei:pause
      | tei:shift | tei:writing | tei:space | tei:gap[tei:desc]">
    <xsl:variable name="content" as="xs:string"><xsl:value-of><xsl:next-match/></xsl:value-of></xsl:variable>
    <!-- (a forced line break, $f:break, is no word either) -->
    <xsl:variable name="before" select="let $c := f:char-before(.) return $c ne $f:break and f:ends-word($c)"/>
    <xsl:variable name="after" select="let $c := f:char-after(.) return $c ne $f:break and f:starts-word($c)"/>
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

  <!-- For the word boundaries (xslt/common/word-boundaries.xsl): an element inside a block's run of
       words (f:is-block false) does not stop the search for the character beside an event. -->
  <xsl:function name="f:within-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="not(f:is-block($e))"/>
  </xsl:function>
</xsl:stylesheet>
