/**
 * A fact dated after the server's today is refused at its field, naming the date (a weight on
 * 2030-01-01 was stored); one day of tolerance for time zones; visits and a care decision's review
 * date are future by nature. The test clinic's today is 2025-06-01.
 */
import { testBackends } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const API = '/api/v1';

describe.each(testBackends())('facts dated in the future are refused (%s)', (backend) => {
  let clinic: TestClinic;
  let patientId: string;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    expect(clinic.deps.today()).toBe('2025-06-01');
    const p = await clinic.request('POST', `${API}/patients`, { body: { familyName: 'Future', givenName: 'Dates' } });
    patientId = p.json.id;
  }, 60_000);
  afterAll(() => clinic?.close());

  const post = (path: string, data: unknown) =>
    clinic.request('POST', `${API}/patients/${patientId}/${path}`, { body: { data } });

  it('refuses a weight on 2030-01-01 at data.date, naming the date and today', async () => {
    const res = await post('weights', { date: '2030-01-01', weightKg: 70 });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('validation_failed');
    expect(res.json.issues).toEqual([
      { in: 'body', path: 'data.date', message: expect.stringMatching(/^is 2030-01-01, after today \(2025-06-01\)/) },
    ]);
    const list = await clinic.request('GET', `${API}/patients/${patientId}/weights`);
    expect(list.json.items).toEqual([]);
  });

  it('accepts tomorrow (a clinic ahead of the server in time zone), refuses the day after', async () => {
    expect((await post('weights', { date: '2025-06-02', weightKg: 70 })).status).toBe(201);
    const late = await post('weights', { date: '2025-06-03', weightKg: 70 });
    expect(late.status).toBe(400);
    expect(late.json.issues[0].path).toBe('data.date');
  });

  it('checks every date of a fact: a medication stopping in 2031', async () => {
    const res = await post('medications', { drug: 'riluzole', startDate: '2025-01-20', stopDate: '2031-01-01' });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([
      { in: 'body', path: 'data.stopDate', message: expect.stringContaining('2031-01-01') },
    ]);
  });

  it('checks a correction as it checks a new fact', async () => {
    const made = await post('weights', { date: '2025-05-01', weightKg: 71 });
    const res = await clinic.request('PUT', `${API}/patients/${patientId}/weights/${made.json.id}`, {
      body: { version: 1, reason: 'typo', data: { date: '2052-05-01', weightKg: 71 } },
    });
    expect(res.status).toBe(400);
    expect(res.json.issues[0]).toMatchObject({ in: 'body', path: 'data.date' });
  });

  it('accepts what is future by nature: a planned visit, a care decision reviewed in the future', async () => {
    expect((await post('visits', { date: '2025-09-01', kind: 'clinic' })).status).toBe(201);
    const decision = { code: 'breathing.niv.offer', status: 'deferred', date: '2025-05-30', until: '2025-12-01' };
    const res = await post('care-decisions', decision);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const future = await post('care-decisions', { ...decision, date: '2026-05-30' });
    expect(future.status).toBe(400);
    expect(future.json.issues[0].path).toBe('data.date');
  });

  it('refuses a future fact in a visit entry at facts[i].data, even at a planned visit; nothing is stored', async () => {
    const res = await clinic.request('POST', `${API}/patients/${patientId}/visit-entry`, {
      body: {
        visit: { date: '2030-01-01', kind: 'clinic' },
        facts: [
          { kind: 'symptom', data: { date: '2025-06-01', symptom: 'cramps' } },
          { kind: 'weight', data: { date: '2030-01-01', weightKg: 72 } },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([
      { in: 'body', path: 'facts[1].data.date', message: expect.stringContaining('2030-01-01') },
    ]);
    const symptoms = await clinic.request('GET', `${API}/patients/${patientId}/symptoms`);
    expect(symptoms.json.items).toEqual([]);
  });

  it('refuses a correction dated in the future in a visit entry', async () => {
    const made = await post('weights', { date: '2025-04-01', weightKg: 73 });
    const res = await clinic.request('POST', `${API}/patients/${patientId}/visit-entry`, {
      body: {
        visit: { date: '2025-06-01', kind: 'clinic' },
        facts: [],
        corrections: [
          {
            kind: 'weight',
            factId: made.json.id,
            version: 1,
            reason: 'typo',
            data: { date: '2035-04-01', weightKg: 73 },
          },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.json.issues[0]).toMatchObject({ in: 'body', path: 'corrections[0].data.date' });
  });

  it('refuses a birth date in the future, on registration and on a change', async () => {
    const res = await clinic.request('POST', `${API}/patients`, {
      body: { familyName: 'Unborn', birthDate: '2030-01-01' },
    });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([
      { in: 'body', path: 'birthDate', message: expect.stringMatching(/^is 2030-01-01, after today/) },
    ]);
    const change = await clinic.request('PATCH', `${API}/patients/${patientId}`, {
      body: { version: 1, birthDate: '2027-02-02' },
    });
    expect(change.status).toBe(400);
    expect(change.json.issues[0]).toMatchObject({ in: 'body', path: 'birthDate' });
    const fine = await clinic.request('PATCH', `${API}/patients/${patientId}`, {
      body: { version: 1, birthDate: null },
    });
    expect(fine.status, JSON.stringify(fine.json)).toBe(200);
  });
});
