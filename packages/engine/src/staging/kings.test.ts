import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alsfrsrFixture, alsfrsrFromItems } from '../testkit/index.js';
import { kingsCodeFromAlsfrsr, kingsFromAlsfrsr, kingsRegionsFromAlsfrs } from './kings.js';

const d = '2025-01-01';
const regions = (items: Parameters<typeof alsfrsrFixture>[1]) => kingsRegionsFromAlsfrs(alsfrsrFixture(d, items));

describe('Balendra 2014: bulbar involved when item 1, 2 or 3 is below 4', () => {
  it.each(['speech', 'salivation', 'swallowing'] as const)('%s 3 → bulbar; 4 → not', (item) => {
    expect(regions({ [item]: 3 }).bulbar).toBe(true);
    expect(regions({ [item]: 4 }).bulbar).toBe(false);
  });
});

describe('Balendra 2014: upper limb involved when item 4 or 5a is below 4', () => {
  it('handwriting 3 → upper limb; 4 → not', () => {
    expect(regions({ handwriting: 3 }).upperLimb).toBe(true);
    expect(regions({ handwriting: 4 }).upperLimb).toBe(false);
  });
  it('cutting food (5a) 3 → upper limb; 4 → not', () => {
    expect(regions({ cuttingWithoutGastrostomy: 3 }).upperLimb).toBe(true);
    expect(regions({ cuttingWithoutGastrostomy: 4 }).upperLimb).toBe(false);
  });
  it('dressing (item 6) and turning in bed (item 7) do not count', () => {
    expect(regions({ dressing: 0, turningInBed: 0 })).toEqual({ bulbar: false, upperLimb: false, lowerLimb: false });
  });
});

describe('Balendra 2014: lower limb involved when item 8 (walking) is below 4; item 9 does not count', () => {
  it('walking 3 → lower limb; 4 → not', () => {
    expect(regions({ walking: 3 }).lowerLimb).toBe(true);
    expect(regions({ walking: 4 }).lowerLimb).toBe(false);
  });
  it('stairs (item 9) at 0 with walking 4 → lower limb not involved', () => {
    expect(regions({ climbingStairs: 0 }).lowerLimb).toBe(false);
  });
});

describe("King's stages 1-3 = number of regions involved (Roche 2012)", () => {
  it('counts regions', () => {
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { speech: 3 })).stage).toBe(1);
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { speech: 3, handwriting: 2 })).stage).toBe(2);
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { speech: 3, handwriting: 2, walking: 1 }))).toMatchObject({
      stage: 3,
      label: '3',
      regionCount: 3,
    });
  });
});

describe('stage-0 recode: no region involved gives stage 1, flagged as estimated', () => {
  it('losses only on items 6, 7, 9, 10 (not 0) and 11 → stage 1 estimated', () => {
    const k = kingsFromAlsfrsr(
      alsfrsrFixture(d, { dressing: 2, turningInBed: 2, climbingStairs: 1, dyspnoea: 1, orthopnoea: 2 }),
    );
    expect(k).toMatchObject({ stage: 1, regionCount: 0, estimatedNoRegion: true });
  });
  it('one real region is not flagged', () => {
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { walking: 3 })).estimatedNoRegion).toBe(false);
  });
});

describe('4A: item 5 scored on the gastrostomy form (5b)', () => {
  it('5b at any score → 4A; 5a at any score → not 4A', () => {
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { cuttingWithGastrostomy: 4 }))).toMatchObject({
      stage: 4,
      label: '4A',
      gastrostomy: true,
      niv: false,
    });
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { cuttingWithoutGastrostomy: 0 })).gastrostomy).toBe(false);
  });
});

describe('4B: dyspnoea (item 10) = 0 or respiratory insufficiency (item 12) < 4', () => {
  it('dyspnoea 0 → 4B; dyspnoea 1 → not', () => {
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { dyspnoea: 0 }))).toMatchObject({ stage: 4, label: '4B', niv: true });
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { dyspnoea: 1 })).niv).toBe(false);
  });
  it('item 12 = 3 (intermittent NIV) → 4B; 4 → not', () => {
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { respiratoryInsufficiency: 3 })).niv).toBe(true);
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { respiratoryInsufficiency: 4 })).niv).toBe(false);
  });
  it('orthopnoea (item 11) alone never gives 4B', () => {
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { orthopnoea: 0 })).niv).toBe(false);
  });
});

describe('4A and 4B together: stage 4 with both markers, shown as 4A+4B', () => {
  it('keeps both markers', () => {
    expect(
      kingsFromAlsfrsr(alsfrsrFixture(d, { cuttingWithGastrostomy: 2, respiratoryInsufficiency: 2 })),
    ).toMatchObject({ stage: 4, label: '4A+4B', gastrostomy: true, niv: true });
  });
});

describe('death is stage 5', () => {
  it('overrides every other finding', () => {
    expect(kingsFromAlsfrsr(alsfrsrFixture(d, { cuttingWithGastrostomy: 2 }), true)).toMatchObject({
      stage: 5,
      label: '5',
    });
  });
});

const arbitraryRecord = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }), fc.boolean())
  .map(([v, g]) => ({ v, g, r: alsfrsrFromItems(d, v, g) }));

describe("property: King's stage invariants", () => {
  it('stage is 1-4 from a record; 4 exactly when a marker is set; labels agree with markers', () => {
    fc.assert(
      fc.property(arbitraryRecord, ({ r }) => {
        const k = kingsFromAlsfrsr(r);
        expect(k.stage >= 1 && k.stage <= 4).toBe(true);
        expect(k.stage === 4).toBe(k.gastrostomy || k.niv);
        expect(k.label.includes('A')).toBe(k.gastrostomy);
        expect(k.label.includes('B')).toBe(k.niv);
        if (k.stage < 4) expect(k.stage).toBe(Math.max(1, k.regionCount));
      }),
    );
  });
  it('lowering any one item never lowers the stage', () => {
    fc.assert(
      fc.property(arbitraryRecord, fc.integer({ min: 0, max: 11 }), ({ v, g }, i) => {
        const lowered = [...v];
        lowered[i] = Math.max(0, (lowered[i] ?? 4) - 1);
        const before = kingsFromAlsfrsr(alsfrsrFromItems(d, v, g)).stage;
        const after = kingsFromAlsfrsr(alsfrsrFromItems(d, lowered, g)).stage;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
  it('the batch code gives the same stage and markers', () => {
    fc.assert(
      fc.property(arbitraryRecord, ({ r }) => {
        const k = kingsFromAlsfrsr(r);
        const code = kingsCodeFromAlsfrsr(r);
        expect(code & 7).toBe(k.stage);
        expect((code & 8) !== 0).toBe(k.gastrostomy);
        expect((code & 16) !== 0).toBe(k.niv);
        expect((code & 32) !== 0).toBe(k.estimatedNoRegion);
      }),
    );
  });
});
