/**
 * A care decision names a recommendation by its rule code: an unknown code is refused at the field
 * with the code it was probably meant to be (`gastrostomyDiscussion` once answered 201 and changed
 * nothing), on the fact route and in a visit entry.
 */
import { testBackends } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const API = '/api/v1';
const decision = (code: string) => ({ code, status: 'declined', date: '2025-05-01', reason: 'not now' });

describe.each(testBackends())('care decision codes are care rule codes (%s)', (backend) => {
  let clinic: TestClinic;
  let patientId: string;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    const p = await clinic.request('POST', `${API}/patients`, { body: { familyName: 'Decision', givenName: 'Codes' } });
    patientId = p.json.id;
  }, 60_000);
  afterAll(() => clinic?.close());

  it('refuses gastrostomyDiscussion at data.code, suggesting nutrition.gastrostomy.discuss; nothing is stored', async () => {
    const res = await clinic.request('POST', `${API}/patients/${patientId}/care-decisions`, {
      body: { data: decision('gastrostomyDiscussion') },
    });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([
      {
        in: 'body',
        path: 'data.code',
        message: 'unknown care rule code "gastrostomyDiscussion"; did you mean "nutrition.gastrostomy.discuss"?',
      },
    ]);
    const list = await clinic.request('GET', `${API}/patients/${patientId}/care-decisions`);
    expect(list.json.items).toEqual([]);
  });

  it('refuses an unknown code in a visit entry at facts[i].data.code', async () => {
    const res = await clinic.request('POST', `${API}/patients/${patientId}/visit-entry`, {
      body: {
        visit: { date: '2025-05-01', kind: 'clinic' },
        facts: [{ kind: 'careDecision', data: decision('edaravone') }],
      },
    });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([
      {
        in: 'body',
        path: 'facts[0].data.code',
        message: 'unknown care rule code "edaravone"; did you mean "dmt.edaravone.discuss"?',
      },
    ]);
  });

  it('records a real code', async () => {
    const res = await clinic.request('POST', `${API}/patients/${patientId}/care-decisions`, {
      body: { data: decision('nutrition.gastrostomy.discuss') },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
  });
});
