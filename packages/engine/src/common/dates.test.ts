import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, latestOnOrBefore, monthsBetween } from './dates.js';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });
  it('counts days and ENCALS months (days / 365.25 * 12)', () => {
    expect(daysBetween('2024-01-01', '2024-03-01')).toBe(60);
    expect(monthsBetween('2024-01-01', '2025-01-01')).toBeCloseTo((366 / 365.25) * 12, 10);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });
  it('finds the latest record on or before a date', () => {
    const rs = [{ date: '2024-01-01' }, { date: '2024-06-01' }, { date: '2025-01-01' }];
    expect(latestOnOrBefore(rs, '2024-12-31')?.date).toBe('2024-06-01');
    expect(latestOnOrBefore(rs, '2023-01-01')).toBeUndefined();
  });
});

/** The check isIsoDate made through Date.UTC before it became arithmetic (no memo needed). */
function isIsoDateByDate(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

describe('isIsoDate agrees with the calendar (Date.UTC)', () => {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  it('for every day-of-month 00-39 of every month 00-13 in leap, century and early years', () => {
    for (const y of [0, 50, 99, 100, 1600, 1900, 1999, 2000, 2023, 2024, 2100, 9999])
      for (let mo = 0; mo <= 13; mo++)
        for (let d = 0; d <= 39; d++) {
          const s = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
          expect(isIsoDate(s), s).toBe(isIsoDateByDate(s));
        }
  });
  it('for arbitrary strings', () => {
    const chars = fc.constantFrom(...'0123456789-+ /a\u0660'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, minLength: 8, maxLength: 11 }), (s) => isIsoDate(s) === isIsoDateByDate(s)),
      { numRuns: 5000 },
    );
  });
});
