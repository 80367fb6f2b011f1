/**
 * Columnar staging (issue 11): ALSFRS-R (or original ALSFRS) item scores as typed arrays in, the
 * ALSFRS-R total, ΔFS, King's (with 4A / 4B) and MiToS per row as typed arrays out. For research
 * files (PRO-ACT `alsfrs` exports) streamed in chunks; `evaluateCohort` stays the entry point for
 * whole cases (clinical facts, death, ENCALS).
 *
 * No rule is written here: each row is loaded into one reused record object and handed to the
 * per-record rule functions of staging/ (Balendra 2014 King's, Chiò 2015 MiToS), instruments/
 * (the total) and function/ (ΔFS, Kimura 2006). What this file adds is only which rows are
 * complete enough to stage (the validator's item rules: every item 0-4, item 5 as 5a xor 5b)
 * and the encoding of why a row is not staged.
 */
import { DAYS_PER_MONTH } from '../common/dates.js';
import type { AlsfrsOriginalRecord, AlsfrsrItem, AlsfrsrRecord } from '../facts/index.js';
import { deltaFsValue } from '../function/progression.js';
import { DEFAULT_FUNCTION_SETTINGS } from '../function/settings.js';
import { alsfrsrTotal, scoreAlsfrsOriginal } from '../instruments/score.js';
import {
  KINGS_CODE,
  kingsCodeFromAlsfrsr,
  kingsGastrostomyFromAlsfrs,
  kingsRegionCountFromAlsfrs,
  kingsStageCode,
} from '../staging/kings.js';
import { mitosFromAlsfrsOriginal, mitosStageFromAlsfrsr } from '../staging/mitos.js';

/** A missing item score in an input column. */
export const ITEM_MISSING = 255;
/** A value of an output column that was not determined (stage, total). */
export const NOT_STAGED = 255;

/**
 * The item columns, in this order; bit `i` of `problemItems` is `STAGE_ITEMS[i]`. Items 1-9 are
 * shared by both versions; `dyspnoea`, `orthopnoea` and `respiratoryInsufficiency` (R1-R3) are the
 * ALSFRS-R's, `respiratory` (Q10) the original ALSFRS's.
 */
export const STAGE_ITEMS = [
  'speech',
  'salivation',
  'swallowing',
  'handwriting',
  'cuttingWithoutGastrostomy',
  'cuttingWithGastrostomy',
  'dressing',
  'turningInBed',
  'walking',
  'climbingStairs',
  'dyspnoea',
  'orthopnoea',
  'respiratoryInsufficiency',
  'respiratory',
] as const;
export type StageItem = (typeof STAGE_ITEMS)[number];

/** Why a row was or was not staged (`StagedColumns.status`). */
export const ROW_STATUS = {
  /** A complete ALSFRS-R: total, ΔFS (with onset), King's and MiToS. */
  revised: 0,
  /**
   * A complete original ALSFRS (Q10, no R1-R3): the region count and 4A only (no item 12, so 4B is
   * not assessable: King's is staged only when 4A makes it 4); MiToS is one of two stages (breathing
   * undetermined, `mitosPossible` is the lower).
   */
  original: 1,
  /** Items missing (`problemItems`): insufficient data. */
  missingItems: 2,
  /** Item 5 scored on both forms (5a and 5b). */
  item5Both: 3,
  /** R1-R3 and Q10 on one row: the two versions are never mixed. */
  mixedVersions: 4,
  /** An item outside 0-4 (`problemItems`). */
  outOfRange: 5,
} as const;

export interface StagingColumns {
  /** Rows to stage (the columns may be longer: chunk buffers reused). */
  length: number;
  /** One column per item, `ITEM_MISSING` where not scored. */
  items: Record<StageItem, Uint8Array>;
  /** Day of each record and of symptom onset on one time axis (e.g. PRO-ACT deltas); NaN when unknown. */
  recordDay?: Float64Array;
  onsetDay?: Float64Array;
  /** ΔFS is not computed below this many months from onset. Default: the function settings' (1). */
  deltaFsMinMonthsFromOnset?: number;
}

export interface StagedColumns {
  status: Uint8Array;
  /** For `missingItems` and `outOfRange`: bit i set when `STAGE_ITEMS[i]` is the problem. */
  problemItems: Uint16Array;
  /** ALSFRS-R total 0-48, original ALSFRS total 0-40 (status tells which), `NOT_STAGED` otherwise. */
  total: Uint8Array;
  /** Months from onset (NaN without both days). */
  monthsFromOnset: Float64Array;
  /** ΔFS (ALSFRS-R rows with onset, at least the minimum months), else NaN. */
  deltaFs: Float64Array;
  /** King's stage 1-4, 0 when not staged. */
  kings: Uint8Array;
  /** King's stage-4 markers: 1 = 4A (gastrostomy), 2 = 4B (NIV); 3 = both. */
  kings4: Uint8Array;
  /** 1 when no region was involved and stage 1 was assumed (domain README decision). */
  kingsNoRegion: Uint8Array;
  /** Regions involved 0-3 (Balendra 2014), `NOT_STAGED` when the row was not scored. */
  kingsRegions: Uint8Array;
  /** Original ALSFRS rows without 4A: the stage if there is no NIV (the other possibility is 4B); else 0. */
  kingsUnlessNiv: Uint8Array;
  /** MiToS stage 0-4, `NOT_STAGED` when not determined. */
  mitos: Uint8Array;
  /** Original ALSFRS rows: the lower of the two possible MiToS stages (the other is one more); else `NOT_STAGED`. */
  mitosPossible: Uint8Array;
}

/** Output columns for up to `capacity` rows, to reuse chunk after chunk. */
export function allocateStagedColumns(capacity: number): StagedColumns {
  return {
    status: new Uint8Array(capacity),
    problemItems: new Uint16Array(capacity),
    total: new Uint8Array(capacity),
    monthsFromOnset: new Float64Array(capacity),
    deltaFs: new Float64Array(capacity),
    kings: new Uint8Array(capacity),
    kings4: new Uint8Array(capacity),
    kingsNoRegion: new Uint8Array(capacity),
    kingsRegions: new Uint8Array(capacity),
    kingsUnlessNiv: new Uint8Array(capacity),
    mitos: new Uint8Array(capacity),
    mitosPossible: new Uint8Array(capacity),
  };
}

/** Item columns for up to `capacity` rows, every item missing. */
export function allocateStagingColumns(capacity: number): StagingColumns {
  const items = {} as Record<StageItem, Uint8Array>;
  for (const k of STAGE_ITEMS) items[k] = new Uint8Array(capacity).fill(ITEM_MISSING);
  return {
    length: 0,
    items,
    recordDay: new Float64Array(capacity).fill(Number.NaN),
    onsetDay: new Float64Array(capacity).fill(Number.NaN),
  };
}

/** The one record each row is loaded into for the rule functions (both versions' fields). */
type RowRecord = AlsfrsrRecord & AlsfrsOriginalRecord;

const bit = (item: StageItem) => 1 << STAGE_ITEMS.indexOf(item);
const REVISED_ONLY = bit('dyspnoea') | bit('orthopnoea') | bit('respiratoryInsufficiency');
const ORIGINAL_ONLY = bit('respiratory');
const ITEM_5 = bit('cuttingWithoutGastrostomy') | bit('cuttingWithGastrostomy');
/** Items 1-9 except 5: required on both versions. */
const COMMON_REQUIRED = (1 << STAGE_ITEMS.length) - 1 - REVISED_ONLY - ORIGINAL_ONLY - ITEM_5;

/** The item names of a `problemItems` mask, in form order. */
export function problemItemNames(mask: number): StageItem[] {
  return STAGE_ITEMS.filter((_, i) => (mask & (1 << i)) !== 0);
}

/**
 * Stage every row of the columns: the same rules, row for row, as `kingsFromAlsfrsr`,
 * `mitosStageFromAlsfrsr`, `mitosFromAlsfrsOriginal` and `deltaFsValue` on the row's record.
 *
 * @example const out = stageColumns(cols); out.kings[0] // 1..4, 0 = not staged
 */
export function stageColumns(
  input: StagingColumns,
  out: StagedColumns = allocateStagedColumns(input.length),
): StagedColumns {
  const n = input.length;
  if (out.status.length < n) throw new RangeError(`output columns hold ${out.status.length} rows, ${n} given`);
  const it = input.items;
  const cols = STAGE_ITEMS.map((k) => it[k]);
  for (const c of cols) if (c.length < n) throw new RangeError(`an item column holds ${c.length} rows, ${n} given`);
  const minMonths = input.deltaFsMinMonthsFromOnset ?? DEFAULT_FUNCTION_SETTINGS.deltaFsMinMonthsFromOnset;
  const day = input.recordDay;
  const onset = input.onsetDay;
  const r = {
    date: '',
    speech: 4,
    salivation: 4,
    swallowing: 4,
    handwriting: 4,
    cuttingWithoutGastrostomy: undefined,
    cuttingWithGastrostomy: undefined,
    dressing: 4,
    turningInBed: 4,
    walking: 4,
    climbingStairs: 4,
    dyspnoea: 4,
    orthopnoea: 4,
    respiratoryInsufficiency: 4,
    respiratory: 4,
  } as RowRecord;
  const [q1, q2, q3, q4, q5a, q5b, q6, q7, q8, q9, r1, r2, r3, q10] = cols as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  for (let i = 0; i < n; i++) {
    out.monthsFromOnset[i] = day && onset ? (day[i]! - onset[i]!) / DAYS_PER_MONTH : Number.NaN;
    out.deltaFs[i] = Number.NaN;
    out.kings[i] = 0;
    out.kings4[i] = 0;
    out.kingsNoRegion[i] = 0;
    out.kingsRegions[i] = NOT_STAGED;
    out.kingsUnlessNiv[i] = 0;
    out.mitos[i] = NOT_STAGED;
    out.mitosPossible[i] = NOT_STAGED;
    out.problemItems[i] = 0;
    out.total[i] = NOT_STAGED;
    const a = q5a[i]!;
    const b = q5b[i]!;
    // The common row first: a complete ALSFRS-R, every item 0-4, item 5 on one form, no Q10.
    const completeRevised =
      q1[i]! <= 4 &&
      q2[i]! <= 4 &&
      q3[i]! <= 4 &&
      q4[i]! <= 4 &&
      q6[i]! <= 4 &&
      q7[i]! <= 4 &&
      q8[i]! <= 4 &&
      q9[i]! <= 4 &&
      r1[i]! <= 4 &&
      r2[i]! <= 4 &&
      r3[i]! <= 4 &&
      q10[i] === ITEM_MISSING &&
      ((a <= 4 && b === ITEM_MISSING) || (a === ITEM_MISSING && b <= 4));
    let original = false;
    if (!completeRevised) {
      // Which items are present, and which are out of range.
      let present = 0;
      let outOfRange = 0;
      for (let k = 0; k < 14; k++) {
        const v = cols[k]![i]!;
        if (v === ITEM_MISSING) continue;
        present |= 1 << k;
        if (v > 4) outOfRange |= 1 << k;
      }
      if (outOfRange !== 0) {
        out.status[i] = ROW_STATUS.outOfRange;
        out.problemItems[i] = outOfRange;
        continue;
      }
      if ((present & ITEM_5) === ITEM_5) {
        out.status[i] = ROW_STATUS.item5Both;
        continue;
      }
      original = (present & ORIGINAL_ONLY) !== 0;
      if (original && (present & REVISED_ONLY) !== 0) {
        out.status[i] = ROW_STATUS.mixedVersions;
        continue;
      }
      const required = COMMON_REQUIRED | (original ? ORIGINAL_ONLY : REVISED_ONLY);
      const missing = (required & ~present) | ((present & ITEM_5) === 0 ? ITEM_5 : 0);
      if (missing !== 0) {
        out.status[i] = ROW_STATUS.missingItems;
        out.problemItems[i] = missing;
        continue;
      }
    }
    r.speech = q1[i] as AlsfrsrItem;
    r.salivation = q2[i] as AlsfrsrItem;
    r.swallowing = q3[i] as AlsfrsrItem;
    r.handwriting = q4[i] as AlsfrsrItem;
    r.cuttingWithoutGastrostomy = a === ITEM_MISSING ? undefined : (a as AlsfrsrItem);
    r.cuttingWithGastrostomy = b === ITEM_MISSING ? undefined : (b as AlsfrsrItem);
    r.dressing = q6[i] as AlsfrsrItem;
    r.turningInBed = q7[i] as AlsfrsrItem;
    r.walking = q8[i] as AlsfrsrItem;
    r.climbingStairs = q9[i] as AlsfrsrItem;
    out.kingsRegions[i] = kingsRegionCountFromAlsfrs(r);
    if (original) {
      r.respiratory = q10[i] as AlsfrsrItem;
      out.status[i] = ROW_STATUS.original;
      out.total[i] = scoreAlsfrsOriginal(r).total;
      // No item 12 on the original scale: 4B is unknown, so King's is staged only when 4A makes it 4.
      if (kingsGastrostomyFromAlsfrs(r)) {
        out.kings[i] = 4;
        out.kings4[i] = 1;
      } else {
        out.kingsUnlessNiv[i] = kingsStageCode(out.kingsRegions[i]!, false, false, false) & KINGS_CODE.stage;
      }
      out.mitosPossible[i] = mitosFromAlsfrsOriginal(r).possibleStages[0];
      continue;
    }
    r.dyspnoea = r1[i] as AlsfrsrItem;
    r.orthopnoea = r2[i] as AlsfrsrItem;
    r.respiratoryInsufficiency = r3[i] as AlsfrsrItem;
    out.status[i] = ROW_STATUS.revised;
    const total = alsfrsrTotal(r);
    out.total[i] = total;
    out.deltaFs[i] = deltaFsValue(total, out.monthsFromOnset[i]!, minMonths) ?? Number.NaN;
    const code = kingsCodeFromAlsfrsr(r);
    out.kings[i] = code & KINGS_CODE.stage;
    out.kings4[i] = ((code & KINGS_CODE.gastrostomy) !== 0 ? 1 : 0) | ((code & KINGS_CODE.niv) !== 0 ? 2 : 0);
    out.kingsNoRegion[i] = (code & KINGS_CODE.estimatedNoRegion) !== 0 ? 1 : 0;
    out.mitos[i] = mitosStageFromAlsfrsr(r);
  }
  return out;
}
