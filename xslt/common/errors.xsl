<?xml version="1.0" encoding="UTF-8"?>
<!-- Error and warning codes, one QName per teipipe rule id (the rule ids are registered in
     src/transform/rules.ts, where their descriptions live). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:e="https://teipipe.org/ns/error"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- An element with no specific template; rendered through the fallback. -->
  <xsl:variable name="e:unhandled-element" as="xs:QName" select="QName('https://teipipe.org/ns/error', 'e:unhandled-element')"/>
  <!-- A pointer whose scheme is not allowed (javascript:, data:, …); rendered as text, not a link. -->
  <xsl:variable name="e:unsafe-pointer" as="xs:QName" select="QName('https://teipipe.org/ns/error', 'e:unsafe-pointer')"/>
  <!-- A pointer with several targets: only the first is linked. -->
  <xsl:variable name="e:pointer-several-targets" as="xs:QName" select="QName('https://teipipe.org/ns/error', 'e:pointer-several-targets')"/>
  <!-- A #fragment pointer whose target is not in the document. -->
  <xsl:variable name="e:dangling-pointer" as="xs:QName" select="QName('https://teipipe.org/ns/error', 'e:dangling-pointer')"/>
  <!-- The root is neither TEI nor teiCorpus. -->
  <xsl:variable name="e:render-not-tei" as="xs:QName" select="QName('https://teipipe.org/ns/error', 'e:render-not-tei')"/>
</xsl:stylesheet>
