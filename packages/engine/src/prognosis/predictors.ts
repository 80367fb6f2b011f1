/**
 * Gather the ENCALS predictors from a case as of a date, naming every missing fact by its path
 * and every value the model cannot take (with the reason). Predictors are read at the latest
 * ALSFRS-R on or before the assessment; the vital capacity must be near that record.
 */
import { daysBetween, type IsoDate, monthsBetween } from '../common/index.js';
import type { GeneticResult, PatientCase, VitalCapacity } from '../facts/index.js';
import { isPositive } from '../genetics/panel.js';
import type { CaseViewOf } from '../view/asOf.js';
import type { EncalsPredictors } from './encals.js';
import type { PrognosisSettings } from './settings.js';

export interface PrognosisInput {
  /** Revised El Escorial clinically definite, from the diagnosis engine. */
  definiteElEscorial?: boolean;
}

export interface GatheredPredictors {
  /** Complete predictors, or null when something is missing or refused. */
  predictors: EncalsPredictors | null;
  /** Missing facts by path. */
  needs: string[];
  /** Values present but refused, with the reason. */
  refusals: string[];
  cautions: string[];
  c9orf72Known: boolean;
  alsfrsrDate: IsoDate | null;
  vitalCapacity: VitalCapacity | null;
}

const NEGATIVE = new Set(['negative', 'benign', 'likelyBenign']);

/**
 * C9orf72 expansion status from the results known on the assessment date (a view's list):
 * true, false, or undefined (not tested, or a VUS).
 */
export function c9orf72Status(genetics: readonly GeneticResult[] | undefined): boolean | undefined {
  let status: boolean | undefined;
  for (const g of genetics ?? []) {
    if (g.gene !== 'C9orf72') continue;
    if (isPositive(g.classification)) return true;
    if (NEGATIVE.has(g.classification)) status = false;
  }
  return status;
}

/** The usable VC record nearest `date` (of those known on the assessment date), if within the window. */
function nearestVitalCapacity(c: PatientCase, date: IsoDate, windowMonths: number): VitalCapacity | null {
  // Nearest in time = the latest on or before `date` or the earliest after it: compare strings,
  // then measure only those two.
  let before: VitalCapacity | null = null;
  let after: VitalCapacity | null = null;
  for (const v of c.vitalCapacity ?? []) {
    if (v.reliable === false || !(v.percentPredicted > 0)) continue;
    if (v.date <= date) {
      if (!before || v.date >= before.date) before = v;
    } else if (!after || v.date < after.date) {
      after = v;
    }
  }
  const gapBefore = before ? daysBetween(before.date, date) : Number.POSITIVE_INFINITY;
  const gapAfter = after ? daysBetween(date, after.date) : Number.POSITIVE_INFINITY;
  const best = gapBefore <= gapAfter ? before : after;
  const gap = Math.min(gapBefore, gapAfter);
  return best && gap / (365.25 / 12) <= windowMonths ? best : null;
}

/** The lists the ENCALS prediction reads (with the patient, history and endpoints). */
export const ENCALS_LISTS = ['alsfrsr', 'vitalCapacity', 'genetics', 'interventions'] as const;

/** A view holding at least the lists the ENCALS prediction reads. */
export type EncalsView = CaseViewOf<(typeof ENCALS_LISTS)[number]>;

/** The predictors from the case as known on its date (`caseAsOf`), at its latest valid ALSFRS-R. */
export function gatherEncalsPredictors(v: EncalsView, input: PrognosisInput, s: PrognosisSettings): GatheredPredictors {
  const { case: c, asOf } = v;
  const scored = v.alsfrsr.at(-1);
  const latest = scored?.record;
  const needs: string[] = [];
  const refusals: string[] = [];
  const cautions: string[] = [];
  // A diagnosis dated after the assessment date is not in the view: not yet known on that date.
  const h = { ...c.history };
  const onset = h.onsetDate;
  if (!latest) needs.push('alsfrsr');
  if (!onset) needs.push('history.onsetDate');
  if (!h.diagnosisDate) needs.push('history.diagnosisDate');
  if (!c.patient.birthDate) needs.push('patient.birthDate');
  if (!h.onsetSite) needs.push('history.onsetSite');
  if (input.definiteElEscorial === undefined) needs.push('input.definiteElEscorial');
  if (h.ftd === undefined) needs.push('history.ftd');

  let deltaFs: number | undefined;
  if (scored && onset) {
    const months = monthsBetween(onset, scored.record.date);
    if (months < s.deltaFsMinMonthsFromOnset) {
      refusals.push(
        `ΔFS: only ${months.toFixed(1)} months from onset to the ALSFRS-R (needs ${s.deltaFsMinMonthsFromOnset})`,
      );
    } else {
      deltaFs = (48 - scored.score.total) / months;
    }
  }
  let delay: number | undefined;
  if (onset && h.diagnosisDate) {
    const d = monthsBetween(onset, h.diagnosisDate);
    if (d < s.minDiagnosticDelayMonths) {
      refusals.push(
        `diagnostic delay ${d.toFixed(1)} months is below ${s.minDiagnosticDelayMonths}: the delay transform is an extrapolation there`,
      );
    } else {
      delay = d;
      if (d < 2.5) {
        cautions.push(
          `diagnostic delay ${d.toFixed(1)} months is below 2.5, where the delay transform turns: shorter delays predict longer survival there`,
        );
      }
    }
  }
  const age = onset && c.patient.birthDate ? daysBetween(c.patient.birthDate, onset) / 365.25 : undefined;
  if (age !== undefined && !(age > 0)) refusals.push('age at onset must be positive (check patient.birthDate)');
  const vc = latest ? nearestVitalCapacity(c, latest.date, s.vitalCapacityWindowMonths) : null;
  if (latest && !vc)
    needs.push(`vitalCapacity (within ${s.vitalCapacityWindowMonths} months of the ALSFRS-R of ${latest.date})`);
  const c9 = c9orf72Status(c.genetics);
  if (h.diagnosisDate && monthsBetween(h.diagnosisDate, asOf) > s.cautionMonthsAfterDiagnosis) {
    cautions.push(
      `assessed ${monthsBetween(h.diagnosisDate, asOf).toFixed(0)} months after diagnosis; the model was developed with data from around diagnosis`,
    );
  }
  let predictors: EncalsPredictors | null = null;
  if (
    needs.length === 0 &&
    refusals.length === 0 &&
    deltaFs !== undefined &&
    delay !== undefined &&
    age !== undefined &&
    vc
  ) {
    predictors = {
      deltaFsPointsPerMonth: deltaFs,
      diagnosticDelayMonths: delay,
      ageAtOnsetYears: age,
      vitalCapacityPercentPredicted: vc.percentPredicted,
      bulbarOnset: h.onsetSite === 'bulbar',
      definiteElEscorial: input.definiteElEscorial === true,
      ftd: h.ftd === true,
      ...(c9 !== undefined ? { c9orf72: c9 } : {}),
    };
  }
  return {
    predictors,
    needs,
    refusals,
    cautions,
    c9orf72Known: c9 !== undefined,
    alsfrsrDate: latest?.date ?? null,
    vitalCapacity: vc,
  };
}
