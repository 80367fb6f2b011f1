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
import { CASE_FACT_KINDS, type FactKindEntry } from '../facts/kinds.js';
import type { AlsfrsOriginalRecord, AlsfrsrRecord, PatientCase } from '../facts/types.js';
import {
  type AlsfrsOriginalScore,
  type AlsfrsrScore,
  scoreAlsfrsOriginal,
  scoreAlsfrsr,
} from '../instruments/score.js';
import {
  type AlsfrsProblem,
  type RecordProblem,
  validateAlsfrsOriginal,
  validateAlsfrsr,
} from '../instruments/validate.js';

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
  readonly record: AlsfrsrRecord;
  readonly index: number;
  readonly score: AlsfrsrScore;
}

/** A valid original ALSFRS record with its score and its index in `case.alsfrsOriginal`. */
export interface ScoredAlsfrsOriginal {
  readonly record: AlsfrsOriginalRecord;
  readonly index: number;
  readonly score: AlsfrsOriginalScore;
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

function hasLaterDate(fact: Fact, fields: readonly string[], asOf: IsoDate): boolean {
  // Most kinds have no other date: no keyed load (megamorphic across kinds) to make.
  if (fields.length === 0) return false;
  for (const field of fields) if (isLater(fact[field], asOf)) return true;
  return false;
}

/** The fact without its date fields that fall after `asOf` (the same object when none does). */
function withoutLaterDates<T extends Fact>(fact: T, fields: readonly string[], asOf: IsoDate): T {
  if (!hasLaterDate(fact, fields, asOf)) return fact;
  // Built key by key without the later fields, in the fact's own key order (as a spread would be):
  // `delete` on a spread copy turned it into a slow dictionary-mode object that every later read
  // paid for (most endpoints of a cohort read at the last visit carry a later death date).
  const copy: Fact = {};
  for (const key of Object.keys(fact)) {
    if (!(fields.includes(key) && isLater(fact[key], asOf))) copy[key] = fact[key];
  }
  return copy as T;
}

/**
 * The date that places a fact: a named load for the usual `date` field (a keyed load with a variable
 * key is megamorphic across the fact kinds and was the hottest line of a cohort's view).
 */
function placingDate(fact: Fact, placedBy: string): unknown {
  return placedBy === 'date' ? fact.date : fact[placedBy];
}

function compareDates(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (typeof a !== 'string') return -1; // undated first: known, but not placed
  if (typeof b !== 'string') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One list cut to `asOf`: its facts in date order and, unless they are the case's own list, their indices. */
interface ListCut {
  facts: readonly Fact[];
  /** `positions[i]` is the index in the case of `facts[i]`; null when `facts` is the case's list itself. */
  positions: readonly number[] | null;
}

/**
 * True when the list needs no change: nothing later, nothing to blank, already in date order.
 * One string comparison per fact: in an ordered list only the last dated fact can be later than
 * `asOf` (this scan is most of a view's cost over a cohort, one fact list after another).
 */
function alreadyAsOf(list: readonly Fact[], entry: FactKindEntry, asOf: IsoDate): boolean {
  const { placedBy, otherDates } = entry;
  if (placedBy !== null) {
    // The latest placing date so far; in date order, undated facts come first (compareDates).
    let latest: string | undefined;
    for (let i = 0; i < list.length; i++) {
      const date = placingDate(list[i]!, placedBy);
      if (typeof date === 'string') {
        if (latest !== undefined && date < latest) return false;
        latest = date;
      } else if (latest !== undefined) {
        return false;
      }
    }
    // A malformed date is not "later" (isLater): when the last one sorts after asOf but is not a
    // date, an earlier fact may still be later, so each is asked.
    if (latest !== undefined && latest > asOf) {
      if (isIsoDate(latest)) return false;
      for (const fact of list) if (isLater(placingDate(fact, placedBy), asOf)) return false;
    }
  }
  for (const field of otherDates) {
    for (const fact of list) if (isLater(fact[field], asOf)) return false;
  }
  return true;
}

/** The facts of one list known on `asOf`, in date order (stable), each with its original index. */
function listAsOf(list: readonly Fact[], entry: FactKindEntry, asOf: IsoDate): ListCut {
  // Most lists are already cut and ordered (a case read at its last visit): keep them as they are.
  if (alreadyAsOf(list, entry, asOf)) return { facts: list, positions: null };
  const placedBy = entry.placedBy;
  const facts: Fact[] = [];
  const positions: number[] = [];
  // The placing date of each kept fact, read once (a blanked date is never the placing one).
  const dates: unknown[] = [];
  let inOrder = true;
  for (let index = 0; index < list.length; index++) {
    const fact = list[index]!;
    let date: unknown;
    if (placedBy !== null) {
      date = placingDate(fact, placedBy);
      if (isLater(date, asOf)) continue;
      if (dates.length > 0 && compareDates(dates[dates.length - 1], date) > 0) inOrder = false;
    }
    facts.push(withoutLaterDates(fact, entry.otherDates, asOf));
    positions.push(index);
    dates.push(date);
  }
  if (placedBy === null || inOrder) return { facts, positions };
  // Out of date order (some lists are recorded so): a stable insertion sort of the kept facts, their
  // positions and dates together, in place (lists are short and nearly in order): no index array,
  // comparator closure or mapped copies per call.
  for (let i = 1; i < facts.length; i++) {
    const fact = facts[i]!;
    const position = positions[i]!;
    const date = dates[i];
    let j = i - 1;
    while (j >= 0 && compareDates(dates[j], date) > 0) {
      facts[j + 1] = facts[j]!;
      positions[j + 1] = positions[j]!;
      dates[j + 1] = dates[j];
      j--;
    }
    facts[j + 1] = fact;
    positions[j + 1] = position;
    dates[j + 1] = date;
  }
  return { facts, positions };
}

/**
 * A valid record with its index; the score is computed on first read and kept (a batch that
 * needs only the validation does not pay for score objects it never reads).
 */
class ScoredRecord<R, S> {
  #score: S | undefined;
  readonly #scoreOf: (r: R) => S;
  constructor(
    readonly record: R,
    readonly index: number,
    scoreOf: (r: R) => S,
  ) {
    this.#scoreOf = scoreOf;
  }
  get score(): S {
    this.#score ??= this.#scoreOf(this.record);
    return this.#score;
  }
}

function validated<R, S>(
  cut: ListCut,
  listPath: string,
  validate: (r: unknown) => AlsfrsProblem[],
  score: (r: R) => S,
): { valid: ScoredRecord<R, S>[]; rejected: RejectedRecord[] } {
  const valid: ScoredRecord<R, S>[] = [];
  const rejected: RejectedRecord[] = [];
  for (let i = 0; i < cut.facts.length; i++) {
    const item = cut.facts[i]!;
    const index = cut.positions === null ? i : cut.positions[i]!;
    const problems = validate(item);
    if (problems.length === 0) {
      valid.push(new ScoredRecord(item as R, index, score));
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

/** The kinds kept as lists, in catalogue order (a view keeps one cut per kind, by this position). */
const LIST_KINDS = (CASE_FACT_KINDS as readonly FactKindEntry[]).filter((k) => k.cardinality === 'many');
const ONE_KINDS = (CASE_FACT_KINDS as readonly FactKindEntry[]).filter((k) => k.cardinality === 'one');

/**
 * The indexed lists of a view, each built on first read: most readers use the plain lists, and a
 * batch over a cohort should not pay for wrappers it never reads.
 */
class LazyIndexedLists {
  readonly #cuts: readonly ListCut[];
  readonly #built: (readonly Indexed<Fact>[] | undefined)[];
  constructor(cuts: readonly ListCut[]) {
    this.#cuts = cuts;
    this.#built = new Array(cuts.length);
  }
  listAt(position: number): readonly Indexed<Fact>[] {
    let list = this.#built[position];
    if (list === undefined) {
      const { facts, positions } = this.#cuts[position]!;
      list = facts.map((item, i) => ({ item, index: positions === null ? i : positions[i]! }));
      this.#built[position] = list;
    }
    return list;
  }
}
LIST_KINDS.forEach((entry, position) => {
  Object.defineProperty(LazyIndexedLists.prototype, entry.caseKey!, {
    get(this: LazyIndexedLists) {
      return this.listAt(position);
    },
    enumerable: true,
  });
});

const EMPTY: ListCut = Object.freeze({ facts: Object.freeze([]), positions: null });
const NOTHING_SCORED = Object.freeze({ valid: Object.freeze([]) as never[], rejected: Object.freeze([]) as never[] });
/** Position of each list kind in LIST_KINDS, by its key in the case. */
const LIST_POSITION: ReadonlyMap<string, number> = new Map(LIST_KINDS.map((e, i) => [e.caseKey!, i]));

/**
 * A view holding only the lists `K` (with the patient and the single facts): what
 * `caseAsOf(c, asOf, lists)` builds. A reader typed with it can read no other list, so a caller that
 * cuts only the lists its readers name (a batch over a cohort) cannot hand one an uncut list. The
 * scored instruments are there only when their list is.
 */
export type CaseViewOf<K extends CaseListKey> = {
  readonly asOf: IsoDate;
  readonly case: Omit<PatientCase, Exclude<CaseListKey, K>>;
  readonly indexed: Pick<IndexedLists, K>;
} & ('alsfrsr' extends K ? Pick<CaseView, 'alsfrsr' | 'alsfrsrRejected'> : unknown) &
  ('alsfrsOriginal' extends K ? Pick<CaseView, 'alsfrsOriginal' | 'alsfrsOriginalRejected'> : unknown);

/**
 * The start of a restricted view: the patient, the single facts, and each list asked for still unset
 * (undefined, cut in later). Every key is set, so one list selection gives one object shape and the
 * readers' loads stay monomorphic (as in `caseFactsAsOf`).
 */
function withoutLists(c: PatientCase, lists: readonly CaseListKey[]): Record<string, unknown> {
  const out: Record<string, unknown> = { schemaVersion: c.schemaVersion, patient: c.patient };
  for (const entry of ONE_KINDS) out[entry.caseKey!] = c[entry.caseKey!];
  for (const key of lists) out[key] = undefined;
  return out;
}

/**
 * The case as known on `asOf`, built once and read by every module. Pure: no clock, the input is
 * not changed (a fact with a blanked date is a copy; the others are the same objects).
 *
 * Given `lists`, the view holds those lists only (each cut exactly as in the full view): the cut
 * reads the date of every fact of every list it keeps, and about half the facts of a synthetic
 * cohort's patient are in lists (investigations, weights) that no reader of the batch opens.
 *
 * @example
 * const v = caseAsOf(patientCase, '2024-06-11');
 * v.alsfrsr.at(-1)?.score.total // the latest valid ALSFRS-R total on 2024-06-11
 * v.case.medications // started by then; a stop date after 2024-06-11 is not there yet
 * caseAsOf(patientCase, '2024-06-11', ['alsfrsr']).case.weights // a type error: not in this view
 */
export function caseAsOf(c: PatientCase, asOf: IsoDate): CaseView;
export function caseAsOf<K extends CaseListKey>(c: PatientCase, asOf: IsoDate, lists: readonly K[]): CaseViewOf<K>;
export function caseAsOf(c: PatientCase, asOf: IsoDate, lists?: readonly CaseListKey[]): CaseView {
  // Copied on the first change only: a case read at its latest fact (the usual call, and every
  // patient of a batch) is its own view, with no copy to build or collect. A view of some lists
  // only is always a new object: the case's other lists must not show through uncut.
  let out: Record<string, unknown> | undefined = lists === undefined ? undefined : withoutLists(c, lists);
  for (const entry of ONE_KINDS) {
    const value = c[entry.caseKey!];
    if (value === undefined) continue;
    const kept = withoutLaterDates(value as Fact, entry.otherDates, asOf);
    if (kept !== value) {
      out ??= { ...c };
      out[entry.caseKey!] = kept;
    }
  }
  const cuts: ListCut[] = new Array(LIST_KINDS.length).fill(EMPTY);
  let alsfrsr: { valid: ScoredAlsfrsr[]; rejected: RejectedRecord[] } = NOTHING_SCORED;
  let alsfrsOriginal: { valid: ScoredAlsfrsOriginal[]; rejected: RejectedRecord[] } = NOTHING_SCORED;
  // Only the lists the case has (a few of the catalogue's kinds, usually), or those asked for:
  // absent ones stay EMPTY.
  for (const key of lists ?? Object.keys(c)) {
    const k = LIST_POSITION.get(key);
    if (k === undefined) continue;
    const entry = LIST_KINDS[k]!;
    const value = c[key as keyof PatientCase] as readonly Fact[] | undefined;
    if (value === undefined) continue;
    if (value.length === 0) {
      // An empty list is its own cut (kept in a restricted view, as the full view keeps it).
      if (out !== undefined) out[key] = value;
      continue;
    }
    let cut = listAsOf(value, entry, asOf);
    // The scored instruments: the view keeps the valid records only, validated here once.
    let valid: readonly { record: unknown; index: number }[] | undefined;
    if (key === 'alsfrsr') {
      alsfrsr = validated(cut, key, validateAlsfrsr, scoreAlsfrsr);
      if (alsfrsr.rejected.length > 0) valid = alsfrsr.valid;
    } else if (key === 'alsfrsOriginal') {
      alsfrsOriginal = validated(cut, key, validateAlsfrsOriginal, scoreAlsfrsOriginal);
      if (alsfrsOriginal.rejected.length > 0) valid = alsfrsOriginal.valid;
    }
    if (valid) cut = { facts: valid.map((r) => r.record as Fact), positions: valid.map((r) => r.index) };
    cuts[k] = cut;
    if (out !== undefined || cut.facts !== value) {
      out ??= { ...c };
      out[key] = cut.facts;
    }
  }
  return {
    asOf,
    case: (out ?? c) as PatientCase,
    indexed: new LazyIndexedLists(cuts) as unknown as IndexedLists,
    alsfrsr: alsfrsr.valid,
    alsfrsrRejected: alsfrsr.rejected,
    alsfrsOriginal: alsfrsOriginal.valid,
    alsfrsOriginalRejected: alsfrsOriginal.rejected,
  };
}

/** The lists a module may read without the view's indexes; the scored instruments need `caseAsOf`. */
export type PlainListKey = Exclude<CaseListKey, 'alsfrsr' | 'alsfrsOriginal'>;

/** The case part of the view: what a module that reads plain lists takes. */
export type CaseFactsView = Pick<CaseView, 'asOf' | 'case'>;

/**
 * The case as known on `asOf` by the rule of `caseAsOf` (later facts dropped, later dates blanked,
 * lists in date order), holding only the lists in `keys` (and the single facts) and without indexes
 * or scoring: for a module that reads a few plain lists (diagnosis) and runs alone, so it does not
 * pay for the rest. A list with nothing to drop, blank or reorder is the case's own array.
 *
 * @example caseFactsAsOf(patientCase, '2024-06-11', ['exams']).case.exams // examinations on or before 2024-06-11
 */
export function caseFactsAsOf(c: PatientCase, asOf: IsoDate, keys: readonly PlainListKey[]): CaseFactsView {
  // Every single fact and every list asked for is set, undefined when the case has none: one object
  // shape for one list of keys, so the readers' loads (`case.exams`, `case.history`) stay monomorphic
  // where the case files come in as many shapes as they have lists.
  const out: Record<string, unknown> = { schemaVersion: c.schemaVersion, patient: c.patient };
  for (const entry of ONE_KINDS) {
    const value = c[entry.caseKey!];
    out[entry.caseKey!] = value === undefined ? undefined : withoutLaterDates(value as Fact, entry.otherDates, asOf);
  }
  for (const key of keys) {
    const value = c[key] as readonly Fact[] | undefined;
    // The same cut as caseAsOf's lists (the input array when nothing changes), without the indices.
    out[key] = value === undefined ? undefined : listAsOf(value, LIST_KINDS[LIST_POSITION.get(key)!]!, asOf).facts;
  }
  return { asOf, case: out as unknown as PatientCase };
}
