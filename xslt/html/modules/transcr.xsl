<?xml version="1.0" encoding="UTF-8"?>
<!-- Transcription and editorial intervention: supplied, gap, stamp, corrections, additions,
     deletions, unclear and damaged passages. Brackets are generated, never transcribed. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:f="https://teipipe.org/ns/function"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:v="https://teipipe.org/ns/variable"
  xmlns:vp="https://teipipe.org/ns/variable/private"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- Words the translator (or an editor) supplied: in square brackets, as the source prints them. -->
  <xsl:template match="tei:supplied">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="class" select="if (@resp = '#tr') then 'supplied-tr' else 'supplied-ed'"/>
      <xsl:with-param name="title" select="'supplied' || (' by the translator'[current()/@resp = '#tr']) || (' (' || translate(@reason, '-', ' ') || ')')[exists(current()/@reason)]"/>
      <xsl:with-param name="content" as="node()*"><span class="bracket" aria-hidden="true">[</span><xsl:apply-templates/><span class="bracket" aria-hidden="true">]</span></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A gap is described: its desc when given ("[signature]"), else the reason and extent. -->
  <xsl:template match="tei:gap">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="class" select="f:class-part('gap', @reason)"/>
      <xsl:with-param name="content" as="text()">{f:gap-label(.)}</xsl:with-param>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:gap[not(tei:desc) and not(@reason or @extent or @quantity)]" priority="2">
    <span class="gap">{f:gap-label(.)}</span>
  </xsl:template>
  <!-- What the edition prints for a gap ("[illegible]", "[signature]", "[…]"); also the table of
       contents' words for it. -->
  <xsl:function name="f:gap-label" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:sequence select="
      if (normalize-space($gap/tei:desc)) then '[' || f:plain($gap/tei:desc) || ']'
      else if (not($gap/@reason or $gap/@extent or $gap/@quantity)) then '[…]'
      else '[' || string-join((translate(($gap/@reason, 'gap')[1], '-', ' '),
        ($gap/@quantity || ' ' || $gap/@unit)[exists($gap/@quantity)],
        string($gap/@extent)[not(exists($gap/@quantity))][. != '']), ', ') || ']'"/>
  </xsl:function>

  <!-- Stamps: a bordered box; the translator's own description ("CPSU CC stamp:") stays in brackets. -->
  <xsl:template match="tei:stamp">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="class" select="'stamp-box'[current()/parent::tei:opener or current()/parent::tei:closer]"/>
      <xsl:with-param name="content" as="node()*">
        <span class="bracket" aria-hidden="true">[</span>
        <xsl:choose>
          <xsl:when test="tei:mentioned">
            <!-- Around the stamp's own words (mentioned): the translator's description. -->
            <xsl:for-each-group select="node()" group-adjacent="exists(self::tei:mentioned)">
              <xsl:choose>
                <xsl:when test="current-grouping-key()"><span class="stamp-text"><xsl:apply-templates select="current-group()"/></span></xsl:when>
                <xsl:otherwise><span class="tr-desc"><xsl:apply-templates select="current-group()"/></span></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each-group>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
        </xsl:choose>
        <span class="bracket" aria-hidden="true">]</span>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A project correction: the corrected reading, the source reading as a tooltip and a numbered note. -->
  <xsl:template match="tei:choice[tei:sic and tei:corr]" priority="2">
    <xsl:choose>
      <!-- The lean path (see t:span in core.xsl): t:inline's output written directly, without
           building the content as a temporary tree and copying it (a correction costs that twice). -->
      <xsl:when test="not(@xml:id or @rend or @type or @rendition or @xml:lang or $debug-paths)">
        <span class="choice correction" title="{f:source-reading(.)}"><xsl:call-template name="t:correction"/></span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:inline">
          <xsl:with-param name="class" select="'correction'"/>
          <xsl:with-param name="title" select="f:source-reading(.)"/>
          <xsl:with-param name="content" as="node()*"><xsl:call-template name="t:correction"/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The corrected reading and the reference to its note. -->
  <xsl:template name="t:correction">
    <span class="{string-join(('corr', f:class-part('cert', tei:corr/@cert)), ' ')}"><xsl:apply-templates select="tei:corr/node()"/></span>
    <!-- (f:footnote-number's tests, less the ones the template's pattern made.) -->
    <xsl:call-template name="t:noteref"><xsl:with-param name="n" select="if (ancestor::tei:text) then accumulator-before('vp:counters')[1] else ()"/></xsl:call-template>
  </xsl:template>

  <xsl:function name="f:source-reading" as="xs:string">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:variable name="sic" select="f:plain($choice/tei:sic)"/>
    <xsl:variable name="corr" select="f:plain($choice/tei:corr)"/>
    <xsl:sequence select="
      if ($corr = '') then 'The source has an extra ‘' || $sic || '’ here; removed by the editors.'
      else 'Source reads “' || $sic || '”.' || (' Correction uncertain.'[$choice/tei:corr/@cert = ('low', 'medium')])"/>
  </xsl:function>

  <!-- Editorial signs (README, "Editorial signs"): a visible sign after or around the words, and its
       explanation in a span that is visually hidden (read by screen readers) and shown as a tooltip
       when the sign is hovered or focused (tabindex: keyboard users reach it too). No script. -->
  <xsl:template name="t:ed-sign">
    <xsl:param name="sign" as="xs:string"/>
    <xsl:param name="explanation" as="xs:string"/>
    <xsl:param name="kind" as="xs:string"/>
    <!-- inside a link (a name linked to its register) the link takes the focus: no second stop -->
    <span class="ed-sign sign-{$kind}">
      <xsl:if test="empty(ancestor::tei:ref | ancestor::*[@ref])"><xsl:attribute name="tabindex" select="0"/></xsl:if>{$sign}<span class="ed-tip">{$explanation}</span></span>
  </xsl:template>

  <!-- A word printed as the source has it, without a correction (TEI Guidelines §3.5.1): "[sic]" after it. -->
  <xsl:template match="tei:sic[not(parent::tei:choice)]" priority="1">
    <xsl:call-template name="t:span"/>
    <xsl:call-template name="t:ed-sign">
      <xsl:with-param name="kind" select="'sic'"/>
      <xsl:with-param name="sign" select="' [sic]'"/>
      <xsl:with-param name="explanation" select="' thus in the original' || (', as the translator notes'[current()/@resp = '#tr'])"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A doubtful reading (TEI Guidelines §11.3.3.1): "[?]" after it. -->
  <xsl:template match="tei:unclear[not(parent::tei:choice)][f:unclear-in-word(.)]" priority="1.5">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="content" as="text()">{f:underdot(string(.))}</xsl:with-param>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:unclear[not(parent::tei:choice)]" priority="1">
    <xsl:call-template name="t:span"/>
    <xsl:call-template name="t:ed-sign">
      <xsl:with-param name="kind" select="'unclear'"/>
      <xsl:with-param name="sign" select="'[?]'"/>
      <xsl:with-param name="explanation" select="' unclear in the original; reading uncertain' || (' (translator)'[current()/@resp = '#tr'])"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Alternative readings of an unclear word: the first, then "[or: other?]". -->
  <xsl:template match="tei:choice[tei:unclear and empty(* except tei:unclear)]" priority="2">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="class" select="'unclear-alternatives'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:apply-templates select="tei:unclear[1]/node()"/>
        <xsl:call-template name="t:ed-sign">
          <xsl:with-param name="kind" select="'unclear'"/>
          <xsl:with-param name="sign" select="' [or: ' || string-join(tei:unclear[position() gt 1] ! f:plain(.), ' or ') || '?]'"/>
          <xsl:with-param name="explanation" select="' unclear in the original; other possible reading' || ('s'[count(current()/tei:unclear) gt 2]) || (' (translator)'[current()/tei:unclear/@resp = '#tr'])"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:sic | tei:corr | tei:reg | tei:orig | tei:expan | tei:ex | tei:am | tei:unclear | tei:damage | tei:surplus | tei:restore | tei:subst | tei:secl | tei:handShift | tei:redo | tei:undo | tei:retrace" priority="0">
    <xsl:call-template name="t:span"/>
  </xsl:template>

  <!-- An addition (TEI Guidelines §11.3.1.4) between half brackets ⸢ ⸣; the opening one explains
       who added it (by hand, with the hand's note) and where. -->
  <xsl:template match="tei:add">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="name" select="'ins'"/>
      <xsl:with-param name="class" select="'add-hand'[current()/@hand]"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:call-template name="t:ed-sign">
          <xsl:with-param name="kind" select="'add'"/>
          <xsl:with-param name="sign" select="'⸢'"/>
          <xsl:with-param name="explanation" select="(if (@hand) then 'added by hand' else 'added') || (' (' || translate(@place, '-', ' ') || ')')[exists(current()/@place)] || ': '"/>
        </xsl:call-template>
        <xsl:apply-templates/>
        <span class="ed-sign sign-add" aria-hidden="true">⸣</span>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:del">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="name" select="'del'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Forme work (TEI Guidelines §11.6: running heads, page numbers, catchwords, printed rules): kept
       as printed, in a span of class "fw" (with its type), marked as forme work in its tooltip. -->
  <xsl:template match="tei:fw">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="title" select="'Forme work' || (@type ! (' (' || . || ')'))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:space">
    <span class="space">[space]</span>
  </xsl:template>
</xsl:stylesheet>
