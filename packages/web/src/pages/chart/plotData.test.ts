import type { PatientCase } from '@betz/engine';
import { assess } from '@betz/engine';
import { describe, expect, it } from 'vitest';
import { decisionsToday } from './OverviewTab';
import {
  alsfrsrDomains,
  alsfrsrTotals,
  LAST_BAND_DAYS,
  slopeDrawing,
  stageBands,
  utc,
  weightReference,
} from './plotData';
import { careItemsFor } from './SummaryTab';

const record = (date: string, n: 0 | 1 | 2 | 3 | 4, walk: 0 | 1 | 2 | 3 | 4) =>
  ({
    date,
    speech: 4,
    salivation: 4,
    swallowing: 4,
    handwriting: n,
    cuttingWithoutGastrostomy: n,
    dressing: n,
    turningInBed: 4,
    walking: walk,
    climbingStairs: walk,
    dyspnoea: 4,
    orthopnoea: 4,
    respiratoryInsufficiency: 4,
  }) as const;

const CASE: PatientCase = {
  schemaVersion: 1,
  patient: { id: 'p2', sex: 'male', birthDate: '1958-05-02', premorbidWeightKg: 80 },
  history: { onsetDate: '2023-09-01', onsetSite: 'cervical', diagnosisDate: '2024-02-01' },
  alsfrsr: [
    record('2024-01-15', 4, 4),
    record('2024-04-15', 3, 4),
    record('2024-07-15', 3, 3),
    record('2024-10-15', 2, 3),
    record('2025-01-15', 1, 2),
  ],
  vitalCapacity: [{ date: '2025-01-15', kind: 'FVC', posture: 'sitting', percentPredicted: 45 }],
  weights: [{ date: '2024-01-15', weightKg: 79 }],
};
const a = assess(CASE, '2025-02-01');
const totals = alsfrsrTotals(a.function.timeline);

describe('the ALSFRS-R series', () => {
  it('has one total per valid record and four domains each', () => {
    expect(totals.map((p) => p.value)).toEqual([48, 45, 43, 40, 35]);
    expect(alsfrsrDomains(a.function.timeline)).toHaveLength(20);
  });
});

describe('slopeDrawing', () => {
  const slope = a.function.slope;
  const drawing = slopeDrawing(slope, totals, CASE.history?.onsetDate);
  it("draws the engine's fitted line, from its intercept at the first visit", () => {
    if (slope.kind !== 'meaningful' || !drawing) throw new Error('expected a meaningful slope');
    expect(drawing.line[0]?.value).toBeCloseTo(slope.fit.interceptAtFirstVisit, 9);
    expect(drawing.slopePerMonth).toBe(slope.fit.slopePerMonth);
    expect(drawing.meaningful).toBe(true);
  });
  it('draws a band that holds the fitted line everywhere and pinches at the mean of the points', () => {
    if (!drawing?.band) throw new Error('expected a band');
    const first = utc('2024-01-15').getTime();
    const fitted = (d: Date) =>
      drawing.line[0]!.value + drawing.slopePerMonth * ((d.getTime() - first) / ((365.25 * 86_400_000) / 12));
    for (const b of drawing.band) {
      // Clipped to the scale's 0-48, as the plot's axis is.
      expect(b.low).toBeLessThanOrEqual(Math.min(48, fitted(b.date)) + 1e-9);
      expect(b.high).toBeGreaterThanOrEqual(Math.max(0, Math.min(48, fitted(b.date))) - 1e-9);
    }
    const widths = drawing.band.map((b) => b.high - b.low);
    expect(Math.min(...widths)).toBeLessThan(Math.min(widths[0]!, widths.at(-1)!));
  });
  it('draws nothing without a fit', () => {
    expect(slopeDrawing({ kind: 'insufficient', needs: ['alsfrsr'], reason: 'x' }, [], undefined)).toBeNull();
  });
});

describe('stageBands', () => {
  const bands = stageBands(a.staging.history, a.asOf);
  it("gives King's and MiToS a band per staged record, each up to the next", () => {
    expect(bands).toHaveLength(2 * a.staging.history.length);
    expect(bands[0]?.end).toEqual(bands[2]?.start);
  });
  it('lets the last band reach past the assessment date so its label fits', () => {
    const last = bands.at(-1)!;
    expect(last.end.getTime()).toBe(utc(a.asOf).getTime() + LAST_BAND_DAYS * 86_400_000);
  });
});

describe('weightReference', () => {
  it('draws −5 % and −10 % from the premorbid weight, else from the first recorded', () => {
    expect(weightReference(80, [])?.lines.map((l) => l.kg)).toEqual([80, 76, 72]);
    const series = [{ date: utc('2024-01-01'), iso: '2024-01-01', value: 70, series: 'weight' }];
    expect(weightReference(undefined, series)).toMatchObject({ basis: 'first recorded', kg: 70 });
    expect(weightReference(undefined, [])).toBeNull();
  });
});

describe('what the overview and the letter pick from the care plan', () => {
  it('puts every urgent and overdue item first in "needs a decision today", at most six', () => {
    const today = decisionsToday(a);
    expect(today.length).toBeLessThanOrEqual(6);
    const pressing = a.care.recommendations.filter((r) => r.priority === 'urgent' || r.due <= a.asOf);
    expect(today.slice(0, Math.min(6, pressing.length))).toEqual(pressing.slice(0, 6));
  });
  it('lists every item in the record and leaves routine undecided items out of a letter, counted', () => {
    expect(careItemsFor(a, 'record').items).toEqual(a.care.recommendations);
    const letter = careItemsFor(a, 'letter');
    expect(letter.items.every((r) => r.priority !== 'routine' || r.decision)).toBe(true);
    expect(letter.items.length + letter.left).toBe(a.care.recommendations.length);
  });
});
