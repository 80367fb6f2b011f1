import { FACT_ROUTES } from '@betz/contracts';
import { testBackends } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from './testing/clinic.js';

describe.each(testBackends())('the clinic API (%s)', (backend) => {
  let clinic: TestClinic;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
  }, 60_000);
  afterAll(() => clinic?.close());

  it('answers /health and serves its OpenAPI document', async () => {
    const health = await clinic.request('GET', '/health', { as: 'anonymous' });
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok', database: 'pglite' === backend ? 'pglite' : 'postgres' });
    const doc = await clinic.request('GET', '/api/v1/openapi.json', { as: 'anonymous' });
    expect(doc.status).toBe(200);
    expect(doc.json.openapi).toBe('3.1.0');
    expect(Object.keys(doc.json.paths)).toContain('/api/v1/patients/{patientId}/weights/{factId}');
    const post = doc.json.paths['/api/v1/patients/{patientId}/weights'].post;
    expect(post.requestBody.content['application/json'].schema.properties.data.properties.weightKg).toMatchObject({
      minimum: 10,
      maximum: 400,
    });
  });

  it('drives a patient through the API: register, record, correct, assess', async () => {
    const created = await clinic.request('POST', '/api/v1/patients', {
      body: { familyName: 'Synthetic', givenName: 'Ada', sex: 'female', birthDate: '1958-02-03' },
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    for (const route of FACT_ROUTES) {
      const r = await clinic.request('POST', `/api/v1/patients/${id}/${route.path}`, { body: { data: route.example } });
      expect(r.status, `${route.kind}: ${JSON.stringify(r.json)}`).toBe(201);
      expect(r.json.data).toEqual(route.example);
    }
    const list = await clinic.request('GET', `/api/v1/patients/${id}/weights`);
    expect(list.json.items).toHaveLength(1);
    expect(list.json.page).toEqual({ limit: 100, nextCursor: null, total: 1 });
    const weight = list.json.items[0];
    const corrected = await clinic.request('PUT', `/api/v1/patients/${id}/weights/${weight.id}`, {
      body: { version: 1, reason: 'scale was wrong', data: { date: '2025-03-01', weightKg: 71 } },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.json.version).toBe(2);
    const stale = await clinic.request('PUT', `/api/v1/patients/${id}/weights/${weight.id}`, {
      body: { version: 1, reason: 'again', data: { date: '2025-03-01', weightKg: 72 } },
    });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ code: 'version_conflict', currentVersion: 2 });

    const assessment = await clinic.request('GET', `/api/v1/patients/${id}/assessment?asOf=2025-06-01&include=text`);
    expect(assessment.status).toBe(200);
    expect(assessment.json.asOf).toBe('2025-06-01');
    expect(assessment.json.assessment.patientId).toBe(id);
    expect(typeof assessment.json.text).toBe('string');
    const c = await clinic.request('GET', `/api/v1/patients/${id}/case`);
    expect(c.json.weights).toEqual([{ date: '2025-03-01', weightKg: 71 }]);
  });

  it('returns the warnings of the stored case with the assessment (issue 8, defect 7)', async () => {
    const p = await clinic.request('POST', '/api/v1/patients', { body: {} });
    const id = p.json.id as string;
    const noLevel = { muscle: 'thoracicParaspinals', side: 'right', fibrillations: true };
    const emg = await clinic.request('POST', `/api/v1/patients/${id}/emg`, {
      body: { data: { date: '2025-02-01', muscles: [noLevel] } },
    });
    expect(emg.status, JSON.stringify(emg.json)).toBe(201);
    const a = await clinic.request('GET', `/api/v1/patients/${id}/assessment?asOf=2025-06-01`);
    expect(a.status).toBe(200);
    expect(a.json.warnings).toEqual([
      { path: 'emg[0].muscles[0].thoracicLevel', message: expect.stringMatching(/at or below T6/) },
    ]);
  });

  it('answers every error as JSON with a stable code and every invalid field', async () => {
    const missing = await clinic.request('GET', '/api/v1/nowhere');
    expect(missing).toMatchObject({ status: 404, json: { code: 'not_found' } });
    const badJson = await clinic.request('POST', '/api/v1/patients', {
      text: '{"familyName":',
      headers: { 'content-type': 'application/json' },
    });
    expect(badJson).toMatchObject({ status: 400, json: { code: 'invalid_json' } });
    const notJson = await clinic.request('POST', '/api/v1/patients', {
      text: 'familyName=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(notJson).toMatchObject({ status: 415, json: { code: 'unsupported_media_type' } });
    const p = await clinic.request('POST', '/api/v1/patients', { body: {} });
    const invalid = await clinic.request('POST', `/api/v1/patients/${p.json.id}/alsfrsr`, {
      body: { data: { date: '2025-02-30', speech: 5, walking: 'x' }, extra: 1 },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json.code).toBe('validation_failed');
    const paths = invalid.json.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['data.date', 'data.speech', 'data.walking', 'data.salivation', 'extra']),
    );
    expect(
      invalid.json.issues.every((i: { in: string; message: string }) => i.in === 'body' && i.message.length > 0),
    ).toBe(true);
    const badId = await clinic.request('GET', '/api/v1/patients/not-a-uuid');
    expect(badId).toMatchObject({ status: 400, json: { issues: [{ in: 'path', path: 'patientId' }] } });
    const nul = await clinic.request('POST', '/api/v1/patients', { body: { familyName: 'a\u0000b' } });
    expect(nul).toMatchObject({ status: 400, json: { issues: [{ path: 'familyName' }] } });
    for (const depth of [1_000, 100_000]) {
      const deep = await clinic.request('POST', '/api/v1/patients', {
        text: `${'['.repeat(depth)}${']'.repeat(depth)}`,
        headers: { 'content-type': 'application/json' },
      });
      expect(deep.status).toBe(400);
    }
    const big = await clinic.request('POST', '/api/v1/patients', { body: { familyName: 'x'.repeat(1_100_000) } });
    expect(big).toMatchObject({ status: 413, json: { code: 'payload_too_large' } });
    expect(JSON.stringify(invalid.json)).not.toMatch(/at .*\.ts:\d+/);
  });

  // Issue 8, defect 1: such a record was stored, then silently dropped by the engine (item5Missing).
  it('refuses an original ALSFRS record without item 5, naming the field', async () => {
    const p = await clinic.request('POST', '/api/v1/patients', { body: {} });
    const items = { speech: 4, salivation: 4, swallowing: 4, handwriting: 4, dressing: 4, turningInBed: 4 };
    const rest = { walking: 4, climbingStairs: 4, respiratory: 4 };
    const missing = await clinic.request('POST', `/api/v1/patients/${p.json.id}/alsfrs-original`, {
      body: { data: { date: '2025-01-01', ...items, ...rest } },
    });
    expect(missing.status).toBe(400);
    expect(missing.json.issues).toEqual([
      expect.objectContaining({ path: 'data.cuttingWithoutGastrostomy', message: expect.stringMatching(/item 5/) }),
    ]);
    const complete = await clinic.request('POST', `/api/v1/patients/${p.json.id}/alsfrs-original`, {
      body: { data: { date: '2025-01-01', ...items, cuttingWithoutGastrostomy: 3, ...rest } },
    });
    expect(complete.status).toBe(201);
  });

  // Issue 8, defect 4, through the API: the decision keeps its measure, and a deeper fall re-raises.
  it('stores a declined NIV offer with its trigger measure and re-raises it when FVC falls 48 -> 38 %', async () => {
    const p = await clinic.request('POST', '/api/v1/patients', { body: {} });
    const at = (path: string, data: unknown) =>
      clinic.request('POST', `/api/v1/patients/${p.json.id}/${path}`, { body: { data } });
    await at('history', { onsetDate: '2024-01-01', onsetSite: 'cervical', diagnosisDate: '2024-06-01' });
    const fvc = { kind: 'FVC', posture: 'sitting' };
    await at('vital-capacity', { date: '2025-01-10', percentPredicted: 48, ...fvc });
    const declined = { code: 'breathing.niv.offer', status: 'declined', date: '2025-01-10' };
    const d = await at('care-decisions', { ...declined, triggerMeasure: 'fvcPercentPredicted', triggerValue: 48 });
    expect(d.json.data).toMatchObject({ triggerMeasure: 'fvcPercentPredicted', triggerValue: 48 });
    const niv = async (asOf: string) => {
      const a = await clinic.request('GET', `/api/v1/patients/${p.json.id}/assessment?asOf=${asOf}`);
      return a.json.assessment.care.recommendations.find((r: { code: string }) => r.code === 'breathing.niv.offer');
    };
    const before = await clinic.request('GET', `/api/v1/patients/${p.json.id}/assessment?asOf=2025-02-01`);
    const held = before.json.assessment.care.suppressed.map(
      (x: { recommendation: { code: string } }) => x.recommendation.code,
    );
    expect(held).toContain('breathing.niv.offer');
    expect(await niv('2025-02-01')).toBeUndefined();
    await at('vital-capacity', { date: '2025-04-10', percentPredicted: 38, ...fvc });
    expect(await niv('2025-05-01')).toMatchObject({
      status: 'reopened',
      decisionNote: expect.stringMatching(/48 -> 38/),
    });
    const bad = await at('care-decisions', { ...declined, triggerMeasure: 'fvcLitres', triggerValue: 2 });
    expect(bad.status).toBe(400);
    expect(bad.json.issues[0]).toMatchObject({ path: 'data.triggerMeasure' });
  });

  it('refuses a fact whose date cannot be, given the rest of the record', async () => {
    const p = await clinic.request('POST', '/api/v1/patients', { body: { birthDate: '1960-01-01' } });
    const id = p.json.id;
    await clinic.request('POST', `/api/v1/patients/${id}/endpoints`, { body: { data: { deathDate: '2024-01-01' } } });
    const after = await clinic.request('POST', `/api/v1/patients/${id}/weights`, {
      body: { data: { date: '2024-02-01', weightKg: 60 } },
    });
    expect(after.status).toBe(400);
    expect(after.json.issues[0]).toMatchObject({ path: 'data.date' });
    expect(after.json.issues[0].message).toMatch(/after the patient's death/);
    const before = await clinic.request('POST', `/api/v1/patients/${id}/weights`, {
      body: { data: { date: '1959-02-01', weightKg: 60 } },
    });
    expect(before.json.issues[0].message).toMatch(/before the patient's birth/);
  });
});
