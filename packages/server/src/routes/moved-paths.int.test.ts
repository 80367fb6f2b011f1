/**
 * Fact paths renamed to the catalogue's one scheme answer 308 to the new path, for every method and
 * below the list (one fact, its retraction), query kept; a client that repeats the request there
 * (as a 308 asks: same method, same body) gets the answer it always got.
 */
import { testBackends } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

describe.each(testBackends())('moved fact paths (%s)', (backend) => {
  let clinic: TestClinic;
  let patientId: string;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    patientId = (await clinic.request('POST', '/api/v1/patients', { body: {} })).json.id;
  }, 60_000);
  afterAll(() => clinic?.close());

  /** One request, and the same request again at its Location when it answered 308. */
  async function follow(method: string, path: string, body?: unknown) {
    const first = await clinic.request(method, path, body === undefined ? {} : { body });
    const location = first.headers.get('location');
    const second = location ? await clinic.request(method, location, body === undefined ? {} : { body }) : undefined;
    return { first, location, second };
  }

  it('redirects a create at the old path with 308, and the same POST with its body records there', async () => {
    const body = { data: { date: '2025-03-02', muscles: [{ muscle: 'deltoid', side: 'left', fibrillations: true }] } };
    const { first, location, second } = await follow('POST', `/api/v1/patients/${patientId}/emg-studies`, body);
    expect(first.status).toBe(308);
    expect(location).toBe(`/api/v1/patients/${patientId}/emg`);
    expect(second?.status, JSON.stringify(second?.json)).toBe(201);
    expect(second?.json.kind).toBe('emgStudy');
  });

  it('redirects one fact, its correction and its retraction, keeping the query', async () => {
    const created = await clinic.request('POST', `/api/v1/patients/${patientId}/genetics`, {
      body: { data: { gene: 'SOD1', classification: 'negative' } },
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    const list = await follow('GET', `/api/v1/patients/${patientId}/genetic-results?includeRetracted=true`);
    expect(list.first.status).toBe(308);
    expect(list.location).toBe(`/api/v1/patients/${patientId}/genetics?includeRetracted=true`);
    expect(list.second?.status).toBe(200);
    const put = await follow('PUT', `/api/v1/patients/${patientId}/genetic-results/${id}`, {
      version: 1,
      reason: 'typo',
      data: { gene: 'SOD1', classification: 'vus' },
    });
    expect(put.location).toBe(`/api/v1/patients/${patientId}/genetics/${id}`);
    expect(put.second?.json.version).toBe(2);
    const retract = await follow('POST', `/api/v1/patients/${patientId}/genetic-results/${id}/retract`, {
      version: 2,
      reason: 'wrong patient',
    });
    expect(retract.first.status).toBe(308);
    expect(retract.location).toBe(`/api/v1/patients/${patientId}/genetics/${id}/retract`);
    expect(retract.second?.json.retracted.reason).toBe('wrong patient');
    const respiratory = await clinic.request('GET', `/api/v1/patients/${patientId}/respiratory-tests`);
    expect(respiratory.status).toBe(308);
    expect(respiratory.headers.get('location')).toBe(`/api/v1/patients/${patientId}/respiratory`);
  });

  it('moves only whole segments: a path that merely starts like an old one is not redirected', async () => {
    const near = await clinic.request('GET', `/api/v1/patients/${patientId}/emg-studiesx`);
    expect(near.status).toBe(404);
  });
});
