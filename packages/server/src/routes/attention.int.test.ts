import { testBackends } from '@betz/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const API = '/api/v1';
const ASOF = '2025-06-01';

describe.each(testBackends())('needs attention today (%s)', (backend) => {
  let clinic: TestClinic;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    const add = async (name: string, patient: object, facts: [string, object][]) => {
      const p = await clinic.request('POST', `${API}/patients`, {
        body: { familyName: name, givenName: 'Test', ...patient },
      });
      ids[name] = p.json.id;
      for (const [path, data] of facts) {
        const r = await clinic.request('POST', `${API}/patients/${p.json.id}/${path}`, { body: { data } });
        if (r.status !== 201) throw new Error(`${path}: ${JSON.stringify(r.json)}`);
      }
    };
    const diagnosed = { onsetDate: '2024-06-01', onsetSite: 'bulbar', diagnosisDate: '2025-01-15' };
    await add('Breathless', { sex: 'male', birthDate: '1958-01-01', premorbidWeightKg: 80, heightCm: 178 }, [
      ['history', diagnosed],
      ['vital-capacity', { date: '2025-05-20', kind: 'FVC', posture: 'sitting', percentPredicted: 45 }],
      ['weights', { date: '2025-05-20', weightKg: 79 }],
    ]);
    await add('Thinner', { sex: 'female', birthDate: '1962-01-01', premorbidWeightKg: 80, heightCm: 165 }, [
      ['history', { ...diagnosed, onsetSite: 'cervical' }],
      ['vital-capacity', { date: '2025-05-20', kind: 'FVC', posture: 'sitting', percentPredicted: 90 }],
      ['weights', { date: '2025-05-20', weightKg: 75 }],
      ['visits', { date: '2025-06-06', kind: 'clinic' }],
    ]);
    await add('Referred', { sex: 'female', birthDate: '1970-01-01' }, []);
  }, 60_000);
  afterAll(() => clinic?.close());

  const get = (as: 'clinician' | 'nurse' | 'therapist' | 'researcher' | 'admin' = 'clinician') =>
    clinic.request('GET', `${API}/patients/attention?asOf=${ASOF}`, { as });

  it('lists patients with items, most urgent first, each item with words', async () => {
    const res = await get();
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.considered).toBe(3);
    const names = res.json.items.map((p: { patient: { familyName: string } }) => p.patient.familyName);
    expect(names).toEqual(['Breathless', 'Thinner', 'Referred']);
    expect(res.json.page).toEqual({ limit: 100, nextCursor: null, total: 3 });
    const [breathless, thinner, referred] = res.json.items;
    expect(breathless.worstSeverity).toBe('urgent');
    expect(breathless.items[0]).toMatchObject({
      code: 'niv.criteriaMet',
      severity: 'urgent',
      label: 'NIV criteria met (FVC 45 %)',
      facts: ['vitalCapacity[0].percentPredicted'],
    });
    expect(breathless.items[0].text).toMatch(/FVC below 50 % predicted/);
    expect(thinner.worstSeverity).toBe('due');
    const labels = thinner.items.map((i: { label: string }) => i.label);
    expect(labels).toContain('Weight loss 6.3 %');
    expect(labels).toContain('Visit in 5 d');
    expect(referred.items.map((i: { code: string }) => i.code)).toEqual(['workup.pending', 'insufficientData']);
  });

  it('audits the list like the patient list (one search) and a read of each patient shown', async () => {
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_event
      WHERE resource_type = 'attention' AND action = 'read'`.execute(clinic.store.db);
    const res = await get('nurse');
    expect(res.status).toBe(200);
    const reads = await sql<{ patient_id: string }>`SELECT patient_id FROM audit_event
      WHERE resource_type = 'attention' AND action = 'read' ORDER BY id DESC LIMIT 3`.execute(clinic.store.db);
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_event
      WHERE resource_type = 'attention' AND action = 'read'`.execute(clinic.store.db);
    expect((after.rows[0]?.n ?? 0) - (before.rows[0]?.n ?? 0)).toBe(3);
    expect(reads.rows.map((r) => r.patient_id).sort()).toEqual(Object.values(ids).sort());
    const search = await sql<{ detail: unknown }>`SELECT detail FROM audit_event
      WHERE resource_type = 'attention' AND action = 'search' ORDER BY id DESC LIMIT 1`.execute(clinic.store.db);
    const detail =
      typeof search.rows[0]?.detail === 'string' ? JSON.parse(search.rows[0].detail) : search.rows[0]?.detail;
    expect(detail).toEqual({ asOf: ASOF, returned: 3 });
  });

  it('is for roles that may read patients: not researchers, not admins', async () => {
    expect((await get('therapist')).status).toBe(200);
    expect((await get('researcher')).status).toBe(403);
    expect((await get('admin')).status).toBe(403);
    const bad = await clinic.request('GET', `${API}/patients/attention?asOf=2025-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.json.issues[0].path).toBe('asOf');
  });

  it('a later date shows the visit as past and the FVC as overdue', async () => {
    const res = await clinic.request('GET', `${API}/patients/attention?asOf=2025-09-01`);
    const thinner = res.json.items.find((p: { patient: { familyName: string } }) => p.patient.familyName === 'Thinner');
    const codes = thinner.items.map((i: { code: string }) => i.code);
    expect(codes).toContain('fvc.overdue');
    expect(codes).not.toContain('visit.upcoming');
  });

  it('pages in the same urgency order, limit bounded', async () => {
    const one = await clinic.request('GET', `${API}/patients/attention?asOf=${ASOF}&limit=2`);
    expect(one.json.items.map((p: { patient: { familyName: string } }) => p.patient.familyName)).toEqual([
      'Breathless',
      'Thinner',
    ]);
    expect(one.json.page).toMatchObject({ limit: 2, total: 3 });
    const two = await clinic.request(
      'GET',
      `${API}/patients/attention?asOf=${ASOF}&limit=2&cursor=${one.json.page.nextCursor}`,
    );
    expect(two.json.items.map((p: { patient: { familyName: string } }) => p.patient.familyName)).toEqual(['Referred']);
    expect(two.json.page.nextCursor).toBeNull();
    const tooMany = await clinic.request('GET', `${API}/patients/attention?limit=501`);
    expect(tooMany.json.issues).toEqual([{ in: 'query', path: 'limit', message: 'must be at most 500' }]);
  });
});
