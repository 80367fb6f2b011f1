/**
 * How long the attention list takes for a clinic of 300 synthetic patients with about two years of
 * visits (PGlite in memory). Slow (a minute to seed): runs only with BETZ_ATTENTION_PERF=1.
 *   BETZ_ATTENTION_PERF=1 npx vitest run packages/server/src/routes/attention.perf.int.test.ts
 */
import { importCases, loadAttentionSources } from '@betz/store';
import { generateCohort } from '@betz/synth';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const ASOF = '2026-01-15';

describe.runIf(process.env.BETZ_ATTENTION_PERF === '1')('attention list timing, 300 patients', () => {
  let clinic: TestClinic;
  beforeAll(async () => {
    clinic = await openTestClinic('pglite');
    const actor = { userId: clinic.accounts.clinician.id, roles: ['clinician'] };
    const cases = generateCohort({ seed: 7, size: 300, startDate: '2023-06-01', endDate: ASOF });
    const ids: string[] = [];
    for (let i = 0; i < cases.length; i += 50) {
      const batch = cases.slice(i, i + 50).map((c, j) => ({ case: c, familyName: `Synthetic${i + j}` }));
      ids.push(...(await importCases(clinic.store.db, actor, batch)));
    }
    // A visit on each ALSFRS-R date (about every 3 months), and one booked ahead for every fourth patient.
    let visits = 0;
    for (const [i, c] of cases.entries()) {
      const dates = [...new Set((c.alsfrsr ?? []).map((r) => r.date))];
      if (i % 4 === 0) dates.push('2026-01-22');
      for (const d of dates) {
        await sql`INSERT INTO visit (id, patient_id, recorded_by, updated_by, date, kind)
          VALUES (gen_random_uuid(), ${ids[i]}, ${actor.userId}, ${actor.userId}, ${d}::date, 'clinic')`.execute(
          clinic.store.db,
        );
        visits++;
      }
    }
    let facts = 0;
    for (const c of cases) for (const v of Object.values(c)) if (Array.isArray(v)) facts += v.length;
    console.log(`seeded 300 patients, ${facts} facts, ${visits} visits`);
  }, 600_000);
  afterAll(() => clinic?.close());

  it('answers, and reports the time (whole request, and the store part alone)', async () => {
    const total: number[] = [];
    const load: number[] = [];
    let res: Awaited<ReturnType<TestClinic['request']>> | undefined;
    for (let k = 0; k < 3; k++) {
      let t = performance.now();
      res = await clinic.request('GET', `/api/v1/patients/attention?asOf=${ASOF}`);
      total.push(performance.now() - t);
      t = performance.now();
      await loadAttentionSources(clinic.store.db, ASOF);
      load.push(performance.now() - t);
    }
    expect(res?.status).toBe(200);
    const worst: Record<string, number> = {};
    for (const p of res?.json.patients ?? []) worst[p.worstSeverity] = (worst[p.worstSeverity] ?? 0) + 1;
    const ms = (l: number[]) => l.map((t) => `${Math.round(t)} ms`).join(', ');
    console.log(
      `attention list: ${ms(total)} (store alone ${ms(load)}); ${res?.json.patients.length} of ${res?.json.considered} listed; worst ${JSON.stringify(worst)}`,
    );
  }, 600_000);
});
