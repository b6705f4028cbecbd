<?xml version="1.0" encoding="UTF-8"?>
<!-- Public parameters of every teipipe edition. Each is typed; customisers override them by
     xsl:import + a new xsl:param (see ../custom/example.xsl) or from the command line. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- Link to the plain-text edition of the same document; empty means no link. -->
  <xsl:param name="text-href" as="xs:string" select="''"/>

  <!-- Link to the TEI source of the document; empty means no link. -->
  <xsl:param name="tei-href" as="xs:string" select="''"/>

  <!-- The site's name: shown above the document title and in the page title; empty = "TEI edition". -->
  <xsl:param name="site-title" as="xs:string" select="''"/>

  <!-- The site's address (e.g. https://example.org/edition/): makes the citation's URL absolute. -->
  <xsl:param name="base-url" as="xs:string" select="''"/>

  <!-- How to cite this page; empty = built from the header (author, title, date, site, URL). -->
  <xsl:param name="citation" as="xs:string" select="''"/>

  <!-- Corpus navigation (the build passes them): the index page, the previous and next documents. -->
  <xsl:param name="index-href" as="xs:string" select="''"/>
  <xsl:param name="prev-href" as="xs:string" select="''"/>
  <xsl:param name="prev-title" as="xs:string" select="''"/>
  <xsl:param name="next-href" as="xs:string" select="''"/>
  <xsl:param name="next-title" as="xs:string" select="''"/>

  <!-- A shared stylesheet file for every page of a site (e.g. "teipipe.css", written once by the
       build with editionStylesheet()): linked instead of inlining the styles in every page. -->
  <xsl:param name="css-href" as="xs:string" select="''"/>

  <!-- CSS added after the stock styles (the render option css / config render.css). -->
  <xsl:param name="extra-css" as="xs:string" select="''"/>

  <!-- What to do with an element that has no specific template: 'warn' renders its content in a
       span/div whose class names the element and sends a coded message; 'render' does the same
       silently; 'fail' stops the transformation (for CI runs over our own corpus). -->
  <xsl:param name="on-unhandled" as="xs:string" select="'warn'"/>

  <!-- Language of the generated labels when the document declares none. -->
  <xsl:param name="default-lang" as="xs:string" select="'en'"/>

  <!-- Bounded rendering of very large documents (src/transform/chunked.ts): the running counters at the
       start of a run of divisions, space-separated (HTML: the six of vp:counters; text: the marked elements and
       the source notes, items 1 and 2 of vp:notes halved). Empty = a whole document, every counter from 0. Not for customisers. -->
  <xsl:param name="chunk-counters" as="xs:string" select="''"/>

  <!-- Add data-tei-path attributes for debugging (never in published editions). -->
  <xsl:param name="debug-paths" as="xs:boolean" select="false()"/>
</xsl:stylesheet>
