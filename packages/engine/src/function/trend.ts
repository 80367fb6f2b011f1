/**
 * Slope of a measure across visits by ordinary least squares, with its standard error and
 * confidence interval, and the rule for when a slope means something: enough visits over a long
 * enough span (configurable; default >= 3 visits over >= 3 months). Time is in months
 * (days / 365.25 * 12) from the first visit.
 */
import { type Insufficient, type IsoDate, insufficient, monthsBetween, type Source } from '../common/index.js';
import type { TrendRules } from './settings.js';
import { FUNCTION_SOURCES } from './sources.js';
import { leastSquares } from './stats.js';

export interface TrendPoint {
  date: IsoDate;
  value: number;
}

export interface TrendFit {
  /** Change per month (negative = decline). */
  slopePerMonth: number;
  /** Fitted value at the first visit. */
  interceptAtFirstVisit: number;
  /** Null with fewer than 3 points. */
  standardError: number | null;
  confidenceInterval: [number, number] | null;
  confidenceLevel: number;
}

interface TrendCommon {
  /** Real visits used (an onset anchor is not a visit). */
  visits: number;
  spanMonths: number;
  firstDate: IsoDate;
  lastDate: IsoDate;
  anchoredAtOnset: boolean;
  source: Source;
}

export type TrendResult =
  | (TrendCommon & { kind: 'meaningful'; fit: TrendFit; reason: string })
  | (TrendCommon & { kind: 'notMeaningful'; fit: TrendFit | null; reasons: string[] })
  | Insufficient;

/**
 * Why a slope over `visits` real visits spanning `spanMonths` is not meaningful, as one sentence
 * naming what is missing (empty when it is meaningful): fewer than `minVisits` visits, or a span
 * shorter than `minSpanMonths`.
 *
 * @example slopeNotMeaningfulBecause(1, 0, { minVisits: 3, minSpanMonths: 3, ... }) // ['1 visit (needs ≥3 over ≥3 months)']
 */
export function slopeNotMeaningfulBecause(visits: number, spanMonths: number, rules: TrendRules): string[] {
  const tooFew = visits < rules.minVisits;
  const tooShort = spanMonths < rules.minSpanMonths;
  if (!tooFew && !tooShort) return [];
  const span = `${spanMonths.toFixed(1)} months`;
  const needs = `≥${rules.minVisits} over ≥${rules.minSpanMonths} months`;
  if (!tooFew) return [`visits span ${span} (needs ${needs})`];
  const counted = `${visits} visit${visits === 1 ? '' : 's'}`;
  // One visit has no span to speak of; with two or more, say the span only when it is short too.
  return [`${counted}${tooShort && visits > 1 ? ` over ${span}` : ''} (needs ${needs})`];
}

/** True when a slope over these visits is meaningful (the batch path; no allocation). */
export function slopeIsMeaningful(visits: number, spanMonths: number, rules: TrendRules): boolean {
  return visits >= rules.minVisits && spanMonths >= rules.minSpanMonths;
}

export interface TrendOptions {
  rules: TrendRules;
  /** Path of the series in the case model, for the insufficient answer ('alsfrsr', 'vitalCapacity'). */
  path: string;
  /** Optional artificial first point (Karanevich 2018: 48 at symptom onset). */
  anchor?: TrendPoint;
}

/**
 * Least-squares trend of dated values (sorted by date or not) and whether it is meaningful.
 *
 * @example trendAcrossVisits([{date:'2024-01-01',value:40},{date:'2024-04-01',value:37},{date:'2024-07-01',value:34}],
 *   { rules: DEFAULT_FUNCTION_SETTINGS.slope, path: 'alsfrsr' }) // kind 'meaningful', slope ≈ -1/month
 */
export function trendAcrossVisits(points: readonly TrendPoint[], opts: TrendOptions): TrendResult {
  if (points.length === 0) return insufficient([opts.path], 'no visits recorded');
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const xs: number[] = [];
  const ys: number[] = [];
  const anchored = opts.anchor !== undefined && opts.anchor.date < first.date;
  if (anchored && opts.anchor) {
    xs.push(monthsBetween(first.date, opts.anchor.date));
    ys.push(opts.anchor.value);
  }
  for (const p of sorted) {
    xs.push(monthsBetween(first.date, p.date));
    ys.push(p.value);
  }
  const { rules } = opts;
  const lsq = leastSquares(xs, ys, rules.confidenceLevel);
  const fit: TrendFit | null = lsq && {
    slopePerMonth: lsq.slope,
    interceptAtFirstVisit: lsq.intercept,
    standardError: lsq.standardError,
    confidenceInterval: lsq.confidenceInterval,
    confidenceLevel: rules.confidenceLevel,
  };
  const visits = sorted.length;
  const spanMonths = monthsBetween(first.date, last.date);
  const common: TrendCommon = {
    visits,
    spanMonths,
    firstDate: first.date,
    lastDate: last.date,
    anchoredAtOnset: anchored,
    source: anchored ? FUNCTION_SOURCES.onsetAnchor : FUNCTION_SOURCES.slope,
  };
  const reasons = slopeNotMeaningfulBecause(visits, spanMonths, rules);
  // Only reachable when the rules allow a zero span; otherwise the sentence above already says it.
  if (!fit && reasons.length === 0) reasons.push('all visits on one date: no slope');
  if (reasons.length > 0 || !fit) return { ...common, kind: 'notMeaningful', fit, reasons };
  return {
    ...common,
    kind: 'meaningful',
    fit,
    reason: `${visits} visits over ${spanMonths.toFixed(1)} months${anchored ? ', anchored at onset' : ''}`,
  };
}
