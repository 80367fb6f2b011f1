/**
 * Bench: the clinic server's assessment endpoint (GET /api/v1/patients/{id}/assessment: sign-in
 * by bearer token, the stored facts read in one query, the engine run, the read audited in the
 * same transaction) with 10,000 synthetic patients stored in an embedded (PGlite) data folder,
 * beside a bare hello-world route of the same framework (Hono on @hono/node-server), both served
 * and measured in one run, over loopback only. The load comes from a worker thread (its own event
 * loop) with a fixed number of keep-alive connections; each phase is bounded in requests and time.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  createApp,
  createHelloWorldApp,
  createLoginLimiter,
  createPasswordHasher,
  listenOnLoopback,
  silentLogger,
  withDefaults,
} from '@betz/server';
import { createApiToken, createUser, importCases, openStore, type Store } from '@betz/store';
import { generateCohort } from '@betz/synth';

const PATIENTS = 10_000;
const SEED = 20_250_701;
const BATCH = 250;
const CONNECTIONS = 16;
const AS_OF = '2025-06-30';
const LIMITS = {
  hello: { requests: 60_000, seconds: 8 },
  assessment: { requests: 6_000, seconds: 15 },
};

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** The load generator, run in a worker: `connections` loops of fetch over keep-alive, until a bound. */
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { urls, headers, connections, maxRequests, maxMs, warmup } = workerData;
let sent = 0, errors = 0, statusErrors = 0;
const latencies = new Float64Array(maxRequests);
let recorded = 0;
async function loop(measure, deadline, cap) {
  while (sent < cap && performance.now() < deadline) {
    const url = urls[sent++ % urls.length];
    const t0 = performance.now();
    try {
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (res.status !== 200) statusErrors++;
    } catch { errors++; }
    if (measure && recorded < latencies.length) latencies[recorded++] = performance.now() - t0;
  }
}
(async () => {
  await Promise.all(Array.from({ length: connections }, () => loop(false, performance.now() + 5000, warmup)));
  sent = 0; errors = 0; statusErrors = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: connections }, () => loop(true, start + maxMs, maxRequests)));
  const ms = performance.now() - start;
  parentPort.postMessage({ ms, errors, statusErrors, latencies: latencies.slice(0, recorded) });
})();
`;

interface LoadResult {
  ms: number;
  errors: number;
  statusErrors: number;
  latencies: Float64Array;
}

function load(
  urls: string[],
  headers: Record<string, string>,
  limit: { requests: number; seconds: number },
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER, {
      eval: true,
      workerData: {
        urls,
        headers,
        connections: CONNECTIONS,
        maxRequests: limit.requests,
        maxMs: limit.seconds * 1000,
        warmup: 200,
      },
    });
    worker.once('message', (r: LoadResult) => {
      void worker.terminate();
      resolve(r);
    });
    worker.once('error', reject);
  });
}

function describeLoad(name: string, r: LoadResult): string {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const rps = (sorted.length / r.ms) * 1000;
  return (
    `${name}: ${fmt(sorted.length)} requests in ${(r.ms / 1000).toFixed(1)} s over ${CONNECTIONS} connections: ` +
    `${fmt(rps)} requests/s, p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms` +
    (r.errors || r.statusErrors ? ` (${r.errors} failed, ${r.statusErrors} non-200)` : '')
  );
}

async function fillClinic(store: Store, log: (line: string) => void): Promise<{ ids: string[]; token: string }> {
  const passwords = createPasswordHasher();
  const user = await createUser(
    store.db,
    { userId: null, roles: [] },
    {
      username: 'bench.clinician',
      displayName: 'Bench',
      roles: ['clinician'],
      passwordHash: await passwords.hash(randomUUID()),
    },
  );
  const actor = { userId: user.id, roles: user.roles };
  const token = `betz_pat_${randomUUID()}`;
  await createApiToken(store.db, actor, createHash('sha256').update(token).digest('hex'), 'bench', null);

  let t0 = performance.now();
  const cases = generateCohort({ seed: SEED, size: PATIENTS });
  const genMs = performance.now() - t0;
  let facts = 0;
  for (const c of cases) {
    for (const v of Object.values(c)) if (Array.isArray(v)) facts += v.length;
  }
  t0 = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < cases.length; i += BATCH) {
    const batch = cases.slice(i, i + BATCH).map((c, j) => ({ case: c, familyName: `Synthetic${i + j}` }));
    ids.push(...(await importCases(store.db, actor, batch)));
  }
  const importMs = performance.now() - t0;
  log(
    `stored: ${fmt(PATIENTS)} synthetic patients (seed ${SEED}, ${fmt(facts)} dated facts) generated in ${(genMs / 1000).toFixed(1)} s, ` +
      `imported in ${(importMs / 1000).toFixed(1)} s (${fmt(PATIENTS / (importMs / 1000))} patients/s, batches of ${BATCH})`,
  );
  return { ids, token };
}

export async function run(log: (line: string) => void): Promise<void> {
  log(
    `api: assessment endpoint with ${fmt(PATIENTS)} patients stored (PGlite data folder) vs a hello-world Hono route; ` +
      'loopback, load from a worker thread',
  );
  const dir = mkdtempSync(join(tmpdir(), 'betz-bench-api-'));
  const store = await openStore({ backend: 'pglite', dataDir: join(dir, 'data') });
  try {
    const { ids, token } = await fillClinic(store, log);
    const config = withDefaults({});
    const app = createApp({
      store,
      config,
      passwords: createPasswordHasher(),
      loginLimiter: createLoginLimiter(config.login),
      log: silentLogger,
      today: () => AS_OF,
    });
    const betz = await listenOnLoopback(app.fetch);
    const bare = await listenOnLoopback(createHelloWorldApp().fetch);
    try {
      const h = await load([`${bare.url}/hello`], {}, LIMITS.hello);
      log(describeLoad('hello-world route', h));
      // Patients in a fixed shuffled order, so requests spread over the whole cohort.
      const order = ids.map((id, i) => ({ id, k: (i * 7919) % ids.length })).sort((a, b) => a.k - b.k);
      const urls = order.map(({ id }) => `${betz.url}/api/v1/patients/${id}/assessment?asOf=${AS_OF}`);
      const a = await load(urls, { authorization: `Bearer ${token}` }, LIMITS.assessment);
      log(describeLoad('assessment endpoint', a));
      const audits = await store.db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('resource_type', '=', 'assessment')
        .executeTakeFirstOrThrow();
      log(`  each assessment read audited: ${fmt(Number(audits.n))} audit events written during the run`);
    } finally {
      await betz.close();
      await bare.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
