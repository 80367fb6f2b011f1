/**
 * The series the trajectory plots draw, read from the engine's function timeline, slope and
 * staging history. The numbers are the engine's: the fitted line is its intercept and slope, the
 * band its confidence interval for the slope (drawn as a fan through the mean of the points, where
 * a least-squares line always passes); reference lines are the clinic's usual thresholds.
 */
import type { FunctionTimelinePoint, IsoDate, StagingHistoryPoint, TrendResult } from '@betz/engine';
import { monthsBetween } from '@betz/engine';

/** An ISO date as a UTC Date for Plot's time scale (`type: 'utc'`). */
export const utc = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);

export interface Point {
  date: Date;
  iso: IsoDate;
  value: number;
  /** The series within one plot ('bulbar', 'FVC sitting'). */
  series: string;
}

const point = (iso: IsoDate, value: number, series: string): Point => ({ date: utc(iso), iso, value, series });

export function alsfrsrTotals(timeline: readonly FunctionTimelinePoint[]): Point[] {
  return timeline.flatMap((r) => (r.alsfrsrTotal === null ? [] : [point(r.date, r.alsfrsrTotal, 'ALSFRS-R total')]));
}

export const DOMAINS = [
  { key: 'bulbar', label: 'bulbar' },
  { key: 'fineMotor', label: 'fine motor' },
  { key: 'grossMotor', label: 'gross motor' },
  { key: 'respiratory', label: 'respiratory' },
] as const;

export function alsfrsrDomains(timeline: readonly FunctionTimelinePoint[]): Point[] {
  return timeline.flatMap((r) => {
    const d = r.alsfrsrDomains;
    return d ? DOMAINS.map(({ key, label }) => point(r.date, d[key], label)) : [];
  });
}

export function vitalCapacity(timeline: readonly FunctionTimelinePoint[]): Point[] {
  return timeline.flatMap((r) =>
    r.vcPercentPredicted === null
      ? []
      : [point(r.date, r.vcPercentPredicted, `${r.vcKind ?? 'VC'} ${r.vcPosture ?? ''}`.trim())],
  );
}

export function weights(timeline: readonly FunctionTimelinePoint[]): Point[] {
  return timeline.flatMap((r) => (r.weightKg === null ? [] : [point(r.date, r.weightKg, 'weight')]));
}

export interface WeightReference {
  basis: 'premorbid' | 'first recorded';
  kg: number;
  lines: { label: string; kg: number }[];
}

/** The weight the -5 % and -10 % lines are drawn from: the premorbid weight, else the first recorded. */
export function weightReference(premorbidKg: number | undefined, series: readonly Point[]): WeightReference | null {
  const basis = premorbidKg !== undefined && premorbidKg > 0 ? 'premorbid' : 'first recorded';
  const kg = basis === 'premorbid' ? premorbidKg : series[0]?.value;
  if (kg === undefined) return null;
  return {
    basis,
    kg,
    lines: [
      { label: basis === 'premorbid' ? 'premorbid' : 'first', kg },
      { label: '−5 %', kg: kg * 0.95 },
      { label: '−10 %', kg: kg * 0.9 },
    ],
  };
}

export interface SlopeDrawing {
  /** The fitted line from the first to the last visit. */
  line: { date: Date; value: number }[];
  /** The band of slopes within the confidence interval, or null without one. */
  band: { date: Date; low: number; high: number }[] | null;
  slopePerMonth: number;
  confidenceInterval: [number, number] | null;
  confidenceLevel: number;
  meaningful: boolean;
}

/**
 * The engine's ALSFRS-R slope as lines to draw over the totals, or null without a fit. `points`
 * are the totals the engine fitted (the valid records); `onset` is used when the fit was anchored
 * at 48 points on the day of onset.
 */
export function slopeDrawing(slope: TrendResult, points: readonly Point[], onset?: IsoDate): SlopeDrawing | null {
  if (slope.kind === 'insufficient' || !slope.fit || points.length === 0) return null;
  const { fit } = slope;
  const first = slope.firstDate;
  const x = (iso: IsoDate) => monthsBetween(first, iso);
  const xs = points.map((p) => x(p.iso));
  const ys = points.map((p) => p.value);
  if (slope.anchoredAtOnset && onset) {
    xs.push(x(onset));
    ys.push(48);
  }
  const meanX = xs.reduce((s, v) => s + v, 0) / xs.length;
  const meanY = ys.reduce((s, v) => s + v, 0) / ys.length;
  const end = x(slope.lastDate);
  const steps = 24;
  const at = (i: number) => (end * i) / steps;
  const dateAt = (months: number) => new Date(utc(first).getTime() + (months * 365.25 * 86_400_000) / 12);
  const line = [0, end].map((m) => ({ date: dateAt(m), value: fit.interceptAtFirstVisit + fit.slopePerMonth * m }));
  const ci = fit.confidenceInterval;
  const band = ci
    ? Array.from({ length: steps + 1 }, (_, i) => {
        const m = at(i);
        const a = meanY + ci[0] * (m - meanX);
        const b = meanY + ci[1] * (m - meanX);
        return { date: dateAt(m), low: Math.max(0, Math.min(a, b)), high: Math.min(48, Math.max(a, b)) };
      })
    : null;
  return {
    line,
    band,
    slopePerMonth: fit.slopePerMonth,
    confidenceInterval: ci,
    confidenceLevel: fit.confidenceLevel,
    meaningful: slope.kind === 'meaningful',
  };
}

export interface StageBand {
  scale: "King's" | 'MiToS';
  start: Date;
  end: Date;
  startIso: IsoDate;
  stage: number;
  label: string;
}

/** Days the last stage band reaches past the assessment date (the plots' right margin in time). */
export const LAST_BAND_DAYS = 45;

/** Each stage held from one staged record to the next (the last one up to `asOf`). */
export function stageBands(history: readonly StagingHistoryPoint[], asOf: IsoDate): StageBand[] {
  const out: StageBand[] = [];
  history.forEach((h, i) => {
    // The last stage holds to the assessment date and a little beyond, so its label fits.
    const next = history[i + 1]?.date;
    const end = next ? utc(next) : new Date(utc(asOf > h.date ? asOf : h.date).getTime() + LAST_BAND_DAYS * 86_400_000);
    out.push({ scale: "King's", start: utc(h.date), end, startIso: h.date, stage: h.kingsStage, label: h.kingsLabel });
    out.push({
      scale: 'MiToS',
      start: utc(h.date),
      end,
      startIso: h.date,
      stage: h.mitosStage,
      label: String(h.mitosStage),
    });
  });
  return out;
}
