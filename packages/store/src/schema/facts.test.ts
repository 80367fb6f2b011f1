import { FACT_KIND_CATALOGUE } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import { FACT_KINDS, STORED_KINDS } from './facts.js';

describe('the store keeps every kind of the catalogue', () => {
  it('has a table for every catalogued kind and no kind the catalogue lacks', () => {
    const catalogued = FACT_KIND_CATALOGUE.map((k) => k.kind);
    expect(Object.keys(STORED_KINDS).sort()).toEqual([...catalogued].sort());
    expect(FACT_KINDS.map((k) => k.kind)).toEqual(catalogued);
  });

  it('gives each kind its own table', () => {
    const tables = FACT_KINDS.map((k) => k.table);
    expect(new Set(tables).size).toBe(tables.length);
  });

  it("reads case key, cardinality and dates from the catalogue, the store's part from its own table", () => {
    for (const entry of FACT_KIND_CATALOGUE) {
      const spec = FACT_KINDS.find((k) => k.kind === entry.kind);
      expect(spec?.caseKey ?? null, entry.kind).toBe(entry.caseKey);
      expect(spec?.cardinality, entry.kind).toBe(entry.cardinality);
      expect(spec?.dateField ?? null, entry.kind).toBe(entry.placedBy);
      expect(spec?.clipAfterAsOf ?? [], entry.kind).toEqual(entry.otherDates);
      expect(spec?.table, entry.kind).toBe(STORED_KINDS[entry.kind].table);
    }
  });
});
