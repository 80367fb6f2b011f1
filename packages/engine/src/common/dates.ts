/**
 * Dates in Betz are ISO calendar dates (`YYYY-MM-DD`) in plain strings. Every duration the
 * engine uses is computed here, once. The engine never reads the clock: "today" is always an
 * argument (the assessment date).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days per month used by the ENCALS/TRICALS code and PRO-ACT practice: days / 365.25 * 12. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** True when `s` is a real calendar date written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function toUtcMs(d: IsoDate): number {
  const m = ISO_DATE.exec(d);
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/**
 * Months from `from` to `to` as days / 365.25 * 12, the conversion used by the ENCALS/TRICALS
 * code (Westeneng 2018 model code) and by ΔFS calculations (Kimura 2006).
 *
 * @example monthsBetween('2024-01-01', '2025-01-01') // ≈ 11.99
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  return daysBetween(from, to) / DAYS_PER_MONTH;
}

/** `date` plus `days` (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(date) + Math.round(days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` plus a (possibly fractional) number of months, using the 365.25/12-day month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return addDays(date, Math.round(months * DAYS_PER_MONTH));
}

/** Sort comparator for ISO dates (string order is date order for YYYY-MM-DD). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The record with the latest `date` on or before `asOf`, or undefined. */
export function latestOnOrBefore<T extends { date: IsoDate }>(
  records: readonly T[] | undefined,
  asOf: IsoDate,
): T | undefined {
  let best: T | undefined;
  for (const r of records ?? []) {
    if (r.date <= asOf && (best === undefined || r.date >= best.date)) best = r;
  }
  return best;
}
