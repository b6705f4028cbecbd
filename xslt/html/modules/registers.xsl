<?xml version="1.0" encoding="UTF-8"?>
<!-- The registers (persons, organisations, places) in an aside, each entry with back-links to
     where it occurs in the text. Entries keep their xml:id, so names in the text link to them. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:vp="https://teipipe.org/ns/variable/private"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:mode name="m:register" on-no-match="shallow-skip"/>

  <!-- The standOff and header lists are shown here, not in the text flow. -->
  <xsl:template match="tei:standOff | tei:facsimile | tei:sourceDoc" priority="0"/>

  <xsl:template name="t:registers">
    <xsl:if test="exists($v:register-entries)">
      <aside class="registers" aria-labelledby="registers-heading">
        <h2 id="registers-heading">Registers</h2>
        <xsl:for-each-group select="$v:register-entries" group-by="f:register-kind(.)">
          <section class="register register-{current-grouping-key()}" aria-labelledby="reg-{current-grouping-key()}">
            <h3 id="reg-{current-grouping-key()}">{map{'person': 'Persons', 'org': 'Organisations', 'place': 'Places'}(current-grouping-key())}</h3>
            <ul>
              <xsl:apply-templates select="current-group()" mode="m:register"/>
            </ul>
          </section>
        </xsl:for-each-group>
      </aside>
    </xsl:if>
  </xsl:template>

  <xsl:function name="f:register-kind" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/self::tei:org) then 'org' else if ($e/self::tei:place) then 'place' else 'person'"/>
  </xsl:function>

  <xsl:template match="*" mode="m:register">
    <!-- The key holds only numbered occurrences (the accumulator's names rule): no f:occurrence-number test below. -->
    <xsl:variable name="occurrences" select="key('v:name-refs', string(@xml:id))"/>
    <li id="{@xml:id}" class="entry">
      <!-- The label computed for the names' titles, unless another entry has the same id. -->
      <span class="entry-name">{if ($vp:first-entries(string(@xml:id)) is .) then $v:register-labels(string(@xml:id)) else f:register-label(.)}</span>
      <xsl:variable name="other-names" select="(tei:persName | tei:orgName | tei:placeName)[position() gt 1]"/>
      <xsl:if test="$other-names"> <span class="entry-alt"> ({string-join($other-names ! f:reading(.), '; ')})</span></xsl:if>
      <xsl:for-each select="tei:note"><span class="entry-note"> — <xsl:apply-templates mode="m:html"/>{' (uncertain)'[current()/@cert = ('low', 'medium')]}</span></xsl:for-each>
      <xsl:choose>
        <xsl:when test="$occurrences">
          <span class="occurrences"><xsl:text> — occurs: </xsl:text>
            <xsl:for-each select="$occurrences">
              <xsl:if test="position() gt 1">, </xsl:if>
              <a href="#occ-{accumulator-before('vp:counters')[6]}">{f:occurrence-label(.)}</a>
            </xsl:for-each>
          </span>
        </xsl:when>
        <xsl:otherwise><span class="occurrences"> — named only in the document description</span></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- Where a name occurs: "¶ 7" for a numbered paragraph, else the part of the document. -->
  <xsl:function name="f:occurrence-label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <!-- The nearest numbered paragraph (f:para-number's test, inline). -->
    <xsl:variable name="p" select="$e/ancestor::tei:p[ancestor::tei:text][not(ancestor::tei:note)][1]"/>
    <xsl:sequence select="if ($p) then '¶ ' || $p/accumulator-before('vp:counters')[4]
      else let $part := $e/ancestor::*[self::tei:opener or self::tei:closer or self::tei:list or self::tei:note or self::tei:head or self::tei:dateline][1]
        return if ($part/self::tei:note) then 'note' else if ($part) then local-name($part) else 'text'"/>
  </xsl:function>
</xsl:stylesheet>
