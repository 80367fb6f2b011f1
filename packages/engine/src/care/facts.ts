/**
 * Reading the patient facts the care rules need: the latest record of a kind on asOf, current
 * medications and interventions, recent symptoms, weight loss against premorbid weight, and the
 * FVC trend. Every reader returns the record's index so triggers can name its path.
 */
import { addDays, daysBetween, type IsoDate, monthsBetween } from '../common/dates.js';
import type {
  AlsfrsrRecord,
  InterventionKind,
  LabResult,
  Medication,
  PatientCase,
  Screening,
  SymptomCode,
  SymptomReport,
  VitalCapacity,
} from '../facts/index.js';
import { ALSFRSR_REQUIRED_KEYS } from '../function/items.js';
import { leastSquares } from '../function/stats.js';
import { bodyMassIndex as bmiKgPerM2, weightChange } from '../function/weight.js';
import type { TriggerFact } from './types.js';

export interface Indexed<T> {
  item: T;
  /** Index in the case's own array, for the trigger's path. */
  index: number;
}

/** Case- and punctuation-insensitive key: 'PHQ-9' and 'phq9' match, 'C9ORF72' and 'C9orf72' too. */
export const normalise = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Generic and brand names Betz recognises on the medication list (lower case, no punctuation). */
export const DRUG_NAMES: Readonly<Record<string, readonly string[]>> = {
  riluzole: ['riluzole', 'rilutek', 'tiglutik', 'teglutik', 'exservan'],
  edaravone: ['edaravone', 'radicava', 'radicavaors', 'radicut'],
  tofersen: ['tofersen', 'qalsody'],
  sodiumPhenylbutyrateTaurursodiol: ['sodiumphenylbutyratetaurursodiol', 'relyvrio', 'albrioza', 'amx0035', 'pbturso'],
  mecobalamin: ['mecobalamin', 'methylcobalamin', 'rozebalamin'],
  quinine: ['quinine', 'qualaquin', 'quininesulfate', 'quininesulphate'],
  oxygen: ['oxygen', 'o2', 'homeoxygen'],
};

function matchesDrug(med: Medication, drug: string): boolean {
  const names = DRUG_NAMES[drug] ?? [normalise(drug)];
  return names.includes(normalise(med.drug));
}

function isActive(start: IsoDate | undefined, stop: IsoDate | undefined, asOf: IsoDate): boolean {
  return (start === undefined || start <= asOf) && (stop === undefined || stop > asOf);
}

/** The medication entry for `drug` that is current on asOf (started, not stopped). */
export function activeMedication(c: PatientCase, drug: string, asOf: IsoDate): Indexed<Medication> | undefined {
  const meds = c.medications ?? [];
  for (let i = meds.length - 1; i >= 0; i--) {
    const m = meds[i]!;
    if (matchesDrug(m, drug) && isActive(m.startDate, m.stopDate, asOf)) return { item: m, index: i };
  }
  return undefined;
}

/** Current medications whose generic name is in `drugs` (lower case), e.g. CYP1A2 inhibitors. */
export function activeMedicationsIn(c: PatientCase, drugs: readonly string[], asOf: IsoDate): Indexed<Medication>[] {
  const keys = new Set(drugs.map(normalise));
  return (c.medications ?? [])
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => keys.has(normalise(item.drug)) && isActive(item.startDate, item.stopDate, asOf));
}

/** An allergy to `substance` (any of its names), optionally only with one of `reactions`. */
export function allergyTo(
  c: PatientCase,
  names: readonly string[],
  reactions?: readonly string[],
): Indexed<{ substance: string; reaction?: string }> | undefined {
  const keys = new Set(names.map(normalise));
  const list = c.allergies ?? [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (!keys.has(normalise(a.substance))) continue;
    if (reactions && !(a.reaction && reactions.includes(a.reaction))) continue;
    return { item: a, index: i };
  }
  return undefined;
}

/** The intervention of `kind` in use on asOf. */
export function activeIntervention(c: PatientCase, kind: InterventionKind, asOf: IsoDate) {
  const list = c.interventions ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    const iv = list[i]!;
    if (iv.kind === kind && isActive(iv.startDate, iv.stopDate, asOf)) return { item: iv, index: i };
  }
  return undefined;
}

// Many rules read the same lists on the same asOf. During one evaluation (and only then, so a
// caller that edits its arrays between calls never sees a stale view) the sorted view is kept.
let evaluationCache: WeakMap<readonly object[], Map<IsoDate, readonly Indexed<never>[]>> | undefined;

/** Run `fn` with the per-evaluation read cache on; the cache is dropped afterwards. */
export function withReadCache<R>(fn: () => R): R {
  const outer = evaluationCache;
  evaluationCache = new WeakMap();
  try {
    return fn();
  } finally {
    evaluationCache = outer;
  }
}

/** Records dated on or before asOf, oldest first, each with its original index (a frozen view). */
export function datedUpTo<T extends { date: IsoDate }>(
  list: readonly T[] | undefined,
  asOf: IsoDate,
): readonly Indexed<T>[] {
  if (!list) return [];
  let byDate = evaluationCache?.get(list);
  if (evaluationCache && !byDate) {
    byDate = new Map();
    evaluationCache.set(list, byDate);
  }
  const hit = byDate?.get(asOf) as readonly Indexed<T>[] | undefined;
  if (hit) return hit;
  const view = Object.freeze(
    list
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.date <= asOf)
      .sort((a, b) => (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : a.index - b.index)),
  );
  byDate?.set(asOf, view as readonly Indexed<never>[]);
  return view;
}

export function latestAlsfrsr(c: PatientCase, asOf: IsoDate): Indexed<AlsfrsrRecord> | undefined {
  return datedUpTo(c.alsfrsr, asOf).at(-1);
}

/** An ALSFRS-R item by name; 'cutting' is slot 5, whichever form (5a or 5b) was scored. */
export type AlsfrsrItemName = (typeof ALSFRSR_REQUIRED_KEYS)[number] | 'cutting';

/** The twelve ALSFRS-R items in form order (the function module's list, slot 5 as 'cutting'). */
export const ALSFRSR_ITEMS: readonly AlsfrsrItemName[] = [
  ...ALSFRSR_REQUIRED_KEYS.slice(0, 4),
  'cutting',
  ...ALSFRSR_REQUIRED_KEYS.slice(4),
];

/**
 * One ALSFRS-R item; 'cutting' is item 5a or 5b, whichever was scored. Unlike `item5Score` (0 for
 * a total), an unscored item is undefined here so a rule never reads it as "no function".
 */
export function alsfrsrItem(r: AlsfrsrRecord, item: AlsfrsrItemName): number | undefined {
  if (item === 'cutting') return r.cuttingWithoutGastrostomy ?? r.cuttingWithGastrostomy;
  return r[item];
}

function alsfrsrPath(r: Indexed<AlsfrsrRecord>, item: AlsfrsrItemName): string {
  const field =
    item === 'cutting'
      ? r.item.cuttingWithoutGastrostomy !== undefined
        ? 'cuttingWithoutGastrostomy'
        : 'cuttingWithGastrostomy'
      : item;
  return `alsfrsr[${r.index}].${field}`;
}

/**
 * The latest ALSFRS-R items at or below `atMost`, as trigger facts, with the date the run began
 * (the first of the consecutive latest records in which some listed item was at or below it).
 */
export function alsfrsrItemsAtMost(
  c: PatientCase,
  asOf: IsoDate,
  items: readonly AlsfrsrItemName[],
  atMost: number,
): { facts: TriggerFact[]; worst: number; since: IsoDate } | undefined {
  const records = datedUpTo(c.alsfrsr, asOf);
  const latest = records.at(-1);
  if (!latest) return undefined;
  const facts: TriggerFact[] = [];
  let worst = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const v = alsfrsrItem(latest.item, item);
    if (v !== undefined && v <= atMost) {
      facts.push({
        path: alsfrsrPath(latest, item),
        value: v,
        date: latest.item.date,
        note: `ALSFRS-R ${item} <= ${atMost}`,
      });
      worst = Math.min(worst, v);
    }
  }
  if (facts.length === 0) return undefined;
  const meets = (r: AlsfrsrRecord) => items.some((it) => (alsfrsrItem(r, it) ?? Number.POSITIVE_INFINITY) <= atMost);
  let since = latest.item.date;
  for (let i = records.length - 1; i >= 0 && meets(records[i]!.item); i--) since = records[i]!.item.date;
  return { facts, worst, since };
}

export interface VcReading {
  percent: number;
  date: IsoDate;
  index: number;
  record: VitalCapacity;
}

const toReading = ({ item, index }: Indexed<VitalCapacity>): VcReading => ({
  percent: item.percentPredicted,
  date: item.date,
  index,
  record: item,
});

/**
 * The latest vital capacity session (FVC or SVC, any posture) and its lowest value: a supine
 * value lower than the sitting one is the one that matters. Unreliable tests (`reliable: false`,
 * e.g. a bulbar patient who cannot seal) are skipped unless `includeUnreliable`. Worst of the
 * session on purpose: the function module's `assessVitalCapacity` reports the latest record instead.
 */
export function latestVc(c: PatientCase, asOf: IsoDate, includeUnreliable = false): VcReading | undefined {
  const usable = datedUpTo(c.vitalCapacity, asOf).filter(({ item }) => includeUnreliable || item.reliable !== false);
  const last = usable.at(-1);
  if (!last) return undefined;
  const sameDay = usable.filter(({ item }) => item.date === last.item.date);
  return toReading(sameDay.reduce((lo, r) => (r.item.percentPredicted < lo.item.percentPredicted ? r : lo)));
}

export interface VcTrend {
  slopePercentPerMonth: number;
  projectedPercent: number;
  projectedAt: IsoDate;
  points: VcReading[];
}

/**
 * Least-squares line through the last `points` reliable upright vital capacities within
 * `spanMonths` before asOf (one per date), projected to `at`. Needs two dates at least.
 * Unlike the function module's trend (one kind and posture, every record), care takes the worst
 * upright value of each date on purpose: it asks when FVC will cross a gastrostomy threshold.
 */
export function vcTrend(
  c: PatientCase,
  asOf: IsoDate,
  at: IsoDate,
  points: number,
  spanMonths: number,
): VcTrend | undefined {
  const upright = datedUpTo(c.vitalCapacity, asOf).filter(
    ({ item }) => item.reliable !== false && item.posture !== 'supine' && monthsBetween(item.date, asOf) <= spanMonths,
  );
  const byDate = new Map<IsoDate, Indexed<VitalCapacity>>();
  for (const r of upright) {
    const prev = byDate.get(r.item.date);
    if (!prev || r.item.percentPredicted < prev.item.percentPredicted) byDate.set(r.item.date, r);
  }
  const used = [...byDate.values()].slice(-points).map(toReading);
  if (used.length < 2) return undefined;
  // Same least squares as the function module; x is months from asOf, so the line reads at `at` directly.
  const fit = leastSquares(
    used.map((r) => monthsBetween(asOf, r.date)),
    used.map((r) => r.percent),
  );
  if (!fit) return undefined;
  const projected = fit.intercept + fit.slope * monthsBetween(asOf, at);
  return { slopePercentPerMonth: fit.slope, projectedPercent: projected, projectedAt: at, points: used };
}

export type RespiratoryMeasure =
  | 'snipCmH2O'
  | 'mipCmH2O'
  | 'peakCoughFlowLPerMin'
  | 'nocturnalSpo2At88MinutesContinuous'
  | 'paco2MmHg'
  | 'spo2Percent';

/** The latest recorded value of one respiratory measure. */
export function latestRespiratory(
  c: PatientCase,
  asOf: IsoDate,
  measure: RespiratoryMeasure,
): { value: number; date: IsoDate; path: string } | undefined {
  const withValue = datedUpTo(c.respiratory, asOf).filter(({ item }) => item[measure] !== undefined);
  const last = withValue.at(-1);
  if (!last) return undefined;
  return { value: last.item[measure]!, date: last.item.date, path: `respiratory[${last.index}].${measure}` };
}

export interface WeightStatus {
  latest: { kg: number; date: IsoDate; path: string };
  reference: { kg: number; path: string; date?: IsoDate };
  lossPercent: number;
}

/**
 * Weight loss from premorbid weight (or, when it is not recorded, from the first weight on
 * file), in percent of the reference weight; undefined without a weight record. The fallback to
 * the first weight is care's on purpose (act on loss now); the function module reports the gap.
 */
export function weightStatus(c: PatientCase, asOf: IsoDate): WeightStatus | undefined {
  const weights = datedUpTo(c.weights, asOf);
  const last = weights.at(-1);
  const first = weights[0];
  if (!last || !first) return undefined;
  const premorbid = c.patient.premorbidWeightKg;
  const reference =
    premorbid !== undefined
      ? { kg: premorbid, path: 'patient.premorbidWeightKg' }
      : { kg: first.item.weightKg, path: `weights[${first.index}].weightKg`, date: first.item.date };
  return {
    latest: { kg: last.item.weightKg, date: last.item.date, path: `weights[${last.index}].weightKg` },
    reference,
    lossPercent: -weightChange(reference.kg, last.item.weightKg).percent,
  };
}

/** First date of the current run of weights at least `atLeastPercent` below the reference weight. */
export function weightLossSince(c: PatientCase, asOf: IsoDate, atLeastPercent: number): IsoDate | undefined {
  const w = weightStatus(c, asOf);
  if (!w || w.lossPercent < atLeastPercent) return undefined;
  const weights = datedUpTo(c.weights, asOf);
  let since: IsoDate | undefined;
  for (let i = weights.length - 1; i >= 0; i--) {
    const r = weights[i]!.item;
    if (-weightChange(w.reference.kg, r.weightKg).percent < atLeastPercent) break;
    since = r.date;
  }
  return since;
}

/** Body mass index from the latest weight and the recorded height. */
export function bodyMassIndex(c: PatientCase, asOf: IsoDate): { bmi: number; date: IsoDate } | undefined {
  const last = datedUpTo(c.weights, asOf).at(-1);
  const bmi = last ? bmiKgPerM2(last.item.weightKg, c.patient.heightCm) : null;
  return last && bmi !== null ? { bmi, date: last.item.date } : undefined;
}

/** The latest report of any of `symptoms` within the last `lookbackDays` (and on or after `since`). */
export function recentSymptom(
  c: PatientCase,
  symptoms: readonly SymptomCode[],
  asOf: IsoDate,
  lookbackDays: number,
  since?: IsoDate,
): Indexed<SymptomReport> | undefined {
  const from = addDays(asOf, -lookbackDays);
  return datedUpTo(c.symptoms, asOf)
    .filter(
      ({ item }) => symptoms.includes(item.symptom) && item.date >= from && (since === undefined || item.date >= since),
    )
    .at(-1);
}

export const symptomFact = (r: Indexed<SymptomReport>): TriggerFact => ({
  path: `symptoms[${r.index}].symptom`,
  value: r.item.symptom,
  date: r.item.date,
  note: r.item.severity ? `${r.item.symptom} reported (${r.item.severity})` : `${r.item.symptom} reported`,
});

/** The latest screening with one of the instrument names ('phq9' matches 'PHQ-9'). */
export function latestScreening(
  c: PatientCase,
  instruments: readonly string[],
  asOf: IsoDate,
): Indexed<Screening> | undefined {
  const keys = new Set(instruments.map(normalise));
  return datedUpTo(c.screenings, asOf)
    .filter(({ item }) => keys.has(normalise(item.instrument)))
    .at(-1);
}

/** The latest lab result of one of `tests` on or before asOf (and on or after `since`). */
export function latestLab(
  c: PatientCase,
  tests: readonly string[],
  asOf: IsoDate,
  since?: IsoDate,
): Indexed<LabResult> | undefined {
  const keys = new Set(tests.map(normalise));
  return datedUpTo(c.labs, asOf)
    .filter(({ item }) => keys.has(normalise(item.test)) && (since === undefined || item.date >= since))
    .at(-1);
}

/** Months from symptom onset to asOf, or undefined without an onset date. */
export function monthsSinceOnset(c: PatientCase, asOf: IsoDate): number | undefined {
  const onset = c.history?.onsetDate;
  return onset === undefined ? undefined : monthsBetween(onset, asOf);
}

/** The latest date of any clinic measurement (ALSFRS-R, vital capacity, weight, exam). */
export function lastVisitDate(c: PatientCase, asOf: IsoDate): IsoDate | undefined {
  const dates = [c.alsfrsr, c.vitalCapacity, c.weights, c.exams, c.respiratory]
    .flatMap((list) => (list ?? []).map((r: { date: IsoDate }) => r.date))
    .filter((d) => d <= asOf)
    .sort();
  return dates.at(-1);
}

/** Days since `date`, or Infinity when there is none (so "overdue" comparisons read naturally). */
export function daysSince(date: IsoDate | undefined, asOf: IsoDate): number {
  return date === undefined ? Number.POSITIVE_INFINITY : daysBetween(date, asOf);
}
