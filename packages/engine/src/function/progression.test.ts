import { describe, expect, it } from 'vitest';
import { addDays, DAYS_PER_MONTH } from '../common/dates.js';
import { deltaFs, deltaFsValue, progressionBand } from './progression.js';
import { DEFAULT_FUNCTION_SETTINGS } from './settings.js';

const bands = DEFAULT_FUNCTION_SETTINGS.progressionBands;

describe('ΔFS = (48 - total) / months from onset (Kimura 2006)', () => {
  it('computes points lost per month, months = days / 365.25 * 12', () => {
    // 365 days = 11.9918 months; (48 - 36) / 11.9918 = 1.0007 points/month.
    const r = deltaFs(36, '2024-01-01', '2024-12-31', 1, bands);
    expect(r.kind).toBe('computed');
    if (r.kind !== 'computed') return;
    expect(r.monthsFromOnset).toBeCloseTo(365 / DAYS_PER_MONTH, 10);
    expect(r.pointsPerMonth).toBeCloseTo(12 / (365 / DAYS_PER_MONTH), 10);
    expect(r.band).toBe('fast');
  });
  it('is 0 for a full score and never negative', () => {
    expect(deltaFsValue(48, 10, 1)).toBe(0);
  });
  it('names the missing onset date', () => {
    const r = deltaFs(40, undefined, '2025-01-01', 1, bands);
    expect(r).toMatchObject({ kind: 'notComputable', needs: ['history.onsetDate'] });
  });
});

describe('ΔFS guard: disease duration below 1 month is refused', () => {
  it('refuses 30 days (0.99 months) and accepts 31 days (1.02 months)', () => {
    const under = deltaFs(47, '2025-01-01', addDays('2025-01-01', 30), 1, bands);
    expect(under.kind).toBe('notComputable');
    expect(under.reason).toMatch(/at least 1/);
    const over = deltaFs(47, '2025-01-01', addDays('2025-01-01', 31), 1, bands);
    expect(over.kind).toBe('computed');
  });
  it('refuses a record dated before onset', () => {
    const r = deltaFs(40, '2025-01-01', '2024-12-01', 1, bands);
    expect(r.kind).toBe('notComputable');
    expect(r.reason).toMatch(/before symptom onset/);
  });
  it('the guard is configurable', () => {
    expect(deltaFsValue(40, 2.5, 3)).toBeNull();
    expect(deltaFsValue(40, 2.5, 2)).toBeCloseTo(3.2, 10);
  });
});

describe('progression bands: slow < 0.5 <= intermediate <= 1.0 < fast (configurable)', () => {
  it('puts each cut-off on the intermediate side and tests both sides', () => {
    expect(progressionBand(0.49, bands)).toBe('slow');
    expect(progressionBand(0.5, bands)).toBe('intermediate');
    expect(progressionBand(1.0, bands)).toBe('intermediate');
    expect(progressionBand(1.01, bands)).toBe('fast');
  });
  it('follows custom cut-offs', () => {
    const custom = { slowBelow: 0.3, fastAbove: 0.8 };
    expect(progressionBand(0.4, custom)).toBe('intermediate');
    expect(progressionBand(0.29, custom)).toBe('slow');
    expect(progressionBand(0.81, custom)).toBe('fast');
  });
});
