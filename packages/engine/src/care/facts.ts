/**
 * Reading the patient facts the care rules need: the latest record of a kind on asOf, current
 * medications and interventions, recent symptoms, weight loss against premorbid weight, and the
 * FVC trend. Every reader takes the case as known on asOf (`caseAsOf`: later facts and later
 * stop dates are not in it, lists are in date order, ALSFRS-R records are the valid ones) and
 * returns the record's index in the case so triggers can name its path.
 */
import { addDays, daysBetween, type IsoDate, monthsBetween } from '../common/dates.js';
import { type DrugClass, type DrugCode, drugsOfClass, medicationDrugCode, recogniseDrug } from '../facts/drugs.js';
import type {
  AlsfrsrRecord,
  InterventionKind,
  LabResult,
  Medication,
  Screening,
  SymptomCode,
  SymptomReport,
  VitalCapacity,
} from '../facts/index.js';
import { leastSquares } from '../function/stats.js';
import { bodyMassIndex as bmiKgPerM2, weightChange } from '../function/weight.js';
import { ALSFRSR_REQUIRED_KEYS } from '../instruments/items.js';
import type { CaseView, Indexed } from '../view/asOf.js';
import type { TriggerFact } from './types.js';

export type { Indexed } from '../view/asOf.js';

/** Case- and punctuation-insensitive key: 'PHQ-9' and 'phq9' match, 'C9ORF72' and 'C9orf72' too. */
export const normalise = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The one reading of a medication the care rules use: its Betz drug code, the one recorded or the
 * one its free text is recognised as (facts/drugs.ts). Undefined when the text names no known drug;
 * the assessment then flags the medication (`unrecognisedMedications`) instead of guessing.
 */
export function drugCodeOf(med: Medication): DrugCode | undefined {
  return medicationDrugCode(med);
}

/** Current on the view's date: the view holds only started facts, and no stop date after its date. */
const isActive = (fact: { stopDate?: IsoDate }): boolean => fact.stopDate === undefined;

/** The medication entry for `drug` that is current on asOf (started, not stopped; the latest started). */
export function activeMedication(v: CaseView, drug: DrugCode): Indexed<Medication> | undefined {
  const meds = v.indexed.medications;
  for (let i = meds.length - 1; i >= 0; i--) {
    const m = meds[i]!;
    if (drugCodeOf(m.item) === drug && isActive(m.item)) return m;
  }
  return undefined;
}

/** Current medications of a drug class (facts/drugs.ts), e.g. the CYP1A2 inhibitors. */
export function activeMedicationsOfClass(v: CaseView, cls: DrugClass): Indexed<Medication>[] {
  const codes = new Set<string>(drugsOfClass(cls));
  return v.indexed.medications.filter(({ item }) => {
    const code = drugCodeOf(item);
    return code !== undefined && codes.has(code) && isActive(item);
  });
}

/** The medication entries (as known on asOf) whose drug is recognised as `drug`, current or stopped. */
export function medicationsOf(v: CaseView, drug: DrugCode): Indexed<Medication>[] {
  return v.indexed.medications.filter(({ item }) => drugCodeOf(item) === drug);
}

/** Medications whose drug maps to no code: kept as written, flagged so a reader knows rules may be wrong. */
export function unrecognisedMedications(v: CaseView): Indexed<Medication>[] {
  return v.indexed.medications.filter(({ item }) => drugCodeOf(item) === undefined);
}

/** An allergy to a drug of the table: the substance names it (any of its names, with or without a strength). */
export function allergyToDrug(
  v: CaseView,
  drug: DrugCode,
  reactions?: readonly string[],
): Indexed<{ substance: string; reaction?: string }> | undefined {
  return v.indexed.allergies.find(
    ({ item: a }) =>
      recogniseDrug(a.substance)?.code === drug && (!reactions || (a.reaction && reactions.includes(a.reaction))),
  );
}

/** An allergy to `substance` (any of its names), optionally only with one of `reactions`. */
export function allergyTo(
  v: CaseView,
  names: readonly string[],
  reactions?: readonly string[],
): Indexed<{ substance: string; reaction?: string }> | undefined {
  const keys = new Set(names.map(normalise));
  return v.indexed.allergies.find(
    ({ item: a }) => keys.has(normalise(a.substance)) && (!reactions || (a.reaction && reactions.includes(a.reaction))),
  );
}

/** The intervention of `kind` in use on asOf (the latest started). */
export function activeIntervention(v: CaseView, kind: InterventionKind) {
  const list = v.indexed.interventions;
  for (let i = list.length - 1; i >= 0; i--) {
    const iv = list[i]!;
    if (iv.item.kind === kind && isActive(iv.item)) return iv;
  }
  return undefined;
}

/** The latest valid ALSFRS-R record (one the function module scores: never a rejected one). */
export function latestAlsfrsr(v: CaseView): Indexed<AlsfrsrRecord> | undefined {
  return v.indexed.alsfrsr.at(-1);
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
  v: CaseView,
  items: readonly AlsfrsrItemName[],
  atMost: number,
): { facts: TriggerFact[]; worst: number; since: IsoDate } | undefined {
  const records = v.indexed.alsfrsr;
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
export function latestVc(v: CaseView, includeUnreliable = false): VcReading | undefined {
  const usable = v.indexed.vitalCapacity.filter(({ item }) => includeUnreliable || item.reliable !== false);
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
export function vcTrend(v: CaseView, at: IsoDate, points: number, spanMonths: number): VcTrend | undefined {
  const asOf = v.asOf;
  const upright = v.indexed.vitalCapacity.filter(
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
  v: CaseView,
  measure: RespiratoryMeasure,
): { value: number; date: IsoDate; path: string } | undefined {
  const withValue = v.indexed.respiratory.filter(({ item }) => item[measure] !== undefined);
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
export function weightStatus(v: CaseView): WeightStatus | undefined {
  const weights = v.indexed.weights;
  const last = weights.at(-1);
  const first = weights[0];
  if (!last || !first) return undefined;
  const premorbid = v.case.patient.premorbidWeightKg;
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
export function weightLossSince(v: CaseView, atLeastPercent: number): IsoDate | undefined {
  const w = weightStatus(v);
  if (!w || w.lossPercent < atLeastPercent) return undefined;
  const weights = v.indexed.weights;
  let since: IsoDate | undefined;
  for (let i = weights.length - 1; i >= 0; i--) {
    const r = weights[i]!.item;
    if (-weightChange(w.reference.kg, r.weightKg).percent < atLeastPercent) break;
    since = r.date;
  }
  return since;
}

/** Body mass index from the latest weight and the recorded height. */
export function bodyMassIndex(v: CaseView): { bmi: number; date: IsoDate } | undefined {
  const last = v.indexed.weights.at(-1);
  const bmi = last ? bmiKgPerM2(last.item.weightKg, v.case.patient.heightCm) : null;
  return last && bmi !== null ? { bmi, date: last.item.date } : undefined;
}

/** The latest report of any of `symptoms` within the last `lookbackDays` (and on or after `since`). */
export function recentSymptom(
  v: CaseView,
  symptoms: readonly SymptomCode[],
  lookbackDays: number,
  since?: IsoDate,
): Indexed<SymptomReport> | undefined {
  const from = addDays(v.asOf, -lookbackDays);
  return v.indexed.symptoms
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
export function latestScreening(v: CaseView, instruments: readonly string[]): Indexed<Screening> | undefined {
  const keys = new Set(instruments.map(normalise));
  return v.indexed.screenings.filter(({ item }) => keys.has(normalise(item.instrument))).at(-1);
}

/** The latest lab result of one of `tests` on or before asOf (and on or after `since`). */
export function latestLab(v: CaseView, tests: readonly string[], since?: IsoDate): Indexed<LabResult> | undefined {
  const keys = new Set(tests.map(normalise));
  return v.indexed.labs
    .filter(({ item }) => keys.has(normalise(item.test)) && (since === undefined || item.date >= since))
    .at(-1);
}

/** Months from symptom onset to asOf, or undefined without an onset date. */
export function monthsSinceOnset(v: CaseView): number | undefined {
  const onset = v.case.history?.onsetDate;
  return onset === undefined ? undefined : monthsBetween(onset, v.asOf);
}

/** The latest date of any clinic measurement (ALSFRS-R, vital capacity, weight, exam). */
export function lastVisitDate(v: CaseView): IsoDate | undefined {
  const c = v.case;
  let last: IsoDate | undefined;
  // Each list of the view is in date order: its last entry is its latest.
  for (const list of [c.alsfrsr, c.vitalCapacity, c.weights, c.exams, c.respiratory]) {
    const d = list?.at(-1)?.date;
    if (d !== undefined && (last === undefined || d > last)) last = d;
  }
  return last;
}

/** Days since `date`, or Infinity when there is none (so "overdue" comparisons read naturally). */
export function daysSince(date: IsoDate | undefined, asOf: IsoDate): number {
  return date === undefined ? Number.POSITIVE_INFINITY : daysBetween(date, asOf);
}
