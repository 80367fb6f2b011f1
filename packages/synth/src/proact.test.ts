import { describe, expect, it } from 'vitest';
import { PROACT_ALSFRS_HEADER, proactAlsfrsCsv } from './proact.js';

const text = (opts: Parameters<typeof proactAlsfrsCsv>[0]) => [...proactAlsfrsCsv(opts)].join('');

describe('proactAlsfrsCsv: a synthetic PRO-ACT alsfrs export', () => {
  it('has the PRO-ACT header and exactly the rows asked for, the same for the same seed', () => {
    const a = text({ seed: 5, rows: 1234, chunkRows: 100 });
    const lines = a.trimEnd().split('\n');
    expect(lines[0]).toBe(PROACT_ALSFRS_HEADER.join(','));
    expect(lines).toHaveLength(1235);
    expect(text({ seed: 5, rows: 1234 })).toBe(a);
    expect(text({ seed: 6, rows: 1234 })).not.toBe(a);
  });

  it('items are 0-4 or empty, item 5 on one form, ALSFRS-R or original rows, totals that add up', () => {
    const lines = text({ seed: 9, rows: 5000, defectShare: 0 }).trimEnd().split('\n').slice(1);
    let original = 0;
    let gastrostomy = 0;
    for (const line of lines) {
      const f = line.split(',');
      const items = f.slice(1, 15);
      for (const v of items) expect(v === '' || /^[0-4]$/.test(v)).toBe(true);
      expect((f[5] === '') !== (f[6] === '')).toBe(true);
      if (f[6] !== '') gastrostomy++;
      const isOriginal = f[11] !== '';
      if (isOriginal) original++;
      expect(f.slice(12, 15).every((v) => v === '')).toBe(isOriginal);
      const sum = items.reduce((s, v) => s + (v === '' ? 0 : Number(v)), 0);
      expect(Number(isOriginal ? f[15] : f[16])).toBe(sum);
    }
    expect(original).toBeGreaterThan(0);
    expect(gastrostomy).toBeGreaterThan(0);
  });
});
