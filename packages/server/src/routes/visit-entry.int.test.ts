import { testBackends } from '@betz/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const API = '/api/v1';

const weight = { kind: 'weight', data: { date: '2025-03-01', weightKg: 72.4 } };
const fvc = {
  kind: 'vitalCapacity',
  data: { date: '2025-03-01', kind: 'FVC', posture: 'sitting', percentPredicted: 61 },
};
const exam = {
  kind: 'exam',
  data: { date: '2025-03-01', regions: [{ region: 'cervical', side: 'right', weakness: true }] },
};

describe.each(testBackends())('the visit entry: one visit and its facts, all or nothing (%s)', (backend) => {
  let clinic: TestClinic;
  let patientId: string;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    const p = await clinic.request('POST', `${API}/patients`, {
      body: { familyName: 'Visit', givenName: 'Entry', birthDate: '1955-05-05' },
    });
    patientId = p.json.id;
  }, 60_000);
  afterAll(() => clinic?.close());

  const counts = async () => {
    const one = async (q: ReturnType<typeof sql<{ n: number }>>) => (await q.execute(clinic.store.db)).rows[0]?.n;
    return {
      visits: await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM visit WHERE patient_id = ${patientId}`),
      weights: await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM weight WHERE patient_id = ${patientId}`),
      fvc: await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM vital_capacity WHERE patient_id = ${patientId}`),
      exams: await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM exam WHERE patient_id = ${patientId}`),
      writes: await one(
        sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM audit_event WHERE patient_id = ${patientId} AND action = 'create'`,
      ),
    };
  };
  const post = (body: unknown, as: 'clinician' | 'nurse' | 'therapist' = 'clinician', id = patientId) =>
    clinic.request('POST', `${API}/patients/${id}/visit-entry`, { body, as });

  it('records the visit and every fact with its visit id, in request order, one audit event per fact', async () => {
    const before = await counts();
    const res = await post({ visit: { date: '2025-03-01', kind: 'clinic' }, facts: [weight, fvc, exam] });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const visitId = res.json.visit.id;
    expect(res.json.visit.data).toEqual({ date: '2025-03-01', kind: 'clinic' });
    expect(res.json.facts.map((f: { kind: string }) => f.kind)).toEqual(['weight', 'vitalCapacity', 'exam']);
    expect(res.json.facts.every((f: { visitId: string }) => f.visitId === visitId)).toBe(true);
    expect(res.json.facts[2].data.regions[0]).toMatchObject({ region: 'cervical', side: 'right', weakness: true });
    const after = await counts();
    expect(after).toEqual({
      visits: (before.visits ?? 0) + 1,
      weights: (before.weights ?? 0) + 1,
      fvc: (before.fvc ?? 0) + 1,
      exams: (before.exams ?? 0) + 1,
      writes: (before.writes ?? 0) + 4,
    });
    const events = await sql<{ resource_type: string; resource_id: string }>`
      SELECT resource_type, resource_id FROM audit_event WHERE patient_id = ${patientId} AND action = 'create'
      ORDER BY id DESC LIMIT 4`.execute(clinic.store.db);
    expect(events.rows.map((e) => e.resource_id).sort()).toEqual(
      [visitId, ...res.json.facts.map((f: { id: string }) => f.id)].sort(),
    );
    // The facts read back through the single-fact routes, linked to the visit.
    const weights = await clinic.request('GET', `${API}/patients/${patientId}/weights`);
    expect(weights.json.items.some((w: { visitId: string }) => w.visitId === visitId)).toBe(true);
  });

  it('adds facts to an existing visit (visitId)', async () => {
    const visit = await clinic.request('POST', `${API}/patients/${patientId}/visits`, {
      body: { data: { date: '2025-04-01' } },
    });
    const res = await post({
      visitId: visit.json.id,
      facts: [{ ...weight, data: { date: '2025-04-01', weightKg: 71 } }],
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json.visit.id).toBe(visit.json.id);
    expect(res.json.facts[0].visitId).toBe(visit.json.id);
  });

  it('writes nothing when one fact is invalid, naming the field where it is', async () => {
    const before = await counts();
    const bad = {
      kind: 'exam',
      data: { date: '2025-03-01', regions: [{ region: 'cervical', side: 'upwards', weakness: true }] },
    };
    const res = await post({ visit: { date: '2025-05-02' }, facts: [weight, fvc, bad] });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('validation_failed');
    expect(res.json.issues.map((i: { path: string }) => i.path)).toEqual(['facts[2].data.regions[0].side']);
    expect(await counts()).toEqual(before);
  });

  it('names visit fields, unknown kinds and a missing visit', async () => {
    const before = await counts();
    const paths = async (body: unknown) =>
      ((await post(body)).json.issues ?? []).map((i: { path: string }) => i.path).sort();
    expect(await paths({ visit: { date: '2025-02-30' }, facts: [weight] })).toEqual(['visit.date']);
    expect(await paths({ visit: { date: '2025-03-01' }, facts: [weight, { kind: 'horoscope', data: {} }] })).toEqual([
      'facts[1].kind',
    ]);
    expect(await paths({ facts: [weight] })).toEqual(['visit']);
    expect(
      await paths({
        visit: { date: '2025-03-01' },
        facts: [{ kind: 'weight', data: { date: '2025-03-01', weightKg: -3 } }],
      }),
    ).toEqual(['facts[0].data.weightKg']);
    const unknown = await post({ visitId: '00000000-0000-4000-8000-000000000000', facts: [weight] });
    expect(unknown.status).toBe(400);
    expect(unknown.json.issues[0].path).toBe('visitId');
    expect(await counts()).toEqual(before);
  });

  it('refuses dates the record makes impossible, at the fact, and writes nothing', async () => {
    const before = await counts();
    const early = { kind: 'weight', data: { date: '1950-01-01', weightKg: 70 } };
    const res = await post({ visit: { date: '2025-06-01' }, facts: [weight, early] });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([
      expect.objectContaining({ in: 'body', path: 'facts[1].data.date', message: expect.stringContaining('birth') }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it("refuses the whole entry (403, audited, nothing written) when a kind is not the caller's to record", async () => {
    const before = await counts();
    const therapist = await post({ visit: { date: '2025-03-05' }, facts: [weight, exam] }, 'therapist');
    expect(therapist.status).toBe(403);
    expect(therapist.json.code).toBe('forbidden');
    expect(therapist.json.message).toContain('neurological examination');
    const nurse = await post(
      {
        visit: { date: '2025-03-05' },
        facts: [weight, { kind: 'geneticResult', data: { gene: 'SOD1', classification: 'negative' } }],
      },
      'nurse',
    );
    expect(nurse.status).toBe(403);
    expect(nurse.json.message).toContain('genetic result');
    expect(await counts()).toEqual(before);
    const denied = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_event
      WHERE patient_id = ${patientId} AND action = 'denied' AND outcome = 'denied'`.execute(clinic.store.db);
    expect(denied.rows[0]?.n).toBeGreaterThanOrEqual(2);
    // What a therapist may record goes through.
    const ok = await post({ visit: { date: '2025-03-05' }, facts: [weight, fvc] }, 'therapist');
    expect(ok.status, JSON.stringify(ok.json)).toBe(201);
  });

  it('corrects stored facts in the same transaction (a medication stopped at the visit), one audit event each', async () => {
    const med = await clinic.request('POST', `${API}/patients/${patientId}/medications`, {
      body: { data: { drug: 'baclofen', startDate: '2025-01-10', dose: '10 mg three times daily' } },
    });
    expect(med.status, JSON.stringify(med.json)).toBe(201);
    const stop = {
      kind: 'medication',
      factId: med.json.id,
      version: med.json.version,
      reason: 'stopped at the visit of 2025-06-01',
      data: { ...med.json.data, stopDate: '2025-06-01' },
    };
    const res = await post({ visit: { date: '2025-06-01' }, facts: [weight], corrections: [stop] });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json.corrected).toHaveLength(1);
    expect(res.json.corrected[0]).toMatchObject({ id: med.json.id, version: med.json.version + 1 });
    expect(res.json.corrected[0].data.stopDate).toBe('2025-06-01');
    const updates = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_event WHERE resource_id = ${med.json.id} AND action = 'update'`.execute(
      clinic.store.db,
    );
    expect(updates.rows[0]?.n).toBe(1);

    // The same correction again is stale (version): the whole entry is refused, nothing is written.
    const before = await counts();
    const stale = await post({ visit: { date: '2025-06-02' }, facts: [weight], corrections: [stop] });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('version_conflict');
    expect(await counts()).toEqual(before);

    // A fact of another patient (or none) is named at its id, and nothing is written.
    const unknown = await post({
      visit: { date: '2025-06-02' },
      facts: [weight],
      corrections: [{ ...stop, factId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.issues.map((i: { path: string }) => i.path)).toEqual(['corrections[0].factId']);
    expect(await counts()).toEqual(before);
  });

  it('answers 404 for an unknown patient', async () => {
    const res = await post(
      { visit: { date: '2025-03-01' }, facts: [weight] },
      'clinician',
      '00000000-0000-4000-8000-000000000000',
    );
    expect(res.status).toBe(404);
  });
});
