import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alsfrsOriginalFixture, alsfrsrFixture, alsfrsrFromItems } from '../testkit/index.js';
import { mitosDomainsLost, mitosFromAlsfrsOriginal, mitosStageFromAlsfrsr } from './mitos.js';

const d = '2025-01-01';
const lost = (items: Parameters<typeof alsfrsrFixture>[1]) => mitosDomainsLost(alsfrsrFixture(d, items));

describe('Chiò 2015 Table 1, movement: walking <= 1 OR dressing <= 1', () => {
  it('walking 1 → lost; 2 → kept', () => {
    expect(lost({ walking: 1 }).movement).toBe(true);
    expect(lost({ walking: 2 }).movement).toBe(false);
  });
  it('dressing 1 → lost; 2 → kept', () => {
    expect(lost({ dressing: 1 }).movement).toBe(true);
    expect(lost({ dressing: 2 }).movement).toBe(false);
  });
});

describe('Chiò 2015 Table 1, swallowing: item 3 <= 1', () => {
  it('1 → lost; 2 → kept', () => {
    expect(lost({ swallowing: 1 }).swallowing).toBe(true);
    expect(lost({ swallowing: 2 }).swallowing).toBe(false);
  });
});

describe('Chiò 2015 Table 1, communicating: speech <= 1 AND handwriting <= 1', () => {
  it('speech lost with handwriting kept → communicating NOT lost (the AND rule)', () => {
    expect(lost({ speech: 1, handwriting: 4 }).communicating).toBe(false);
    expect(lost({ speech: 0, handwriting: 2 }).communicating).toBe(false);
  });
  it('handwriting lost with speech kept → NOT lost', () => {
    expect(lost({ speech: 4, handwriting: 0 }).communicating).toBe(false);
    expect(lost({ speech: 2, handwriting: 1 }).communicating).toBe(false);
  });
  it('both <= 1 → lost, at the threshold and below', () => {
    expect(lost({ speech: 1, handwriting: 1 }).communicating).toBe(true);
    expect(lost({ speech: 0, handwriting: 0 }).communicating).toBe(true);
  });
});

describe('Chiò 2015 Table 1, breathing: dyspnoea <= 1 OR respiratory insufficiency <= 2', () => {
  it('dyspnoea 1 → lost; 2 → kept', () => {
    expect(lost({ dyspnoea: 1 }).breathing).toBe(true);
    expect(lost({ dyspnoea: 2 }).breathing).toBe(false);
  });
  it('item 12 = 2 (continuous NIV at night) → lost; 3 (intermittent) → kept', () => {
    expect(lost({ respiratoryInsufficiency: 2 }).breathing).toBe(true);
    expect(lost({ respiratoryInsufficiency: 3 }).breathing).toBe(false);
  });
});

describe('MiToS stage = number of domains lost; 0 = none lost; 5 = death', () => {
  it('counts domains', () => {
    expect(mitosStageFromAlsfrsr(alsfrsrFixture(d))).toBe(0);
    expect(mitosStageFromAlsfrsr(alsfrsrFixture(d, { walking: 1 }))).toBe(1);
    expect(mitosStageFromAlsfrsr(alsfrsrFixture(d, { walking: 1, swallowing: 0 }))).toBe(2);
    expect(mitosStageFromAlsfrsr(alsfrsrFixture(d, { walking: 1, swallowing: 0, speech: 1, handwriting: 1 }))).toBe(3);
    expect(
      mitosStageFromAlsfrsr(
        alsfrsrFixture(d, { walking: 1, swallowing: 0, speech: 1, handwriting: 1, respiratoryInsufficiency: 1 }),
      ),
    ).toBe(4);
  });
  it('functional involvement without a lost domain stays stage 0', () => {
    expect(mitosStageFromAlsfrsr(alsfrsrFixture(d, { speech: 2, walking: 2, dyspnoea: 2 }))).toBe(0);
  });
  it('death gives 5', () => {
    expect(mitosStageFromAlsfrsr(alsfrsrFixture(d), true)).toBe(5);
  });
});

describe('original ALSFRS: breathing undetermined, never guessed', () => {
  it('gives the two possible stages', () => {
    const o = mitosFromAlsfrsOriginal(alsfrsOriginalFixture(d, { walking: 0, respiratory: 0 }));
    expect(o).toMatchObject({ movement: true, breathing: 'undetermined', possibleStages: [1, 2] });
  });
});

describe('property: MiToS invariants', () => {
  const rec = fc
    .tuple(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }), fc.boolean())
    .map(([v, g]) => ({ v, g }));
  it('stage equals the number of lost domains, 0-4', () => {
    fc.assert(
      fc.property(rec, ({ v, g }) => {
        const r = alsfrsrFromItems(d, v, g);
        const n = Object.values(mitosDomainsLost(r)).filter(Boolean).length;
        expect(mitosStageFromAlsfrsr(r)).toBe(n);
      }),
    );
  });
  it('lowering any one item never lowers the stage', () => {
    fc.assert(
      fc.property(rec, fc.integer({ min: 0, max: 11 }), ({ v, g }, i) => {
        const lowered = [...v];
        lowered[i] = Math.max(0, (lowered[i] ?? 4) - 1);
        expect(mitosStageFromAlsfrsr(alsfrsrFromItems(d, lowered, g))).toBeGreaterThanOrEqual(
          mitosStageFromAlsfrsr(alsfrsrFromItems(d, v, g)),
        );
      }),
    );
  });
});
