<?xml version="1.0" encoding="UTF-8"?>
<!-- Block layout (mode m:text) for text structure: divisions, paragraphs, heads, openers and
     closers, lists, and the generic flow every container falls back to. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- Containers: their children, laid out by t:flow. -->
  <xsl:template mode="m:text" match="tei:text | tei:body | tei:front | tei:back | tei:group
      | tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7
      | tei:floatingText | tei:argument | tei:epigraph | tei:postscript | tei:titlePage | tei:docTitle
      | tei:sourceDoc | tei:surface | tei:zone | tei:surfaceGrp
      | tei:cit | tei:spGrp | tei:castList | tei:castGroup | tei:listBibl | tei:listPerson
      | tei:listPlace | tei:listOrg | tei:listEvent | tei:person | tei:place | tei:org | tei:event
      | tei:msDesc | tei:msContents | tei:msItem | tei:msPart | tei:physDesc | tei:history
      | tei:additional | tei:app | tei:listApp | tei:listWit | tei:abstract | tei:handDesc
      | tei:handNote | tei:additions | tei:origin | tei:provenance | tei:acquisition | tei:decoDesc
      | tei:decoNote | tei:bindingDesc | tei:binding | tei:sealDesc | tei:seal | tei:accMat
      | tei:objectDesc | tei:supportDesc | tei:support | tei:layoutDesc | tei:layout | tei:typeDesc
      | tei:typeNote | tei:scriptDesc | tei:scriptNote | tei:musicNotation | tei:foliation
      | tei:collation | tei:condition | tei:custodialHist | tei:custEvent | tei:recordHist
      | tei:source | tei:availability | tei:licence | tei:surrogates | tei:msFrag | tei:adminInfo
      | tei:listRelation | tei:relation | tei:biblFull | tei:listNym | tei:nym | tei:witness" priority="0">
    <xsl:call-template name="t:flow">
      <xsl:with-param name="paragraph" select="false()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Paragraph-like elements: one paragraph unless they contain blocks. -->
  <xsl:template mode="m:text" match="tei:p | tei:ab | tei:quote | tei:said | tei:u" priority="0">
    <xsl:call-template name="t:flow"/>
  </xsl:template>

  <!-- Phrase-level elements (and forme work) met in a block context make a block of their own. -->
  <xsl:template mode="m:text" priority="-0.5" match="*[map:contains($v:inline-set, local-name())] | tei:fw">
    <xsl:call-template name="t:block">
      <xsl:with-param name="nodes" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- Line-like parts: one block each. -->
  <xsl:template mode="m:text" match="tei:head | tei:byline | tei:dateline | tei:docAuthor | tei:docDate | tei:docEdition
      | tei:docImprint | tei:titlePart | tei:trailer | tei:salute | tei:signed | tei:bibl
      | tei:biblStruct | tei:label | tei:msIdentifier | tei:stage | tei:speaker" priority="0">
    <xsl:call-template name="t:block"/>
  </xsl:template>

  <!-- Elements whose content never appears as text. -->
  <xsl:template mode="m:text" match="tei:lb | tei:pb | tei:cb | tei:milestone | tei:anchor
      | tei:metamark | tei:index | tei:interp | tei:interpGrp | tei:link | tei:linkGrp | tei:join
      | tei:alt | tei:altGrp | tei:spanGrp | tei:span | tei:timeline | tei:fs | tei:fLib | tei:graphic
      | tei:media | tei:binaryObject | tei:certainty | tei:precision | tei:respons | tei:standOff
      | tei:facsimile | tei:teiHeader" priority="0"/>

  <!-- Anything else: report it once (the policy of ../common/unhandled.xsl) and lay out its
       content, so that no text is lost. -->
  <xsl:template mode="m:text" match="*" priority="-1">
    <xsl:call-template name="t:unhandled"/>
    <xsl:call-template name="t:flow">
      <xsl:with-param name="paragraph" select="false()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Lay out $nodes: one block when they are all phrase-level; otherwise runs of text become
       paragraphs and block children lay themselves out. -->
  <xsl:template name="t:flow">
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <xsl:param name="tight" as="xs:boolean" select="false()"/>
    <!-- false for containers: element-only content then gives one block per child -->
    <xsl:param name="paragraph" as="xs:boolean" select="true()"/>
    <xsl:variable name="mixed" select="exists($nodes[self::text()][normalize-space()])"/>
    <xsl:choose>
      <xsl:when test="not($paragraph) and not($mixed) and exists($nodes[self::*])">
        <xsl:apply-templates select="$nodes[self::*]" mode="m:text"/>
      </xsl:when>
      <!-- f:is-block inlined as a filter: a function call per node is costly in saxon-js (the two
           name sets are disjoint, so a phrase-level name is settled by one lookup) -->
      <xsl:when test="empty($nodes[self::*][not(map:contains($v:inline-set, local-name()))][map:contains($v:block-set, local-name())
            or descendant::*[map:contains($v:block-set, local-name())]])">
        <xsl:call-template name="t:block">
          <xsl:with-param name="nodes" select="$nodes"/>
          <xsl:with-param name="tight" select="$tight"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$mixed">
        <xsl:for-each-group select="$nodes" group-adjacent="f:is-block(.)">
          <xsl:choose>
            <xsl:when test="current-grouping-key()">
              <xsl:apply-templates select="current-group()" mode="m:text"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="t:block">
                <xsl:with-param name="nodes" select="current-group()"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$nodes[self::*]" mode="m:text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Opener: each part on a line of its own (classification, copy, stamp, letterhead…). -->
  <xsl:template mode="m:text" match="tei:opener | tei:closer | tei:address" priority="0">
    <xsl:choose>
      <xsl:when test="text()[normalize-space()]">
        <xsl:call-template name="t:block"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="* except (tei:lb | tei:pb | tei:cb)">
          <xsl:call-template name="t:block">
            <xsl:with-param name="nodes" select="."/>
            <!-- two signature blocks side by side in the source: a blank line between them -->
            <xsl:with-param name="tight" select="position() gt 1 and not(self::tei:signed
              and preceding-sibling::*[not(self::tei:lb)][1][self::tei:signed])"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Lists: the head, then one line per item ("label – item", or a bullet in the reading profile). -->
  <xsl:template mode="m:text" match="tei:list">
    <xsl:variable name="numbered" select="@type = ('ordered', 'numbered') or contains(@rend, 'numbered')"/>
    <xsl:apply-templates select="tei:head" mode="m:text"/>
    <xsl:for-each select="tei:item">
      <xsl:variable name="label" select="preceding-sibling::*[1][self::tei:label]"/>
      <xsl:variable name="prefix" select="
        if ($label) then f:inline-string($label/node()) || ' – '
        else if (not($reading)) then ''
        else if ($numbered and f:self-numbered(.)) then ''
        else if ($numbered) then (@n, position())[1] || '. '
        else '* '"/>
      <xsl:variable name="blocks" as="element(b:block)*">
        <xsl:call-template name="t:flow"/>
      </xsl:variable>
      <xsl:sequence select="f:prefix-blocks($blocks, $prefix, position() gt 1 or exists(../tei:head) or exists(../parent::tei:item))"/>
    </xsl:for-each>
    <xsl:apply-templates select="* except (tei:head | tei:item | tei:label)" mode="m:text"/>
  </xsl:template>

  <!-- Shelfmarks and manuscript items: one line, their parts separated by commas. -->
  <xsl:template mode="m:text" match="tei:msIdentifier | tei:msItem[not(tei:msItem | tei:p)]" priority="1">
    <b:block tight="false" indent="0" prefix="">
      <xsl:for-each select="*">
        <xsl:if test="position() gt 1">
          <xsl:text>, </xsl:text>
        </xsl:if>
        <xsl:apply-templates select="node()" mode="m:inline"/>
      </xsl:for-each>
    </b:block>
  </xsl:template>

  <!-- Items and labels outside a list. -->
  <xsl:template mode="m:text" match="tei:item">
    <xsl:call-template name="t:flow"/>
  </xsl:template>

  <!-- Give the first of $blocks a prefix (its later lines hang under it) and indent the others
       by the prefix's width, so nested content lines up under the item. Empty blocks (an element
       without text, such as addSpan) are dropped first: the layout drops them, and the prefix
       (a speaker, a label) would be lost with them. -->
  <xsl:function name="f:prefix-blocks" as="element(b:block)*">
    <xsl:param name="blocks" as="element(b:block)*"/>
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:param name="tight" as="xs:boolean"/>
    <xsl:for-each select="$blocks[normalize-space(translate(., $f:break, ' '))]">
      <b:block tight="{if (position() eq 1) then $tight else @tight}"
        indent="{if (position() eq 1) then @indent else xs:integer(@indent) + string-length($prefix)}"
        prefix="{if (position() eq 1) then $prefix || @prefix else @prefix}">{string(.)}</b:block>
    </xsl:for-each>
  </xsl:function>

  <!-- The inline rendering of an element as a string (labels, speakers). -->
  <xsl:function name="f:inline-string" as="xs:string">
    <xsl:param name="e" as="node()*"/>
    <xsl:variable name="s" as="xs:string*">
      <xsl:apply-templates select="$e" mode="m:inline"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(replace(string-join($s, ''), $f:break, ' '))"/>
  </xsl:function>
</xsl:stylesheet>
