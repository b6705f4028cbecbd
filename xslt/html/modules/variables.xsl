<?xml version="1.0" encoding="UTF-8"?>
<!-- Keys, numbering accumulators and register entries (xsl:number level="any" is super-linear in saxon-js:
     shared/docs/engines.md §4.4). -->
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
  <!-- A single '#id' (the usual @ref) is used without f:local-targets' tokenising; an @ref that is
       exactly '#id' of a register entry without normalising either. The match, like the counters'
       rules, is a union of name tests: saxon-js tests a pattern at every node, and a predicate on *
       was an evaluation at every element (the two counters' rules were ≈ 9 % of the memo's HTML). -->
  <xsl:key name="v:name-refs" match="tei:text//tei:persName[@ref] | tei:text//tei:orgName[@ref] | tei:text//tei:placeName[@ref] | tei:text//tei:name[@ref] | tei:text//tei:rs[@ref] | tei:text//tei:title[@ref] | tei:text//tei:geogName[@ref]"
    use="if (map:contains($vp:ref-labels, string(@ref))) then substring(@ref, 2)
      else let $ref := normalize-space(@ref) return if (starts-with($ref, '#') and not(contains($ref, ' '))) then substring($ref, 2) else f:local-targets(@ref)"/>
  <xsl:key name="v:notes-on" match="tei:note[@target]" use="f:local-targets(@target)"/>

  <!-- Running numbers come from one accumulator, computed in one pass over the document (generate-id()
       maps and xsl:number level="any" are both super-linear in saxon-js). One accumulator, not one per
       counter: saxon-js walks the whole tree and stores a value object on every node for each accumulator.
       Its value is six counters, in this order:
         1 editorial notes: the project's notes, plus every correction (choice with sic/corr), which gets
           a note giving the source reading;
         2 the document's own notes (f:note-kind 'source'): numbered apart, labelled by their @n;
         3 apparatus entries (app with more than one reading);
         4 paragraphs of the text (not inside notes): ids and permalink labels;
         5 divisions of the text (div, div1-div7; generated ids of divisions without xml:id);
         6 name occurrences that may point into a register, for the registers' back-links.
       The rules' patterns are disjoint, so each node bumps at most one counter. A rule rebuilds the six
       counters with subsequence() (a simple map over them evaluated a conditional per counter).
       A seventh item is the kind of the note whose rule fired last (1 editorial, 2 source, 3 margin,
       4 inline, 0 another kind a customisation's f:note-kind returned): at a note in the text,
       accumulator-before()[7] is its own kind, so the note template and the notes sections read it
       instead of calling f:note-kind again (it was called four times per note). -->
  <xsl:accumulator name="vp:counters" as="xs:integer+" initial-value="if ($chunk-counters) then (subsequence(tokenize($chunk-counters) ! xs:integer(.), 1, 6), 0) else (0, 0, 0, 0, 0, 0, 0)">
    <xsl:accumulator-rule match="tei:text//tei:note" select="let $kind := f:note-kind(.) return
      if ($kind = 'editorial') then ($value[1] + 1, subsequence($value, 2, 5), 1)
      else if ($kind = 'source') then ($value[1], $value[2] + 1, subsequence($value, 3, 4), 2)
      else (subsequence($value, 1, 6), if ($kind = 'margin') then 3 else if ($kind = 'inline') then 4 else 0)"/>
    <xsl:accumulator-rule match="tei:text//tei:choice[tei:sic and tei:corr]" select="($value[1] + 1, subsequence($value, 2))"/>
    <xsl:accumulator-rule match="tei:text//tei:app[f:has-variants(.)]" select="(subsequence($value, 1, 2), $value[3] + 1, subsequence($value, 4))"/>
    <xsl:accumulator-rule match="tei:text//tei:p[not(ancestor::tei:note)]" select="(subsequence($value, 1, 3), $value[4] + 1, subsequence($value, 5))"/>
    <xsl:accumulator-rule match="tei:text//*:div | tei:text//*:div1 | tei:text//*:div2 | tei:text//*:div3 | tei:text//*:div4 | tei:text//*:div5 | tei:text//*:div6 | tei:text//*:div7" select="(subsequence($value, 1, 4), $value[5] + 1, subsequence($value, 6))"/>
    <xsl:accumulator-rule match="tei:text//tei:persName[@ref] | tei:text//tei:orgName[@ref] | tei:text//tei:placeName[@ref] | tei:text//tei:name[@ref] | tei:text//tei:rs[@ref] | tei:text//tei:title[@ref] | tei:text//tei:geogName[@ref]" select="(subsequence($value, 1, 5), $value[6] + 1, $value[7])"/>
  </xsl:accumulator>

  <xsl:function name="f:footnote-number" as="xs:integer?">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="if ($n/ancestor::tei:text and ($n/self::tei:note[accumulator-before('vp:counters')[7] eq 1] or $n/self::tei:choice[tei:sic and tei:corr])) then $n/accumulator-before('vp:counters')[1] else ()"/>
  </xsl:function>
  <xsl:function name="f:note-number" as="xs:integer?">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="if ($n/ancestor::tei:text and $n/self::tei:note[accumulator-before('vp:counters')[7] eq 2]) then $n/accumulator-before('vp:counters')[2] else ()"/>
  </xsl:function>
  <!-- What a source note is called: its @n (the source's own numbering), else its running number. -->
  <xsl:function name="f:note-label" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="if (normalize-space($n/@n)) then normalize-space($n/@n) else string(f:note-number($n))"/>
  </xsl:function>
  <xsl:function name="f:app-number" as="xs:integer?">
    <xsl:param name="a" as="element()"/>
    <xsl:sequence select="if ($a/ancestor::tei:text and $a/self::tei:app[f:has-variants(.)]) then $a/accumulator-before('vp:counters')[3] else ()"/>
  </xsl:function>
  <xsl:function name="f:has-variants" as="xs:boolean">
    <xsl:param name="a" as="element()"/>
    <xsl:sequence select="count($a/(tei:lem | tei:rdg | tei:rdgGrp//tei:rdg | tei:rdgGrp//tei:lem)) gt 1"/>
  </xsl:function>
  <xsl:function name="f:para-number" as="xs:integer?">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="if ($p/self::tei:p and $p/ancestor::tei:text and not($p/ancestor::tei:note)) then $p/accumulator-before('vp:counters')[4] else ()"/>
  </xsl:function>
  <xsl:function name="f:occurrence-number" as="xs:integer?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@ref and $e/ancestor::tei:text and $e[self::tei:persName or self::tei:orgName or self::tei:placeName or self::tei:name or self::tei:rs or self::tei:title or self::tei:geogName]) then $e/accumulator-before('vp:counters')[6] else ()"/>
  </xsl:function>

  <!-- Register entries: persons, organisations, places, anywhere in the document. -->
  <!-- One descendant scan with a boolean test: a union under // is evaluated at every node and sorted. -->
  <xsl:variable name="v:register-entries" as="element()*" select="$vp:linkables[not(self::tei:bibl)]"/>
  <!-- The elements a name's @ref may link to (register entries and bibliographic entries), and the
       first of them with each id: a name's '#id' is looked up here, not with key() and a filter. -->
  <xsl:variable name="vp:linkables" as="element()*"
    select="descendant::*[@xml:id][self::tei:person or self::tei:personGrp or self::tei:org or self::tei:place or self::tei:bibl]"/>
  <xsl:variable name="vp:first-linkables" as="map(xs:string, element())"
    select="map:merge($vp:linkables ! map{string(@xml:id): .}, map{'duplicates': 'use-first'})"/>
  <!-- Their labels, computed once (a name occurs many times; f:register-label walks the entry). -->
  <xsl:variable name="v:register-labels" as="map(xs:string, xs:string)"
    select="map:merge($v:register-entries ! map{string(@xml:id): string(f:register-label(.))}, map{'duplicates': 'use-first'})"/>
  <!-- Those labels by '#id', for each id whose first linkable element is a register entry (not a
       bibl): a name whose @ref is exactly that string links to it with that label. -->
  <xsl:variable name="vp:ref-labels" as="map(xs:string, xs:string)"
    select="map:merge(map:keys($vp:first-linkables)[not($vp:first-linkables(.)/self::tei:bibl)] ! map{'#' || .: $v:register-labels(.)})"/>
  <!-- The first entry with each id (the one whose label v:register-labels holds). -->
  <xsl:variable name="vp:first-entries" as="map(xs:string, element())"
    select="map:merge($v:register-entries ! map{string(@xml:id): .}, map{'duplicates': 'use-first'})"/>
  <!-- The ids that marginal marks in the text point at: most elements with an id are not marked,
       and this map answers that without a key lookup per element. -->
  <xsl:variable name="v:marked-ids" as="map(xs:string, xs:boolean)"
    select="map:merge(descendant::tei:metamark[@target][ancestor::tei:text] ! (f:local-targets(@target) ! map{.: true()}), map{'duplicates': 'use-first'})"/>

  <!-- Notes the source prints in the running text (the translator's), kept in reading order. -->
  <xsl:function name="f:inline-note" as="xs:boolean">
    <xsl:param name="n" as="element(tei:note)"/>
    <xsl:sequence select="if ($n/ancestor::tei:text) then $n/accumulator-before('vp:counters')[7] eq 4 else f:note-kind($n) = 'inline'"/>
  </xsl:function>

  <!-- The id an element gets in HTML: its xml:id, or a generated one for paragraphs and divisions. -->
  <xsl:function name="f:html-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/@xml:id) then string($e/@xml:id)
      else if (exists(f:para-number($e))) then 'para-' || f:para-number($e)
      else if ($e[self::*:div or self::*:div1 or self::*:div2 or self::*:div3 or self::*:div4 or self::*:div5 or self::*:div6 or self::*:div7] and $e/ancestor::tei:text) then
        'div-' || $e/accumulator-before('vp:counters')[5]
      else 'n-' || string-join(let $path := $e/accumulator-before('vp:path') return subsequence($path, 1, count($path) - 1) ! string(.), '-')"/>
  </xsl:function>

  <!-- The element positions along the path to the current element: at an element (before its
       children), the position among its element siblings of each of its ancestors-or-self, then the
       number of its element children seen so far (0). f:html-id's generated ids ('n-1-2-5') come from
       it in one pass: counting preceding siblings at every ancestor was quadratic in wide trees.
       saxon-js computes an accumulator at its first use, so documents that never need such an id
       never pay for it. -->
  <xsl:accumulator name="vp:path" as="xs:integer*" initial-value="0">
    <xsl:accumulator-rule match="*" phase="start" select="(subsequence($value, 1, count($value) - 1), $value[last()] + 1, 0)"/>
    <xsl:accumulator-rule match="*" phase="end" select="subsequence($value, 1, count($value) - 1)"/>
  </xsl:accumulator>
</xsl:stylesheet>
