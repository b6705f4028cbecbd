// saxon-js ships no types (engines.md §4.4); this covers what transform/saxon.ts uses.
declare module 'saxon-js' {
  interface TransformOptions {
    stylesheetInternal?: unknown
    stylesheetFileName?: string
    sourceText?: string
    sourceNode?: unknown
    sourceType?: 'xml' | 'json'
    destination?: 'serialized' | 'raw' | 'document' | 'application'
    stylesheetParams?: Record<string, unknown>
    initialMode?: string
    initialTemplate?: string
    templateParams?: Record<string, unknown>
    outputProperties?: Record<string, unknown>
    collectionFinder?: (uri: string) => unknown
    deliverMessage?: (messageNode: unknown, errorCode: unknown) => void
    deliverResultDocument?: (uri: string) => {destination: 'serialized' | 'raw' | 'document'; save?: unknown}
    baseOutputURI?: string
    resultForm?: string
  }
  export interface TransformResult {
    principalResult: any
    resultDocuments: Record<string, unknown>
    stylesheetInternal?: unknown
  }
  interface XPathApi {
    evaluate(xpath: string, context?: unknown, options?: Record<string, unknown>): any
  }
  const SaxonJS: {
    transform(options: TransformOptions, mode?: 'sync'): TransformResult
    transform(options: TransformOptions, mode: 'async'): Promise<TransformResult>
    getResource(options: Record<string, unknown>): Promise<unknown>
    getProcessorInfo(): Record<string, unknown>
    /** The platform layer; `parseXmlFromString` is the parser `transform` uses for `sourceText`. */
    getPlatform(): {parseXmlFromString(text: string): unknown}
    serialize(node: unknown, options?: Record<string, unknown>): string
    XPath: XPathApi
  }
  export default SaxonJS
}
