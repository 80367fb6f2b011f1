import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../db/open.js';
import type { Actor } from '../repo/audit.js';
import { createFact } from '../repo/facts.js';
import { createPatient } from '../repo/patients.js';
import { storableFactArb } from '../testing/arbitrary.js';
import { openTestStore, testBackends } from '../testing/backends.js';
import { insertUser } from '../testing/fixtures.js';
import { FACT_KINDS, type FactKindSpec } from './facts.js';
import { type ColumnOf, columnsOf } from './fields.js';

type Plain = Record<string, unknown>;

const BOOKKEEPING: Record<string, string> = {
  id: 'uuid',
  patient_id: 'uuid',
  visit_id: 'uuid',
  version: 'integer',
  recorded_at: 'timestamp with time zone',
  recorded_by: 'uuid',
  updated_at: 'timestamp with time zone',
  updated_by: 'uuid',
  change_reason: 'text',
  retracted_at: 'timestamp with time zone',
  retracted_by: 'uuid',
  retract_reason: 'text',
};

function sqlType(c: ColumnOf): string {
  switch (c.spec.type) {
    case 'date':
      return 'date';
    case 'boolean':
    case 'presence':
      return 'boolean';
    case 'text':
      return 'text';
    case 'number':
      return c.spec.integer ? 'integer' : 'double precision';
    case 'textList':
      return 'ARRAY';
  }
}

/** A value just outside what a column allows (undefined when any value of the type is allowed). */
function outOfRange(c: ColumnOf): unknown[] {
  const s = c.spec;
  if (s.type === 'number') {
    const out: unknown[] = [];
    if (s.min !== undefined) out.push(s.integer ? s.min - 1 : s.min - 0.01);
    if (s.max !== undefined) out.push(s.integer ? s.max + 1 : s.max + 0.01);
    if (s.positive) out.push(0);
    return out;
  }
  if (s.type === 'text' && s.values) return ['notInTheVocabulary'];
  if (s.type === 'text' && s.code) return [''];
  if (s.type === 'textList' && s.values) return [['notInTheVocabulary']];
  if (s.type === 'date') return ['1799-12-31'];
  return [];
}

function setAt(data: Plain, path: readonly string[], value: unknown): Plain {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) return { ...data, [head]: value };
  return { ...data, [head]: setAt((data[head] as Plain) ?? {}, rest, value) };
}

describe.each(testBackends())('the tables (%s)', (backend) => {
  let store: Store;
  let actor: Actor;
  let patientId: string;
  beforeAll(async () => {
    store = await openTestStore(backend);
    actor = await insertUser(store.db);
    patientId = (await createPatient(store.db, actor, {})).id;
  }, 60_000);
  afterAll(() => store?.close());

  const columnsIn = async (table: string) => {
    const r = await sql<{ column_name: string; data_type: string; is_nullable: string }>`
      SELECT column_name, data_type, is_nullable FROM information_schema.columns
      WHERE table_name = ${table} AND table_schema = current_schema()`.execute(store.db);
    return Object.fromEntries(
      r.rows.map((c) => [c.column_name, `${c.data_type}${c.is_nullable === 'NO' ? ' not null' : ''}`]),
    );
  };

  it.each(FACT_KINDS.map((k) => [k.kind, k] as const))(
    '%s: the table has exactly the columns of its field map',
    async (_, spec) => {
      const expected: Record<string, string> = {};
      for (const [name, type] of Object.entries(BOOKKEEPING)) {
        if (name === 'visit_id' && spec.table === 'visit') continue;
        const notNull = !['visit_id', 'change_reason', 'retracted_at', 'retracted_by', 'retract_reason'].includes(name);
        expected[name] = `${type}${notNull ? ' not null' : ''}`;
      }
      for (const c of columnsOf(spec.fields)) {
        expected[c.column] = `${sqlType(c)}${'required' in c.spec && c.spec.required ? ' not null' : ''}`;
      }
      // A required field inside an optional object is enforced by a table CHECK, not NOT NULL.
      if (spec.kind === 'history') expected.progression_documented = 'boolean';
      expect(await columnsIn(spec.table)).toEqual(expected);
      for (const child of spec.children ?? []) {
        const version = child.parentColumn.replace(/_id$/, '_version');
        const childExpected: Record<string, string> = {
          [child.parentColumn]: 'uuid not null',
          [version]: 'integer not null',
          ordinal: 'integer not null',
        };
        for (const c of columnsOf(child.fields)) {
          childExpected[c.column] = `${sqlType(c)}${'required' in c.spec && c.spec.required ? ' not null' : ''}`;
        }
        expect(await columnsIn(child.table)).toEqual(childExpected);
      }
    },
  );

  const base = (spec: FactKindSpec): Plain => fc.sample(storableFactArb(spec), { seed: 42, numRuns: 1 })[0] as Plain;

  it.each(FACT_KINDS.map((k) => [k.kind, k] as const))(
    '%s: the database itself refuses every out-of-range value and every missing required field',
    async (_, spec) => {
      const valid = base(spec);
      // Cardinality-one kinds: one fresh patient per attempt, so the first accepted row does not block the rest.
      const target = async () =>
        spec.cardinality === 'one' ? (await createPatient(store.db, actor, {})).id : patientId;
      await createFact(store.db, actor, spec.kind, await target(), { data: valid });
      let refusals = 0;
      for (const c of columnsOf(spec.fields)) {
        if (c.spec.type === 'presence') continue;
        const bad = outOfRange(c);
        if ('required' in c.spec && c.spec.required) bad.push(undefined);
        for (const value of bad) {
          const data = setAt(valid, c.path, value);
          await expect(
            createFact(store.db, actor, spec.kind, await target(), { data }),
            `${c.column} = ${JSON.stringify(value)}`,
          ).rejects.toMatchObject({ code: 'invalid', detail: { field: `data.${c.path.join('.')}` } });
          refusals++;
        }
      }
      for (const child of spec.children ?? []) {
        const one = fc.sample(storableFactArb({ ...spec, fields: child.fields, children: [] }), {
          seed: 7,
          numRuns: 1,
        })[0] as Plain;
        for (const c of columnsOf(child.fields)) {
          for (const value of outOfRange(c)) {
            const data = { ...valid, [child.key]: [setAt(one, c.path, value)] };
            await expect(
              createFact(store.db, actor, spec.kind, await target(), { data }),
              `${child.table}.${c.column}`,
            ).rejects.toMatchObject({ code: 'invalid', detail: { field: `data.${child.key}[].${c.path.join('.')}` } });
            refusals++;
          }
        }
      }
      expect(refusals).toBeGreaterThan(0);
    },
    60_000,
  );
});
