import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growingDelaySeconds } from './rate-limit.js';

describe('growing delays (ASVS 5.0 V6.3.1: throttle, do not lock out)', () => {
  const limits = { free: 3, first: 1, max: 900 };
  it('lets the free failures through, then doubles from the first delay', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => growingDelaySeconds(n, limits))).toEqual([0, 0, 0, 1, 2, 4, 8]);
  });
  it('never grows beyond the cap, however many failures', () => {
    expect(growingDelaySeconds(14, limits)).toBe(900);
    expect(growingDelaySeconds(1_000_000, limits)).toBe(900);
  });
  it('never shrinks as failures add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        expect(growingDelaySeconds(n + 1, limits)).toBeGreaterThanOrEqual(growingDelaySeconds(n, limits));
      }),
    );
  });
});
