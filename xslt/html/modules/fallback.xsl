<?xml version="1.0" encoding="UTF-8"?>
<!-- Elements without a specific template: their content in a div or span whose class names
     the element (no text is dropped), and a coded message through t:unhandled. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="*" priority="-10">
    <xsl:call-template name="t:unhandled"/>
    <xsl:call-template name="t:inline">
      <xsl:with-param name="name" select="if (f:block-like(.)) then 'div' else 'span'"/>
      <xsl:with-param name="class" select="'unhandled'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Non-TEI elements (another namespace) are treated the same way. -->
  <xsl:function name="f:block-like" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="not(f:in-running-text($e)) and exists($e/*[self::tei:p or self::tei:div or self::tei:lg or self::tei:l or self::tei:list or self::tei:table or self::tei:sp or self::tei:ab or self::tei:head or self::tei:entry or self::tei:item])"/>
  </xsl:function>
</xsl:stylesheet>
