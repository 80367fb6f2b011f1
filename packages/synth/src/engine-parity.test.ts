/**
 * Parity on synthetic patients: the engine's batch path and its single-patient functions must
 * agree record for record (the batch exists for speed only).
 */
import { describe, expect, it } from 'vitest';
import { ENCALS_STATUS, evaluateCohort } from '../../engine/src/batch/index.js';
import { evaluateFunction } from '../../engine/src/function/index.js';
import { evaluatePrognosis } from '../../engine/src/prognosis/index.js';
import { evaluateStaging } from '../../engine/src/staging/index.js';
import { generateCohortWithTruth } from './index.js';

const { cases, truth } = generateCohortWithTruth({ seed: 99, size: 400 });
const asOf = (i: number) => {
  const a = cases[i]!.alsfrsr ?? [];
  return a[Math.floor(a.length / 2)]?.date ?? '2020-01-01';
};
const definite = (i: number) => truth[i]!.definiteElEscorialAtDiagnosis;

describe('evaluateCohort matches evaluateFunction, evaluateStaging and evaluatePrognosis', () => {
  const r = evaluateCohort(cases, { asOf: (_c, i) => asOf(i), definiteElEscorial: (_c, i) => definite(i) });
  it('for every synthetic patient', () => {
    const seen = new Set<number>();
    cases.forEach((c, i) => {
      const f = evaluateFunction(c, asOf(i));
      const s = evaluateStaging(c, asOf(i));
      const p = evaluatePrognosis(c, asOf(i), { definiteElEscorial: definite(i) });
      expect(r.latestTotal[i]).toBe(f.alsfrsr.kind === 'scored' ? f.alsfrsr.total : -1);
      const rate = r.progressionRate[i]!;
      if (f.progressionRate === null) expect(rate).toBeNaN();
      else expect(rate).toBeCloseTo(f.progressionRate, 12);
      if (f.slope.kind === 'meaningful') expect(r.slopePerMonth[i]).toBeCloseTo(f.slope.fit.slopePerMonth, 9);
      else expect(r.slopePerMonth[i]).toBeNaN();
      expect(r.kingsStage[i]).toBe(s.kings.kind === 'staged' ? s.kings.stage : 0);
      expect(r.mitosStage[i]).toBe(s.mitos.kind === 'staged' ? s.mitos.stage : 255);
      const e = p.encals;
      seen.add(r.encalsStatus[i]!);
      if (e.kind === 'predicted') {
        expect(r.encalsStatus[i]).toBe(ENCALS_STATUS[e.model]);
        expect(r.linearPredictor[i]).toBeCloseTo(e.linearPredictor, 12);
        expect(r.medianMonthsFromOnset[i]).toBeCloseTo(e.medianSurvivalMonthsFromOnset, 9);
      } else {
        expect(r.encalsStatus[i]).toBe(e.kind === 'declined' ? ENCALS_STATUS.declined : ENCALS_STATUS.insufficient);
      }
    });
    expect(seen.has(ENCALS_STATUS.encals8) || seen.has(ENCALS_STATUS.tricals7)).toBe(true);
  });
});
