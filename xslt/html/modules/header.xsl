<?xml version="1.0" encoding="UTF-8"?>
<!-- The teiHeader as a metadata panel (top of the page) and a "Document Information" block
     (end of the text). Fields are looked up generically so that any TEI header yields something. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:mode name="m:metadata" on-no-match="shallow-skip"/>
  <xsl:mode name="m:document-information" on-no-match="shallow-skip"/>

  <!-- The panel under the title: what the document is (catalogue title, date, author, citation,
       type). Omitted when the header says none of it; no field is repeated further down. -->
  <xsl:template match="tei:teiHeader" mode="m:metadata">
    <xsl:variable name="fields" as="element()*">
      <xsl:call-template name="t:fields"><xsl:with-param name="full" select="false()"/></xsl:call-template>
    </xsl:variable>
    <xsl:if test="$fields">
      <section class="metadata" aria-label="About this document"><dl class="fields"><xsl:sequence select="$fields"/></dl></section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:teiHeader" mode="m:document-information">
    <xsl:variable name="section" as="element()">
    <section class="document-information" aria-labelledby="docinfo-heading">
      <h2 id="docinfo-heading">Document Information</h2>
      <xsl:for-each select="tei:profileDesc/tei:abstract">
        <section class="abstract" aria-labelledby="abstract-heading">
          <h3 id="abstract-heading">Archive summary</h3>
          <xsl:apply-templates mode="m:html"/>
        </section>
      </xsl:for-each>
      <xsl:variable name="fields" as="element()*">
        <xsl:call-template name="t:fields"><xsl:with-param name="full" select="true()"/></xsl:call-template>
      </xsl:variable>
      <xsl:if test="$fields"><dl class="fields"><xsl:sequence select="$fields"/></dl></xsl:if>
      <xsl:for-each select="tei:fileDesc/tei:sourceDesc/descendant::tei:msDesc">
        <xsl:apply-templates select="." mode="m:html"/>
      </xsl:for-each>
    </section>
    </xsl:variable>
    <xsl:if test="count($section/*) gt 1"><xsl:sequence select="$section"/></xsl:if>
  </xsl:template>

  <!-- The fields: $full = false() gives the panel under the title, true() the "Document
       Information" block after the text; each field appears in exactly one of them. -->
  <xsl:template name="t:fields">
    <xsl:param name="full" as="xs:boolean"/>
    <xsl:variable name="src" select="tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="bibl" select="($src/tei:bibl, $src/tei:biblStruct, $src/tei:biblFull)[1]"/>
    <!-- The document's date: not the publicationStmt's, which dates the edition (the "Edition" field). -->
    <xsl:variable name="date" select="($src/descendant::tei:date[@type = 'document'], tei:profileDesc/tei:creation/descendant::tei:date,
      tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date, $src/descendant::tei:origDate,
      $src/descendant::tei:date[not(@type = 'uploaded')])[1]"/>
    <xsl:choose>
      <xsl:when test="not($full)">
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Archive title'"/>
          <xsl:with-param name="value" select="f:catalogue-title(.)"/>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Date'"/>
          <xsl:with-param name="value" select="if ($date/self::tei:origDate) then f:orig-date($date) else if (normalize-space($date)) then f:plain($date) else f:human-date(($date/@when, $date/@notBefore)[1])"/>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Author'"/>
          <xsl:with-param name="value" select="string-join(tei:fileDesc/tei:titleStmt/tei:author ! f:plain(.), '; ')"/>
        </xsl:call-template>
        <!-- The source's own statement in full when the header has one (the parsed citation
             names only the first archive of it), else the citation built from msIdentifier. -->
        <xsl:variable name="source-note" select="f:source-statement(.)"/>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="if (exists($source-note)) then 'Source' else 'Archival citation'"/>
          <xsl:with-param name="value" select="($source-note, ($src/descendant::tei:msDesc/tei:msIdentifier ! f:citation(.))[1])[1]"/>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Document type'"/>
          <xsl:with-param name="value" select="string-join(f:categories(., ('#wcda-type', '#type', '#genre')), ', ')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Original language'"/>
          <xsl:with-param name="value" select="f:plain(($src/descendant::tei:textLang)[1])"/>
        </xsl:call-template>
        <xsl:call-template name="t:resp"><xsl:with-param name="label" select="'Translated by'"/><xsl:with-param name="pattern" select="'translat'"/></xsl:call-template>
        <xsl:call-template name="t:resp"><xsl:with-param name="label" select="'Obtained by'"/><xsl:with-param name="pattern" select="'obtain'"/></xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Classification'"/>
          <xsl:with-param name="value" select="string-join(f:categories(., ('#classification')), ', ')"/>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Record ID'"/>
          <xsl:with-param name="value" select="string(($src/descendant::tei:idno[@type = ('WCDA-record', 'record')], tei:fileDesc/tei:publicationStmt/tei:idno)[1])"/>
        </xsl:call-template>
        <xsl:for-each select="($src/descendant::tei:idno[@type = 'URI'], tei:fileDesc/tei:publicationStmt/tei:idno[@type = ('URI', 'URL')])[1]">
          <div><dt>Source URL</dt><dd><xsl:call-template name="t:maybe-link"><xsl:with-param name="href" select="normalize-space(.)"/></xsl:call-template></dd></div>
        </xsl:for-each>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Uploaded'"/>
          <xsl:with-param name="value" select="string(($src/descendant::tei:date[@type = 'uploaded'])[1])"/>
        </xsl:call-template>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Funders'"/>
          <xsl:with-param name="value" select="string-join(distinct-values(descendant::tei:funder ! f:plain(.)), '; ')"/>
        </xsl:call-template>
        <xsl:variable name="rights" select="(($bibl/descendant::tei:availability, tei:fileDesc/tei:publicationStmt/tei:availability)[1])"/>
        <xsl:if test="$rights[normalize-space()]">
          <div><dt>Rights</dt><dd>
            <!-- A licence written as paragraphs (licence/p, as in CC licence texts) gives those
                 paragraphs; other statements one paragraph each (never a p inside a p). -->
            <xsl:for-each select="$rights/(tei:licence | tei:p)">
              <xsl:choose>
                <xsl:when test="tei:p | tei:ab"><xsl:apply-templates select="*" mode="m:html"/></xsl:when>
                <xsl:otherwise><p><xsl:apply-templates mode="m:html"/></p></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
            <xsl:if test="not($rights/(tei:licence | tei:p))">{f:plain($rights)}</xsl:if>
          </dd></div>
        </xsl:if>
        <xsl:call-template name="t:field">
          <xsl:with-param name="label" select="'Edition'"/>
          <xsl:with-param name="value" select="string-join((tei:fileDesc/tei:publicationStmt/(tei:publisher, tei:date) ! f:plain(.)), ', ')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The archive's own title of the document (the analytic title of the source's bibl, e.g.
       "Soviet Embassy in North Korea, 'Concerning …'"), when it differs from the page title. -->
  <xsl:function name="f:catalogue-title" as="xs:string?">
    <xsl:param name="header" as="element()"/>
    <xsl:variable name="t" select="f:plain(($header/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:title[@level = 'a'])[1])"/>
    <xsl:variable name="main" select="f:plain(f:main-title($header))"/>
    <xsl:sequence select="$t[. ne ''][. ne $main]"/>
  </xsl:function>

  <!-- One dt/dd pair, omitted when the value is empty. -->
  <xsl:template name="t:field">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="normalize-space($value)">
      <div><dt>{$label}</dt><dd>{normalize-space($value)}</dd></div>
    </xsl:if>
  </xsl:template>

  <!-- Persons named by respStmts whose resp matches $pattern (sourceDesc first, then titleStmt),
       less the credits the source statement, shown in the panel above, already states
       (f:credit-stated), so that each credit is shown once; no field when none is left. -->
  <xsl:template name="t:resp">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:variable name="statement" select="f:source-statement(.)"/>
    <xsl:variable name="names" select="distinct-values(descendant::tei:respStmt[matches(string-join(tei:resp, ' '), $pattern, 'i')]
      [not(f:credit-stated($statement, .))]/(tei:persName | tei:name | tei:orgName) ! f:plain(.))"/>
    <xsl:call-template name="t:field">
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="value" select="string-join($names, '; ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- "RGANI, fond 5, opis 61, delo 462, listy 79–94" from msIdentifier and the first locus. -->
  <xsl:function name="f:citation" as="xs:string">
    <xsl:param name="id" as="element(tei:msIdentifier)"/>
    <xsl:variable name="parts" select="(
      ($id/tei:repository, $id/tei:collection) ! f:plain(.),
      (: a verbatim reference (type source) is printed as it is; an empty idno (type unknown) prints nothing :)
      $id/tei:idno[normalize-space()] ! (if (@type and not(@type = ('shelfmark', 'callNumber', 'other', 'source'))) then @type || ' ' || f:plain(.) else f:plain(.)),
      ($id/ancestor::tei:msDesc/descendant::tei:locus)[1] ! replace(f:plain(.), '(\d)\s*[-–]\s*(\d)', '$1–$2'))"/>
    <xsl:sequence select="string-join($parts[normalize-space(.)], ', ')"/>
  </xsl:function>

  <!-- Category descriptions for catRefs in the given schemes (or textClass keywords when none). -->
  <xsl:function name="f:categories" as="xs:string*">
    <xsl:param name="header" as="element(tei:teiHeader)"/>
    <xsl:param name="schemes" as="xs:string*"/>
    <xsl:for-each select="$header/tei:profileDesc/tei:textClass/tei:catRef[@scheme = $schemes]">
      <xsl:variable name="refs" select="f:local-targets(@target)"/>
      <xsl:sequence select="$header/descendant::tei:category[@xml:id = $refs] ! f:plain((tei:catDesc, tei:gloss)[1])"/>
    </xsl:for-each>
  </xsl:function>
</xsl:stylesheet>
