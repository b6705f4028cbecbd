<?xml version="1.0" encoding="UTF-8"?>
<!-- An example customisation ("profile") of the HTML edition: import the entry stylesheet, then
     override parameters and templates. Compile it like any entry:
       npx xslt3 -xsl:xslt/custom/example.xsl -export:build/sef/example.sef.json -nogo -relocate:on -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:m="https://teipipe.org/ns/mode"
  default-mode="m:html"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:import href="../html/html.xsl"/>

  <!-- Stop on any element the edition has no rendering for (useful in CI over one's own corpus). -->
  <xsl:param name="on-unhandled" as="xs:string" select="'fail'"/>

  <!-- Show page breaks as a rule across the text instead of a floated marker. -->
  <xsl:template match="tei:pb">
    <hr class="pb" aria-label="page {@n}"/>
  </xsl:template>
</xsl:stylesheet>
