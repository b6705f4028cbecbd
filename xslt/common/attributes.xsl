<?xml version="1.0" encoding="UTF-8"?>
<!-- Mode m:attributes: the provenance attributes every HTML element carries
     (class = TEI name + @rend/@type tokens, id from xml:id, lang/dir from xml:lang). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:mode name="m:attributes" on-no-match="shallow-skip"/>

  <xsl:template match="*" mode="m:attributes">
    <xsl:param name="class" as="xs:string*" select="()"/>
    <!-- The common case (no @rend, @type or extra class) skips the token work: this runs for every element. -->
    <!-- The common cases (no @rend/@type, or one plain @rend token) skip the token work: this runs
         for every element, and function calls are costly in saxon-js. -->
    <xsl:attribute name="class" select="if (empty($class) and not(@rend or @type)) then local-name()
      else if (empty($class) and not(@type) and string-length(@rend) le 64 and @rend ne local-name()
        and translate(@rend, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', '') = ''
        and translate(@rend, '-_', '') ne '') then local-name() || ' ' || @rend
      else if (not(@rend or @type)) then string-join(distinct-values((local-name(), $class)), ' ')
      else f:class(., $class)"/>
    <xsl:if test="@xml:id">
      <xsl:attribute name="id" select="@xml:id"/>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="@xml:lang"/>
      <xsl:if test="f:rtl(@xml:lang)">
        <xsl:attribute name="dir" select="'rtl'"/>
      </xsl:if>
    </xsl:if>
    <xsl:if test="$debug-paths">
      <xsl:attribute name="data-tei-path" select="path(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- Right-to-left scripts, by language (or an explicit script subtag). -->
  <xsl:function name="f:rtl" as="xs:boolean">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="l" select="lower-case(string($lang))"/>
    <xsl:sequence select="
      if (not(contains($l, '-'))) then $l = ('ar','he','fa','ur','yi','syr','dv','ps','ug','ckb','arc','sam')
      else if (matches($l, '-(latn|cyrl|grek)(-|$)')) then false()
      else if (matches($l, '-(arab|hebr|syrc|thaa|nkoo)(-|$)')) then true()
      else tokenize($l, '-')[1] = ('ar','he','fa','ur','yi','syr','dv','ps','ug','ckb','arc','sam')"/>
  </xsl:function>
</xsl:stylesheet>
