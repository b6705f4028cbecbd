/** Schema association: <?xml-model?> PIs, schemaMap and catalogs from the config, overrides, defaults, rule severities. */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {schemaMapKey, schemaMapLookup} from '../../src/validate/associate.js'

const dir = mkdtempSync(join(tmpdir(), 'teipipe-associate-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const TEI = 'http://www.tei-c.org/ns/1.0'
const rng = `<element name="TEI" ns="${TEI}" xmlns="http://relaxng.org/ns/structure/1.0"><oneOrMore><element name="p"><text/></element></oneOrMore></element>`
const model = (href: string) => `<?xml-model href="${href}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n`
const URL = 'https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng'

writeFileSync(join(dir, 'own.rng'), rng)
writeFileSync(join(dir, 'local.xml'), `${model('own.rng')}<TEI xmlns="${TEI}"><p>x</p><q/></TEI>\n`)
writeFileSync(join(dir, 'web.xml'), `<?xml version="1.0"?>\n${model(URL)}<TEI xmlns="${TEI}"><p>x</p></TEI>\n`)
writeFileSync(join(dir, 'none.xml'), `<TEI xmlns="${TEI}"><p>x</p></TEI>\n`)

async function validate(args: string[]) {
  const io = memoryIo(dir)
  const code = await run(['validate', '--format', 'json', ...args], io)
  return {code, files: (JSON.parse(io.out) as {files: {path: string; messages: {ruleId: string; line?: number; column?: number; reason: string}[]}[]}).files, err: io.err}
}

describe('schema association', () => {
  it("validates a file against the local RELAX NG its <?xml-model?> names (not teipipe's schema)", async () => {
    const {code, files} = await validate(['local.xml'])
    expect(code).toBe(1)
    expect(files[0]?.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['element-unknown', 2, 50]])
  })

  it('a web address nothing maps is one clear error at the PI, and the network is not used', async () => {
    const {files} = await validate(['web.xml'])
    const [m] = files[0]?.messages ?? []
    expect(files[0]?.messages).toHaveLength(1)
    expect([m?.ruleId, m?.line, m?.column]).toEqual(['schema-not-found', 2, 1])
    expect(m?.reason).toContain('schemaMap')
  })

  it('a config schemaMap or an OASIS catalog resolves the address offline', async () => {
    writeFileSync(join(dir, 'teipipe.config.json'), JSON.stringify({validate: {schemaMap: {[URL]: 'own.rng'}}}))
    expect((await validate(['web.xml'])).files[0]?.messages).toEqual([])
    writeFileSync(join(dir, 'catalog.xml'), `<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><rewriteURI uriStartString="https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/" rewritePrefix="./"/></catalog>`)
    writeFileSync(join(dir, 'tei_all.rng'), rng)
    writeFileSync(join(dir, 'teipipe.config.json'), JSON.stringify({validate: {catalog: 'catalog.xml'}}))
    expect((await validate(['web.xml'])).files[0]?.messages).toEqual([])
    rmSync(join(dir, 'teipipe.config.json'))
  })

  it('schemaMap keys name an address whatever its http/https, www. and trailing slashes; a different address is not matched', async () => {
    const variants = ['http://tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng', 'https://TEI-C.org:443/release/xml/tei/custom/schema/relaxng/tei_all.rng/', 'http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng//']
    for (const key of variants) {
      writeFileSync(join(dir, 'teipipe.config.json'), JSON.stringify({validate: {schemaMap: {[key]: 'own.rng'}}}))
      expect((await validate(['web.xml'])).files[0]?.messages, key).toEqual([])
    }
    for (const key of ['https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_lite.rng', 'https://www.tei-c.org/Vault/P5/current/xml/tei/custom/schema/relaxng/tei_all.rng', 'ftp://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng']) {
      writeFileSync(join(dir, 'teipipe.config.json'), JSON.stringify({validate: {schemaMap: {[key]: 'own.rng'}}}))
      expect((await validate(['web.xml'])).files[0]?.messages.map((m) => m.ruleId), key).toEqual(['schema-not-found'])
    }
    // The key written exactly as the file has it wins over another spelling of the same address.
    expect(schemaMapLookup({[URL.replace('https://www.', 'http://')]: 'a.rng', [URL]: 'b.rng'}, URL)).toBe('b.rng')
    expect(schemaMapKey('tei_all.rng')).toBe('tei_all.rng')
    rmSync(join(dir, 'teipipe.config.json'))
  })

  it("--schema overrides the PI; teipipe's own schema applies only to files naming none", async () => {
    const overridden = await validate(['--schema', 'own.rng', 'web.xml'])
    expect(overridden.files[0]?.messages).toEqual([])
    const fallback = await validate(['none.xml'])
    expect(fallback.files[0]?.messages.some((m) => m.ruleId === 'element-incomplete' || m.ruleId === 'element-not-allowed')).toBe(true)
    // …and says so once, with what to do (never when the file names its own schema).
    expect(fallback.err).toContain("the file names no schema (no <?xml-model?>), so teipipe's own schema and rules for its editions were used")
    expect(fallback.err).toContain('--schema')
    expect((await validate(['local.xml'])).err).not.toContain('names no schema')
    expect((await validate(['local.xml', 'none.xml'])).err).toContain('1 of 2 files name no schema')
  })

  it('a compact-syntax schema (.rnc) is refused with a sentence saying to use the .rng', async () => {
    writeFileSync(join(dir, 'own.rnc'), 'element TEI { empty }\n')
    writeFileSync(join(dir, 'compact.xml'), `<?xml-model href="own.rnc" type="application/relax-ng-compact-syntax"?>\n<TEI xmlns="${TEI}"><p>x</p></TEI>\n`)
    const {code, err} = await validate(['compact.xml'])
    expect(code).toBe(2)
    expect(err).toContain('compact syntax')
    expect(err).toContain('trang')
    const named = await validate(['--schema', 'own.rnc', 'none.xml'])
    expect(named.code).toBe(2)
    expect(named.err).toMatch(/compact syntax.*trang/)
  })

  it('the config can switch a rule off (and --config names the file)', async () => {
    writeFileSync(join(dir, 'quiet.json'), JSON.stringify({rules: {'element-unknown': 'off'}}))
    const {code, files} = await validate(['--config', 'quiet.json', 'local.xml'])
    expect(files[0]?.messages).toEqual([])
    expect(code).toBe(0)
  })
})
