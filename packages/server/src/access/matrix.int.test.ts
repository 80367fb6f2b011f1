/**
 * The access matrix, enumerated from the router itself: every route Hono has under /api/v1 must be
 * in the route table (so none escapes its access check), and then, for each:
 * - anonymous callers get 401 (unless the route is public);
 * - every role the policy does not allow gets 403, and the refusal is audited;
 * - every role it allows succeeds, and a route that touches patient data leaves an audit event
 *   naming the patient, written by that very request.
 */
import { randomUUID } from 'node:crypto';
import { can, FACT_ROUTES, type FactRoute, missingPermission } from '@betz/contracts';
import { createFact, createPatient, createUser, testBackends } from '@betz/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../app.js';
import { API_BASE, type RouteSpec } from '../http/route.js';
import { openTestClinic, ROLES, type TestClinic } from '../testing/clinic.js';

const kindOfPath = new Map<string, FactRoute>(FACT_ROUTES.map((r) => [r.path, r]));

describe.each(testBackends())('access matrix (%s)', (backend) => {
  let clinic: TestClinic;
  let admin: { userId: string; roles: string[] };
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    admin = { userId: clinic.accounts.clinician.id, roles: ['clinician'] };
  }, 60_000);
  afterAll(() => clinic?.close());

  const hono = () =>
    clinic.app.routes
      .filter((r) => r.path.startsWith(API_BASE) && r.method !== 'ALL' && !r.path.endsWith('/*'))
      .map((r) => ({ method: r.method, path: r.path }));

  const specOf = (method: string, path: string) =>
    ROUTES.find((r) => r.method === method && `${API_BASE}${r.path}` === path);

  it('knows every route the router serves (none escapes the table and its checks)', () => {
    const unknown = hono().filter((r) => !specOf(r.method, r.path) && r.path !== `${API_BASE}/openapi.json`);
    expect(unknown).toEqual([]);
    expect(hono().length).toBeGreaterThan(100);
  });

  /** A request that would succeed for an allowed caller, on fresh records (so order never matters). */
  async function prepare(route: RouteSpec, role: (typeof ROLES)[number]) {
    const unique = randomUUID().slice(0, 8);
    const patient = await createPatient(clinic.store.db, admin, { familyName: 'Matrix', birthDate: '1950-01-01' });
    let path = route.path.replace(':patientId', patient.id);
    let body = structuredClone(route.example?.body) as Record<string, unknown> | undefined;
    const segment = route.path.split('/')[3];
    const factRoute = segment ? kindOfPath.get(segment) : undefined;
    const freshData = () => {
      const data = structuredClone(factRoute?.example) as Record<string, unknown>;
      if (factRoute?.kind === 'identifier') data.value = `ID-${unique}`;
      return data;
    };
    if (body && factRoute && 'data' in body) body.data = freshData();
    if (path.includes(':factId') && factRoute) {
      const fact = await createFact(clinic.store.db, admin, factRoute.kind, patient.id, {
        data: freshData(),
      });
      path = path.replace(':factId', fact.id);
    }
    if (path.includes(':userId')) {
      const user = await createUser(clinic.store.db, admin, {
        username: `m.${unique}`,
        displayName: 'Matrix',
        roles: ['nurse'],
        passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g',
      });
      path = path.replace(':userId', user.id);
    }
    if (path.includes(':tokenId')) {
      const created = await clinic.request('POST', `${API_BASE}/auth/tokens`, { as: role, body: { name: 'matrix' } });
      path = path.replace(':tokenId', created.json.id ?? randomUUID());
    }
    if (path.includes(':researchId')) {
      const r = await sql<{ research_id: string }>`SELECT research_id FROM patient WHERE id = ${patient.id}`.execute(
        clinic.store.db,
      );
      path = path.replace(':researchId', r.rows[0]?.research_id as string);
    }
    if (route.method === 'POST' && route.path === '/users' && body) body.username = `n.${unique}`;
    if (route.path === '/admin/backup') body = { password: clinic.accounts[role].password };
    const query = new URLSearchParams(route.example?.query ?? {}).toString();
    return { url: `${API_BASE}${path}${query ? `?${query}` : ''}`, body, patientId: patient.id };
  }

  const auditOf = async (requestId: string) =>
    (
      await sql<{ action: string; outcome: string; patient_id: string | null }>`
        SELECT action, outcome, patient_id FROM audit_event WHERE request_id = ${requestId}`.execute(clinic.store.db)
    ).rows;

  const guarded = ROUTES.filter((r) => r.access.kind !== 'public');

  it.each(guarded.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s refuses anonymous callers (401)',
    async (_, route) => {
      const { url, body } = await prepare(route, 'clinician');
      const res = await clinic.request(route.method, url, { as: 'anonymous', body });
      expect(res.status).toBe(401);
      expect(res.json.code).toBe('unauthenticated');
    },
  );

  const byAction = ROUTES.filter((r) => r.access.kind === 'action');

  it.each(byAction.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s: wrong roles get 403 (audited), allowed roles succeed (audited when patient data)',
    async (_, route) => {
      const access = route.access as { action: Parameters<typeof can>[1]; factKind?: string };
      let allowedCount = 0;
      for (const role of ROLES) {
        const allowed = can({ roles: [role] }, access.action, access.factKind as never);
        const { url, body, patientId } = await prepare(route, role);
        const requestId = `m-${randomUUID()}`;
        const res = await clinic.request(route.method, url, { as: role, body, headers: { 'x-request-id': requestId } });
        const events = await auditOf(requestId);
        if (!allowed) {
          expect(res.status, `${role} should be refused`).toBe(403);
          expect(res.json.code).toBe('forbidden');
          // The refusal names what is missing and who holds it (issue 12: an admin knows what to grant).
          expect(res.json.message).toContain(missingPermission(access.action, access.factKind as never));
          expect(events.some((e) => e.action === 'denied' && e.outcome === 'denied')).toBe(true);
          continue;
        }
        allowedCount++;
        expect(res.status, `${role}: ${JSON.stringify(res.json)}`).toBeLessThan(300);
        if (route.patientData) {
          expect(events.length, `${role}: no audit event`).toBeGreaterThan(0);
          if (route.path.includes(':patientId')) expect(events.map((e) => e.patient_id)).toContain(patientId);
        }
      }
      expect(allowedCount).toBeGreaterThan(0);
    },
    60_000,
  );

  it('lets a researcher reach only research routes, de-identified', async () => {
    const { url } = await prepare(
      ROUTES.find((r) => r.path === '/research/patients/:researchId') as RouteSpec,
      'researcher',
    );
    const res = await clinic.request('GET', url, { as: 'researcher' });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).not.toMatch(/Matrix|\d{4}-\d{2}-\d{2}/);
    const identified = ROUTES.filter((r) => r.patientData);
    for (const route of identified) {
      expect(can({ roles: ['researcher'] }, (route.access as { action: Parameters<typeof can>[1] }).action)).toBe(
        false,
      );
    }
  });
});
