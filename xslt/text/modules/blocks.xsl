<?xml version="1.0" encoding="UTF-8"?>
<!-- The block layer: every template in mode m:text returns b:block elements whose text is the
     inline rendering of a paragraph or line group. This module wraps and joins them:
     one blank line between blocks, a single newline before a "tight" block (lines of a list,
     a verse group, an opener), hanging indents for prefixed blocks, words never broken. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:fp="https://teipipe.org/ns/function/private"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- A forced line break inside a block (from lb in openers, signatures, verse; diplomatic lb).
       A private-use character, turned into a newline when the block is wrapped. -->
  <xsl:variable name="f:break" as="xs:string" select="'&#xE000;'"/>

  <!-- Make one block from the inline rendering of $nodes. -->
  <xsl:template name="t:block">
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <xsl:param name="tight" as="xs:boolean" select="false()"/>
    <xsl:param name="indent" as="xs:integer" select="0"/>
    <xsl:param name="prefix" as="xs:string" select="''"/>
    <xsl:param name="suffix" as="xs:string" select="''"/>
    <!-- A marginal note has a @place: most blocks have none, and skip the search for them (and
         every block of a document without marginal notes: footnotes have a @place too). -->
    <xsl:variable name="placed" as="xs:boolean" select="$vp:has-margins and exists($nodes/descendant-or-self::tei:note[@place])" xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:vp="https://teipipe.org/ns/variable/private"/>
    <xsl:if test="$placed"><xsl:call-template name="t:marginal-notes"><xsl:with-param name="nodes" select="$nodes"/><xsl:with-param name="leading" select="true()"/></xsl:call-template></xsl:if>
    <b:block tight="{$tight}" indent="{$indent}" prefix="{$prefix}">
      <xsl:apply-templates select="$nodes" mode="m:inline" xmlns:m="https://teipipe.org/ns/mode"/>
      <xsl:value-of select="$suffix"/>
    </b:block>
    <xsl:if test="$placed"><xsl:call-template name="t:marginal-notes"><xsl:with-param name="nodes" select="$nodes"/></xsl:call-template></xsl:if>
  </xsl:template>

  <!-- A block from a ready string (labels, metadata lines). -->
  <xsl:function name="f:block" as="element(b:block)">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:param name="tight" as="xs:boolean"/>
    <b:block tight="{$tight}" indent="0" prefix="">{$text}</b:block>
  </xsl:function>

  <!-- Lay out blocks: wrap each, drop empty ones, join with blank lines (or one newline if tight). -->
  <!-- Each laid-out block is preceded by its separator; the first separator is then dropped (no
       temporary b:out elements, no positional lookups). -->
  <xsl:function name="f:join-blocks" as="xs:string">
    <xsl:param name="blocks" as="element(b:block)*"/>
    <xsl:variable name="parts" as="xs:string*" select="$blocks ! (let $lines := fp:layout(.) return
      if (exists($lines)) then ((if (@tight = 'true') then '&#10;' else '&#10;&#10;'), string-join($lines, '&#10;')) else ())"/>
    <xsl:sequence select="string-join(subsequence($parts, 2), '')"/>
  </xsl:function>

  <!-- The lines of one block: split at forced breaks, normalise spaces, wrap, indent. -->
  <xsl:function name="fp:layout" as="xs:string*">
    <xsl:param name="block" as="element(b:block)"/>
    <xsl:variable name="prefix" select="string($block/@prefix)"/>
    <xsl:variable name="text" select="string($block)"/>
    <xsl:choose>
      <!-- The common block (no indent, no prefix, no forced break): its wrapped lines as they are.
           (The general branch gives the same lines for it; this one costs a third of it.) -->
      <xsl:when test="$prefix eq '' and $block/@indent eq '0' and not(contains($text, $f:break))">
        <xsl:sequence select="f:wrap(normalize-space($text), $fp:room)"/>
      </xsl:when>
      <!-- A prefixed block without indent or break (notes, list items): the general branch's lines. -->
      <xsl:when test="$block/@indent eq '0' and not(contains($text, $f:break))">
        <xsl:variable name="lines" as="xs:string*" select="f:wrap(normalize-space($text), max(($width - string-length($prefix), 20)))"/>
        <xsl:sequence select="if (count($lines) le 1) then $lines ! ($prefix || .)
          else ($prefix || head($lines), tail($lines) ! (fp:spaces(string-length($prefix)) || .))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="indent" select="xs:integer(($block/@indent, 0)[1])"/>
        <xsl:variable name="hang" select="string-length($prefix)"/>
        <xsl:variable name="room" select="max(($width - $indent - $hang, 20))"/>
        <!-- (tokenize() only where there is a break: saxon-js translates its regex at every call) -->
        <xsl:variable name="lines" as="xs:string*" select="
          if (not(contains($text, $f:break))) then f:wrap(normalize-space($text), $room)
          else for $segment in tokenize($text, $f:break)
          return f:wrap(normalize-space($segment), $room)"/>
        <xsl:variable name="pad" select="if ($indent gt 0) then fp:spaces($indent) else ''"/>
        <!-- the usual prefixed block (a note or list entry) is one line -->
        <xsl:sequence select="
          if (count($lines) le 1) then $lines ! ($pad || $prefix || .)
          else let $hanging := fp:spaces($hang) return for $i in 1 to count($lines)
          return $pad || (if ($i eq 1) then $prefix else $hanging) || $lines[$i]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Greedy word wrap to $room columns; a word longer than $room stays whole on its own line. -->
  <xsl:function name="f:wrap" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="room" as="xs:integer"/>
    <xsl:sequence select="
      if ($text eq '') then ()
      else if (string-length($text) le $room) then $text
      else tokenize(replace($text, '(.{1,' || $room || '})( +|$)', '$1&#10;'), '&#10;')[. ne '']"/>
  </xsl:function>

  <!-- The room of a block without indent or prefix. -->
  <xsl:variable name="fp:room" as="xs:integer" select="max(($width, 20))"/>

  <xsl:variable name="fp:eighty-spaces" as="xs:string" select="string-join((1 to 80) ! ' ', '')"/>

  <xsl:function name="fp:spaces" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="if ($n le 0) then '' else if ($n le 80) then substring($fp:eighty-spaces, 1, $n) else string-join((1 to $n) ! ' ', '')"/>
  </xsl:function>
</xsl:stylesheet>
