import { describe, expect, it } from 'vitest';
import { alsfrsOriginalFixture, alsfrsrFixture, caseFixture } from '../testkit/index.js';
import { evaluateFunction } from './evaluate.js';

describe('per-visit timeline of derived measures', () => {
  const c = caseFixture({
    patient: { id: 't', heightCm: 170, premorbidWeightKg: 70 },
    history: { onsetDate: '2024-01-01' },
    alsfrsr: [alsfrsrFixture('2024-01-20', { speech: 3 }), alsfrsrFixture('2024-07-01', { speech: 2, walking: 3 })],
    alsfrsOriginal: [alsfrsOriginalFixture('2024-04-01')],
    vitalCapacity: [{ date: '2024-07-01', kind: 'SVC', posture: 'supine', percentPredicted: 80 }],
    weights: [{ date: '2024-04-01', weightKg: 66.5 }],
  });
  const t = evaluateFunction(c, '2024-12-31').timeline;
  it('one row per date, in order, merging the measures taken that day', () => {
    expect(t.map((p) => p.date)).toEqual(['2024-01-20', '2024-04-01', '2024-07-01']);
    expect(t[2]).toMatchObject({ alsfrsrTotal: 45, vcPercentPredicted: 80, vcKind: 'SVC', vcPosture: 'supine' });
  });
  it('nulls where a measure was not taken, never carried forward', () => {
    expect(t[1]).toMatchObject({
      alsfrsrTotal: null,
      alsfrsOriginalTotal: 40,
      weightKg: 66.5,
      vcPercentPredicted: null,
    });
    expect(t[1]!.weightChangeFromPremorbidPercent).toBeCloseTo(-5, 10);
    expect(t[1]!.bmi).toBeCloseTo(66.5 / 1.7 ** 2, 10);
  });
  it('ΔFS per visit, null under the 1-month guard', () => {
    expect(t[0]!.deltaFs).toBeNull(); // 19 days after onset
    expect(t[2]!.deltaFs).toBeCloseTo(3 / t[2]!.monthsFromOnset!, 10);
  });
});
