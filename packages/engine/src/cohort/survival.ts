/**
 * Kaplan-Meier survival and the log-rank test, pure functions of (time, event) pairs.
 *
 * - Product-limit estimator (Kaplan & Meier 1958, JASA 53:457): S(t) = Π_{tᵢ ≤ t} (1 − dᵢ/nᵢ), with
 *   nᵢ the number at risk just before tᵢ. Ties as in the textbook: at a time with both events and
 *   censorings, the events come first (the censored subjects are at risk at that time).
 * - Greenwood's variance (Greenwood 1926): Var(log S(t)) = Σ dᵢ / (nᵢ (nᵢ − dᵢ)); SE(S) = S × √that.
 * - Confidence interval of S(t) on the log-log scale (Kalbfleisch & Prentice 1980 §1.3; the default of
 *   SAS PROC LIFETEST; R survival's conf.type = "log-log", whose default is "log"): with
 *   σ = √Var(log S) and z the normal quantile, the band is S^exp(±z σ / log S), always inside [0, 1].
 *   Where S = 1 (before the first event) the band is [1, 1]; where S = 0 it is [0, 0] (R: NA).
 * - Median with its CI (Brookmeyer & Crowley 1982, Biometrics 38:29): the median is the first time
 *   S(t) ≤ 0.5 (when S is exactly 0.5 on a step, the midpoint to the next event time, as R does);
 *   the lower limit is where the lower band first falls to 0.5, the upper limit where the upper
 *   band does; null when that never happens in the data (not reached, R: NA).
 * - Log-rank test for k groups (Mantel 1966; Peto & Peto 1972): observed minus expected events per
 *   group, hypergeometric variance, χ² = (O − E)ᵀ V⁻¹ (O − E) on k − 1 degrees of freedom (R survdiff).
 *
 * Checked against the 6-MP remission data of Freireich et al. (Blood 1963;21:699), as listed by
 * Gehan (Biometrika 1965;52:203) and in R MASS::gehan: survival.test.ts.
 */
import { chiSquareUpperTail, normalQuantile } from '../function/stats.js';

/** One subject: follow-up time (any unit, ≥ 0) and whether it ended in the event (else censored). */
export interface SurvivalObservation {
  time: number;
  event: boolean;
}

/** One distinct time at which something happened (events or censorings). */
export interface KaplanMeierStep {
  time: number;
  /** At risk just before the time (followed at least this long). */
  atRisk: number;
  events: number;
  censored: number;
  /** S just after the time. */
  survival: number;
  /** Greenwood standard error of S; 0 before the first event, NaN once S = 0. */
  standardError: number;
  lower: number;
  upper: number;
}

export interface MedianSurvival {
  /** Null when S never falls to 0.5 (the median is not reached). */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

export interface KaplanMeierFit {
  kind: 'estimated';
  n: number;
  events: number;
  confidenceLevel: number;
  confidenceType: 'log-log';
  steps: KaplanMeierStep[];
  median: MedianSurvival;
}

export type KaplanMeierResult = KaplanMeierFit | { kind: 'refused'; reason: string };

export interface KaplanMeierOptions {
  /** Two-sided level of the band and of the median's interval (default 0.95). */
  confidenceLevel?: number;
}

/** Throws on an observation that is not a survival time (a caller's bug, not missing data). */
function checkObservations(obs: readonly SurvivalObservation[]): void {
  for (const [i, o] of obs.entries()) {
    if (!Number.isFinite(o.time) || o.time < 0) {
      throw new RangeError(`survival observation ${i}: time must be a finite number ≥ 0 (got ${o.time})`);
    }
  }
}

/**
 * The Kaplan-Meier estimate with Greenwood log-log bands and the median. Refused (with the reason)
 * when there is no subject.
 *
 * @example kaplanMeier([{ time: 6, event: true }, { time: 10, event: false }]).kind // 'estimated'
 */
export function kaplanMeier(obs: readonly SurvivalObservation[], opts: KaplanMeierOptions = {}): KaplanMeierResult {
  const level = opts.confidenceLevel ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`confidenceLevel must be in (0, 1) (got ${level})`);
  checkObservations(obs);
  if (obs.length === 0) return { kind: 'refused', reason: 'no subjects: a survival curve needs at least one' };
  const z = normalQuantile(1 - (1 - level) / 2);
  const sorted = [...obs].sort((a, b) => a.time - b.time);
  const steps: KaplanMeierStep[] = [];
  let atRisk = sorted.length;
  let s = 1;
  let greenwood = 0;
  let events = 0;
  for (let i = 0; i < sorted.length; ) {
    const time = sorted[i]!.time;
    let d = 0;
    let c = 0;
    while (i < sorted.length && sorted[i]!.time === time) {
      if (sorted[i]!.event) d++;
      else c++;
      i++;
    }
    // Events before censorings at the same time: all d + c are at risk for the d events.
    if (d > 0) {
      s *= 1 - d / atRisk;
      greenwood = atRisk > d ? greenwood + d / (atRisk * (atRisk - d)) : Number.NaN;
    }
    events += d;
    const [lower, upper] = logLogBand(s, greenwood, z);
    steps.push({
      time,
      atRisk,
      events: d,
      censored: c,
      survival: s,
      standardError: s === 0 ? Number.NaN : s * Math.sqrt(greenwood),
      lower,
      upper,
    });
    atRisk -= d + c;
  }
  const eventSteps = steps.filter((st) => st.events > 0);
  const median: MedianSurvival = {
    estimate: firstTimeAtOrBelowHalf(eventSteps, (st) => st.survival),
    lower: firstTimeAtOrBelowHalf(eventSteps, (st) => st.lower),
    upper: firstTimeAtOrBelowHalf(eventSteps, (st) => st.upper),
  };
  return {
    kind: 'estimated',
    n: sorted.length,
    events,
    confidenceLevel: level,
    confidenceType: 'log-log',
    steps,
    median,
  };
}

function logLogBand(s: number, varLogS: number, z: number): [number, number] {
  if (s >= 1) return [1, 1];
  if (s <= 0 || !Number.isFinite(varLogS)) return [0, 0];
  const w = (z * Math.sqrt(varLogS)) / Math.log(s); // negative
  return [s ** Math.exp(-w), s ** Math.exp(w)];
}

const HALF_TOLERANCE = 1e-12;

/**
 * The first event time where the curve is at or below 0.5; when it sits exactly at 0.5 there, the
 * midpoint to the next event time (R survival's quantile rule), or that time if none follows.
 */
function firstTimeAtOrBelowHalf(
  eventSteps: readonly KaplanMeierStep[],
  value: (st: KaplanMeierStep) => number,
): number | null {
  for (let i = 0; i < eventSteps.length; i++) {
    const v = value(eventSteps[i]!);
    if (v <= 0.5 + HALF_TOLERANCE) {
      if (Math.abs(v - 0.5) <= HALF_TOLERANCE && i + 1 < eventSteps.length) {
        return (eventSteps[i]!.time + eventSteps[i + 1]!.time) / 2;
      }
      return eventSteps[i]!.time;
    }
  }
  return null;
}

export interface SurvivalAtTime {
  time: number;
  /** S(t): the step function, right-continuous. */
  survival: number;
  lower: number;
  upper: number;
  standardError: number;
  /** Subjects still followed at t (time ≥ t): the "number at risk" row of a plot. */
  atRisk: number;
  /** False when t is past the last follow-up: S is carried forward but nobody is observed. */
  observed: boolean;
}

/**
 * S(t) with its band and the number at risk at a chosen time (R: summary(fit, times = t), which
 * also carries the last value forward but marks nothing; here `observed` says when t is past the data).
 */
export function survivalAt(fit: KaplanMeierFit, time: number): SurvivalAtTime {
  let survival = 1;
  let lower = 1;
  let upper = 1;
  let standardError = 0;
  let atRisk = fit.n;
  for (const st of fit.steps) {
    if (st.time <= time) {
      survival = st.survival;
      lower = st.lower;
      upper = st.upper;
      standardError = st.standardError;
      atRisk = st.atRisk - st.events - st.censored;
    } else break;
  }
  // Those with time ≥ t: at a step time, the subjects of that step are still at risk.
  const atStep = fit.steps.find((st) => st.time === time);
  if (atStep) atRisk = atStep.atRisk;
  const last = fit.steps.at(-1)?.time ?? 0;
  return { time, survival, lower, upper, standardError, atRisk, observed: time <= last };
}

export type LogRankResult =
  | {
      kind: 'tested';
      chiSquare: number;
      df: number;
      pValue: number;
      observed: number[];
      expected: number[];
      /** Groups left out of the statistic because nobody in them was at risk at any event time. */
      uninformativeGroups: number[];
    }
  | { kind: 'notTested'; reason: string };

/**
 * The k-sample log-rank test (R survdiff, rho = 0). Each group is a list of observations; a group
 * with no subjects is refused by name (`labels`), as is a test with fewer than two groups or no event.
 */
export function logRankTest(
  groups: readonly (readonly SurvivalObservation[])[],
  labels?: readonly string[],
): LogRankResult {
  const k = groups.length;
  const name = (g: number) => (labels?.[g] !== undefined ? `"${labels[g]}"` : `${g + 1}`);
  if (k < 2) return { kind: 'notTested', reason: `a log-rank test needs at least two groups (got ${k})` };
  for (let g = 0; g < k; g++) {
    checkObservations(groups[g]!);
    if (groups[g]!.length === 0) return { kind: 'notTested', reason: `group ${name(g)} has no subjects` };
  }
  const all = groups.flatMap((obs, g) => obs.map((o) => ({ ...o, g })));
  all.sort((a, b) => a.time - b.time);
  const atRisk = groups.map((obs) => obs.length);
  const observed = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const v = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let totalEvents = 0;
  for (let i = 0; i < all.length; ) {
    const time = all[i]!.time;
    const d = new Array<number>(k).fill(0);
    const leaving = new Array<number>(k).fill(0);
    while (i < all.length && all[i]!.time === time) {
      const o = all[i]!;
      if (o.event) d[o.g]!++;
      leaving[o.g]!++;
      i++;
    }
    const dt = d.reduce((a, b) => a + b, 0);
    const nt = atRisk.reduce((a, b) => a + b, 0);
    if (dt > 0) {
      totalEvents += dt;
      const spread = nt > 1 ? (dt * (nt - dt)) / (nt - 1) : 0;
      for (let g = 0; g < k; g++) {
        const share = atRisk[g]! / nt;
        observed[g]! += d[g]!;
        expected[g]! += dt * share;
        for (let h = 0; h < k; h++) {
          v[g]![h]! += spread * share * ((g === h ? 1 : 0) - atRisk[h]! / nt);
        }
      }
    }
    for (let g = 0; g < k; g++) atRisk[g]! -= leaving[g]!;
  }
  if (totalEvents === 0)
    return { kind: 'notTested', reason: 'no events in any group: the log-rank test is not defined' };
  // Groups nobody in which was at risk at an event time carry no information (R: generalised inverse).
  const informative: number[] = [];
  const uninformativeGroups: number[] = [];
  for (let g = 0; g < k; g++) (v[g]![g]! > 1e-12 ? informative : uninformativeGroups).push(g);
  if (informative.length < 2) {
    return { kind: 'notTested', reason: 'fewer than two groups had subjects at risk at an event time' };
  }
  // Drop the last informative group (the k − 1 differences determine the last) and solve V x = O − E.
  const keep = informative.slice(0, -1);
  const m = keep.length;
  const a = keep.map((g) => keep.map((h) => v[g]![h]!));
  const b = keep.map((g) => observed[g]! - expected[g]!);
  const x = solve(a, b);
  if (x === null)
    return { kind: 'notTested', reason: 'the variance matrix is singular: the groups cannot be compared' };
  let chiSquare = 0;
  for (let j = 0; j < m; j++) chiSquare += b[j]! * x[j]!;
  const df = m;
  return {
    kind: 'tested',
    chiSquare,
    df,
    pValue: chiSquareUpperTail(chiSquare, df),
    observed,
    expected,
    uninformativeGroups,
  };
}

/** Gaussian elimination with partial pivoting; null when singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= m[r]![c]! * x[c]!;
    x[r] = sum / m[r]![r]!;
  }
  return x;
}
