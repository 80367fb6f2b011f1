/**
 * A case file imported into the server (`POST /patients/import`): one new patient with every fact,
 * all or nothing, one audit event per fact, issues at their path in the case file, each kind of
 * fact checked against the caller's permission; and exported back (`GET /patients/:id/case`) to
 * the same facts.
 */
import { testBackends } from '@betz/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const API = '/api/v1';

const alsfrsr = {
  date: '2025-03-12',
  speech: 4,
  salivation: 4,
  swallowing: 4,
  handwriting: 3,
  cuttingWithoutGastrostomy: 3,
  dressing: 3,
  turningInBed: 4,
  walking: 4,
  climbingStairs: 3,
  dyspnoea: 4,
  orthopnoea: 4,
  respiratoryInsufficiency: 4,
};

/** A synthetic case with a once-per-patient kind, child lists, and several kinds of several roles. */
const CASE = {
  schemaVersion: 1,
  patient: { id: 'synthetic-import-01', sex: 'male', birthDate: '1961-05-14', heightCm: 178 },
  history: {
    onsetDate: '2024-09-01',
    onsetSite: 'cervical',
    progression: { documented: true, by: 'examination' },
  },
  exams: [
    {
      date: '2025-03-12',
      regions: [
        { region: 'cervical', side: 'right', umnSigns: ['hoffmann'], weakness: true, wasting: true },
        { region: 'bulbar', side: 'midline', fasciculations: true },
      ],
    },
  ],
  alsfrsr: [alsfrsr, { ...alsfrsr, date: '2025-05-20', walking: 3 }],
  weights: [{ date: '2025-03-12', weightKg: 79.5 }],
  medications: [{ drug: 'riluzole', startDate: '2025-03-20', dose: '50 mg twice daily' }],
};
const FACTS = 1 + 1 + 2 + 1 + 1;

describe.each(testBackends())('case files in and out of the server (%s)', (backend) => {
  let clinic: TestClinic;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
  }, 300_000);
  afterAll(() => clinic?.close());

  const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
    (await query.execute(clinic.store.db)).rows[0]?.n ?? 0;
  const patients = () => count(sql<{ n: number }>`SELECT count(*)::int AS n FROM patient`);
  const importCase = (body: unknown, as: 'clinician' | 'nurse' | 'therapist' = 'clinician') =>
    clinic.request('POST', `${API}/patients/import`, { body, as });

  it('imports a case file: 201 with the new id and the counts; every fact stored, one audit event each', async () => {
    const res = await importCase(CASE);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toEqual({
      patientId: expect.any(String),
      caseId: 'synthetic-import-01',
      facts: FACTS,
      counts: { history: 1, exams: 1, alsfrsr: 2, weights: 1, medications: 1 },
    });
    const id = res.json.patientId as string;
    const events = await sql<{ action: string; resource_type: string; user_id: string }>`
      SELECT action, resource_type, user_id FROM audit_event WHERE patient_id = ${id} ORDER BY id`.execute(
      clinic.store.db,
    );
    const creates = events.rows.filter((e) => e.action === 'create');
    // Every fact, and the identifier that keeps the case's own id.
    expect(creates.map((e) => e.resource_type).sort()).toEqual(
      ['alsfrsr', 'alsfrsr', 'exam', 'history', 'identifier', 'medication', 'weight'].sort(),
    );
    expect(events.rows.filter((e) => e.action === 'import')).toHaveLength(1);
    expect(new Set(events.rows.map((e) => e.user_id))).toEqual(new Set([clinic.accounts.clinician.id]));

    // The export is the same case, under the server's id for the patient.
    const exported = await clinic.request('GET', `${API}/patients/${id}/case`);
    expect(exported.status).toBe(200);
    expect(exported.json).toEqual({ ...CASE, patient: { ...CASE.patient, id } });

    // The case's own id finds the patient.
    const found = await clinic.request('GET', `${API}/patients?q=synthetic-import-01`);
    const items = (found.json.items ?? found.json) as { id: string }[];
    expect(items.map((p) => p.id)).toEqual([id]);
  });

  it('assesses as of today by default, or as of the latest fact (the CLI default) when asked, and says which', async () => {
    const res = await importCase({ ...CASE, patient: { id: 'synthetic-import-asof' } });
    const url = `${API}/patients/${res.json.patientId}/assessment`;
    const byDefault = await clinic.request('GET', url);
    expect([byDefault.json.asOf, byDefault.json.asOfSource]).toEqual(['2025-06-01', 'today']);
    const latest = await clinic.request('GET', `${url}?asOf=latestFact`);
    // The latest dated fact of CASE: the second ALSFRS-R.
    expect([latest.json.asOf, latest.json.asOfSource]).toEqual(['2025-05-20', 'latestFact']);
    expect(latest.json.assessment.asOf).toBe('2025-05-20');
    const asked = await clinic.request('GET', `${url}?asOf=2025-04-01`);
    expect([asked.json.asOf, asked.json.asOfSource]).toEqual(['2025-04-01', 'requested']);
    const bad = await clinic.request('GET', `${url}?asOf=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.json.issues).toEqual([{ in: 'query', path: 'asOf', message: expect.stringContaining('latestFact') }]);
    const empty = await importCase({ schemaVersion: 1, patient: { id: 'synthetic-import-empty' } });
    const none = await clinic.request('GET', `${API}/patients/${empty.json.patientId}/assessment?asOf=latestFact`);
    expect(none.status).toBe(400);
    expect(none.json.issues[0]).toMatchObject({ in: 'query', path: 'asOf' });
  });

  it('refuses a bad case file with 400, every issue at its path in the case file, and stores nothing', async () => {
    const before = await patients();
    const bad = {
      ...CASE,
      exams: [{ date: '2025-03-12', regions: [{ region: 'cervical', side: 'up' }] }],
      alsfrsr: [{ ...alsfrsr, speech: 7 }],
      weights: [{ date: '2025-02-30', weightKg: 79.5 }],
      medications: [{ drug: 'riluzole', note: 'n'.repeat(20_001) }],
    };
    const res = await importCase(bad);
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('validation_failed');
    const paths = (res.json.issues as { in: string; path: string }[]).map((i) => `${i.in}:${i.path}`).sort();
    expect(paths).toEqual(
      [
        'body:alsfrsr[0].speech',
        'body:exams[0].regions[0].side',
        'body:medications[0].note',
        'body:weights[0].date',
      ].sort(),
    );
    expect(await patients()).toBe(before);
  });

  it('refuses a fact dated after the server today at its path (the single-fact routes do)', async () => {
    const before = await patients();
    const res = await importCase({ ...CASE, weights: [{ date: '2030-01-01', weightKg: 80 }] });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([
      { in: 'body', path: 'weights[0].date', message: expect.stringContaining('2030-01-01') },
    ]);
    expect(await patients()).toBe(before);
  });

  it('refuses a kind the caller may not record (a nurse and an examination): 403 naming it, audited, nothing stored', async () => {
    const before = await patients();
    const res = await importCase(CASE, 'nurse');
    expect(res.status).toBe(403);
    expect(res.json.message).toMatch(/neurological examination \(needs fact\.write/);
    expect(res.json.message).toMatch(/history/);
    expect(res.json.message).not.toMatch(/weight/);
    expect(await patients()).toBe(before);
    const denied = await sql<{ detail: { kinds: string[] } }>`
      SELECT detail FROM audit_event WHERE action = 'denied' AND user_id = ${clinic.accounts.nurse.id}`.execute(
      clinic.store.db,
    );
    expect(denied.rows.at(-1)?.detail.kinds.sort()).toEqual(['exam', 'history']);
    // Without those kinds, the nurse may import.
    const { exams: _e, history: _h, ...nursing } = CASE;
    expect((await importCase(nursing, 'nurse')).status).toBe(201);
  });

  it('refuses a therapist (no patient.create) with 403', async () => {
    const res = await importCase({ schemaVersion: 1, patient: { id: 'x' } }, 'therapist');
    expect(res.status).toBe(403);
  });
});
