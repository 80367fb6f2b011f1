/**
 * Bench: the clinic's "needs attention today" list (GET /api/v1/patients/attention): every stored
 * patient's case read (one query per kind for the whole clinic), assessed by the engine and reduced
 * to attention items, sorted, and each patient shown audited. 300 synthetic patients with about two
 * years of facts and a visit on each ALSFRS-R date, in an embedded (PGlite) data folder; the
 * request goes through the app in-process (no socket), three times, with the store part timed alone.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, createLoginLimiter, createPasswordHasher, silentLogger, withDefaults } from '@betz/server';
import { createApiToken, createUser, importCases, loadAttentionSources, openStore } from '@betz/store';
import { generateCohort } from '@betz/synth';
import { sql } from 'kysely';

const PATIENTS = 300;
const SEED = 7;
const AS_OF = '2026-01-15';
const RUNS = 3;

const ms = (t: number) => `${Math.round(t)} ms`;

export async function run(log: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'betz-bench-attention-'));
  const store = await openStore({ backend: 'pglite', dataDir: join(dir, 'data') });
  try {
    const user = await createUser(
      store.db,
      { userId: null, roles: [] },
      {
        username: 'bench.clinician',
        displayName: 'Bench',
        roles: ['clinician'],
        passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g',
      },
    );
    const actor = { userId: user.id, roles: user.roles };
    const token = `betz_pat_${randomUUID()}`;
    await createApiToken(store.db, actor, createHash('sha256').update(token).digest('hex'), 'bench', null);
    const cases = generateCohort({ seed: SEED, size: PATIENTS, startDate: '2023-06-01', endDate: AS_OF });
    const ids: string[] = [];
    for (let i = 0; i < cases.length; i += 50) {
      const batch = cases.slice(i, i + 50).map((c, j) => ({ case: c, familyName: `Synthetic${i + j}` }));
      ids.push(...(await importCases(store.db, actor, batch)));
    }
    // A visit on each ALSFRS-R date (about every 3 months), and one booked ahead for every fourth patient.
    let visits = 0;
    for (const [i, c] of cases.entries()) {
      const dates = [...new Set((c.alsfrsr ?? []).map((r) => r.date))];
      if (i % 4 === 0) dates.push('2026-01-22');
      for (const d of dates) {
        await sql`INSERT INTO visit (id, patient_id, recorded_by, updated_by, date, kind)
          VALUES (${randomUUID()}, ${ids[i]}, ${user.id}, ${user.id}, ${d}::date, 'clinic')`.execute(store.db);
        visits++;
      }
    }
    let facts = 0;
    for (const c of cases) for (const v of Object.values(c)) if (Array.isArray(v)) facts += v.length;
    log(
      `stored: ${PATIENTS} synthetic patients (seed ${SEED}, ${facts} dated facts, ${visits} visits), as of ${AS_OF}`,
    );

    const config = withDefaults({});
    const app = createApp({
      store,
      config,
      passwords: createPasswordHasher(),
      loginLimiter: createLoginLimiter(config.login),
      log: silentLogger,
      today: () => AS_OF,
    });
    const total: number[] = [];
    const load: number[] = [];
    let listed = 0;
    let worst: Record<string, number> = {};
    for (let k = 0; k < RUNS; k++) {
      let t = performance.now();
      const res = await app.request(`/api/v1/patients/attention?asOf=${AS_OF}&limit=500`, {
        headers: { authorization: `Bearer ${token}` },
      });
      // One page of 500 (the largest): the bench times computing the whole list, which every page does.
      const body = (await res.json()) as { items: { worstSeverity: string }[]; page: { total: number } };
      total.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`attention list answered ${res.status}`);
      listed = body.page.total;
      worst = {};
      for (const p of body.items) worst[p.worstSeverity] = (worst[p.worstSeverity] ?? 0) + 1;
      t = performance.now();
      await loadAttentionSources(store.db, AS_OF);
      load.push(performance.now() - t);
    }
    log(
      `attention list for ${PATIENTS} patients: ${total.map(ms).join(', ')} per request ` +
        `(reading the store alone: ${load.map(ms).join(', ')}); ${listed} listed, worst ${JSON.stringify(worst)}`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
