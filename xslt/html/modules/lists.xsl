<?xml version="1.0" encoding="UTF-8"?>
<!-- Lists: plain, ordered, labelled (gloss) and the memo's distribution list ("1 – to Cde. …"). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- Explicit priorities (each alternative's default): a union with one priority stays one template
       rule in the compiled stylesheet, which saxon-js prepares anew for every transform. -->
  <xsl:template match="tei:list | tei:listBibl | tei:listEvent | tei:castList" priority="0">
    <xsl:call-template name="t:list"/>
  </xsl:template>
  <xsl:template match="tei:listPerson[ancestor::tei:text] | tei:listOrg[ancestor::tei:text] | tei:listPlace[ancestor::tei:text]" priority="0.5">
    <xsl:call-template name="t:list"/>
  </xsl:template>

  <!-- A list. Its body is a named template so that the union pattern (one template rule per alternative in the compiled stylesheet) does not repeat it. -->
  <xsl:template name="t:list">
    <!-- Items that print their own numbers ("1. …") are not numbered again by the browser. -->
    <xsl:variable name="ordered" select="(@type = ('ordered', 'numbered') or contains(@rend, 'numbered')) and not(tei:item[1][f:self-numbered(.)])"/>
    <div class="list-wrap">
      <xsl:apply-templates select="tei:head"/>
      <xsl:call-template name="t:block">
        <xsl:with-param name="name" select="if (tei:label) then 'ul' else if ($ordered) then 'ol' else 'ul'"/>
        <xsl:with-param name="class" select="('labelled'[current()/tei:label], 'plain'[not($ordered) and (current()/@type = ('distribution', 'ordered', 'numbered') or contains(current()/@rend, 'simple') or contains(current()/@rend, 'numbered') or current()/tei:label)])"/>
        <xsl:with-param name="nodes" select="* except tei:head"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <xsl:template match="tei:item | tei:castItem" priority="0">
    <xsl:call-template name="t:list-item"/>
  </xsl:template>
  <xsl:template match="tei:listBibl/tei:bibl | tei:listBibl/tei:biblStruct | tei:listEvent/tei:event" priority="0.5">
    <xsl:call-template name="t:list-item"/>
  </xsl:template>

  <!-- A list item, after its label. Its body is a named template so that the union pattern (one template rule per alternative in the compiled stylesheet) does not repeat it. -->
  <xsl:template name="t:list-item">
    <xsl:call-template name="t:block">
      <xsl:with-param name="name" select="'li'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:for-each select="preceding-sibling::*[1][self::tei:label]">
          <span class="label"><xsl:apply-templates/></span>
          <xsl:text> – </xsl:text>
        </xsl:for-each>
        <xsl:apply-templates/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Labels are rendered with their item; a label without an item stands alone. -->
  <xsl:template match="tei:list/tei:label[following-sibling::*[1][self::tei:item]]"/>
  <xsl:template match="tei:list/tei:label" priority="0.25">
    <li class="label"><xsl:apply-templates/></li>
  </xsl:template>
  <xsl:template match="tei:label">
    <xsl:call-template name="t:span"/>
  </xsl:template>
</xsl:stylesheet>
