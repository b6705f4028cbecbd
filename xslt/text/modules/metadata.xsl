<?xml version="1.0" encoding="UTF-8"?>
<!-- The header, in the reading profile only: a metadata block before the text (mode m:metadata)
     and the archive's summary and "Document Information" after it (mode m:document-information).
     Nothing of the header is mixed into the text itself, and no field is printed in both places:
     the rights statement, for one, is in "Document Information" only, where the archive's page
     and the HTML edition give it. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:b="https://teipipe.org/ns/text-block"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:fp="https://teipipe.org/ns/function/private"
  xmlns:m="https://teipipe.org/ns/mode"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:mode name="m:metadata" on-no-match="shallow-skip"/>
  <xsl:mode name="m:document-information" on-no-match="shallow-skip"/>

  <xsl:template match="tei:teiHeader" mode="m:metadata">
    <xsl:variable name="title" select="f:main-title(.)"/>
    <xsl:variable name="source" select="(tei:fileDesc/tei:sourceDesc/tei:bibl)[1]"/>
    <xsl:variable name="note" select="f:source-statement(.)"/>
    <xsl:variable name="lines" as="xs:string*" select="
      fp:date-line(.),
      ($note, fp:citation(.))[1] ! ('Source: ' || .),
      fp:responsibility(fp:unstated($source/tei:respStmt, $note)),
      ($source/tei:idno[@type = ('WCDA-record', 'record')])[1] ! (
        string-join((f:plain($source/tei:title[@level = 'm'][1]), 'record ' || f:plain(.))[. ne ''], ', ')),
      (($source, tei:fileDesc/tei:publicationStmt)/tei:idno[@type = ('URI', 'URL', 'DOI', 'url', 'uri', 'doi')])[1] ! f:plain(.)"/>
    <xsl:sequence select="f:block(f:plain($title), false())"/>
    <xsl:for-each select="$lines[normalize-space()]">
      <xsl:choose>
        <!-- A source statement may run to several lines: hanging indent under its label. -->
        <xsl:when test="starts-with(., 'Source: ')">
          <b:block tight="{position() gt 1}" indent="0" prefix="Source: ">{substring-after(., 'Source: ')}</b:block>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="f:block(., position() gt 1)"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:sequence select="f:block(string-join((1 to $width) ! '-', ''), false())"/>
  </xsl:template>

  <!-- After the text: the archive's summary, then "Document Information". -->
  <xsl:template match="tei:teiHeader" mode="m:document-information">
    <xsl:variable name="h" select="."/>
    <xsl:variable name="source" select="(tei:fileDesc/tei:sourceDesc/tei:bibl)[1]"/>
    <xsl:if test="tei:profileDesc/tei:abstract[normalize-space()]">
      <xsl:sequence select="f:heading('Summary (from the archive)')"/>
      <xsl:apply-templates select="tei:profileDesc/tei:abstract" mode="m:text"/>
    </xsl:if>
    <xsl:variable name="note" select="f:source-statement(.)"/>
    <xsl:variable name="credits" select="fp:sentence(string-join($source/tei:respStmt !
      (normalize-space(tei:resp) || ' ' || f:plain(tei:persName | tei:name | tei:orgName)), ' and '))"/>
    <xsl:variable name="fields" as="element(b:block)*">
      <!-- The source's own statement is printed once, in full, before the text (m:metadata);
           without one, the citation built from msIdentifier and the credits. -->
      <xsl:sequence select="fp:field('Source', string-join((fp:citation(.), $credits)[. ne ''], '. ')[empty($note)])"/>
      <xsl:sequence select="fp:field('Rights', fp:rights(.))"/>
      <xsl:sequence select="fp:field('Original uploaded date', f:plain($source/tei:date[@type = 'uploaded'][1]))"/>
      <xsl:sequence select="fp:field('Type', string-join(fp:categories($h, 'type'), ', '))"/>
      <xsl:sequence select="fp:field('Classification', string-join(fp:categories($h, 'classification'), ', '))"/>
      <xsl:sequence select="fp:field('Original language', f:plain((.//tei:msContents/tei:textLang)[1]))"/>
      <xsl:sequence select="fp:field('Record ID', f:plain($source/tei:idno[@type = ('WCDA-record', 'record')][1]))"/>
      <xsl:sequence select="fp:field('Donors', string-join(fp:distinct-names($source/tei:funder ! f:plain(.)), ' and '))"/>
    </xsl:variable>
    <xsl:if test="exists($fields)">
      <xsl:sequence select="f:heading('Document Information')"/>
      <xsl:sequence select="$fields"/>
    </xsl:if>
    <xsl:variable name="description" select="tei:fileDesc/tei:sourceDesc/tei:msDesc/(tei:msIdentifier/(tei:altIdentifier | tei:msName | tei:objectName) | tei:physDesc | tei:history | tei:additional)"/>
    <xsl:if test="$description[normalize-space()]">
      <xsl:sequence select="f:heading('Description of the original')"/>
      <xsl:apply-templates select="$description" mode="m:text"/>
    </xsl:if>
  </xsl:template>

  <!-- "Soviet Embassy in the DPRK, 9 June 1969": author and date of the document. -->
  <xsl:function name="fp:date-line" as="xs:string">
    <xsl:param name="h" as="element()"/>
    <!-- the author statement, else the sending organisation, else the letterhead in title case -->
    <xsl:variable name="author" select="(
      string-join($h/tei:fileDesc/tei:titleStmt/tei:author ! f:plain(.), '; ')[. ne ''],
      ($h/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:orgName)[1] ! f:plain(.),
      (root($h)/descendant::tei:seg[@type = 'letterhead'][ancestor::tei:text])[1] ! fp:letterhead(., $h))[1]"/>
    <!-- the first of these with a @when, in words; else the first with words of its own, as
         written ("[1896?]" for a date known only as notBefore/notAfter) -->
    <xsl:variable name="dates" select="
      $h/tei:profileDesc/tei:creation/descendant::tei:date,
      $h/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date,
      $h/descendant::tei:sourceDesc/descendant::tei:date[@type = 'document'],
      $h/descendant::tei:sourceDesc/descendant::tei:origDate"/>
    <xsl:variable name="date" select="($dates ! @when ! fp:human-date(.), $dates[normalize-space()] ! f:plain(.))[1]"/>
    <xsl:sequence select="string-join(($author, $date)[normalize-space()], ', ')"/>
  </xsl:function>

  <!-- "RGANI, fond 5, opis 61, delo 462, listy 79–94": repository, typed archival numbers and
       leaves; a library shelfmark (untyped idno) keeps its place name. -->
  <xsl:function name="fp:citation" as="xs:string?">
    <xsl:param name="h" as="element()"/>
    <xsl:variable name="ms" select="($h/tei:fileDesc/tei:sourceDesc/tei:msDesc)[1]"/>
    <xsl:variable name="id" select="$ms/tei:msIdentifier"/>
    <xsl:variable name="typed" select="$id/tei:idno[@type = ('fond', 'opis', 'delo', 'papka', 'inventar', 'dosar', 'volum', 'file', 'box', 'folder', 'series', 'collection', 'filza', 'shelf')]"/>
    <xsl:variable name="locus" select="($ms/tei:msContents/tei:msItem/tei:locus)[1]"/>
    <xsl:variable name="parts" select="
      (if ($typed) then () else $id/tei:settlement ! f:plain(.)),
      $id/tei:institution ! f:plain(.),
      $id/tei:repository ! f:plain(.),
      $id/tei:collection ! f:plain(.),
      $id/tei:idno ! (if (@type = $typed/@type) then @type || ' ' || f:plain(.) else f:plain(.)),
      $locus ! replace(if (normalize-space(.)) then f:plain(.) else 'ff. ' || string-join((@from, @to), '–'), '(\d)-(\d)', '$1–$2')"/>
    <xsl:sequence select="string-join($parts[. ne ''], ', ')[. ne '']"/>
  </xsl:function>

  <!-- The respStmts whose credit the source note does not already state (f:credit-stated:
       "Obtained by Sergey Radchenko and translated by Gary Goldberg." states both): all of them
       without a note. -->
  <xsl:function name="fp:unstated" as="element()*">
    <xsl:param name="statements" as="element()*"/>
    <xsl:param name="note" as="xs:string?"/>
    <xsl:sequence select="$statements[not(f:credit-stated($note, .))]"/>
  </xsl:function>

  <!-- "Translated by Gary Goldberg; obtained by Sergey Radchenko." (translators first). -->
  <xsl:function name="fp:responsibility" as="xs:string?">
    <xsl:param name="statements" as="element()*"/>
    <xsl:variable name="ordered" select="$statements[starts-with(normalize-space(tei:resp), 'transl')],
      $statements[not(starts-with(normalize-space(tei:resp), 'transl'))]"/>
    <xsl:variable name="text" select="string-join($ordered ! (normalize-space(tei:resp) || ' ' || f:plain(* except tei:resp)), '; ')"/>
    <xsl:sequence select="fp:sentence($text)[. ne '']"/>
  </xsl:function>

  <!-- The rights statements of the source (or of the edition when the source has none). -->
  <xsl:function name="fp:rights" as="xs:string">
    <xsl:param name="h" as="element()"/>
    <xsl:variable name="availability" select="(($h/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:availability)[1],
      $h/tei:fileDesc/tei:publicationStmt/tei:availability)[1]"/>
    <xsl:sequence select="normalize-space(string-join(($availability/(tei:licence | tei:p)) ! f:inline-string(node()), ' '))"/>
  </xsl:function>

  <!-- Category descriptions of catRefs whose scheme id contains $kind (type / classification). -->
  <xsl:function name="fp:categories" as="xs:string*">
    <xsl:param name="h" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="for $ref in $h/tei:profileDesc/tei:textClass/tei:catRef[contains(@scheme, $kind)],
      $target in f:local-targets($ref/@target)
      return f:plain(($h/descendant::tei:category[@xml:id = $target]/tei:catDesc)[1])"/>
  </xsl:function>

  <xsl:function name="fp:field" as="element(b:block)?">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="normalize-space($value)">
      <b:block tight="true" indent="0" prefix="{$label}: ">{$value}</b:block>
    </xsl:if>
  </xsl:function>

  <!-- '1969-06-09' → '9 June 1969', '1964-10' → 'October 1964'; anything else as it is. -->
  <xsl:function name="fp:human-date" as="xs:string">
    <xsl:param name="when" as="xs:string"/>
    <xsl:variable name="months" as="xs:string+" select="('January', 'February', 'March', 'April', 'May',
      'June', 'July', 'August', 'September', 'October', 'November', 'December')"/>
    <xsl:variable name="month" as="xs:integer" select="if (matches($when, '^\d{4}-\d{2}')) then xs:integer(substring($when, 6, 2)) else 0"/>
    <xsl:sequence select="
      if ($month lt 1 or $month gt 12) then $when
      else if (matches($when, '^\d{4}-\d{2}-\d{2}$')) then xs:integer(substring($when, 9, 2)) || ' ' || $months[$month] || ' ' || substring($when, 1, 4)
      else if (matches($when, '^\d{4}-\d{2}$')) then $months[$month] || ' ' || substring($when, 1, 4)
      else $when"/>
  </xsl:function>

  <!-- Names without those contained in another ("A" beside "A and B"). -->
  <xsl:function name="fp:distinct-names" as="xs:string*">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:variable name="unique" select="distinct-values($names)"/>
    <xsl:sequence select="$unique[not(some $other in $unique satisfies ($other ne . and contains($other, .)))]"/>
  </xsl:function>

  <!-- A letterhead as an author line: its lines (lb) joined by a space ("MFA USSR<lb/>Tenth
       Department" is "MFA USSR Tenth Department", not "…USSRTenth…"), in title case. -->
  <xsl:function name="fp:letterhead" as="xs:string">
    <xsl:param name="seg" as="element()"/>
    <xsl:param name="h" as="element()"/>
    <xsl:variable name="text" select="normalize-space(string-join($seg/descendant::node()[self::text() or self::tei:lb] ! (if (self::tei:lb) then ' ' else string(.)), ''))"/>
    <xsl:sequence select="fp:title-case($text, $h)"/>
  </xsl:function>

  <!-- "SOVIET EMBASSY IN THE DPRK" → "Soviet Embassy in the DPRK": words in capitals or in lower
       case get title case, small words lower case. Kept as written: words in mixed case (the
       source's own casing: "McCloy"), words without vowels, words the document's paragraphs also
       write in capitals, and words of up to four letters that the paragraphs never write in title
       case (acronyms: "MFA USSR" stays; "CUBA" is "Cuba" when the text says "Cuba").
       $h: the teiHeader, whose document's paragraphs are read only when a word needs them. -->
  <xsl:function name="fp:title-case" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="h" as="element()"/>
    <xsl:variable name="small" select="('in', 'the', 'of', 'and', 'for', 'on', 'to', 'at', 'a', 'an')"/>
    <xsl:variable name="words" select="tokenize(normalize-space($s), ' ')"/>
    <xsl:variable name="asks" select="some $w in $words satisfies ($w eq upper-case($w) and matches($w, '[AEIOUY]') and not(lower-case($w) = $small))"/>
    <xsl:variable name="prose" select="if ($asks) then string-join($h/../tei:text/descendant::tei:p ! string(.), ' ') else ''"/>
    <xsl:sequence select="string-join(for $i in 1 to count($words) return (
      let $w := $words[$i], $title := upper-case(substring($w, 1, 1)) || lower-case(substring($w, 2)) return
        if ($i gt 1 and lower-case($w) = $small) then lower-case($w)
        else if ($w ne upper-case($w) and $w ne lower-case($w)) then $w
        else if ($w ne upper-case($w)) then $title
        else if (not(matches($w, '[AEIOUY]'))) then $w
        else if (contains($prose, $w)) then $w
        else if (string-length($w) le 4 and not(lower-case($w) = $small) and not(contains($prose, $title))) then $w
        else $title), ' ')"/>
  </xsl:function>

  <!-- Capitalise the first letter and end with a full stop. -->
  <xsl:function name="fp:sentence" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space($s)"/>
    <xsl:sequence select="if ($t = '') then '' else upper-case(substring($t, 1, 1)) || substring($t, 2)
      || (if (matches($t, '[.!?]$')) then '' else '.')"/>
  </xsl:function>
</xsl:stylesheet>
