/**
 * One row per visit date (any dated ALSFRS-R, ALSFRS, vital capacity or weight record on or
 * before the assessment date) with every derived function measure, ready to plot. Values not
 * measured at a visit are null, never carried forward.
 */
import { type IsoDate, monthsBetween } from '../common/index.js';
import type { VitalCapacity } from '../facts/index.js';
import type { AlsfrsrDomains } from '../instruments/score.js';
import type { CaseView } from '../view/asOf.js';
import { deltaFsValue } from './progression.js';
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

export function functionTimeline(v: CaseView, settings: FunctionSettings): FunctionTimelinePoint[] {
  const c = v.case;
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
  for (const { record: r, score: s } of v.alsfrsr) {
    const row = at(r.date);
    row.alsfrsrTotal = s.total;
    row.alsfrsrDomains = s.domains;
    row.item5Form = s.item5Form;
    if (row.monthsFromOnset !== null) {
      row.deltaFs = deltaFsValue(s.total, row.monthsFromOnset, settings.deltaFsMinMonthsFromOnset);
    }
  }
  for (const { record, score } of v.alsfrsOriginal) at(record.date).alsfrsOriginalTotal = score.total;
  for (const vc of c.vitalCapacity ?? []) {
    if (vc.reliable === false) continue;
    const row = at(vc.date);
    row.vcPercentPredicted = vc.percentPredicted;
    row.vcKind = vc.kind;
    row.vcPosture = vc.posture;
  }
  const premorbid = c.patient.premorbidWeightKg;
  for (const w of c.weights ?? []) {
    const row = at(w.date);
    row.weightKg = w.weightKg;
    row.bmi = bodyMassIndex(w.weightKg, c.patient.heightCm);
    row.weightChangeFromPremorbidPercent =
      premorbid !== undefined && premorbid > 0 ? ((w.weightKg - premorbid) / premorbid) * 100 : null;
  }
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
