import type { PatientCase } from '@betz/engine';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../db/open.js';
import { FACT_KINDS } from '../schema/facts.js';
import { caseArb } from '../testing/arbitrary.js';
import { openTestStore, testBackends } from '../testing/backends.js';
import { insertUser } from '../testing/fixtures.js';
import type { Actor } from './audit.js';
import { CASE_KINDS, loadPatientCase } from './case.js';
import { createFact } from './facts.js';
import { importCases } from './import.js';
import { createPatient } from './patients.js';
import { toResearchCase } from './research.js';

type Plain = Record<string, unknown>;

/** JSON with keys sorted, so that equal facts print equal. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );

/** Lists compared as multisets: facts of one date may come back in any order. */
function normalise(c: Plain): Plain {
  const out: Plain = {};
  for (const [k, v] of Object.entries(c)) out[k] = Array.isArray(v) ? v.map(canonical).sort() : v;
  return out;
}

describe.each(testBackends())('the stored case (%s)', (backend) => {
  let store: Store;
  let actor: Actor;
  beforeAll(async () => {
    store = await openTestStore(backend);
    actor = await insertUser(store.db);
  }, 60_000);
  afterAll(() => store?.close());

  it('stores every list and block of the case model, and no other', () => {
    const keys = CASE_KINDS.map((k) => k.caseKey).sort();
    const model: Required<Omit<PatientCase, 'schemaVersion' | 'patient'>> = {
      history: {},
      exams: [],
      emg: [],
      investigations: [],
      genetics: [],
      alsfrsr: [],
      alsfrsOriginal: [],
      vitalCapacity: [],
      respiratory: [],
      weights: [],
      symptoms: [],
      screenings: [],
      labs: [],
      medications: [],
      allergies: [],
      interventions: [],
      careDecisions: [],
      advanceCarePlans: [],
      endpoints: {},
    };
    expect(keys).toEqual(Object.keys(model).sort());
    expect(new Set(FACT_KINDS.map((k) => k.table)).size).toBe(FACT_KINDS.length);
  });

  it('gives back exactly the case that was stored (any case the tables accept)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const [id] = await importCases(store.db, actor, [{ case: c as unknown as PatientCase }]);
        const loaded = (await loadPatientCase(store.db, id as string)) as unknown as Plain;
        expect(loaded.patient).toEqual({ ...(c.patient as Plain), id });
        expect(normalise({ ...loaded, patient: null })).toEqual(normalise({ ...c, patient: null }));
      }),
      { numRuns: backend === 'pglite' ? 40 : 25 },
    );
  }, 120_000);

  it('as of a date: leaves out later facts and stops, keeps undated ones, skips retracted ones', async () => {
    const p = await createPatient(store.db, actor, { sex: 'female', birthDate: '1960-05-01' });
    const add = (kind: Parameters<typeof createFact>[2], data: Plain) =>
      createFact(store.db, actor, kind, p.id, { data });
    await add('weight', { date: '2024-01-10', weightKg: 70 });
    await add('weight', { date: '2024-06-10', weightKg: 66 });
    await add('medication', { drug: 'riluzole', startDate: '2024-01-15', stopDate: '2024-09-01' });
    await add('medication', { drug: 'baclofen' });
    await add('medication', { drug: 'edaravone', startDate: '2024-08-01' });
    await add('endpoints', { deathDate: '2025-02-01' });
    await add('history', { onsetDate: '2023-06-01', diagnosisDate: '2024-03-01', onsetSite: 'bulbar' });
    const deferral = { code: 'gastrostomyDiscussion', status: 'deferred', date: '2024-03-01', until: '2024-06-01' };
    await add('careDecision', deferral);
    const asOf = await loadPatientCase(store.db, p.id, '2024-03-31');
    // A deferral's end is known when it is decided: kept, or the deferral would read as open-ended.
    expect(asOf.careDecisions).toEqual([deferral]);
    expect(asOf.weights).toEqual([{ date: '2024-01-10', weightKg: 70 }]);
    expect(asOf.medications).toEqual([{ drug: 'riluzole', startDate: '2024-01-15' }, { drug: 'baclofen' }]);
    expect(asOf.endpoints).toBeUndefined();
    expect(asOf.history).toEqual({ onsetDate: '2023-06-01', diagnosisDate: '2024-03-01', onsetSite: 'bulbar' });
    const before = await loadPatientCase(store.db, p.id, '2024-02-01');
    expect(before.history).toEqual({ onsetDate: '2023-06-01', onsetSite: 'bulbar' });
    const everything = await loadPatientCase(store.db, p.id);
    expect(everything.weights).toHaveLength(2);
    expect(everything.endpoints).toEqual({ deathDate: '2025-02-01' });
  });

  it('de-identifies: no free text, dates as days from the first fact, ages over 89 as 90+', async () => {
    const c: PatientCase = {
      schemaVersion: 1,
      patient: { id: 'x', sex: 'male', birthDate: '1930-02-01' },
      history: {
        onsetDate: '2023-01-01',
        ancestry: 'named village',
        familyHistory: { als: true, relatives: 'uncle Bob' },
      },
      weights: [{ date: '2023-03-01', weightKg: 80 }],
      exams: [{ date: '2023-02-01', examiner: 'Dr Who', regions: [{ region: 'bulbar', side: 'midline', note: 'x' }] }],
      genetics: [{ gene: 'SOD1', classification: 'pathogenic', variant: 'p.Ala5Val' }],
    };
    const r = toResearchCase(c, 'rid');
    expect(r).toEqual({
      researchId: 'rid',
      sex: 'male',
      ageAtDayZero: '90+',
      facts: {
        history: { onsetDay: 0, familyHistory: { als: true } },
        weights: [{ day: 59, weightKg: 80 }],
        exams: [{ day: 31, regions: [{ region: 'bulbar', side: 'midline' }] }],
        genetics: [{ gene: 'SOD1', classification: 'pathogenic' }],
      },
    });
    expect(JSON.stringify(r)).not.toMatch(/\d{4}-\d{2}-\d{2}|Bob|Who|village|Ala5Val/);
    expect(toResearchCase({ ...c, patient: { id: 'x', birthDate: '1940-01-01' } }, 'r').ageAtDayZero).toBe(83);
  });
});
