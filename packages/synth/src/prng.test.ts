import { describe, expect, it } from 'vitest';
import { hash32, Rng } from './prng.js';

describe('seeded PRNG (mulberry32)', () => {
  it('same seed, same sequence; another seed, another sequence', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });
  it('is uniform on [0, 1) and its normal has mean 0 and sd 1', () => {
    const r = new Rng(7);
    let s = 0;
    let s2 = 0;
    let min = 1;
    let max = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
      s += u;
      const z = r.normal();
      s2 += z * z;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(s / n).toBeCloseTo(0.5, 2);
    expect(s2 / n).toBeCloseTo(1, 1);
  });
  it('hash32 spreads neighbouring integers', () => {
    expect(hash32(1)).not.toBe(hash32(2));
    expect(hash32(1)).toBe(hash32(1));
  });
});
