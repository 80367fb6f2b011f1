/**
 * Several server processes on one PostgreSQL database (issue 11): `betz serve --workers N` runs N
 * processes on one port, and separately started servers (behind a load balancer) share everything a
 * request depends on through the database: a session made on one works on the other, sign-in delays
 * count failures on both, and an assessment read on one sees a write made on the other. PGlite is
 * one process and says so. Built CLI (`npm test` builds first); PostgreSQL when
 * `BETZ_TEST_DATABASE_URL` is set (CI sets it).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const testUrl = process.env.BETZ_TEST_DATABASE_URL;
const PASSWORD = 'two process passphrase';

interface Proc {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string | undefined>): Proc {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build (npm test does) before this test`);
  const child = spawn(process.execPath, [MAIN, ...args], {
    env: { ...process.env, DATABASE_URL: undefined, BETZ_ADMIN_PASSWORD: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exited };
}

async function waitFor<T>(what: string, p: Proc, test: () => T | undefined, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const got = test();
    if (got !== undefined) return got;
    if (p.child.exitCode !== null || Date.now() > until) {
      throw new Error(`${what}: not seen (exit ${p.child.exitCode})\nstdout: ${p.out()}\nstderr: ${p.err()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const listeningPort = (p: Proc) => () => {
  const m = /"msg":"listening".*?"port":(\d+)/.exec(p.out());
  return m ? Number(m[1]) : undefined;
};

const procs: Proc[] = [];
const databases: string[] = [];

async function admin(q: string): Promise<void> {
  const client = new pg.Client({ connectionString: testUrl });
  await client.connect();
  try {
    await client.query(q);
  } finally {
    await client.end();
  }
}

/** A fresh database on the test server (dropped after the file). */
async function freshDatabase(): Promise<string> {
  const name = `betz_workers_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  databases.push(name);
  const url = new URL(testUrl as string);
  url.pathname = `/${name}`;
  return url.toString();
}

afterAll(async () => {
  for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  await Promise.all(procs.map((p) => p.exited));
  for (const d of databases) await admin(`DROP DATABASE IF EXISTS ${d} WITH (FORCE)`);
});

/** A request on a new connection each time (no keep-alive), so the cluster can hand it to any worker. */
function fresh(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
}

async function signIn(base: string, username: string, password: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = res.status === 200 ? ((await res.json()) as { csrfToken: string }) : undefined;
  return {
    status: res.status,
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] as string,
    csrf: body?.csrfToken ?? '',
  };
}

describe('betz serve --workers', () => {
  it('refuses several processes on the embedded database: PGlite belongs to one process', async () => {
    const p = run(['serve', '--workers', '2', '--port', '0', '--data', '/nonexistent/betz-never-created'], {});
    procs.push(p);
    expect(await p.exited).toBe(2);
    expect(p.err()).toMatch(/--workers needs DATABASE_URL/);
    expect(existsSync('/nonexistent/betz-never-created')).toBe(false);
  });

  it('refuses a number of workers that is not 1 to 64', async () => {
    const p = run(['serve', '--workers', '0'], {});
    procs.push(p);
    expect(await p.exited).toBe(2);
    expect(p.err()).toMatch(/--workers: not a number of processes from 1 to 64: 0/);
  });

  it.skipIf(!testUrl)(
    'runs two processes on one port: one setup token for both, both answer, SIGTERM stops them all',
    async () => {
      const db = await freshDatabase();
      const p = run(['serve', '--workers', '2', '--port', '0', '--no-web'], { DATABASE_URL: db });
      procs.push(p);
      await waitFor('the running line', p, () => (/in 2 worker processes/.test(p.err()) ? true : undefined));
      const port = await waitFor('the port', p, listeningPort(p));
      const base = `http://127.0.0.1:${port}`;
      // The primary prepared the database and printed one token; no worker printed one of its own.
      const tokens = new Set(p.err().match(/betz_setup_[A-Za-z0-9_-]+/g));
      expect(tokens.size).toBe(1);
      const [setupToken] = [...tokens];
      const setup = await fetch(`${base}/api/v1/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ setupToken, username: 'admin', displayName: 'Administrator', password: PASSWORD }),
      });
      expect(setup.status).toBe(201);
      const session = await signIn(base, 'admin', PASSWORD);
      expect(session.status).toBe(200);
      // Connections are handed to the workers in turn: both serve, and the session holds on each.
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++)
        statuses.push(await fresh(`${base}/api/v1/auth/session`, { cookie: session.cookie }));
      expect(statuses.every((s) => s === 200)).toBe(true);
      const workersSeen = new Set(
        p
          .out()
          .split('\n')
          .filter((l) => l.includes('"msg":"request"') && l.includes('/auth/session'))
          .map((l) => (JSON.parse(l) as { worker?: number }).worker),
      );
      expect([...workersSeen].sort()).toEqual([1, 2]);

      // A worker that dies is replaced, and the clinic keeps being served meanwhile.
      const children = execFileSync('pgrep', ['-P', String(p.child.pid)], { encoding: 'utf8' })
        .trim()
        .split('\n');
      expect(children).toHaveLength(2);
      process.kill(Number(children[0]), 'SIGKILL');
      await waitFor('the worker replaced', p, () =>
        (p.out().match(/"msg":"listening","worker":3/g) ?? []).length === 1 ? true : undefined,
      );
      expect(p.out()).toMatch(/"level":"error","msg":"worker exited"/);
      for (let i = 0; i < 4; i++)
        expect(await fresh(`${base}/api/v1/auth/session`, { cookie: session.cookie })).toBe(200);

      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.out()).toMatch(/"msg":"stopped","workers":2/);
    },
    120_000,
  );

  it.skipIf(!testUrl)(
    'two servers on one database share sessions, sign-in delays and what an assessment reads',
    async () => {
      const db = await freshDatabase();
      const env = { DATABASE_URL: db, BETZ_ADMIN_PASSWORD: PASSWORD };
      // One after the other: the first creates the admin, the second finds the account there.
      const a = run(['serve', '--port', '0', '--no-web'], env);
      procs.push(a);
      const A = `http://127.0.0.1:${await waitFor('A listening', a, listeningPort(a))}`;
      const b = run(['serve', '--port', '0', '--no-web'], env);
      procs.push(b);
      const B = `http://127.0.0.1:${await waitFor('B listening', b, listeningPort(b))}`;

      // A session made on A works on B.
      const s = await signIn(A, 'admin', PASSWORD);
      expect(s.status).toBe(200);
      const onB = await fetch(`${B}/api/v1/auth/session`, { headers: { cookie: s.cookie } });
      expect(onB.status).toBe(200);

      // What an assessment read on A sees, a write on B changes.
      const write = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
      const patient = (await (
        await fetch(`${B}/api/v1/patients`, { method: 'POST', headers: write, body: '{}' })
      ).json()) as { id: string };
      const weigh = async (server: string, date: string, weightKg: number) => {
        const res = await fetch(`${server}/api/v1/patients/${patient.id}/weights`, {
          method: 'POST',
          headers: write,
          body: JSON.stringify({ data: { date, weightKg } }),
        });
        expect(res.status).toBe(201);
      };
      const assessedOnA = async () => {
        const res = await fetch(`${A}/api/v1/patients/${patient.id}/assessment?asOf=2025-03-10`, {
          headers: { cookie: s.cookie },
        });
        expect(res.status).toBe(200);
        return JSON.stringify(await res.json());
      };
      await weigh(B, '2025-03-01', 81.3);
      const before = await assessedOnA();
      expect(before).toContain('81.3');
      await weigh(B, '2025-03-08', 77.9);
      const after = await assessedOnA();
      expect(after).toContain('77.9');
      expect(after).not.toBe(before);

      // Sign-in failures on either server count together: the third free failure on A and the
      // fourth on B start the delay, and the right password on A is then held back.
      for (const server of [A, B, A, B]) expect((await signIn(server, 'admin', 'not the password')).status).toBe(401);
      const held = await fetch(`${A}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: PASSWORD }),
      });
      expect(held.status).toBe(429);
      expect(Number(held.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      expect(await a.exited).toBe(0);
      expect(await b.exited).toBe(0);
    },
    120_000,
  );
});
