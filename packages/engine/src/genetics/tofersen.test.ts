import { describe, expect, it } from 'vitest';
import type { GeneticResult, PatientCase } from '../facts/index.js';
import { AS_OF, quietCase } from '../testkit/index.js';
import { caseAsOf } from '../view/asOf.js';
import { tofersenEligibility } from './tofersen.js';

const withGenetics = (genetics: GeneticResult[]): PatientCase => ({ ...quietCase(), genetics });

describe('tofersenEligibility: Qalsody label indication (SOD1-ALS)', () => {
  const sod1 = (classification: GeneticResult['classification']) =>
    withGenetics([{ gene: 'SOD1', classification, variant: 'p.A5V', date: '2025-02-01' }]);
  it('eligible: pathogenic or likely pathogenic SOD1 with ALS', () => {
    expect(tofersenEligibility(caseAsOf(sod1('pathogenic'), AS_OF), true).kind).toBe('eligible');
    expect(tofersenEligibility(caseAsOf(sod1('likelyPathogenic'), AS_OF), true).kind).toBe('eligible');
  });
  it('not eligible: VUS, benign, negative, or a presymptomatic carrier', () => {
    const why = (c: PatientCase, dx: boolean) => {
      const e = tofersenEligibility(caseAsOf(c, AS_OF), dx);
      return e.kind === 'notEligible' ? e.why : e.kind;
    };
    expect(why(sod1('vus'), true)).toBe('sod1VusOnly');
    expect(why(sod1('benign'), true)).toBe('noPathogenicSod1');
    expect(why(sod1('negative'), true)).toBe('noPathogenicSod1');
    expect(why(sod1('pathogenic'), false)).toBe('presymptomaticCarrier');
  });
  it('insufficient: SOD1 not tested, or diagnosis unknown', () => {
    const untested = tofersenEligibility(caseAsOf(withGenetics([]), AS_OF), true);
    expect(untested.kind === 'insufficient' && untested.needs).toEqual(['genetics[gene=SOD1]']);
    const unknown = tofersenEligibility(caseAsOf(sod1('pathogenic'), AS_OF), undefined);
    expect(unknown.kind === 'insufficient' && unknown.needs).toEqual(['ctx.alsDiagnosed']);
  });
  it('ignores a result dated after asOf', () => {
    expect(tofersenEligibility(caseAsOf(sod1('pathogenic'), '2025-01-01'), true).kind).toBe('insufficient');
  });
});
