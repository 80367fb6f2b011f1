/**
 * The assessment endpoint remembers what it computed (issue 11), and is never stale: after every
 * kind of write (a fact added, corrected, retracted; a visit entry; the patient's own fields) the
 * next read equals a read by a server that has remembered nothing, and differs from the read
 * before the write. A second app over the same database stands for a second server process: its
 * writes are seen by the first one's cache. Every read, remembered or not, leaves its audit event.
 * Also: the compact default, `include`, and the clinic settings in the cache key.
 */
import { readFileSync } from 'node:fs';
import { type PatientCase, resolveClinicSettings } from '@betz/engine';
import { correctFact, createFact, importCases, retractFact, testBackends, updatePatient } from '@betz/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { AppDeps } from '../http/route.js';
import { openTestClinic, type TestClinic } from '../testing/clinic.js';
import { assessmentCacheOf } from './assessment.js';

const API = '/api/v1';
const AS_OF = '2025-06-01';
const example = JSON.parse(
  readFileSync(new URL('../../../../examples/01-definite-limb-onset.json', import.meta.url), 'utf8'),
) as PatientCase;

const ALSFRS = {
  date: '2025-05-01',
  speech: 1,
  salivation: 1,
  swallowing: 1,
  handwriting: 0,
  cuttingWithoutGastrostomy: 0,
  dressing: 0,
  turningInBed: 1,
  walking: 1,
  climbingStairs: 0,
  dyspnoea: 1,
  orthopnoea: 1,
  respiratoryInsufficiency: 4,
  administeredBy: 'clinician',
};

describe.each(testBackends())('the assessment cache is never stale (%s)', (backend) => {
  let clinic: TestClinic;
  let other: AppDeps;
  let patientId: string;
  let actor: { userId: string; roles: string[] };
  const token = () => clinic.accounts.clinician.token;

  beforeAll(async () => {
    clinic = await openTestClinic(backend);
    actor = { userId: clinic.accounts.clinician.id, roles: ['clinician'] };
    [patientId] = (await importCases(clinic.store.db, actor, [{ case: example, familyName: 'Synthetic' }])) as [string];
    // Another server process over the same database: its own (empty) cache.
    other = { ...clinic.deps };
  }, 300_000);
  afterAll(() => clinic?.close());

  /** A read through an app: the response body as text. */
  const readWith = async (deps: AppDeps, query = `asOf=${AS_OF}`) => {
    const res = await createAppFor(deps).request(`${API}/patients/${patientId}/assessment?${query}`, {
      headers: { authorization: `Bearer ${token()}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    return res.text();
  };
  const apps = new WeakMap<AppDeps, ReturnType<typeof createApp>>();
  const createAppFor = (deps: AppDeps) => {
    let app = apps.get(deps);
    if (!app) {
      app = deps === clinic.deps ? clinic.app : createApp(deps);
      apps.set(deps, app);
    }
    return app;
  };
  const read = () => readWith(clinic.deps);
  /** What a server that has remembered nothing answers now. */
  const fresh = () => readWith({ ...clinic.deps });
  const audits = async () =>
    (
      await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM audit_event WHERE patient_id = ${patientId} AND resource_type = 'assessment'`.execute(
        clinic.store.db,
      )
    ).rows[0]?.n ?? 0;

  /** Read, write, read: the second read is new and equals a fresh server's. */
  const changesAfter = async (write: () => Promise<unknown>) => {
    const before = await read();
    expect(await read()).toBe(before); // remembered
    await write();
    const after = await read();
    expect(after).not.toBe(before);
    expect(after).toBe(await fresh());
    return after;
  };

  it('serves a remembered body while nothing changed, and audits every read', async () => {
    const n0 = await audits();
    const first = await read();
    expect(assessmentCacheOf(clinic.deps).size).toBeGreaterThan(0);
    expect(await read()).toBe(first);
    expect(await read()).toBe(first);
    expect(first).toBe(await fresh());
    expect((await audits()) - n0).toBe(4);
  });

  it('a fact added, corrected, retracted: each read after it is new', async () => {
    let factId = '';
    let version = 0;
    await changesAfter(async () => {
      const f = await createFact(clinic.store.db, actor, 'alsfrsr', patientId, { data: ALSFRS });
      factId = f.id;
      version = f.version;
    });
    await changesAfter(async () => {
      const f = await correctFact(clinic.store.db, actor, 'alsfrsr', patientId, factId, {
        version,
        reason: 'walking mis-scored',
        data: { ...ALSFRS, walking: 3, climbingStairs: 2 },
      });
      version = f.version;
    });
    await changesAfter(() =>
      retractFact(clinic.store.db, actor, 'alsfrsr', patientId, factId, { version, reason: 'wrong patient' }),
    );
  });

  it('a visit entry written by another server process is seen', async () => {
    await changesAfter(async () => {
      const res = await createAppFor(other).request(`${API}/patients/${patientId}/visit-entry`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          visit: { date: '2025-05-20', kind: 'clinic' },
          facts: [{ kind: 'weight', data: { date: '2025-05-20', weightKg: 70 } }],
        }),
      });
      expect(res.status).toBe(201);
    });
  });

  it("a change of the patient's own fields is seen", async () => {
    await changesAfter(async () => {
      const row = await sql<{ version: number }>`SELECT version FROM patient WHERE id = ${patientId}`.execute(
        clinic.store.db,
      );
      await updatePatient(clinic.store.db, actor, patientId, row.rows[0]?.version ?? 0, { premorbidWeightKg: 95 });
    });
  });

  it('as-of dates and included parts are remembered apart', async () => {
    const earlier = await readWith(clinic.deps, 'asOf=2024-01-01');
    expect(earlier).not.toBe(await read());
    expect(earlier).toBe(await readWith({ ...clinic.deps }, 'asOf=2024-01-01'));
    const full = JSON.parse(await readWith(clinic.deps, `asOf=${AS_OF}&include=trace,text`));
    const compact = JSON.parse(await read());
    expect(typeof full.text).toBe('string');
    expect(full.text).toMatch(/^Betz assessment of patient/);
    expect(full.assessment.diagnosis.elEscorial.trace.length).toBeGreaterThan(0);
    expect(compact.text).toBeUndefined();
    expect(compact.assessment.diagnosis.elEscorial.trace).toBeUndefined();
    expect(compact.assessment.diagnosis.goldCoast.trace).toBeUndefined();
    // Everything but the left-out parts is the same.
    for (const set of ['elEscorial', 'awaji', 'goldCoast']) delete full.assessment.diagnosis[set].trace;
    expect(compact.assessment).toEqual(full.assessment);
    const traceOnly = JSON.parse(await readWith(clinic.deps, `asOf=${AS_OF}&include=trace`));
    expect(traceOnly.text).toBeUndefined();
    expect(traceOnly.assessment.diagnosis.awaji.trace.length).toBeGreaterThan(0);
  });

  it('refuses an unknown part to include, naming the parameter', async () => {
    const res = await clinic.request('GET', `${API}/patients/${patientId}/assessment?include=trace,everything`, {
      as: 'clinician',
    });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([expect.objectContaining({ in: 'query', path: 'include' })]);
  });

  it('other clinic settings are never served the remembered body of these settings', async () => {
    const eu = {
      ...clinic.deps,
      config: { ...clinic.deps.config, clinic: resolveClinicSettings({ jurisdiction: 'EU' }) },
    };
    const us = {
      ...clinic.deps,
      config: { ...clinic.deps.config, clinic: resolveClinicSettings({ jurisdiction: 'US' }) },
    };
    const codes = async (deps: AppDeps) =>
      (JSON.parse(await readWith(deps)).assessment.care.recommendations as { code: string }[]).map((r) => r.code);
    expect(await codes(us)).toContain('dmt.edaravone.discuss');
    expect(await codes(eu)).not.toContain('dmt.edaravone.discuss');
    expect(await codes(us)).toContain('dmt.edaravone.discuss');
  });

  it('an unknown patient is 404 and leaves no cache entry', async () => {
    const res = await clinic.request('GET', `${API}/patients/00000000-0000-4000-8000-000000000000/assessment`, {
      as: 'clinician',
    });
    expect(res.status).toBe(404);
  });

  it('concurrent reads are each audited (their events written in groups)', async () => {
    const n0 = await audits();
    const bodies = await Promise.all(Array.from({ length: 20 }, () => read()));
    expect(new Set(bodies).size).toBe(1);
    expect((await audits()) - n0).toBe(20);
  });
});
