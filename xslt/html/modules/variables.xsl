<?xml version="1.0" encoding="UTF-8"?>
<!-- Precomputed numbering maps and keys (xsl:number level="any" is super-linear in saxon-js:
     shared/docs/engines.md §4.4). Maps go from generate-id() of a node to its running number. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:vp="https://teipipe.org/ns/variable/private"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:key name="v:ids" match="*[@xml:id]" use="string(@xml:id)"/>
  <xsl:key name="v:marks" match="tei:metamark[@target]" use="f:local-targets(@target)"/>
  <xsl:key name="v:name-refs" match="tei:text//*[@ref][self::tei:persName or self::tei:orgName or self::tei:placeName or self::tei:name or self::tei:rs or self::tei:title or self::tei:geogName]"
    use="f:local-targets(@ref)"/>
  <xsl:key name="v:notes-on" match="tei:note[@target]" use="f:local-targets(@target)"/>

  <!-- Editorial notes (footnotes): every text note except those printed inline in the source,
       plus every correction (choice with sic/corr), which gets a note giving the source reading. -->
  <xsl:variable name="vp:footnotes" as="node()*"
    select="//tei:text//(tei:note[not(f:inline-note(.))] | tei:choice[tei:sic and tei:corr])"/>
  <xsl:variable name="v:footnote-number" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($vp:footnotes) return map{generate-id($vp:footnotes[$i]): $i})"/>

  <!-- Paragraph numbers, for ids of paragraphs without xml:id and for permalink labels. -->
  <xsl:variable name="vp:paragraphs" as="element()*" select="//tei:text//tei:p[not(ancestor::tei:note)]"/>
  <xsl:variable name="v:para-number" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($vp:paragraphs) return map{generate-id($vp:paragraphs[$i]): $i})"/>

  <!-- Name occurrences that point into a register, numbered for the registers' back-links. -->
  <xsl:variable name="vp:name-occurrences" as="element()*"
    select="//tei:text//*[@ref][self::tei:persName or self::tei:orgName or self::tei:placeName or self::tei:name or self::tei:rs or self::tei:title or self::tei:geogName]"/>
  <xsl:variable name="v:occurrence-number" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($vp:name-occurrences) return map{generate-id($vp:name-occurrences[$i]): $i})"/>

  <!-- Register entries: persons, organisations, places, anywhere in the document. -->
  <xsl:variable name="v:register-entries" as="element()*"
    select="//(tei:person | tei:personGrp | tei:org | tei:place)[@xml:id]"/>

  <!-- Notes the source prints in the running text (the translator's), kept in reading order. -->
  <xsl:function name="f:inline-note" as="xs:boolean">
    <xsl:param name="n" as="element(tei:note)"/>
    <xsl:sequence select="$n/@type = 'translator' or $n/@place = ('inline', 'inline-bracketed')"/>
  </xsl:function>

  <!-- The id an element gets in HTML: its xml:id, or a generated one for paragraphs and divisions. -->
  <xsl:function name="f:html-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/@xml:id) then string($e/@xml:id)
      else if ($e/self::tei:p and map:contains($v:para-number, generate-id($e))) then 'para-' || $v:para-number(generate-id($e))
      else if ($e/self::tei:div or $e/self::tei:div1 or $e/self::tei:div2 or $e/self::tei:div3) then
        'div-' || string-join($e/ancestor-or-self::*[self::tei:div or self::tei:div1 or self::tei:div2 or self::tei:div3 or self::tei:text or self::tei:TEI]
          ! string(count(preceding-sibling::*) + 1), '-')
      else 'n-' || string-join($e/ancestor-or-self::* ! string(count(preceding-sibling::*) + 1), '-')"/>
  </xsl:function>
</xsl:stylesheet>
