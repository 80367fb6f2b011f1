/**
 * An over-long text is refused at its field, naming the limit, before the database sees it (the
 * database answered "out of range or malformed" for a medication note of 20,001 characters).
 */
import { testBackends } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const API = '/api/v1';

describe.each(testBackends())('text limits (%s)', (backend) => {
  let clinic: TestClinic;
  let patientId: string;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    const p = await clinic.request('POST', `${API}/patients`, { body: { familyName: 'Long', givenName: 'Notes' } });
    patientId = p.json.id;
  }, 60_000);
  afterAll(() => clinic?.close());

  it('refuses a medication note of 20,001 characters with 400 at data.note, naming 20000; stores 20,000', async () => {
    const url = `${API}/patients/${patientId}/medications`;
    const long = await clinic.request('POST', url, { body: { data: { drug: 'riluzole', note: 'x'.repeat(20_001) } } });
    expect(long.status).toBe(400);
    expect(long.json.issues).toEqual([
      { in: 'body', path: 'data.note', message: 'must have at most 20000 characters' },
    ]);
    const fits = await clinic.request('POST', url, { body: { data: { drug: 'riluzole', note: 'x'.repeat(20_000) } } });
    expect(fits.status).toBe(201);
    expect(fits.json.data.note).toHaveLength(20_000);
  });

  it('refuses a drug name of 201 characters at data.drug', async () => {
    const res = await clinic.request('POST', `${API}/patients/${patientId}/medications`, {
      body: { data: { drug: 'd'.repeat(201) } },
    });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([{ in: 'body', path: 'data.drug', message: 'must have at most 200 characters' }]);
  });
});
