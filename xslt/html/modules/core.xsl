<?xml version="1.0" encoding="UTF-8"?>
<!-- Core TEI elements (paragraphs, highlighting, quotation, bibliography, milestones, tables)
     and the two shared wrappers t:block and t:inline, through which most elements render. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:v="https://teipipe.org/ns/variable"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- ==== shared wrappers ==== -->

  <!-- A block element: provenance attributes, marginal marks that point at it, then its content. -->
  <xsl:template name="t:block">
    <xsl:param name="name" as="xs:string" select="'div'"/>
    <xsl:param name="class" as="xs:string*" select="()"/>
    <!-- TEI nodes to render, or ready-made output in $content (which then wins). -->
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <!-- The paragraph's running number, looked up once (id, permalink). -->
    <xsl:variable name="para" as="xs:integer?" select="if (self::tei:p) then f:para-number(.) else ()"/>
    <xsl:element name="{$name}">
      <xsl:choose>
        <!-- The lean path: an element without the attributes that m:attributes and the marks read
             gets its class here, with no mode dispatch (this runs for most blocks). -->
        <xsl:when test="not(@xml:id or @rend or @type or @rendition or @xml:lang or $debug-paths)">
          <xsl:attribute name="class" select="if (empty($class)) then local-name() else string-join(distinct-values((local-name(), $class)), ' ')"/>
          <xsl:if test="exists($para) or (starts-with(local-name(), 'div') and string-length(local-name()) le 4)">
            <xsl:attribute name="id" select="if (exists($para)) then 'para-' || $para else f:html-id(.)"/>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="." mode="m:attributes">
            <xsl:with-param name="class" select="if (@rendition or (@xml:id and map:contains($v:marked-ids, string(@xml:id)))) then ($class, f:rendition-classes(.), 'marked'[exists(f:marks-on(current()))]) else $class"/>
          </xsl:apply-templates>
          <xsl:if test="not(@xml:id) and (exists($para) or (starts-with(local-name(), 'div') and string-length(local-name()) le 4))">
            <xsl:attribute name="id" select="if (exists($para)) then 'para-' || $para else f:html-id(.)"/>
          </xsl:if>
          <xsl:if test="@xml:id and map:contains($v:marked-ids, string(@xml:id))"><xsl:call-template name="t:marks"><xsl:with-param name="placement" select="'block'"/></xsl:call-template></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="exists($content)"><xsl:sequence select="$content"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="$nodes"/></xsl:otherwise>
      </xsl:choose>
      <!-- Numbered paragraphs end with a permalink (written here, not passed in as $content:
           content built in a variable is copied once more at every level; f:permalink is the same
           link for callers elsewhere). -->
      <xsl:if test="exists($para)">
        <a class="permalink" href="#{if (@xml:id) then string(@xml:id) else 'para-' || $para}" aria-label="Permalink to paragraph {$para}">¶</a>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- The lean paths for an element rendered as its content alone (most elements): without the
       attributes that m:attributes and the marks read (@rend, @type, @rendition, @xml:lang, and an
       @xml:id that a marginal mark points at), a span or div classed by the element's name (with its
       id) is written directly, with no typed parameters, computed name or mode dispatch; otherwise
       t:inline or t:block. In saxon-js every evaluated
       construct costs, and these run for most elements. -->
  <xsl:template name="t:span">
    <xsl:choose>
      <xsl:when test="not(@xml:id or @rend or @type or @rendition or @xml:lang or $debug-paths)">
        <span class="{local-name()}"><xsl:apply-templates/></span>
      </xsl:when>
      <!-- With an id that no marginal mark points at, the same plus the id. -->
      <xsl:when test="not(@rend or @type or @rendition or @xml:lang or $debug-paths or map:contains($v:marked-ids, string(@xml:id)))">
        <span class="{local-name()}" id="{@xml:id}"><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="t:inline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- (Not for p and div*: t:block gives those their numbers and ids.) -->
  <xsl:template name="t:div">
    <xsl:choose>
      <xsl:when test="not(@xml:id or @rend or @type or @rendition or @xml:lang or $debug-paths)">
        <div class="{local-name()}"><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:when test="not(@rend or @type or @rendition or @xml:lang or $debug-paths or map:contains($v:marked-ids, string(@xml:id)))">
        <div class="{local-name()}" id="{@xml:id}"><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="t:block"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An inline element: marks that point at it come just before it (they sit in the gutter). -->
  <xsl:template name="t:inline">
    <xsl:param name="name" as="xs:string" select="'span'"/>
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="title" as="xs:string?" select="()"/>
    <!-- TEI nodes to render, or ready-made output in $content (which then wins). -->
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <!-- A link around the content (a name linked to its register entry): written here rather than
         built as $content, which would be copied once more. -->
    <xsl:param name="href" as="xs:string?" select="()"/>
    <xsl:param name="link-id" as="xs:string?" select="()"/>
    <xsl:param name="link-title" as="xs:string?" select="()"/>
    <!-- The lean path: an element without the attributes that m:attributes and the marks read gets
         its class here, with no mode dispatch and no marks lookup (most inline elements). -->
    <xsl:variable name="plain" as="xs:boolean" select="not(@xml:id or @rend or @type or @rendition or @xml:lang or $debug-paths)"/>
    <xsl:variable name="marked" as="xs:boolean" select="not($plain) and exists(@xml:id) and map:contains($v:marked-ids, string(@xml:id))"/>
    <xsl:if test="$marked"><xsl:call-template name="t:marks"><xsl:with-param name="placement" select="'inline'"/></xsl:call-template></xsl:if>
    <xsl:element name="{$name}">
      <xsl:choose>
        <xsl:when test="$plain">
          <xsl:attribute name="class" select="if (empty($class)) then local-name() else string-join(distinct-values((local-name(), $class)), ' ')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="." mode="m:attributes">
            <xsl:with-param name="class" select="if (@rendition or $marked) then ($class, f:rendition-classes(.), 'marked'[exists(f:marks-on(current()))]) else $class"/>
          </xsl:apply-templates>
          <xsl:if test="$marked"><xsl:call-template name="t:mark-anchor"/></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="normalize-space($title)"><xsl:attribute name="title" select="normalize-space($title)"/></xsl:if>
      <xsl:choose>
        <xsl:when test="exists($content)"><xsl:sequence select="$content"/></xsl:when>
        <xsl:when test="exists($href)">
          <a href="{$href}">
            <xsl:if test="exists($link-id)"><xsl:attribute name="id" select="$link-id"/></xsl:if>
            <xsl:if test="exists($link-title)"><xsl:attribute name="title" select="$link-title"/></xsl:if>
            <xsl:apply-templates select="$nodes"/>
          </a>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="$nodes"/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- Classes from @rendition pointers whose CSS we recognise (never copied: document CSS could load resources). -->
  <xsl:function name="f:rendition-classes" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:for-each select="f:local-targets($e/@rendition)">
      <xsl:variable name="css" select="lower-case(string(key('v:ids', ., root($e))[self::tei:rendition]))"/>
      <xsl:sequence select="('align-right'[contains($css, 'text-align: right') or contains($css, 'text-align:right')],
        'align-center'[contains($css, 'text-align: center') or contains($css, 'text-align:center')],
        'italic'[contains($css, 'italic')], 'bold'[contains($css, 'bold')])"/>
    </xsl:for-each>
  </xsl:function>

  <!-- ==== elements, alphabetical ==== -->

  <xsl:template match="tei:ab | tei:argument | tei:epigraph | tei:postscript | tei:floatingText | tei:figure" priority="0">
    <xsl:call-template name="t:div"/>
  </xsl:template>

  <xsl:template match="tei:abbr">
    <!-- Inside a linked name in the text the link's title already says it: not repeated here. -->
    <!-- (f:register-label is called only for a name outside the text: most abbreviations sit in linked names in it.) -->
    <xsl:variable name="title" as="xs:string?" select="if (../self::tei:choice/tei:expan) then f:plain((../tei:expan)[1])
      else let $named := ancestor::*[@ref][1] return if ($named and not($named/ancestor::tei:text)) then f:register-label($named) else ()"/>
    <xsl:choose>
      <!-- The lean path (see t:span). -->
      <xsl:when test="not(@xml:id or @rend or @type or @rendition or @xml:lang or $debug-paths)">
        <!-- No class="abbr": the element's name says it (CSS selects abbr). -->
        <abbr>
          <xsl:if test="normalize-space($title)"><xsl:attribute name="title" select="normalize-space($title)"/></xsl:if>
          <xsl:apply-templates/>
        </abbr>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:inline">
          <xsl:with-param name="name" select="'abbr'"/>
          <xsl:with-param name="title" select="$title"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:bibl | tei:biblStruct | tei:title | tei:author | tei:editor | tei:pubPlace | tei:publisher | tei:biblScope | tei:edition | tei:measure | tei:num | tei:unit | tei:idno | tei:time | tei:term | tei:gloss | tei:soCalled | tei:distinct | tei:said | tei:desc | tei:docAuthor | tei:docDate | tei:docEdition | tei:docImprint | tei:imprimatur | tei:ident | tei:code | tei:formula | tei:interp | tei:span | tei:c | tei:w | tei:pc | tei:g | tei:s | tei:phr | tei:cl | tei:m | tei:seg | tei:mentioned | tei:dim | tei:height | tei:width | tei:depth | tei:catchwords | tei:signatures | tei:secFol | tei:locus | tei:origDate | tei:origPlace | tei:material | tei:objectType | tei:rubric | tei:incipit | tei:explicit | tei:colophon | tei:finalRubric | tei:textLang" priority="0">
    <xsl:call-template name="t:span"/>
  </xsl:template>

  <xsl:template match="tei:cit">
    <xsl:call-template name="t:inline"><xsl:with-param name="name" select="if (f:in-running-text(.)) then 'span' else 'blockquote'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:choice">
    <xsl:call-template name="t:inline">
      <!-- An abbreviation stays as printed (a translation's "Cde."), unless the expansion is an
           editor's (it contains ex): manuscript abbreviations are read expanded, the sign in the tooltip. -->
      <xsl:with-param name="nodes" select="(tei:corr, tei:reg, tei:expan[.//tei:ex], tei:abbr, tei:unclear, tei:seg, tei:sic, tei:orig, tei:expan)[1]"/>
      <xsl:with-param name="title" select="string-join((tei:orig[../tei:reg] ! ('original: ' || f:plain(.)), tei:sic[../tei:corr] ! ('source: ' || f:plain(.)),
        tei:abbr[../tei:expan//tei:ex] ! ('abbreviated: ' || f:plain(.)), tei:unclear[2] ! ('or: ' || f:plain(.)), tei:seg[2] ! ('or: ' || f:plain(.))), '; ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:date">
    <xsl:call-template name="t:span"/>
  </xsl:template>

  <xsl:template match="tei:emph | tei:foreign | tei:hi | tei:q" priority="0">
    <xsl:call-template name="t:phrase"/>
  </xsl:template>
  <!-- Emphasis, highlighting, foreign words, quotations. The lean path (see t:span) also takes one
       plain @rend token (hi rend="italic"): m:attributes would class it "hi italic". -->
  <xsl:template name="t:phrase">
    <xsl:choose>
      <xsl:when test="not(@xml:id or @type or @rendition or @xml:lang or $debug-paths) and (not(@rend)
        or (string-length(@rend) le 64 and @rend ne local-name() and translate(@rend, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', '') = ''
          and translate(@rend, '-_', '') ne ''))">
        <xsl:element name="{if (self::tei:emph) then 'em' else if (self::tei:q) then 'q' else 'span'}">
          <xsl:attribute name="class" select="if (@rend) then local-name() || ' ' || @rend else local-name()"/>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:inline">
          <xsl:with-param name="name" select="if (self::tei:emph) then 'em' else if (self::tei:q) then 'q' else 'span'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- No external resources: an image is described, never loaded: by its own description (desc,
       TEI Guidelines §14.4), else by its figure's (figDesc) when it is the figure's only image. A
       figDesc no image took is shown where it stands, so that no description is lost. -->
  <xsl:template match="tei:graphic | tei:media | tei:binaryObject" priority="0">
    <xsl:variable name="own" select="tei:desc[normalize-space()]"/>
    <span class="{local-name()}">[image<xsl:choose>
        <xsl:when test="exists($own)">: <xsl:for-each select="$own"><xsl:if test="position() gt 1">; </xsl:if><xsl:apply-templates/></xsl:for-each></xsl:when>
        <xsl:when test="f:takes-fig-desc(.)">: {normalize-space(../tei:figDesc)}</xsl:when>
      </xsl:choose>]</span>
  </xsl:template>
  <xsl:template match="tei:figDesc">
    <xsl:if test="normalize-space() and not(../(tei:graphic | tei:media | tei:binaryObject)[f:takes-fig-desc(.)])">
      <span class="figDesc">[figure: <xsl:apply-templates/>]</span>
    </xsl:if>
  </xsl:template>
  <xsl:function name="f:takes-fig-desc" as="xs:boolean">
    <xsl:param name="image" as="element()"/>
    <xsl:sequence select="empty($image/tei:desc[normalize-space()]) and count($image/../(tei:graphic | tei:media | tei:binaryObject)) eq 1
      and exists($image/../tei:figDesc[normalize-space()])"/>
  </xsl:function>

  <xsl:template match="tei:lb">
    <br class="lb"/>
  </xsl:template>

  <xsl:template match="tei:cb | tei:gb | tei:milestone | tei:anchor" priority="0">
    <span class="{local-name()}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="tei:p">
    <xsl:variable name="para" as="xs:integer?" select="f:para-number(.)"/>
    <xsl:choose>
      <!-- The lean path (see t:span): t:block's output for a paragraph without those attributes. -->
      <xsl:when test="exists($para) and not(@rend or @type or @rendition or @xml:lang or $debug-paths) and not(@xml:id and map:contains($v:marked-ids, string(@xml:id)))">
        <xsl:variable name="id" select="if (@xml:id) then string(@xml:id) else 'para-' || $para"/>
        <xsl:element name="{if (descendant::tei:list or descendant::tei:table or descendant::tei:lg or descendant::tei:sp or descendant::tei:figure or descendant::tei:floatingText or descendant::tei:cit[not(f:in-running-text(.))]) then 'div' else 'p'}">
          <xsl:attribute name="class" select="'p para'"/>
          <xsl:attribute name="id" select="$id"/>
          <xsl:apply-templates/>
          <a class="permalink" href="#{$id}" aria-label="Permalink to paragraph {$para}">¶</a>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="t:paragraph"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="t:paragraph">
    <xsl:call-template name="t:block">
      <!-- One name-tested step per kind (a predicate with seven tests ran at every descendant). -->
      <xsl:with-param name="name" select="if (descendant::tei:list or descendant::tei:table or descendant::tei:lg or descendant::tei:sp or descendant::tei:figure or descendant::tei:floatingText or descendant::tei:cit[not(f:in-running-text(.))]) then 'div' else 'p'"/>
      <xsl:with-param name="class" select="'para'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Paragraphs inside notes, headers and registers: plain, no permalink. -->
  <xsl:template match="tei:note//tei:p | tei:teiHeader//tei:p | tei:standOff//tei:p" priority="2">
    <xsl:call-template name="t:block"><xsl:with-param name="name" select="if (ancestor::tei:note[f:inline-note(.)]) then 'span' else 'p'"/></xsl:call-template>
  </xsl:template>

  <!-- A permalink at the end of every numbered paragraph. -->
  <xsl:function name="f:permalink" as="element()?">
    <xsl:param name="p" as="element()"/>
    <xsl:variable name="n" select="f:para-number($p)"/>
    <xsl:if test="exists($n)">
      <a class="permalink" href="#{f:html-id($p)}" aria-label="Permalink to paragraph {$n}">¶</a>
    </xsl:if>
  </xsl:function>

  <xsl:template match="tei:pb">
    <span class="pb" role="note" aria-label="page break">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:text>[page{(' ' || @n)[exists(current()/@n)]}{' (uncertain)'[current()/@cert = ('low', 'medium')]}]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="tei:quote">
    <xsl:variable name="source" select="(f:local-targets(@source) ! key('v:ids', ., root(current())))[1]"/>
    <xsl:call-template name="t:inline">
      <xsl:with-param name="name" select="if (f:in-running-text(.)) then 'q' else 'blockquote'"/>
      <xsl:with-param name="title" select="$source ! ('Source: ' || f:reading(.))"/>
    </xsl:call-template>
    <xsl:if test="$source and not(following-sibling::*[1] is $source)">
      <a class="quote-source" href="#{$source/@xml:id}" aria-label="Source of the quotation">[source]</a>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:table">
    <table>
      <xsl:apply-templates select="." mode="m:attributes"/>
      <xsl:for-each select="tei:head[1]"><caption><xsl:apply-templates/></caption></xsl:for-each>
      <tbody><xsl:apply-templates select="tei:row"/></tbody>
    </table>
  </xsl:template>
  <xsl:template match="tei:row"><tr><xsl:apply-templates select="tei:cell"/></tr></xsl:template>
  <xsl:template match="tei:cell">
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:if test="@cols"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="@rows"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- True when an element sits in running text (a paragraph, line, heading…) rather than between blocks. -->
  <xsl:function name="f:in-running-text" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::*[self::tei:p or self::tei:l or self::tei:head or self::tei:item or self::tei:seg or self::tei:note or self::tei:ab or self::tei:cell or self::tei:q or self::tei:quote or self::tei:label or self::tei:def or self::tei:dateline or self::tei:signed or self::tei:salute or self::tei:cit or self::tei:sense or self::tei:entry or self::tei:stage][1])"/>
  </xsl:function>
</xsl:stylesheet>
