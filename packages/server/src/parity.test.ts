/**
 * Parity between the API's schemas (contracts) and the tables (store): the same kinds, the same
 * vocabularies, the same numeric ranges, the same required fields. The database is the second
 * line of the same rules; when they differ, one of them is wrong.
 */
import { ROLES as API_ROLES, FACT_ROUTES } from '@betz/contracts';
import { FACT_KINDS, type FieldMap, type FieldSpec, ROLES as STORE_ROLES } from '@betz/store';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

type Json = {
  $ref?: string;
  $defs?: Record<string, Json>;
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  items?: Json;
  anyOf?: Json[];
  allOf?: Json[];
};

/** The JSON Schema of `schema`, with every `$ref` to a shared definition replaced by the definition. */
function jsonOf(schema: z.ZodType): Json {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  const defs = root.$defs ?? {};
  const inline = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(inline);
    if (value && typeof value === 'object') {
      const o = value as Json & Record<string, unknown>;
      if (typeof o.$ref === 'string' && o.$ref.startsWith('#/$defs/'))
        return inline(defs[o.$ref.slice('#/$defs/'.length)]);
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, inline(v)]));
    }
    return value;
  };
  return inline(root) as Json;
}

/** The object schema inside a JSON Schema (unwrapping allOf/anyOf from refinements). */
function objectOf(s: Json): Json {
  if (s.properties) return s;
  for (const part of [...(s.allOf ?? []), ...(s.anyOf ?? [])]) {
    const o = objectOf(part);
    if (o.properties) return o;
  }
  return s;
}

function compare(kind: string, fields: FieldMap, schema: Json, prefix = ''): string[] {
  const problems: string[] = [];
  const obj = objectOf(schema);
  const props = obj.properties ?? {};
  const required = new Set(obj.required ?? []);
  const names = new Set([...Object.keys(props), ...Object.keys(fields)]);
  for (const name of names) {
    const where = `${kind}.${prefix}${name}`;
    const spec: FieldSpec | undefined = fields[name];
    let json = props[name];
    if (!spec || !json) {
      // Child lists (exam regions, EMG muscles) are stored in their own tables, compared separately.
      if (!(json && json.type === 'array' && json.items?.properties && !spec))
        problems.push(`${where}: only in ${spec ? 'the store' : 'the API'}`);
      continue;
    }
    if (spec.type === 'object') {
      problems.push(...compare(kind, spec.fields, json, `${prefix}${name}.`));
      continue;
    }
    if (Boolean(spec.required) !== required.has(name)) problems.push(`${where}: required differs`);
    if (spec.type === 'number') {
      // A closed set of whole numbers (ALSFRS items 0-4) reads as its range.
      const numbers = json.enum?.filter((v): v is number => typeof v === 'number');
      if (numbers?.length) json = { ...json, minimum: Math.min(...numbers), maximum: Math.max(...numbers) };
      if ((spec.min ?? undefined) !== json.minimum) problems.push(`${where}: minimum ${spec.min} vs ${json.minimum}`);
      if ((spec.max ?? undefined) !== json.maximum) problems.push(`${where}: maximum ${spec.max} vs ${json.maximum}`);
      if (spec.positive && json.exclusiveMinimum !== 0) problems.push(`${where}: positive`);
    }
    if (spec.type === 'text' && spec.values) {
      if (JSON.stringify([...spec.values].sort()) !== JSON.stringify([...(json.enum ?? [])].sort())) {
        problems.push(`${where}: vocabulary differs`);
      }
    }
    if (spec.type === 'textList' && spec.values) {
      if (JSON.stringify([...spec.values].sort()) !== JSON.stringify([...(json.items?.enum ?? [])].sort())) {
        problems.push(`${where}: vocabulary differs`);
      }
    }
  }
  return problems;
}

describe('the API and the tables agree', () => {
  it('on the fact kinds', () => {
    expect(FACT_ROUTES.map((r) => r.kind)).toEqual(FACT_KINDS.map((k) => k.kind));
  });

  it('on the roles', () => {
    expect([...API_ROLES].sort()).toEqual([...STORE_ROLES].sort());
  });

  it.each(FACT_ROUTES.map((r) => [r.kind, r] as const))(
    '%s: fields, required fields, ranges and vocabularies',
    (kind, route) => {
      const spec = FACT_KINDS.find((k) => k.kind === kind);
      if (!spec) throw new Error(kind);
      const schema = jsonOf(route.data);
      const problems = compare(kind, spec.fields, schema);
      for (const child of spec.children ?? []) {
        const list = objectOf(schema).properties?.[child.key];
        problems.push(...compare(`${kind}.${child.key}[]`, child.fields, list?.items ?? {}));
      }
      expect(problems).toEqual([]);
    },
  );

  it('on the example of every kind, which is valid', () => {
    for (const route of FACT_ROUTES) expect(route.data.safeParse(route.example).success, route.kind).toBe(true);
  });
});
