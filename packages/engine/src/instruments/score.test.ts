import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlsfrsrItem } from '../facts/index.js';
import { alsfrsOriginalFixture, alsfrsrFixture, alsfrsrFromItems } from '../testkit/index.js';
import { alsfrsrTotal, scoreAlsfrsOriginal, scoreAlsfrsr } from './score.js';

const arbitraryAlsfrsr = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }), fc.boolean())
  .map(([v, gastrostomy]) => alsfrsrFromItems('2025-01-01', v, gastrostomy));

describe('ALSFRS-R total: sum of 12 items, 0-48 (Cedarbaum 1999)', () => {
  it('a normal record scores 48 and a record of zeros 0', () => {
    expect(scoreAlsfrsr(alsfrsrFixture('2025-01-01')).total).toBe(48);
    const zeros = alsfrsrFixture('2025-01-01', {
      speech: 0,
      salivation: 0,
      swallowing: 0,
      handwriting: 0,
      cuttingWithGastrostomy: 0,
      dressing: 0,
      turningInBed: 0,
      walking: 0,
      climbingStairs: 0,
      dyspnoea: 0,
      orthopnoea: 0,
      respiratoryInsufficiency: 0,
    });
    expect(scoreAlsfrsr(zeros).total).toBe(0);
  });
  it('item 5 counts once, from whichever form was used', () => {
    expect(scoreAlsfrsr(alsfrsrFixture('2025-01-01', { cuttingWithoutGastrostomy: 1 })).total).toBe(45);
    const g = scoreAlsfrsr(alsfrsrFixture('2025-01-01', { cuttingWithGastrostomy: 2 }));
    expect(g.total).toBe(46);
    expect(g.item5Form).toBe('5b');
  });
});

describe('ALSFRS-R domains: bulbar 1-3, fine motor 4-6, gross motor 7-9, respiratory 10-12', () => {
  it('puts each item in its domain', () => {
    const s = scoreAlsfrsr(
      alsfrsrFixture('2025-01-01', { salivation: 1, handwriting: 2, climbingStairs: 3, orthopnoea: 0 }),
    );
    expect(s.domains).toEqual({ bulbar: 9, fineMotor: 10, grossMotor: 11, respiratory: 8 });
  });
  it('property: domains are 0-12 and add up to the total, which is 0-48', () => {
    fc.assert(
      fc.property(arbitraryAlsfrsr, (r) => {
        const s = scoreAlsfrsr(r);
        const { bulbar, fineMotor, grossMotor, respiratory } = s.domains;
        for (const d of [bulbar, fineMotor, grossMotor, respiratory]) expect(d >= 0 && d <= 12).toBe(true);
        expect(bulbar + fineMotor + grossMotor + respiratory).toBe(s.total);
        expect(s.total >= 0 && s.total <= 48).toBe(true);
        expect(alsfrsrTotal(r)).toBe(s.total);
      }),
    );
  });
});

describe('original ALSFRS: 10 items, 0-40, a separate scale', () => {
  it('scores 40 when normal and reports its version', () => {
    const s = scoreAlsfrsOriginal(alsfrsOriginalFixture('2025-01-01'));
    expect(s).toMatchObject({ version: 'ALSFRS', total: 40 });
    expect(s.domains.respiratory).toBe(4);
  });
  it('property: the total stays within 0-40', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 10, maxLength: 10 }), (v) => {
        const [a, b, c, d, e, f, g, h, i, j] = v as AlsfrsrItem[];
        const s = scoreAlsfrsOriginal(
          alsfrsOriginalFixture('2025-01-01', {
            speech: a!,
            salivation: b!,
            swallowing: c!,
            handwriting: d!,
            cuttingWithoutGastrostomy: e!,
            dressing: f!,
            turningInBed: g!,
            walking: h!,
            climbingStairs: i!,
            respiratory: j!,
          }),
        );
        expect(s.total).toBe(v.reduce((x, y) => x + y, 0));
        expect(s.total <= 40).toBe(true);
      }),
    );
  });
});
