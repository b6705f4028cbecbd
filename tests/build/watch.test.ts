/** `build --watch`: a real file change rebuilds what it touches (chokidar), within a bounded wait. */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {buildProject, type BuildResult} from '../../src/build/build.js'
import {watchProject} from '../../src/build/watch.js'
import {letter, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('watch')
afterAll(cleanup)

describe('watchProject', () => {
  it('rebuilds after a TEI file is saved, rendering only that document', async () => {
    const dir = writeProject(join(root, 'project'), {'tei/a.xml': letter('A', '1901-01-01', 'First text.'), 'tei/b.xml': letter('B', '1902-01-01', 'Other text.')})
    await buildProject(dir, {jobs: 1})
    const builds: BuildResult[] = []
    const errors: unknown[] = []
    let notify: (() => void) | undefined
    const watch = watchProject(dir, {jobs: 1}, (result) => {
      builds.push(result)
      notify?.()
    }, (error) => {
      errors.push(error)
      notify?.()
    }, 50)
    try {
      await watch.ready
      const rebuilt = new Promise<void>((resolve, reject) => {
        notify = resolve
        setTimeout(() => reject(new Error('no rebuild within 20 s of the change')), 20_000)
      })
      writeFileSync(join(dir, 'tei', 'b.xml'), letter('B', '1902-01-01', 'Changed text.'))
      await rebuilt
    } finally {
      await watch.close()
    }
    expect(errors).toEqual([])
    expect(builds[0]?.unchanged).toEqual(['a'])
    expect(builds[0]?.published).toEqual(['a', 'b'])
    expect(readFileSync(join(dir, 'dist', 'b.txt'), 'utf8')).toContain('Changed text.')
  })
})
