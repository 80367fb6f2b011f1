import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../facts/index.js';
import { evaluateFunction } from '../function/evaluate.js';
import { evaluatePrognosis } from '../prognosis/evaluate.js';
import { evaluateStaging } from '../staging/evaluate.js';
import { alsfrsrFixture, caseFixture } from '../testkit/index.js';
import { ENCALS_STATUS, evaluateCohort } from './cohort.js';

const asOf = '2025-06-01';
const cohort: PatientCase[] = [
  caseFixture({
    patient: { id: 'a', birthDate: '1960-05-05' },
    history: { onsetDate: '2024-01-10', diagnosisDate: '2024-10-01', onsetSite: 'bulbar', ftd: false },
    // Out of date order on purpose, and one record after asOf.
    alsfrsr: [
      alsfrsrFixture('2025-01-05', { speech: 2, swallowing: 3, handwriting: 3 }),
      alsfrsrFixture('2024-10-01', { speech: 3 }),
      alsfrsrFixture('2025-04-01', { speech: 1, swallowing: 2, handwriting: 1, dyspnoea: 2 }),
      alsfrsrFixture('2025-09-01', { speech: 0 }),
    ],
    vitalCapacity: [{ date: '2025-04-01', kind: 'FVC', posture: 'sitting', percentPredicted: 76 }],
    genetics: [{ gene: 'C9orf72', classification: 'pathogenic' }],
  }),
  caseFixture({
    patient: { id: 'b', birthDate: '1950-01-01' },
    history: { onsetDate: '2023-03-01', diagnosisDate: '2024-01-01', onsetSite: 'lumbosacral', ftd: true },
    alsfrsr: [
      alsfrsrFixture('2024-01-01', { walking: 2 }),
      { ...alsfrsrFixture('2024-06-01', { walking: 1 }), cuttingWithGastrostomy: 3 }, // invalid: both 5a and 5b
      alsfrsrFixture('2025-02-01', { walking: 1, cuttingWithGastrostomy: 3, respiratoryInsufficiency: 3 }),
    ],
    vitalCapacity: [{ date: '2025-01-15', kind: 'SVC', posture: 'supine', percentPredicted: 61 }],
    interventions: [{ kind: 'gastrostomy', startDate: '2025-01-20' }],
  }),
  caseFixture({ patient: { id: 'c' }, history: { onsetSite: 'cervical' } }),
  caseFixture({
    patient: { id: 'd', birthDate: '1970-01-01' },
    history: { onsetDate: '2024-01-01', diagnosisDate: '2024-06-01', onsetSite: 'cervical', ftd: false },
    alsfrsr: [alsfrsrFixture('2024-06-01', { handwriting: 2 })],
    vitalCapacity: [{ date: '2024-06-01', kind: 'FVC', posture: 'sitting', percentPredicted: 90 }],
    endpoints: { tracheostomyDate: '2025-03-01' },
  }),
];
const definite = (c: PatientCase) => (c.patient.id === 'c' ? undefined : c.patient.id === 'a');

describe('evaluateCohort gives the same answers as the single-patient functions', () => {
  const r = evaluateCohort(cohort, { asOf, definiteElEscorial: definite });
  it('counts records: valid ones on or before asOf scored, invalid ones counted', () => {
    expect(r.patients).toBe(4);
    expect(r.records).toBe(3 + 2 + 0 + 1);
    expect(r.invalidRecords).toBe(1);
  });
  cohort.forEach((c, i) => {
    it(`patient ${c.patient.id}`, () => {
      const f = evaluateFunction(c, asOf);
      const s = evaluateStaging(c, asOf);
      const p = evaluatePrognosis(c, asOf, definite(c) === undefined ? {} : { definiteElEscorial: definite(c) });
      expect(r.latestTotal[i]).toBe(f.alsfrsr.kind === 'scored' ? f.alsfrsr.total : -1);
      expect(Number.isNaN(r.progressionRate[i]!) ? null : r.progressionRate[i]).toBe(f.progressionRate);
      if (f.slope.kind === 'meaningful') {
        expect(r.slopePerMonth[i]).toBeCloseTo(f.slope.fit.slopePerMonth, 10);
        expect(r.slopeStandardError[i]).toBeCloseTo(f.slope.fit.standardError ?? Number.NaN, 10);
      } else {
        expect(r.slopePerMonth[i]).toBeNaN();
      }
      expect(r.kingsStage[i]).toBe(s.kings.kind === 'staged' ? s.kings.stage : 0);
      if (s.kings.kind === 'staged') {
        expect(r.kingsGastrostomy[i] === 1).toBe(s.kings.gastrostomy);
        expect(r.kingsNiv[i] === 1).toBe(s.kings.niv);
        expect(r.kingsEstimatedNoRegion[i] === 1).toBe(s.kings.estimatedNoRegion);
      }
      expect(r.mitosStage[i]).toBe(s.mitos.kind === 'staged' ? s.mitos.stage : 255);
      const e = p.encals;
      if (e.kind === 'predicted') {
        expect(r.encalsStatus[i]).toBe(ENCALS_STATUS[e.model]);
        expect(r.linearPredictor[i]).toBeCloseTo(e.linearPredictor, 12);
        expect(r.medianMonthsFromOnset[i]).toBeCloseTo(e.medianSurvivalMonthsFromOnset, 10);
        e.survivalAtHorizons.forEach((h, j) => {
          expect(r.survivalAtHorizons[i * 4 + j]).toBeCloseTo(h.probability, 12);
        });
      } else {
        expect(r.encalsStatus[i]).toBe(e.kind === 'declined' ? ENCALS_STATUS.declined : ENCALS_STATUS.insufficient);
      }
    });
  });
  it('covers each outcome: 8-predictor, 7-predictor, declined, insufficient', () => {
    expect([...r.encalsStatus]).toEqual([
      ENCALS_STATUS.encals8,
      ENCALS_STATUS.tricals7,
      ENCALS_STATUS.insufficient,
      ENCALS_STATUS.declined,
    ]);
  });
  it('per-record columns match the records, in date order', () => {
    expect([...r.recordPatient]).toEqual([0, 0, 0, 1, 1, 3]);
    expect([...r.recordTotal.subarray(0, 3)]).toEqual([47, 44, 38]);
    // Patient b's 2025-02 record: item 5 on the gastrostomy form, item 12 below 4 (King's 4A+4B).
    expect([r.recordKingsStage[4], r.recordKingsGastrostomy[4], r.recordKingsNiv[4]]).toEqual([4, 1, 1]);
    expect(r.recordKingsEstimatedNoRegion[4]).toBe(0);
  });
  it('takes a per-patient assessment date', () => {
    const early = evaluateCohort(cohort, { asOf: (c) => (c.patient.id === 'a' ? '2024-12-01' : asOf) });
    expect(early.latestTotal[0]).toBe(47);
  });
});
