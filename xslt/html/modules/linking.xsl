<?xml version="1.0" encoding="UTF-8"?>
<!-- Pointers. Only #fragment, http(s): and relative targets become links; anything else
     (javascript:, data:, file:, …) is shown as text and reported. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:e="https://teipipe.org/ns/error"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="tei:ref | tei:ptr" priority="0">
    <xsl:call-template name="t:pointer"/>
  </xsl:template>

  <!-- A pointer. Its body is a named template so that the union pattern (one template rule per alternative in the compiled stylesheet) does not repeat it. -->
  <xsl:template name="t:pointer">
    <xsl:variable name="targets" select="f:tokens(@target)"/>
    <xsl:variable name="target" select="$targets[1]"/>
    <!-- A target of several pointers (TEI: whitespace-separated) is linked through its first only when
         every one is safe, and the reader is told the others are not linked. -->
    <xsl:variable name="href" select="if (empty($target)) then ()
      else if (count($targets) eq 1) then f:checked-href($target, .)
      else f:several-targets($targets, .)"/>
    <xsl:if test="@xml:id and map:contains($v:marked-ids, string(@xml:id))"><xsl:call-template name="t:marks"><xsl:with-param name="placement" select="'inline'"/></xsl:call-template></xsl:if>
    <!-- Written directly (not through t:inline's $content): a pointer's label is not copied. -->
    <span>
      <xsl:apply-templates select="." mode="m:attributes">
        <xsl:with-param name="class" select="if (@rendition or (@xml:id and map:contains($v:marked-ids, string(@xml:id)))) then (f:rendition-classes(.), 'marked'[exists(f:marks-on(current()))]) else ()"/>
      </xsl:apply-templates>
      <xsl:call-template name="t:mark-anchor"/>
      <xsl:choose>
        <xsl:when test="exists($href) and not(ancestor::tei:ref) and not(ancestor::*[@ref][self::tei:persName or self::tei:orgName or self::tei:placeName])">
          <a href="{$href}"><xsl:call-template name="t:pointer-label"><xsl:with-param name="target" select="$target"/></xsl:call-template></a>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="t:pointer-label"><xsl:with-param name="target" select="$target"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template name="t:pointer-label">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="self::tei:ref and node()"><xsl:apply-templates/></xsl:when>
      <xsl:otherwise>{f:pointer-label($target, .)}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The href for a pointer, or nothing when it is unsafe or points at nothing on this page. -->
  <xsl:function name="f:checked-href" as="xs:string?">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="context" as="element()"/>
    <xsl:variable name="href" select="f:safe-href($target)"/>
    <xsl:choose>
      <xsl:when test="normalize-space($target) and empty($href)">
        <xsl:message error-code="e:unsafe-pointer"><teipipe severity="warning" xpath="{path($context)}"/>The pointer “{$target}” uses a scheme that is never linked (only #fragment, http(s) and relative links are); it is shown as text.</xsl:message>
      </xsl:when>
      <xsl:when test="starts-with($href, '#') and empty(key('v:ids', substring($href, 2), root($context))[not(ancestor::tei:teiHeader) or self::tei:person or self::tei:org or self::tei:place or self::tei:msDesc])">
        <!-- A fragment naming something this page does not render with that id: no link. -->
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$href"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The href for a pointer of several targets: none (and unsafe-pointer) when any is unsafe, else the
       first one's, with a pointer-several-targets message naming the others. -->
  <xsl:function name="f:several-targets" as="xs:string?">
    <xsl:param name="targets" as="xs:string+"/>
    <xsl:param name="context" as="element()"/>
    <xsl:variable name="unsafe" select="$targets[empty(f:safe-href(.))]"/>
    <xsl:choose>
      <xsl:when test="exists($unsafe)">
        <xsl:message error-code="e:unsafe-pointer"><teipipe severity="warning" xpath="{path($context)}"/>The pointer “{string-join($targets, ' ')}” has {count($targets)} targets, of which “{$unsafe[1]}” uses a scheme that is never linked (only #fragment, http(s) and relative links are); it is shown as text.</xsl:message>
      </xsl:when>
      <xsl:otherwise>
        <xsl:message error-code="e:pointer-several-targets"><teipipe severity="info" xpath="{path($context)}"/>The pointer has {count($targets)} targets; only the first, “{$targets[1]}”, is linked ({string-join(subsequence($targets, 2) ! ('“' || . || '”'), ', ')} not).</xsl:message>
        <xsl:sequence select="f:checked-href($targets[1], $context)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Text for an empty pointer: the target's own text when it is short, else the target itself. -->
  <xsl:function name="f:pointer-label" as="xs:string">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="context" as="element()"/>
    <xsl:variable name="local" select="if (starts-with($target, '#')) then key('v:ids', substring($target, 2), root($context)) else ()"/>
    <xsl:variable name="text" select="f:reading($local)"/>
    <xsl:sequence select="if ($text and string-length($text) lt 60) then $text else string($target)"/>
  </xsl:function>

  <!-- A link for a URL-like value in the header (only when safe). -->
  <xsl:template name="t:maybe-link">
    <xsl:param name="href" as="xs:string"/>
    <xsl:variable name="safe" select="f:safe-href($href)"/>
    <xsl:choose>
      <xsl:when test="exists($safe) and matches($safe, '^https?:')"><a href="{$safe}">{$href}</a></xsl:when>
      <xsl:otherwise>{$href}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Links and alignments between elements are used by other templates, not shown. -->
  <xsl:template match="tei:link | tei:linkGrp | tei:join | tei:joinGrp | tei:alt | tei:altGrp | tei:timeline | tei:when" priority="0"/>
</xsl:stylesheet>
