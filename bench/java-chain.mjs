// The Java chain teipipe is compared with (issues 9 and 10): Jing (RELAX NG) and the TEI Stylesheets'
// HTML and plain-text conversions on Saxon-HE, each a single JVM over a whole folder, the way a project
// runs them in a Makefile. Used by bench/build.mjs and bench/render.mjs; never by tests.
//
// Where things come from (nothing is downloaded):
//   - Java, Jing, Saxon-HE: Debian packages (default-jre-headless, jing, libsaxonhe-java) under /usr/share/java;
//   - the TEI Stylesheets: a checkout named by the TEI_STYLESHEETS environment variable (the folder that holds
//     html/html.xsl and txt/tei-to-text.xsl). They are not part of teipipe and are never copied into it.
// Peak memory and CPU come from GNU time (/usr/bin/time) when it is installed.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'

const javaDir = '/usr/share/java'
const jingClassPath = ['jing.jar', 'xercesImpl.jar', 'xml-resolver.jar', 'Saxon-HE.jar'].map((j) => join(javaDir, j))
const saxonJar = join(javaDir, 'Saxon-HE.jar')
const gnuTime = '/usr/bin/time'

/**
 * Whether the Java chain can run here.
 * Returns `{ok: true, stylesheets}` (the TEI Stylesheets folder) or `{ok: false, reason}` with a sentence
 * saying what is missing, for the bench to print as "skipped: …".
 */
export function javaChainAvailable(env = process.env) {
  if (spawnSync('java', ['-version'], {stdio: 'ignore'}).status !== 0) return {ok: false, reason: 'java is not installed'}
  const missing = [...jingClassPath, saxonJar].filter((j) => !existsSync(j))
  if (missing.length > 0) return {ok: false, reason: `missing ${missing.join(', ')} (Debian: jing, libsaxonhe-java)`}
  const stylesheets = env.TEI_STYLESHEETS
  if (!stylesheets) return {ok: false, reason: 'TEI_STYLESHEETS is not set (a checkout of the TEI Stylesheets)'}
  for (const f of ['html/html.xsl', 'txt/tei-to-text.xsl']) {
    if (!existsSync(join(stylesheets, f))) return {ok: false, reason: `${join(stylesheets, f)} does not exist`}
  }
  return {ok: true, stylesheets}
}

/**
 * Run one command, timed. Returns `{ms, cpuMs, maxRssMb, status, stderr}`: wall milliseconds, user + system
 * CPU milliseconds and peak resident set in MiB (NaN without GNU time).
 */
function timed(command, args) {
  const useTime = existsSync(gnuTime)
  const start = performance.now()
  const child = useTime
    ? spawnSync(gnuTime, ['-f', '@@java-chain %U %S %M', command, ...args], {encoding: 'utf8', maxBuffer: 1 << 28})
    : spawnSync(command, args, {encoding: 'utf8', maxBuffer: 1 << 28})
  const ms = performance.now() - start
  const m = /@@java-chain ([\d.]+) ([\d.]+) (\d+)/.exec(child.stderr ?? '')
  return {
    ms,
    cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN,
    maxRssMb: m ? Number(m[3]) / 1024 : NaN,
    status: child.status,
    stderr: (child.stderr ?? '').replace(/@@java-chain.*\n?/, '')
  }
}

/**
 * Jing over `files` (absolute paths) against `rng`, then the TEI Stylesheets' HTML and text conversions of
 * every `.xml` file in `teiDir` (one Saxon-HE run each, folder in, folder out, into `outDir/html` and
 * `outDir/text`). Returns `{ms, cpuMs, maxRssMb, stages: {validate, html, text}}`: the sum of the three
 * runs' wall and CPU milliseconds and the largest peak (they run one after another), plus each run's
 * figures. Throws when a run fails for a reason other than invalid documents (Jing exits 1 for those).
 */
export function runJavaChain({teiDir, files, rng, outDir, stylesheets}) {
  mkdirSync(join(outDir, 'html'), {recursive: true})
  mkdirSync(join(outDir, 'text'), {recursive: true})
  const validate = timed('java', ['-cp', jingClassPath.join(':'), 'com.thaiopensource.relaxng.util.Driver', rng, ...files])
  if (validate.status !== 0 && validate.status !== 1) throw new Error(`Jing failed: ${validate.stderr.slice(-1000)}`)
  const saxon = (xsl, out) => {
    const run = timed('java', ['-jar', saxonJar, `-s:${teiDir}`, `-o:${out}`, `-xsl:${join(stylesheets, xsl)}`])
    if (run.status !== 0) throw new Error(`Saxon-HE with ${xsl} failed: ${run.stderr.slice(-1000)}`)
    return run
  }
  const html = saxon('html/html.xsl', join(outDir, 'html'))
  const text = saxon('txt/tei-to-text.xsl', join(outDir, 'text'))
  const stages = {validate, html, text}
  const all = Object.values(stages)
  return {
    ms: all.reduce((a, s) => a + s.ms, 0),
    cpuMs: all.reduce((a, s) => a + s.cpuMs, 0),
    maxRssMb: Math.max(...all.map((s) => s.maxRssMb)),
    stages
  }
}
