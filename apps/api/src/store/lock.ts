import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Thrown when another live process already holds the data directory. */
export class StoreLockedError extends Error {
  constructor(dir: string, pid: number | undefined) {
    super(
      `The data directory ${dir} is in use by another Teletipo process (${pid === undefined ? 'its lock is being written' : `pid ${pid}`}). ` +
        'Stop that process, or point TELETIPO_DATA at another directory.',
    );
    this.name = 'StoreLockedError';
  }
}

/**
 * A lock file without a pid younger than this may be one another starter is writing (older versions
 * created the file, then wrote the pid): it is never taken over before this age.
 */
const UNREADABLE_GRACE_MS = 5_000;
/** A takeover marker older than this was left by a starter that died in the few microseconds it holds one. */
const TAKEOVER_STALE_MS = 10_000;
const ATTEMPTS = 200;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code;
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Hard-links `from` at `to`: atomic, and fails with EEXIST when `to` exists. False when it does. */
function linkIfAbsent(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    if (errno(error) === 'EEXIST') return false;
    throw error;
  }
}

interface LockFile {
  /** Undefined when the file holds no pid. */
  pid: number | undefined;
  /** Which file this is: inode numbers alone are reused as soon as a file is deleted. */
  identity: string;
  ageMs: number;
}

/** What a lock file holds, or undefined when it is gone. */
function readLock(file: string): LockFile | undefined {
  try {
    const { ino, mtimeMs } = statSync(file);
    const text = readFileSync(file, 'utf8');
    const pid = /^\d+$/.test(text.trim()) ? Number(text) : undefined;
    return {
      pid: pid !== undefined && pid > 0 ? pid : undefined,
      identity: `${ino}:${mtimeMs}:${text}`,
      ageMs: Date.now() - mtimeMs,
    };
  } catch (error) {
    if (errno(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Removes the stale lock file `identity`, if it is still the one at `file`. Only the holder of the takeover
 * marker removes a lock it does not own, after checking under the marker that the file is still that
 * stale one: two starters that both saw it stale cannot remove a lock a third has just taken.
 */
function removeStale(file: string, identity: string, pidFile: string): void {
  const marker = `${file}.takeover`;
  if (!linkIfAbsent(pidFile, marker)) {
    const other = readLock(marker);
    if (other && other.ageMs > TAKEOVER_STALE_MS) unlinkSync(marker);
    return;
  }
  try {
    if (readLock(file)?.identity === identity) unlinkSync(file);
  } finally {
    unlinkSync(marker);
  }
}

/**
 * PGlite has no locking of its own and two processes on one directory corrupt it, so we keep a pid file
 * beside it (`<dir>.lock`; inside, it would upset initdb). The pid is written to a private file first,
 * then hard-linked to the lock path, which is atomic: the lock file never exists without its pid. A lock
 * left by a process that died (kill -9) is stale and taken over.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dirname(dir), { recursive: true });
  const file = `${dir.replace(/\/+$/, '')}.lock`;
  const pidFile = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(pidFile, String(process.pid), { flag: 'wx' });
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (linkIfAbsent(pidFile, file)) {
        const own = readLock(file)?.identity;
        return () => {
          // Only our own lock is removed, should anything have replaced it.
          if (readLock(file)?.identity === own) unlinkSync(file);
        };
      }
      const holder = readLock(file);
      if (!holder) continue;
      if (holder.pid === undefined && holder.ageMs < UNREADABLE_GRACE_MS)
        throw new StoreLockedError(dir, undefined);
      if (holder.pid !== undefined && holder.pid !== process.pid && isAlive(holder.pid))
        throw new StoreLockedError(dir, holder.pid);
      removeStale(file, holder.identity, pidFile);
      // Another starter may be taking it over: let it finish.
      pause(5);
    }
  } finally {
    unlinkSync(pidFile);
  }
  throw new Error(`Could not lock the data directory ${dir}`);
}
