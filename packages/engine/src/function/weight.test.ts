import { describe, expect, it } from 'vitest';
import { caseFixture } from '../testkit/index.js';
import { caseAsOf } from '../view/asOf.js';
import { assessWeight, bodyMassIndex, weightNear } from './weight.js';

describe('BMI = kg / m² (WHO)', () => {
  it('computes it, and refuses without a usable height', () => {
    expect(bodyMassIndex(81, 180)).toBeCloseTo(25, 10);
    expect(bodyMassIndex(81, undefined)).toBeNull();
    expect(bodyMassIndex(81, 0)).toBeNull();
  });
});

describe('weight at diagnosis: the record nearest the diagnosis date within the window (default 90 days)', () => {
  const weights = [
    { date: '2024-01-01', weightKg: 80 },
    { date: '2024-06-29', weightKg: 77 },
  ];
  it('takes a record 90 days away, not 91', () => {
    expect(weightNear(weights, '2024-03-31', 90)?.date).toBe('2024-01-01'); // 90 days
    expect(weightNear(weights, '2024-04-01', 90)?.date).toBe('2024-06-29'); // 89 days vs 91
    expect(weightNear([weights[0]!], '2024-04-01', 90)).toBeNull(); // 91 days
  });
  it('never uses a record after the assessment date (the view holds none)', () => {
    const c = caseFixture({ history: { diagnosisDate: '2024-06-01' }, weights });
    expect(assessWeight(caseAsOf(c, '2024-06-15'), 90).atDiagnosis).toBeNull();
  });
});

describe('weight change from premorbid and from diagnosis', () => {
  it('reports kg and percent, negative for a loss', () => {
    const c = caseFixture({
      patient: { id: 'w', premorbidWeightKg: 90, heightCm: 175 },
      history: { diagnosisDate: '2024-02-01' },
      weights: [
        { date: '2024-02-10', weightKg: 85.5 },
        { date: '2024-12-01', weightKg: 76.95 },
      ],
    });
    const w = assessWeight(caseAsOf(c, '2025-01-01'), 90);
    expect(w.fromPremorbid).toMatchObject({ fromKg: 90 });
    expect(w.fromPremorbid?.percent).toBeCloseTo(-14.5, 10);
    expect(w.fromDiagnosis?.percent).toBeCloseTo(-10, 10);
    expect(w.premorbidBmi).toBeCloseTo(90 / 1.75 ** 2, 10);
    expect(w.needs).toEqual([]);
  });
  it('names a missing weight near diagnosis', () => {
    const c = caseFixture({
      patient: { id: 'w', premorbidWeightKg: 90, heightCm: 175 },
      history: { diagnosisDate: '2024-02-01' },
      weights: [{ date: '2024-12-01', weightKg: 80 }],
    });
    expect(assessWeight(caseAsOf(c, '2025-01-01'), 90).needs).toEqual(['weights (near history.diagnosisDate)']);
  });
});
