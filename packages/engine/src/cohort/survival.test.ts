import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareUpperTail, normalQuantile } from '../function/stats.js';
import { type KaplanMeierFit, kaplanMeier, logRankTest, type SurvivalObservation, survivalAt } from './survival.js';

/**
 * Remission times (weeks) of the 6-MP trial of Freireich et al. (Blood 1963;21:699), 21 children per
 * arm, as listed by Gehan (Biometrika 1965;52:203, section 11) and in R MASS::gehan; "+" = censored.
 */
const SIX_MP = '6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+';
const PLACEBO = '1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23';

function parse(s: string): SurvivalObservation[] {
  return s.split(' ').map((x) => ({ time: Number.parseFloat(x), event: !x.endsWith('+') }));
}

function fit(obs: readonly SurvivalObservation[]): KaplanMeierFit {
  const r = kaplanMeier(obs);
  if (r.kind !== 'estimated') throw new Error(r.reason);
  return r;
}

describe('Kaplan-Meier on the Freireich 6-MP data', () => {
  const km = fit(parse(SIX_MP));
  const byTime = new Map(km.steps.filter((s) => s.events > 0).map((s) => [s.time, s]));

  it('reproduces the published S(t) at weeks 6-23 to 3 decimals', () => {
    const published: [number, number][] = [
      [6, 0.857],
      [7, 0.807],
      [10, 0.753],
      [13, 0.69],
      [16, 0.627],
      [22, 0.538],
      [23, 0.448],
    ];
    expect([...byTime.keys()]).toEqual(published.map(([t]) => t));
    for (const [t, s] of published) expect(byTime.get(t)!.survival).toBeCloseTo(s, 3);
    expect(km.n).toBe(21);
    expect(km.events).toBe(9);
  });

  it('has R survival 3.x Greenwood errors, numbers at risk and log-log bands (summary(survfit(..., conf.type = "log-log")))', () => {
    // time, n.risk, std.err, lower, upper as printed by R for MASS::gehan, treat = 6-MP.
    const r: [number, number, number, number, number][] = [
      [6, 21, 0.0764, 0.62, 0.952],
      [7, 17, 0.0869, 0.563, 0.923],
      [10, 15, 0.0963, 0.503, 0.889],
      [13, 12, 0.1068, 0.432, 0.849],
      [16, 11, 0.1141, 0.368, 0.805],
      [22, 7, 0.1282, 0.268, 0.747],
      [23, 6, 0.1346, 0.188, 0.68],
    ];
    for (const [t, n, se, lo, hi] of r) {
      const s = byTime.get(t)!;
      expect(s.atRisk).toBe(n);
      expect(s.standardError).toBeCloseTo(se, 4);
      expect(s.lower).toBeCloseTo(lo, 3);
      expect(s.upper).toBeCloseTo(hi, 3);
    }
  });

  it('gives the median and its Brookmeyer-Crowley interval as R does: 6-MP 23 (13, not reached), placebo 8 (4, 11)', () => {
    expect(km.median).toEqual({ estimate: 23, lower: 13, upper: null });
    expect(fit(parse(PLACEBO)).median).toEqual({ estimate: 8, lower: 4, upper: 11 });
  });

  it('reads S, its band and the number at risk at chosen times (R summary(fit, times = c(12, 24)))', () => {
    const at12 = survivalAt(km, 12);
    expect(at12.atRisk).toBe(12);
    expect(at12.survival).toBeCloseTo(0.752941, 6);
    expect(at12.lower).toBeCloseTo(0.5032, 4);
    expect(at12.upper).toBeCloseTo(0.889362, 5);
    const at24 = survivalAt(km, 24);
    expect(at24.atRisk).toBe(5);
    expect(at24.survival).toBeCloseTo(0.448179, 6);
    expect(at24.observed).toBe(true);
    // At a step time, the subjects of that step are still at risk (time ≥ t).
    expect(survivalAt(km, 6).atRisk).toBe(21);
    expect(survivalAt(km, 0).survival).toBe(1);
    expect(survivalAt(km, 40).observed).toBe(false);
    expect(survivalAt(fit(parse(PLACEBO)), 12).atRisk).toBe(6);
  });
});

describe('log-rank test', () => {
  it('reproduces the published 6-MP against placebo chi-square 16.79 on 1 df (R survdiff: 16.7929, O 9/21, E 19.25/10.75)', () => {
    const r = logRankTest([parse(SIX_MP), parse(PLACEBO)], ['6-MP', 'placebo']);
    if (r.kind !== 'tested') throw new Error(r.reason);
    expect(r.chiSquare).toBeCloseTo(16.7929409892, 6);
    expect(r.df).toBe(1);
    expect(r.observed).toEqual([9, 21]);
    expect(r.expected[0]).toBeCloseTo(19.25050095, 6);
    expect(r.expected[1]).toBeCloseTo(10.74949905, 6);
    expect(r.pValue).toBeCloseTo(4.168809e-5, 9);
    // The statistic does not depend on the order of the groups.
    const swapped = logRankTest([parse(PLACEBO), parse(SIX_MP)]);
    expect(swapped.kind === 'tested' && swapped.chiSquare).toBeCloseTo(16.7929409892, 6);
  });

  it('reproduces R survdiff for three groups with ties of events and censorings (chi-square 4.9418 on 2 df)', () => {
    const a = parse('1 2 2+ 3 5 5+ 6 8+');
    const b = parse('2 3 3 4+ 4 7 9+ 11 12');
    const c = parse('1 1 2 3+ 3 4');
    // R: survdiff(Surv(t, e) ~ g) on the same data.
    const r = logRankTest([a, b, c]);
    if (r.kind !== 'tested') throw new Error(r.reason);
    expect(r.df).toBe(2);
    expect(r.chiSquare).toBeCloseTo(4.9418215815, 6);
    expect(r.expected[0]).toBeCloseTo(5.10408432, 6);
    expect(r.expected[1]).toBeCloseTo(9.5814888, 6);
    expect(r.expected[2]).toBeCloseTo(2.31442688, 6);
    expect(r.pValue).toBeCloseTo(0.08450785, 7);
  });

  it('refuses a group with no subjects, by name, and fewer than two groups', () => {
    expect(logRankTest([parse(SIX_MP), []], ['6-MP', 'SOD1'])).toEqual({
      kind: 'notTested',
      reason: 'group "SOD1" has no subjects',
    });
    expect(logRankTest([parse(SIX_MP)]).kind).toBe('notTested');
  });

  it('is not defined without events', () => {
    const r = logRankTest([parse('1+ 2+'), parse('3+ 4+')]);
    expect(r).toEqual({ kind: 'notTested', reason: 'no events in any group: the log-rank test is not defined' });
  });

  it('leaves out a group nobody in which was at risk at an event time, and says so', () => {
    const r = logRankTest([parse(SIX_MP), parse(PLACEBO), parse('0.5+ 0.5+')]);
    if (r.kind !== 'tested') throw new Error(r.reason);
    expect(r.df).toBe(1);
    expect(r.uninformativeGroups).toEqual([2]);
    expect(r.chiSquare).toBeCloseTo(16.7929409892, 6);
  });
});

describe('Kaplan-Meier edge cases', () => {
  it('matches R on a pooled sample with ties of events and censorings (median 4 (3, 7))', () => {
    const km = fit(parse('1 2 2+ 3 5 5+ 6 8+ 2 3 3 4+ 4 7 9+ 11 12 1 1 2 3+ 3 4'));
    const s = km.steps.filter((x) => x.events > 0);
    // R: time 2, n.risk 20, 3 events, S 0.73913043; time 3 n.risk 16: the censoring at 2 is at risk at 2.
    expect(s[1]).toMatchObject({ time: 2, atRisk: 20, events: 3 });
    expect(s[1]!.survival).toBeCloseTo(0.73913043, 7);
    expect(s[2]).toMatchObject({ time: 3, atRisk: 16, events: 4 });
    expect(s[2]!.lower).toBeCloseTo(0.329615395, 7);
    expect(s[2]!.upper).toBeCloseTo(0.73080209, 7);
    expect(s[7]!.standardError).toBeCloseTo(0.107272976, 7);
    expect(km.median).toEqual({ estimate: 4, lower: 3, upper: 7 });
    expect(s.at(-1)!.survival).toBe(0);
    expect([s.at(-1)!.lower, s.at(-1)!.upper]).toEqual([0, 0]);
  });

  it('all censored: S stays 1, no events, the median is not reached', () => {
    const km = fit(parse('3+ 5+ 5+ 9+'));
    expect(km.events).toBe(0);
    expect(km.steps.every((s) => s.survival === 1 && s.lower === 1 && s.upper === 1)).toBe(true);
    expect(km.median).toEqual({ estimate: null, lower: null, upper: null });
    expect(survivalAt(km, 5).atRisk).toBe(3);
  });

  it('one subject: S drops to 0 at its event; censored, it stays 1', () => {
    const km = fit([{ time: 4, event: true }]);
    expect(km.steps).toHaveLength(1);
    expect(km.steps[0]).toMatchObject({ time: 4, atRisk: 1, events: 1, survival: 0 });
    expect(km.median.estimate).toBe(4);
    expect(fit([{ time: 4, event: false }]).steps[0]!.survival).toBe(1);
  });

  it('an event and a censoring at the same time: the event counts with the censored subject at risk', () => {
    const km = fit(parse('2 2+ 5'));
    expect(km.steps[0]).toMatchObject({ time: 2, atRisk: 3, events: 1, censored: 1 });
    expect(km.steps[0]!.survival).toBeCloseTo(2 / 3, 12);
    expect(km.steps[1]).toMatchObject({ time: 5, atRisk: 1, survival: 0 });
  });

  it('S exactly 0.5 on a step: the median is the midpoint to the next event time (R)', () => {
    expect(fit(parse('1 2 3 4')).median.estimate).toBe(2.5);
  });

  it('refuses no subjects, and throws on a negative or non-finite time', () => {
    expect(kaplanMeier([])).toEqual({ kind: 'refused', reason: 'no subjects: a survival curve needs at least one' });
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(/≥ 0/);
    expect(() => kaplanMeier([{ time: Number.NaN, event: true }])).toThrow(/finite/);
  });

  it('the 90 % band is narrower than the 95 % band', () => {
    const k90 = kaplanMeier(parse(SIX_MP), { confidenceLevel: 0.9 });
    const k95 = fit(parse(SIX_MP));
    if (k90.kind !== 'estimated') throw new Error('refused');
    expect(k90.steps[0]!.lower).toBeGreaterThan(k95.steps[0]!.lower);
    expect(k90.steps[0]!.upper).toBeLessThan(k95.steps[0]!.upper);
  });
});

describe('Kaplan-Meier properties', () => {
  const observation = fc.record({ time: fc.integer({ min: 0, max: 60 }), event: fc.boolean() });

  it('S is non-increasing, inside [0, 1], and inside its band', () => {
    fc.assert(
      fc.property(fc.array(observation, { minLength: 1, maxLength: 80 }), (obs) => {
        const km = fit(obs);
        let prev = 1;
        for (const s of km.steps) {
          expect(s.survival).toBeLessThanOrEqual(prev + 1e-12);
          expect(s.survival).toBeGreaterThanOrEqual(0);
          expect(s.lower).toBeLessThanOrEqual(s.survival + 1e-12);
          expect(s.upper).toBeGreaterThanOrEqual(s.survival - 1e-12);
          expect(s.lower).toBeGreaterThanOrEqual(0);
          expect(s.upper).toBeLessThanOrEqual(1);
          prev = s.survival;
        }
      }),
    );
  });

  it('without censoring, S(t) is the empirical survival: the share with time > t', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 45 }),
        (times, t) => {
          const km = fit(times.map((time) => ({ time, event: true })));
          const empirical = times.filter((x) => x > t).length / times.length;
          expect(survivalAt(km, t).survival).toBeCloseTo(empirical, 10);
          expect(survivalAt(km, t).atRisk).toBe(times.filter((x) => x >= t).length);
        },
      ),
    );
  });

  it('the log-rank statistic is the same whatever the order of the groups', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(observation, { minLength: 1, maxLength: 20 }), { minLength: 2, maxLength: 4 }),
        (groups) => {
          const a = logRankTest(groups);
          const b = logRankTest([...groups].reverse());
          expect(a.kind).toBe(b.kind);
          if (a.kind === 'tested' && b.kind === 'tested') expect(a.chiSquare).toBeCloseTo(b.chiSquare, 6);
        },
      ),
    );
  });
});

describe('normal and chi-square helpers (R qnorm, pchisq)', () => {
  it('match R', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.9)).toBeCloseTo(1.281552, 6);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 6);
    expect(chiSquareUpperTail(16.79, 1)).toBeCloseTo(4.175275e-5, 10);
    expect(chiSquareUpperTail(3.2, 4)).toBeCloseTo(0.5249309, 7);
    expect(chiSquareUpperTail(40, 10)).toBeCloseTo(1.694474e-5, 10);
  });
});
