/**
 * Query parameters are checked as body fields are: a parameter a route does not declare is refused
 * by name (400 validation_failed, `in: 'query'`), never ignored (`?alerts=true` once listed everyone).
 */

import { rolesAllowed } from '@betz/contracts';
import { testBackends } from '@betz/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../app.js';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';

const API = '/api/v1';
const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe.each(testBackends())('unknown query parameters are refused, as unknown body fields are (%s)', (backend) => {
  let clinic: TestClinic;
  let patientId: string;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    const p = await clinic.request('POST', `${API}/patients`, { body: { familyName: 'Query', givenName: 'Params' } });
    patientId = p.json.id;
  }, 60_000);
  afterAll(() => clinic?.close());

  it('refuses ?alerts=true on the patient list (it listed everyone), naming the parameter', async () => {
    const res = await clinic.request('GET', `${API}/patients?alerts=true`);
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('validation_failed');
    expect(res.json.issues).toEqual([
      { in: 'query', path: 'alerts', message: expect.stringMatching(/^unknown parameter/) },
    ]);
  });

  it('suggests the declared parameter a misspelt one was meant to be', async () => {
    const res = await clinic.request('GET', `${API}/patients/${patientId}/assessment?asof=2025-06-01`);
    expect(res.status).toBe(400);
    expect(res.json.issues[0]).toMatchObject({ in: 'query', path: 'asof' });
    expect(res.json.issues[0].message).toMatch(/did you mean "asOf"/);
  });

  it('refuses a misspelt filter on a fact list (?visitid= once came back unfiltered)', async () => {
    const res = await clinic.request('GET', `${API}/patients/${patientId}/weights?visitid=${SOME_ID}`);
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([
      { in: 'query', path: 'visitid', message: 'unknown parameter: did you mean "visitId"?' },
    ]);
    // Spelt right, it filters: no weight of this patient was recorded at that visit.
    const filtered = await clinic.request('GET', `${API}/patients/${patientId}/weights?visitId=${SOME_ID}`);
    expect(filtered.status).toBe(200);
    expect(filtered.json.items).toEqual([]);
  });

  it('refuses any parameter on a route that declares none, and the write does not happen', async () => {
    const res = await clinic.request('POST', `${API}/patients?dryRun=true`, { body: { familyName: 'Never' } });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([
      { in: 'query', path: 'dryRun', message: expect.stringMatching(/takes no parameters/) },
    ]);
    const list = await clinic.request('GET', `${API}/patients?q=Never`);
    expect(list.json.page.total).toBe(0);
  });

  it('still accepts every declared parameter', async () => {
    const res = await clinic.request('GET', `${API}/patients?q=Query&limit=5&sort=familyName&order=asc`);
    expect(res.status).toBe(200);
    expect(res.json.page.total).toBe(1);
  });

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s refuses an undeclared parameter',
    async (_, route) => {
      const as =
        route.access.kind === 'action'
          ? rolesAllowed(route.access.action, route.access.factKind as never)[0]
          : 'clinician';
      expect(as).toBeDefined();
      const path = route.path.replace(/:(\w+)/g, SOME_ID);
      const res = await clinic.request(route.method, `${API}${path}?notAParameter=1`, {
        as: as ?? 'clinician',
        ...(route.body ? { body: {} } : {}),
      });
      expect(res.status, JSON.stringify(res.json)).toBe(400);
      expect(res.json.issues).toContainEqual(expect.objectContaining({ in: 'query', path: 'notAParameter' }));
    },
  );
});
