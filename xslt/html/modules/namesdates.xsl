<?xml version="1.0" encoding="UTF-8"?>
<!-- Names: linked to their register entry (in this page) or, for web identifiers, to the web. -->
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

  <!-- The names whose occurrences the registers list (the counters' sixth item): told so here, not
       found out again with seven self:: tests. -->
  <xsl:template match="tei:persName | tei:orgName | tei:placeName | tei:name | tei:rs | tei:geogName" priority="0">
    <xsl:call-template name="t:name-link"><xsl:with-param name="occurrence" select="true()"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:roleName | tei:addName | tei:forename | tei:surname | tei:genName | tei:nameLink | tei:settlement | tei:region | tei:country | tei:district | tei:bloc | tei:occupation | tei:affiliation | tei:birth | tei:death | tei:sex | tei:age | tei:nationality | tei:faith | tei:residence | tei:education | tei:state | tei:trait | tei:event | tei:email" priority="0">
    <xsl:call-template name="t:name-link"/>
  </xsl:template>

  <xsl:template match="tei:text//tei:title[@ref]" priority="2">
    <xsl:call-template name="t:name-link"><xsl:with-param name="occurrence" select="true()"/></xsl:call-template>
  </xsl:template>

  <!-- Inside a link already (e.g. a name in a ref), or in the header: no nested links. A link's title
       is the entry's label (the name, with an office or the full form of an abbreviation), left out
       when it is the name's own text, which the reader and the link's accessible name already have. -->
  <!-- The cheap tests come first: most names (in the header, in registers, without @ref) are plain. -->
  <xsl:template name="t:name-link">
    <!-- Whether the element is one of the seven names whose occurrences are numbered (a
         customisation calling this template without the parameter gets the test). -->
    <xsl:param name="occurrence" as="xs:boolean" select="exists(self::tei:persName | self::tei:orgName | self::tei:placeName | self::tei:name | self::tei:rs | self::tei:title | self::tei:geogName)"/>
    <xsl:choose>
      <!-- Name-tested steps, and the @ref test before the five names: a predicate with seven tests
           ran at every ancestor of every name. -->
      <xsl:when test="not(@ref) or not(ancestor::tei:text) or ancestor::tei:ref or ancestor::tei:ptr
        or ancestor::*[@ref][self::tei:persName or self::tei:orgName or self::tei:placeName or self::tei:name or self::tei:rs]">
        <xsl:call-template name="t:span"/>
      </xsl:when>
      <!-- The usual @ref, exactly '#id' of a register entry (the lean path below, with the lookups
           done once per document): one lookup gives the label, and the link's target is @ref itself. -->
      <xsl:when test="map:contains($vp:ref-labels, string(@ref)) and not(@xml:id or @rend or @type or @rendition or @xml:lang or $debug-paths)">
        <xsl:variable name="ref" as="xs:string" select="string(@ref)"/>
        <span class="{local-name()}">
          <a href="{$ref}">
            <xsl:if test="$occurrence">
              <xsl:attribute name="id" select="'occ-' || accumulator-before('vp:counters')[6]"/>
            </xsl:if>
            <xsl:variable name="label" as="xs:string" select="$vp:ref-labels($ref)"/>
            <xsl:if test="$label ne normalize-space(.)"><xsl:attribute name="title" select="$label"/></xsl:if>
            <xsl:apply-templates/>
          </a>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="ref" select="normalize-space(@ref)"/>
        <!-- One '#id' (the usual case) without tokenising; else every local target, in order. -->
        <xsl:variable name="entry" select="if (starts-with($ref, '#') and not(contains($ref, ' '))) then $vp:first-linkables(substring($ref, 2))
          else (f:local-targets(@ref) ! key('v:ids', ., root(current())))[self::tei:person or self::tei:personGrp or self::tei:org or self::tei:place or self::tei:bibl][1]"/>
        <xsl:variable name="web" select="if ($entry) then () else (f:tokens(@ref) ! f:safe-href(.))[starts-with(., 'http:') or starts-with(., 'https:')][1]"/>
        <xsl:choose>
          <xsl:when test="not($entry or $web)">
            <xsl:call-template name="t:span"/>
          </xsl:when>
          <xsl:when test="$entry[self::tei:bibl]">
            <xsl:call-template name="t:inline"><xsl:with-param name="title" select="f:reading($entry)[. ne normalize-space(current())]"/></xsl:call-template>
          </xsl:when>
          <!-- The lean path (see t:span in core.xsl): t:inline's output for a linked name without
               the attributes m:attributes reads. -->
          <xsl:when test="not(@xml:id or @rend or @type or @rendition or @xml:lang or $debug-paths)">
            <span class="{local-name()}">
              <a href="{if ($entry) then '#' || $entry/@xml:id else $web}">
                <xsl:if test="$occurrence">
                  <xsl:attribute name="id" select="'occ-' || accumulator-before('vp:counters')[6]"/>
                </xsl:if>
                <xsl:if test="$entry">
                  <xsl:variable name="label" as="xs:string?" select="let $id := string($entry/@xml:id) return if (map:contains($v:register-labels, $id)) then $v:register-labels($id) else f:register-label($entry)"/>
                  <xsl:if test="$label ne normalize-space(.)"><xsl:attribute name="title" select="$label"/></xsl:if>
                </xsl:if>
                <xsl:apply-templates/>
              </a>
            </span>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="t:inline">
              <xsl:with-param name="href" select="if ($entry) then '#' || $entry/@xml:id else $web"/>
              <xsl:with-param name="link-id" select="if ($occurrence) then 'occ-' || accumulator-before('vp:counters')[6] else ()"/>
              <xsl:with-param name="link-title" select="if ($entry) then (let $id := string($entry/@xml:id) return if (map:contains($v:register-labels, $id)) then $v:register-labels($id) else f:register-label($entry))[. ne normalize-space(current())] else ()"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A short label for a register entry or a name pointing at one: preferred name + occupation. -->
  <xsl:function name="f:register-label" as="xs:string?">
    <xsl:param name="e" as="element()?"/>
    <xsl:variable name="entry" select="if ($e[self::tei:person or self::tei:personGrp or self::tei:org or self::tei:place]) then $e
      else (f:local-targets($e/@ref) ! key('v:ids', ., root($e)))[1]"/>
    <xsl:variable name="name" select="($entry/*[self::tei:persName or self::tei:orgName or self::tei:placeName or self::tei:name][not(@type = ('abbr', 'translit'))], $entry/*[self::tei:persName or self::tei:orgName or self::tei:placeName or self::tei:name])[1]"/>
    <xsl:sequence select="if ($entry) then string-join((f:reading($name), $entry/*[self::tei:occupation or self::tei:roleName][1] ! f:reading(.)), ', ') else ()"/>
  </xsl:function>
</xsl:stylesheet>
