/**
 * The generator works in whole days from an epoch and converts to ISO dates through a cache, so
 * a million records do not mean a million calendar computations. Date math itself is the
 * engine's (`addDays`, `daysBetween`).
 */
import { addDays, daysBetween, type IsoDate } from '@betz/engine';

const EPOCH: IsoDate = '1900-01-01';
const cache: IsoDate[] = [];

/** Day number (days since 1900-01-01) of an ISO date. */
export function dayOf(date: IsoDate): number {
  return daysBetween(EPOCH, date);
}

/** ISO date of a day number (cached). */
export function isoOfDay(day: number): IsoDate {
  const d = Math.round(day);
  if (d < 0) return addDays(EPOCH, d);
  let s = cache[d];
  if (s === undefined) {
    s = addDays(EPOCH, d);
    cache[d] = s;
  }
  return s;
}

/** Days per month as in the engine (365.25 / 12). */
export const DAYS_PER_MONTH = 365.25 / 12;
