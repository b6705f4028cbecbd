<?xml version="1.0" encoding="UTF-8"?>
<!-- Critical apparatus (TEI Guidelines 12 "Critical Apparatus"): the lemma (or, without one,
     the first reading) stands in the text with a lettered reference; every reading, with its
     witnesses, is listed in the "Apparatus" section after the notes. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="tei:app">
    <xsl:variable name="n" select="f:app-number(.)"/>
    <xsl:call-template name="t:inline">
      <xsl:with-param name="content" as="node()*">
        <xsl:apply-templates select="f:app-base(.)/node()"/>
        <xsl:if test="exists($n)">
          <sup class="appref"><a id="appref-{$n}" href="#app-{$n}" aria-label="Variant readings {f:app-letter($n)}">{f:app-letter($n)}</a></sup>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The reading printed in the text: the lemma, else the first reading. -->
  <xsl:function name="f:app-base" as="element()?">
    <xsl:param name="app" as="element()"/>
    <xsl:sequence select="($app/tei:lem, $app//tei:lem, $app/tei:rdg, $app//tei:rdg)[1]"/>
  </xsl:function>

  <!-- a, b, … z, aa, ab, …: letters keep the apparatus apart from numbered notes. -->
  <xsl:function name="f:app-letter" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="(if ($n gt 26) then f:app-letter(($n - 1) idiv 26) else '') || codepoints-to-string(96 + ($n - 1) mod 26 + 1)"/>
  </xsl:function>

  <!-- Lemma and readings are rendered by the app template and the apparatus. -->
  <xsl:template match="tei:lem | tei:rdg | tei:rdgGrp | tei:witDetail" priority="0">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template name="t:apparatus">
    <xsl:variable name="apps" select="root()/descendant::tei:app[ancestor::tei:text][f:has-variants(.)]"/>
    <xsl:if test="$apps">
      <section class="apparatus" aria-labelledby="apparatus-heading">
        <h2 id="apparatus-heading">Apparatus</h2>
        <ul class="plain">
          <xsl:for-each select="$apps">
            <xsl:variable name="n" select="f:app-number(.)"/>
            <xsl:variable name="base" select="f:app-base(.)"/>
            <li id="app-{$n}">
              <span class="note-n">{f:app-letter($n)}</span>
              <xsl:text> </xsl:text>
              <xsl:for-each select="(tei:lem | tei:rdg | tei:rdgGrp//tei:lem | tei:rdgGrp//tei:rdg)">
                <xsl:if test="position() gt 1">{if (position() eq 2 and $base/self::tei:lem) then '' else '; '}</xsl:if>
                <span class="{local-name()}">
                  <xsl:choose>
                    <xsl:when test="normalize-space(.) or *"><xsl:apply-templates/></xsl:when>
                    <xsl:otherwise><em>omitted</em></xsl:otherwise>
                  </xsl:choose>
                </span>
                <xsl:for-each select="f:tokens(@wit)">
                  <xsl:text> </xsl:text><span class="wit">{if (starts-with(., '#')) then substring(., 2) else .}</span>
                </xsl:for-each>
                <xsl:if test="self::tei:lem">] </xsl:if>
              </xsl:for-each>
              <xsl:text> </xsl:text>
              <a class="backlink" href="#appref-{$n}" aria-label="Back to the text at variant {f:app-letter($n)}">↩</a>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
