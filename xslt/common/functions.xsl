<?xml version="1.0" encoding="UTF-8"?>
<!-- Typed functions shared by the HTML and text editions. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:fp="https://teipipe.org/ns/function/private"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- An unclear stretch inside a word (letters of the same word touch it on one side, or it is a
       letter or two): its letters take the Leiden sign, a dot below, rather than a "[?]" that would
       break the word (TEI Guidelines §11.3.3.1; Leiden conventions). -->
  <xsl:function name="f:unclear-in-word" as="xs:boolean">
    <xsl:param name="unclear" as="element()"/>
    <xsl:sequence select="empty($unclear/*) and (string-length(normalize-space($unclear)) le 2
      or matches(string($unclear/preceding-sibling::node()[1][self::text()]), '\p{L}$')
      or matches(string($unclear/following-sibling::node()[1][self::text()]), '^\p{L}'))"/>
  </xsl:function>

  <!-- "υλ" → "υ̣λ̣": a combining dot below (U+0323) after each letter. -->
  <xsl:function name="f:underdot" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace($s, '(\p{L}\p{M}*)', '$1&#x323;')"/>
  </xsl:function>

  <!-- The ids a pointer attribute refers to inside this document ('#a #b' → 'a', 'b'). -->
  <xsl:function name="f:local-targets" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="f:tokens($pointers)[starts-with(., '#')] ! substring(., 2)"/>
  </xsl:function>

  <!-- The space-separated tokens of a value. saxon-js re-translates the regex of tokenize(),
       matches() and replace() on every call (the top cost in a CPU profile of the memo), so the
       common single-token case skips tokenize(). -->
  <xsl:function name="f:tokens" as="xs:string*">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="n" select="normalize-space($value)"/>
    <xsl:sequence select="if ($n = '') then () else if (contains($n, ' ')) then tokenize($n, ' ') else $n"/>
  </xsl:function>

  <!-- A pointer that may become an href: #fragment, http(s): or a relative path. Anything with
       another scheme (javascript:, data:, file:, vbscript:, …) is refused. (A scheme needs a colon:
       without one the regex, translated anew at every call in saxon-js, is not run.) Browsers read
       a backslash as a slash (WHATWG URL Standard, special schemes), so "\\host/x" and "/\host/x"
       are off-site like "//host/x" and refused too. -->
  <xsl:function name="f:safe-href" as="xs:string?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="p" select="normalize-space($pointer)"/>
    <xsl:sequence select="
      if ($p = '') then ()
      else if (starts-with($p, '#')) then $p
      else if (starts-with(lower-case($p), 'http://') or starts-with(lower-case($p), 'https://')) then $p
      else if (contains($p, ':') and matches($p, '^[a-zA-Z][a-zA-Z0-9+.\-]*:')) then ()
      else if (starts-with($p, '//')) then ()
      else if (contains($p, '\') and starts-with(translate($p, '\', '/'), '//')) then ()
      else $p"/>
  </xsl:function>

  <!-- An HTML class value: the TEI local name, the @rend and @type tokens, then $extra.
       Tokens longer than 64 characters are dropped: they name no style and would only bloat
       the page (a 200,000-character @rend must not reach the output). So are tokens without a
       letter or digit (rend="..." gives no class of dashes), and an empty @type gives no "type-". -->
  <xsl:function name="f:class" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="extra" as="xs:string*"/>
    <xsl:sequence select="string-join(distinct-values((local-name($e),
      (f:tokens($e/@rend[string-length(.) le 2000])[string-length(.) le 64] ! fp:token(.))[translate(., '-_', '') ne ''],
      f:class-part('type', $e/@type), $extra)), ' ')"/>
  </xsl:function>

  <!-- A class made from an attribute's value: "$prefix-value" ('cert-low', 'gap-illegible'), the value
       made safe by fp:token (spaces become '-'); the empty sequence when the attribute is absent,
       empty, longer than 64 characters or has no letter or digit, so that no class ends in "-". -->
  <xsl:function name="f:class-part" as="xs:string?">
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="token" select="fp:token(normalize-space($value))"/>
    <xsl:sequence select="($prefix || '-' || $token)[translate($token, '-_', '') ne ''][string-length($token) le 64]"/>
  </xsl:function>

  <!-- A token safe as (part of) a class name: each run of other characters becomes one '-', and
       none is left at either end ('single;' is 'single', 'align(indent)' is 'align-indent'). -->
  <xsl:function name="fp:token" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <!-- Plain ASCII names (the usual case) need no regex. -->
    <xsl:sequence select="if (translate($s, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', '') = '') then $s
      else replace(replace($s, '[^\p{L}\p{N}_\-]+', '-'), '^-+|-+$', '')"/>
  </xsl:function>

  <!-- Normalised text of nodes, for titles, tooltips and the table of contents. -->
  <xsl:function name="f:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join($nodes ! string(.), ''))"/>
  </xsl:function>

  <!-- The title of the document itself among the titleStmt's titles: title[@type='main'], else the
       analytic title (@level='a': this document, where the titleStmt also names its series), else
       the first that is no subtitle, short or alternative form, description or date, nor a series or
       journal title (@level s, j), else the first; empty titles are passed over (TEI Guidelines
       §2.2.1). The site index picks the same (src/site/facts.ts, mainTitle). "Arthur Schnitzler an
       Richard Beer-Hofmann, [1896?]", not the series "Arthur Schnitzler: Briefwechsel mit …". -->
  <xsl:function name="f:main-title" as="element()?">
    <xsl:param name="header" as="element()?"/>
    <xsl:variable name="titles" select="$header/tei:fileDesc/tei:titleStmt/tei:title[normalize-space()]"/>
    <xsl:sequence select="($titles[@type = 'main'], $titles[@level = 'a'],
      $titles[not(@type = ('sub', 'subordinate', 'alt', 'alternative', 'short', 'abbreviated', 'desc', 'iso-date')) and not(@level = ('s', 'j'))],
      $titles)[1]"/>
  </xsl:function>

  <!-- The source's own statement of where the document is kept (note type="source" in
       sourceDesc, which the encoder writes verbatim from the archive's "Source" field: every
       archive it names, provenance sentences, credits), normalised; the empty sequence when the
       header has none. Several notes are joined by a space, each distinct text once. -->
  <xsl:function name="f:source-statement" as="xs:string?">
    <xsl:param name="header" as="element()"/>
    <xsl:variable name="texts" select="distinct-values($header/tei:fileDesc/tei:sourceDesc/descendant::tei:note[@type = 'source'] ! f:plain(.))[. ne '']"/>
    <xsl:sequence select="string-join($texts, ' ')[exists($texts)]"/>
  </xsl:function>

  <!-- True when $statement (the source statement, f:source-statement) already states the credit
       of $resp (a respStmt): it contains every name of the respStmt and the stem of what they did
       (the first six letters of the resp's first word, any case: "transl" of "translated by",
       "obtain" of "obtained by"). "Obtained by Sergey Radchenko and translated by Gary Goldberg."
       states both credits; "papers of Gary Goldberg" does not state his translation. False for a
       respStmt without a name. The editions print a credit the statement states only there. -->
  <xsl:function name="f:credit-stated" as="xs:boolean">
    <xsl:param name="statement" as="xs:string?"/>
    <xsl:param name="resp" as="element()"/>
    <xsl:variable name="names" select="($resp/tei:persName | $resp/tei:name | $resp/tei:orgName)[normalize-space()] ! f:plain(.)"/>
    <xsl:variable name="stem" select="substring(lower-case(f:tokens(string-join($resp/tei:resp, ' '))[1]), 1, 6)"/>
    <xsl:sequence select="exists($names) and $stem ne '' and contains(lower-case(string($statement)), $stem)
      and (every $name in $names satisfies contains(string($statement), $name))"/>
  </xsl:function>

  <!-- The text of an element with notes, sic and abbr dropped (for tooltips and headings). -->
  <xsl:function name="f:reading" as="xs:string">
    <xsl:param name="e" as="node()*"/>
    <!-- One element (the usual call) is tested once, not every text node's ancestors: when neither it,
         its ancestors nor its descendants are left out, its reading is its string value. -->
    <xsl:sequence select="
      if (count($e) eq 1 and $e instance of element()) then
        (if ($e/ancestor-or-self::tei:note or $e/ancestor-or-self::tei:sic or $e/ancestor-or-self::tei:orig or $e/ancestor-or-self::tei:expan or $e/ancestor-or-self::tei:del) then ''
         else if ($e/descendant::tei:note or $e/descendant::tei:sic or $e/descendant::tei:orig or $e/descendant::tei:expan or $e/descendant::tei:del) then
           normalize-space(string-join($e/descendant::text()[not(ancestor::*[self::tei:note or self::tei:sic or self::tei:orig or self::tei:expan or self::tei:del])], ''))
         else normalize-space(string($e)))
      else normalize-space(string-join($e/descendant-or-self::text()[not(ancestor::tei:note or ancestor::tei:sic or ancestor::tei:orig or ancestor::tei:expan or ancestor::tei:del)], ''))"/>
  </xsl:function>

  <!-- A human date from a W3C date: '1969-06-09' → '9 June 1969'. Unparseable values come back as is. -->
  <xsl:function name="f:human-date" as="xs:string">
    <xsl:param name="when" as="xs:string?"/>
    <xsl:variable name="months" select="('January','February','March','April','May','June','July','August','September','October','November','December')"/>
    <xsl:variable name="m" select="if (matches($when, '^\d{4}-\d{2}')) then xs:integer(substring($when, 6, 2)) else 0"/>
    <xsl:variable name="month" select="if ($m ge 1 and $m le 12) then subsequence($months, $m, 1) else ''"/>
    <xsl:sequence select="
      if ($month = '') then string($when)
      else if (matches($when, '^\d{4}-\d{2}-\d{2}$')) then
        xs:integer(substring($when, 9, 2)) || ' ' || $month || ' ' || substring($when, 1, 4)
      else if (matches($when, '^\d{4}-\d{2}$')) then $month || ' ' || substring($when, 1, 4)
      else string($when)"/>
  </xsl:function>

  <!-- The date of origin of a manuscript (origDate, TEI Guidelines §10.8) as a reader says it: its
       words when they are more than the normalised value, else the value in words ('1962-03-12' →
       '12 March 1962'; notBefore/notAfter → 'between … and …'; from/to → '… to …'). -->
  <xsl:function name="f:orig-date" as="xs:string">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="words" select="normalize-space($d)"/>
    <xsl:variable name="values" select="$d/(@when, @from, @to, @notBefore, @notAfter) ! string()"/>
    <xsl:sequence select="
      if ($words != '' and not($words = $values)) then $words
      else if ($d/@when) then f:human-date($d/@when)
      else if ($d/@from or $d/@to) then string-join(($d/@from, $d/@to) ! f:human-date(.), ' to ')
      else if ($d/@notBefore and $d/@notAfter) then 'between ' || f:human-date($d/@notBefore) || ' and ' || f:human-date($d/@notAfter)
      else if ($d/@notBefore) then 'not before ' || f:human-date($d/@notBefore)
      else if ($d/@notAfter) then 'not after ' || f:human-date($d/@notAfter)
      else $words"/>
  </xsl:function>

  <!-- What a note is, for both editions (TEI Guidelines 3.9 "Notes, Annotation and Indexing":
       @place says where the source prints it, @resp/@type whose it is):
       'margin'    – the source prints it in a margin (@place margin…, left, right);
       'inline'    – printed in the running text (translator's notes, @place inline…);
       'editorial' – the project's (@resp #ed, @type editorial/ed): "Editorial notes";
       'source'    – any other note: the document's own notes, numbered as the source numbers
                     them (@n), under "Notes" (never called editorial). -->
  <xsl:function name="f:note-kind" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="place" select="lower-case(normalize-space($note/@place))"/>
    <xsl:sequence select="
      if (f:editorial($note)) then 'editorial'
      else if (starts-with($place, 'margin') or $place = ('left', 'right', 'opposite')) then 'margin'
      else if ($note/@type = 'translator' or $place = ('inline', 'inline-text', 'inline-bracketed')) then 'inline'
      else 'source'"/>
  </xsl:function>

  <!-- The project's own interventions (resp #ed, or a note typed editorial). -->
  <xsl:function name="f:editorial" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="f:tokens($e/@resp) = '#ed'
      or (local-name($e) = 'note' and $e/@type = ('editorial', 'ed'))"/>
  </xsl:function>

  <!-- The side of a marginal note in words ('left', 'right') or '' when the source does not say. -->
  <xsl:function name="f:margin-side" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="place" select="lower-case($note/@place)"/>
    <xsl:sequence select="if (contains($place, 'left')) then 'left' else if (contains($place, 'right')) then 'right' else ''"/>
  </xsl:function>

  <!-- True when an item or paragraph already begins with its own number ("1.", "(2)", "3)",
       or its @n), so that an edition must not print a number of its own before it. -->
  <xsl:function name="f:self-numbered" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="start" select="substring(normalize-space(string-join($e/descendant::text()[not(ancestor::tei:note)][position() le 3], '')), 1, 12)"/>
    <xsl:sequence select="($e/@n and starts-with($start, normalize-space($e/@n)))
      or matches($start, '^\(?[0-9]{1,3}[.)]\s')
      or matches($start, '^\(?[IVXLivxl]{1,5}[.)]\s')
      or matches($start, '^\(?[a-zA-Z][.)]\s')"/>
  </xsl:function>
</xsl:stylesheet>
