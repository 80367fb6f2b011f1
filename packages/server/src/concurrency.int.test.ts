/**
 * Optimistic concurrency through the API: of two writers holding the same version one wins and
 * the other is told the current version (409); many concurrent writers lose nothing.
 */
import { testBackends } from '@betz/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from './testing/clinic.js';

const API = '/api/v1';

describe.each(testBackends())('concurrent writers (%s)', (backend) => {
  let clinic: TestClinic;
  beforeAll(async () => {
    clinic = await openTestClinic(backend);
  }, 60_000);
  afterAll(() => clinic?.close());

  it('two writers of one record: the stale one gets 409 with the current version, nothing is merged', async () => {
    const p = await clinic.request('POST', `${API}/patients`, { body: {} });
    const w = await clinic.request('POST', `${API}/patients/${p.json.id}/weights`, {
      body: { data: { date: '2025-01-01', weightKg: 70 } },
    });
    const url = `${API}/patients/${p.json.id}/weights/${w.json.id}`;
    const [a, b] = await Promise.all([
      clinic.request('PUT', url, {
        as: 'clinician',
        body: { version: 1, reason: 'a', data: { date: '2025-01-01', weightKg: 71 } },
      }),
      clinic.request('PUT', url, {
        as: 'nurse',
        body: { version: 1, reason: 'b', data: { date: '2025-01-01', weightKg: 72 } },
      }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? a : b;
    expect(loser.json).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const now = await clinic.request('GET', url);
    expect(now.json.record.data.weightKg).toBe(winner.json.data.weightKg);
    expect(now.json.revisions).toHaveLength(1);
  });

  it('a race of 1,000 updates of one patient loses none: each lands as its own version', async () => {
    const p = await clinic.request('POST', `${API}/patients`, { body: { familyName: 'Race' } });
    const url = `${API}/patients/${p.json.id}`;
    const updates = 1000;
    const writers = 4;
    let next = 0;
    let conflicts = 0;
    const writer = async () => {
      let version = 1;
      for (let i = next++; i < updates; i = next++) {
        for (;;) {
          const res = await clinic.request('PATCH', url, {
            body: { version, givenName: `u${i}`, reason: `update ${i}` },
          });
          if (res.status === 200) {
            version = res.json.version;
            break;
          }
          expect(res.status).toBe(409);
          conflicts++;
          version = res.json.currentVersion;
        }
      }
    };
    await Promise.all(Array.from({ length: writers }, writer));
    const final = await clinic.request('GET', url);
    expect(final.json.version).toBe(1 + updates);
    const history = await sql<{ reason: string | null }>`SELECT snapshot->>'change_reason' AS reason FROM fact_revision
      WHERE fact_id = ${p.json.id} AND version > 1`.execute(clinic.store.db);
    const applied = new Set([...history.rows.map((r) => r.reason), final.json.changeReason]);
    expect(applied.size).toBe(updates);
    expect(conflicts).toBeGreaterThan(0); // it was a race
  }, 300_000);

  it('1,000 facts recorded at once are all there', async () => {
    const p = await clinic.request('POST', `${API}/patients`, { body: {} });
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        clinic.request('POST', `${API}/patients/${p.json.id}/symptoms`, {
          body: { data: { date: '2025-01-01', symptom: 'cramps', note: `n${i}` } },
        }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const notes = new Set<string>();
    let cursor: string | null = null;
    do {
      const list = await clinic.request(
        'GET',
        `${API}/patients/${p.json.id}/symptoms?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(list.json.page.total).toBe(1000);
      for (const f of list.json.items as { data: { note: string } }[]) notes.add(f.data.note);
      cursor = list.json.page.nextCursor;
    } while (cursor);
    expect(notes.size).toBe(1000);
  }, 300_000);
});
