<?xml version="1.0" encoding="UTF-8"?>
<!-- An example customisation layer of the HTML edition. teipipe imports the stock stylesheet
     (xslt/html/html.xsl) beneath a layer, so a layer only states what it changes: templates (in
     the mode m:html, hence default-mode below), functions and parameter values. Use it with
       teipipe render with the option xslt naming this file, e.g. on tei/134242.xml
     or in teipipe.config.json: {"render": {"xslt": {"html": "xslt/custom/example.xsl"}}}.
     Compiled to SEF once and cached by a hash of its contents (and of the modules it imports or
     includes) and of the stock stylesheets, wherever its folder is.
     Tested in tests/transform/customisation.test.ts. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:m="https://teipipe.org/ns/mode"
  default-mode="m:html"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- A parameter's default for every page (the command line and the config can still set it). -->
  <xsl:param name="site-title" as="xs:string" select="'Example edition'"/>

  <!-- Show page breaks as a centred "— n —" in the line instead of a floated marker. -->
  <xsl:template match="tei:pb">
    <span class="pb pb-rule" role="separator" aria-label="page {@n}">— {@n} —</span>
  </xsl:template>
</xsl:stylesheet>
