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

/** Digits of s from `from` to `to` (exclusive) as a number, or -1 when one is not an ASCII digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * True when `s` is a real calendar date written `YYYY-MM-DD` (rejects 2025-02-30). Arithmetic on
 * the characters, no regex and no Date: validation reads every dated record, so this is cheap
 * enough to need no memo.
 */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  // Years 0000-0099 stay invalid, as when this was checked through Date.UTC (which reads them as 19xx).
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
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

/**
 * The record with the latest `date` on or before `asOf` (of those `where` keeps), or undefined. On
 * the same date the one listed last wins: a correction recorded after the fact it corrects.
 *
 * @example latestOnOrBefore(c.careDecisions, asOf, (d) => d.code === 'breathing.niv.offer')
 */
export function latestOnOrBefore<T extends { date: IsoDate }>(
  records: readonly T[] | undefined,
  asOf: IsoDate,
  where?: (r: T) => boolean,
): T | undefined {
  let best: T | undefined;
  for (const r of records ?? []) {
    if (r.date <= asOf && (best === undefined || r.date >= best.date) && (where === undefined || where(r))) best = r;
  }
  return best;
}
