import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PatientCase } from '@betz/engine';
import { importCases, LOCK_FILE, openStore } from '@betz/store';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../store/src/testing/fixtures.js';
import { backup } from './backup.js';
import { restore } from './restore.js';

const root = mkdtempSync(join(tmpdir(), 'betz-cli-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) }, out, err };
}

const synthetic: PatientCase = {
  schemaVersion: 1,
  patient: { id: 'cli-1', sex: 'female', birthDate: '1960-02-02' },
  weights: [{ date: '2025-01-01', weightKg: 61.5 }],
  alsfrsr: [
    {
      date: '2025-01-01',
      speech: 4,
      salivation: 4,
      swallowing: 3,
      handwriting: 3,
      cuttingWithoutGastrostomy: 3,
      dressing: 3,
      turningInBed: 4,
      walking: 3,
      climbingStairs: 2,
      dyspnoea: 4,
      orthopnoea: 4,
      respiratoryInsufficiency: 4,
    },
  ],
};

describe('betz backup and betz restore (embedded database)', () => {
  it('backs up a data folder and restores it into a new one; refuses a busy or non-empty target', async () => {
    delete process.env.DATABASE_URL;
    const source = join(root, 'source');
    const store = await openStore({ backend: 'pglite', dataDir: source });
    const actor = await insertUser(store.db);
    await importCases(store.db, actor, [{ case: synthetic, familyName: 'Synthetic' }]);

    // The folder has one owner: while the store is open, a backup is refused with the owner's pid.
    const busy = capture();
    expect(await backup([join(root, 'busy.jsonl'), '--data', source], busy.io)).toBe(2);
    expect(busy.err.join('')).toMatch(/in use by process \d+/);
    expect(busy.err.join('')).toMatch(/back up through it instead, with --server URL/);
    await store.close();

    // A server that crashed left its lock: the backup takes it over and says so, naming that process.
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => child.on('exit', r));
    writeFileSync(
      join(source, LOCK_FILE),
      JSON.stringify({ pid: child.pid, hostname: hostname(), startedAt: '2026-01-02T03:04:05.000Z' }),
    );
    const afterCrash = capture();
    expect(await backup([join(root, 'after-crash.jsonl'), '--data', source], afterCrash.io)).toBe(0);
    expect(afterCrash.err.join('')).toContain(
      `stale data folder lock taken over: process ${child.pid} (started 2026-01-02T03:04:05.000Z) no longer runs`,
    );

    const file = join(root, 'clinic.jsonl.gz');
    const made = capture();
    expect(await backup([file, '--data', source], made.io)).toBe(0);
    expect(made.out.join('')).toMatch(/Backed up \d+ rows \(1 patients/);

    const target = join(root, 'restored');
    const restored = capture();
    expect(await restore([file, '--data', target], restored.io)).toBe(0);
    expect(restored.out.join('')).toMatch(/Restored \d+ rows \(1 patients\)/);
    const check = await openStore({ backend: 'pglite', dataDir: target });
    const weights = await sql<{ weight_kg: number }>`SELECT weight_kg FROM weight`.execute(check.db);
    expect(weights.rows).toEqual([{ weight_kg: 61.5 }]);
    await check.close();

    const again = capture();
    expect(await restore([file, '--data', target], again.io)).toBe(2);
    expect(again.err.join('')).toMatch(/not empty/);
    const missing = capture();
    expect(await restore([join(root, 'nope.jsonl'), '--data', join(root, 'x')], missing.io)).toBe(2);
    expect(missing.err.join('')).toMatch(/no such file/);
  }, 120_000);
});

describe('betz backup --server (the embedded database, while the server runs)', () => {
  it('downloads a checked backup from the running server as an admin', async () => {
    const { startServer, createPasswordHasher, TEST_ONLY_FAST_ARGON2, silentLogger } = await import('@betz/server');
    const server = await startServer({
      port: 0,
      dataDir: join(root, 'live'),
      adminPassword: 'live backup passphrase',
      passwords: createPasswordHasher(TEST_ONLY_FAST_ARGON2),
      log: silentLogger,
    });
    try {
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'live backup passphrase' }),
      });
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const made = await fetch(`${server.url}/api/v1/auth/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ name: 'backups' }),
      });
      process.env.BETZ_TOKEN = ((await made.json()) as { token: string }).token;
      process.env.BETZ_PASSWORD = 'wrong';
      const refused = capture();
      expect(await backup([join(root, 'live.jsonl.gz'), '--server', server.url], refused.io)).toBe(2);
      expect(refused.err.join('')).toMatch(/answered 400: BETZ_PASSWORD is not your password/);
      process.env.BETZ_PASSWORD = 'live backup passphrase';
      const ok = capture();
      expect(await backup([join(root, 'live.jsonl.gz'), '--server', server.url], ok.io), ok.err.join('')).toBe(0);
      expect(ok.out.join('')).toMatch(/Backed up \d+ rows \(0 patients\) from http:\/\/127\.0\.0\.1:\d+/);
    } finally {
      delete process.env.BETZ_TOKEN;
      delete process.env.BETZ_PASSWORD;
      await server.close();
    }
  }, 120_000);
});

describe('betz backup and betz restore: mistakes in the input are bad input (status 2), said plainly', () => {
  it('a missing output folder is named before anything is read, locally or from a server', async () => {
    const file = join(root, 'no-such-folder', 'clinic.jsonl.gz');
    const local = capture();
    expect(await backup([file, '--data', join(root, 'unused')], local.io)).toBe(2);
    expect(local.err.join('')).toMatch(/cannot write .*clinic\.jsonl\.gz: the folder .*no-such-folder does not exist/);
    process.env.BETZ_TOKEN = 'betz_t_whatever';
    process.env.BETZ_PASSWORD = 'whatever';
    try {
      const remote = capture();
      expect(await backup([file, '--server', 'http://127.0.0.1:9'], remote.io)).toBe(2);
      expect(remote.err.join('')).toMatch(/no-such-folder does not exist/);
    } finally {
      delete process.env.BETZ_TOKEN;
      delete process.env.BETZ_PASSWORD;
    }
  });

  it('an unreachable server is named, with the reason, and no stack or "internal error"', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    const port = await new Promise<number>((resolve) =>
      probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)),
    );
    await new Promise((resolve) => probe.close(resolve));
    process.env.BETZ_TOKEN = 'betz_t_whatever';
    process.env.BETZ_PASSWORD = 'whatever';
    try {
      const run = capture();
      expect(await backup([join(root, 'x.jsonl.gz'), '--server', `http://127.0.0.1:${port}`], run.io)).toBe(2);
      expect(run.err.join('')).toBe(
        `betz backup: cannot reach the server at http://127.0.0.1:${port} (connection refused): is \`betz serve\` running there?\n`,
      );
      const scheme = capture();
      await expect(backup([join(root, 'x.jsonl.gz'), '--server', 'ftp://127.0.0.1/'], scheme.io)).rejects.toThrow(
        /http:\/\/ or https:\/\//,
      );
    } finally {
      delete process.env.BETZ_TOKEN;
      delete process.env.BETZ_PASSWORD;
    }
  });
});
