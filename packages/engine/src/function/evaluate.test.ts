import { describe, expect, it } from 'vitest';
import { alsfrsOriginalFixture, alsfrsrFixture, caseFixture } from '../testkit/index.js';
import { evaluateFunction } from './evaluate.js';
import { renderFunctionText } from './render.js';

const patient = caseFixture({
  patient: { id: 'syn-1', heightCm: 180, premorbidWeightKg: 81, birthDate: '1960-01-01' },
  history: { onsetDate: '2024-01-01', onsetSite: 'cervical', diagnosisDate: '2024-09-01' },
  alsfrsr: [
    alsfrsrFixture('2024-09-01', { handwriting: 3, cuttingWithoutGastrostomy: 3 }),
    alsfrsrFixture('2024-12-01', { handwriting: 2, cuttingWithoutGastrostomy: 3, dressing: 3 }),
    alsfrsrFixture('2025-03-01', { handwriting: 2, cuttingWithoutGastrostomy: 2, dressing: 3, walking: 3 }),
    alsfrsrFixture('2025-09-01', { speech: 0 }),
  ],
  alsfrsOriginal: [alsfrsOriginalFixture('2024-06-01', { handwriting: 3 })],
  vitalCapacity: [
    { date: '2024-09-01', kind: 'FVC', posture: 'sitting', percentPredicted: 95 },
    { date: '2024-12-01', kind: 'FVC', posture: 'sitting', percentPredicted: 90 },
    { date: '2025-01-01', kind: 'FVC', posture: 'supine', percentPredicted: 70 },
    { date: '2025-02-01', kind: 'FVC', posture: 'sitting', percentPredicted: 60, reliable: false },
    { date: '2025-03-01', kind: 'FVC', posture: 'sitting', percentPredicted: 84 },
  ],
  weights: [
    { date: '2024-09-10', weightKg: 78 },
    { date: '2025-03-01', weightKg: 72.9 },
  ],
});

describe('evaluateFunction: the latest valid ALSFRS-R on or before the assessment date', () => {
  const a = evaluateFunction(patient, '2025-03-15');
  it('scores it with domains and who administered it', () => {
    expect(a.alsfrsr).toMatchObject({ kind: 'scored', date: '2025-03-01', total: 42, item5Form: '5a' });
    if (a.alsfrsr.kind === 'scored') {
      expect(a.alsfrsr.domains).toEqual({ bulbar: 12, fineMotor: 7, grossMotor: 11, respiratory: 12 });
    }
  });
  it('ignores records after the assessment date (no clock)', () => {
    expect(a.timeline.every((p) => p.date <= '2025-03-15')).toBe(true);
  });
  it('gives ΔFS as progressionRate with the reason beside it', () => {
    // 2024-01-01 → 2025-03-01 = 425 days = 13.963 months; (48 - 42) / 13.963 = 0.4297.
    expect(a.progressionRate).toBeCloseTo(6 / (425 / (365.25 / 12)), 10);
    expect(a.progressionRateReason).toMatch(/slow/);
  });
  it('fits the slope over the three visits (meaningful: 3 visits, 6 months)', () => {
    expect(a.slope.kind).toBe('meaningful');
    if (a.slope.kind === 'meaningful') expect(a.slope.fit.slopePerMonth).toBeLessThan(0);
    expect(a.slopeBand).not.toBeNull();
  });
  it('keeps the original ALSFRS apart, out of the ALSFRS-R series', () => {
    expect(a.alsfrsOriginal).toMatchObject({ version: 'ALSFRS', total: 39 });
    const june = a.timeline.find((p) => p.date === '2024-06-01');
    expect(june).toMatchObject({ alsfrsOriginalTotal: 39, alsfrsrTotal: null });
    if (a.slope.kind !== 'insufficient') expect(a.slope.visits).toBe(3);
  });
  it('vital capacity: latest reliable record; the slope uses one kind and posture only', () => {
    expect(a.vitalCapacity.latest).toMatchObject({ percentPredicted: 84, kind: 'FVC', posture: 'sitting' });
    expect(a.vitalCapacity.series).toBe('FVC sitting');
    expect(a.vitalCapacity.unreliableExcluded).toBe(1);
    if (a.vitalCapacity.trend.kind !== 'insufficient') expect(a.vitalCapacity.trend.visits).toBe(3);
  });
  it('weight: change from premorbid and from diagnosis, and BMI', () => {
    expect(a.weight.fromPremorbid?.kg).toBeCloseTo(-8.1, 10);
    expect(a.weight.fromPremorbid?.percent).toBeCloseTo(-10, 10);
    expect(a.weight.atDiagnosis?.date).toBe('2024-09-10');
    expect(a.weight.fromDiagnosis?.kg).toBeCloseTo(-5.1, 10);
    expect(a.weight.bmi).toBeCloseTo(72.9 / 1.8 ** 2, 10);
  });
  it('renders as text', () => {
    const text = renderFunctionText(a);
    expect(text).toMatch(/ALSFRS-R 42\/48/);
    expect(text).toMatch(/Original ALSFRS \(separate scale\) 39\/40/);
    expect(text).toMatch(/FVC, sitting/);
  });
});

describe('evaluateFunction: missing data is named, never guessed', () => {
  it('no ALSFRS-R: insufficient naming alsfrsr; no progression rate', () => {
    const a = evaluateFunction(caseFixture(), '2025-01-01');
    expect(a.alsfrsr).toMatchObject({ kind: 'insufficient', needs: ['alsfrsr'] });
    expect(a.progressionRate).toBeNull();
    expect(a.weight.needs).toEqual(
      expect.arrayContaining(['weights', 'patient.heightCm', 'patient.premorbidWeightKg', 'history.diagnosisDate']),
    );
    expect(renderFunctionText(a)).toMatch(/insufficient data: needs alsfrsr/);
  });
  it('no onset date: ΔFS not computed, naming history.onsetDate', () => {
    const a = evaluateFunction(caseFixture({ alsfrsr: [alsfrsrFixture('2025-01-01')] }), '2025-01-01');
    expect(a.progressionRate).toBeNull();
    expect(a.progression).toMatchObject({ needs: ['history.onsetDate'] });
  });
  it('an invalid record is left out and reported by its path', () => {
    const bad = { ...alsfrsrFixture('2025-02-01'), cuttingWithGastrostomy: 2 as const };
    const a = evaluateFunction(
      caseFixture({
        history: { onsetDate: '2024-01-01' },
        alsfrsr: [alsfrsrFixture('2025-01-01', { speech: 3 }), bad],
      }),
      '2025-06-01',
    );
    expect(a.alsfrsr).toMatchObject({ date: '2025-01-01', total: 47 });
    expect(a.problems.map((p) => p.path)).toEqual(['alsfrsr[1].cuttingWithGastrostomy']);
  });
});
