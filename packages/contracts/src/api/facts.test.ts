import { CASE_FACT_KINDS, FACT_KIND_CATALOGUE, kebabCase } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { PatientCaseSchema } from '../case/patient-case.js';
import { FACT_DATA, FACT_ROUTES } from './facts.js';

describe('the API records every kind of the catalogue', () => {
  it('has a data schema for every catalogued kind and no kind the catalogue lacks', () => {
    const catalogued = FACT_KIND_CATALOGUE.map((k) => k.kind);
    expect(Object.keys(FACT_DATA).sort()).toEqual([...catalogued].sort());
    expect(FACT_ROUTES.map((r) => r.kind)).toEqual(catalogued);
  });

  it("takes each route's path and label from the catalogue", () => {
    for (const entry of FACT_KIND_CATALOGUE) {
      const route = FACT_ROUTES.find((r) => r.kind === entry.kind);
      // The path is derived, never typed: the case key in kebab-case, or the noun of a kind outside the case.
      expect(route?.path).toBe(entry.caseKey === null ? entry.noun : kebabCase(entry.caseKey));
      expect(route?.label).toBe(entry.cardinality === 'one' ? `${entry.label} (one per patient)` : entry.label);
    }
  });

  it('gives every kind an example its schema accepts', () => {
    for (const route of FACT_ROUTES) expect(route.data.safeParse(route.example).success, route.kind).toBe(true);
  });

  it('accepts for a kind of the case exactly what a case file holds under its key', () => {
    const shape = PatientCaseSchema.shape as Record<string, z.ZodType>;
    for (const entry of CASE_FACT_KINDS) {
      let inCase = shape[entry.caseKey];
      if (inCase instanceof z.ZodOptional) inCase = inCase.unwrap() as z.ZodType;
      if (entry.cardinality === 'many' && inCase instanceof z.ZodArray) inCase = inCase.element as z.ZodType;
      expect(inCase, entry.kind).toBe(FACT_DATA[entry.kind].data);
    }
  });
});
