/**
 * Bench: the clinic server's assessment endpoint (GET /api/v1/patients/{id}/assessment: sign-in
 * by bearer token, the stored facts read in one statement, the engine run, the read audited) with
 * 10,000 synthetic patients stored, on PGlite (a data folder) and on PostgreSQL (when
 * BETZ_BENCH_DATABASE_URL or BETZ_TEST_DATABASE_URL names one), served over loopback.
 *
 * Each backend is measured against its own floor in the same run: the same server answering an
 * anonymous request to the same route (401 after the full middleware chain, no database work).
 * Three phases: the floor; "cold" (every request a different patient, so nothing is cached); and
 * "warm" (a working set of 200 patients read again and again, as a clinic day re-reads its open
 * records). The load comes from wrk (-t2 -c16) when it is on PATH, else from a worker thread of
 * fetch loops (slower: its own cost counts against the server's). Timings are printed, never asserted.
 * BETZ_BENCH_SECONDS sets each phase's length (default 10). BETZ_BENCH_CACHE names a folder that
 * keeps the stored cohort between runs (the PGlite data folder there, a fixed PostgreSQL schema),
 * as importing 10,000 patients takes minutes; without it each run stores a fresh cohort.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  createApp,
  createLoginLimiter,
  createPasswordHasher,
  listenOnLoopback,
  silentLogger,
  withDefaults,
} from '@betz/server';
import { createApiToken, createUser, importCases, openStore, type Store, type StoreOptions } from '@betz/store';
import { generateCohort } from '@betz/synth';

const PATIENTS = 10_000;
const SEED = 20_250_701;
const BATCH = 250;
const CONNECTIONS = 16;
const THREADS = 2;
const SECONDS = Number(process.env.BETZ_BENCH_SECONDS ?? 10);
const WARM_SET = 200;
const AS_OF = '2025-06-30';
/** The aims of issue 11, as a share of the floor's requests/s, and the p99 at 16 connections. */
const AIMS = { pglite: 0.15, postgres: 0.3 } as const;
const P99_AIM_MS = 50;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Responses other than the expected status, and failed requests. */
  unexpected: number;
}

const hasWrk = () => spawnSync('wrk', ['--version']).error === undefined;

/** wrk over the given paths: each of its threads walks its own stride of the list, in order. */
async function loadWithWrk(
  base: string,
  paths: string[],
  headers: Record<string, string>,
  expect: number,
  dir: string,
): Promise<LoadResult> {
  const list = join(dir, 'paths.txt');
  writeFileSync(list, `${paths.join('\n')}\n`);
  const script = join(dir, 'load.lua');
  const headerLines = Object.entries(headers)
    .map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
    .join('\n');
  writeFileSync(
    script,
    `${headerLines}
local paths = {}
for line in io.lines(${JSON.stringify(list)}) do paths[#paths + 1] = line end
local counter = 0
local i = 0
unexpected = 0
function init(args) i = tid end
function request() local p = paths[(i % #paths) + 1]; i = i + ${THREADS}; return wrk.format("GET", p) end
function response(status) if status ~= ${expect} then unexpected = unexpected + 1 end end
local threads = {}
function setup(thread) thread:set("tid", counter); counter = counter + 1; threads[#threads + 1] = thread end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("unexpected") end
  io.write(string.format("BETZ %d %.3f %.3f %.3f %d %d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, n + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout, summary.requests))
end
`,
  );
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', [`-t${THREADS}`, `-c${CONNECTIONS}`, `-d${SECONDS}s`, '-s', script, base], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (d) => {
      text += String(d);
    });
    child.on('error', reject);
    child.on('close', () => resolve(text));
  });
  const m = /BETZ (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(out);
  if (!m) throw new Error(`wrk printed no summary: ${out.slice(0, 500)}`);
  const requests = Number(m[1]);
  return { requests, rps: requests / Number(m[2]), p50: Number(m[3]), p99: Number(m[4]), unexpected: Number(m[5]) };
}

/** The fallback load generator, run in a worker: `connections` loops of fetch over keep-alive. */
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { urls, headers, connections, maxMs, expect } = workerData;
let sent = 0, unexpected = 0;
const latencies = [];
async function loop(measure, deadline) {
  while (performance.now() < deadline) {
    const url = urls[sent++ % urls.length];
    const t0 = performance.now();
    try {
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (measure && res.status !== expect) unexpected++;
    } catch { if (measure) unexpected++; }
    if (measure) latencies.push(performance.now() - t0);
  }
}
(async () => {
  await Promise.all(Array.from({ length: connections }, () => loop(false, performance.now() + 500)));
  const start = performance.now();
  await Promise.all(Array.from({ length: connections }, () => loop(true, start + maxMs)));
  parentPort.postMessage({ ms: performance.now() - start, unexpected, latencies });
})();
`;

function loadWithWorker(
  base: string,
  paths: string[],
  headers: Record<string, string>,
  expect: number,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER, {
      eval: true,
      workerData: {
        urls: paths.map((p) => base + p),
        headers,
        connections: CONNECTIONS,
        maxMs: SECONDS * 1000,
        expect,
      },
    });
    worker.once('message', (r: { ms: number; unexpected: number; latencies: number[] }) => {
      void worker.terminate();
      const sorted = r.latencies.sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
      resolve({
        requests: sorted.length,
        rps: (sorted.length / r.ms) * 1000,
        p50: at(0.5),
        p99: at(0.99),
        unexpected: r.unexpected,
      });
    });
    worker.once('error', reject);
  });
}

export function describeLoad(name: string, r: LoadResult, floor?: LoadResult): string {
  return (
    `  ${name.padEnd(34)} ${fmt(r.rps).padStart(6)} requests/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms` +
    (floor ? `, ${((r.rps / floor.rps) * 100).toFixed(1)} % of the floor` : '') +
    ` (${fmt(r.requests)} requests${r.unexpected ? `, ${r.unexpected} unexpected` : ''})`
  );
}

/** Load `base` over `paths` (in turn) for the bench's time: with wrk when on PATH, else the fetch worker. */
export function measureLoad(
  base: string,
  paths: string[],
  headers: Record<string, string>,
  expect: number,
  dir: string,
): Promise<LoadResult> {
  return hasWrk() ? loadWithWrk(base, paths, headers, expect, dir) : loadWithWorker(base, paths, headers, expect);
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
    `  stored: ${fmt(PATIENTS)} synthetic patients (seed ${SEED}, ${fmt(facts)} dated facts) generated in ${(genMs / 1000).toFixed(1)} s, ` +
      `imported in ${(importMs / 1000).toFixed(1)} s`,
  );
  return { ids, token };
}

const auditCount = async (store: Store) =>
  Number(
    (
      await store.db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('resource_type', '=', 'assessment')
        .executeTakeFirstOrThrow()
    ).n,
  );

async function benchBackend(
  name: 'pglite' | 'postgres',
  options: StoreOptions,
  dir: string,
  kept: string | undefined,
  log: (line: string) => void,
): Promise<void> {
  log(`${name}:`);
  const store = await openStore(options);
  try {
    let filled: { ids: string[]; token: string };
    if (kept && existsSync(kept)) {
      filled = JSON.parse(readFileSync(kept, 'utf8')) as { ids: string[]; token: string };
      log(`  stored: ${fmt(filled.ids.length)} synthetic patients kept from an earlier run (${kept})`);
    } else {
      filled = await fillClinic(store, log);
      if (kept) writeFileSync(kept, JSON.stringify(filled));
    }
    const { ids, token } = filled;
    const auditsBefore = await auditCount(store);
    const config = withDefaults({});
    const app = createApp({
      store,
      config,
      passwords: createPasswordHasher(),
      loginLimiter: createLoginLimiter(config.login),
      log: silentLogger,
      today: () => AS_OF,
    });
    const server = await listenOnLoopback(app.fetch);
    const load = (paths: string[], headers: Record<string, string>, expect: number) =>
      measureLoad(server.url, paths, headers, expect, dir);
    try {
      // Patients in a fixed shuffled order, so requests spread over the whole cohort.
      const order = ids.map((id, i) => ({ id, k: (i * 7919) % ids.length })).sort((a, b) => a.k - b.k);
      const path = (id: string) => `/api/v1/patients/${id}/assessment?asOf=${AS_OF}`;
      const auth = { authorization: `Bearer ${token}` };
      const floor = await load([path(order[0]?.id ?? '')], {}, 401);
      log(describeLoad('floor (anonymous, 401)', floor));
      const coldIds = order.slice(0, PATIENTS - WARM_SET);
      const cold = await load(
        coldIds.map(({ id }) => path(id)),
        auth,
        200,
      );
      const wrapped = cold.requests > coldIds.length ? ' (the list wrapped: later requests could hit the cache)' : '';
      log(describeLoad('assessment, cold (no patient twice)', cold, floor) + wrapped);
      const warmIds = order.slice(PATIENTS - WARM_SET);
      const warm = await load(
        warmIds.map(({ id }) => path(id)),
        auth,
        200,
      );
      log(describeLoad(`assessment, warm (${WARM_SET} patients re-read)`, warm, floor));
      const aim = AIMS[name];
      for (const [label, r] of [
        ['cold', cold],
        ['warm', warm],
      ] as const) {
        const share = r.rps / floor.rps;
        log(
          `  aim (${(aim * 100).toFixed(0)} % of the floor, p99 < ${P99_AIM_MS} ms), ${label}: ` +
            `${share >= aim ? 'met' : 'not met'} for requests/s, ${r.p99 < P99_AIM_MS ? 'met' : 'not met'} for p99`,
        );
      }
      const audits = (await auditCount(store)) - auditsBefore;
      log(
        `  each assessment read audited: ${fmt(audits)} audit events written for ${fmt(cold.requests + warm.requests)} measured requests (and the warm-up)`,
      );
    } finally {
      await server.close();
    }
  } finally {
    if (options.backend === 'postgres' && options.schema && !kept) {
      await store.db.schema.dropSchema(options.schema).ifExists().cascade().execute();
    }
    await store.close();
  }
}

export async function run(log: (line: string) => void): Promise<void> {
  log(
    `api: GET /api/v1/patients/{id}/assessment with ${fmt(PATIENTS)} patients stored; load from ` +
      `${hasWrk() ? `wrk -t${THREADS}` : 'a worker thread of fetch loops (wrk is not on PATH)'} -c${CONNECTIONS}, ${SECONDS} s a phase, loopback`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'betz-bench-api-'));
  const cache = process.env.BETZ_BENCH_CACHE;
  if (cache) mkdirSync(cache, { recursive: true });
  const kept = (file: string) => (cache ? join(cache, file) : undefined);
  try {
    const dataDir = cache ? join(cache, 'pglite-data') : join(dir, 'data');
    await benchBackend('pglite', { backend: 'pglite', dataDir }, dir, kept('pglite.json'), log);
    const url = process.env.BETZ_BENCH_DATABASE_URL ?? process.env.BETZ_TEST_DATABASE_URL;
    if (!url) {
      log('postgres: skipped (set BETZ_BENCH_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test)');
      return;
    }
    const schema = cache ? 'betz_bench_kept' : `betz_bench_${randomBytes(6).toString('hex')}`;
    await benchBackend(
      'postgres',
      { backend: 'postgres', connectionString: url, schema, poolSize: 10 },
      dir,
      kept('postgres.json'),
      log,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
