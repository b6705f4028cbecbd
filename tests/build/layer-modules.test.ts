/** The compiled-layer cache key: the contents of a layer and of the modules it imports or includes, never its folder. */
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {layerModulesHash} from '../../src/build/layer-modules.js'
import {tempRoot} from './helpers.js'

const {root, cleanup} = tempRoot('layer-modules')
afterAll(cleanup)

const HEAD = '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'

/** A project folder with a layer that includes a sibling and imports a module from a shared folder beside the project. */
function layerIn(name: string, shared = '<xsl:param name="x" select="1"/>'): string {
  const dir = join(root, name, 'project')
  mkdirSync(join(dir, 'xsl'), {recursive: true})
  mkdirSync(join(root, name, 'shared'), {recursive: true})
  writeFileSync(join(dir, 'layer.xsl'), `${HEAD}<xsl:import href="../shared/common.xsl"/><xsl:include href="xsl/notes.xsl"/></xsl:stylesheet>`)
  writeFileSync(join(dir, 'xsl', 'notes.xsl'), `${HEAD}<xsl:include href="../layer.xsl"/><xsl:param name="y" select="2"/></xsl:stylesheet>`)
  writeFileSync(join(root, name, 'shared', 'common.xsl'), `${HEAD}${shared}</xsl:stylesheet>`)
  return join(dir, 'layer.xsl')
}

describe('layerModulesHash', () => {
  it('is the same for the same layer in two folders, and follows includes in a cycle without looping', () => {
    expect(layerModulesHash(layerIn('a'))).toBe(layerModulesHash(layerIn('b')))
  })

  it('changes when a module the layer imports from outside its folder changes', () => {
    expect(layerModulesHash(layerIn('c', '<xsl:param name="x" select="3"/>'))).not.toBe(layerModulesHash(layerIn('d')))
  })

  it('ignores stylesheets beside the layer that it does not import or include', () => {
    const layer = layerIn('e')
    const before = layerModulesHash(layer)
    writeFileSync(join(root, 'e', 'project', 'unused.xsl'), `${HEAD}<xsl:param name="z"/></xsl:stylesheet>`)
    expect(layerModulesHash(layer)).toBe(before)
  })

  it('counts a missing module, and a computed href makes the folder part of the key', () => {
    const dir = join(root, 'f')
    mkdirSync(dir, {recursive: true})
    writeFileSync(join(dir, 'layer.xsl'), `${HEAD}<xsl:include href="gone.xsl"/></xsl:stylesheet>`)
    const missing = layerModulesHash(join(dir, 'layer.xsl'))
    writeFileSync(join(dir, 'gone.xsl'), `${HEAD}</xsl:stylesheet>`)
    expect(layerModulesHash(join(dir, 'layer.xsl'))).not.toBe(missing)
    const computed = `${HEAD}<xsl:param name="m" static="yes" select="'a.xsl'"/><xsl:include _href="{$m}"/></xsl:stylesheet>`
    for (const name of ['g', 'h']) {
      mkdirSync(join(root, name), {recursive: true})
      writeFileSync(join(root, name, 'layer.xsl'), computed)
    }
    expect(layerModulesHash(join(root, 'g', 'layer.xsl'))).not.toBe(layerModulesHash(join(root, 'h', 'layer.xsl')))
  })
})
