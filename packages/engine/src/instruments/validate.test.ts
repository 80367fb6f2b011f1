import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alsfrsOriginalFixture, alsfrsrFixture, alsfrsrFromItems } from '../testkit/index.js';
import { ALSFRS_ORIGINAL_ITEMS, ALSFRSR_ITEMS, ALSFRSR_REQUIRED_KEYS, anchorFor } from './items.js';
import { validateAlsfrsOriginal, validateAlsfrsr } from './validate.js';

const codes = (r: unknown) => validateAlsfrsr(r).map((p) => `${p.code}:${p.field}`);

describe('ALSFRS-R items (Cedarbaum 1999)', () => {
  it('has 12 scored slots: items 1-4, 5a or 5b, 6-12, each with five anchors', () => {
    expect(ALSFRSR_ITEMS.map((i) => i.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5a',
      '5b',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    for (const item of ALSFRSR_ITEMS) expect(item.anchors).toHaveLength(5);
    expect(anchorFor('walking', 2)).toBe('walks with assistance');
    expect(anchorFor('respiratoryInsufficiency', 0)).toMatch(/invasive/);
  });
  it('the original ALSFRS has 10 slots ending in one respiratory item', () => {
    const numbers = ALSFRS_ORIGINAL_ITEMS.map((i) => i.number);
    expect(numbers).toEqual(['1', '2', '3', '4', '5a', '5b', '6', '7', '8', '9', '10']);
    expect(ALSFRS_ORIGINAL_ITEMS.at(-1)?.key).toBe('respiratory');
  });
});

describe('validateAlsfrsr: item values 0-4', () => {
  it('accepts a complete record', () => {
    expect(validateAlsfrsr(alsfrsrFixture('2025-01-01'))).toEqual([]);
  });
  it('accepts 0 and 4, rejects -1 and 5 (both sides of the range)', () => {
    expect(codes(alsfrsrFixture('2025-01-01', { speech: 0 }))).toEqual([]);
    expect(codes(alsfrsrFixture('2025-01-01', { speech: 4 }))).toEqual([]);
    expect(codes({ ...alsfrsrFixture('2025-01-01'), speech: -1 })).toEqual(['itemOutOfRange:speech']);
    expect(codes({ ...alsfrsrFixture('2025-01-01'), walking: 5 })).toEqual(['itemOutOfRange:walking']);
  });
  it('rejects fractions and non-numbers', () => {
    expect(codes({ ...alsfrsrFixture('2025-01-01'), dyspnoea: 2.5 })).toEqual(['itemNotInteger:dyspnoea']);
    expect(codes({ ...alsfrsrFixture('2025-01-01'), dyspnoea: '3' })).toEqual(['itemNotInteger:dyspnoea']);
  });
  it('names a missing item', () => {
    const { orthopnoea: _, ...rest } = alsfrsrFixture('2025-01-01');
    expect(codes(rest)).toEqual(['missingItem:orthopnoea']);
  });
  it('returns every problem at once, each with its field', () => {
    const bad = { ...alsfrsrFixture('2025-13-01'), speech: 7, swallowing: undefined, administeredBy: 'fax' };
    expect(codes(bad).sort()).toEqual(
      [
        'invalidAdministration:administeredBy',
        'invalidDate:date',
        'itemOutOfRange:speech',
        'missingItem:swallowing',
      ].sort(),
    );
  });
  it('rejects a non-object', () => {
    expect(codes(null)).toEqual(['notAnObject:']);
  });
  it('catches each required item made bad alone (the quick check of valid records reads every one)', () => {
    const bad: readonly [unknown, string][] = [
      [undefined, 'missingItem'],
      [null, 'missingItem'],
      [5, 'itemOutOfRange'],
      [-1, 'itemOutOfRange'],
      [1.5, 'itemNotInteger'],
      ['2', 'itemNotInteger'],
      [Number.NaN, 'itemNotInteger'],
    ];
    for (const key of ALSFRSR_REQUIRED_KEYS) {
      for (const [value, code] of bad) {
        expect(codes({ ...alsfrsrFixture('2025-01-01'), [key]: value }), `${key} = ${String(value)}`).toEqual([
          `${code}:${key}`,
        ]);
      }
    }
  });
});

describe('validateAlsfrsr: item 5 as 5a or 5b, never both', () => {
  it('accepts 5a alone and 5b alone', () => {
    expect(codes(alsfrsrFixture('2025-01-01', { cuttingWithoutGastrostomy: 2 }))).toEqual([]);
    expect(codes(alsfrsrFixture('2025-01-01', { cuttingWithGastrostomy: 2 }))).toEqual([]);
  });
  it('rejects both', () => {
    const both = { ...alsfrsrFixture('2025-01-01'), cuttingWithGastrostomy: 3 };
    expect(codes(both)).toEqual(['item5Both:cuttingWithGastrostomy']);
  });
  it('rejects neither', () => {
    const { cuttingWithoutGastrostomy: _, ...neither } = alsfrsrFixture('2025-01-01');
    expect(codes(neither)).toEqual(['item5Missing:cuttingWithoutGastrostomy']);
  });
  it('checks the range of whichever form is used', () => {
    expect(
      codes({ ...alsfrsrFixture('2025-01-01', { cuttingWithGastrostomy: 1 }), cuttingWithGastrostomy: 9 }),
    ).toEqual(['itemOutOfRange:cuttingWithGastrostomy']);
  });
});

describe('validateAlsfrsr: who administered it', () => {
  it('accepts clinician, self, phone and app; rejects other modes and respondents', () => {
    for (const m of ['clinician', 'self', 'phone', 'app'] as const) {
      expect(codes(alsfrsrFixture('2025-01-01', { administeredBy: m }))).toEqual([]);
    }
    expect(codes({ ...alsfrsrFixture('2025-01-01'), respondedBy: 'neighbour' })).toEqual([
      'invalidRespondent:respondedBy',
    ]);
  });
});

describe('validateAlsfrsOriginal: the 10-item scale is kept distinct', () => {
  it('accepts a complete original record', () => {
    expect(validateAlsfrsOriginal(alsfrsOriginalFixture('2025-01-01'))).toEqual([]);
  });
  it('requires item 10 (respiratory)', () => {
    const { respiratory: _, ...rest } = alsfrsOriginalFixture('2025-01-01');
    expect(validateAlsfrsOriginal(rest).map((p) => p.field)).toEqual(['respiratory']);
  });
  it('refuses ALSFRS-R respiratory items on an original record (never mixed)', () => {
    const mixed = { ...alsfrsOriginalFixture('2025-01-01'), dyspnoea: 3 };
    expect(validateAlsfrsOriginal(mixed).map((p) => p.code)).toEqual(['revisedItemOnOriginal']);
  });
  it('an ALSFRS-R record is not a valid original record, and vice versa', () => {
    expect(validateAlsfrsOriginal(alsfrsrFixture('2025-01-01')).length).toBeGreaterThan(0);
    expect(validateAlsfrsr(alsfrsOriginalFixture('2025-01-01')).length).toBeGreaterThan(0);
  });
});

describe('property: any record with integer items 0-4 and one item-5 form is valid', () => {
  it('holds for random records', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        (v, gastrostomy) => {
          expect(validateAlsfrsr(alsfrsrFromItems('2024-05-05', v, gastrostomy))).toEqual([]);
        },
      ),
    );
  });
});
