<?xml version="1.0" encoding="UTF-8"?>
<!-- Manuscript descriptions: a section with the identifier as its heading and each part
     (contents, physical description, history, additional) as a labelled block. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:vp="https://teipipe.org/ns/variable/private"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:variable name="vp:msdesc-labels" as="map(xs:string, xs:string)" select="map{
    'msContents': 'Contents', 'physDesc': 'Physical description', 'history': 'History', 'additional': 'Additional information',
    'msPart': 'Part', 'msFrag': 'Fragment', 'objectDesc': 'Object', 'handDesc': 'Hands', 'decoDesc': 'Decoration',
    'additions': 'Additions', 'bindingDesc': 'Binding', 'sealDesc': 'Seals', 'accMat': 'Accompanying material',
    'origin': 'Origin', 'provenance': 'Provenance', 'acquisition': 'Acquisition', 'msItem': 'Item',
    'supportDesc': 'Support', 'layoutDesc': 'Layout', 'scriptDesc': 'Script', 'musicNotation': 'Music notation',
    'adminInfo': 'Administrative information', 'surrogates': 'Surrogates', 'listBibl': 'Bibliography'}"/>

  <!-- In the header the msDesc is the original of this edition, under the h2 "Document Information". In the
       text it is a manuscript the text describes: named as such (numbered when the text describes several, so
       that each section is a landmark of its own), with its heading one level below the division it stands in. -->
  <xsl:template match="tei:msDesc">
    <xsl:variable name="cited" select="f:citation(tei:msIdentifier)"/>
    <xsl:variable name="in-text" select="exists(ancestor::tei:text)"/>
    <xsl:variable name="described" select="if ($in-text) then ancestor::tei:text[1]//tei:msDesc else ()"/>
    <xsl:variable name="name" select="(tei:msIdentifier/(tei:msName, tei:objectName, tei:altIdentifier/tei:idno) ! normalize-space())[. ne ''][1]"/>
    <xsl:variable name="label" select="if ($in-text)
      then 'Manuscript described' || (' ' || (1 + count($described[. &lt;&lt; current()])))[count($described) gt 1] || ((': ' || ($cited[normalize-space()], $name)[1])[exists(($cited[normalize-space()], $name))])
      else 'Description of the original' || (': ' || $cited)[normalize-space($cited)]"/>
    <section class="msDesc" aria-label="{if ($in-text) then $label else 'Description of the original'}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:element name="{if ($in-text) then 'h' || min((6, 2 + count(ancestor::tei:div))) else 'h3'}">{$label}</xsl:element>
      <dl class="ms-parts">
        <xsl:apply-templates select="tei:msIdentifier[*]" mode="m:ms-identifier"/>
        <xsl:apply-templates select="* except tei:msIdentifier"/>
      </dl>
    </section>
  </xsl:template>

  <!-- The identifier (TEI Guidelines §10.4): where the manuscript is and its number on one line,
       then each other identifier (altIdentifier: a former or partial shelfmark, with its type and
       note) and each name it is known by (msName, objectName), every part labelled; no line for a
       part the identifier lacks. -->
  <xsl:mode name="m:ms-identifier" on-no-match="shallow-skip"/>
  <xsl:template match="tei:msIdentifier" mode="m:ms-identifier">
    <xsl:variable name="main" select="string-join(((tei:placeName, tei:bloc, tei:country, tei:region, tei:settlement, tei:district, tei:geogName, tei:institution) ! f:plain(.), f:citation(.))[normalize-space(.)], ', ')"/>
    <xsl:if test="$main">
      <div><dt>Identifier</dt><dd class="msIdentifier">{$main}</dd></div>
    </xsl:if>
    <xsl:apply-templates select="tei:altIdentifier | tei:msName | tei:objectName" mode="m:ms-identifier"/>
  </xsl:template>
  <xsl:template match="tei:altIdentifier" mode="m:ms-identifier">
    <div>
      <dt>Other identifier{@type ! (' (' || translate(., '-_', '  ') || ')')}</dt>
      <dd class="altIdentifier">{string-join((* except tei:note) ! f:plain(.)[. ne ''], ', ')}<xsl:for-each select="tei:note[normalize-space()]"> (<xsl:apply-templates/>)</xsl:for-each></dd>
    </div>
  </xsl:template>
  <xsl:template match="tei:msName | tei:objectName" mode="m:ms-identifier">
    <div>
      <dt>{if (self::tei:objectName) then 'Object name' else 'Name'}{@type ! (' (' || translate(., '-_', '  ') || ')')}</dt>
      <dd><xsl:call-template name="t:span"/></dd>
    </div>
  </xsl:template>

  <xsl:template match="tei:msDesc/* | tei:physDesc/* | tei:history/* | tei:additional/* | tei:msContents/tei:msItem | tei:msPart | tei:msFrag" priority="1.5">
    <xsl:choose>
      <xsl:when test="parent::tei:msDesc or parent::tei:msPart or parent::tei:msFrag">
        <div>
          <dt>{($vp:msdesc-labels(local-name()), local-name())[1]}</dt>
          <dd class="{local-name()}"><xsl:apply-templates/></dd>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <div class="{local-name()}">
          <span class="part-label">{($vp:msdesc-labels(local-name()), local-name())[1]}: </span>
          <xsl:apply-templates/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Date and place of origin (§10.8): the date in words, with its value for machines; written side
       by side in an origin without prose, they are separated by a comma. -->
  <xsl:template match="tei:origDate" priority="1">
    <xsl:if test="preceding-sibling::node()[1][self::element()]">, </xsl:if>
    <time class="origDate">
      <xsl:if test="@when castable as xs:date or @when castable as xs:gYearMonth or @when castable as xs:gYear"><xsl:attribute name="datetime" select="@when"/></xsl:if>
      <!-- its own words with their markup ("s. xiii<hi rend='sup'>1</hi>"), else the value in words -->
      <xsl:choose>
        <xsl:when test="f:orig-date(.) = normalize-space(.)"><xsl:apply-templates/></xsl:when>
        <xsl:otherwise>{f:orig-date(.)}</xsl:otherwise>
      </xsl:choose>
    </time>
  </xsl:template>
  <xsl:template match="tei:origPlace" priority="1">
    <xsl:if test="preceding-sibling::node()[1][self::element()]">, </xsl:if>
    <xsl:call-template name="t:span"/>
  </xsl:template>

  <xsl:template match="tei:msIdentifier | tei:msContents | tei:summary | tei:handNote | tei:decoNote | tei:origin | tei:provenance | tei:acquisition | tei:support | tei:extent | tei:foliation | tei:collation | tei:condition | tei:layout | tei:binding | tei:seal | tei:custEvent | tei:recordHist | tei:availability | tei:custodialHist | tei:source | tei:msName | tei:altIdentifier | tei:repository | tei:collection | tei:institution | tei:scriptNote | tei:typeNote | tei:musicNotation | tei:watermark | tei:supportDesc | tei:layoutDesc | tei:scriptDesc | tei:msItem/* | tei:quote[ancestor::tei:msDesc]" priority="1">
    <xsl:call-template name="t:inline"><xsl:with-param name="name" select="if (descendant::tei:p) then 'div' else 'span'"/></xsl:call-template>
    <xsl:text> </xsl:text>
  </xsl:template>
</xsl:stylesheet>
