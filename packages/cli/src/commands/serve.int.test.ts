/**
 * Durability of `betz serve` (built: `npm test` builds first): pull the plug (SIGKILL) during a
 * loop of writes, start again on the same data, and every write the server acknowledged is there;
 * the database opens cleanly (the stale lock of the killed process is taken over). Then a graceful
 * stop (SIGTERM) exits 0 and releases the data folder. PGlite always; PostgreSQL when available.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const ADMIN_PASSWORD = 'durable clinic passphrase';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Server {
  child: ChildProcess;
  base: string;
  exited: Promise<number | null>;
}

async function start(env: Record<string, string>, dataDir: string): Promise<Server> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build (npm test does) before this test`);
  const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--data', dataDir], {
    env: { ...process.env, ...env, BETZ_ADMIN_PASSWORD: ADMIN_PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 60_000);
    child.stdout?.on('data', (d) => {
      out += String(d);
      const m = /"msg":"listening".*?"port":(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
  return { child, base: `http://127.0.0.1:${port}`, exited };
}

const CLINICIAN_PASSWORD = 'clinician durable passphrase';

/** Sign in (cookie and CSRF token), then make a bearer token, as a script would. */
async function tokenFor(base: string, username: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
  const session = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const made = await fetch(`${base}/api/v1/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': session.csrfToken },
    body: JSON.stringify({ name: 'durability' }),
  });
  const { token } = (await made.json()) as { token: string };
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

/** The admin (from BETZ_ADMIN_PASSWORD) creates a clinician; clinical data is the clinician's. */
async function clinicianHeaders(base: string, create: boolean): Promise<Record<string, string>> {
  if (create) {
    const admin = await tokenFor(base, 'admin', ADMIN_PASSWORD);
    const res = await fetch(`${base}/api/v1/users`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        username: 'dr.durable',
        displayName: 'Dr Durable',
        roles: ['clinician'],
        password: CLINICIAN_PASSWORD,
      }),
    });
    if (res.status !== 201) throw new Error(`creating the clinician answered ${res.status}`);
  }
  return tokenFor(base, 'dr.durable', CLINICIAN_PASSWORD);
}

type Target = { name: string; env: () => Promise<Record<string, string>>; cleanup: () => Promise<void> };

const targets: Target[] = [{ name: 'pglite', env: async () => ({}), cleanup: async () => {} }];
const testUrl = process.env.BETZ_TEST_DATABASE_URL;
if (testUrl) {
  const database = `betz_durability_${randomBytes(5).toString('hex')}`;
  const admin = async (q: string) => {
    const client = new pg.Client({ connectionString: testUrl });
    await client.connect();
    try {
      await client.query(q);
    } finally {
      await client.end();
    }
  };
  targets.push({
    name: 'postgres',
    env: async () => {
      await admin(`CREATE DATABASE ${database}`);
      const url = new URL(testUrl);
      url.pathname = `/${database}`;
      return { DATABASE_URL: url.toString() };
    },
    cleanup: () => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  });
}

describe.each(targets)('pulling the plug on betz serve ($name)', (target) => {
  it('keeps every acknowledged write and opens cleanly after SIGKILL', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'betz-durability-')), 'data');
    dirs.push(dataDir);
    const env = await target.env();
    try {
      let server = await start(env, dataDir);
      let headers = await clinicianHeaders(server.base, true);
      const patient = (await (
        await fetch(`${server.base}/api/v1/patients`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ familyName: 'Durable' }),
        })
      ).json()) as { id: string };
      const url = `${server.base}/api/v1/patients/${patient.id}/symptoms`;

      const acknowledged = new Set<string>();
      let n = 0;
      let killed = false;
      const writer = async () => {
        while (!killed) {
          const note = `w${n++}`;
          try {
            const res = await fetch(url, {
              method: 'POST',
              headers,
              body: JSON.stringify({ data: { date: '2025-01-01', symptom: 'cramps', note } }),
            });
            if (res.status === 201) acknowledged.add(note);
            else if (!killed) throw new Error(`write answered ${res.status}`);
          } catch (error) {
            if (!killed) throw error;
          }
        }
      };
      const writers = Array.from({ length: 4 }, writer);
      await new Promise((r) => setTimeout(r, 1500 + Math.random() * 1000));
      killed = true;
      server.child.kill('SIGKILL');
      await Promise.allSettled(writers);
      await server.exited;
      expect(acknowledged.size).toBeGreaterThan(20);

      server = await start(env, dataDir);
      const health = await fetch(`${server.base}/health`);
      expect(health.status).toBe(200);
      headers = await clinicianHeaders(server.base, false);
      const stored = new Set<string>();
      // The restarted server listens on a new port: read from it, not from the killed one.
      const readUrl = `${server.base}/api/v1/patients/${patient.id}/symptoms`;
      let cursor: string | null = null;
      do {
        const page = (await (
          await fetch(`${readUrl}?limit=500${cursor ? `&cursor=${cursor}` : ''}`, { headers })
        ).json()) as { items: { data: { note: string } }[]; page: { nextCursor: string | null } };
        for (const f of page.items) stored.add(f.data.note);
        cursor = page.page.nextCursor;
      } while (cursor);
      const lost = [...acknowledged].filter((note) => !stored.has(note));
      expect(lost).toEqual([]);
      // Still writable, and a graceful stop exits 0 and releases the folder.
      const after = await fetch(`${server.base}/api/v1/patients/${patient.id}/symptoms`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ data: { date: '2025-01-02', symptom: 'pain' } }),
      });
      expect(after.status).toBe(201);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(existsSync(join(dataDir, 'betz.lock'))).toBe(false);
    } finally {
      await target.cleanup();
    }
  }, 180_000);
});
