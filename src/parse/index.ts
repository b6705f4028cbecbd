/** Parsing: well-formedness, DOCTYPE handling and the positioned tree. */
export {parseXml, type ParseResult} from './parse-xml.js'
export {expandInternalEntities, ENTITY_LIMITS, type PreparedXml, type PrepareNote} from './doctype.js'
export {
  TEI_NS,
  attributePosition,
  elements,
  findElementOnLine,
  isTeiRoot,
  pointAt,
  resolvePath,
  startTagPosition,
  textPosition,
  type XmlAttribute,
  type XmlElement,
  type XmlNode,
  type XmlText,
  type XmlTree
} from './tree.js'
