/**
 * One process owns a data folder: a lock file (`betz.lock`) created exclusively, holding the
 * owner's pid. A second start is refused with the owner's pid. A lock left by a process that no
 * longer runs (on this host) is taken over; anything doubtful is refused, never guessed.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreError } from './errors.js';

export const LOCK_FILE = 'betz.lock';

interface LockContent {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface DataFolderLock {
  path: string;
  /** The lock this one replaced, left by a process that no longer runs (a crash): worth a warning. */
  takenOver: StaleLock | null;
  release(): void;
}

/** A dead owner's lock that was taken over: who held it and since when (as its file said). */
export interface StaleLock {
  pid: number;
  hostname: string;
  startedAt: string;
}

/**
 * A taken-over lock in words, for the server's log and the command line.
 *
 * @example describeStaleLock({ pid: 41, hostname: 'h', startedAt: '2026-01-02T03:04:05Z' })
 * // 'stale data folder lock taken over: process 41 (started 2026-01-02T03:04:05Z) no longer runs; it did not shut down cleanly'
 */
export function describeStaleLock(lock: StaleLock): string {
  return `stale data folder lock taken over: process ${lock.pid} (started ${lock.startedAt}) no longer runs; it did not shut down cleanly`;
}

function readLock(path: string): LockContent | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'pid' in parsed &&
      typeof parsed.pid === 'number' &&
      'hostname' in parsed &&
      typeof parsed.hostname === 'string'
    ) {
      return { pid: parsed.pid, hostname: parsed.hostname, startedAt: String((parsed as LockContent).startedAt) };
    }
  } catch {
    // unreadable or half-written: handled by the caller as "in doubt"
  }
  return undefined;
}

/** Whether a process with this pid runs here (EPERM: it runs, under another user). */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string, content: LockContent): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(content)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Take the data folder's lock or throw a `StoreError` saying who holds it.
 *
 * @example const lock = acquireDataFolderLock('./betz-data'); ...; lock.release();
 */
export function acquireDataFolderLock(dataDir: string): DataFolderLock {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockContent = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  let takenOver: StaleLock | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, mine)) return { path, takenOver, release: () => releaseLock(path) };
    const held = readLock(path);
    if (!held) {
      throw new StoreError(
        'data_folder_locked',
        `The data folder ${dataDir} has a lock file (${path}) that cannot be read. If no Betz server is ` +
          'running on this folder, remove the lock file and start again.',
      );
    }
    if (held.hostname !== mine.hostname) {
      throw new StoreError(
        'data_folder_locked',
        `The data folder ${dataDir} is locked by process ${held.pid} on host ${held.hostname} (${path}). ` +
          'Stop that server first; if it is gone, remove the lock file.',
      );
    }
    if (held.pid === process.pid || processRuns(held.pid)) {
      throw new StoreError(
        'data_folder_locked',
        `The data folder ${dataDir} is in use by process ${held.pid} (started ${held.startedAt}). ` +
          `Stop that server first, or use another folder (--data). Lock file: ${path}`,
      );
    }
    takeOverStaleLock(path, held);
    takenOver = held;
  }
  throw new StoreError('data_folder_locked', `Could not take the lock ${path}; another process is starting.`);
}

/**
 * Move a dead owner's lock aside atomically (rename); only one contender can move a given file.
 * If what was moved turns out not to be the dead owner's lock (another process took it over in
 * between), it is put back with `link`, which never overwrites.
 */
function takeOverStaleLock(path: string, stale: LockContent): void {
  const aside = `${path}.stale-${stale.pid}-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else moved it: retry
    throw error;
  }
  const moved = readLock(aside);
  if (moved && moved.pid !== stale.pid) {
    try {
      linkSync(aside, path);
    } catch {
      // a third process holds a new lock now; ours goes on to be refused by the retry
    }
  }
  unlinkSync(aside);
}

function releaseLock(path: string): void {
  const held = readLock(path);
  if (held && held.pid === process.pid) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}
