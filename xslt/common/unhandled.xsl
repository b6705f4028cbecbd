<?xml version="1.0" encoding="UTF-8"?>
<!-- The policy for elements that no template handles ($on-unhandled: warn | render | fail).
     Each edition renders such an element's content itself (so no text is dropped) and calls
     t:unhandled here for the message: one coded message per element name and document. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:e="https://teipipe.org/ns/error"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  expand-text="yes" exclude-result-prefixes="#all">

  <!-- The first element of each name, built once (only when an element is unhandled): the message is
       sent only from there. (A key lookup per element re-sorts the key's node list in saxon-js and was
       quadratic; grouping evaluates less per element than a map per element merged.) -->
  <xsl:variable name="vp:first-of-name" as="map(xs:string, element())" xmlns:vp="https://teipipe.org/ns/variable/private">
    <xsl:map>
      <xsl:for-each-group select="//*" group-by="name()">
        <xsl:map-entry key="current-grouping-key()" select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- Report the context element as unhandled, once per element name. -->
  <xsl:template name="t:unhandled">
    <xsl:if test="$on-unhandled = ('warn', 'fail') and $vp:first-of-name(name()) is ." xmlns:vp="https://teipipe.org/ns/variable/private">
      <xsl:choose>
        <xsl:when test="$on-unhandled = 'fail'">
          <xsl:sequence select="error($e:unhandled-element, 'No template renders &lt;' || name() || '&gt;.')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:message error-code="e:unhandled-element"><teipipe severity="info" element="{name()}" xpath="{path(.)}"/>No specific rendering for &lt;{name()}&gt;; its content is shown as plain text with class "{local-name()}".</xsl:message>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
