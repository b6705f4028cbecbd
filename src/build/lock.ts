/**
 * One build of a project at a time: a lock in the project's `.teipipe-cache/` (proper-lockfile: the lock is a
 * folder made with one atomic mkdir, its time refreshed while the build runs). Two builds at once would each
 * write TEI files and the encoder's records from their own view, and a TEI the other build wrote would then
 * look edited by hand for good.
 */
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {hostname} from 'node:os'
import {join} from 'node:path'

/** The lock folder and the file naming its holder, inside `.teipipe-cache/`. */
export const LOCK_NAME = 'build.lock'
const OWNER_NAME = 'build.lock.owner'

/**
 * A lock not refreshed for this long (ms) belongs to a build that died (the holder refreshes it every half
 * of this); long, because a busy build's main thread can be late to refresh it.
 */
const STALE_MS = 120_000

/** Who holds a project's build lock: the process id and the machine it runs on (from the owner file). */
export interface LockHolder {
  pid?: number
  host?: string
}

/** The outcome of {@link lockBuild}: a release function, or who holds the lock. */
export type LockOutcome = {release: () => Promise<void>} | {heldBy: LockHolder}

function readHolder(cacheDir: string): LockHolder {
  try {
    const data = JSON.parse(readFileSync(join(cacheDir, OWNER_NAME), 'utf8')) as LockHolder
    return {...(typeof data.pid === 'number' ? {pid: data.pid} : {}), ...(typeof data.host === 'string' ? {host: data.host} : {})}
  } catch {
    return {}
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Take the build lock of the project whose cache folder is `cacheDir` (which must exist). Never waits: when
 * another build holds it, returns who does. Stale rule: a lock whose holder (same machine) is no longer
 * running, or that was not refreshed for {@link STALE_MS}, is taken over.
 */
export async function lockBuild(cacheDir: string): Promise<LockOutcome> {
  const lockPath = join(cacheDir, LOCK_NAME)
  const holder = readHolder(cacheDir)
  if (existsSync(lockPath) && holder.pid !== undefined && holder.host === hostname() && holder.pid !== process.pid && !running(holder.pid)) {
    rmSync(lockPath, {recursive: true, force: true}) // its build died without releasing it
  }
  let release: () => Promise<void>
  const lockfile = await lockLibrary()
  try {
    release = await lockfile.lock(cacheDir, {lockfilePath: lockPath, realpath: false, stale: STALE_MS, retries: 0, onCompromised: () => undefined})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') return {heldBy: readHolder(cacheDir)}
    throw error
  }
  writeFileSync(join(cacheDir, OWNER_NAME), `${JSON.stringify({pid: process.pid, host: hostname()})}\n`)
  return {
    release: async () => {
      rmSync(join(cacheDir, OWNER_NAME), {force: true})
      await release().catch(() => undefined)
    }
  }
}

/** Signals after which the process must end at once, as it does when nothing listens for them. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * proper-lockfile, without the signal listeners its dependency signal-exit adds when it loads (to remove
 * held locks at exit). A listener makes a signal wait for this thread's event loop, and a long synchronous
 * step blocks it (validating an 8 MB document in this thread took 20 s, during which Ctrl-C and SIGTERM
 * did nothing). Without them a signal ends the process at once, as Node's default; the lock it leaves is
 * taken over by the next build, whose holder is no longer running ({@link lockBuild}), and a normal end
 * releases it as before.
 */
async function lockLibrary(): Promise<typeof import('proper-lockfile')> {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]))
  const lockfile = (await import('proper-lockfile')).default
  for (const signal of STOP_SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener)
  }
  return lockfile
}

