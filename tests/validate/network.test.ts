/**
 * `validate.allowNetwork`: a schema named by a web address is fetched only when the config allows it. A
 * local HTTP server on 127.0.0.1 counts the requests: none without allowNetwork (and the message says what
 * to do: schemaMap, a catalog, or allowNetwork), one with it, and the file is then checked against it.
 */
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'

const TEI = 'http://www.tei-c.org/ns/1.0'
const RNG = `<element name="TEI" ns="${TEI}" xmlns="http://relaxng.org/ns/structure/1.0"><oneOrMore><element name="p"><text/></element></oneOrMore></element>`

describe('allowNetwork', () => {
  let server: Server
  let requests: string[]
  let dir: string
  let url: string
  const savedCache = process.env['XDG_CACHE_HOME']

  beforeAll(async () => {
    requests = []
    server = createServer((request, response) => {
      requests.push(request.url ?? '')
      response.writeHead(200, {'content-type': 'application/xml'})
      response.end(RNG)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/schemas/letters.rng`
    dir = mkdtempSync(join(tmpdir(), 'teipipe-network-'))
    // A fresh download cache, so a copy from an earlier run cannot stand in for the fetch.
    process.env['XDG_CACHE_HOME'] = join(dir, 'cache')
    writeFileSync(join(dir, 'letter.xml'), `<?xml-model href="${url}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n<TEI xmlns="${TEI}"><p>x</p><q/></TEI>\n`)
  })
  afterAll(async () => {
    if (savedCache === undefined) delete process.env['XDG_CACHE_HOME']
    else process.env['XDG_CACHE_HOME'] = savedCache
    await new Promise((resolve) => server.close(resolve))
    rmSync(dir, {recursive: true, force: true})
  })

  async function validate() {
    const io = memoryIo(dir)
    const code = await run(['validate', '--format', 'json', 'letter.xml'], io)
    return {code, messages: (JSON.parse(io.out) as {files: {messages: {ruleId: string; line: number; reason: string}[]}[]}).files[0]?.messages ?? []}
  }

  it('without allowNetwork the address is never fetched, and the message says how to resolve it', async () => {
    const {code, messages} = await validate()
    expect(requests).toEqual([])
    expect(code).toBe(1)
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['schema-not-found', 1]])
    for (const remedy of ['schemaMap', 'catalog', '"allowNetwork": true']) expect(messages[0]?.reason).toContain(remedy)
  })

  it('with "allowNetwork": true the schema is fetched once and used', async () => {
    writeFileSync(join(dir, 'teipipe.config.json'), JSON.stringify({validate: {allowNetwork: true}}))
    const first = await validate()
    expect(requests).toEqual(['/schemas/letters.rng'])
    expect(first.messages.map((m) => [m.ruleId, m.line])).toEqual([['element-unknown', 2]])
    // The downloaded copy is kept in the user's cache: a second run does not fetch again.
    await validate()
    expect(requests).toHaveLength(1)
    rmSync(join(dir, 'teipipe.config.json'))
    const offline = await validate()
    expect(offline.messages.map((m) => m.ruleId)).toEqual(['schema-not-found'])
    expect(requests).toHaveLength(1)
  })
})
