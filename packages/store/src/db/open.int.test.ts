import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKER_FILE, PGDATA_DIR } from './data-folder.js';
import { LOCK_FILE } from './lock.js';
import { loadMigrations, migrate } from './migrate.js';
import { openStore } from './open.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'betz-store-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A pid that surely does not run: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('exit', r));
  return child.pid as number;
}

describe('the embedded data folder', () => {
  it('is created on first start, keeps its data across restarts and is owned by one process', async () => {
    const dir = join(tempDir(), 'data');
    const first = await openStore({ backend: 'pglite', dataDir: dir });
    expect(first.migrationsApplied).toEqual(loadMigrations().map((m) => m.name));
    expect(existsSync(join(dir, MARKER_FILE))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await sql`CREATE TABLE kept (v text)`.execute(first.db);
    await sql`INSERT INTO kept VALUES ('still here')`.execute(first.db);

    // A second opener (here: the same process) is refused while the first holds the folder.
    await expect(openStore({ backend: 'pglite', dataDir: dir })).rejects.toThrow(/in use by process \d+/);
    await first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    const again = await openStore({ backend: 'pglite', dataDir: dir });
    expect(again.migrationsApplied).toEqual([]);
    const rows = await sql<{ v: string }>`SELECT v FROM kept`.execute(again.db);
    expect(rows.rows).toEqual([{ v: 'still here' }]);
    await again.close();
    await again.close(); // idempotent
  }, 60_000);

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = tempDir();
    const pid = await deadPid();
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid, hostname: (await import('node:os')).hostname(), startedAt: 'x' }),
    );
    const store = await openStore({ backend: 'pglite', dataDir: dir });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    // Taking over a crashed owner's lock is reported (the server logs it), naming that owner.
    expect(store.staleLock).toMatchObject({ pid, startedAt: 'x' });
    await store.close();
    const clean = await openStore({ backend: 'pglite', dataDir: dir });
    expect(clean.staleLock).toBeNull();
    await clean.close();
  }, 60_000);

  it('refuses a lock held by a live process or by another host, and leaves it in place', async () => {
    const dir = tempDir();
    const parentPid = process.ppid; // runs: it started this test worker
    const hostname = (await import('node:os')).hostname();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: parentPid, hostname, startedAt: 'x' }));
    await expect(openStore({ backend: 'pglite', dataDir: dir })).rejects.toThrow(`in use by process ${parentPid}`);
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, hostname: 'elsewhere', startedAt: 'x' }));
    await expect(openStore({ backend: 'pglite', dataDir: dir })).rejects.toThrow(/on host elsewhere/);
    writeFileSync(join(dir, LOCK_FILE), 'garbage');
    await expect(openStore({ backend: 'pglite', dataDir: dir })).rejects.toThrow(/cannot be read/);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe('garbage');
  });

  it('refuses a folder that is not a Betz folder, and does not touch it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'thesis.docx'), 'precious');
    await expect(openStore({ backend: 'pglite', dataDir: dir })).rejects.toThrow(/not a Betz data folder/);
    expect(readFileSync(join(dir, 'thesis.docx'), 'utf8')).toBe('precious');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a damaged folder (database files removed or corrupted) and never recreates it', async () => {
    const dir = join(tempDir(), 'data');
    const store = await openStore({ backend: 'pglite', dataDir: dir });
    await store.close();

    rmSync(join(dir, PGDATA_DIR, 'PG_VERSION'));
    await expect(openStore({ backend: 'pglite', dataDir: dir })).rejects.toThrow(/looks damaged: .*PG_VERSION/);
    expect(existsSync(join(dir, PGDATA_DIR, 'PG_VERSION'))).toBe(false);

    rmSync(join(dir, PGDATA_DIR), { recursive: true });
    await expect(openStore({ backend: 'pglite', dataDir: dir })).rejects.toThrow(/looks damaged: .*missing/);
    expect(existsSync(join(dir, PGDATA_DIR))).toBe(false);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 60_000);

  it('refuses a cluster whose control file is garbage, leaving the files as they were', async () => {
    const dir = join(tempDir(), 'data');
    const store = await openStore({ backend: 'pglite', dataDir: dir });
    await store.close();
    const control = join(dir, PGDATA_DIR, 'global', 'pg_control');
    writeFileSync(control, Buffer.alloc(8192, 0x5a));
    await expect(openStore({ backend: 'pglite', dataDir: dir })).rejects.toThrow(/looks damaged/);
    expect(readFileSync(control).every((b) => b === 0x5a)).toBe(true);
  }, 60_000);
});

describe('migrations', () => {
  it('refuses a database whose applied migration was edited afterwards, or is unknown to this build', async () => {
    const store = await openStore({ backend: 'pglite' });
    try {
      const [first, ...rest] = loadMigrations();
      if (!first) throw new Error('no migrations');
      await expect(migrate(store.db, [{ ...first, checksum: 'edited' }, ...rest])).rejects.toThrow(/was changed after/);
      await expect(migrate(store.db, [])).rejects.toThrow(/does not know/);
      expect(await migrate(store.db)).toEqual([]);
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('durability of the embedded database', () => {
  it('syncs the WAL to disk at every commit (fsync on, as on a PostgreSQL server)', async () => {
    const { DurableNodeFS } = await import('./durable-fs.js');
    const { PGlite } = await import('@electric-sql/pglite');
    const { DURABLE_START_PARAMS } = await import('./durable-fs.js');
    const fs = new DurableNodeFS(join(tempDir(), 'pgdata'));
    const pglite = new PGlite({ fs, startParams: DURABLE_START_PARAMS });
    await pglite.waitReady;
    try {
      expect(fs.fsyncInstalled).toBe(true);
      const settings = await pglite.query<{ fsync: string; method: string }>(
        "SELECT current_setting('fsync') AS fsync, current_setting('wal_sync_method') AS method",
      );
      expect(settings.rows[0]).toEqual({ fsync: 'on', method: 'fsync' });
      await pglite.exec('CREATE TABLE t (v int)');
      const before = fs.syncs;
      for (let i = 0; i < 10; i++) await pglite.query('INSERT INTO t VALUES ($1)', [i]);
      expect(fs.syncs - before).toBeGreaterThanOrEqual(10);
    } finally {
      await pglite.close();
    }
  }, 60_000);
});
