<?xml version="1.0" encoding="UTF-8"?>
<!-- Word boundaries beside an event (TEI Guidelines §8.3 pause, vocal, kinesic, incident, writing,
     shift; §11.4 gap with its desc; §11.5.1 space), shared by the HTML and text editions: an
     event is not part of a word, so each edition sets it off by a space from a word that ends
     just before or starts just after it ("so i<incident><desc>passing truck</desc></incident>you"
     reads "so i passing truck you"). What the editions differ in is what a block is, where
     the search for the neighbouring character stops: each edition defines f:within-block
     (xslt/html/modules/spoken.xsl, xslt/text/modules/spoken.xsl), and a customisation layer
     may override it. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="https://teipipe.org/ns/function"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- The last character of the text just before $e within its block ('' at the block's start):
       the preceding sibling's, else (first in a phrase, f:within-block of the parent) the
       phrase's own. Comments and processing instructions are skipped. -->
  <xsl:function name="f:char-before" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="p" select="$e/preceding-sibling::node()[self::text() or self::*][1]"/>
    <xsl:sequence select="
      if (exists($p)) then (let $s := string($p) return substring($s, string-length($s)))
      else if ($e/parent::* and f:within-block($e/parent::*)) then f:char-before($e/parent::*)
      else ''"/>
  </xsl:function>

  <!-- The first character of the text just after $e within its block ('' at the block's end). -->
  <xsl:function name="f:char-after" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="$e/following-sibling::node()[self::text() or self::*][1]"/>
    <xsl:sequence select="
      if (exists($n)) then substring(string($n), 1, 1)
      else if ($e/parent::* and f:within-block($e/parent::*)) then f:char-after($e/parent::*)
      else ''"/>
  </xsl:function>

  <!-- True when the character $c ('' for none) ends a word: not whitespace, opening punctuation
       (Unicode categories Ps, Pi) or a dash (Pd). -->
  <xsl:function name="f:ends-word" as="xs:boolean">
    <xsl:param name="c" as="xs:string"/>
    <xsl:sequence select="$c ne '' and not(matches($c, '[\s\p{Ps}\p{Pi}\p{Pd}]'))"/>
  </xsl:function>

  <!-- True when the character $c ('' for none) starts a word: not whitespace, closing punctuation
       (.,;:!? ) ” and the like: Po, Pe, Pf) or a dash (Pd). -->
  <xsl:function name="f:starts-word" as="xs:boolean">
    <xsl:param name="c" as="xs:string"/>
    <xsl:sequence select="$c ne '' and not(matches($c, '[\s\p{Po}\p{Pe}\p{Pf}\p{Pd}]'))"/>
  </xsl:function>
</xsl:stylesheet>
