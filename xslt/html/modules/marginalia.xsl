<?xml version="1.0" encoding="UTF-8"?>
<!-- Marginal marks (metamark with @target). Each mark is drawn in the left gutter at the start
     of the passage it marks, as a focusable link to that passage; CSS (:has, :focus, :target)
     highlights the passage on hover, keyboard focus and activation, with no script. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:vp="https://teipipe.org/ns/variable/private"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- The metamarks whose @target points at this element. -->
  <xsl:function name="f:marks-on" as="element(tei:metamark)*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@xml:id and map:contains($v:marked-ids, string($e/@xml:id)) and $e/ancestor::tei:text) then key('v:marks', string($e/@xml:id), root($e))[ancestor::tei:text] else ()"/>
  </xsl:function>

  <!-- Kind and glyph of a mark: from @rend (line-single, line-double) or its own text ("?", "!"). -->
  <xsl:function name="f:mark-kind" as="xs:string">
    <xsl:param name="m" as="element(tei:metamark)"/>
    <xsl:variable name="text" select="normalize-space($m)"/>
    <xsl:sequence select="
      if (contains($m/@rend, 'line-double')) then 'double'
      else if (contains($m/@rend, 'line-single') or contains($m/@rend, 'line')) then 'single'
      else if ($m/@rend = 'unspecified' and not($text)) then 'unspecified'
      else if ($text = '?') then 'question'
      else if ($text = '!') then 'exclamation'
      else if ($text) then 'other' else 'flag'"/>
  </xsl:function>

  <xsl:variable name="vp:mark-glyphs" as="map(xs:string, xs:string)"
    select="map{'single': '│', 'double': '‖', 'question': '?', 'exclamation': '!', 'flag': '•', 'other': '*', 'unspecified': '┃'}"/>
  <xsl:variable name="vp:mark-names" as="map(xs:string, xs:string)"
    select="map{'single': 'single vertical line', 'double': 'double vertical line', 'question': 'question mark',
      'exclamation': 'exclamation point', 'flag': 'mark', 'other': 'mark',
      'unspecified': 'line (form not stated)'}"/>

  <xsl:function name="f:mark-glyph" as="xs:string">
    <xsl:param name="m" as="element(tei:metamark)"/>
    <xsl:variable name="kind" select="f:mark-kind($m)"/>
    <xsl:sequence select="if ($kind = 'other') then normalize-space($m) else $vp:mark-glyphs($kind)"/>
  </xsl:function>

  <!-- Lines (single, double, form not stated) run along the whole marked passage; signs ("?",
       "!", other) stand beside its first line. -->
  <xsl:function name="f:mark-is-line" as="xs:boolean">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="$kind = ('single', 'double', 'unspecified')"/>
  </xsl:function>

  <!-- The CSS anchor name of a marked inline passage: the gutter line is as tall as the passage's
       lines (CSS Anchor Positioning; without it, the line is one line high). -->
  <xsl:function name="f:mark-anchor" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'--mk-' || translate(string($e/@xml:id), '.:', '__')"/>
  </xsl:function>

  <!-- On a marked inline passage: its anchor name (called where its attributes are written). -->
  <xsl:template name="t:mark-anchor">
    <xsl:if test="@xml:id and map:contains($v:marked-ids, string(@xml:id)) and exists(f:marks-on(.))">
      <xsl:attribute name="style" select="'anchor-name: ' || f:mark-anchor(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- Draw the marks on the context element ($placement: block = first child, running the block's
       height; inline = just before it, anchored to the passage's first and last line). Each mark is
       a link to the passage (keyboard-focusable; focus and hover highlight the passage, no script). -->
  <xsl:template name="t:marks">
    <xsl:param name="placement" as="xs:string"/>
    <xsl:variable name="marks" select="f:marks-on(.)"/>
    <xsl:if test="$marks">
      <xsl:variable name="id" select="string(@xml:id)"/>
      <xsl:variable name="what" select="if ($placement = 'block') then 'paragraph' else 'passage'"/>
      <xsl:variable name="notes" select="key('v:notes-on', $id)[@xml:id]"/>
      <xsl:variable name="target-cert" select="string(@cert)"/>
      <span class="marks marks-{$placement}">
        <xsl:if test="$placement = 'inline'"><xsl:attribute name="style" select="'position-anchor: ' || f:mark-anchor(.)"/></xsl:if>
        <xsl:for-each select="$marks">
          <xsl:variable name="kind" select="f:mark-kind(.)"/>
          <!-- The extent is uncertain when the mark or the marked passage says so. -->
          <xsl:variable name="uncertain" select="(@cert, $target-cert) = ('low', 'medium', 'unknown')"/>
          <a href="#{$id}" class="mark mark-{$kind}{' mark-line'[f:mark-is-line($kind)]}{' uncertain'[$uncertain]}"
             aria-label="Marginal mark: {$vp:mark-names($kind)}{' (extent uncertain)'[$uncertain]}; highlights the marked {$what}">
            <xsl:if test="$notes"><xsl:attribute name="aria-describedby" select="string-join($notes/@xml:id, ' ')"/></xsl:if>
            <xsl:if test="$notes"><xsl:attribute name="title" select="string-join($notes ! f:plain(.), ' ')"/></xsl:if>
            <xsl:if test="not(f:mark-is-line($kind))"><span aria-hidden="true">{f:mark-glyph(.)}</span></xsl:if>
          </a>
        </xsl:for-each>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- In place, a mark whose target is drawn elsewhere leaves nothing; one without a target we can
       draw is shown where it stands (its text is never lost). -->
  <xsl:template match="tei:metamark">
    <xsl:variable name="drawn" select="exists(f:local-targets(@target) ! key('v:ids', ., root(current()))[ancestor::tei:text])"/>
    <xsl:if test="not($drawn)">
      <span class="metamark mark-{f:mark-kind(.)}" title="marginal mark">{if (normalize-space(.)) then normalize-space(.) else f:mark-glyph(.)}</span>
    </xsl:if>
  </xsl:template>

  <!-- A legend of the marks used in this document. -->
  <xsl:template name="t:marks-legend">
    <xsl:variable name="marks" select="root()/descendant::tei:metamark[@target][ancestor::tei:text]"/>
    <xsl:if test="$marks">
      <div class="legend" role="note" aria-label="Legend of marginal marks">
        <p class="legend-title">Marks in the left margin, made by readers of the original. A line runs along the passage it marks; hover over or focus a mark to highlight the passage:</p>
        <ul>
          <xsl:for-each select="distinct-values($marks ! f:mark-kind(.))">
            <li><span class="mark mark-{.}{' mark-line'[f:mark-is-line(current())]} sample" aria-hidden="true"><xsl:if test="not(f:mark-is-line(.))">{$vp:mark-glyphs(.)}</xsl:if></span> {$vp:mark-names(.)}</li>
          </xsl:for-each>
          <xsl:if test="$marks[@cert = ('low', 'medium', 'unknown') or f:local-targets(@target) ! key('v:ids', ., root(current()))/@cert = ('low', 'medium', 'unknown')]">
            <li><span class="mark mark-single mark-line uncertain sample" aria-hidden="true"></span> dashed: the extent of the marked passage is uncertain</li>
          </xsl:if>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
