/**
 * Synthetic case builders for the care engine's tests (no real patient data). Test-only:
 * excluded from the build (packages/engine/tsconfig.json).
 * `quietCase` is a well-monitored person with diagnosed ALS whose facts trip no threshold; a
 * test changes one fact and checks which rule fires.
 */
import type { CareAssessment, CareContext, CareRecommendation } from '../care/types.js';
import type { PatientCase, VitalCapacity } from '../facts/index.js';
import { alsfrsrFixture } from './alsfrs.js';

export const AS_OF = '2025-06-01';
export const DIAGNOSED: CareContext = {
  alsDiagnosed: true,
  diagnosisCategory: 'probable',
  progressionRatePerMonth: 0.5,
};

export const vc = (date: string, percentPredicted: number, extra: Partial<VitalCapacity> = {}): VitalCapacity => ({
  date,
  kind: 'FVC',
  posture: 'sitting',
  percentPredicted,
  ...extra,
});

/** Diagnosed, recently measured, nothing abnormal; on riluzole with normal monitoring. */
export function quietCase(): PatientCase {
  return {
    schemaVersion: 1,
    patient: { id: 'synthetic-care-1', sex: 'female', birthDate: '1965-03-01', heightCm: 170, premorbidWeightKg: 70 },
    history: { onsetDate: '2024-09-01', onsetSite: 'cervical', diagnosisDate: '2025-01-15' },
    genetics: [
      { gene: 'C9orf72', classification: 'negative', date: '2025-02-01' },
      { gene: 'SOD1', classification: 'negative', date: '2025-02-01' },
      { gene: 'FUS', classification: 'negative', date: '2025-02-01' },
      { gene: 'TARDBP', classification: 'negative', date: '2025-02-01' },
    ],
    alsfrsr: [alsfrsrFixture('2025-03-01'), alsfrsrFixture('2025-05-20')],
    vitalCapacity: [vc('2025-03-01', 92), vc('2025-05-20', 90)],
    respiratory: [{ date: '2025-05-20', snipCmH2O: 80, mipCmH2O: 85, peakCoughFlowLPerMin: 400 }],
    weights: [
      { date: '2025-03-01', weightKg: 69.5 },
      { date: '2025-05-20', weightKg: 69 },
    ],
    screenings: [
      { date: '2025-05-20', instrument: 'ECAS', score: 120 },
      { date: '2025-05-20', instrument: 'PHQ-9', score: 3 },
      { date: '2025-05-20', instrument: 'Zarit', score: 8 },
    ],
    labs: [
      { date: '2025-02-10', test: 'alt', value: 20, unit: 'U/L', upperLimitOfNormal: 40 },
      { date: '2025-03-10', test: 'alt', value: 25, unit: 'U/L', upperLimitOfNormal: 40 },
      { date: '2025-04-10', test: 'alt', value: 30, unit: 'U/L', upperLimitOfNormal: 40 },
      { date: '2025-05-10', test: 'alt', value: 28, unit: 'U/L', upperLimitOfNormal: 40 },
    ],
    medications: [{ drug: 'riluzole', startDate: '2025-02-12', dose: '50 mg twice daily' }],
    advanceCarePlans: [{ date: '2025-02-01', topics: ['niv', 'gastrostomy', 'resuscitation'] }],
  };
}

export const codesOf = (a: CareAssessment): string[] => a.recommendations.map((r) => r.code);
export const find = (a: CareAssessment, code: string): CareRecommendation | undefined =>
  a.recommendations.find((r) => r.code === code);
export const suppressedCodes = (a: CareAssessment): string[] => a.suppressed.map((s) => s.recommendation.code);
