import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError, VersionConflictError } from '../db/errors.js';
import type { Store } from '../db/open.js';
import { openTestStore, testBackends } from '../testing/backends.js';
import { insertUser } from '../testing/fixtures.js';
import type { Actor } from './audit.js';
import { loadPatientCase } from './case.js';
import { correctFact, createFact, getFact, listFacts, retractFact } from './facts.js';
import { createPatient, getPatient, updatePatient } from './patients.js';

describe.each(testBackends())('facts (%s)', (backend) => {
  let store: Store;
  let actor: Actor;
  let other: Actor;
  beforeAll(async () => {
    store = await openTestStore(backend);
    actor = await insertUser(store.db);
    other = await insertUser(store.db, ['nurse']);
  }, 60_000);
  afterAll(() => store?.close());

  const auditCount = async (patientId: string) => {
    const r = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM audit_event WHERE patient_id = ${patientId}`.execute(store.db);
    return r.rows[0]?.n ?? 0;
  };

  it('records, corrects with a reason and retracts, keeping every version', async () => {
    const p = await createPatient(store.db, actor, { familyName: 'Synthetic', sex: 'male' });
    const w = await createFact(store.db, actor, 'weight', p.id, { data: { date: '2024-01-02', weightKg: 71.5 } });
    expect(w).toMatchObject({ version: 1, data: { date: '2024-01-02', weightKg: 71.5 }, retracted: null });
    const corrected = await correctFact(store.db, other, 'weight', p.id, w.id, {
      version: 1,
      reason: 'typed 71.5 for 17.5? no: scale recalibrated',
      data: { date: '2024-01-02', weightKg: 70.9 },
    });
    expect(corrected).toMatchObject({ version: 2, updatedBy: other.userId, recordedBy: actor.userId });
    const retracted = await retractFact(store.db, actor, 'weight', p.id, w.id, { version: 2, reason: 'wrong patient' });
    expect(retracted.retracted).toMatchObject({ by: actor.userId, reason: 'wrong patient' });
    expect(retracted.version).toBe(3);

    const { record, revisions } = await getFact(store.db, actor, 'weight', p.id, w.id);
    expect(record.data).toEqual({ date: '2024-01-02', weightKg: 70.9 });
    expect(revisions.map((r) => [r.version, r.record.data.weightKg])).toEqual([
      [1, 71.5],
      [2, 70.9],
    ]);
    expect(await listFacts(store.db, actor, 'weight', p.id)).toEqual([]);
    expect(await listFacts(store.db, actor, 'weight', p.id, { includeRetracted: true })).toHaveLength(1);
    expect((await loadPatientCase(store.db, p.id)).weights).toBeUndefined();
  });

  it('refuses a stale write with the current version, and refuses to edit a retracted fact', async () => {
    const p = await createPatient(store.db, actor, {});
    const f = await createFact(store.db, actor, 'vitalCapacity', p.id, {
      data: { date: '2024-02-01', kind: 'FVC', posture: 'sitting', percentPredicted: 81 },
    });
    const change = { version: 1, reason: 'r', data: { ...f.data, percentPredicted: 79 } };
    await correctFact(store.db, actor, 'vitalCapacity', p.id, f.id, change);
    const stale = correctFact(store.db, other, 'vitalCapacity', p.id, f.id, {
      ...change,
      data: { ...f.data, percentPredicted: 90 },
    });
    await expect(stale).rejects.toThrow(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: 2 });
    await retractFact(store.db, actor, 'vitalCapacity', p.id, f.id, { version: 2, reason: 'duplicate' });
    await expect(
      correctFact(store.db, actor, 'vitalCapacity', p.id, f.id, { ...change, version: 3 }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    const [current] = await listFacts(store.db, actor, 'vitalCapacity', p.id, { includeRetracted: true });
    expect(current?.data.percentPredicted).toBe(79);
  });

  it('keeps child rows of every version: an exam corrected still shows what it said before', async () => {
    const p = await createPatient(store.db, actor, {});
    const regions = [
      { region: 'cervical', side: 'left', weakness: true, umnSigns: ['hoffmann'] },
      { region: 'bulbar', side: 'midline', fasciculations: true },
    ];
    const exam = await createFact(store.db, actor, 'exam', p.id, { data: { date: '2024-03-01', regions, other: {} } });
    expect(exam.data).toEqual({ date: '2024-03-01', regions, other: {} });
    await correctFact(store.db, actor, 'exam', p.id, exam.id, {
      version: 1,
      reason: 'left and right swapped',
      data: { date: '2024-03-01', regions: [{ ...regions[0], side: 'right' }] },
    });
    const { record, revisions } = await getFact(store.db, actor, 'exam', p.id, exam.id);
    expect(record.data.regions).toEqual([{ ...regions[0], side: 'right' }]);
    expect(revisions[0]?.record.data.regions).toEqual(regions);
    expect((await loadPatientCase(store.db, p.id)).exams).toEqual([
      { date: '2024-03-01', regions: [{ ...regions[0], side: 'right' }] },
    ]);
  });

  it('keeps one live history per patient, and visits to their own patient', async () => {
    const p = await createPatient(store.db, actor, {});
    const q = await createPatient(store.db, actor, {});
    await createFact(store.db, actor, 'history', p.id, { data: { onsetSite: 'bulbar' } });
    await expect(
      createFact(store.db, actor, 'history', p.id, { data: { onsetSite: 'cervical' } }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    const visit = await createFact(store.db, actor, 'visit', q.id, { data: { date: '2024-01-01', kind: 'clinic' } });
    const misfiled = createFact(store.db, actor, 'weight', p.id, {
      visitId: visit.id,
      data: { date: '2024-01-01', weightKg: 60 },
    });
    await expect(misfiled).rejects.toMatchObject({ code: 'invalid', detail: { field: 'visitId' } });
    const filed = await createFact(store.db, actor, 'weight', q.id, {
      visitId: visit.id,
      data: { date: '2024-01-01', weightKg: 60 },
    });
    expect(filed.visitId).toBe(visit.id);
  });

  it('names the field the database refused', async () => {
    const p = await createPatient(store.db, actor, {});
    await expect(
      createFact(store.db, actor, 'weight', p.id, { data: { date: '2024-01-01', weightKg: 4000 } }),
    ).rejects.toMatchObject({ code: 'invalid', detail: { field: 'data.weightKg' } });
    await expect(
      createFact(store.db, actor, 'exam', p.id, {
        data: { date: '2024-01-01', regions: [{ region: 'arm', side: 'left' }] },
      }),
    ).rejects.toMatchObject({ code: 'invalid', detail: { field: 'data.regions[].region' } });
    await expect(
      createFact(store.db, actor, 'alsfrsr', p.id, {
        data: {
          date: '2024-01-01',
          speech: 4,
          salivation: 4,
          swallowing: 4,
          handwriting: 4,
          dressing: 4,
          turningInBed: 4,
          walking: 4,
          climbingStairs: 4,
          dyspnoea: 4,
          orthopnoea: 4,
          respiratoryInsufficiency: 4,
        },
      }),
    ).rejects.toMatchObject({ code: 'invalid', detail: { constraint: 'alsfrsr_item5_once' } });
    // Issue 8, defect 1: the original ALSFRS needs item 5 too (the engine dropped such a row).
    await expect(
      createFact(store.db, actor, 'alsfrsOriginal', p.id, {
        data: {
          date: '2024-01-01',
          speech: 4,
          salivation: 4,
          swallowing: 4,
          handwriting: 4,
          dressing: 4,
          turningInBed: 4,
          walking: 4,
          climbingStairs: 4,
          respiratory: 4,
        },
      }),
    ).rejects.toMatchObject({ code: 'invalid', detail: { constraint: 'alsfrs_original_item5_once' } });
    await expect(updatePatient(store.db, actor, p.id, 1, { heightCm: 20 })).rejects.toMatchObject({
      code: 'invalid',
      detail: { field: 'heightCm' },
    });
    await expect(
      createFact(store.db, actor, 'weight', '00000000-0000-4000-8000-000000000000', {
        data: { date: '2024-01-01', weightKg: 60 },
      }),
    ).rejects.toBeInstanceOf(StoreError);
  });

  it('writes one audit event with every change and every read, in the same transaction', async () => {
    const p = await createPatient(store.db, actor, {});
    expect(await auditCount(p.id)).toBe(1);
    const f = await createFact(store.db, actor, 'symptom', p.id, { data: { date: '2024-01-01', symptom: 'cramps' } });
    await listFacts(store.db, actor, 'symptom', p.id);
    await getPatient(store.db, actor, p.id);
    await correctFact(store.db, actor, 'symptom', p.id, f.id, {
      version: 1,
      reason: 'r',
      data: { date: '2024-01-01', symptom: 'pain' },
    });
    expect(await auditCount(p.id)).toBe(5);
    // A refused write leaves neither the change nor its event.
    await expect(
      correctFact(store.db, actor, 'symptom', p.id, f.id, {
        version: 2,
        reason: 'r',
        data: { date: '2024-01-01', symptom: 'bad' },
      }),
    ).rejects.toThrow();
    expect(await auditCount(p.id)).toBe(5);
    const [s] = await listFacts(store.db, actor, 'symptom', p.id);
    expect(s).toMatchObject({ version: 2, data: { symptom: 'pain' } });
  });

  it('lets exactly one of two writers holding the same version win, and loses none of a race of updates', async () => {
    const p = await createPatient(store.db, actor, { familyName: 'Race' });
    const results = await Promise.allSettled([
      updatePatient(store.db, actor, p.id, 1, { givenName: 'A' }),
      updatePatient(store.db, other, p.id, 1, { givenName: 'B' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(VersionConflictError);
    expect(loser.reason.currentVersion).toBe(2);

    // Each writer retries from the version the conflict names, as a client should.
    const writers = 100;
    const write = async (i: number) => {
      let version = 2;
      for (;;) {
        try {
          return await updatePatient(store.db, actor, p.id, version, { givenName: `w${i}` }, `writer ${i}`);
        } catch (error) {
          if (!(error instanceof VersionConflictError)) throw error;
          version = error.currentVersion;
        }
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, i) => write(i)));
    const final = await getPatient(store.db, actor, p.id);
    expect(final.version).toBe(2 + writers);
    const reasons = await sql<{ r: string }>`SELECT snapshot->>'change_reason' AS r FROM fact_revision
      WHERE fact_id = ${p.id} AND version > 2`.execute(store.db);
    const seen = new Set([...reasons.rows.map((r) => r.r), final.changeReason]);
    expect(seen.size).toBe(writers);
  }, 120_000);

  it('refuses to change or remove the audit log and the revision history', async () => {
    await expect(sql`UPDATE audit_event SET action = 'read'`.execute(store.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM fact_revision`.execute(store.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_event`.execute(store.db)).rejects.toThrow(/append-only/);
  });
});
