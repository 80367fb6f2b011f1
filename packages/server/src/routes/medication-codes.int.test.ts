/**
 * A medication may carry a Betz drug code beside the drug as written (issue 12 item 2): an unknown
 * code is refused at the field with the code it was probably meant to be; a known code, a dose and a
 * route of the vocabulary are stored and read back; the care plan reads the code.
 */
import { testBackends } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const API = '/api/v1';

describe.each(testBackends())('medication drug codes and routes (%s)', (backend) => {
  let clinic: TestClinic;
  let patientId: string;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    const p = await clinic.request('POST', `${API}/patients`, {
      body: { familyName: 'Medication', givenName: 'Codes' },
    });
    patientId = p.json.id;
  }, 60_000);
  afterAll(() => clinic?.close());

  it('refuses an unknown code at data.code, suggesting the code of the brand name; nothing is stored', async () => {
    const res = await clinic.request('POST', `${API}/patients/${patientId}/medications`, {
      body: { data: { drug: 'Rilutek 50 mg', code: 'Rilutek', startDate: '2025-05-01' } },
    });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([
      { in: 'body', path: 'data.code', message: 'unknown drug code "Rilutek"; did you mean "riluzole"?' },
    ]);
    expect((await clinic.request('GET', `${API}/patients/${patientId}/medications`)).json.items).toEqual([]);
  });

  it('refuses a route outside the vocabulary at data.route', async () => {
    const res = await clinic.request('POST', `${API}/patients/${patientId}/medications`, {
      body: { data: { drug: 'riluzole', route: 'by mouth' } },
    });
    expect(res.status).toBe(400);
    expect(res.json.issues.map((i: { path: string }) => i.path)).toEqual(['data.route']);
  });

  it('stores the drug as written with its code, dose and route, and reads them back', async () => {
    const data = {
      drug: 'Rilutek 50 mg',
      code: 'riluzole',
      dose: '50 mg twice daily',
      route: 'oral',
      startDate: '2025-05-01',
    };
    const res = await clinic.request('POST', `${API}/patients/${patientId}/medications`, { body: { data } });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const list = await clinic.request('GET', `${API}/patients/${patientId}/medications`);
    expect(list.json.items.map((r: { data: unknown }) => r.data)).toEqual([data]);
  });
});
