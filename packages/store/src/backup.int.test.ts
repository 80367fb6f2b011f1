import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PatientCase } from '@betz/engine';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreBackup, verifyBackup, writeBackup } from './backup.js';
import type { Store } from './db/open.js';
import { correctFact, createFact, retractFact } from './repo/facts.js';
import { importCases } from './repo/import.js';
import { createPatient } from './repo/patients.js';
import { caseArb } from './testing/arbitrary.js';
import { type Backend, openTestStore, testBackends } from './testing/backends.js';
import { insertUser } from './testing/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'betz-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every row of every backed-up table, as the backup writes them (header and end line aside). */
async function contents(store: Store, name: string): Promise<string[]> {
  const file = join(dir, `${name}.jsonl`);
  await writeBackup(store, file);
  return readFileSync(file, 'utf8').trim().split('\n').slice(1, -1);
}

async function populate(store: Store) {
  const actor = await insertUser(store.db);
  const cases = fc.sample(caseArb, { seed: 11, numRuns: 25 }) as unknown as PatientCase[];
  await importCases(
    store.db,
    actor,
    cases.map((c, i) => ({ case: c, familyName: `Synthetic${i}`, sourceId: { system: 'test', value: `p${i}` } })),
  );
  const p = await createPatient(store.db, actor, { familyName: 'Edited' });
  const exam = await createFact(store.db, actor, 'exam', p.id, {
    data: { date: '2024-01-01', regions: [{ region: 'cervical', side: 'left', umnSigns: ['hoffmann'] }] },
  });
  await correctFact(store.db, actor, 'exam', p.id, exam.id, {
    version: 1,
    reason: 'side',
    data: { date: '2024-01-01', regions: [{ region: 'cervical', side: 'right' }] },
  });
  await retractFact(store.db, actor, 'exam', p.id, exam.id, { version: 2, reason: 'wrong patient' });
}

const pairs: [Backend, Backend][] = testBackends().flatMap((from) =>
  testBackends().map((to) => [from, to] as [Backend, Backend]),
);

describe.each(pairs)('backup from %s, restore into %s', (from, to) => {
  it('restores every row exactly, and the restored database takes new writes', async () => {
    const source = await openTestStore(from);
    const target = await openTestStore(to);
    try {
      await populate(source);
      const file = join(dir, `b-${from}-${to}.jsonl.gz`);
      const summary = await writeBackup(source, file);
      expect(summary.rows.patient).toBe(26);
      const restored = await restoreBackup(target, file);
      expect(restored).toEqual(summary.rows);
      const before = await contents(source, `src-${from}-${to}`);
      const after = await contents(target, `dst-${from}-${to}`);
      // The restore adds one audit event of its own, at the end.
      expect(after.slice(0, -1)).toEqual(before);
      expect(JSON.parse(after.at(-1) as string).r.action).toBe('restore');
      // Sequences continue after the restored ids.
      const actor = await insertUser(target.db);
      await createPatient(target.db, actor, {});
      const ids = await sql<{ id: number }>`SELECT id FROM audit_event ORDER BY id DESC LIMIT 2`.execute(target.db);
      expect(ids.rows[0]?.id).toBeGreaterThan(ids.rows[1]?.id as number);
      await expect(restoreBackup(target, file)).rejects.toMatchObject({ code: 'restore_target_not_empty' });
    } finally {
      await source.close();
      await target.close();
    }
  }, 120_000);
});

describe('a damaged backup is refused before anything is written', () => {
  it('refuses a changed byte, a truncated file and an unknown format', async () => {
    const source = await openTestStore('pglite');
    const target = await openTestStore('pglite');
    try {
      await populate(source);
      const file = join(dir, 'plain.jsonl');
      await writeBackup(source, file);
      await expect(verifyBackup(file)).resolves.toBeDefined();
      const text = readFileSync(file, 'utf8');
      const tampered = join(dir, 'tampered.jsonl');
      writeFileSync(tampered, text.replace('"Synthetic1"', '"Synthetic9"'));
      await expect(restoreBackup(target, tampered)).rejects.toThrow(/checksum does not match/);
      const truncated = join(dir, 'truncated.jsonl');
      writeFileSync(truncated, text.split('\n').slice(0, -3).join('\n'));
      await expect(restoreBackup(target, truncated)).rejects.toThrow(/end line is missing/);
      const foreign = join(dir, 'foreign.jsonl');
      writeFileSync(foreign, '{"hello":"world"}\n');
      await expect(restoreBackup(target, foreign)).rejects.toThrow(/unknown format/);
      const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM patient`.execute(target.db);
      expect(n.rows[0]?.n).toBe(0);
    } finally {
      await source.close();
      await target.close();
    }
  }, 120_000);
});
