import { describe, expect, it } from 'vitest';
import { CASE_FACT_KINDS, FACT_KIND_CATALOGUE, factKindEntry } from './kinds.js';

describe('the fact kind catalogue', () => {
  it('names each kind, case key and API path once', () => {
    for (const field of ['kind', 'apiPath'] as const) {
      const values = FACT_KIND_CATALOGUE.map((k) => k[field]);
      expect(new Set(values).size).toBe(values.length);
    }
    const keys = CASE_FACT_KINDS.map((k) => k.caseKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('places every list kind except allergies in time, and no one-per-patient kind', () => {
    for (const k of FACT_KIND_CATALOGUE) {
      if (k.cardinality === 'one') expect(k.placedBy, k.kind).toBeNull();
    }
    const unplaced = FACT_KIND_CATALOGUE.filter((k) => k.cardinality === 'many' && k.placedBy === null).map(
      (k) => k.kind,
    );
    expect(unplaced).toEqual(['identifier', 'allergy']);
  });

  it('looks a kind up by name and refuses an unknown one', () => {
    expect(factKindEntry('weight').apiPath).toBe('weights');
    expect(() => factKindEntry('nope' as never)).toThrow(/unknown fact kind/);
  });
});
