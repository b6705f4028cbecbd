<?xml version="1.0" encoding="UTF-8"?>
<!-- teipipe HTML edition: one self-contained, accessible page per TEI document (or teiCorpus).
     Entry stylesheet: imports the common layer, includes one module per element family. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:v="https://teipipe.org/ns/variable"
  default-mode="m:html"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/errors.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/attributes.xsl"/>
  <xsl:import href="../common/unhandled.xsl"/>
  <xsl:import href="../common/word-boundaries.xsl"/>

  <xsl:include href="modules/variables.xsl"/>
  <xsl:include href="modules/page.xsl"/>
  <xsl:include href="modules/css.xsl"/>
  <xsl:include href="modules/header.xsl"/>
  <xsl:include href="modules/core.xsl"/>
  <xsl:include href="modules/textstructure.xsl"/>
  <xsl:include href="modules/namesdates.xsl"/>
  <xsl:include href="modules/registers.xsl"/>
  <xsl:include href="modules/transcr.xsl"/>
  <xsl:include href="modules/marginalia.xsl"/>
  <xsl:include href="modules/notes.xsl"/>
  <xsl:include href="modules/apparatus.xsl"/>
  <xsl:include href="modules/linking.xsl"/>
  <xsl:include href="modules/lists.xsl"/>
  <xsl:include href="modules/verse-drama.xsl"/>
  <xsl:include href="modules/spoken.xsl"/>
  <xsl:include href="modules/dictionaries.xsl"/>
  <xsl:include href="modules/msdesc.xsl"/>
  <xsl:include href="modules/fallback.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
  <!-- Whitespace is significant in TEI mixed content; keep it everywhere except between the
       element-only children of these containers. -->
  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:fileDesc tei:titleStmt tei:sourceDesc
    tei:text tei:body tei:front tei:back tei:div tei:list tei:listPerson tei:listOrg tei:listPlace
    tei:standOff tei:table tei:row tei:lg tei:sp tei:entry tei:msDesc tei:msIdentifier tei:closer tei:opener"/>

  <xsl:mode name="m:html" on-no-match="text-only-copy" use-accumulators="#all"/>
</xsl:stylesheet>
