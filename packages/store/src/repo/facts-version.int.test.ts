/**
 * Issue 11: `patient.facts_version` moves with every fact write, in the write's own transaction
 * (a refused write leaves it alone), on every fact table; `loadVersionedPatientCase` reads it with
 * the case. And the audit group writer: concurrent events share one insert, every caller is
 * answered only after its event is stored, and a failed group is failed for each of its callers.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../db/open.js';
import { FACT_KINDS } from '../schema/facts.js';
import { openTestStore, testBackends } from '../testing/backends.js';
import { insertUser } from '../testing/fixtures.js';
import { type Actor, AuditGroupWriter } from './audit.js';
import { loadVersionedPatientCase, patientCaseVersions } from './case.js';
import { correctFact, createFact, retractFact } from './facts.js';
import { createPatient } from './patients.js';

const WEIGHT = { date: '2025-01-01', weightKg: 70 };

describe.each(testBackends())('facts_version and grouped audit events (%s)', (backend) => {
  let store: Store;
  let actor: Actor;
  beforeAll(async () => {
    store = await openTestStore(backend);
    actor = await insertUser(store.db);
  }, 300_000);
  afterAll(() => store?.close());

  it('every fact table bumps on insert, update and delete', async () => {
    const rows = await sql<{ table: string; n: number }>`
      SELECT c.relname AS table, count(*)::int AS n FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE p.proname = 'bump_facts_version' AND c.relnamespace = current_schema()::regnamespace
      GROUP BY c.relname`.execute(store.db);
    const byTable = Object.fromEntries(rows.rows.map((r) => [r.table, r.n]));
    for (const spec of FACT_KINDS) expect(byTable[spec.table], spec.table).toBe(3);
  });

  it('moves with each write of the patient, not with another patient', async () => {
    const p = await createPatient(store.db, actor, { familyName: 'Version' });
    const q = await createPatient(store.db, actor, { familyName: 'Other' });
    const v0 = await patientCaseVersions(store.db, p.id);
    const q0 = await patientCaseVersions(store.db, q.id);
    const f = await createFact(store.db, actor, 'weight', p.id, { data: WEIGHT });
    const v1 = await patientCaseVersions(store.db, p.id);
    expect(v1.factsVersion).toBeGreaterThan(v0.factsVersion);
    const g = await correctFact(store.db, actor, 'weight', p.id, f.id, {
      version: f.version,
      reason: 'scale',
      data: { ...WEIGHT, weightKg: 69 },
    });
    const v2 = await patientCaseVersions(store.db, p.id);
    expect(v2.factsVersion).toBeGreaterThan(v1.factsVersion);
    // A stale correction is refused and leaves the counter where it was.
    await expect(
      correctFact(store.db, actor, 'weight', p.id, f.id, { version: f.version, reason: 'x', data: WEIGHT }),
    ).rejects.toThrow();
    expect(await patientCaseVersions(store.db, p.id)).toEqual(v2);
    await retractFact(store.db, actor, 'weight', p.id, f.id, { version: g.version, reason: 'wrong patient' });
    const v3 = await patientCaseVersions(store.db, p.id);
    expect(v3.factsVersion).toBeGreaterThan(v2.factsVersion);
    expect(v3.version).toBe(v0.version);
    expect(await patientCaseVersions(store.db, q.id)).toEqual(q0);
    // Read with the case, in the same statement.
    const loaded = await loadVersionedPatientCase(store.db, p.id);
    expect(loaded.versions).toEqual(v3);
    expect(loaded.case.weights).toBeUndefined();
  });

  it('an unknown patient has no versions', async () => {
    await expect(patientCaseVersions(store.db, '00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      /no such patient/,
    );
  });

  it('writes concurrent audit events in groups, each caller answered after its group is stored', async () => {
    const writer = new AuditGroupWriter(store.db);
    const resourceId = `group-${Math.random()}`;
    const stored: boolean[] = [];
    const appends = Array.from({ length: 50 }, (_, i) =>
      writer.append(actor, { action: 'read', resourceType: 'assessment', resourceId, detail: { i } }).then(async () => {
        const row = await store.db
          .selectFrom('audit_event')
          .select('id')
          .where('resource_id', '=', resourceId)
          .where(sql`detail->>'i'`, '=', String(i))
          .executeTakeFirst();
        stored.push(row !== undefined);
      }),
    );
    await Promise.all(appends);
    expect(stored).toEqual(Array(50).fill(true));
    const groups = await sql<{ n: number }>`
      SELECT count(DISTINCT at)::int AS n FROM audit_event WHERE resource_id = ${resourceId}`.execute(store.db);
    // One insert (one transaction, one now()) per group: the first event alone, the other 49 together.
    expect(groups.rows[0]?.n).toBeLessThanOrEqual(2);
  });

  it('a group that cannot be stored fails for each of its callers, and the next group is stored', async () => {
    const writer = new AuditGroupWriter(store.db);
    const resourceId = `fail-${Math.random()}`;
    const first = writer.append(actor, { action: 'read', resourceType: 'assessment', resourceId });
    // Queued behind the first insert, into one group: one event the table refuses fails them all.
    const bad = writer.append(actor, { action: 'not-an-action' as 'read', resourceType: 'assessment', resourceId });
    const mate = writer.append(actor, { action: 'read', resourceType: 'assessment', resourceId });
    await expect(first).resolves.toBeUndefined();
    await expect(bad).rejects.toThrow();
    await expect(mate).rejects.toThrow();
    await writer.append(actor, { action: 'read', resourceType: 'assessment', resourceId });
    const rows = await store.db.selectFrom('audit_event').select('id').where('resource_id', '=', resourceId).execute();
    expect(rows).toHaveLength(2);
  });
});
