<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes. The translator's notes stay where the translation prints them, in brackets with the
     label regenerated; every other note (and every project correction) becomes a numbered
     footnote with a back-link. Numbers come from the accumulator behind f:footnote-number. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:vp="https://teipipe.org/ns/variable/private"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:mode name="m:note-body" on-no-match="shallow-skip"/>

  <!-- A note, by its kind (f:note-kind, decided once here):
       'inline' – printed in the running text by the source: in brackets where it stands;
       'margin' – printed in a margin: beside the text, in the right-hand margin on wide screens and
                  as a boxed aside on narrow ones; its side is said in words;
       otherwise, in the text, a numbered reference here and the note itself in a notes section
       ("Notes" for the document's own, labelled by @n; "Editorial notes" for the project's);
       outside the text (header, registers), shown where it stands. -->
  <xsl:template match="tei:note">
    <!-- In the text, the kind the counters recorded for this note (f:note-kind's, once per note). -->
    <xsl:variable name="counters" as="xs:integer*" select="if (ancestor::tei:text) then accumulator-before('vp:counters') else ()"/>
    <xsl:variable name="kind" as="xs:string" select="(('editorial', 'source', 'margin', 'inline')[$counters[7]], f:note-kind(.))[1]"/>
    <xsl:choose>
      <xsl:when test="$kind = 'inline'">
        <xsl:call-template name="t:inline">
          <xsl:with-param name="name" select="if (descendant::*[self::tei:p or self::tei:list or self::tei:lg]) then 'div' else 'span'"/>
          <xsl:with-param name="class" select="'note-inline'"/>
          <xsl:with-param name="content" as="node()*">
            <span class="bracket">[</span>
            <xsl:if test="@type = 'translator'"><span class="note-label">Translator’s note: </span></xsl:if>
            <xsl:apply-templates/>
            <span class="bracket">]</span>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$kind = 'margin'">
        <xsl:variable name="side" select="f:margin-side(.)"/>
        <xsl:call-template name="t:inline">
          <xsl:with-param name="class" select="'note-margin'"/>
          <xsl:with-param name="content" as="node()*">
            <span class="note-label">{if ($side) then 'In the ' || $side || ' margin' else 'In the margin'}: </span>
            <xsl:apply-templates/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="empty($counters)">
        <xsl:call-template name="t:span"/>
      </xsl:when>
      <xsl:when test="$kind = 'editorial'">
        <xsl:call-template name="t:noteref"><xsl:with-param name="n" select="$counters[1]"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="source" select="$counters[2]"/>
        <xsl:variable name="label" select="if (normalize-space(@n)) then normalize-space(@n) else string($source)"/>
        <sup class="noteref"><a id="noteref-{$source}" href="#note-{$source}" aria-label="Note {$label}">{$label}</a></sup>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The in-text reference to editorial note $n. -->
  <xsl:template name="t:noteref">
    <xsl:param name="n" as="xs:integer?"/>
    <xsl:if test="exists($n)">
      <sup class="noteref"><a id="fnref-{$n}" href="#fn-{$n}" aria-label="Editorial note {$n}">{$n}</a></sup>
    </xsl:if>
  </xsl:template>

  <!-- The notes, after the text: the document's own, then the project's. -->
  <xsl:template name="t:footnotes">
    <!-- The counters after the document say which lists there are: no scan for an empty one. -->
    <xsl:variable name="totals" as="xs:integer*" select="root()/*/accumulator-after('vp:counters')"/>
    <xsl:variable name="source" select="if ($totals[2] gt 0) then root()/descendant::tei:note[ancestor::tei:text][accumulator-before('vp:counters')[7] eq 2] else ()"/>
    <xsl:if test="$source">
      <section class="footnotes" aria-labelledby="source-notes-heading">
        <h2 id="source-notes-heading">Notes</h2>
        <ul class="plain">
          <xsl:for-each select="$source">
            <xsl:variable name="n" select="accumulator-before('vp:counters')[2]"/>
            <xsl:variable name="label" select="if (normalize-space(@n)) then normalize-space(@n) else string($n)"/>
            <li id="note-{$n}">
              <span class="note-n">{$label}</span>
              <xsl:text> </xsl:text>
              <xsl:if test="@xml:id"><span id="{@xml:id}"/></xsl:if>
              <xsl:apply-templates select="." mode="m:note-body"/>
              <xsl:text> </xsl:text>
              <a class="backlink" href="#noteref-{$n}" aria-label="Back to the text at note {$label}">↩</a>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
    <xsl:variable name="notes" select="if ($totals[1] gt 0) then root()/(descendant::tei:note[accumulator-before('vp:counters')[7] eq 1] | descendant::tei:choice[tei:sic and tei:corr])[ancestor::tei:text] else ()"/>
    <xsl:if test="$notes">
      <section class="footnotes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Editorial notes</h2>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="n" select="accumulator-before('vp:counters')[1]"/>
            <li id="fn-{$n}" value="{$n}">
              <xsl:choose>
                <xsl:when test="self::tei:choice">{f:source-reading(.)}</xsl:when>
                <xsl:otherwise>
                  <xsl:if test="@xml:id"><span id="{@xml:id}"/></xsl:if>
                  <xsl:apply-templates select="." mode="m:note-body"/>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:text> </xsl:text>
              <a class="backlink" href="#fnref-{$n}" aria-label="Back to the text at note {$n}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
    <xsl:if test="$totals[3] gt 0"><xsl:call-template name="t:apparatus"/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:note" mode="m:note-body">
    <xsl:apply-templates mode="m:html"/>
    <xsl:if test="@cert = ('low', 'medium')"> (uncertain)</xsl:if>
  </xsl:template>
</xsl:stylesheet>
