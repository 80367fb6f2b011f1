/**
 * Bench: `betz serve --workers N` on PostgreSQL, N = 1 and 2: the assessment endpoint and an
 * anonymous refused request (the framework's floor), each measured against the same database of
 * synthetic patients, over loopback. Needs PostgreSQL: BETZ_BENCH_DATABASE_URL, else
 * BETZ_TEST_DATABASE_URL (a server where it may create and drop a database); skipped without one.
 * On a 2-core machine the load generator takes a core of its own, so a second worker can add at
 * most about one core's worth: the figure to read is the ratio of 2 workers to 1 in the same run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPasswordHasher } from '@betz/server';
import { createApiToken, createUser, importCases, openStore } from '@betz/store';
import { generateCohort } from '@betz/synth';
import pg from 'pg';
import { describeLoad, type LoadResult, measureLoad } from './api.js';

const PATIENTS = 2_000;
const SEED = 20_251_130;
const AS_OF = '2025-06-30';
const MAIN = fileURLToPath(new URL('../main.js', import.meta.url));
/** Patients read over and over: each process's remembered assessments are warm after a few seconds. */
const WARM_SET = 200;

async function admin(url: string, q: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(q);
  } finally {
    await client.end();
  }
}

async function fill(url: string): Promise<{ ids: string[]; token: string }> {
  const store = await openStore({ backend: 'postgres', connectionString: url });
  try {
    const user = await createUser(
      store.db,
      { userId: null, roles: [] },
      {
        username: 'bench.clinician',
        displayName: 'Bench',
        roles: ['clinician'],
        passwordHash: await createPasswordHasher().hash(randomUUID()),
      },
    );
    const actor = { userId: user.id, roles: user.roles };
    const token = `betz_pat_${randomUUID()}`;
    await createApiToken(store.db, actor, createHash('sha256').update(token).digest('hex'), 'bench', null);
    const cases = generateCohort({ seed: SEED, size: PATIENTS });
    const ids: string[] = [];
    for (let i = 0; i < cases.length; i += 250) {
      const batch = cases.slice(i, i + 250).map((c, j) => ({ case: c, familyName: `Synthetic${i + j}` }));
      ids.push(...(await importCases(store.db, actor, batch)));
    }
    return { ids, token };
  } finally {
    await store.close();
  }
}

async function startServe(url: string, workers: number): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [MAIN, 'serve', '--workers', String(workers), '--port', '0', '--no-web'], {
    env: { ...process.env, DATABASE_URL: url, BETZ_ADMIN_PASSWORD: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`betz serve --workers ${workers} did not start: ${err}`)), 120_000);
    child.stdout?.on('data', (d) => {
      out += String(d);
      // The primary's line (with "workers") when there are several; the one process's otherwise.
      const m = (
        workers > 1 ? /"msg":"listening","host":"[^"]*","port":(\d+),"workers"/ : /"msg":"listening".*?"port":(\d+)/
      ).exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`betz serve exited with ${code}: ${err}`));
    });
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function run(log: (line: string) => void): Promise<void> {
  const server = process.env.BETZ_BENCH_DATABASE_URL ?? process.env.BETZ_TEST_DATABASE_URL;
  if (!server) {
    log('workers: skipped (needs PostgreSQL: set BETZ_BENCH_DATABASE_URL or BETZ_TEST_DATABASE_URL)');
    return;
  }
  const name = `betz_bench_workers_${randomBytes(4).toString('hex')}`;
  await admin(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(join(tmpdir(), 'betz-bench-workers-'));
  try {
    const t0 = performance.now();
    const { ids, token } = await fill(url.toString());
    log(
      `workers: ${PATIENTS.toLocaleString('en-US')} synthetic patients stored in PostgreSQL in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
        `${availableParallelism()} cores; load from a worker thread of this process`,
    );
    const path = (id: string) => `/api/v1/patients/${id}/assessment?asOf=${AS_OF}`;
    const auth = { authorization: `Bearer ${token}` };
    const results: { floor: LoadResult; cold: LoadResult; warm: LoadResult }[] = [];
    for (const workers of [1, 2]) {
      const s = await startServe(url.toString(), workers);
      const label = `${workers} worker${workers > 1 ? 's' : ''}`;
      try {
        const floor = await measureLoad(s.base, [path(ids[0] ?? '')], {}, 401, dir);
        log(describeLoad(`${label}: floor (anonymous, 401)`, floor));
        const cold = await measureLoad(s.base, ids.slice(WARM_SET).map(path), auth, 200, dir);
        log(describeLoad(`${label}: assessment, cold`, cold, floor));
        const warm = await measureLoad(s.base, ids.slice(0, WARM_SET).map(path), auth, 200, dir);
        log(describeLoad(`${label}: assessment, warm (${WARM_SET} re-read)`, warm, floor));
        results.push({ floor, cold, warm });
      } finally {
        await stop(s.child);
      }
    }
    const [one, two] = results as [(typeof results)[0], (typeof results)[0]];
    const x = (k: 'floor' | 'cold' | 'warm') => `${k} ${(two[k].rps / one[k].rps).toFixed(2)}x`;
    log(`  2 workers / 1 worker: ${x('floor')}, ${x('cold')}, ${x('warm')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
