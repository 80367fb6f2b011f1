import type { PatientCase } from '@betz/engine';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../db/open.js';
import { caseArb } from '../testing/arbitrary.js';
import { openTestStore, testBackends } from '../testing/backends.js';
import { insertUser } from '../testing/fixtures.js';
import { loadAttentionSources } from './attention.js';
import type { Actor } from './audit.js';
import { loadAllPatientCases, loadPatientCase } from './case.js';
import { createFact, retractFact } from './facts.js';
import { importCases } from './import.js';

describe.each(testBackends())('every case at once, for the attention list (%s)', (backend) => {
  let store: Store;
  let actor: Actor;
  let ids: string[];
  beforeAll(async () => {
    store = await openTestStore(backend);
    actor = await insertUser(store.db);
    const cases = fc.sample(caseArb, { numRuns: 12, seed: 11 });
    ids = await importCases(
      store.db,
      actor,
      cases.map((c, i) => ({ case: c as unknown as PatientCase, familyName: `Synthetic${i}` })),
    );
    // A retracted fact, a visit and a referral.
    const w = await createFact(store.db, actor, 'weight', ids[0] as string, {
      data: { date: '2024-05-01', weightKg: 50 },
    });
    await retractFact(store.db, actor, 'weight', ids[0] as string, w.id, { version: 1, reason: 'wrong patient' });
    await createFact(store.db, actor, 'visit', ids[1] as string, { data: { date: '2025-06-10', kind: 'clinic' } });
    await createFact(store.db, actor, 'referral', ids[1] as string, {
      data: { date: '2025-01-10', service: 'dietitian', status: 'requested', careCode: 'team.refer.dietitian' },
    });
  }, 120_000);
  afterAll(() => store?.close());

  it.each(['2024-01-01', '2025-06-01', undefined])('equals each patient case loaded alone (as of %s)', async (asOf) => {
    const all = await loadAllPatientCases(store.db, asOf);
    expect(all.size).toBe(ids.length);
    for (const id of ids) expect(all.get(id)).toEqual(await loadPatientCase(store.db, id, asOf));
  });

  it('brings visits of any date, referrals up to the date, and the list summary', async () => {
    const sources = await loadAttentionSources(store.db, '2025-06-01');
    expect(sources.map((s) => s.summary.familyName)).toEqual([...sources.map((s) => s.summary.familyName)].sort());
    const one = sources.find((s) => s.summary.id === ids[1]);
    expect(one?.visits).toEqual([{ date: '2025-06-10', kind: 'clinic' }]);
    expect(one?.referrals).toEqual([
      { date: '2025-01-10', service: 'dietitian', status: 'requested', careCode: 'team.refer.dietitian' },
    ]);
    expect(
      (await loadAttentionSources(store.db, '2025-01-01')).find((s) => s.summary.id === ids[1])?.referrals,
    ).toEqual([]);
  });
});
