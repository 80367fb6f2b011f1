/**
 * fast-check arbitraries drawn from the field maps: facts the database accepts (every range and
 * vocabulary of the tables), for round-trip and constraint tests. Test-only (imports fast-check).
 */
import { ITEM_FIVE_REQUIRED } from '@betz/engine';
import fc from 'fast-check';
import { FACT_KINDS, type FactKindSpec } from '../schema/facts.js';
import type { FieldMap, FieldSpec } from '../schema/fields.js';

type Plain = Record<string, unknown>;

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(1940, 0, 1) / DAY_MS;
const LAST = Date.UTC(2035, 11, 31) / DAY_MS;

export const isoDateArb = fc
  .integer({ min: FIRST, max: LAST })
  .map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));

const textArb = (maxLength: number) => fc.string({ maxLength, unit: 'grapheme' }).filter((s) => !s.includes('\u0000'));

function fieldArb(spec: Exclude<FieldSpec, { type: 'object' }>): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'date':
      return isoDateArb;
    case 'boolean':
      return fc.boolean();
    case 'text':
      if (spec.values) return fc.constantFrom(...spec.values);
      if (spec.code) return fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,20}$/);
      return spec.required ? textArb(40).filter((s) => s.length > 0) : textArb(40);
    case 'number': {
      if (spec.integer) return fc.integer({ min: spec.min ?? -1e6, max: spec.max ?? 1e6 });
      const min = spec.positive ? 1e-3 : (spec.min ?? -1e9);
      return fc.double({ min, max: spec.max ?? 1e9, noNaN: true, noDefaultInfinity: true });
    }
    case 'textList':
      return spec.values
        ? fc.array(fc.constantFrom(...spec.values), { maxLength: 4 })
        : fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 4 });
  }
}

export function factArb(fields: FieldMap): fc.Arbitrary<Plain> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.type === 'object') {
      model[name] = factArb(spec.fields);
    } else {
      model[name] = fieldArb(spec);
      if (spec.required) required.push(name);
    }
  }
  return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Plain>;
}

/** The rules that tie two fields together (migrations/0002_clinical.sql), applied to a draw. */
export function repair(spec: FactKindSpec, fact: Plain): Plain {
  const f = { ...fact };
  const swap = (a: string, b: string) => {
    if (typeof f[a] === 'string' && typeof f[b] === 'string' && (f[b] as string) < (f[a] as string)) {
      [f[a], f[b]] = [f[b], f[a]];
    }
  };
  if (spec.kind === 'alsfrsr' || spec.kind === 'alsfrsOriginal') {
    if (f.cuttingWithoutGastrostomy !== undefined && f.cuttingWithGastrostomy !== undefined)
      delete f.cuttingWithGastrostomy;
    if (
      ITEM_FIVE_REQUIRED[spec.kind] &&
      f.cuttingWithoutGastrostomy === undefined &&
      f.cuttingWithGastrostomy === undefined
    ) {
      f.cuttingWithoutGastrostomy = 4;
    }
  }
  if (spec.kind === 'medication' || spec.kind === 'intervention') swap('startDate', 'stopDate');
  if (spec.kind === 'careDecision') swap('date', 'until');
  if (spec.kind === 'referral') swap('date', 'seenDate');
  if (spec.kind === 'history') swap('onsetDate', 'diagnosisDate');
  if (spec.kind === 'emgStudy' && Array.isArray(f.muscles)) {
    f.muscles = (f.muscles as Plain[]).map((m) =>
      m.thoracicLevel !== undefined ? { ...m, muscle: 'thoracicParaspinals' } : m,
    );
  }
  return f;
}

/** A fact of `spec`'s kind (with its child lists) that the tables accept. */
export function storableFactArb(spec: FactKindSpec): fc.Arbitrary<Plain> {
  const children = Object.fromEntries(
    (spec.children ?? []).map((c) => [c.key, fc.array(factArb(c.fields), { maxLength: 4 })]),
  );
  return fc.tuple(factArb(spec.fields), fc.record(children)).map(([f, c]) => repair(spec, { ...f, ...c }));
}

/** A whole case: every kind the engine reads, a few facts each. */
export const caseArb = fc
  .record({
    sex: fc.option(fc.constantFrom('male', 'female', 'other', 'unknown'), { nil: undefined }),
    birthDate: fc.option(isoDateArb, { nil: undefined }),
    heightCm: fc.option(fc.double({ min: 50, max: 250, noNaN: true }), { nil: undefined }),
    facts: fc.record(
      Object.fromEntries(
        FACT_KINDS.filter((k) => k.caseKey !== undefined).map((k) => [
          k.caseKey,
          k.cardinality === 'one'
            ? fc.option(storableFactArb(k), { nil: undefined })
            : fc.array(storableFactArb(k), { maxLength: 3 }),
        ]),
      ),
    ),
  })
  .map(({ sex, birthDate, heightCm, facts }) => {
    const patient: Plain = { id: 'arbitrary' };
    if (sex !== undefined) patient.sex = sex;
    if (birthDate !== undefined) patient.birthDate = birthDate;
    if (heightCm !== undefined) patient.heightCm = heightCm;
    const c: Plain = { schemaVersion: 1, patient };
    for (const [key, value] of Object.entries(facts)) {
      if (value === undefined) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      if (!Array.isArray(value) && Object.keys(value as Plain).length === 0) continue;
      c[key] = value;
    }
    return c;
  });
