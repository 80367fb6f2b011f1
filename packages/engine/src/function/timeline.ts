/**
 * One row per visit date (any dated ALSFRS-R, ALSFRS, vital capacity or weight record on or
 * before the assessment date) with every derived function measure, ready to plot. Values not
 * measured at a visit are null, never carried forward.
 */
import { type IsoDate, monthsBetween } from '../common/index.js';
import type { AlsfrsOriginalRecord, AlsfrsrRecord, PatientCase, VitalCapacity } from '../facts/index.js';
import { deltaFsValue } from './progression.js';
import { type AlsfrsrDomains, scoreAlsfrsOriginal, scoreAlsfrsr } from './score.js';
import type { FunctionSettings } from './settings.js';
import { bodyMassIndex } from './weight.js';

export interface FunctionTimelinePoint {
  date: IsoDate;
  monthsFromOnset: number | null;
  alsfrsrTotal: number | null;
  alsfrsrDomains: AlsfrsrDomains | null;
  item5Form: '5a' | '5b' | null;
  /** ΔFS at this visit (null without onset or under the duration guard). */
  deltaFs: number | null;
  /** Original ALSFRS total (0-40), a separate series. */
  alsfrsOriginalTotal: number | null;
  vcPercentPredicted: number | null;
  vcKind: VitalCapacity['kind'] | null;
  vcPosture: VitalCapacity['posture'] | null;
  weightKg: number | null;
  bmi: number | null;
  weightChangeFromPremorbidPercent: number | null;
}

function emptyPoint(date: IsoDate, onset: IsoDate | undefined): FunctionTimelinePoint {
  return {
    date,
    monthsFromOnset: onset ? monthsBetween(onset, date) : null,
    alsfrsrTotal: null,
    alsfrsrDomains: null,
    item5Form: null,
    deltaFs: null,
    alsfrsOriginalTotal: null,
    vcPercentPredicted: null,
    vcKind: null,
    vcPosture: null,
    weightKg: null,
    bmi: null,
    weightChangeFromPremorbidPercent: null,
  };
}

export function functionTimeline(
  c: PatientCase,
  asOf: IsoDate,
  alsfrsr: readonly AlsfrsrRecord[],
  alsfrsOriginal: readonly AlsfrsOriginalRecord[],
  settings: FunctionSettings,
): FunctionTimelinePoint[] {
  const onset = c.history?.onsetDate;
  const rows = new Map<IsoDate, FunctionTimelinePoint>();
  const at = (date: IsoDate) => {
    let row = rows.get(date);
    if (!row) {
      row = emptyPoint(date, onset);
      rows.set(date, row);
    }
    return row;
  };
  for (const r of alsfrsr) {
    const s = scoreAlsfrsr(r);
    const row = at(r.date);
    row.alsfrsrTotal = s.total;
    row.alsfrsrDomains = s.domains;
    row.item5Form = s.item5Form;
    if (row.monthsFromOnset !== null) {
      row.deltaFs = deltaFsValue(s.total, row.monthsFromOnset, settings.deltaFsMinMonthsFromOnset);
    }
  }
  for (const r of alsfrsOriginal) at(r.date).alsfrsOriginalTotal = scoreAlsfrsOriginal(r).total;
  for (const v of c.vitalCapacity ?? []) {
    if (v.date > asOf || v.reliable === false) continue;
    const row = at(v.date);
    row.vcPercentPredicted = v.percentPredicted;
    row.vcKind = v.kind;
    row.vcPosture = v.posture;
  }
  const premorbid = c.patient.premorbidWeightKg;
  for (const w of c.weights ?? []) {
    if (w.date > asOf) continue;
    const row = at(w.date);
    row.weightKg = w.weightKg;
    row.bmi = bodyMassIndex(w.weightKg, c.patient.heightCm);
    row.weightChangeFromPremorbidPercent =
      premorbid !== undefined && premorbid > 0 ? ((w.weightKg - premorbid) / premorbid) * 100 : null;
  }
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
