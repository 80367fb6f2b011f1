import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../common/dates.js';
import type { AlsfrsOriginalRecord, AlsfrsrRecord } from '../facts/index.js';
import { deltaFs } from '../function/progression.js';
import { DEFAULT_FUNCTION_SETTINGS } from '../function/settings.js';
import { alsfrsrTotal, scoreAlsfrsOriginal } from '../instruments/score.js';
import { validateAlsfrsOriginal, validateAlsfrsr } from '../instruments/validate.js';
import { kingsFromAlsfrsr, kingsGastrostomyFromAlsfrs, kingsRegionsFromAlsfrs, kingsStage } from '../staging/kings.js';
import { mitosFromAlsfrsOriginal, mitosStageFromAlsfrsr } from '../staging/mitos.js';
import {
  allocateStagingColumns,
  ITEM_MISSING,
  NOT_STAGED,
  problemItemNames,
  ROW_STATUS,
  STAGE_ITEMS,
  type StageItem,
  stageColumns,
} from './columns.js';

interface Row {
  items: number[]; // STAGE_ITEMS order, ITEM_MISSING when absent
  day: number;
  onset: number; // NaN when unknown
}

const DAY0 = '2000-01-01';
const REVISED = ['dyspnoea', 'orthopnoea', 'respiratoryInsufficiency'] as const;

/** The row as the per-record engine sees it: a record with the present items only. */
function recordOf(row: Row): Record<string, unknown> {
  const rec: Record<string, unknown> = { date: addDays(DAY0, row.day) };
  STAGE_ITEMS.forEach((k, i) => {
    if (row.items[i] !== ITEM_MISSING) rec[k] = row.items[i];
  });
  return rec;
}

function columnsOf(rows: readonly Row[]) {
  const cols = allocateStagingColumns(rows.length);
  cols.length = rows.length;
  rows.forEach((row, r) => {
    STAGE_ITEMS.forEach((k, i) => {
      cols.items[k][r] = row.items[i]!;
    });
    cols.recordDay![r] = row.day;
    cols.onsetDay![r] = row.onset;
  });
  return cols;
}

const score = fc.integer({ min: 0, max: 4 });
/** An item: mostly a score, sometimes missing, rarely out of range. */
const item = fc.oneof(
  { arbitrary: score, weight: 40 },
  { arbitrary: fc.constant(ITEM_MISSING), weight: 1 },
  { arbitrary: fc.integer({ min: 5, max: 254 }), weight: 1 },
);
const row: fc.Arbitrary<Row> = fc
  .record({
    version: fc.constantFrom('revised', 'original', 'anything'),
    form5: fc.constantFrom('5a', '5b', 'both', 'neither', 'asDrawn'),
    items: fc.array(item, { minLength: 14, maxLength: 14 }),
    day: fc.integer({ min: -400, max: 2000 }),
    onset: fc.oneof(fc.integer({ min: -3000, max: 0 }), fc.constant(Number.NaN)),
  })
  .map(({ version, form5, items, day, onset }) => {
    const v = [...items];
    const at = (k: StageItem) => STAGE_ITEMS.indexOf(k);
    if (version === 'revised') v[at('respiratory')] = ITEM_MISSING;
    if (version === 'original') for (const k of REVISED) v[at(k)] = ITEM_MISSING;
    const a = at('cuttingWithoutGastrostomy');
    const b = at('cuttingWithGastrostomy');
    if (form5 === '5a') v[b] = ITEM_MISSING;
    if (form5 === '5b') v[a] = ITEM_MISSING;
    if (form5 === 'both') {
      v[a] = v[a] === ITEM_MISSING ? 2 : v[a]!;
      v[b] = v[b] === ITEM_MISSING ? 3 : v[b]!;
    }
    if (form5 === 'neither') {
      v[a] = ITEM_MISSING;
      v[b] = ITEM_MISSING;
    }
    return { items: v, day, onset };
  });

describe('stageColumns: row-by-row identity with the per-record staging (property)', () => {
  it('every row: staged exactly when the validator accepts it, with the same total, ΔFS, King’s and MiToS', () => {
    const bands = DEFAULT_FUNCTION_SETTINGS.progressionBands;
    const counts = { revised: 0, original: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const out = stageColumns(columnsOf(rows));
        rows.forEach((rw, i) => {
          const rec = recordOf(rw);
          const hasQ10 = rec.respiratory !== undefined;
          const revisedValid = !hasQ10 && validateAlsfrsr(rec).length === 0;
          const originalProblems = validateAlsfrsOriginal(rec);
          const originalValid = hasQ10 && originalProblems.length === 0;
          expect(out.status[i] === ROW_STATUS.revised).toBe(revisedValid);
          expect(out.status[i] === ROW_STATUS.original).toBe(originalValid);
          if (revisedValid) {
            counts.revised++;
            const r = rec as unknown as AlsfrsrRecord;
            const k = kingsFromAlsfrsr(r);
            expect(out.kings[i]).toBe(k.stage);
            expect(out.kings4[i]).toBe((k.gastrostomy ? 1 : 0) | (k.niv ? 2 : 0));
            expect(out.kingsNoRegion[i]).toBe(k.estimatedNoRegion ? 1 : 0);
            expect(out.kingsRegions[i]).toBe(k.regionCount);
            expect(out.mitos[i]).toBe(mitosStageFromAlsfrsr(r));
            expect(out.mitosPossible[i]).toBe(NOT_STAGED);
            expect(out.total[i]).toBe(alsfrsrTotal(r));
            const onsetDate = Number.isNaN(rw.onset) ? undefined : addDays(DAY0, rw.onset);
            const d = deltaFs(alsfrsrTotal(r), onsetDate, r.date, 1, bands);
            expect(out.deltaFs[i]).toBe(d.kind === 'computed' ? d.pointsPerMonth : Number.NaN);
          } else if (originalValid) {
            counts.original++;
            const o = rec as unknown as AlsfrsOriginalRecord;
            const regions = kingsRegionsFromAlsfrs(o);
            expect(out.kingsRegions[i]).toBe(+regions.bulbar + +regions.upperLimb + +regions.lowerLimb);
            // No item 12: King's only when 4A makes it stage 4; 4B never asserted.
            expect(out.kings[i]).toBe(kingsGastrostomyFromAlsfrs(o) ? 4 : 0);
            expect(out.kings4[i]).toBe(kingsGastrostomyFromAlsfrs(o) ? 1 : 0);
            // Without 4A: the stage if there is no NIV, as the per-record staging gives it with no NIV.
            expect(out.kingsUnlessNiv[i]).toBe(
              kingsGastrostomyFromAlsfrs(o) ? 0 : kingsStage(regions, false, false, false).stage,
            );
            expect(out.mitos[i]).toBe(NOT_STAGED);
            expect(out.mitosPossible[i]).toBe(mitosFromAlsfrsOriginal(o).possibleStages[0]);
            expect(out.total[i]).toBe(scoreAlsfrsOriginal(o).total);
            expect(out.deltaFs[i]).toBeNaN();
          } else {
            counts.refused++;
            // Not staged: nothing staged is claimed, and the reason agrees with the validator.
            expect(out.kings[i]).toBe(0);
            expect(out.mitos[i]).toBe(NOT_STAGED);
            expect(out.total[i]).toBe(NOT_STAGED);
            const problems = hasQ10 ? originalProblems : validateAlsfrsr(rec);
            const codes = new Set(problems.map((p) => p.code));
            const s = out.status[i];
            if (s === ROW_STATUS.missingItems) {
              const expected = new Set(problems.filter((p) => p.code === 'missingItem').map((p) => p.field));
              if (codes.has('item5Missing')) {
                expected.add('cuttingWithoutGastrostomy');
                expected.add('cuttingWithGastrostomy');
              }
              expect(new Set(problemItemNames(out.problemItems[i]!))).toEqual(expected);
            } else if (s === ROW_STATUS.item5Both) {
              expect(codes.has('item5Both')).toBe(true);
            } else if (s === ROW_STATUS.mixedVersions) {
              expect(codes.has('revisedItemOnOriginal')).toBe(true);
            } else {
              expect(s).toBe(ROW_STATUS.outOfRange);
              for (const name of problemItemNames(out.problemItems[i]!)) {
                expect(rec[name] as number).toBeGreaterThan(4);
              }
              expect(codes.has('itemOutOfRange') || codes.has('revisedItemOnOriginal')).toBe(true);
            }
          }
        });
      }),
      { numRuns: 300 },
    );
    // The generator reaches every kind of row (a property over refused rows only would prove little).
    expect(counts.revised).toBeGreaterThan(100);
    expect(counts.original).toBeGreaterThan(50);
    expect(counts.refused).toBeGreaterThan(100);
  });
});

describe('stageColumns: examples', () => {
  const normal = () =>
    STAGE_ITEMS.map((k) => (k === 'respiratory' || k === 'cuttingWithGastrostomy' ? ITEM_MISSING : 4));
  const set = (v: number[], k: StageItem, x: number) => {
    v[STAGE_ITEMS.indexOf(k)] = x;
    return v;
  };

  it('a missing item is insufficient data naming the item, never a stage', () => {
    const out = stageColumns(columnsOf([{ items: set(normal(), 'walking', ITEM_MISSING), day: 0, onset: Number.NaN }]));
    expect(out.status[0]).toBe(ROW_STATUS.missingItems);
    expect(problemItemNames(out.problemItems[0]!)).toEqual(['walking']);
    expect(out.kings[0]).toBe(0);
    expect(out.mitos[0]).toBe(NOT_STAGED);
  });

  it('ΔFS = (48 - total) / months from onset (Kimura 2006), refused below one month', () => {
    const v = set(set(normal(), 'speech', 0), 'walking', 0); // total 40
    const out = stageColumns(
      columnsOf([
        { items: v, day: 365, onset: 0 },
        { items: v, day: 20, onset: 0 },
      ]),
    );
    expect(out.deltaFs[0]).toBeCloseTo(8 / (365 / (365.25 / 12)), 12);
    expect(out.deltaFs[1]).toBeNaN();
    expect(out.kings[0]).toBe(2);
  });

  it("an original ALSFRS row: King's only with 4A; without it, the stage unless NIV (no region: 1, the recode)", () => {
    const original = () =>
      set(set(set(normal(), 'respiratory', 3), 'dyspnoea', ITEM_MISSING), 'orthopnoea', ITEM_MISSING);
    const noRegion = set(original(), 'respiratoryInsufficiency', ITEM_MISSING);
    const twoRegions = set(set(set(original(), 'respiratoryInsufficiency', ITEM_MISSING), 'speech', 3), 'walking', 1);
    const gastrostomy = set(
      set(set(original(), 'respiratoryInsufficiency', ITEM_MISSING), 'cuttingWithoutGastrostomy', ITEM_MISSING),
      'cuttingWithGastrostomy',
      2,
    );
    const out = stageColumns(
      columnsOf([noRegion, twoRegions, gastrostomy].map((items) => ({ items, day: 0, onset: Number.NaN }))),
    );
    expect([...out.status.subarray(0, 3)]).toEqual([ROW_STATUS.original, ROW_STATUS.original, ROW_STATUS.original]);
    expect([...out.kings.subarray(0, 3)]).toEqual([0, 0, 4]);
    expect([...out.kingsUnlessNiv.subarray(0, 3)]).toEqual([1, 2, 0]);
    expect([...out.kingsRegions.subarray(0, 3)]).toEqual([0, 2, 0]);
    expect([...out.mitosPossible.subarray(0, 3)]).toEqual([0, 1, 0]); // walking 1: movement lost
  });

  it('refuses output columns too small for the rows', () => {
    const cols = columnsOf([{ items: normal(), day: 0, onset: 0 }]);
    cols.length = 2;
    expect(() => stageColumns(cols)).toThrow(RangeError);
  });
});
