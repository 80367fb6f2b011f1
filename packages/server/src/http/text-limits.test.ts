/**
 * The API's text limits are the database's: for every text column of every fact table that has a
 * length CHECK in the migrations, the fact's schema (what the API and a case file accept) carries
 * the same maxLength, so a value the database would refuse ("out of range or malformed") is
 * refused first at its field, naming the limit.
 */
import { FACT_ROUTES } from '@betz/contracts';
import { columnsOf, FACT_KINDS, type FieldMap, loadMigrations } from '@betz/store';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

type Json = Record<string, unknown>;

/** `table.column` -> the longest text the migrations let it hold. */
function databaseLimits(): Map<string, number> {
  const limits = new Map<string, number>();
  let table = '';
  for (const m of loadMigrations()) {
    for (const line of m.sql.split('\n')) {
      const t = /^(?:CREATE TABLE|ALTER TABLE) (\w+)/.exec(line);
      if (t) table = t[1] as string;
      const c = /^\s*(?:ADD COLUMN )?(\w+) text[^,]*CHECK \(length\(\1\) (?:<= (\d+)|BETWEEN \d+ AND (\d+))\)/.exec(
        line.replace(/^ALTER TABLE \w+ /, ''),
      );
      if (c) limits.set(`${table}.${c[1]}`, Number(c[2] ?? c[3]));
    }
  }
  return limits;
}

/** The JSON Schema of a field, by its path in the fact. */
function fieldSchema(schema: Json, path: readonly string[]): Json | undefined {
  let at: Json | undefined = schema;
  for (const key of path) {
    at = (at?.properties as Record<string, Json> | undefined)?.[key];
  }
  return at;
}

/** A schema with its `$ref` (an id table published under `$defs`) followed. */
function resolve(root: Json, schema: Json | undefined): Json | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string') return schema;
  return (root.$defs as Record<string, Json> | undefined)?.[ref.replace('#/$defs/', '')];
}

describe('text limits: the API refuses what the database would', () => {
  const limits = databaseLimits();

  it('reads the limits from the migrations (the medication note: 20,000 characters)', () => {
    expect(limits.get('medication.note')).toBe(20_000);
    expect(limits.get('medication.drug')).toBe(200);
    expect(limits.get('exam.examiner')).toBe(20_000);
    expect(limits.size).toBeGreaterThan(40);
  });

  it("gives every limited text column of every fact table the same maxLength in the fact's schema", () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const route of FACT_ROUTES) {
      const spec = FACT_KINDS.find((k) => k.kind === route.kind);
      if (!spec) throw new Error(`no store kind ${route.kind}`);
      const json = z.toJSONSchema(route.data, { io: 'input', unrepresentable: 'any' }) as Json;
      const parts: { table: string; fields: FieldMap; base: Json | undefined }[] = [
        { table: spec.table, fields: spec.fields, base: json },
        ...(spec.children ?? []).map((c) => ({
          table: c.table,
          fields: c.fields,
          base: (fieldSchema(json, [c.key])?.items as Json | undefined) ?? undefined,
        })),
      ];
      for (const part of parts) {
        for (const col of columnsOf(part.fields)) {
          const limit = limits.get(`${part.table}.${col.column}`);
          if (limit === undefined || !part.base) continue;
          const field = resolve(json, fieldSchema(part.base, col.path));
          // A value from a fixed table (a muscle id, a care rule code) is bounded by its enumeration.
          if (field?.enum !== undefined) continue;
          compared++;
          const max = (field?.items as Json | undefined)?.maxLength ?? field?.maxLength;
          if (max !== limit) mismatches.push(`${route.kind}.${col.path.join('.')}: schema ${max}, database ${limit}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(20);
  });
});
