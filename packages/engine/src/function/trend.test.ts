import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, DAYS_PER_MONTH } from '../common/dates.js';
import { DEFAULT_FUNCTION_SETTINGS } from './settings.js';
import { leastSquares, leastSquaresLine, studentTQuantile } from './stats.js';
import { trendAcrossVisits } from './trend.js';

const rules = DEFAULT_FUNCTION_SETTINGS.slope;
const visits = (start: string, everyDays: number, values: number[]) =>
  values.map((value, i) => ({ date: addDays(start, i * everyDays), value }));

describe('least squares with standard error and confidence interval', () => {
  it('matches a hand calculation', () => {
    // x 0..3, y 40 39 37 36: slope -7/5 = -1.4, intercept 40.1, SSE 0.2, df 2,
    // SE = sqrt(0.2/2)/sqrt(5) = 0.141421; t(0.975, 2) = 4.302653; CI = -1.4 ± 0.608487.
    const fit = leastSquares([0, 1, 2, 3], [40, 39, 37, 36]);
    expect(fit?.slope).toBeCloseTo(-1.4, 12);
    expect(fit?.intercept).toBeCloseTo(40.1, 12);
    expect(fit?.standardError).toBeCloseTo(0.141421, 6);
    expect(fit?.confidenceInterval?.[0]).toBeCloseTo(-2.008487, 5);
    expect(fit?.confidenceInterval?.[1]).toBeCloseTo(-0.791513, 5);
  });
  it('has no standard error with two points and no slope without spread in x', () => {
    expect(leastSquares([0, 3], [40, 37])?.standardError).toBeNull();
    expect(leastSquares([2, 2, 2], [40, 37, 30])).toBeNull();
  });
  it('property: the line without an interval is the fit without its interval, to the bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 120, noNaN: true }), fc.integer({ min: 0, max: 48 }))),
        (pts) => {
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const full = leastSquares(xs, ys);
          const line = leastSquaresLine(xs, ys);
          if (full === null) expect(line).toBeNull();
          else {
            const { confidenceInterval: _, ...rest } = full;
            expect(line).toEqual(rest);
          }
        },
      ),
    );
  });
  it('Student t quantiles match published tables', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.3027, 3);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281, 3);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0423, 3);
    expect(studentTQuantile(0.95, 5)).toBeCloseTo(2.015, 3);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.2281, 3);
  });
  it('property: a perfect line is recovered with zero standard error', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 48, noNaN: true }),
        (slope, intercept) => {
          const xs = [0, 1.5, 4, 7];
          const fit = leastSquares(
            xs,
            xs.map((x) => intercept + slope * x),
          );
          expect(fit?.slope).toBeCloseTo(slope, 8);
          expect(fit?.standardError ?? 1).toBeCloseTo(0, 6);
        },
      ),
    );
  });
});

describe('when a slope is meaningful: >= 3 visits spanning >= 3 months (configurable)', () => {
  it('2 visits: not meaningful', () => {
    const t = trendAcrossVisits(visits('2024-01-01', 120, [40, 36]), { rules, path: 'alsfrsr' });
    expect(t.kind).toBe('notMeaningful');
    if (t.kind === 'notMeaningful') expect(t.reasons.join()).toMatch(/2 visit/);
  });
  it('3 visits spanning just under 3 months: not meaningful; exactly 3 months or more: meaningful', () => {
    const shortSpan = Math.floor((3 * DAYS_PER_MONTH) / 2); // 45 days apart → 90 days = 2.96 months
    expect(trendAcrossVisits(visits('2024-01-01', shortSpan, [40, 39, 38]), { rules, path: 'alsfrsr' }).kind).toBe(
      'notMeaningful',
    );
    const longSpan = Math.ceil((3 * DAYS_PER_MONTH) / 2); // 46 days → 92 days = 3.02 months
    const t = trendAcrossVisits(visits('2024-01-01', longSpan, [40, 39, 37]), { rules, path: 'alsfrsr' });
    expect(t.kind).toBe('meaningful');
    if (t.kind === 'meaningful') {
      expect(t.fit.slopePerMonth).toBeLessThan(0);
      expect(t.fit.confidenceInterval).not.toBeNull();
    }
  });
  it('rules are configurable: 2 visits allowed when minVisits is 2', () => {
    const t = trendAcrossVisits(visits('2024-01-01', 120, [40, 36]), {
      rules: { ...rules, minVisits: 2 },
      path: 'alsfrsr',
    });
    expect(t.kind).toBe('meaningful');
  });
  it('no visits: insufficient, naming the series', () => {
    expect(trendAcrossVisits([], { rules, path: 'alsfrsr' })).toMatchObject({
      kind: 'insufficient',
      needs: ['alsfrsr'],
    });
  });
  it('an onset anchor adds a point but not a visit (Karanevich 2018)', () => {
    const pts = visits('2024-07-01', 46, [40, 39, 37]);
    const t = trendAcrossVisits(pts, { rules, path: 'alsfrsr', anchor: { date: '2023-07-01', value: 48 } });
    expect(t.kind).toBe('meaningful');
    if (t.kind !== 'meaningful') return;
    expect(t.visits).toBe(3);
    expect(t.anchoredAtOnset).toBe(true);
    expect(t.source.cite).toBe('Karanevich 2018');
  });
});
