<?xml version="1.0" encoding="UTF-8"?>
<!-- The policy for elements that no template handles ($on-unhandled: warn | render | fail).
     Each edition renders such an element's content itself (so no text is dropped) and calls
     t:unhandled here for the message: one coded message per element name and document. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:t="https://teipipe.org/ns/template"
  xmlns:e="https://teipipe.org/ns/error"
  expand-text="yes" exclude-result-prefixes="#all">

  <xsl:key name="vp:by-name" match="*" use="name()" xmlns:vp="https://teipipe.org/ns/variable/private"/>

  <!-- Report the context element as unhandled, once per element name. -->
  <xsl:template name="t:unhandled">
    <xsl:if test="$on-unhandled = ('warn', 'fail') and key('vp:by-name', name(), root(.))[1] is ." xmlns:vp="https://teipipe.org/ns/variable/private">
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
