import { describe, expect, it } from 'vitest';
import { CASE_FACT_KINDS, FACT_KIND_CATALOGUE, type FactKindEntry, factApiPath, factKindEntry } from './kinds.js';

describe('the fact kind catalogue', () => {
  it('names each kind, case key and API path once', () => {
    const kinds = FACT_KIND_CATALOGUE.map((k) => k.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    const paths = FACT_KIND_CATALOGUE.flatMap((k) => [factApiPath(k), ...((k as FactKindEntry).formerApiPaths ?? [])]);
    expect(new Set(paths).size).toBe(paths.length);
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

  it('gives every kind its FHIR mapping: a resource, or the explicit none', () => {
    const unmapped = (FACT_KIND_CATALOGUE as readonly FactKindEntry[]).filter(
      (k) => k.fhir !== 'none' && !(typeof k.fhir === 'object' && k.fhir.resource.length > 0),
    );
    expect(unmapped.map((k) => k.kind)).toEqual([]);
  });

  it('says who records every kind, the diagnostic record staying with the clinician', () => {
    const byClinicianOnly = FACT_KIND_CATALOGUE.filter((k) => k.recordedBy === 'clinician').map((k) => k.kind);
    expect(byClinicianOnly).toEqual(['history', 'exam', 'emgStudy', 'redFlagJudgement', 'geneticResult']);
  });

  it("keeps a deferral's end as of any date (only dates of later events are blanked)", () => {
    expect(factKindEntry('careDecision').otherDates).toEqual([]);
    expect(factKindEntry('medication').otherDates).toEqual(['stopDate']);
  });

  it('never blanks the date that places a fact (the as-of view sorts by the placing date it read first)', () => {
    for (const k of FACT_KIND_CATALOGUE as readonly FactKindEntry[]) {
      if (k.placedBy !== null) expect(k.otherDates, k.kind).not.toContain(k.placedBy);
    }
  });

  it('looks a kind up by name and refuses an unknown one', () => {
    expect(factKindEntry('weight').label).toBe('weight');
    expect(() => factKindEntry('nope' as never)).toThrow(/unknown fact kind/);
  });

  it('derives the API path from the case key, so a path and a case field name a kind alike', () => {
    expect(factApiPath(factKindEntry('emgStudy'))).toBe('emg');
    expect(factApiPath(factKindEntry('geneticResult'))).toBe('genetics');
    expect(factApiPath(factKindEntry('respiratoryTest'))).toBe('respiratory');
    expect(factApiPath(factKindEntry('redFlagJudgement'))).toBe('red-flag-judgements');
    expect(factApiPath(factKindEntry('vitalCapacity'))).toBe('vital-capacity');
    expect(factApiPath(factKindEntry('careDecision'))).toBe('care-decisions');
    // Kinds outside the case keep their plural noun; a kind in the case has none to disagree with.
    expect(['identifier', 'visit', 'referral'].map((k) => factApiPath(factKindEntry(k as never)))).toEqual([
      'identifiers',
      'visits',
      'referrals',
    ]);
    for (const k of FACT_KIND_CATALOGUE as readonly FactKindEntry[]) expect(k.caseKey === null, k.kind).toBe(!!k.noun);
    expect(() => factApiPath({ kind: 'x', caseKey: null })).toThrow(/neither a case key nor a noun/);
  });
});
