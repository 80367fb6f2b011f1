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
