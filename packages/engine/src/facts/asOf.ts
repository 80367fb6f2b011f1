/**
 * The case as known on one date: the one view every engine module reads.
 *
 * Built once per assessment from the fact catalogue (`kinds.ts`): a fact placed after the
 * assessment date did not happen yet, so it is dropped; a later date inside a kept fact (a stop
 * date, a death) is blanked; every list is sorted by the date that places its facts (stable, so
 * same-day facts keep their recorded order); and the scored instruments (ALSFRS-R, original
 * ALSFRS) are validated and scored here, once: a module never sees a record the function module
 * rejects (a record scored two ways gave two answers, issue 8 defect 3).
 */
import { type IsoDate, isIsoDate } from '../common/dates.js';
import type { RecordProblem } from '../function/records.js';
import { type AlsfrsOriginalScore, type AlsfrsrScore, scoreAlsfrsOriginal, scoreAlsfrsr } from '../function/score.js';
import { type AlsfrsProblem, validateAlsfrsOriginal, validateAlsfrsr } from '../function/validate.js';
import { CASE_FACT_KINDS, type FactKindEntry } from './kinds.js';
import type { AlsfrsOriginalRecord, AlsfrsrRecord, PatientCase } from './types.js';

/** A fact with its index in the case's own list, so a result can name its path (`weights[3]`). */
export interface Indexed<T> {
  item: T;
  index: number;
}

/** The keys of `PatientCase` that hold a list of facts. */
export type CaseListKey = {
  [K in keyof PatientCase]-?: NonNullable<PatientCase[K]> extends readonly unknown[] ? K : never;
}[keyof PatientCase];

/** The element type of one list of the case. */
export type CaseListItem<K extends CaseListKey> = NonNullable<PatientCase[K]>[number];

/** Every list of the view, each fact with its index in the original case. */
export type IndexedLists = { readonly [K in CaseListKey]: readonly Indexed<CaseListItem<K>>[] };

/** A valid ALSFRS-R record with its score and its index in `case.alsfrsr`. */
export interface ScoredAlsfrsr {
  record: AlsfrsrRecord;
  index: number;
  score: AlsfrsrScore;
}

/** A valid original ALSFRS record with its score and its index in `case.alsfrsOriginal`. */
export interface ScoredAlsfrsOriginal {
  record: AlsfrsOriginalRecord;
  index: number;
  score: AlsfrsOriginalScore;
}

/** A record that cannot be scored, with every problem found (each with its path in the case). */
export interface RejectedRecord {
  index: number;
  record: unknown;
  problems: RecordProblem[];
}

export interface CaseView {
  readonly asOf: IsoDate;
  /**
   * The case as known on `asOf`: later facts dropped, later dates blanked, lists in date order.
   * Its `alsfrsr` and `alsfrsOriginal` hold the valid records only.
   */
  readonly case: PatientCase;
  /** The same lists with each fact's index in the original case (for paths in reasons). */
  readonly indexed: IndexedLists;
  /** Valid ALSFRS-R records on or before `asOf`, oldest first, scored. */
  readonly alsfrsr: readonly ScoredAlsfrsr[];
  /** ALSFRS-R records on or before `asOf` (or undated) that fail validation. */
  readonly alsfrsrRejected: readonly RejectedRecord[];
  readonly alsfrsOriginal: readonly ScoredAlsfrsOriginal[];
  readonly alsfrsOriginalRejected: readonly RejectedRecord[];
}

type Fact = Record<string, unknown>;

/** After `asOf`, read as a date; a malformed date is not "later" (validation reports it). */
function isLater(value: unknown, asOf: IsoDate): boolean {
  return typeof value === 'string' && value > asOf && isIsoDate(value);
}

/** The fact without its date fields that fall after `asOf` (the same object when none does). */
function withoutLaterDates<T extends Fact>(fact: T, fields: readonly string[], asOf: IsoDate): T {
  let copy: T | undefined;
  for (const field of fields) {
    if (!isLater(fact[field], asOf)) continue;
    copy ??= { ...fact };
    delete copy[field];
  }
  return copy ?? fact;
}

function compareDates(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (typeof a !== 'string') return -1; // undated first: known, but not placed
  if (typeof b !== 'string') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The facts of one list known on `asOf`, in date order, each with its original index. */
function listAsOf(list: readonly Fact[], entry: FactKindEntry, asOf: IsoDate): Indexed<Fact>[] {
  const placedBy = entry.placedBy;
  const out: Indexed<Fact>[] = [];
  for (let index = 0; index < list.length; index++) {
    const fact = list[index]!;
    if (placedBy !== null && isLater(fact[placedBy], asOf)) continue;
    out.push({ item: withoutLaterDates(fact, entry.otherDates, asOf), index });
  }
  if (placedBy !== null) out.sort((a, b) => compareDates(a.item[placedBy], b.item[placedBy]));
  return out;
}

function validated<R, S>(
  kept: readonly Indexed<Fact>[],
  listPath: string,
  validate: (r: unknown) => AlsfrsProblem[],
  score: (r: R) => S,
): { valid: { record: R; index: number; score: S }[]; rejected: RejectedRecord[] } {
  const valid: { record: R; index: number; score: S }[] = [];
  const rejected: RejectedRecord[] = [];
  for (const { item, index } of kept) {
    const problems = validate(item);
    if (problems.length === 0) {
      const record = item as R;
      valid.push({ record, index, score: score(record) });
    } else {
      rejected.push({
        index,
        record: item,
        problems: problems.map((p) => ({
          ...p,
          path: p.field ? `${listPath}[${index}].${p.field}` : `${listPath}[${index}]`,
        })),
      });
    }
  }
  return { valid, rejected };
}

/**
 * The case as known on `asOf`, built once and read by every module. Pure: no clock, the input is
 * not changed (a fact with a blanked date is a copy; the others are the same objects).
 *
 * @example
 * const v = caseAsOf(patientCase, '2024-06-11');
 * v.alsfrsr.at(-1)?.score.total // the latest valid ALSFRS-R total on 2024-06-11
 * v.case.medications // started by then; a stop date after 2024-06-11 is not there yet
 */
export function caseAsOf(c: PatientCase, asOf: IsoDate): CaseView {
  const out: Record<string, unknown> = { ...c };
  const indexed: Record<string, readonly Indexed<Fact>[]> = {};
  let alsfrsr: { valid: ScoredAlsfrsr[]; rejected: RejectedRecord[] } = { valid: [], rejected: [] };
  let alsfrsOriginal: { valid: ScoredAlsfrsOriginal[]; rejected: RejectedRecord[] } = { valid: [], rejected: [] };
  for (const entry of CASE_FACT_KINDS as readonly FactKindEntry[]) {
    const key = entry.caseKey!;
    const value = c[key];
    if (entry.cardinality === 'one') {
      if (value !== undefined) out[key] = withoutLaterDates(value as Fact, entry.otherDates, asOf);
      continue;
    }
    let kept = listAsOf((value ?? []) as readonly Fact[], entry, asOf);
    if (key === 'alsfrsr') {
      alsfrsr = validated(kept, key, validateAlsfrsr, scoreAlsfrsr);
      kept = alsfrsr.valid.map(({ record, index }) => ({ item: record as unknown as Fact, index }));
    } else if (key === 'alsfrsOriginal') {
      alsfrsOriginal = validated(kept, key, validateAlsfrsOriginal, scoreAlsfrsOriginal);
      kept = alsfrsOriginal.valid.map(({ record, index }) => ({ item: record as unknown as Fact, index }));
    }
    indexed[key] = kept;
    if (value !== undefined) out[key] = kept.map(({ item }) => item);
  }
  return {
    asOf,
    case: out as unknown as PatientCase,
    indexed: indexed as unknown as IndexedLists,
    alsfrsr: alsfrsr.valid,
    alsfrsrRejected: alsfrsr.rejected,
    alsfrsOriginal: alsfrsOriginal.valid,
    alsfrsOriginalRejected: alsfrsOriginal.rejected,
  };
}
