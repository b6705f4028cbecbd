<?xml version="1.0" encoding="UTF-8"?>
<!-- The page: landmarks (header, nav, main, aside, footer), title, links to the other editions. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:e="https://teipipe.org/ns/error"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="/">
    <xsl:variable name="root" select="*[1]"/>
    <xsl:if test="not($root/self::tei:TEI or $root/self::tei:teiCorpus)">
      <xsl:message error-code="e:render-not-tei"><teipipe severity="warning"/>The root element is &lt;{name($root)}&gt;, not a TEI document; it is rendered as generic content.</xsl:message>
    </xsl:if>
    <xsl:variable name="header" select="($root/tei:teiHeader)[1]"/>
    <xsl:variable name="title" select="f:document-title($header, $root)"/>
    <xsl:variable name="lang" select="(($root/tei:text, $root)/@xml:lang, $root/descendant::tei:text/@xml:lang, $default-lang)[1]"/>
    <html lang="{$lang}">
      <xsl:if test="f:rtl($lang)"><xsl:attribute name="dir" select="'rtl'"/></xsl:if>
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <!-- Defence in depth: no inline script, no plug-ins, no foreign resources, even if a document
             ever smuggled something past the stylesheets (inline styles carry the marks' anchors). -->
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'"/>
        <meta name="generator" content="teipipe"/>
        <!-- Read back by the build's index page (src/build/index-page.ts). -->
        <xsl:call-template name="t:meta-tags"><xsl:with-param name="header" select="$header"/></xsl:call-template>
        <title>{$title}{normalize-space($site-title)[. ne ''] ! (' — ' || .)}</title>
        <xsl:choose>
          <xsl:when test="exists(f:safe-href($css-href))"><link rel="stylesheet" href="{f:safe-href($css-href)}"/></xsl:when>
          <xsl:otherwise><style>{$v:css}{$extra-css}</style></xsl:otherwise>
        </xsl:choose>
      </head>
      <body>
        <a class="skip" href="#main">Skip to the text</a>
        <header class="page-header">
          <xsl:call-template name="t:site-nav"/>
          <p class="edition-label">{(normalize-space($site-title)[. ne ''], 'TEI edition')[1]}</p>
          <h1>{$title}</h1>
          <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'][1]">
            <p class="subtitle">{f:plain(.)}</p>
          </xsl:for-each>
          <xsl:call-template name="t:format-links"><xsl:with-param name="class" select="'formats'"/></xsl:call-template>
          <xsl:apply-templates select="$header" mode="m:metadata"/>
        </header>
        <xsl:call-template name="t:toc"/>
        <main id="main">
          <xsl:choose>
            <xsl:when test="$root/self::tei:teiCorpus">
              <xsl:apply-templates select="$root/tei:TEI | $root/tei:teiCorpus"/>
            </xsl:when>
            <xsl:when test="$root/self::tei:TEI">
              <xsl:call-template name="t:document-text">
                <xsl:with-param name="tei" select="$root"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <div class="{local-name($root)}"><xsl:apply-templates select="$root/node()"/></div>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="t:footnotes"/>
          <xsl:apply-templates select="$header" mode="m:document-information"/>
        </main>
        <xsl:call-template name="t:registers"/>
        <footer class="page-footer">
          <xsl:call-template name="t:how-to-cite"><xsl:with-param name="header" select="$header"/><xsl:with-param name="title" select="$title"/></xsl:call-template>
          <xsl:call-template name="t:format-links"/>
          <p>Generated from the TEI encoding by teipipe.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="t:meta-tags">
    <xsl:param name="header" as="element()?"/>
    <xsl:variable name="src" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="date" select="($src/descendant::tei:date[@type = 'document'], $header/tei:profileDesc/tei:creation/descendant::tei:date, $src/descendant::tei:origDate, $header/tei:fileDesc/tei:publicationStmt/tei:date)[1]"/>
    <xsl:variable name="iso" select="string(($date/@when, $date/@notBefore, $date/@from)[1])"/>
    <meta name="dcterms.date" content="{$iso}"/>
    <meta name="teipipe.date-label" content="{if (normalize-space($date)) then f:plain($date) else f:human-date($iso)}"/>
    <meta name="dcterms.type" content="{string-join(($header ! f:categories(., ('#wcda-type', '#type', '#genre'))), ', ')}"/>
  </xsl:template>

  <!-- Corpus navigation: index, previous and next document (only the links the build gives). -->
  <xsl:template name="t:site-nav">
    <xsl:variable name="index" select="f:safe-href($index-href)"/>
    <xsl:variable name="prev" select="f:safe-href($prev-href)"/>
    <xsl:variable name="next" select="f:safe-href($next-href)"/>
    <xsl:if test="exists(($index, $prev, $next))">
      <nav class="site-nav" aria-label="Documents of this edition">
        <ul>
          <xsl:for-each select="$index"><li><a href="{.}">All documents</a></li></xsl:for-each>
          <xsl:for-each select="$prev"><li><a href="{.}" rel="prev"><span aria-hidden="true">← </span>Previous<xsl:if test="normalize-space($prev-title)">: <span class="nav-title">{normalize-space($prev-title)}</span></xsl:if></a></li></xsl:for-each>
          <xsl:for-each select="$next"><li><a href="{.}" rel="next">Next<xsl:if test="normalize-space($next-title)">: <span class="nav-title">{normalize-space($next-title)}</span></xsl:if><span aria-hidden="true"> →</span></a></li></xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- "How to cite": the $citation parameter, else author, title, date, edition and address. -->
  <xsl:template name="t:how-to-cite">
    <xsl:param name="header" as="element()?"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="page" select="if (matches($tei-href, '\.xml$')) then replace($tei-href, '\.xml$', '.html') else ''"/>
    <xsl:variable name="url" select="if (normalize-space($base-url) and f:safe-href($base-url)) then (normalize-space($base-url) ! (if (ends-with(., '/')) then . else . || '/')) || $page else ''"/>
    <xsl:variable name="author" select="string-join($header/tei:fileDesc/tei:titleStmt/tei:author ! f:plain(.), '; ')"/>
    <xsl:variable name="date" select="f:plain(($header/tei:fileDesc/tei:sourceDesc/descendant::tei:date[@type = 'document'], $header/tei:profileDesc/tei:creation/descendant::tei:date)[1])"/>
    <xsl:variable name="text" select="if (normalize-space($citation)) then normalize-space($citation)
      else string-join(($author[. ne ''], '“' || $title || '”', $date[. ne ''],
        (normalize-space($site-title)[. ne ''], 'TEI edition')[1], $url[. ne '']), '. ') || '.'"/>
    <section class="how-to-cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">How to cite</h2>
      <p>{$text}</p>
    </section>
  </xsl:template>

  <!-- Links to the TEI source and the plain-text edition (only safe, non-empty hrefs). -->
  <xsl:template name="t:format-links">
    <xsl:param name="class" as="xs:string?" select="()"/>
    <xsl:if test="exists(f:safe-href($tei-href)) or exists(f:safe-href($text-href))">
      <p>
        <xsl:if test="$class"><xsl:attribute name="class" select="$class"/></xsl:if>
        <xsl:text>Other forms of this edition: </xsl:text>
        <xsl:for-each select="f:safe-href($tei-href)"><a href="{.}">TEI XML source</a></xsl:for-each>
        <xsl:if test="exists(f:safe-href($tei-href)) and exists(f:safe-href($text-href))"> · </xsl:if>
        <xsl:for-each select="f:safe-href($text-href)"><a href="{.}">plain-text edition</a></xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- A nested TEI document of a teiCorpus: an article with its own heading and metadata. -->
  <xsl:template match="tei:teiCorpus/tei:TEI | tei:teiCorpus/tei:teiCorpus" priority="0.5">
    <article class="{local-name()}" id="{f:html-id(.)}">
      <h2>{f:document-title(tei:teiHeader, .)}</h2>
      <xsl:apply-templates select="tei:teiHeader" mode="m:metadata"/>
      <xsl:choose>
        <xsl:when test="self::tei:teiCorpus"><xsl:apply-templates select="tei:TEI | tei:teiCorpus"/></xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="t:document-text"><xsl:with-param name="tei" select="."/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </article>
  </xsl:template>

  <!-- The text of one TEI document (its facsimile and standOff are rendered elsewhere or not at all). -->
  <xsl:template name="t:document-text">
    <xsl:param name="tei" as="element()"/>
    <xsl:choose>
      <!-- (A non-blank text node, not normalize-space(.): the string value of the whole text is built for that.) -->
      <xsl:when test="$tei/tei:text[descendant::text()[normalize-space()] or descendant::*[self::tei:gap or self::tei:graphic or self::tei:figure or self::tei:space or self::tei:metamark]]">
        <xsl:call-template name="t:marks-legend"/>
        <xsl:apply-templates select="$tei/tei:text"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty-text">This document has no transcribed text; only its description (above) is encoded.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The document's title: the titleStmt's title of the document itself (f:main-title), else the file's first heading. -->
  <xsl:function name="f:document-title" as="xs:string">
    <xsl:param name="header" as="element()?"/>
    <xsl:param name="root" as="element()"/>
    <xsl:variable name="t" select="f:reading((f:main-title($header), ($root/descendant::tei:head)[1])[1])"/>
    <xsl:sequence select="if ($t) then $t else 'Untitled TEI document'"/>
  </xsl:function>

  <!-- Table of contents over the divisions that have headings. It walks only the division
       structure (text, front, body, back, group, div*), never the paragraphs: linear and cheap. -->
  <xsl:template name="t:toc">
    <xsl:variable name="top" select="root()/descendant::tei:text[not(ancestor::tei:note or ancestor::tei:p)] ! f:toc-children(.)"/>
    <xsl:if test="count($top) gt 1 or exists($top ! f:toc-children(.))">
      <nav class="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">Contents</h2>
        <ol>
          <xsl:apply-templates select="$top" mode="m:toc"/>
        </ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- The nearest divisions with a heading below $e (through divisions without one). -->
  <xsl:function name="f:toc-children" as="element()*">
    <xsl:param name="e" as="element()"/>
    <!-- Only children that may be divisions or text parts are looked at (not every paragraph). -->
    <xsl:for-each select="$e/*[starts-with(local-name(), 'div') or local-name() = ('front', 'body', 'back', 'group', 'text')][namespace-uri() = 'http://www.tei-c.org/ns/1.0']">
      <xsl:variable name="name" select="local-name()"/>
      <xsl:choose>
        <xsl:when test="starts-with($name, 'div') and string-length($name) le 4">
          <xsl:sequence select="if (tei:head) then . else f:toc-children(.)"/>
        </xsl:when>
        <xsl:when test="$name = ('front', 'body', 'back', 'group', 'text')">
          <xsl:sequence select="f:toc-children(.)"/>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- A heading's words as the edition reads them, for the table of contents: of a choice the
       reading the text shows (core.xsl, tei:choice), a word printed as the source has it followed by
       "[sic]", a doubtful one by "[?]", words supplied in brackets, a gap as the text prints it
       (f:gap-label); no notes, deleted words, forme work or breaks. -->
  <xsl:function name="f:heading-text" as="xs:string">
    <xsl:param name="head" as="element()?"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$head/node()" mode="m:heading-text"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(replace(string-join($parts, ''), '\s+([.,;:!?])', '$1'))"/>
  </xsl:function>
  <xsl:mode name="m:heading-text" on-no-match="text-only-copy"/>
  <xsl:template match="tei:note | tei:del | tei:fw | tei:figure | tei:index | tei:anchor | tei:surplus" mode="m:heading-text"/>
  <xsl:template match="tei:lb | tei:cb | tei:pb" mode="m:heading-text">
    <xsl:if test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="tei:choice" mode="m:heading-text">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan[.//tei:ex], tei:abbr, tei:unclear, tei:seg, tei:sic, tei:orig, tei:expan)[1]/node()" mode="m:heading-text"/>
  </xsl:template>
  <xsl:template match="tei:sic[not(parent::tei:choice)]" mode="m:heading-text">
    <xsl:apply-templates mode="m:heading-text"/>
    <xsl:text> [sic]</xsl:text>
  </xsl:template>
  <xsl:template match="tei:unclear[not(parent::tei:choice)]" mode="m:heading-text">
    <xsl:apply-templates mode="m:heading-text"/>
    <xsl:text>[?]</xsl:text>
  </xsl:template>
  <xsl:template match="tei:supplied" mode="m:heading-text">
    <xsl:text>[</xsl:text><xsl:apply-templates mode="m:heading-text"/><xsl:text>]</xsl:text>
  </xsl:template>
  <xsl:template match="tei:gap" mode="m:heading-text">{f:gap-label(.)}</xsl:template>
  <xsl:template match="tei:space" mode="m:heading-text"><xsl:text> </xsl:text></xsl:template>

  <xsl:mode name="m:toc" on-no-match="shallow-skip"/>
  <xsl:template match="*" mode="m:toc">
    <li>
      <a href="#{f:html-id(.)}">{f:heading-text(tei:head[1])}</a>
      <xsl:variable name="sub" select="f:toc-children(.)"/>
      <xsl:if test="$sub">
        <ol><xsl:apply-templates select="$sub" mode="m:toc"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

</xsl:stylesheet>
