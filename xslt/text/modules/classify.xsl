<?xml version="1.0" encoding="UTF-8"?>
<!-- Classification of TEI elements for the text edition: which are blocks, which are the
     project's interventions (numbered {n} markers), which notes stay inline. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:fp="https://teipipe.org/ns/function/private"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- Elements that always start a block of their own when they occur in a block context. -->
  <xsl:variable name="v:block-names" as="xs:string*" select="(
    'ab','argument','back','body','byline','castGroup','castItem','castList','closer','dateline',
    'div','div1','div2','div3','div4','div5','div6','div7','docAuthor','docDate','docEdition',
    'docImprint','docTitle','entry','entryFree','epigraph','figure','floatingText','form','front',
    'group','head','item','l','lg','list','listBibl','listPerson','listPlace','listOrg','listEvent',
    'msContents','msDesc','msIdentifier','msItem','msPart','physDesc','history','additional',
    'opener','p','postscript','row','salute','sense','signed','sp','speaker','spGrp',
    'superEntry','table','text','titlePage','titlePart','trailer','u','re','etym','listWit',
    'listApp','respStmt','titleStmt','publicationStmt','sourceDesc','abstract','handDesc','handNote',
    'additions','origin','provenance','acquisition','decoDesc','decoNote','bindingDesc','binding',
    'sealDesc','seal','accMat','objectDesc','supportDesc','support','layoutDesc','layout','typeDesc',
    'typeNote','scriptDesc','scriptNote','foliation','collation','condition','custodialHist',
    'custEvent','recordHist','surrogates','msFrag','adminInfo','availability','licence')"/>

  <!-- Phrase-level elements: inline even when they contain block-like descendants. -->
  <xsl:variable name="v:inline-names" as="xs:string*" select="(
    'hi','emph','foreign','persName','placeName','orgName','name','rs','term','title','date',
    'time','num','measure','q','quote','said','soCalled','mentioned','choice','seg','add','del',
    'subst','unclear','supplied','corr','sic','abbr','expan','reg','orig','note','ref','ptr','lb',
    'pb','cb','gap','stamp','idno','roleName','w','c','pc','s','phr','cl','gloss','distinct',
    'origDate','origPlace')"/>

  <!-- The two lists as maps: lookups in a map are constant-time, general comparisons with a
       long sequence are not (they dominated the profile in saxon-js). -->
  <xsl:variable name="v:block-set" as="map(xs:string, xs:boolean)" select="map:merge($v:block-names ! map{.: true()})"/>
  <xsl:variable name="v:inline-set" as="map(xs:string, xs:boolean)" select="map:merge($v:inline-names ! map{.: true()})"/>
  <xsl:variable name="v:line-set" as="map(xs:string, xs:boolean)" select="map:merge(('opener','closer','signed',
    'dateline','address','salute','byline','docImprint','titlePart','docTitle','l','stamp','postscript',
    'trailer','head') ! map{.: true()})"/>

  <!-- An element that forms its own block(s) rather than running into the text around it.
       Unknown elements count as blocks when they wrap block elements. -->
  <xsl:function name="f:is-block" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node instance of element() and (
      map:contains($v:block-set, local-name($node))
      or (not(map:contains($v:inline-set, local-name($node)))
          and exists($node/descendant::*[map:contains($v:block-set, local-name())])))"/>
  </xsl:function>

  <!-- True for content that must not get brackets of its own because an enclosing element
       already prints them (a gap or stamp inside a translator's note or a supplied passage). -->
  <xsl:function name="f:bracketed" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::tei:note[f:inline-note(.)] | $e/ancestor::tei:supplied
      | $e/ancestor::tei:stamp[@resp])"/>
  </xsl:function>

  <!-- A note printed where it stands, in brackets: the translator's notes and notes the
       source itself prints inline (f:note-kind in ../common/functions.xsl). -->
  <xsl:function name="f:inline-note" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="fp:note-kind($note) = 'inline'"/>
  </xsl:function>

  <!-- Running numbers and note kinds, in one pass over the document (an accumulator is a walk over
       every node storing a value on each, ≈ 1 µs per node in saxon-js: one walk instead of three).
       The value is four items:
       1. twice the number of marked elements of the text so far (f:marked-number), plus 1 on an
          element that f:marked accepts (f:marked-here); a marked element outside the text (in the
          header) keeps the number before it;
       2. twice the number of the text's notes gathered under "Notes" so far (f:source-note), plus 1
          on such a note;
       3. on a note, its f:note-kind (asked once per note: it was asked up to ten times, by the
          counters, the marginal-note search of its block, its inline rendering and the closing lists;
          f:note-kind stays the override point);
       4. the number of marginal notes so far in the whole document (vp:has-margins).
       Items 1-3 are read on the four elements the rules name only (note, choice, supplied, app):
       the value holds for the nodes after them. Each TEI of a corpus starts at 0, or at
       $chunk-counters (the counters after the previous run of a document rendered in runs).
       The patterns name the four elements, so that saxon-js tests only those. -->
  <xsl:accumulator name="vp:notes" as="item()+" initial-value="(0, 0, '', 0)" xmlns:vp="https://teipipe.org/ns/variable/private">
    <xsl:accumulator-rule match="tei:TEI" select="let $start := tokenize($chunk-counters) ! xs:integer(.)
      return (2 * ($start[1], 0)[1], 2 * ($start[2], 0)[1], '', $value[4])"/>
    <xsl:accumulator-rule match="tei:note" select="let $kind := f:note-kind(.),
        $in-text := exists(ancestor::tei:text),
        $footnote := $kind = ('editorial', 'source') and f:source-footnote(.),
        $marked := $kind eq 'editorial' and not($footnote),
        $source := $in-text and $kind eq 'source' and not($footnote)
      return (2 * ($value[1] idiv 2) + (if (not($marked)) then 0 else if ($in-text) then 3 else 1),
        2 * ($value[2] idiv 2) + (if ($source) then 3 else 0),
        $kind,
        $value[4] + (if ($kind eq 'margin') then 1 else 0))"/>
    <xsl:accumulator-rule match="tei:choice | tei:supplied | tei:app" select="
      (2 * ($value[1] idiv 2) + (if (not(f:marked(.))) then 0 else if (ancestor::tei:text) then 3 else 1),
       $value[2], '', $value[4])"/>
  </xsl:accumulator>

  <!-- Whether the document has a marginal note at all: most have none, and their blocks skip the search
       for them (t:block). -->
  <xsl:variable name="vp:has-margins" as="xs:boolean" select="/accumulator-after('vp:notes')[4] gt 0" xmlns:vp="https://teipipe.org/ns/variable/private"/>

  <!-- f:note-kind of an element, from the accumulator for TEI notes. -->
  <xsl:function name="fp:note-kind" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e instance of element(tei:note)) then $e/accumulator-before('vp:notes')[3] else f:note-kind($e)" xmlns:vp="https://teipipe.org/ns/variable/private"/>
  </xsl:function>

  <!-- A note the source prints in a margin: a line of its own after the paragraph, in both profiles. -->
  <xsl:function name="f:marginal" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="local-name($note) = 'note' and fp:note-kind($note) = 'margin'"/>
  </xsl:function>

  <!-- A footnote of the source printed where the encoder found it ("[1] BArch, …" at the end
       of the text): a paragraph "[n] …" in both profiles, not an endnote. -->
  <xsl:function name="f:source-footnote" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/@type = 'footnote' and exists($note/@n) and not(f:editorial($note))
      and exists($note/parent::*[not(text()[normalize-space()])])"/>
  </xsl:function>

  <!-- The document's own notes gathered under "Notes" in the reading profile, marked [n] with
       the number the source gives them (@n) or their running number. -->
  <xsl:function name="f:source-note" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="local-name($e) = 'note' and fp:note-kind($e) = 'source' and not(f:source-footnote($e))"/>
  </xsl:function>

  <!-- The project's interventions that receive a numbered {n} marker in the reading text:
       editorial notes, corrections with a responsibility, editors' supplied words, variant
       readings of an apparatus. -->
  <xsl:function name="f:marked" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="name" select="local-name($e)"/>
    <xsl:sequence select="
      if ($name eq 'note') then fp:note-kind($e) eq 'editorial' and not(f:source-footnote($e))
      else if ($name eq 'choice') then exists($e/tei:sic) and exists($e/tei:corr[@resp])
      else if ($name eq 'supplied') then f:editorial($e)
      else $name eq 'app' and count($e/(tei:lem | tei:rdg | tei:rdgGrp/tei:rdg)) gt 1"/>
  </xsl:function>

  <!-- The number of marked elements of the text up to $e (the {n} of a marked element). -->
  <xsl:function name="f:marked-number" as="xs:integer">
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="$e/accumulator-before('vp:notes')[1] idiv 2" xmlns:vp="https://teipipe.org/ns/variable/private"/>
  </xsl:function>
  <!-- Whether $e is a note gathered under "Notes" (f:source-note as the accumulator found it). -->
  <xsl:function name="fp:source-note-here" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/accumulator-before('vp:notes')[2] mod 2 eq 1" xmlns:vp="https://teipipe.org/ns/variable/private"/>
  </xsl:function>

  <!-- Nodes with a {n} marker, in document order. -->
  <xsl:function name="f:marked-nodes" as="element()*">
    <xsl:param name="text" as="element()*"/>
    <!-- (f:marked as the accumulator found it, in one pass) -->
    <!-- self:: tests, not local-name() = (…): a general comparison with a sequence costs several
         microseconds per element in saxon-js, the four name tests a fraction of one. -->
    <xsl:sequence select="$text/descendant::*[self::tei:note or self::tei:choice or self::tei:supplied or self::tei:app][accumulator-before('vp:notes')[1] mod 2 eq 1]" xmlns:vp="https://teipipe.org/ns/variable/private"/>
  </xsl:function>

  <!-- The label of a source note: its @n, else its running number. -->
  <xsl:function name="f:source-note-label" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="n" select="normalize-space($note/@n)"/>
    <xsl:sequence select="if ($n) then $n
      else string($note/accumulator-before('vp:notes')[2] idiv 2)" xmlns:vp="https://teipipe.org/ns/variable/private"/>
  </xsl:function>

  <!-- A line break is kept as a line break (not a space) in the diplomatic profile and, in the
       reading profile, in parts laid out line by line (openers, closers, addresses, verse). -->
  <xsl:function name="f:hard-lb" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:sequence select="not($reading) or exists($lb/ancestor::*[map:contains($v:line-set, local-name())])"/>
  </xsl:function>
</xsl:stylesheet>
